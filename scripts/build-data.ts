/**
 * npm run data: builds static/data/{atlas.json, atlas.schema.json, countries.topo.json} from data/.
 * Reports every problem at once and writes nothing when there is any.
 */

import { join, resolve } from 'node:path';
import { topology } from 'topojson-server';
import { writeFilesAtomic } from '../src/lib/server/files.ts';
import { buildData, formatProblem } from './data/build.ts';

const root = resolve(import.meta.dirname, '..');
// Both can be moved for tests and for building another copy of the data.
const dataDir = resolve(process.env.ATLAS_DATA_DIR ?? join(root, 'data'));
const out = resolve(process.env.ATLAS_DATA_OUT ?? join(root, 'static', 'data'));
const started = performance.now();
const result = await buildData({ dataDir });

for (const w of result.warnings) console.warn(`warning: ${w}`);
if (!result.atlas) {
	console.error(`The data build found ${result.problems.length} problem(s); nothing was written:`);
	for (const p of result.problems) console.error(`  ${formatProblem(p)}`);
	process.exit(1);
}

const { atlas } = result;
await writeFilesAtomic(
	new Map([
		[join(out, 'atlas.json'), JSON.stringify(atlas)],
		[join(out, 'atlas.schema.json'), JSON.stringify(result.schema, null, '\t') + '\n'],
		// TopoJSON shares borders between neighbours and quantises: a third of the GeoJSON's size.
		[
			join(out, 'countries.topo.json'),
			JSON.stringify(topology({ countries: result.countries }, 3e4))
		]
	])
);
console.log(
	`data: ${atlas.sources.length} sources, ${atlas.events.length} events, ${atlas.places.length} places, ` +
		`${atlas.organisations.length} organisations, ${atlas.people.length} people, ${atlas.mentions.length} mentions ` +
		`verified → ${out} (${Math.round(performance.now() - started)} ms)`
);

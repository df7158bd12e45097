/**
 * npm run synth -- --events N [--seed S] [--out DIR] [--name NAME] [--json|--no-json] [--no-compact]
 *
 * Writes a synthetic atlas of N events, verified like the curated one, as DIR/NAME.json (the
 * published schema; by default up to 200,000 events, since larger files are unwieldy) and as a
 * compact atlas, DIR/NAME.atlas with DIR/NAME.passages (what `?data=/path/NAME.atlas` loads).
 * NAME defaults to atlas-<size>, e.g. atlas-100k. Deterministic for a seed; all files or none.
 */

import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeFilesAtomic } from '../src/lib/server/files.ts';
import { loadReference } from '../src/lib/synth/reference.ts';
import { formatProblem, sizeLabel, synthFiles } from '../src/lib/synth/write.ts';

const JSON_LIMIT = 200_000;

const { values } = parseArgs({
	options: {
		events: { type: 'string' },
		seed: { type: 'string', default: '1' },
		out: { type: 'string', default: 'static/bench' },
		name: { type: 'string' },
		json: { type: 'boolean' },
		'no-json': { type: 'boolean' },
		'no-compact': { type: 'boolean' }
	}
});

const events = Number(values.events);
const seed = Number(values.seed);
if (!Number.isInteger(events) || events < 1 || !Number.isInteger(seed)) {
	console.error(
		'usage: npm run synth -- --events N [--seed S] [--out DIR] [--name NAME] [--json|--no-json] [--no-compact]'
	);
	process.exit(2);
}
const json = values['no-json'] ? false : (values.json ?? events <= JSON_LIMIT);
const name = values.name ?? `atlas-${sizeLabel(events)}`;
const out = resolve(values.out);

const started = performance.now();
const result = synthFiles(await loadReference(), {
	events,
	seed,
	name,
	json,
	compact: !values['no-compact']
});
if (result.problems.length) {
	console.error(`synth: the generated atlas does not verify; nothing was written:`);
	for (const p of result.problems) console.error(`  ${formatProblem(p)}`);
	process.exit(1);
}
await writeFilesAtomic(new Map([...result.files].map(([file, bytes]) => [join(out, file), bytes])));
const { stats } = result;
console.log(
	`synth: ${stats.events} events, ${stats.sources} sources, ${stats.mentions} mentions, ${stats.people} people (seed ${seed}) verified → ` +
		[...result.files]
			.map(([f, b]) => `${join(out, f)} (${(b.length / 1e6).toFixed(1)} MB)`)
			.join(', ') +
		` (${Math.round(performance.now() - started)} ms)`
);
if (!json && events > JSON_LIMIT && values.json === undefined)
	console.log(
		`synth: no JSON above ${JSON_LIMIT.toLocaleString('en')} events (pass --json to force)`
	);

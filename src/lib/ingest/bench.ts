/**
 * Documents per second: generates documents (seeded) into a temporary folder and runs the ingest
 * on them, files and all, as `npm run ingest` would.
 *
 *   npx tsx src/lib/ingest/bench.ts [COUNT=10000] [SEED=1]
 */

import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { generateDocuments } from './generate.ts';
import { loadGazetteer } from './gazetteer/index.ts';
import { formatSummary, runIngest } from './runner.ts';

const count = Number(process.argv[2] ?? 10_000);
const seed = Number(process.argv[3] ?? 1);
const dir = await mkdtemp(join(tmpdir(), 'ingest-bench-'));
try {
	const docs = generateDocuments(count, seed);
	await mkdir(join(dir, 'in'));
	for (const doc of docs) await writeFile(join(dir, 'in', `${doc.name}.txt`), doc.text);
	const bytes = docs.reduce((sum, d) => sum + Buffer.byteLength(d.text), 0);
	// Loaded before the clock starts, as a run loads it once for all its documents.
	const gazetteer = loadGazetteer();
	// CPU time as well as wall time: on a shared machine, the wall clock also counts the others.
	const cpu = process.cpuUsage();
	const summary = await runIngest({
		inputs: [join(dir, 'in')],
		outDir: join(dir, 'out'),
		cwd: dir,
		root: resolve(import.meta.dirname, '../../..'),
		stderr: process.stderr
	});
	const processing = summary.seconds;
	const used = process.cpuUsage(cpu);
	const cpuSeconds = (used.user + used.system) / 1e6;
	console.log(formatSummary(summary));
	console.log(
		`bench: ${count} generated documents (seed ${seed}, ${(bytes / count / 1000).toFixed(1)} kB each) on ` +
			`${cpus().length} core(s): ${Math.round(count / processing)} documents/s reading, extracting and writing ` +
			`(${processing.toFixed(1)} s; ${Math.round(count / cpuSeconds)} per CPU second), ` +
			`after loading the gazetteer once in ${(gazetteer.loadMs / 1000).toFixed(1)} s`
	);
} finally {
	await rm(dir, { recursive: true, force: true });
}

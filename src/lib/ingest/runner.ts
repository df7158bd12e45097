/**
 * A run of the ingest over files and folders: finds the documents, loads the gazetteer once,
 * reads and extracts each document, and writes `<out>/<slug>.json` whole or not at all. A
 * document that fails gets one line naming it and the reason; the others go on.
 */

import { readdir, realpath, stat } from 'node:fs/promises';
import { basename, dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { writeFileAtomic } from '../server/files.ts';
import { ingestText, type IngestResult } from './document.ts';
import { loadGazetteer, type Gazetteer } from './gazetteer/index.ts';
import { createProgress, type TextStream } from './progress.ts';
import { readDocument } from './read.ts';
import { slugify } from './tokens.ts';
import type { IngestedDocument } from './types.ts';

/** Files a folder contributes; a file named on the command line is read whatever its name. */
export const DOCUMENT_EXTENSIONS = new Set(['.txt', '.text', '.md']);

export interface RunOptions {
	/** Files and folders, as given (relative to `cwd`). */
	inputs: readonly string[];
	/** Output folder; relative to `cwd`. */
	outDir: string;
	cwd: string;
	/** The project root: its data/ holds the curated dataset. */
	root: string;
	/** Failure lines and the progress bar go here. */
	stderr: TextStream;
	/** Documents read and written at once (I/O overlaps extraction). */
	concurrency?: number;
}

export interface Failure {
	path: string;
	reason: string;
}

export interface RunSummary {
	files: number;
	written: number;
	failures: Failure[];
	mentions: number;
	dates: number;
	candidates: number;
	/** The whole run, the gazetteer's loading included. */
	seconds: number;
	/** Spent loading the gazetteer in this run (0 when the process had loaded it already). */
	gazetteerSeconds: number;
	outDir: string;
}

export class UsageError extends Error {}

export async function runIngest(options: RunOptions): Promise<RunSummary> {
	const started = performance.now();
	const outDir = resolve(options.cwd, options.outDir);
	const show = (path: string) => relative(options.cwd, path) || '.';
	const refusal = await refuseOutDir(outDir, options.root, show(outDir));
	if (refusal) throw new UsageError(refusal);

	const { files, failures } = await findDocuments(options.inputs, options.cwd);
	const progress = createProgress(options.stderr, files.length);
	const fail = (path: string, reason: string) => {
		failures.push({ path, reason });
		progress.log(`ingest: ${path}: ${reason}`);
	};
	for (const f of failures) options.stderr.write(`ingest: ${f.path}: ${f.reason}\n`);
	const missing = failures.length;

	const loading = performance.now();
	const gazetteer = loadGazetteer();
	const gazetteerSeconds = (performance.now() - loading) / 1000;
	const ids = uniqueSlugs(files);
	const inputs = new Set(files);
	const totals = { written: 0, mentions: 0, dates: 0, candidates: 0 };

	let next = 0;
	const worker = async () => {
		while (next < files.length) {
			const path = files[next]!;
			const target = join(outDir, `${ids[next++]!}.json`);
			const outcome = await ingestFile(path, target, { inputs, show, gazetteer });
			if (outcome.ok) {
				totals.written++;
				totals.mentions += outcome.document.mentions.length;
				totals.dates += outcome.document.dates.length;
				totals.candidates += outcome.document.candidates.length;
			} else fail(show(path), outcome.reason);
			progress.tick();
		}
	};
	await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 8) }, worker));
	progress.done();

	return {
		files: files.length + missing,
		written: totals.written,
		failures,
		mentions: totals.mentions,
		dates: totals.dates,
		candidates: totals.candidates,
		seconds: (performance.now() - started) / 1000,
		gazetteerSeconds,
		outDir: show(outDir)
	};
}

/** Files per second once the gazetteer was loaded: the rate a longer run approaches. */
export function filesPerSecond(s: RunSummary): number {
	const working = s.seconds - s.gazetteerSeconds;
	return working > 0 ? s.files / working : 0;
}

/** Reads, extracts and writes one document; whatever goes wrong is its reason, not a crash. */
async function ingestFile(
	path: string,
	target: string,
	run: { inputs: ReadonlySet<string>; show: (path: string) => string; gazetteer: Gazetteer }
): Promise<{ ok: true; document: IngestedDocument } | { ok: false; reason: string }> {
	if (run.inputs.has(target)) {
		return {
			ok: false,
			reason: `its output ${run.show(target)} would overwrite an input; choose another --out`
		};
	}
	const read = await readDocument(path);
	if (!read.ok) return read;
	let result: IngestResult;
	try {
		const id = basename(target, '.json');
		result = ingestText(
			read.text,
			{ id, file: basename(path), path: run.show(path), sha256: read.sha256 },
			run.gazetteer
		);
	} catch (error) {
		// A bug, not the document's fault: say so, and go on with the others.
		return {
			ok: false,
			reason: `internal error in the ingest: ${(error as Error).message}`
		};
	}
	if (!result.ok) return result;
	try {
		await writeFileAtomic(target, `${JSON.stringify(result.document, null, '\t')}\n`);
	} catch (error) {
		return {
			ok: false,
			reason: `could not write ${run.show(target)}: ${(error as Error).message}`
		};
	}
	return result;
}

export function formatSummary(s: RunSummary): string {
	return (
		`ingest: ${s.files} file(s): ${s.written} written to ${s.outDir}, ${s.failures.length} failed; ` +
		`${s.mentions} mentions, ${s.dates} dates, ${s.candidates} candidate events; ` +
		`${s.seconds.toFixed(1)} s (gazetteer ${s.gazetteerSeconds.toFixed(1)} s, then ${Math.round(filesPerSecond(s))} files/s)`
	);
}

/**
 * Why `outDir` may not be written, or null. data/ holds what people curate; the ingest writes
 * only to data/ingested/ or outside data/.
 */
export async function refuseOutDir(
	outDir: string,
	root: string,
	label = outDir
): Promise<string | null> {
	const data = join(await realpathOrSelf(root), 'data');
	const allowed = join(data, 'ingested');
	const target = await realpathOfNearest(outDir);
	if (inside(target, data) && !inside(target, allowed)) {
		return (
			`refusing to write to ${label}: data/ holds the curated dataset (sources/, sources.yaml, ` +
			`gazetteer.yaml, events.yaml), which the ingest never overwrites. Write to data/ingested ` +
			`(the default) or a folder outside data/, and copy what you accept into the curated files by hand.`
		);
	}
	return null;
}

/** Files named, and the documents inside folders named (recursively, sorted); missing ones fail. */
export async function findDocuments(
	inputs: readonly string[],
	cwd: string
): Promise<{ files: string[]; failures: Failure[] }> {
	const files: string[] = [];
	const failures: Failure[] = [];
	for (const input of inputs) {
		const path = resolve(cwd, input);
		let info;
		try {
			info = await stat(path);
		} catch (error) {
			const code = (error as NodeJS.ErrnoException).code;
			failures.push({
				path: input,
				reason: code === 'ENOENT' ? 'does not exist' : `cannot be read: ${(error as Error).message}`
			});
			continue;
		}
		if (info.isDirectory()) files.push(...(await walk(path)));
		else files.push(path);
	}
	return { files: [...new Set(files)], failures };
}

async function walk(folder: string): Promise<string[]> {
	const found: string[] = [];
	const entries = await readdir(folder, { withFileTypes: true });
	entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
	for (const entry of entries) {
		if (entry.name.startsWith('.')) continue;
		const path = join(folder, entry.name);
		if (entry.isDirectory()) found.push(...(await walk(path)));
		else if (DOCUMENT_EXTENSIONS.has(extname(entry.name).toLowerCase())) found.push(path);
	}
	return found;
}

/** One slug per file, from its name; a name met twice gets "-2", "-3" in input order. */
export function uniqueSlugs(files: readonly string[]): string[] {
	const taken = new Set<string>();
	return files.map((file) => {
		const base = slugify(basename(file, extname(file)), 'document');
		let id = base;
		for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
		taken.add(id);
		return id;
	});
}

function inside(path: string, folder: string): boolean {
	return path === folder || path.startsWith(folder + sep);
}

async function realpathOrSelf(path: string): Promise<string> {
	try {
		return await realpath(path);
	} catch {
		return path;
	}
}

/** The real path of `path`, resolving symbolic links in the part of it that exists. */
async function realpathOfNearest(path: string): Promise<string> {
	const rest: string[] = [];
	let current = path;
	for (;;) {
		try {
			return join(await realpath(current), ...rest.reverse());
		} catch {
			const parent = dirname(current);
			if (parent === current || !isAbsolute(parent)) return path;
			rest.push(basename(current));
			current = parent;
		}
	}
}

import { execFileSync } from 'node:child_process';
import {
	cp,
	mkdir,
	mkdtemp,
	readFile,
	readdir,
	rm,
	symlink,
	truncate,
	writeFile
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_BYTES } from './read.ts';
import {
	UsageError,
	findDocuments,
	formatSummary,
	refuseOutDir,
	runIngest,
	uniqueSlugs
} from './runner.ts';
import { FIXTURES, useGazetteer } from './test-helpers.ts';
import type { IngestedDocument } from './types.ts';

useGazetteer();

let dir: string;
beforeEach(async () => {
	dir = await mkdtemp(join(tmpdir(), 'ingest-run-'));
});
afterEach(async () => {
	await rm(dir, { recursive: true, force: true });
});

/** A stream that records what is written, as a terminal or as a pipe. */
function recorder(isTTY = false) {
	const chunks: string[] = [];
	return { isTTY, columns: 100, write: (s: string) => chunks.push(s), text: () => chunks.join('') };
}

const GOOD = [
	'city-country.txt',
	'crlf-published-style.txt',
	'dateline-style.txt',
	'dates.txt',
	'demonyms.txt',
	'false-friends.txt',
	'inline-dateline.txt',
	'no-header.txt',
	'published-style.txt'
];

describe('runIngest', () => {
	it('writes one file per good document and names each bad one with its reason', async () => {
		const stderr = recorder();
		const out = join(dir, 'out');
		const summary = await runIngest({
			inputs: [FIXTURES],
			outDir: out,
			cwd: FIXTURES,
			root: dir,
			stderr
		});

		expect((await readdir(out)).sort()).toEqual(GOOD.map((f) => f.replace('.txt', '.json')).sort());
		expect(summary.files).toBe(GOOD.length + 8);
		expect(summary.written).toBe(GOOD.length);
		expect(summary.failures.map((f) => f.path).sort()).toEqual([
			'bad/binary.png.txt',
			'bad/empty.txt',
			'bad/header-without-body.txt',
			'bad/impossible-header-date.txt',
			'bad/latin1.txt',
			'bad/unreadable-published-line.txt',
			'bad/utf16.txt',
			'bad/whitespace.txt'
		]);
		// One line per failure, naming the file and the reason; no progress bar off a terminal.
		const lines = stderr.text().trimEnd().split('\n');
		expect(lines).toHaveLength(8);
		expect(lines).toContain(
			'ingest: bad/latin1.txt: is not valid UTF-8 (byte 0xE9 at byte 25, line 3); convert it, e.g. iconv -f WINDOWS-1252 -t UTF-8'
		);
		expect(stderr.text()).not.toContain('\r');

		const doc = JSON.parse(
			await readFile(join(out, 'dateline-style.json'), 'utf8')
		) as IngestedDocument;
		expect(doc.source).toMatchObject({
			id: 'dateline-style',
			file: 'dateline-style.txt',
			path: 'dateline-style.txt',
			published: '2008-03-12'
		});
		expect(summary.mentions).toBeGreaterThan(50);
		expect(summary.dates).toBeGreaterThan(20);
		expect(formatSummary(summary)).toMatch(
			/^ingest: 17 file\(s\): 9 written to .*out, 8 failed; \d+ mentions, \d+ dates, \d+ candidate events; [\d.]+ s/
		);
	});

	it('goes on past an oversized file, a pipe and a missing path, and writes the same bytes every run', async () => {
		const docs = join(dir, 'docs');
		await mkdir(docs);
		await cp(join(FIXTURES, 'dates.txt'), join(docs, 'a.txt'));
		await writeFile(join(docs, 'huge.txt'), '');
		await truncate(join(docs, 'huge.txt'), MAX_BYTES + 1);
		execFileSync('mkfifo', [join(docs, 'pipe.txt')]);
		await cp(join(FIXTURES, 'demonyms.txt'), join(docs, 'z.txt'));

		const run = async () => {
			const stderr = recorder();
			const summary = await runIngest({
				inputs: ['docs', 'missing.txt'],
				outDir: 'out',
				cwd: dir,
				root: dir,
				stderr
			});
			return { summary, stderr: stderr.text() };
		};
		const first = await run();
		expect(first.summary.written).toBe(2);
		expect(first.stderr.split('\n').sort().filter(Boolean)).toEqual([
			'ingest: docs/huge.txt: is 10.0 MB, over the 10 MB limit for a document',
			'ingest: docs/pipe.txt: is not a regular file',
			'ingest: missing.txt: does not exist'
		]);
		const bytes = await readFile(join(dir, 'out', 'a.json'), 'utf8');
		await run();
		expect(await readFile(join(dir, 'out', 'a.json'), 'utf8')).toBe(bytes);
		// Written through a temporary file and a rename: nothing else is left in the folder.
		expect((await readdir(join(dir, 'out'))).sort()).toEqual(['a.json', 'z.json']);
	});

	it('refuses an output folder inside data/ other than data/ingested, before reading anything', async () => {
		await mkdir(join(dir, 'data', 'sources'), { recursive: true });
		await symlink(join(dir, 'data'), join(dir, 'link-to-data'));
		const attempt = (outDir: string) =>
			runIngest({ inputs: [FIXTURES], outDir, cwd: dir, root: dir, stderr: recorder() });
		for (const outDir of ['data', 'data/sources', 'data/elsewhere', 'link-to-data/sources']) {
			await expect(attempt(outDir), outDir).rejects.toThrow(UsageError);
		}
		await expect(attempt('data/sources')).rejects.toThrow(/data\/ holds the curated dataset/);
		expect(await refuseOutDir(join(dir, 'data', 'ingested'), dir)).toBeNull();
		expect(await refuseOutDir(join(dir, 'data', 'ingested', 'batch-2'), dir)).toBeNull();
		expect(await refuseOutDir(join(dir, 'elsewhere'), dir)).toBeNull();
	});

	it('never overwrites an input with an output', async () => {
		await writeFile(join(dir, 'note.json'), 'Almaty, 1 May 2008 - A meeting was held.\n');
		const stderr = recorder();
		const summary = await runIngest({
			inputs: ['note.json'],
			outDir: '.',
			cwd: dir,
			root: join(dir, 'elsewhere'),
			stderr
		});
		expect(summary.failures).toEqual([
			{
				path: 'note.json',
				reason: 'its output note.json would overwrite an input; choose another --out'
			}
		]);
		expect(await readFile(join(dir, 'note.json'), 'utf8')).toBe(
			'Almaty, 1 May 2008 - A meeting was held.\n'
		);
	});

	it('reports a file it cannot write, and goes on', async () => {
		await writeFile(join(dir, 'out'), 'a file where the folder should be');
		const summary = await runIngest({
			inputs: [join(FIXTURES, 'no-header.txt')],
			outDir: 'out',
			cwd: dir,
			root: dir,
			stderr: recorder()
		});
		expect(summary.written).toBe(0);
		expect(summary.failures[0]!.reason).toMatch(/^could not write out\/no-header\.json: /);
	});

	it('draws a progress bar on a terminal, and clears it', async () => {
		const stderr = recorder(true);
		await runIngest({
			inputs: [join(FIXTURES, 'no-header.txt'), join(FIXTURES, 'bad/empty.txt')],
			outDir: join(dir, 'o'),
			cwd: dir,
			root: dir,
			stderr
		});
		const text = stderr.text();
		expect(text).toContain('] 2/2 files');
		expect(text).toContain('bad/empty.txt: is empty (0 bytes)\n');
		expect(text.endsWith('\r\x1b[K')).toBe(true);
	});
});

describe('finding documents', () => {
	it('walks folders for .txt, .text and .md files, sorted, skipping hidden ones; takes named files as they are', async () => {
		for (const f of [
			'b.txt',
			'a.md',
			'c.TEXT',
			'skip.json',
			'.hidden.txt',
			'sub/d.txt',
			'.git/e.txt'
		]) {
			await mkdir(join(dir, f, '..'), { recursive: true });
			await writeFile(join(dir, f), 'x');
		}
		const { files, failures } = await findDocuments(['.', 'skip.json', 'nope'], dir);
		expect(files.map((f) => f.slice(dir.length + 1))).toEqual([
			'a.md',
			'b.txt',
			'c.TEXT',
			'sub/d.txt',
			'skip.json'
		]);
		expect(failures).toEqual([{ path: 'nope', reason: 'does not exist' }]);
	});

	it('gives each document a slug of its own', () => {
		expect(
			uniqueSlugs(['/a/Report 1.txt', '/b/report-1.txt', '/c/Report_1.md', '/d/ü.txt', '/e/№.txt'])
		).toEqual(['report-1', 'report-1-2', 'report-1-3', 'u', 'document']);
	});
});

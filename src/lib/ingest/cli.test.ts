/** `npm run ingest` as a person runs it: the exit status, stderr and stdout of scripts/ingest.ts. */

import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES } from './test-helpers.ts';

const root = resolve(import.meta.dirname, '../../..');
let out: string;
beforeAll(async () => {
	out = await mkdtemp(join(tmpdir(), 'ingest-cli-'));
});
afterAll(async () => {
	await rm(out, { recursive: true, force: true });
});

function ingest(...args: string[]) {
	const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/ingest.ts', ...args], {
		cwd: root,
		encoding: 'utf8',
		timeout: 120_000
	});
	return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('scripts/ingest.ts', () => {
	it('exits 1 when a file failed, with one stderr line per failure and a summary', () => {
		const fixtures = relative(root, FIXTURES);
		const run = ingest(fixtures, '--out', out);
		expect(run.status).toBe(1);
		const errors = run.stderr.trimEnd().split('\n');
		expect(errors).toHaveLength(8);
		for (const line of errors)
			expect(line).toMatch(new RegExp(`^ingest: ${fixtures}/bad/[\\w.-]+: \\S`));
		expect(run.stdout).toMatch(
			/^ingest: 17 file\(s\): 9 written to .+, 8 failed; \d+ mentions, \d+ dates, \d+ candidate events; [\d.]+ s \(gazetteer [\d.]+ s, then \d+ files\/s\)\n$/
		);
	}, 120_000);

	it('exits 0 when every document was ingested', async () => {
		const run = ingest(join(FIXTURES, 'no-header.txt'), `--out=${out}`);
		expect(run.stderr).toBe('');
		expect(run.status).toBe(0);
		expect(await readdir(out)).toContain('no-header.json');
	}, 120_000);

	it.each([
		[
			['data/sources', '--out', 'data/sources'],
			/refusing to write to .*data\/sources: data\/ holds the curated dataset/
		],
		[[], /no files or folders given/],
		[['--bogus', 'x'], /Unknown option '--bogus'/],
		[['x', '--out'], /argument missing|--out/]
	])('exits 2 on a usage error: %j', (args, message) => {
		const run = ingest(...args);
		expect(run.status).toBe(2);
		expect(run.stderr).toMatch(message);
		expect(run.stdout).toBe('');
	});

	it('prints its usage with --help', () => {
		const run = ingest('--help');
		expect(run.status).toBe(0);
		expect(run.stdout).toContain('Usage: npm run ingest -- FILES_OR_FOLDERS... [--out DIR]');
	});
});

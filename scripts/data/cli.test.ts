/**
 * `npm run data` as a person runs it: a changed word in a quote fails the build with a message
 * naming the event and the quote, and the files already published stay as they were.
 */

import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '../..');
let work: string;

beforeAll(async () => {
	work = await mkdtemp(join(tmpdir(), 'atlas-data-'));
	await cp(join(root, 'data'), join(work, 'data'), { recursive: true });
});

afterAll(async () => {
	await rm(work, { recursive: true, force: true });
});

async function build(out: string) {
	try {
		const { stdout, stderr } = await run(
			process.execPath,
			[join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'scripts/build-data.ts')],
			{
				env: { ...process.env, ATLAS_DATA_DIR: join(work, 'data'), ATLAS_DATA_OUT: out },
				cwd: root
			}
		);
		return { code: 0, stdout, stderr };
	} catch (error) {
		const e = error as { code: number; stdout: string; stderr: string };
		return { code: e.code, stdout: e.stdout, stderr: e.stderr };
	}
}

describe('npm run data', () => {
	it('writes the three files of the published dataset', async () => {
		const out = join(work, 'out-ok');
		const result = await build(out);
		expect(result.code).toBe(0);
		expect(result.stdout).toMatch(/4 events/);
		expect((await readdir(out)).sort()).toEqual([
			'atlas.json',
			'atlas.schema.json',
			'countries.topo.json'
		]);
	}, 60_000);

	it('fails on a changed word in a quote, names the event and the quote, and writes nothing', async () => {
		const out = join(work, 'out-bad');
		expect((await build(out)).code).toBe(0);
		const before = await readFile(join(out, 'atlas.json'), 'utf8');

		const events = join(work, 'data', 'events.yaml');
		const yaml = await readFile(events, 'utf8');
		const quote = 'This was a central point for European Red Cross and Red Crescent Societies';
		expect(yaml).toContain(quote);
		await writeFile(events, yaml.replace(quote, quote.replace('central', 'major')));

		const result = await build(out);
		expect(result.code).toBe(1);
		expect(result.stderr).toContain('nothing was written');
		expect(result.stderr).toContain(
			'data/events.yaml: event "red-cross-regional-conference-istanbul-2007", citations[0].quote: "This was a major point for European'
		);
		expect(result.stderr).toContain(
			'where the quote has "major point for Euro" and the text has "central point for Eu"'
		);
		// The files from the last good build are untouched, and no temporary file is left.
		expect(await readFile(join(out, 'atlas.json'), 'utf8')).toBe(before);
		expect((await readdir(out)).sort()).toEqual([
			'atlas.json',
			'atlas.schema.json',
			'countries.topo.json'
		]);
		await writeFile(events, yaml);
	}, 60_000);
});

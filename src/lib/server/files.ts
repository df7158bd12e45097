/** File output for the Node-side tools (data build, ingest, synth): whole files or nothing. */

import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, basename } from 'node:path';

/**
 * Writes `data` to `path` through a temporary file in the same folder and a rename, so that a
 * reader (or a crash) never sees a half-written file.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
	await mkdir(dirname(path), { recursive: true });
	const tmp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
	try {
		await writeFile(tmp, data);
		await rename(tmp, path);
	} catch (error) {
		await rm(tmp, { force: true });
		throw error;
	}
}

/**
 * Writes several files so that either all of them are replaced or none is: every file is first
 * written beside its target, and only when all writes succeeded are they renamed into place.
 */
export async function writeFilesAtomic(
	files: ReadonlyMap<string, string | Uint8Array>
): Promise<void> {
	const staged: [tmp: string, path: string][] = [];
	try {
		for (const [path, data] of files) {
			await mkdir(dirname(path), { recursive: true });
			const tmp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
			staged.push([tmp, path]);
			await writeFile(tmp, data);
		}
	} catch (error) {
		await Promise.all(staged.map(([tmp]) => rm(tmp, { force: true })));
		throw error;
	}
	for (const [tmp, path] of staged) await rename(tmp, path);
}

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmod, mkdtemp, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_BYTES, decodeDocument, firstInvalidUtf8, readDocument } from './read.ts';
import { FIXTURES } from './test-helpers.ts';

let dir: string;
beforeAll(async () => {
	dir = await mkdtemp(join(tmpdir(), 'ingest-read-'));
});
afterAll(async () => {
	await rm(dir, { recursive: true, force: true });
});

describe('readDocument: each kind of bad input is named with its reason', () => {
	it.each([
		['bad/empty.txt', 'is empty (0 bytes)'],
		['bad/whitespace.txt', 'is empty (only whitespace)'],
		['bad/binary.png.txt', 'is binary, not text (a NUL byte at byte 8)'],
		['bad/latin1.txt', 'is not valid UTF-8 (byte 0xE9 at byte 25, line 3)'],
		['bad/utf16.txt', 'is UTF-16 text, not UTF-8; save it as UTF-8']
	])('%s', async (name, reason) => {
		const result = await readDocument(join(FIXTURES, name));
		expect(result).toEqual({ ok: false, reason: expect.stringContaining(reason) });
	});

	it('an oversized file (over 10 MB) is refused without being read', async () => {
		const path = join(dir, 'huge.txt');
		await writeFile(path, 'x');
		await truncate(path, MAX_BYTES + 1);
		expect(await readDocument(path)).toEqual({
			ok: false,
			reason: 'is 10.0 MB, over the 10 MB limit for a document'
		});
		await truncate(path, MAX_BYTES);
		// Exactly at the limit it is read (and then found binary: truncate fills with NUL bytes).
		expect(await readDocument(path)).toEqual({
			ok: false,
			reason: expect.stringContaining('binary')
		});
	});

	it('a missing file, a dangling link, a folder and a pipe cannot be read', async () => {
		await symlink(join(dir, 'nowhere.txt'), join(dir, 'dangling.txt'));
		execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
		expect(await readDocument(join(dir, 'missing.txt'))).toEqual({
			ok: false,
			reason: 'cannot be read: no such file'
		});
		expect(await readDocument(join(dir, 'dangling.txt'))).toEqual({
			ok: false,
			reason: 'cannot be read: no such file'
		});
		expect(await readDocument(dir)).toEqual({ ok: false, reason: 'is a folder' });
		expect(await readDocument(join(dir, 'pipe.txt'))).toEqual({
			ok: false,
			reason: 'is not a regular file'
		});
	});

	it.skipIf(process.getuid?.() === 0)('a file without read permission cannot be read', async () => {
		const path = join(dir, 'locked.txt');
		await writeFile(path, 'Uzbekistan\n16/05/2008\nTitle\nBody.\n');
		await chmod(path, 0o000);
		expect(await readDocument(path)).toEqual({
			ok: false,
			reason: 'cannot be read: permission denied'
		});
	});

	it('a good file gives its text and the SHA-256 of its bytes', async () => {
		const path = join(dir, 'good.txt');
		await writeFile(path, 'Almaty, 1 May 2008\n');
		expect(await readDocument(path)).toEqual({
			ok: true,
			text: 'Almaty, 1 May 2008\n',
			sha256: createHash('sha256').update('Almaty, 1 May 2008\n').digest('hex')
		});
	});
});

describe('decodeDocument', () => {
	const bytes = (...b: number[]) => new Uint8Array(b);
	it('drops a UTF-8 byte-order mark, as the data build does', () => {
		expect(decodeDocument(bytes(0xef, 0xbb, 0xbf, 0x41))).toEqual({ ok: true, text: 'A' });
	});

	it.each([
		[[0x41, 0xc3], 1],
		[[0x41, 0xc3, 0x28], 1],
		[[0xc0, 0xaf], 0],
		[[0xe0, 0x80, 0xaf], 0],
		[[0xed, 0xa0, 0x80], 0],
		[[0xf4, 0x90, 0x80, 0x80], 0],
		[[0x41, 0xe2, 0x80, 0x99, 0xff], 4],
		[[0x41, 0xe2, 0x80, 0x99], 4]
	])('the first invalid byte of %j is at %i', (b, at) => {
		expect(firstInvalidUtf8(new Uint8Array(b))).toBe(at);
	});

	it('calls text with many control characters binary', () => {
		const text = new Uint8Array(100).fill(0x41);
		text.fill(0x07, 0, 10);
		expect(decodeDocument(text)).toEqual({
			ok: false,
			reason: 'is binary, not text (many control characters)'
		});
	});
});

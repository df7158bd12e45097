/**
 * Reading a document, or saying in a few words why it cannot be read: missing, unreadable, not a
 * regular file, over the size limit, empty, binary, UTF-16, or not valid UTF-8 (with the first
 * bad byte, so that the file can be fixed).
 */

import { createHash } from 'node:crypto';
import { open, stat } from 'node:fs/promises';

/** Documents are press releases and reports: anything larger is not what the ingest is for. */
export const MAX_BYTES = 10_000_000;

export type ReadResult = { ok: true; text: string; sha256: string } | { ok: false; reason: string };

export async function readDocument(path: string): Promise<ReadResult> {
	let bytes: Uint8Array;
	try {
		const info = await stat(path);
		if (info.isDirectory()) return { ok: false, reason: 'is a folder' };
		// A FIFO or a device would block or never end.
		if (!info.isFile()) return { ok: false, reason: 'is not a regular file' };
		if (info.size > MAX_BYTES) return { ok: false, reason: tooLarge(info.size) };
		const handle = await open(path, 'r');
		try {
			bytes = await handle.readFile();
		} finally {
			await handle.close();
		}
	} catch (error) {
		return { ok: false, reason: `cannot be read: ${describeError(error)}` };
	}
	// The file may have grown between stat and read.
	if (bytes.length > MAX_BYTES) return { ok: false, reason: tooLarge(bytes.length) };
	const decoded = decodeDocument(bytes);
	if (!decoded.ok) return decoded;
	return { ok: true, text: decoded.text, sha256: createHash('sha256').update(bytes).digest('hex') };
}

/**
 * The text of a UTF-8 document, decoded as the data build decodes the sources (a leading
 * byte-order mark is dropped), or why it is not one.
 */
export function decodeDocument(
	bytes: Uint8Array
): { ok: true; text: string } | { ok: false; reason: string } {
	if (bytes.length === 0) return { ok: false, reason: 'is empty (0 bytes)' };
	if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
		return { ok: false, reason: 'is UTF-16 text, not UTF-8; save it as UTF-8' };
	}
	const nul = bytes.indexOf(0);
	if (nul !== -1) return { ok: false, reason: `is binary, not text (a NUL byte at byte ${nul})` };
	if (controlShare(bytes) > 0.05)
		return { ok: false, reason: 'is binary, not text (many control characters)' };
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return { ok: false, reason: notUtf8(bytes) };
	}
	if (text.trim() === '') return { ok: false, reason: 'is empty (only whitespace)' };
	return { ok: true, text };
}

function tooLarge(size: number): string {
	return `is ${(size / 1e6).toFixed(1)} MB, over the ${MAX_BYTES / 1e6} MB limit for a document`;
}

/** Share of control characters other than tab, line feed, form feed and carriage return. */
function controlShare(bytes: Uint8Array): number {
	const sample = bytes.subarray(0, 65536);
	let control = 0;
	for (const b of sample)
		if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) control++;
	return control / sample.length;
}

/** Where the UTF-8 breaks: "byte 0xE9 at byte 1234 (line 5)", and what to do about it. */
function notUtf8(bytes: Uint8Array): string {
	const at = firstInvalidUtf8(bytes);
	if (at >= bytes.length)
		return 'is not valid UTF-8; convert it, e.g. iconv -f WINDOWS-1252 -t UTF-8';
	let line = 1;
	for (let i = 0; i < at; i++) if (bytes[i] === 0x0a) line++;
	const hex = bytes[at]!.toString(16).toUpperCase().padStart(2, '0');
	return `is not valid UTF-8 (byte 0x${hex} at byte ${at}, line ${line}); convert it, e.g. iconv -f WINDOWS-1252 -t UTF-8`;
}

/** Index of the first byte that does not belong to a valid UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
	let i = 0;
	while (i < bytes.length) {
		const b = bytes[i]!;
		const length =
			b < 0x80
				? 1
				: b >= 0xc2 && b <= 0xdf
					? 2
					: b >= 0xe0 && b <= 0xef
						? 3
						: b >= 0xf0 && b <= 0xf4
							? 4
							: 0;
		if (length === 0) return i;
		if (i + length > bytes.length) return i;
		for (let k = 1; k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
		const second = bytes[i + 1]!;
		// Overlong forms, surrogates and code points past U+10FFFF.
		if ((b === 0xe0 && second < 0xa0) || (b === 0xed && second > 0x9f)) return i;
		if ((b === 0xf0 && second < 0x90) || (b === 0xf4 && second > 0x8f)) return i;
		i += length;
	}
	return bytes.length;
}

function describeError(error: unknown): string {
	const code = (error as NodeJS.ErrnoException)?.code;
	switch (code) {
		case 'ENOENT':
			return 'no such file';
		case 'EACCES':
		case 'EPERM':
			return 'permission denied';
		case 'EISDIR':
			return 'is a folder';
		default:
			return (error as Error)?.message ?? String(error);
	}
}

/** Shared by the ingest's tests: ingest a text in memory, and check offsets against the text. */

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect } from 'vitest';
import { ingestText } from './document.ts';
import { loadGazetteer } from './gazetteer/index.ts';
import type { IngestedDocument } from './types.ts';

export const FIXTURES = join(import.meta.dirname, 'fixtures');

export function fixture(name: string): string {
	return readFileSync(join(FIXTURES, name), 'utf8');
}

/** Loads the gazetteer before a file's tests (once per process; seconds on a busy machine). */
export function useGazetteer(): void {
	beforeAll(() => void loadGazetteer(), 120_000);
}

/** The document for `text`, or a failed test naming the reason. */
export function ingest(text: string, id = 'test'): IngestedDocument {
	const result = ingestText(
		text,
		{ id, file: `${id}.txt`, path: `${id}.txt`, sha256: '' },
		loadGazetteer()
	);
	if (!result.ok) throw new Error(`ingest failed: ${result.reason}`);
	expectVerbatim(result.document, text);
	return result.document;
}

/** Every offset the document gives points at exactly the text it quotes. */
export function expectVerbatim(doc: IngestedDocument, text: string): void {
	const spans = [
		...doc.mentions,
		...doc.dates,
		...doc.candidates.flatMap((c) => [...c.quotes, ...c.evidence])
	];
	for (const s of spans) expect(text.slice(s.start, s.end), JSON.stringify(s)).toBe(s.text);
	const [start, end] = doc.source.body;
	expect(start).toBeLessThan(end);
	expect(end).toBeLessThanOrEqual(text.length);
}

/** Mentions as "kind:id:text", the shape most tables below compare. */
export function mentionsOf(doc: IngestedDocument): string[] {
	return doc.mentions.map((m) => `${m.kind}:${m.id}:${m.text}`);
}

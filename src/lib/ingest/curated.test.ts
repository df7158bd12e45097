/**
 * Acceptance: run on the two sources, the ingest finds every country, city, region,
 * organisation, person and date that the curated dataset has. The curated facts are read from
 * the compiled atlas (the data build), not typed here, so the test follows the data.
 */

import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseDocument } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildData } from '../../../scripts/data/build.ts';
import type { Atlas } from '../model/types.ts';
import { ingestText } from './document.ts';
import { loadGazetteer } from './gazetteer/index.ts';
import { readDocument } from './read.ts';
import { expectVerbatim } from './test-helpers.ts';
import type { IngestedDocument } from './types.ts';

const root = resolve(import.meta.dirname, '../../..');
let atlas: Atlas;
const ingested = new Map<string, IngestedDocument>();

beforeAll(async () => {
	const build = await buildData({ dataDir: join(root, 'data'), resolution: '110m' });
	expect(build.problems, 'the curated data must build').toEqual([]);
	atlas = build.atlas!;
	for (const source of atlas.sources) {
		const read = await readDocument(join(root, 'data', 'sources', source.file));
		if (!read.ok) throw new Error(`${source.file}: ${read.reason}`);
		const result = ingestText(
			read.text,
			{ id: source.id, file: source.file, path: source.file, sha256: read.sha256 },
			loadGazetteer()
		);
		if (!result.ok) throw new Error(`${source.file}: ${result.reason}`);
		expect(read.text).toBe(source.text);
		expectVerbatim(result.document, read.text);
		ingested.set(source.id, result.document);
	}
}, 60_000);

describe('the ingest on the curated sources', () => {
	it('reads each header as the curators did', async () => {
		// publishedText is checked by the data build but not published: read it from the YAML.
		const yaml = parseDocument(await readFile(join(root, 'data', 'sources.yaml'), 'utf8'));
		const curated = yaml.toJS() as { id: string; publishedText: string }[];
		for (const source of atlas.sources) {
			const { source: found } = ingested.get(source.id)!;
			expect(found.publishedText, source.id).toBe(
				curated.find((c) => c.id === source.id)!.publishedText
			);
			expect(found.title, source.id).toBe(source.title);
			expect(found.published, source.id).toBe(source.published);
			expect(found.dateline, source.id).toBe(source.dateline);
			expect(found.body, source.id).toEqual(source.body);
		}
	});

	// Curated ids are editors' slugs; countries (ISO alpha-3), cities, regions and people are
	// named the same way by the ingest, organisations are compared by the words they cover.
	const SAME_ID = new Set(['country', 'city', 'region', 'person']);

	it('finds every curated mention, of the same kind, over the same words', () => {
		const missing: string[] = [];
		for (const m of atlas.mentions) {
			const doc = ingested.get(m.source)!;
			const hit = doc.mentions.find(
				(f) =>
					f.kind === m.kind &&
					f.start === m.start &&
					f.end === m.end &&
					(!SAME_ID.has(m.kind) || f.id === m.id)
			);
			if (!hit) missing.push(`${m.source}: ${m.kind} ${m.id} "${m.text}" at ${m.start}`);
		}
		expect(missing).toEqual([]);
		expect(atlas.mentions.length).toBeGreaterThan(40);
	});

	it('mentions every curated place, organisation and person at least once', () => {
		const kinds = ['country', 'city', 'region', 'organisation', 'person'] as const;
		for (const kind of kinds) {
			const curated = new Set(
				atlas.mentions.filter((m) => m.kind === kind).map((m) => `${m.source} ${m.text}`)
			);
			const found = new Set(
				[...ingested].flatMap(([id, d]) =>
					d.mentions.filter((m) => m.kind === kind).map((m) => `${id} ${m.text}`)
				)
			);
			expect(
				[...curated].filter((c) => !found.has(c)),
				kind
			).toEqual([]);
		}
	});

	it('finds the date of every curated event: stated in the cited words, or the publication day', () => {
		for (const event of atlas.events) {
			const sourceId = event.citations[0]!.source;
			const doc = ingested.get(sourceId)!;
			if (event.dateBasis === 'reported') {
				expect(doc.source.published, event.id).toBe(event.date);
				continue;
			}
			const cited = event.citations.filter((c) => c.source === sourceId);
			const dated = doc.dates.filter((d) =>
				cited.some((c) => d.start >= c.start && d.end <= c.end)
			);
			expect(
				dated.map((d) => d.edtf),
				event.id
			).toContain(event.date);
		}
	});

	it('proposes a candidate for every curated event, with its date and place', () => {
		for (const event of atlas.events) {
			const first = event.citations[0]!;
			const doc = ingested.get(first.source)!;
			const candidate = doc.candidates.find((c) =>
				c.quotes.some((q) => q.start < first.end && first.start < q.end)
			);
			expect(candidate, `no candidate quotes the first citation of ${event.id}`).toBeDefined();
			expect(
				{ date: candidate!.date, basis: candidate!.dateBasis, place: candidate!.place },
				event.id
			).toEqual({
				date: event.date,
				basis: event.dateBasis,
				place: event.place
			});
		}
	});
});

import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import Ajv from 'ajv';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseEdtf } from '../model/edtf';
import { formatProblem } from '../model/problems';
import type { Atlas } from '../model/types';
import { verifyAtlas } from '../model/verify';
import type { Reference } from './gazetteer';
import { synthAtlas } from './generate';
import { loadReference } from './reference';
import { sizeLabel, synthFiles } from './write';

let reference: Reference;
let atlas: Atlas;
beforeAll(async () => {
	reference = await loadReference();
	atlas = synthAtlas(reference, { events: 2000, seed: 3 });
});

describe('synthAtlas', () => {
	it('verifies: every quote and mention is the source text at its offsets', () => {
		const knownIso3 = new Set(reference.countries.map((c) => c.iso3));
		expect(verifyAtlas(atlas, { knownIso3 }).map(formatProblem)).toEqual([]);
	});

	it('is valid against the published JSON Schema', async () => {
		const root = resolve(import.meta.dirname, '../../..');
		const schema = JSON.parse(await readFile(join(root, 'data', 'atlas.schema.json'), 'utf8'));
		const validate = new Ajv({ allErrors: true }).compile(schema);
		expect(
			validate(JSON.parse(JSON.stringify(atlas))),
			JSON.stringify(validate.errors?.slice(0, 3))
		).toBe(true);
	});

	it('is the same for the same seed and differs for another', () => {
		const again = synthAtlas(reference, { events: 2000, seed: 3 });
		expect(JSON.stringify(again)).toBe(JSON.stringify(atlas));
		const other = synthAtlas(reference, { events: 2000, seed: 4 });
		expect(other.events.map((e) => e.date)).not.toEqual(atlas.events.map((e) => e.date));
	});

	it('has the requested number of events, about 50 per source', () => {
		expect(atlas.events).toHaveLength(2000);
		expect(atlas.sources.length).toBeGreaterThan(2000 / 80);
		expect(atlas.sources.length).toBeLessThan(2000 / 30);
	});

	it('spreads events over 2007–2008 in every form of date the atlas knows', () => {
		const spans = atlas.events.map((e) => parseEdtf(e.date));
		expect(Math.min(...spans.map((s) => s.start))).toBeGreaterThanOrEqual(parseEdtf('2007').start);
		expect(Math.max(...spans.map((s) => s.end))).toBeLessThanOrEqual(parseEdtf('2008').end);
		const share = (p: (e: Atlas['events'][number], i: number) => boolean) =>
			atlas.events.filter(p).length / atlas.events.length;
		expect(share((_, i) => spans[i]!.precision === 'day')).toBeGreaterThan(0.4);
		expect(share((_, i) => spans[i]!.precision === 'month')).toBeGreaterThan(0.1);
		expect(share((_, i) => spans[i]!.precision === 'year')).toBeGreaterThan(0.03);
		expect(share((_, i) => spans[i]!.precision === 'interval')).toBeGreaterThan(0.05);
		expect(share((e) => e.dateBasis === 'reported')).toBeGreaterThan(0.08);
		// A reported event happened on or before its report: its date is the source's day.
		const published = new Map(atlas.sources.map((s) => [s.id, s.published]));
		for (const e of atlas.events.filter((x) => x.dateBasis === 'reported'))
			expect(e.date).toBe(published.get(e.citations[0]!.source));
	});

	it('places events in cities, countries, a region, or nowhere stated', () => {
		const kinds = new Set(atlas.events.map((e) => e.placePrecision));
		expect([...kinds].sort()).toEqual(['city', 'country', 'region', 'unstated']);
	});

	it('weights Central Asia: its five countries take part in most events', () => {
		const ca = new Set(['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB']);
		const withCa = atlas.events.filter((e) => e.participants.some((p) => ca.has(p.id))).length;
		expect(withCa / atlas.events.length).toBeGreaterThan(0.6);
		const participants = atlas.events.map((e) => e.participants.length);
		expect(participants.reduce((a, b) => a + b, 0) / participants.length).toBeGreaterThan(3);
	});
});

describe('synthFiles', () => {
	it('writes JSON and compact files that agree, and names them by size', () => {
		const made = synthFiles(reference, {
			events: 300,
			seed: 5,
			name: 'x',
			json: true,
			compact: true
		});
		expect(made.problems).toEqual([]);
		expect([...made.files.keys()].sort()).toEqual(['x.atlas', 'x.json', 'x.passages']);
		const json = JSON.parse(new TextDecoder().decode(made.files.get('x.json')));
		expect(json.events).toHaveLength(300);
		expect(verifyAtlas(json)).toEqual([]);
		expect(sizeLabel(100_000)).toBe('100k');
		expect(sizeLabel(1_000_000)).toBe('1m');
		expect(sizeLabel(1234)).toBe('1234');
	});
});

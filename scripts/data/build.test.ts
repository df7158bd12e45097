/**
 * The data build against the real curated data: it must agree with the sources, and every kind
 * of bad data must be refused with a message that names the file, the record, the field and
 * the reason.
 */

import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/model/problems.ts';
import type { CuratedInput } from '../../src/lib/model/compile.ts';
import type { Atlas } from '../../src/lib/model/types.ts';
import { verifyAtlas } from '../../src/lib/model/verify.ts';
import { compileAndVerify, loadCuratedInput } from './build.ts';

const root = resolve(import.meta.dirname, '../..');
const dataDir = join(root, 'data');
let base: CuratedInput;
let schema: object;
let atlas: Atlas;

beforeAll(async () => {
	const loaded = await loadCuratedInput(dataDir, '110m');
	expect(loaded.problems).toEqual([]);
	base = loaded.input;
	schema = JSON.parse(await readFile(join(dataDir, 'atlas.schema.json'), 'utf8'));
	const built = compileAndVerify(base, schema);
	expect(built.problems.map(formatProblem)).toEqual([]);
	atlas = built.atlas!;
});

// The curated YAML as parsed: loosely typed on purpose, since these tests break it.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any;

/** A deep copy of the curated input with one change made by `edit`. */
function mutate(
	edit: (data: { sources: Loose; gazetteer: Loose; events: Loose }) => void
): CuratedInput {
	const data = structuredClone({
		sources: base.sources,
		gazetteer: base.gazetteer,
		events: base.events
	});
	edit(data);
	return { ...base, ...data };
}

function problemsOf(input: CuratedInput): string[] {
	return compileAndVerify(input, schema).problems.map(formatProblem);
}

const event = (data: { events: Loose[] }, id: string) =>
	data.events.find((e: Loose) => e.id === id);
const WORKSHOP = 'osce-workshop-uzbekistan-2008';

describe('the built dataset agrees with the sources', () => {
	it('keeps the sources byte for byte as the seeds', async () => {
		for (const file of ['000_5f275de40c324d04.txt', '004_8b39ade3945044a8.txt']) {
			const ours = await readFile(join(dataDir, 'sources', file));
			const seed = await readFile(join(root, '..', 'shared', 'seeds', file)).catch(() => null);
			// The seeds live beside the checkout on the project's machines; CI clones alone, so
			// there the stored SHA-256 below is the reference.
			if (seed) expect(ours.equals(seed)).toBe(true);
			const { createHash } = await import('node:crypto');
			expect(createHash('sha256').update(ours).digest('hex')).toBe(SEED_SHA256[file]);
		}
	});

	it('has the four events with the dates the texts state', () => {
		expect(atlas.events.map((e) => [e.id, e.date, e.dateBasis, e.place, e.placePrecision])).toEqual(
			[
				['red-cross-regional-conference-istanbul-2007', '2007', 'stated', 'istanbul', 'city'],
				[
					'red-cross-red-crescent-30th-international-conference-2007',
					'2007-11',
					'stated',
					null,
					'unstated'
				],
				[WORKSHOP, '2008-05-16', 'reported', 'UZB', 'country'],
				['aect-special-meeting-vienna-2008', '2008-09-24', 'reported', 'vienna', 'city']
			]
		);
	});

	it('has thirteen countries, each mentioned', () => {
		const countries = atlas.places.filter((p) => p.kind === 'country').map((p) => p.id);
		expect(countries.sort()).toEqual(
			[
				'ARE',
				'AUT',
				'ISR',
				'KAZ',
				'KGZ',
				'NOR',
				'RUS',
				'THA',
				'TJK',
				'TKM',
				'TUR',
				'USA',
				'UZB'
			].sort()
		);
		const mentioned = new Set(atlas.mentions.filter((m) => m.kind === 'country').map((m) => m.id));
		expect([...mentioned].sort()).toEqual(countries.sort());
	});

	it('mentions every city, region, organisation and person in the gazetteer', () => {
		const mentioned = new Set(atlas.mentions.map((m) => `${m.kind}:${m.id}`));
		for (const p of atlas.places) expect(mentioned).toContain(`${p.kind}:${p.id}`);
		for (const o of atlas.organisations) expect(mentioned).toContain(`organisation:${o.id}`);
		for (const p of atlas.people) expect(mentioned).toContain(`person:${p.id}`);
	});

	it('finds "Uzbek authorities" as Uzbekistan and "Vienna, Austria" as a city and a country', () => {
		const osce = atlas.sources.find((s) => s.id === 'osce-2008-05-16')!;
		const at = (text: string) =>
			atlas.mentions.filter((m) => m.source === osce.id && m.text === text);
		expect(at('Uzbek authorities').map((m) => m.id)).toEqual(['UZB']);
		const vienna = at('Vienna')[0]!;
		const austria = at('Austria')[0]!;
		expect([vienna.kind, vienna.id, austria.kind, austria.id]).toEqual([
			'city',
			'vienna',
			'country',
			'AUT'
		]);
		expect(osce.text.slice(vienna.start, austria.end)).toBe('Vienna, Austria');
	});

	it('equals the source text at every offset', () => {
		const text = new Map(atlas.sources.map((s) => [s.id, s.text]));
		for (const m of atlas.mentions) expect(text.get(m.source)!.slice(m.start, m.end)).toBe(m.text);
		for (const e of atlas.events) {
			for (const c of [
				...e.citations,
				...e.participants.flatMap((p) => (p.citation ? [p.citation] : []))
			]) {
				expect(text.get(c.source)!.slice(c.start, c.end)).toBe(c.quote);
			}
		}
	});

	it('keeps the website chrome of source 000 outside its body', () => {
		const osce = atlas.sources.find((s) => s.id === 'osce-2008-05-16')!;
		const outside = osce.text.slice(osce.body[1]);
		expect(outside).toContain('Stay up to date with the latest news');
		expect(outside).toContain('Subscribe to our telegram channel');
		expect(osce.text.slice(...osce.body)).not.toContain('telegram');
		expect(osce.text.slice(0, osce.body[0])).toBe(
			'Uzbekistan\n16/05/2008\nHuman trafficking, migrant smuggling in Central Asia threaten security and human rights, says OSCE official\n'
		);
	});

	it('names Norway as the workshop’s funder, citing the sentence', () => {
		const norway = atlas.events
			.find((e) => e.id === WORKSHOP)!
			.participants.find((p) => p.id === 'NOR')!;
		expect(norway.role).toBe('funder');
		expect(norway.citation?.quote).toBe(
			'The workshop was mainly financed by the Government of Norway.'
		);
	});

	it('marks the editorial note about the 30th International Conference as editorial', () => {
		const conf = atlas.events.find((e) => e.id.includes('30th'))!;
		expect(conf.notes).toEqual([
			expect.objectContaining({ kind: 'editorial', text: expect.stringContaining('Geneva') })
		]);
		expect(conf.place).toBeNull();
	});
});

describe('bad data is refused with a message naming file, record, field and reason', () => {
	it('a quote not in the source (one word changed)', () => {
		const problems = problemsOf(
			mutate((d) => {
				event(d, WORKSHOP).citations[2].quote =
					'The workshop was mainly financed by the Government of Sweden.';
			})
		);
		expect(problems).toEqual([
			`data/events.yaml: event "${WORKSHOP}", citations[2].quote: "The workshop was mainly financed by the Government of Sweden." does not occur verbatim in the text: it matches up to character 54, where the quote has "Sweden." and the text has "Norway.\\nStay up to d" (source "osce-2008-05-16")`
		]);
	});

	it('a mention whose text is not at its offsets', () => {
		const broken = structuredClone(atlas);
		broken.mentions[0]!.start += 1;
		const problems = verifyAtlas(broken).map(formatProblem);
		expect(problems).toEqual([
			'atlas.json: mentions[0], text: the text of source "osce-2008-05-16" at 1–10 is "zbekistan", not "Uzbekistan"'
		]);
	});

	it('an unknown country code', () => {
		const problems = problemsOf(
			mutate((d) => {
				d.gazetteer.countries[0].id = 'KZX';
			})
		);
		expect(problems[0]).toBe(
			'data/gazetteer.yaml: country "KZX", id: unknown country code "KZX" (not an ISO 3166-1 alpha-3 code)'
		);
	});

	it('an EDTF date that does not parse', () => {
		const problems = problemsOf(
			mutate((d) => {
				event(d, WORKSHOP).date = '2008-13-16';
			})
		);
		expect(problems).toContain(
			`data/events.yaml: event "${WORKSHOP}", date: "2008-13-16" is not an EDTF date: "2008-13-16" has month 13; months run from 01 to 12 (EDTF level 0, optionally with ? ~ %, or an interval A/B)`
		);
	});

	it('a duplicate id', () => {
		const problems = problemsOf(
			mutate((d) => {
				d.events[1].id = d.events[0].id;
			})
		);
		expect(problems).toEqual([
			'data/events.yaml: event "red-cross-regional-conference-istanbul-2007", id: duplicate event id "red-cross-regional-conference-istanbul-2007"'
		]);
	});

	it('an unknown source', () => {
		const problems = problemsOf(
			mutate((d) => {
				event(d, WORKSHOP).citations[0].source = 'osce-2008-05-61';
			})
		);
		expect(problems).toEqual([
			`data/events.yaml: event "${WORKSHOP}", citations[0].source: unknown source "osce-2008-05-61"`
		]);
	});

	it('an unknown participant', () => {
		const problems = problemsOf(
			mutate((d) => {
				event(d, WORKSHOP).participants.push({ organisation: 'interpol', role: 'participant' });
			})
		);
		expect(problems).toEqual([
			`data/events.yaml: event "${WORKSHOP}", participants[21].organisation: unknown participant: no organisation "interpol" in the gazetteer`
		]);
	});

	it('a reported date that is not the publication day of a cited source', () => {
		const problems = problemsOf(
			mutate((d) => {
				event(d, WORKSHOP).date = '2008-05-15';
			})
		);
		expect(problems).toEqual([
			`data/events.yaml: event "${WORKSHOP}", date: a reported date must be the publication day of a cited source; 2008-05-15 is not`
		]);
	});

	it('a quote from the website chrome, outside the article body', () => {
		const problems = problemsOf(
			mutate((d) => {
				event(d, WORKSHOP).citations.push({
					source: 'osce-2008-05-16',
					quote: 'Subscribe to our telegram channel'
				});
			})
		);
		expect(problems).toEqual([
			`data/events.yaml: event "${WORKSHOP}", citations[3].quote: "Subscribe to our telegram channel" lies outside the article body of source "osce-2008-05-16"`
		]);
	});

	it('a place precision that claims more than the place', () => {
		const problems = problemsOf(
			mutate((d) => {
				event(d, WORKSHOP).placePrecision = 'city';
			})
		);
		expect(problems).toEqual([
			`data/events.yaml: event "${WORKSHOP}", placePrecision: is "city" but "UZB" is a country`
		]);
	});

	it('a gazetteer entry that no source mentions', () => {
		const problems = problemsOf(
			mutate((d) => {
				d.gazetteer.cities.push({
					id: 'geneva',
					name: 'Geneva',
					country: 'AUT',
					coordinates: [6.14, 46.2],
					names: ['Geneva']
				});
			})
		);
		expect(problems).toEqual([
			'data/gazetteer.yaml: city "geneva", names: no source mentions it by any of its names ("Geneva"); the atlas holds only what the sources state'
		]);
	});

	it('reports every problem at once', () => {
		const problems = problemsOf(
			mutate((d) => {
				event(d, WORKSHOP).date = 'May 2008';
				d.events[0].kind = 'Big Conference';
				d.sources[1].title = 'Not the title';
			})
		);
		expect(problems).toHaveLength(3);
		expect(problems.join('\n')).toMatch(/date: "May 2008" is not an EDTF date/);
		expect(problems.join('\n')).toMatch(/kind: "Big Conference" is not a slug/);
		expect(problems.join('\n')).toMatch(
			/source "ifrc-2008-09-24", title: "Not the title" does not occur in the header/
		);
	});
});

describe('a source full of markup goes through the build as text', () => {
	it('keeps the markup verbatim in the text, the quotes and the mentions', () => {
		const text =
			'Kazakhstan\n01/02/2008\n<script>alert(1)</script> Title\n' +
			'The meeting in Kazakhstan heard "<img src=x onerror=alert(1)>" and </script><script>alert(2)</script>.';
		const input = mutate((d) => {
			d.sources.push({
				id: 'payload-2008-02-01',
				file: 'payload.txt',
				publisher: '<b>Publisher</b>',
				title: '<script>alert(1)</script> Title',
				published: '2008-02-01',
				publishedText: '01/02/2008',
				dateline: 'Kazakhstan',
				body: { from: 'The meeting in', through: '</script><script>alert(2)</script>.' }
			});
			d.events.push({
				id: 'payload-meeting-2008',
				title: 'A <em>meeting</em>',
				kind: 'meeting',
				date: '2008-02-01',
				dateBasis: 'reported',
				place: 'KAZ',
				placePrecision: 'country',
				participants: [],
				citations: [
					{
						source: 'payload-2008-02-01',
						quote: '"<img src=x onerror=alert(1)>" and </script><script>alert(2)</script>.'
					}
				]
			});
		});
		const built = compileAndVerify(
			{ ...input, texts: new Map([...base.texts, ['payload.txt', text]]) },
			schema
		);
		expect(built.problems.map(formatProblem)).toEqual([]);
		const payload = built.atlas!.sources.find((s) => s.id === 'payload-2008-02-01')!;
		expect(payload.text).toBe(text);
		const quote = built.atlas!.events.find((e) => e.id === 'payload-meeting-2008')!.citations[0]!;
		expect(payload.text.slice(quote.start, quote.end)).toBe(quote.quote);
		expect(built.atlas!.mentions.filter((m) => m.source === payload.id).map((m) => m.text)).toEqual(
			['Kazakhstan', 'Kazakhstan']
		);
		// Serialised as data, never as markup: a JSON round trip gives the same text back.
		expect(JSON.parse(JSON.stringify(built.atlas)).sources.at(-1).text).toBe(text);
	});
});

const SEED_SHA256: Record<string, string> = {
	'000_5f275de40c324d04.txt': 'a2e26efa18e2a295dbdbcef40b392b71ffccc7192a40a14c2fee6019a0ecdf28',
	'004_8b39ade3945044a8.txt': '150a8adbe05e8abf502c6af86a60600b31a3e871c905326e565cebb967bbf28b'
};

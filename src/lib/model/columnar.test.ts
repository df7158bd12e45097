import { beforeAll, describe, expect, it } from 'vitest';
import { loadReference } from '../synth/reference';
import { synthAtlas } from '../synth/generate';
import { curatedAtlas } from '../test/curated';
import { atlasToColumns, joinId, splitId } from './columnar';
import { packCore, packPassages, unpackCore, unpackPassages } from './columnar-file';
import { columnsToAtlas } from './columnar-read';
import type { Atlas } from './types';

/** Plain data, as JSON would carry it (getters read, undefined dropped). */
const plain = (a: Atlas) => JSON.parse(JSON.stringify(a));

const roundTrip = (atlas: Atlas) => {
	const { core, passages } = atlasToColumns(atlas);
	return columnsToAtlas({
		core: unpackCore(packCore(core)),
		passages: unpackPassages(packPassages(passages))
	});
};

let curated: Atlas;
beforeAll(async () => {
	curated = await curatedAtlas();
});

describe('the compact atlas', () => {
	it('round-trips the curated atlas exactly (participants in their own order)', () => {
		// The curated workshop lists organisations, countries, then an organisation again.
		const kinds = curated.events.flatMap((e) => e.participants.map((p) => p.kind));
		expect(kinds.join()).toMatch(/country,organisation/);
		expect(plain(roundTrip(curated))).toEqual(plain(curated));
	});

	it('round-trips a synthetic atlas exactly', async () => {
		const atlas = synthAtlas(await loadReference(), { events: 1500, seed: 11 });
		expect(plain(roundTrip(atlas))).toEqual(plain(atlas));
	});

	it.each([
		[
			'a mention',
			(a: Atlas) => (a.mentions[1] = { ...a.mentions[1]!, start: a.mentions[1]!.start - 2 }),
			/^mention 2 \(\w+ "[^"]+"\): "[^"]+" is not the text of source "[\w-]+" at \d+–\d+, which reads /
		],
		[
			'a citation',
			(a: Atlas) => {
				const c = a.events[0]!.citations[0]!;
				a.events[0]!.citations[0] = { ...c, quote: c.quote.replace(/\w+/, 'Sweden') };
			},
			/^event "[\w-]+", citation 1: "Sweden/
		],
		[
			'a role',
			(a: Atlas) => {
				const r = a.people[0]!.roles[0]!;
				a.people[0]!.roles[0] = { ...r, citation: { ...r.citation, end: r.citation.end + 1 } };
			},
			/^person "[\w-]+", role 1: /
		]
	])('refuses %s whose words are not the text at its offsets', (_, spoil, message) => {
		const atlas = structuredClone(curated);
		spoil(atlas);
		expect(() => atlasToColumns(atlas)).toThrow(message);
	});

	it('stores no quote: a citation is its source text between its offsets', () => {
		const { core } = atlasToColumns(curated);
		const bytes = new TextDecoder().decode(packCore(core));
		expect(bytes).not.toContain('The workshop was mainly financed');
	});

	it('keeps integers that need every byte, negative values and large numbers', () => {
		const atlas = structuredClone(curated);
		atlas.events[0]!.id = 'ev-9007199254740';
		atlas.events[1]!.id = 'ev-0000000000001';
		expect(plain(roundTrip(atlas))).toEqual(plain(atlas));
	});

	it('names the record when a reference does not resolve', () => {
		const atlas = structuredClone(curated);
		atlas.events[0]!.place = 'atlantis';
		expect(() => atlasToColumns(atlas)).toThrow(/unknown country "atlantis"|unknown .*atlantis/);
	});

	it('refuses a file that is not a compact atlas', () => {
		expect(() => unpackCore(new TextEncoder().encode('<html>not an atlas</html>'))).toThrow(
			'is not a compact atlas file'
		);
		const { passages } = atlasToColumns(curated);
		expect(() => unpackCore(packPassages(passages))).toThrow('not the core');
	});
});

describe('ids as a prefix and a number', () => {
	it.each([
		['ev-000123', 'ev-', 6, 123],
		['osce-workshop-uzbekistan-2008', 'osce-workshop-uzbekistan-', 4, 2008],
		['no-number', 'no-number', 0, 0],
		['007', '', 3, 7]
	])('%s', (id, prefix, digits, number) => {
		expect(splitId(id)).toEqual({ prefix, digits, number });
		expect(joinId(prefix, digits, number)).toBe(id);
	});
});

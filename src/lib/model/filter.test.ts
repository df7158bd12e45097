import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { curatedAtlas } from '../test/curated';
import { loadReference } from '../synth/reference';
import { synthAtlas } from '../synth/generate';
import { buildIndex, normaliseForSearch, type AtlasIndex } from './atlas-index';
import { atlasFromColumns } from './compact-atlas';
import { atlasToColumns } from './columnar';
import { buildIndexCore } from './index-core';
import { dayNumber, isoDay, parseEdtf } from './edtf';
import {
	NO_CRITERIA,
	eventsMeetingWindow,
	facetCounts,
	filterEvents,
	windowMembership,
	type Criteria,
	type DayWindow
} from './filter';
import type { DaySpan } from './edtf';
import type { Atlas, AtlasEvent, Participant } from './types';

let index: AtlasIndex;
beforeAll(async () => {
	index = buildIndex(await curatedAtlas());
});

const ISTANBUL = 'red-cross-regional-conference-istanbul-2007';
const CONF30 = 'red-cross-red-crescent-30th-international-conference-2007';
const WORKSHOP = 'osce-workshop-uzbekistan-2008';
const VIENNA = 'aect-special-meeting-vienna-2008';

const d = (y: number, m: number, day: number) => dayNumber(y, m, day);
const ids = (events: { event: { id: string } }[]) => events.map((e) => e.event.id);
const run = (patch: Partial<Criteria>) => filterEvents(index, { ...NO_CRITERIA, ...patch });

describe('windowMembership', () => {
	const june2007toDec = [d(2007, 6, 1), d(2007, 12, 31)] as const;
	it.each([
		['2007', 'possible'], // the window cuts the year
		['2007-11', 'certain'],
		['2007-05', 'out'],
		['2007-05/2007-06', 'possible'],
		['2007-06-01', 'certain'], // first day of the window
		['2007-12-31', 'certain'], // last day
		['2008-01-01', 'out']
	] as const)('%s against June–December 2007 is %s', (edtf, membership) => {
		expect(windowMembership(parseEdtf(edtf), june2007toDec)).toBe(membership);
	});

	it('counts everything as certain when there is no window', () => {
		expect(windowMembership(parseEdtf('2007'), null)).toBe('certain');
	});
});

describe('filterEvents on the curated atlas', () => {
	it('keeps all four events in date order with no criteria', () => {
		expect(ids(run({}).certain)).toEqual([ISTANBUL, CONF30, WORKSHOP, VIENNA]);
	});

	it('June–December 2007: one event, one more possibly', () => {
		const r = run({ window: [d(2007, 6, 1), d(2007, 12, 31)] });
		expect(ids(r.certain)).toEqual([CONF30]);
		expect(ids(r.possible)).toEqual([ISTANBUL]);
		expect(ids(r.inView)).toEqual([ISTANBUL, CONF30]);
		expect(r.membership.get(ISTANBUL)).toBe('possible');
	});

	it('2008 leaves the two 2008 events', () => {
		const r = run({ window: [d(2008, 1, 1), d(2008, 12, 31)] });
		expect(ids(r.certain)).toEqual([WORKSHOP, VIENNA]);
		expect(r.possible).toEqual([]);
	});

	it('a reported date counts by its report day', () => {
		expect(ids(run({ window: [d(2008, 5, 16), d(2008, 5, 16)] }).certain)).toEqual([WORKSHOP]);
		expect(ids(run({ window: [d(2008, 5, 17), d(2008, 9, 23)] }).inView)).toEqual([]);
	});

	it.each([
		[{ countries: ['ISR'] }, [WORKSHOP]],
		[{ countries: ['NOR'] }, [WORKSHOP]],
		[{ countries: ['AUT'] }, [VIENNA]], // the venue's country
		[{ countries: ['KAZ'] }, [WORKSHOP, VIENNA]], // through the Kazakhstan Red Crescent Society
		[{ countries: ['TUR'] }, [ISTANBUL, WORKSHOP]],
		[{ countries: ['ISR', 'AUT'] }, [WORKSHOP, VIENNA]], // options within a filter widen
		[{ orgs: ['osce'] }, [WORKSHOP]], // a parent covers its units
		[{ orgs: ['national-societies'] }, [ISTANBUL, CONF30, VIENNA]],
		[{ kinds: ['conference'] }, [ISTANBUL, CONF30]],
		[{ sources: ['ifrc-2008-09-24'] }, [ISTANBUL, CONF30, VIENNA]],
		[{ kinds: ['conference'], countries: ['TUR'] }, [ISTANBUL]], // filters narrow each other
		[{ q: 'NORWAY' }, [WORKSHOP]],
		[{ q: 'kadyrbaev vienna' }, [VIENNA]],
		[{ q: 'Ístanbul' }, [ISTANBUL]], // accent-insensitive
		[{ q: 'geneva' }, [CONF30]], // editorial notes are searchable too
		[{ q: 'no such words' }, []]
	])('%j → %j', (criteria, expected) => {
		expect(ids(run(criteria).inView)).toEqual(expected);
	});
});

describe('facetCounts: how many events each option would leave', () => {
	it('counts each option given the other filters', () => {
		const counts = facetCounts(index, { ...NO_CRITERIA, kinds: ['conference'] });
		// Within the kinds facet, options are alternatives: counted as if chosen.
		expect(Object.fromEntries(counts.kinds)).toEqual({ conference: 2, workshop: 1, meeting: 1 });
		// Other facets count within the chosen kinds.
		expect(counts.countries.get('TUR')).toBe(1);
		expect(counts.countries.get('ISR')).toBeUndefined();
		expect(counts.sources.get('ifrc-2008-09-24')).toBe(2);
	});

	it('respects the time window and the text', () => {
		const counts = facetCounts(index, {
			...NO_CRITERIA,
			window: [d(2008, 1, 1), d(2008, 12, 31)],
			q: 'workshop'
		});
		expect(Object.fromEntries(counts.kinds)).toEqual({ workshop: 1 });
	});
});

// ---------------------------------------------------------------------------------------------
// Equivalence with a full scan written straight from the definitions, on random atlases

/** What an event involves, worked out from the atlas's objects, independently of the index. */
function involved(atlas: Atlas, e: AtlasEvent) {
	const places = new Map(atlas.places.map((p) => [p.id, p]));
	const orgs = new Map(atlas.organisations.map((o) => [o.id, o]));
	const people = new Map(atlas.people.map((p) => [p.id, p]));
	const lineage = (id: string | null): string[] => {
		const out: string[] = [];
		for (let o = id ? orgs.get(id) : undefined; o && !out.includes(o.id);) {
			out.push(o.id);
			o = o.parent ? orgs.get(o.parent) : undefined;
		}
		return out;
	};
	const place = e.place ? places.get(e.place) : undefined;
	const countries = new Set<string>();
	if (place?.kind === 'country') countries.add(place.id);
	if (place?.kind === 'city' && place.country) countries.add(place.country);
	const organisations = new Set<string>();
	for (const p of e.participants) {
		if (p.kind === 'country') countries.add(p.id);
		if (p.kind === 'organisation') {
			lineage(p.id).forEach((o) => organisations.add(o));
			const c = orgs.get(p.id)?.country;
			if (c) countries.add(c);
		}
		if (p.kind === 'person')
			for (const r of people.get(p.id)?.roles ?? [])
				lineage(r.organisation).forEach((o) => organisations.add(o));
	}
	return {
		countries: [...countries],
		orgs: [...organisations],
		kinds: [e.kind],
		sources: [...new Set(e.citations.map((c) => c.source))]
	};
}

/** The words an event is found by, as the spec lists them, lower-cased and accent-free. */
function searchTextOf(atlas: Atlas, e: AtlasEvent): string {
	const name = (p: Pick<Participant, 'kind' | 'id'>): string[] => {
		if (p.kind === 'country') return [atlas.places.find((x) => x.id === p.id)?.name ?? p.id, p.id];
		if (p.kind === 'person') return [atlas.people.find((x) => x.id === p.id)?.name ?? p.id];
		const o = atlas.organisations.find((x) => x.id === p.id);
		return o ? [o.name, o.acronym ?? '', ...o.aliases] : [p.id];
	};
	const words = [
		e.title,
		e.kind,
		atlas.places.find((p) => p.id === e.place)?.name ?? '',
		...e.citations.map((c) => c.quote),
		...e.participants.flatMap(name),
		...e.notes.map((n) => n.text)
	];
	return normaliseForSearch(words.join('\n'));
}

const scans = new WeakMap<
	Atlas,
	{ e: AtlasEvent; span: DaySpan; values: ReturnType<typeof involved>; text: string }[]
>();

function bruteForce(atlas: Atlas, criteria: Criteria) {
	const facets = ['countries', 'orgs', 'kinds', 'sources'] as const;
	const terms = normaliseForSearch(criteria.q).split(/\s+/).filter(Boolean);
	const certain: string[] = [];
	const possible: string[] = [];
	const counts = Object.fromEntries(facets.map((f) => [f, new Map<string, number>()]));
	let rows = scans.get(atlas);
	if (!rows) {
		rows = atlas.events
			.map((e) => ({
				e,
				span: parseEdtf(e.date),
				values: involved(atlas, e),
				text: searchTextOf(atlas, e)
			}))
			.sort((a, b) => a.span.start - b.span.start || (a.e.id < b.e.id ? -1 : 1));
		scans.set(atlas, rows);
	}
	for (const { e, span, values, text } of rows) {
		const membership = windowMembership(span, criteria.window);
		if (membership === 'out') continue;
		if (!terms.every((t) => text.includes(t))) continue;
		const failing = facets.filter(
			(f) => criteria[f].length > 0 && !criteria[f].some((w) => values[f].includes(w))
		);
		for (const f of facets) {
			if (failing.length > 1 || (failing.length === 1 && failing[0] !== f)) continue;
			for (const v of values[f]) counts[f]!.set(v, (counts[f]!.get(v) ?? 0) + 1);
		}
		if (failing.length) continue;
		(membership === 'certain' ? certain : possible).push(e.id);
	}
	return { certain, possible, counts };
}

const SOURCES = ['s-one', 's-two', 's-three'];
const TEXT = 'Ana met a ministry in Türkiye on smuggling of victims.';
const gazetteer: Pick<Atlas, 'places' | 'organisations' | 'people'> = {
	places: [
		{ id: 'KAZ', name: 'Kazakhstan', kind: 'country', iso3: 'KAZ', point: [68, 48] },
		{ id: 'UZB', name: 'Uzbekistan', kind: 'country', iso3: 'UZB', point: [64, 41] },
		{ id: 'NOR', name: 'Norway', kind: 'country', iso3: 'NOR', point: [10, 62] },
		{ id: 'almaty', name: 'Almaty', kind: 'city', country: 'KAZ', coordinates: [76.9, 43.2] },
		{ id: 'central-asia', name: 'Central Asia', kind: 'region', members: ['KAZ', 'UZB'] }
	],
	organisations: [
		{
			id: 'osce',
			name: 'OSCE',
			acronym: 'OSCE',
			aliases: [],
			parent: null,
			kind: 'x',
			seat: null,
			country: null
		},
		{
			id: 'osce-unit',
			name: 'Unit',
			acronym: null,
			aliases: ['Police unit'],
			parent: 'osce',
			kind: 'x',
			seat: null,
			country: null
		},
		{
			id: 'uzb-ministry',
			name: 'Ministry of Uzbekistan',
			acronym: null,
			aliases: [],
			parent: null,
			kind: 'x',
			seat: null,
			country: 'UZB'
		}
	],
	people: [
		{
			id: 'ana',
			name: 'Ana Berg',
			roles: [
				{
					title: 'Officer',
					organisation: 'osce-unit',
					citation: { source: 's-one', quote: 'Ana', start: 0, end: 3 }
				}
			]
		}
	]
};

const dayInRange = fc.integer({ min: dayNumber(2007, 1, 1), max: dayNumber(2008, 12, 31) });
const edtf = fc.oneof(
	dayInRange.map((d) => isoDay(d)),
	dayInRange.map((d) => isoDay(d).slice(0, 7)),
	dayInRange.map((d) => isoDay(d).slice(0, 4)),
	fc
		.tuple(dayInRange, fc.integer({ min: 0, max: 500 }))
		.map(([d, len]) => `${isoDay(d)}/${isoDay(d + len)}`)
);
const participant = fc.oneof(
	fc.record({ kind: fc.constant('country' as const), id: fc.constantFrom('KAZ', 'UZB', 'NOR') }),
	fc.record({
		kind: fc.constant('organisation' as const),
		id: fc.constantFrom('osce', 'osce-unit', 'uzb-ministry')
	}),
	fc.record({ kind: fc.constant('person' as const), id: fc.constant('ana') })
);
const randomEvent = fc.record({
	date: edtf,
	basis: fc.constantFrom('stated' as const, 'reported' as const),
	place: fc.constantFrom(null, 'KAZ', 'UZB', 'almaty', 'central-asia'),
	kind: fc.constantFrom('workshop', 'meeting', 'conference'),
	word: fc.constantFrom('smuggling', 'border', 'victims', 'Türkiye'),
	participants: fc.array(participant, { maxLength: 4 }),
	sources: fc.uniqueArray(fc.constantFrom(...SOURCES), { minLength: 1, maxLength: 2 }),
	quote: fc.constantFrom<[number, number]>([0, 3], [4, 19], [16, 33], [20, 45], [34, 45])
});

function randomAtlas(
	events: fc.Arbitrary<(typeof randomEvent extends fc.Arbitrary<infer T> ? T : never)[]>
) {
	return events.map((list): Atlas => ({
		version: 1,
		...gazetteer,
		sources: SOURCES.map((id) => ({
			id,
			file: `${id}.txt`,
			publisher: 'P',
			title: 'T',
			published: '2008-12-31',
			dateline: null,
			// Quotes overlap, and one holds an accent: text search finds words in any of them.
			text: TEXT,
			body: [0, TEXT.length],
			notes: []
		})),
		mentions: [],
		events: list.map((e, i) => ({
			// Ids with and without trailing numbers, so that both ways of comparing them are used.
			id:
				i % 3 === 0
					? `ev-${String(i).padStart(3, '0')}`
					: `event-${String.fromCharCode(97 + (i % 26))}${i}x`,
			title: `A ${e.kind} on ${e.word}`,
			kind: e.kind,
			date: e.date,
			dateBasis: e.basis,
			place: e.place,
			placePrecision:
				e.place === null
					? 'unstated'
					: (gazetteer.places.find((p) => p.id === e.place)!.kind as 'city'),
			participants: e.participants.map((p) => ({
				...p,
				role: 'participant' as const,
				citation: null
			})),
			citations: e.sources.map((source) => ({
				source,
				quote: TEXT.slice(...e.quote),
				start: e.quote[0],
				end: e.quote[1]
			})),
			notes: []
		}))
	}));
}

const randomCriteria = fc.record({
	window: fc.option(
		fc
			.tuple(dayInRange, fc.integer({ min: -5, max: 400 }))
			.map(([d, len]): DayWindow => [d, d + len]),
		{ nil: null }
	),
	countries: fc.uniqueArray(fc.constantFrom('KAZ', 'UZB', 'NOR', 'XXX'), { maxLength: 2 }),
	orgs: fc.uniqueArray(fc.constantFrom('osce', 'osce-unit', 'uzb-ministry'), { maxLength: 2 }),
	kinds: fc.uniqueArray(fc.constantFrom('workshop', 'meeting', 'conference'), { maxLength: 2 }),
	sources: fc.uniqueArray(fc.constantFrom(...SOURCES), { maxLength: 1 }),
	q: fc.constantFrom(
		'',
		'',
		'smuggling',
		'TURKIYE',
		'a workshop',
		'ana',
		'kazakh',
		'ministry',
		'in türkiye',
		'g of'
	)
});

function expectSameAsScan(atlas: Atlas, index: AtlasIndex, criteria: Criteria) {
	const want = bruteForce(atlas, criteria);
	const got = filterEvents(index, criteria);
	expect(got.counts).toEqual({
		certain: want.certain.length,
		possible: want.possible.length,
		inView: want.certain.length + want.possible.length
	});
	expect(ids(got.certain)).toEqual(want.certain);
	expect(ids(got.possible)).toEqual(want.possible);
	for (const id of want.certain) expect(got.membership.get(id)).toBe('certain');
	for (const id of want.possible) expect(got.membership.get(id)).toBe('possible');
	expect(got.membership.size).toBe(want.certain.length + want.possible.length);
	const orders = Array.from(got.orders());
	expect(orders.map((o) => index.events[o]!.event.id)).toEqual(ids(got.inView));
	for (const k of [0, 1, 3, 50])
		expect([Array.from(got.someOrders(k)), Array.from(got.someOrders(k, true))]).toEqual([
			orders.slice(0, k),
			orders.slice(Math.max(0, orders.length - k))
		]);
	const inViewIds = new Set([...want.certain, ...want.possible]);
	for (const f of ['countries', 'orgs', 'kinds', 'sources'] as const) {
		const byValue = new Map<string, number>();
		for (const e of atlas.events)
			if (inViewIds.has(e.id))
				for (const v of involved(atlas, e)[f]) byValue.set(v, (byValue.get(v) ?? 0) + 1);
		expect(Object.fromEntries(got.countsBy(f))).toEqual(Object.fromEntries(byValue));
	}
	const counts = facetCounts(index, criteria);
	for (const f of ['countries', 'orgs', 'kinds', 'sources'] as const)
		expect(Object.fromEntries(counts[f])).toEqual(Object.fromEntries(want.counts[f]!));
}

describe('filterEvents and facetCounts equal a full scan', () => {
	it('on random small atlases and criteria (seeded)', () => {
		fc.assert(
			fc.property(
				randomAtlas(fc.array(randomEvent, { maxLength: 40 })),
				fc.array(randomCriteria, { minLength: 1, maxLength: 4 }),
				(atlas, criteria) => {
					const idx = buildIndex(atlas);
					// The same atlas as compact columns, indexed as a worker does it.
					const columns = atlasToColumns(atlas);
					const compact = buildIndex(atlasFromColumns(columns, buildIndexCore(columns.core)));
					expect(idx.scaled).toBeUndefined();
					expect(compact.scaled).toBeDefined();
					for (const c of criteria) {
						expectSameAsScan(atlas, idx, c);
						expectSameAsScan(atlas, compact, c);
					}
				}
			),
			{ numRuns: 150, seed: 42 }
		);
	});

	it("on a synthetic atlas larger than the index's checkpoints (seeded windows)", async () => {
		const atlas = synthAtlas(await loadReference(), { events: 3000, seed: 7 });
		const columns = atlasToColumns(atlas);
		const core = buildIndexCore(columns.core);
		const idx = buildIndex(atlasFromColumns(columns, core));
		expect(idx.scaled).toBeDefined();
		expect(core.count).toBeGreaterThan(core.coverBlock * 4);
		fc.assert(
			fc.property(
				fc.tuple(dayInRange, fc.integer({ min: 0, max: 400 })),
				fc.constantFrom<Partial<Criteria>>(
					{},
					{},
					{ countries: ['KAZ'] },
					{ kinds: ['workshop'], orgs: ['osce'] }
				),
				([from, len], patch) =>
					expectSameAsScan(atlas, idx, { ...NO_CRITERIA, ...patch, window: [from, from + len] })
			),
			{ numRuns: 40, seed: 7 }
		);
	}, 60_000);
});

describe('eventsMeetingWindow: binary search equals a full scan', () => {
	it('for random atlases and windows (seeded)', () => {
		fc.assert(
			fc.property(
				randomAtlas(fc.array(randomEvent, { maxLength: 60 })),
				dayInRange,
				fc.integer({ min: 0, max: 300 }),
				(atlas, from, len) => {
					const window: DayWindow = [from, from + len];
					const columns = atlasToColumns(atlas);
					const compact = buildIndex(atlasFromColumns(columns, buildIndexCore(columns.core)));
					for (const idx of [buildIndex(atlas), compact]) {
						const slow = idx.events.filter(
							(e) => e.span.end >= window[0] && e.span.start <= window[1]
						);
						expect(ids(eventsMeetingWindow(idx, window))).toEqual(ids(slow));
					}
				}
			),
			{ numRuns: 200, seed: 42 }
		);
	});
});

import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { curatedAtlas } from '../test/curated';
import { buildIndex, type AtlasIndex } from './atlas-index';
import { dayNumber, parseEdtf } from './edtf';
import {
	NO_CRITERIA,
	eventsMeetingWindow,
	facetCounts,
	filterEvents,
	windowMembership,
	type Criteria,
	type DayWindow
} from './filter';
import type { Atlas } from './types';

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

describe('eventsMeetingWindow: binary search equals a full scan', () => {
	it('for random spans and windows (seeded)', () => {
		const span = fc
			.record({
				start: fc.integer({ min: 13500, max: 14300 }),
				len: fc.integer({ min: 0, max: 400 })
			})
			.map(({ start, len }) => ({ start, end: start + len }));
		fc.assert(
			fc.property(fc.array(span, { maxLength: 60 }), span, (spans, w) => {
				const atlas = {
					events: [],
					sources: [],
					places: [],
					organisations: [],
					people: [],
					mentions: [],
					version: 1
				} as unknown as Atlas;
				const idx = buildIndex(atlas);
				idx.events = spans
					.map(
						(s, i) =>
							({ ...idx.events[0]!, order: i, event: { id: `e${i}` }, span: { ...s } }) as never
					)
					.sort(
						(a: { span: { start: number } }, b: { span: { start: number } }) =>
							a.span.start - b.span.start
					);
				idx.maxSpanDays = Math.max(0, ...spans.map((s) => s.end - s.start));
				const window: DayWindow = [w.start, w.end];
				const fast = ids(eventsMeetingWindow(idx, window)).sort();
				const slow = ids(
					idx.events.filter((e) => e.span.end >= window[0] && e.span.start <= window[1])
				).sort();
				expect(fast).toEqual(slow);
			}),
			{ numRuns: 300, seed: 42 }
		);
	});
});

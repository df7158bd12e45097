import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumber, daysInMonth } from '../model/edtf';
import {
	DEFAULT_VIEW,
	noticeText,
	parseQuery,
	resolveView,
	serializeView,
	windowOf,
	type Catalog,
	type ViewState
} from './view-state';

const view = (patch: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW, ...patch });

const catalog: Catalog = {
	events: new Set(['osce-workshop-uzbekistan-2008', 'aect-special-meeting-vienna-2008']),
	places: new Set(['KAZ', 'UZB', 'ISR', 'vienna']),
	countries: new Set(['KAZ', 'UZB', 'ISR']),
	orgs: new Set(['osce', 'unodc']),
	kinds: new Set(['workshop', 'conference', 'meeting']),
	sources: new Set(['osce-2008-05-16', 'ifrc-2008-09-24']),
	domain: [dayNumber(2007, 1, 1), dayNumber(2008, 12, 31)]
};

describe('parseQuery: well-formed links', () => {
	it.each([
		['', DEFAULT_VIEW],
		['?from=2008-01&to=2008-06', view({ from: '2008-01', to: '2008-06' })],
		['event=osce-workshop-uzbekistan-2008', view({ event: 'osce-workshop-uzbekistan-2008' })],
		['place=KAZ', view({ place: 'KAZ' })],
		['countries=UZB,KAZ', view({ countries: ['KAZ', 'UZB'] })],
		['countries=kaz,,KAZ', view({ countries: ['KAZ'] })],
		[
			'orgs=osce,unodc&kinds=workshop,conference',
			view({ orgs: ['osce', 'unodc'], kinds: ['conference', 'workshop'] })
		],
		['q=%20human%20%20smuggling%20', view({ q: 'human smuggling' })],
		['q=a+b', view({ q: 'a b' })],
		['map=4/41.3/64.5', view({ map: { zoom: 4, lat: 41.3, lon: 64.5 } })],
		['view=list', view({ view: 'list' })],
		['read=osce-2008-05-16', view({ read: 'osce-2008-05-16' })],
		['data=/bench/atlas-100k.json', view({ data: '/bench/atlas-100k.json' })],
		['from=2008', view({ from: '2008' })],
		['to=2007-12-31', view({ to: '2007-12-31' })],
		['from=2008-02-29&to=2008-02-29', view({ from: '2008-02-29', to: '2008-02-29' })]
	])('%s', (search, state) => {
		expect(parseQuery(search)).toEqual({ state, notices: [] });
	});
});

describe('parseQuery: malformed values are left out with a notice, the rest applies', () => {
	it.each([
		[
			'from=2008-13&q=osce',
			'from=2008-13: "2008-13" has month 13; months run from 01 to 12',
			view({ q: 'osce' })
		],
		[
			'from=2007-02-29',
			'from=2007-02-29: "2007-02-29" has day 29; February 2007 has 28 days',
			DEFAULT_VIEW
		],
		[
			'to=yesterday',
			'to=yesterday: "yesterday" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD',
			DEFAULT_VIEW
		],
		['from=0999', 'from=0999: year 999 is out of range', DEFAULT_VIEW],
		[
			'from=2008&to=2007',
			'from=2008: is after to=2007; the time window was left out',
			DEFAULT_VIEW
		],
		[
			'from=2008-06-02&to=2008-06-01',
			'from=2008-06-02: is after to=2008-06-01; the time window was left out',
			DEFAULT_VIEW
		],
		['event=<script>alert(1)</script>', 'event=<script>alert(1)</script>: not an id', DEFAULT_VIEW],
		['place=a b', 'place=a b: not an id', DEFAULT_VIEW],
		[
			'countries=KAZ,KAZAKHSTAN',
			'countries=KAZAKHSTAN: not an ISO 3166-1 alpha-3 country code',
			view({ countries: ['KAZ'] })
		],
		['orgs=OSCE', 'orgs=OSCE: not an id', DEFAULT_VIEW],
		['kinds=work shop', 'kinds=work shop: not an id', DEFAULT_VIEW],
		['map=4/91/64', 'map=4/91/64: latitude 91 is off the map (±85.0511)', DEFAULT_VIEW],
		[
			'map=javascript:alert(1)',
			'map=javascript:alert(1): expected zoom/latitude/longitude, e.g. 4/41.3/64.5',
			DEFAULT_VIEW
		],
		['view=globe', 'view=globe: must be map or list', DEFAULT_VIEW],
		[
			'data=https://evil.example/atlas.json',
			'data=https://evil.example/atlas.json: must be a path on this site, such as /bench/atlas-100k.json',
			DEFAULT_VIEW
		],
		[
			'data=//evil.example/a.json',
			'data=//evil.example/a.json: must be a path on this site, such as /bench/atlas-100k.json',
			DEFAULT_VIEW
		],
		[
			'data=/../etc/passwd',
			'data=/../etc/passwd: must be a path on this site, such as /bench/atlas-100k.json',
			DEFAULT_VIEW
		],
		['contries=KAZ', 'contries=KAZ: not a parameter of the atlas', DEFAULT_VIEW],
		[
			'from=2007&from=2008',
			'from=2008: given more than once; the first was used',
			view({ from: '2007' })
		],
		['q=' + 'x'.repeat(201), `q=${'x'.repeat(57)}…: longer than 200 characters`, DEFAULT_VIEW]
	])('%s', (search, notice, state) => {
		const parsed = parseQuery(search);
		expect(parsed.notices.map(noticeText)).toEqual([notice]);
		expect(parsed.state).toEqual(state);
	});

	it.each([
		[
			'q=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
			'q=<img src=x onerror=alert(1)>: looks like markup, not words to search for'
		],
		['q=%3C/script%3E', 'q=</script>: looks like markup, not words to search for'],
		['q=%3C!--x--%3E', 'q=<!--x-->: looks like markup, not words to search for'],
		['q=%26lt%3Bb%26gt%3B', 'q=&lt;b&gt;: looks like markup, not words to search for']
	])('leaves out markup in free text: %s', (search, notice) => {
		const parsed = parseQuery(search);
		expect(parsed.notices.map(noticeText)).toEqual([notice]);
		expect(parsed.state.q).toBe('');
	});

	it.each(['a < b', 'cost > 5', 'R&D', '3<4'])(
		'keeps ordinary words with < > & as text: %j',
		(q) => {
			expect(parseQuery(`q=${encodeURIComponent(q)}`).state.q).toBe(q);
		}
	);
});

describe('resolveView: ids the dataset does not have', () => {
	it.each([
		[
			'event=osce-workshop-uzbekistn-2008',
			'event=osce-workshop-uzbekistn-2008: no such event in the atlas',
			{}
		],
		['place=XYZ', 'place=XYZ: no such place in the atlas', {}],
		['read=osce-2009', 'read=osce-2009: no such source in the atlas', {}],
		['countries=KAZ,FRA', 'countries=FRA: no such country in the atlas', { countries: ['KAZ'] }],
		['orgs=osce,interpol', 'orgs=interpol: no such organisation in the atlas', { orgs: ['osce'] }],
		['kinds=webinar', 'kinds=webinar: no such kind of event in the atlas', {}],
		['sources=osce', 'sources=osce: no such source in the atlas', {}],
		['from=1999&to=2000', 'from=1999&to=2000: the time window lies outside the atlas’s dates', {}],
		['from=2010', 'from=2010: the time window lies outside the atlas’s dates', {}]
	])('%s', (search, notice, patch) => {
		const parsed = parseQuery(search);
		expect(parsed.notices).toEqual([]);
		const resolved = resolveView(parsed.state, catalog);
		expect(resolved.notices.map(noticeText)).toEqual([notice]);
		expect(resolved.state).toEqual(view(patch));
	});

	it('keeps a window that overlaps the atlas’s dates', () => {
		const { state, notices } = resolveView(parseQuery('from=2006-06&to=2007-03').state, catalog);
		expect(notices).toEqual([]);
		expect(state).toMatchObject({ from: '2006-06', to: '2007-03' });
	});
});

describe('windowOf: inclusive days', () => {
	it.each([
		[{ from: '2008-01', to: '2008-06' }, [dayNumber(2008, 1, 1), dayNumber(2008, 6, 30)]],
		[{ from: '2007', to: '2007' }, [dayNumber(2007, 1, 1), dayNumber(2007, 12, 31)]],
		[{ from: '2008-02', to: '2008-02' }, [dayNumber(2008, 2, 1), dayNumber(2008, 2, 29)]],
		[{ from: null, to: '2007-06-15' }, [-Infinity, dayNumber(2007, 6, 15)]],
		[{ from: '2008-05-16', to: null }, [dayNumber(2008, 5, 16), Infinity]],
		[{ from: null, to: null }, null]
	])('%j', (state, window) => {
		expect(windowOf(state)).toEqual(window);
	});
});

describe('serializeView', () => {
	it('leaves defaults out and writes parameters in a fixed, readable order', () => {
		expect(serializeView(DEFAULT_VIEW)).toBe('');
		expect(
			serializeView(
				view({
					view: 'list',
					countries: ['UZB', 'KAZ'],
					q: 'migrant smuggling',
					to: '2008-06',
					from: '2008-01',
					map: { zoom: 4, lat: 41.3, lon: 64.5 },
					event: 'osce-workshop-uzbekistan-2008'
				})
			)
		).toBe(
			'from=2008-01&to=2008-06&event=osce-workshop-uzbekistan-2008&countries=KAZ,UZB&q=migrant%20smuggling&map=4/41.3/64.5&view=list'
		);
	});

	it('escapes what would break the query string', () => {
		expect(serializeView(view({ q: 'a&b=c #d+e' }))).toBe('q=a%26b%3Dc%20%23d%2Be');
	});
});

// ---- Properties ---------------------------------------------------------------------------

const slug = fc.stringMatching(/^[a-z0-9]{1,8}(?:-[a-z0-9]{1,8}){0,3}$/);
const dateText = fc
	.record({
		y: fc.integer({ min: 1000, max: 2999 }),
		m: fc.integer({ min: 1, max: 12 }),
		d: fc.integer({ min: 1, max: 31 }),
		p: fc.constantFrom(0, 1, 2)
	})
	.map(({ y, m, d, p }) => {
		const yy = String(y);
		const mm = String(m).padStart(2, '0');
		const dd = String(Math.min(d, daysInMonth(y, m))).padStart(2, '0');
		return p === 0 ? yy : p === 1 ? `${yy}-${mm}` : `${yy}-${mm}-${dd}`;
	});
const sortedUnique = (arb: fc.Arbitrary<string>) =>
	fc.uniqueArray(arb, { maxLength: 4 }).map((a) => [...a].sort());
const camera = fc
	.record({
		zoom: fc.double({ min: 0, max: 12, noNaN: true }),
		lat: fc.double({ min: -85, max: 85, noNaN: true }),
		lon: fc.double({ min: -180, max: 180, noNaN: true })
	})
	.map(
		(c) => parseQuery(`map=${c.zoom.toFixed(2)}/${c.lat.toFixed(4)}/${c.lon.toFixed(4)}`).state.map
	);

const validState: fc.Arbitrary<ViewState> = fc
	.record({
		from: fc.option(dateText, { nil: null }),
		to: fc.option(dateText, { nil: null }),
		event: fc.option(slug, { nil: null }),
		place: fc.option(fc.oneof(slug, fc.stringMatching(/^[A-Z]{3}$/)), { nil: null }),
		read: fc.option(slug, { nil: null }),
		countries: sortedUnique(fc.stringMatching(/^[A-Z]{3}$/)),
		orgs: sortedUnique(slug),
		kinds: sortedUnique(slug),
		sources: sortedUnique(slug),
		q: fc
			.string({ maxLength: 40, unit: 'grapheme' })
			.map((q) =>
				q
					.replace(/\p{Cc}/gu, ' ')
					.replace(/\s+/g, ' ')
					.trim()
			)
			// Markup is refused on purpose (see above): not a valid state.
			.filter((q) => !/<[/?]?[a-z]|<!|&#?[a-z0-9]+;/i.test(q)),
		map: fc.option(camera, { nil: null }).map((c) => c ?? null),
		view: fc.constantFrom('map' as const, 'list' as const),
		data: fc.option(fc.stringMatching(/^\/[a-z0-9]{1,8}(?:\/[a-z0-9-]{1,8}){0,2}\.json$/), {
			nil: null
		})
	})
	.map((s) => {
		const w = windowOf(s);
		return w && w[0] > w[1] ? { ...s, from: s.to, to: s.from } : s;
	})
	.filter((s) => {
		const w = windowOf(s);
		return !w || w[0] <= w[1];
	});

describe('properties', () => {
	it('parse(serialize(s)) equals s for every valid state', () => {
		fc.assert(
			fc.property(validState, (s) => {
				const parsed = parseQuery(serializeView(s));
				expect(parsed.notices).toEqual([]);
				expect(parsed.state).toEqual(s);
			}),
			{ numRuns: 500, seed: 20070101 }
		);
	});

	it('parse never throws, whatever the string', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 200, unit: 'binary' }), (search) => {
				const parsed = parseQuery(search);
				resolveView(parsed.state, catalog);
				serializeView(parsed.state);
			}),
			{ numRuns: 2000, seed: 20081231 }
		);
	});

	it('parse never throws on strings made of the URL’s own pieces', () => {
		const piece = fc.constantFrom(
			'from',
			'to',
			'event',
			'map',
			'countries',
			'q',
			'view',
			'=',
			'&',
			',',
			'/',
			'%',
			'%2',
			'2008',
			'-',
			'..',
			'<',
			'>',
			'"',
			'?',
			'#',
			' '
		);
		fc.assert(
			fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
				const parsed = parseQuery(pieces.join(''));
				expect(() => serializeView(parsed.state)).not.toThrow();
			}),
			{ numRuns: 2000, seed: 7 }
		);
	});
});

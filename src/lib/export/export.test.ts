import { csvParse } from 'd3';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildIndex, type AtlasIndex } from '../model/atlas-index';
import { NO_CRITERIA, filterEvents } from '../model/filter';
import { curatedAtlas } from '../test/curated';
import { DEFAULT_VIEW, type ViewState } from '../url/view-state';
import {
	CSV_COLUMNS,
	eventsToCsv,
	eventsToGeoJson,
	exportFileName,
	spreadsheetSafe
} from './export';

let index: AtlasIndex;
beforeAll(async () => {
	index = buildIndex(await curatedAtlas());
});

const URL_ = 'http://localhost:4173/?countries=KAZ';

describe('CSV export', () => {
	it('parses back to one row per event in view, with citations and the view’s link', () => {
		const events = filterEvents(index, { ...NO_CRITERIA, countries: ['KAZ'] }).inView;
		const rows = csvParse(eventsToCsv(events, index, URL_));
		expect(rows.columns).toEqual([...CSV_COLUMNS]);
		expect(rows.map((r) => r.id)).toEqual([
			'osce-workshop-uzbekistan-2008',
			'aect-special-meeting-vienna-2008'
		]);
		const workshop = rows[0]!;
		expect(workshop).toMatchObject({
			date: '2008-05-16',
			date_in_words: 'on or before 16 May 2008',
			date_basis: 'reported',
			place: 'Uzbekistan (city not stated)',
			place_precision: 'country',
			view_url: URL_
		});
		const citations = JSON.parse(workshop.citations!);
		const text = index.sourceById.get('osce-2008-05-16')!.text;
		for (const c of citations) expect(text.slice(c.start, c.end)).toBe(c.quote);
		expect(citations[1].quote).toMatch(/^Participants included government representatives/);
	});

	it('leaves the coordinates of an unstated place empty', () => {
		const conf = index.eventById.get('red-cross-red-crescent-30th-international-conference-2007')!;
		const [row] = csvParse(eventsToCsv([conf], index, URL_));
		expect([row!.longitude, row!.latitude, row!.place]).toEqual(['', '', 'Place not stated']);
	});

	it.each([
		['=HYPERLINK("x")', `'=HYPERLINK("x")`],
		['+1', `'+1`],
		['@cmd', `'@cmd`],
		['-2', `'-2`],
		['Workshop', 'Workshop']
	])('keeps spreadsheets from running %j as a formula', (text, safe) => {
		expect(spreadsheetSafe(text)).toBe(safe);
	});
});

describe('GeoJSON export', () => {
	it('places city and country events, leaves the unstated one without geometry, and says so', () => {
		const fc = eventsToGeoJson(index.events, index, URL_);
		expect(fc.metadata.view_url).toBe(URL_);
		expect(
			fc.features.map((f) => [f.id, f.geometry?.type ?? null, f.properties.place_precision])
		).toEqual([
			['red-cross-regional-conference-istanbul-2007', 'Point', 'city'],
			['red-cross-red-crescent-30th-international-conference-2007', null, 'unstated'],
			['osce-workshop-uzbekistan-2008', 'Point', 'country'],
			['aect-special-meeting-vienna-2008', 'Point', 'city']
		]);
		expect(fc.features[3]!.geometry!.coordinates).toEqual([16.3738, 48.2082]);
		expect(fc.features[2]!.properties.participants).toContainEqual({
			kind: 'country',
			id: 'NOR',
			name: 'Norway',
			role: 'funder'
		});
	});
});

describe('exportFileName', () => {
	const view = (patch: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW, ...patch });
	it.each([
		[view({}), 'trafficking-atlas.csv'],
		[view({ from: '2008', to: '2008' }), 'trafficking-atlas_2008.csv'],
		[
			view({ from: '2008-01', to: '2008-06', countries: ['KAZ', 'UZB'] }),
			'trafficking-atlas_2008-01-to-2008-06_KAZ-UZB.csv'
		],
		[
			view({ to: '2007-12', kinds: ['workshop'] }),
			'trafficking-atlas_start-to-2007-12_workshop.csv'
		],
		[
			view({ q: 'Migrant Smuggling / Türkiye' }),
			'trafficking-atlas_q-migrant-smuggling-turkiye.csv'
		]
	])('%j → %s', (state, name) => {
		expect(exportFileName(state, 'csv')).toBe(name);
	});

	it('stays a safe, short file name whatever the query', () => {
		const name = exportFileName(view({ q: '<script>'.repeat(40) }), 'geojson');
		expect(name).toMatch(/^[A-Za-z0-9_-]+\.geojson$/);
		expect(name.length).toBeLessThanOrEqual(128);
	});
});

import { beforeAll, describe, expect, it } from 'vitest';
import { buildIndex, type AtlasIndex } from '../model/atlas-index';
import { curatedAtlas } from '../test/curated';
import { distanceKm, eventLinks, greatCircle, unwrap } from './arcs';

let index: AtlasIndex;
beforeAll(async () => {
	index = buildIndex(await curatedAtlas());
});

const maxStep = (line: [number, number][]) =>
	Math.max(...line.slice(1).map((p, i) => Math.abs(p[0] - line[i]![0])));

describe('greatCircle', () => {
	it('starts and ends at the two points', () => {
		const line = greatCircle([9.93, 61.51], [64.03, 41.54]);
		expect(line[0]).toEqual([9.93, 61.51]);
		expect(line[line.length - 1]).toEqual([64.03, 41.54]);
	});

	it('bows towards the pole, as a great circle does on a Mercator map', () => {
		// Oslo to Tashkent: the middle of the great circle lies north of the straight line.
		const line = greatCircle([10.75, 59.91], [69.24, 41.3]);
		const mid = line[Math.floor(line.length / 2)]!;
		const straight = 59.91 + ((mid[0] - 10.75) / (69.24 - 10.75)) * (41.3 - 59.91);
		expect(mid[1]).toBeGreaterThan(straight + 2);
	});

	it('samples finely enough to look smooth (a point every 1.5° of arc or closer)', () => {
		const line = greatCircle([-98.13, 39.1], [64.03, 41.54]);
		const arc = distanceKm([-98.13, 39.1], [64.03, 41.54]) / 111.2;
		expect(line.length).toBeGreaterThanOrEqual(Math.ceil(arc / 1.5) + 1);
	});

	it('crosses the antimeridian without a jump, ending at the venue’s own longitude', () => {
		// Alaska to Tokyo: the line goes west over the Bering Sea.
		const line = greatCircle([-150, 61], [139.7, 35.7]);
		expect(maxStep(line)).toBeLessThan(10);
		expect(line[line.length - 1]).toEqual([139.7, 35.7]);
		expect(line[0]![0]).toBeCloseTo(210, 5); // the start moves by a whole turn instead
	});

	it('draws a point to itself as a single, zero-length segment', () => {
		expect(greatCircle([10, 10], [10, 10])).toEqual([
			[10, 10],
			[10, 10]
		]);
	});
});

describe('unwrap', () => {
	it('keeps neighbouring longitudes within 180° of each other', () => {
		expect(
			unwrap([
				[170, 0],
				[-175, 1],
				[-160, 2]
			])
		).toEqual([
			[170, 0],
			[185, 1],
			[200, 2]
		]);
	});
});

describe('eventLinks', () => {
	it('joins the workshop’s ten other participants and Norway to Uzbekistan, Norway’s dashed', () => {
		const e = index.eventById.get('osce-workshop-uzbekistan-2008')!;
		const lines = eventLinks(e, index);
		const byCountry = new Map(lines.features.map((f) => [f.properties.country, f.properties]));
		expect([...byCountry.keys()].sort()).toEqual(
			['ARE', 'ISR', 'KAZ', 'KGZ', 'NOR', 'RUS', 'THA', 'TJK', 'TKM', 'TUR', 'USA'].sort()
		);
		expect(byCountry.has('UZB')).toBe(false); // the venue's own country has no line
		expect(byCountry.get('NOR')!.kind).toBe('funder');
		expect(lines.features.filter((f) => f.properties.kind === 'funder')).toHaveLength(1);
		const venue = e.venue.point!;
		for (const f of lines.features) {
			const end = f.geometry.coordinates[f.geometry.coordinates.length - 1]!;
			expect(end).toEqual([venue[0], venue[1]]);
			expect(maxStep(f.geometry.coordinates as [number, number][])).toBeLessThan(10);
		}
	});

	it('joins Kazakhstan (through its Red Crescent Society) to Vienna', () => {
		const e = index.eventById.get('aect-special-meeting-vienna-2008')!;
		const lines = eventLinks(e, index);
		expect(lines.features.map((f) => f.properties.country)).toEqual(['KAZ']);
	});

	it('draws nothing for an event whose place is not stated', () => {
		const e = index.eventById.get('red-cross-red-crescent-30th-international-conference-2007')!;
		expect(eventLinks(e, index).features).toEqual([]);
	});
});

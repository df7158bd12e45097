import type { MultiPolygon, Polygon, Position } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCountryGeometry } from '../../../scripts/data/build.ts';
import { MERCATOR_LIMIT, mendRing, representativePoint } from './geometry';

type Countries = Awaited<ReturnType<typeof loadCountryGeometry>>;
let countries: Countries;

beforeAll(async () => {
	countries = await loadCountryGeometry('50m');
});

const rings = (g: Polygon | MultiPolygon): Position[][] =>
	g.type === 'Polygon' ? g.coordinates : g.coordinates.flat();

/** The largest step in longitude between neighbouring points, except along the pole's edge. */
function largestJump(g: Polygon | MultiPolygon): number {
	let jump = 0;
	for (const r of rings(g)) {
		for (let i = 1; i < r.length; i++) {
			const alongPole = Math.abs(r[i]![1]!) > 85.05 && Math.abs(r[i - 1]![1]!) > 85.05;
			if (!alongPole) jump = Math.max(jump, Math.abs(r[i]![0]! - r[i - 1]![0]!));
		}
	}
	return jump;
}

const country = (iso3: string) => countries.features.find((f) => f.properties.iso3 === iso3)!;

describe('mendRing', () => {
	it('unwraps a ring that crosses the antimeridian instead of streaking across the map', () => {
		const ring = [
			[179, 10],
			[-179, 10],
			[-179, 12],
			[179, 12],
			[179, 10]
		];
		expect(mendRing(ring)).toEqual([
			[179, 10],
			[181, 10],
			[181, 12],
			[179, 12],
			[179, 10]
		]);
	});

	it('closes a ring that circles the South Pole along the bottom of the map', () => {
		const ring = [
			[-180, -70],
			[-90, -72],
			[0, -70],
			[90, -72],
			[180, -70]
		];
		const mended = mendRing(ring);
		expect(mended.slice(-3)).toEqual([
			[180, -MERCATOR_LIMIT],
			[-180, -MERCATOR_LIMIT],
			[-180, -70]
		]);
		expect(mended[0]).toEqual(mended[mended.length - 1]);
	});

	it('leaves an ordinary ring as it is', () => {
		const ring = [
			[60, 40],
			[70, 40],
			[70, 45],
			[60, 40]
		];
		expect(mendRing(ring)).toEqual(ring);
	});
});

describe('world-atlas countries, mended', () => {
	it.each(['RUS', 'FJI', 'ATA', 'USA', 'NZL', 'KIR'])(
		'%s has no ring that jumps across the map',
		(iso3) => {
			expect(largestJump(country(iso3).geometry)).toBeLessThan(180);
		}
	);

	it('Russia reaches past 180° east to Chukotka, instead of wrapping to -180', () => {
		const lons = rings(country('RUS').geometry)
			.flat()
			.map((p) => p[0]!);
		expect(Math.max(...lons)).toBeGreaterThan(180);
		expect(Math.min(...lons)).toBeGreaterThan(0); // no part of Russia drawn apart, at -170
	});

	it.each([
		// A country split at the antimeridian would span about 360°.
		['FJI', 10],
		['USA', 125], // the Aleutians by Alaska, not across the map
		['RUS', 175] // Kaliningrad (19.6°E) to Chukotka (169.6°W, drawn at 190.4°)
	] as const)('%s’s parts lie together (span under %i° of longitude)', (iso3, span) => {
		const lons = rings(country(iso3).geometry)
			.flat()
			.map((p) => p[0]!);
		expect(Math.max(...lons) - Math.min(...lons)).toBeLessThan(span);
	});

	it('Antarctica is closed along the bottom of the map and fills only the south', () => {
		const all = rings(country('ATA').geometry).flat();
		expect(Math.max(...all.map((p) => p[1]!))).toBeLessThan(-60);
		expect(Math.min(...all.map((p) => p[1]!))).toBeCloseTo(-MERCATOR_LIMIT, 3);
	});

	it('no latitude lies beyond the end of Web Mercator', () => {
		// One assertion over the largest latitude (100,000 points, one expect each, took seconds).
		let largest = 0;
		for (const f of countries.features) {
			for (const p of rings(f.geometry).flat()) largest = Math.max(largest, Math.abs(p[1]!));
		}
		expect(largest).toBeLessThanOrEqual(MERCATOR_LIMIT);
		expect(largest).toBeGreaterThan(85); // Antarctica's ring closes along the limit
	});

	it('gives every country of the atlas an ISO alpha-3 code', () => {
		const codes = new Set(countries.features.map((f) => f.properties.iso3));
		for (const iso3 of [
			'KAZ',
			'KGZ',
			'TJK',
			'TKM',
			'UZB',
			'RUS',
			'ISR',
			'THA',
			'TUR',
			'ARE',
			'USA',
			'NOR',
			'AUT'
		]) {
			expect(codes).toContain(iso3);
		}
	});
});

describe('representativePoint', () => {
	it.each([
		// iso3, and a box the point must fall in
		['UZB', [56, 37, 73.2, 45.6]],
		['NOR', [4.5, 57.9, 31.2, 71.2]], // mainland, not Svalbard
		['USA', [-125, 24, -66, 49.5]], // the lower 48, not Alaska
		['RUS', [27, 41, 180, 78]]
	] as const)('%s falls inside its largest part', (iso3, [w, s, e, n]) => {
		const [lon, lat] = representativePoint(country(iso3).geometry);
		expect(lon).toBeGreaterThan(w);
		expect(lon).toBeLessThan(e);
		expect(lat).toBeGreaterThan(s);
		expect(lat).toBeLessThan(n);
	});
});

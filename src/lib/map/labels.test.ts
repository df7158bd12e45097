import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { CountryProperties } from './geometry';
import { atlasCountryPoints, labelPoints, rankOf } from './labels';

const square = (x: number, y: number, size: number): Polygon => ({
	type: 'Polygon',
	coordinates: [
		[
			[x, y],
			[x + size, y],
			[x + size, y + size],
			[x, y + size],
			[x, y]
		]
	]
});

const countries: FeatureCollection<Polygon | MultiPolygon, CountryProperties> = {
	type: 'FeatureCollection',
	features: [
		{ type: 'Feature', properties: { iso3: 'BIG', name: 'Big' }, geometry: square(0, 0, 10) },
		{ type: 'Feature', properties: { iso3: 'SML', name: 'Small' }, geometry: square(20, 0, 1) },
		{ type: 'Feature', properties: { iso3: 'SML', name: 'Small' }, geometry: square(30, 0, 0.5) },
		{ type: 'Feature', properties: { iso3: '', name: '' }, geometry: square(40, 0, 1) }
	]
};

describe('labelPoints', () => {
	it('names each country once, inside its largest part, larger countries first', () => {
		const labels = labelPoints(countries, new Map());
		expect(labels.features.map((f) => f.properties.name)).toEqual(['Big', 'Small']);
		const [big, small] = labels.features;
		expect(big!.geometry.coordinates[0]).toBeCloseTo(5, 0);
		expect(big!.properties.sort).toBeLessThan(small!.properties.sort);
		expect(big!.properties.rank).toBe(1);
		expect(small!.properties.rank).toBe(3);
		expect(labels.features.map((f) => f.id)).toEqual([0, 1]); // the countries' own ids
	});

	it('uses the atlas’s own point, names the atlas’s countries a rank earlier, moves names off marks', () => {
		const labels = labelPoints(countries, new Map([['SML', [20.2, 0.3]]]), new Set(['SML']));
		const small = labels.features.find((f) => f.properties.iso3 === 'SML')!;
		expect(small.geometry.coordinates).toEqual([20.2, 0.3]);
		expect(small.properties.rank).toBe(2);
		expect(small.properties.marked).toBe(true);
		expect(small.properties.sort).toBeLessThan(
			labels.features.find((f) => f.properties.iso3 === 'BIG')!.properties.sort
		);
	});
});

describe('rankOf and atlasCountryPoints', () => {
	it('ranks by area', () => {
		expect([rankOf(100), rankOf(10), rankOf(1)]).toEqual([1, 2, 3]);
	});

	it('keeps the countries’ points only', () => {
		const points = atlasCountryPoints([
			{ id: 'UZB', kind: 'country', point: [64, 41.5] },
			{ id: 'vienna', kind: 'city' }
		]);
		expect([...points.keys()]).toEqual(['UZB']);
	});
});

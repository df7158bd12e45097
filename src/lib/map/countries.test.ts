import type { FeatureCollection, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { topology } from 'topojson-server';
import { toCountries, type CountriesTopology } from './countries';

const box = (x: number) => ({
	type: 'Polygon' as const,
	coordinates: [
		[
			[x, 0],
			[x + 1, 0],
			[x + 1, 1],
			[x, 1],
			[x, 0]
		]
	]
});

describe('toCountries', () => {
	it('numbers the features for feature-state and indexes them by ISO code', () => {
		const collection: FeatureCollection<Polygon, { iso3: string; name: string }> = {
			type: 'FeatureCollection',
			features: [
				{ type: 'Feature', properties: { iso3: 'AUS', name: 'Australia' }, geometry: box(0) },
				{ type: 'Feature', properties: { iso3: 'UZB', name: 'Uzbekistan' }, geometry: box(2) },
				{ type: 'Feature', properties: { iso3: 'AUS', name: 'Australia' }, geometry: box(4) },
				{ type: 'Feature', properties: { iso3: '', name: 'N. Cyprus' }, geometry: box(6) }
			]
		};
		const topo = topology({ countries: collection }) as unknown as CountriesTopology;
		const { countries, ids } = toCountries(topo);
		expect(countries.features.map((f) => f.id)).toEqual([0, 1, 2, 3]);
		expect(Object.fromEntries(ids)).toEqual({ AUS: [0, 2], UZB: [1] });
		expect(countries.features[3]!.properties).toEqual({ iso3: '', name: 'N. Cyprus' });
	});
});

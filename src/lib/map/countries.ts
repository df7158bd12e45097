/**
 * The country shapes, as the site ships them (static/data/countries.topo.json: TopoJSON, object
 * `countries`, properties `{iso3, name}`, already mended at the antimeridian and the poles at
 * build time), turned into GeoJSON with numeric feature ids for feature-state.
 */

import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { CountryProperties } from './geometry';
import type { Countries } from './context.svelte';

export type CountriesTopology = Topology<{ countries: GeometryCollection<CountryProperties> }>;

export function toCountries(topology: CountriesTopology): {
	countries: Countries;
	ids: Map<string, number[]>;
} {
	const collection = feature(topology, topology.objects.countries);
	const features: Feature<Polygon | MultiPolygon, CountryProperties>[] = [];
	const ids = new Map<string, number[]>();
	for (const f of collection.features) {
		if (!f.geometry || (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon'))
			continue;
		const id = features.length;
		const iso3 = f.properties?.iso3 ?? '';
		features.push({
			type: 'Feature',
			id,
			properties: { iso3, name: f.properties?.name ?? '' },
			geometry: f.geometry
		});
		if (iso3) ids.set(iso3, [...(ids.get(iso3) ?? []), id]);
	}
	return { countries: { type: 'FeatureCollection', features }, ids };
}

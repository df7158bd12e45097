/**
 * Where country names go: one point per country, well inside it (the atlas's own
 * representative point where it has one, otherwise the pole of inaccessibility of the country's
 * largest part, found coarsely), ranked by size so that small countries are named only when
 * zoomed in.
 */

import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon, Position } from 'geojson';
import polylabel from 'polylabel';
import type { CountryProperties } from './geometry';

export interface LabelProperties {
	name: string;
	iso3: string;
	/** 1 large, 2 medium, 3 small. */
	rank: 1 | 2 | 3;
	/** Placement order: larger countries first. */
	sort: number;
	/** The country holds a mark at its point: the name goes beside it. */
	marked: boolean;
}

/** Planar area of a ring in square degrees, scaled by cos(latitude) to approximate the sphere. */
export function ringAreaApprox(ring: readonly Position[]): number {
	let sum = 0;
	let lat = 0;
	for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
		sum += (ring[j]![0]! - ring[i]![0]!) * (ring[j]![1]! + ring[i]![1]!);
		lat += ring[i]![1]!;
	}
	const mean = ring.length ? lat / ring.length : 0;
	return Math.abs(sum / 2) * Math.cos((mean * Math.PI) / 180);
}

function largestPolygon(g: Polygon | MultiPolygon): { polygon: Position[][]; area: number } {
	const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
	let best = polygons[0]!;
	let bestArea = -1;
	for (const p of polygons) {
		const a = ringAreaApprox(p[0]!);
		if (a > bestArea) {
			best = p;
			bestArea = a;
		}
	}
	return { polygon: best, area: bestArea };
}

/** Square degrees (cos-scaled) at which a country is ranked large, then medium. */
export const RANK_AREAS = [25, 4] as const;

export function rankOf(area: number): 1 | 2 | 3 {
	return area >= RANK_AREAS[0] ? 1 : area >= RANK_AREAS[1] ? 2 : 3;
}

/**
 * One label point per country feature with a name. `points` gives the atlas's own points by ISO
 * code (those countries are named one rank earlier: they are what the atlas is about); `marked`
 * lists countries whose point holds a mark (the label then goes below the mark).
 */
export function labelPoints(
	countries: FeatureCollection<Polygon | MultiPolygon, CountryProperties>,
	points: ReadonlyMap<string, readonly [number, number]>,
	marked: ReadonlySet<string> = new Set()
): FeatureCollection<Point, LabelProperties> {
	const features: Feature<Point, LabelProperties>[] = [];
	const seen = new Set<string>();
	countries.features.forEach((f, id) => {
		const { name, iso3 } = f.properties;
		if (!name || !f.geometry) return;
		const key = iso3 || name;
		if (seen.has(key)) return; // a country drawn as two features is named once
		seen.add(key);
		const { polygon, area } = largestPolygon(f.geometry);
		let point = iso3 ? points.get(iso3) : undefined;
		if (!point) {
			const [x, y] = polylabel(polygon as [number, number][][], 0.2);
			point = [x!, y!];
		}
		const isMarked = marked.has(iso3);
		const known = points.has(iso3);
		features.push({
			type: 'Feature',
			id,
			properties: {
				name,
				iso3,
				rank: known ? (Math.max(1, rankOf(area) - 1) as 1 | 2 | 3) : rankOf(area),
				// Within a band: countries holding a mark, then the atlas's own, then by size.
				sort: (isMarked ? -2e6 : known ? -1e6 : 0) - area,
				marked: isMarked
			},
			geometry: { type: 'Point', coordinates: [point[0], point[1]] }
		});
	});
	return { type: 'FeatureCollection', features };
}

/** The atlas's own points of countries, by ISO alpha-3. */
export function atlasCountryPoints(
	places: readonly { id: string; kind: string; point?: [number, number] }[]
): Map<string, [number, number]> {
	const points = new Map<string, [number, number]>();
	for (const p of places) if (p.kind === 'country' && p.point) points.set(p.id, p.point);
	return points;
}

/** Countries that hold a diamond (an event there whose city is not stated), in any window. */
export function diamondCountriesOf(
	venues: readonly { precision: string; country: string | null }[]
): Set<string> {
	const marked = new Set<string>();
	for (const v of venues) if (v.precision === 'country' && v.country) marked.add(v.country);
	return marked;
}

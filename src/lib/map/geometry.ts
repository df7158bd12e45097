/**
 * Country geometry for a planar (Web Mercator) map, made once at build time.
 *
 * world-atlas rings are spherical: a ring may jump from 179.9° to -179.9° (the short way round
 * the globe) and Antarctica's outer ring circles the South Pole. Drawn on a plane, such a jump
 * becomes a streak across the whole map and the polar ring fills the wrong half. We unwrap each
 * ring so that consecutive longitudes never differ by more than 180° (MapLibre draws longitudes
 * beyond ±180 on the neighbouring world copy), and close polar rings along the pole.
 */

import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import polylabel from 'polylabel';

/** The latitude at which Web Mercator ends: polar rings are closed along it. */
export const MERCATOR_LIMIT = 85.0511287798066;

type Ring = Position[];

/** Unwraps a closed ring's longitudes; closes it along the pole if it circles one. */
export function mendRing(ring: Ring): Ring {
	if (ring.length < 2) return ring.map((p) => [...p]);
	const out: Ring = [[ring[0]![0]!, ring[0]![1]!]];
	for (let i = 1; i < ring.length; i++) {
		const prev = out[i - 1]![0]!;
		let lon = ring[i]![0]!;
		while (lon - prev > 180) lon -= 360;
		while (lon - prev < -180) lon += 360;
		out.push([lon, ring[i]![1]!]);
	}
	const first = out[0]!;
	const last = out[out.length - 1]!;
	const drift = last[0]! - first[0]!;
	if (Math.abs(drift) > 180) {
		// The ring goes once round a pole. Close it along the nearer pole.
		const meanLat = out.reduce((s, p) => s + p[1]!, 0) / out.length;
		const pole = meanLat < 0 ? -MERCATOR_LIMIT : MERCATOR_LIMIT;
		out.push([last[0]!, pole], [first[0]!, pole], [first[0]!, first[1]!]);
		return clampLatitudes(out);
	}
	// Keep the ring's centre within [-180, 180] so the main world copy holds it.
	const mid = (Math.min(...out.map((p) => p[0]!)) + Math.max(...out.map((p) => p[0]!))) / 2;
	const shift = mid > 180 ? -360 : mid < -180 ? 360 : 0;
	if (shift) for (const p of out) p[0] = p[0]! + shift;
	out[out.length - 1] = [out[0]![0]!, out[0]![1]!];
	return clampLatitudes(out);
}

function clampLatitudes(ring: Ring): Ring {
	for (const p of ring) p[1] = Math.max(-MERCATOR_LIMIT, Math.min(MERCATOR_LIMIT, p[1]!));
	return ring;
}

export function mendGeometry<G extends Polygon | MultiPolygon>(geometry: G): G {
	if (geometry.type === 'Polygon') {
		return { type: 'Polygon', coordinates: geometry.coordinates.map(mendRing) } as G;
	}
	const polygons = geometry.coordinates.map((polygon) => polygon.map(mendRing));
	// Keep a country's parts together: move each part by whole turns to lie within 180° of the
	// largest part, so Chukotka sits east of the rest of Russia and the Aleutians by Alaska.
	let largest = polygons[0]!;
	for (const p of polygons) if (ringArea(p[0]!) > ringArea(largest[0]!)) largest = p;
	const anchor = centreLon(largest[0]!);
	for (const polygon of polygons) {
		const turns = Math.round((anchor - centreLon(polygon[0]!)) / 360);
		if (turns) for (const ring of polygon) for (const p of ring) p[0] = p[0]! + turns * 360;
	}
	return { type: 'MultiPolygon', coordinates: polygons } as G;
}

function centreLon(ring: Ring): number {
	let lo = Infinity;
	let hi = -Infinity;
	for (const p of ring) {
		lo = Math.min(lo, p[0]!);
		hi = Math.max(hi, p[0]!);
	}
	return (lo + hi) / 2;
}

/** Planar area of a ring (absolute, square degrees): enough to rank a country's parts. */
export function ringArea(ring: Ring): number {
	let sum = 0;
	for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
		sum += (ring[j]![0]! - ring[i]![0]!) * (ring[j]![1]! + ring[i]![1]!);
	}
	return Math.abs(sum / 2);
}

/**
 * A point well inside the country (the pole of inaccessibility of its largest part), for
 * country-precision marks and labels. A centroid can fall outside a concave country.
 */
export function representativePoint(geometry: Polygon | MultiPolygon): [number, number] {
	const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
	let best = polygons[0]!;
	for (const p of polygons) if (ringArea(p[0]!) > ringArea(best[0]!)) best = p;
	const [x, y] = polylabel(best as [number, number][][], 0.01);
	return [round(normaliseLon(x!), 3), round(y!, 3)];
}

function normaliseLon(lon: number): number {
	return ((((lon + 180) % 360) + 360) % 360) - 180;
}

export function round(x: number, digits: number): number {
	const f = 10 ** digits;
	return Math.round(x * f) / f;
}

export function roundGeometry<G extends Polygon | MultiPolygon>(geometry: G, digits: number): G {
	const r = (ring: Ring) => {
		const out: Ring = [];
		for (const p of ring) {
			const q = [round(p[0]!, digits), round(p[1]!, digits)];
			const prev = out[out.length - 1];
			if (!prev || prev[0] !== q[0] || prev[1] !== q[1]) out.push(q);
		}
		return out;
	};
	if (geometry.type === 'Polygon') return { ...geometry, coordinates: geometry.coordinates.map(r) };
	return { ...geometry, coordinates: geometry.coordinates.map((p) => p.map(r)) } as G;
}

export interface CountryProperties {
	/** ISO 3166-1 alpha-3, or '' for the few world-atlas shapes without a code. */
	iso3: string;
	name: string;
}

/** Mends and rounds every country; keeps only the properties the map uses. */
export function mendCountries(
	collection: FeatureCollection<Polygon | MultiPolygon | null, { name?: string }>,
	iso3ByNumeric: ReadonlyMap<string, string>,
	digits = 3
): FeatureCollection<Polygon | MultiPolygon, CountryProperties> {
	const features: Feature<Polygon | MultiPolygon, CountryProperties>[] = [];
	for (const f of collection.features) {
		if (!f.geometry) continue;
		const iso3 = f.id === undefined ? '' : (iso3ByNumeric.get(String(f.id)) ?? '');
		features.push({
			type: 'Feature',
			properties: { iso3, name: f.properties?.name ?? '' },
			geometry: roundGeometry(mendGeometry(f.geometry), digits)
		});
	}
	return { type: 'FeatureCollection', features };
}

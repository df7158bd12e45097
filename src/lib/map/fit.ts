/**
 * The first view: the smallest box that holds the event marks in view and the countries that
 * take part in them, leaving out the far-flung few (a participant from another continent would
 * otherwise zoom the map out to the whole world and shrink Central Asia to a few pixels; their
 * lines still run off the edge towards them).
 */

import type { AtlasIndex, IndexedEvent } from '../model/atlas-index';
import { distanceKm, type LonLat } from './arcs';

/** [[west, south], [east, north]] */
export type Bounds = [[number, number], [number, number]];

/** Participants further than this from every venue in view are left out of the first view. */
export const NEAR_KM = 2500;

/**
 * Bounds of the venues of `events` and of the countries they involve that lie within `nearKm`
 * of a venue. With no venue at all, the involved countries; with nothing, null.
 */
export function dataBounds(
	events: readonly IndexedEvent[],
	index: AtlasIndex,
	nearKm = NEAR_KM
): Bounds | null {
	const venues: LonLat[] = [];
	const seenVenue = new Set<string>();
	const countries = new Set<string>();
	for (const e of events) {
		const p = e.venue.point;
		if (p) {
			const key = `${p[0]},${p[1]}`;
			if (!seenVenue.has(key)) {
				seenVenue.add(key);
				venues.push(p);
			}
		}
		for (const c of e.countries) countries.add(c);
	}
	const points: LonLat[] = [...venues];
	for (const c of countries) {
		const p = index.placeById.get(c)?.point;
		if (!p) continue;
		if (venues.length === 0 || venues.some((v) => distanceKm(v, p) <= nearKm)) points.push(p);
	}
	return boundsOf(points);
}

/**
 * The bounds of points, taking the shorter way round the globe: points on both sides of the
 * antimeridian (Chukotka and Alaska) give a box across it, east > 180, not one around the world.
 */
export function boundsOf(points: readonly LonLat[]): Bounds | null {
	if (points.length === 0) return null;
	const lons = points.map((p) => p[0]).sort((a, b) => a - b);
	// The widest gap between neighbouring longitudes (round the circle) is what the box leaves out.
	let gap = lons[0]! + 360 - lons[lons.length - 1]!;
	let west = lons[0]!;
	for (let i = 1; i < lons.length; i++) {
		const g = lons[i]! - lons[i - 1]!;
		if (g > gap) {
			gap = g;
			west = lons[i]!;
		}
	}
	const east = west + (360 - gap);
	let south = Infinity;
	let north = -Infinity;
	for (const p of points) {
		south = Math.min(south, p[1]);
		north = Math.max(north, p[1]);
	}
	return [
		[west, south],
		[east, north]
	];
}

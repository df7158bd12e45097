/**
 * Lines from the countries that take part in an event to its venue: great circles (the
 * shortest way over the globe), sampled finely enough to look smooth on a Web Mercator map, with
 * longitudes unwrapped so that a line crossing the antimeridian does not streak across the map.
 */

import { geoDistance, geoInterpolate } from 'd3-geo';
import type { Feature, FeatureCollection, LineString } from 'geojson';
import type { AtlasIndex, IndexedEvent } from '../model/atlas-index';
import type { ParticipantRole } from '../model/types';

export type LonLat = readonly [number, number];

/** Mean Earth radius (km), for distances in words and tests. */
export const EARTH_RADIUS_KM = 6371;

/** Great-circle distance in kilometres. */
export function distanceKm(a: LonLat, b: LonLat): number {
	return geoDistance(a as [number, number], b as [number, number]) * EARTH_RADIUS_KM;
}

/**
 * Points along the great circle from `a` to `b`, one about every `stepDegrees` of arc (at least
 * two). Longitudes are continuous: they may leave [-180, 180], which MapLibre draws on the
 * neighbouring world copy, instead of jumping by 360°. The end `b` (the venue) keeps its own
 * longitude, so that the line meets the venue's mark; the start moves by whole turns if need be.
 */
export function greatCircle(a: LonLat, b: LonLat, stepDegrees = 1.5): [number, number][] {
	const arc = (geoDistance(a as [number, number], b as [number, number]) * 180) / Math.PI;
	const n = Math.max(1, Math.ceil(arc / stepDegrees));
	const at = geoInterpolate(a as [number, number], b as [number, number]);
	const points: [number, number][] = [];
	for (let i = 0; i <= n; i++) {
		const [lon, lat] = i === 0 ? a : i === n ? b : at(i / n);
		points.push([lon!, lat!]);
	}
	const line = unwrap(points);
	const shift = b[0] - line[line.length - 1]![0];
	if (shift !== 0) for (const p of line) p[0] = round(p[0] + shift);
	return line;
}

/** Makes consecutive longitudes differ by at most 180°, keeping the first point where it is. */
export function unwrap(points: [number, number][]): [number, number][] {
	const out: [number, number][] = [];
	for (const [lon, lat] of points) {
		const prev = out[out.length - 1];
		let x = lon;
		if (prev) {
			while (x - prev[0] > 180) x -= 360;
			while (x - prev[0] < -180) x += 360;
		}
		out.push([round(x), round(lat)]);
	}
	return out;
}

const round = (x: number) => Math.round(x * 1e4) / 1e4;

export type LinkKind = 'funder' | 'participant';

export interface LinkProperties {
	/** The country the line comes from (ISO alpha-3). */
	country: string;
	kind: LinkKind;
	/** The roles the country has in the event, in words order: "funder", "participant, host". */
	roles: string;
}

/**
 * The lines of one event: one per country that takes part (its representative point to the
 * venue), none for the venue's own country, none when the venue is not placed. A country with
 * several roles gets one line, the funder's style winning (it is the rarer, more specific role).
 */
export function eventLinks(
	e: IndexedEvent,
	index: AtlasIndex
): FeatureCollection<LineString, LinkProperties> {
	const features: Feature<LineString, LinkProperties>[] = [];
	const venue = e.venue.point;
	if (venue) {
		const roles = new Map<string, ParticipantRole[]>();
		for (const l of e.links) {
			if (l.country === e.venue.country) continue;
			const list = roles.get(l.country) ?? [];
			if (!list.includes(l.role)) list.push(l.role);
			roles.set(l.country, list);
		}
		for (const [country, list] of roles) {
			const from = index.placeById.get(country)?.point;
			if (!from) continue;
			if (from[0] === venue[0] && from[1] === venue[1]) continue;
			features.push({
				type: 'Feature',
				properties: {
					country,
					kind: list.includes('funder') ? 'funder' : 'participant',
					roles: list.join(', ')
				},
				geometry: { type: 'LineString', coordinates: greatCircle(from, venue) }
			});
		}
	}
	return { type: 'FeatureCollection', features };
}

export const EMPTY_LINES: FeatureCollection<LineString, LinkProperties> = {
	type: 'FeatureCollection',
	features: []
};

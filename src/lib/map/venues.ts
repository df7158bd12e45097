/**
 * Where events are drawn. Events that share a venue (the same city, or the same country when
 * the city is not stated) share one mark, so that marks never hide one another at one place:
 * a mark with several events in view shows their count and opens a list of them.
 *
 * Built once per dataset: the venues, their GeoJSON (one source, never rebuilt while the time
 * window moves) and, for every event, its venue. Each step of the time window only tallies the
 * events in view per venue and updates the marks whose tally changed (feature-state).
 */

import type { Feature, FeatureCollection, Point } from 'geojson';
import type { AtlasIndex, IndexedEvent } from '../model/atlas-index';
import type { FilterResult } from '../model/filter';

export type VenuePrecision = 'city' | 'country';

export interface Venue {
	/** Feature id in the map's source: the position in `VenueIndex.venues`. */
	id: number;
	/** The place id (a city's slug, or a country's ISO alpha-3). */
	place: string;
	precision: VenuePrecision;
	name: string;
	/** The country the venue lies in (ISO alpha-3), when known. */
	country: string | null;
	point: [number, number];
}

export interface VenueIndex {
	venues: Venue[];
	/** Venue id of each event, by the event's `order`; -1 when the event has no point. */
	venueOf: Int32Array;
	/** Venue id by place id. */
	byPlace: ReadonlyMap<string, number>;
}

export interface VenueProperties {
	precision: VenuePrecision;
	name: string;
	place: string;
}

/** Groups the events of a dataset by venue. */
export function buildVenues(index: AtlasIndex): VenueIndex {
	const venues: Venue[] = [];
	const byPlace = new Map<string, number>();
	const venueOf = new Int32Array(index.events.length).fill(-1);
	for (const e of index.events) {
		const { place, point, precision, country } = e.venue;
		if (!place || !point || (precision !== 'city' && precision !== 'country')) continue;
		let id = byPlace.get(place.id);
		if (id === undefined) {
			id = venues.length;
			byPlace.set(place.id, id);
			venues.push({
				id,
				place: place.id,
				precision: place.kind === 'city' ? 'city' : 'country',
				name: place.name,
				country,
				point: [point[0], point[1]]
			});
		}
		venueOf[e.order] = id;
	}
	return { venues, venueOf, byPlace };
}

/** The venues as GeoJSON, with numeric feature ids for feature-state. */
export function venueFeatures(index: VenueIndex): FeatureCollection<Point, VenueProperties> {
	return {
		type: 'FeatureCollection',
		features: index.venues.map((v): Feature<Point, VenueProperties> => ({
			type: 'Feature',
			id: v.id,
			properties: { precision: v.precision, name: v.name, place: v.place },
			geometry: { type: 'Point', coordinates: v.point }
		}))
	};
}

export interface VenueTally {
	/** Events in view per venue. */
	total: Int32Array;
	/** Of those, the events certainly inside the time window. */
	certain: Int32Array;
	/** The events in view at each venue that has any, in date order (venues in order of first event). */
	byVenue: Map<number, IndexedEvent[]>;
	/** In-view events that have no point on the map (unstated place, region only), in date order. */
	unplaced: IndexedEvent[];
}

/**
 * Tallies the events in view per venue, O(events in view), from the result's positions: no list
 * of events in view built, no id looked up.
 */
export function tallyVenues(
	result: Pick<FilterResult, 'orders' | 'membershipAt'>,
	events: readonly IndexedEvent[],
	index: VenueIndex
): VenueTally {
	const n = index.venues.length;
	const total = new Int32Array(n);
	const certain = new Int32Array(n);
	const unplaced: IndexedEvent[] = [];
	const byVenue = new Map<number, IndexedEvent[]>();
	for (const o of result.orders()) {
		const e = events[o]!;
		const v = index.venueOf[o] ?? -1;
		if (v < 0) {
			unplaced.push(e);
			continue;
		}
		total[v]!++;
		if (result.membershipAt(o) !== 'possible') certain[v]!++;
		const list = byVenue.get(v);
		if (list) list.push(e);
		else byVenue.set(v, [e]);
	}
	return { total, certain, byVenue, unplaced };
}

/** Positions where two tallies differ (all of `next`'s non-zero ones when there is no `prev`). */
export function changed(prev: Int32Array | null, next: Int32Array): number[] {
	const out: number[] = [];
	if (!prev || prev.length !== next.length) {
		for (let i = 0; i < next.length; i++) if (next[i] !== 0) out.push(i);
		return out;
	}
	for (let i = 0; i < next.length; i++) if (prev[i] !== next[i]) out.push(i);
	return out;
}

/** A venue with the events shown at it. */
export interface VenueGroup {
	venue: Venue;
	events: IndexedEvent[];
	/** It holds only the selected event, which the time window or the filters leave out. */
	outOfView: boolean;
}

/**
 * The venues with events in view, in order of their first event, plus the selected event's
 * venue when the view leaves that event out (a selection stays on the map). A group whose events
 * are those of `last` keeps `last`'s object, so that a step of the time window updates only the
 * marks it changed.
 */
export function venueGroups(
	tally: VenueTally,
	index: VenueIndex,
	selected: IndexedEvent | null,
	inView: (id: string) => boolean,
	last: ReadonlyMap<number, VenueGroup> = new Map()
): { groups: VenueGroup[]; byVenue: Map<number, VenueGroup> } {
	const list: VenueGroup[] = [];
	for (const [id, events] of tally.byVenue)
		list.push({ venue: index.venues[id]!, events, outOfView: false });
	if (selected && !inView(selected.event.id)) {
		const id = index.venueOf[selected.order] ?? -1;
		if (id >= 0) {
			const group = list.find((g) => g.venue.id === id);
			if (group) group.events = [...group.events, selected];
			else list.push({ venue: index.venues[id]!, events: [selected], outOfView: true });
		}
	}
	const byVenue = new Map<number, VenueGroup>();
	const groups = list.map((g) => {
		const prev = last.get(g.venue.id);
		const same =
			prev !== undefined &&
			prev.venue === g.venue &&
			prev.outOfView === g.outOfView &&
			prev.events.length === g.events.length &&
			prev.events.every((e, i) => e === g.events[i]);
		const kept = same ? prev : g;
		byVenue.set(g.venue.id, kept);
		return kept;
	});
	return { groups, byVenue };
}

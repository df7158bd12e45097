/**
 * Which events are in view, given a time window and the filters, and how many each filter
 * option would leave. A window counts an event as certainly inside when every day the date may
 * denote lies inside, and as possibly inside when the window cuts its span ("2007" against a
 * June–December 2007 window). A reported date counts by its report day.
 *
 * An index of objects (the default atlas) is answered here with a pass over the events that
 * can meet the window (a binary search over their start days bounds it). A large index answers
 * for itself (`index.scaled`, see scaled-filter.ts): exact counts from prefix counts and binary
 * searches, lists built only when read, facet counts per option from posting lists.
 */

import { normaliseForSearch, type AtlasIndex, type Facet, type IndexedEvent } from './atlas-index';
import type { DaySpan } from './edtf';

export type { Facet };

/** Inclusive day range. */
export type DayWindow = readonly [from: number, to: number];

export interface Criteria {
	window: DayWindow | null;
	countries: readonly string[];
	orgs: readonly string[];
	kinds: readonly string[];
	sources: readonly string[];
	q: string;
}

export const NO_CRITERIA: Criteria = {
	window: null,
	countries: [],
	orgs: [],
	kinds: [],
	sources: [],
	q: ''
};

export type Membership = 'certain' | 'possible' | 'out';

export function windowMembership(
	span: Pick<DaySpan, 'start' | 'end'>,
	window: DayWindow | null
): Membership {
	if (!window) return 'certain';
	if (span.end < window[0] || span.start > window[1]) return 'out';
	return span.start >= window[0] && span.end <= window[1] ? 'certain' : 'possible';
}

export interface FilterResult {
	/** Events certainly in view, in date order (a large index builds it when first read). */
	readonly certain: IndexedEvent[];
	/** Events possibly in view (the window cuts their span), in date order. */
	readonly possible: IndexedEvent[];
	/** certain and possible together, in date order. */
	readonly inView: IndexedEvent[];
	/** How each in-view event relates to the window, by id. */
	readonly membership: ReadonlyMap<string, Exclude<Membership, 'out'>>;
	/** How many of each, exact; cheap on a large index (prefer it to `certain.length`). */
	readonly counts: { readonly certain: number; readonly possible: number; readonly inView: number };
	/** Positions in date order of the events in view, ascending. */
	orders(): Uint32Array;
	/** The first `count` of those (the last, still ascending, when `fromEnd`): for a list. */
	someOrders(count: number, fromEnd?: boolean): Uint32Array;
	/**
	 * Events in view per value of a facet (per country, organisation, kind, source), every
	 * filter applied: for shading a map. (facetCounts instead leaves out the facet's own filter.)
	 */
	countsBy(facet: Facet): ReadonlyMap<string, number>;
	/** How the event at this position relates to the view ('out' when filtered out). */
	membershipAt(order: number): Membership;
}

export type FacetCounts = Record<Facet, ReadonlyMap<string, number>>;

export const FACETS: readonly Facet[] = ['countries', 'orgs', 'kinds', 'sources'];

/** First index i with events[i] starting after day x, over the date-ordered events. */
function upperBound(events: readonly IndexedEvent[], x: number): number {
	let lo = 0;
	let hi = events.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (events[mid]!.span.start <= x) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

function lowerBound(events: readonly IndexedEvent[], x: number): number {
	let lo = 0;
	let hi = events.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (events[mid]!.span.start < x) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/**
 * The events whose span meets the window, by binary search over the date-ordered index: only
 * events that start between `from - maxSpanDays` and `to` can meet it.
 */
export function eventsMeetingWindow(index: AtlasIndex, window: DayWindow | null): IndexedEvent[] {
	if (index.scaled) return index.scaled.meeting(window);
	if (!window) return index.events;
	const lo = lowerBound(index.events, window[0] - index.maxSpanDays);
	const hi = upperBound(index.events, window[1]);
	const out: IndexedEvent[] = [];
	for (let i = lo; i < hi; i++) {
		const e = index.events[i]!;
		if (e.span.end >= window[0]) out.push(e);
	}
	return out;
}

export function queryTerms(q: string): string[] {
	return normaliseForSearch(q).split(/\s+/).filter(Boolean);
}

const anyOf = (have: readonly string[], want: readonly string[]) =>
	want.length === 0 || want.some((w) => have.includes(w));

function valuesOf(e: IndexedEvent, facet: Facet): readonly string[] {
	switch (facet) {
		case 'countries':
			return e.countries;
		case 'orgs':
			return e.organisations;
		case 'kinds':
			return [e.event.kind];
		case 'sources':
			return e.sources;
	}
}

export function filterEvents(index: AtlasIndex, criteria: Criteria): FilterResult {
	if (index.scaled) return index.scaled.filter(criteria);
	const terms = queryTerms(criteria.q);
	const certain: IndexedEvent[] = [];
	const possible: IndexedEvent[] = [];
	const inView: IndexedEvent[] = [];
	const membership = new Map<string, 'certain' | 'possible'>();
	for (const e of eventsMeetingWindow(index, criteria.window)) {
		if (!FACETS.every((f) => anyOf(valuesOf(e, f), criteria[f]))) continue;
		if (terms.length && !terms.every((t) => e.searchText.includes(t))) continue;
		const m = windowMembership(e.span, criteria.window);
		if (m === 'out') continue;
		(m === 'certain' ? certain : possible).push(e);
		inView.push(e);
		membership.set(e.event.id, m);
	}
	return {
		certain,
		possible,
		inView,
		membership,
		counts: { certain: certain.length, possible: possible.length, inView: inView.length },
		orders: () => Uint32Array.from(inView, (e) => e.order),
		someOrders: (count, fromEnd = false) =>
			Uint32Array.from(
				fromEnd ? inView.slice(Math.max(0, inView.length - count)) : inView.slice(0, count),
				(e) => e.order
			),
		membershipAt: (order) => membership.get(index.events[order]?.event.id ?? '') ?? 'out',
		countsBy(facet) {
			const counts = new Map<string, number>();
			for (const e of inView)
				for (const v of valuesOf(e, facet)) counts.set(v, (counts.get(v) ?? 0) + 1);
			return counts;
		}
	};
}

/**
 * For every option of every facet, how many events would be in view if that option were
 * chosen, given the window, the text and the other facets' choices (options within a facet are
 * alternatives: choosing one more widens the view). An option that would leave none is absent.
 */
export function facetCounts(index: AtlasIndex, criteria: Criteria): FacetCounts {
	if (index.scaled) return index.scaled.facets(criteria);
	const counts: Record<Facet, Map<string, number>> = {
		countries: new Map(),
		orgs: new Map(),
		kinds: new Map(),
		sources: new Map()
	};
	const terms = queryTerms(criteria.q);
	for (const e of eventsMeetingWindow(index, criteria.window)) {
		if (terms.length && !terms.every((t) => e.searchText.includes(t))) continue;
		let failing: Facet | null = null;
		let failures = 0;
		for (const f of FACETS) {
			if (!anyOf(valuesOf(e, f), criteria[f])) {
				failing = f;
				failures++;
			}
		}
		if (failures > 1) continue;
		for (const f of FACETS) {
			if (failures === 1 && f !== failing) continue;
			const map = counts[f];
			for (const v of valuesOf(e, f)) map.set(v, (map.get(v) ?? 0) + 1);
		}
	}
	return counts;
}

/**
 * Filtering and counting on a large index (scaled-index.ts), built for a brush that moves the
 * window every frame over 100,000 events:
 *  - what does not depend on the window (the filters, the text) is worked out once per change
 *    of those criteria and kept (`selectionOf`), so that a brush step reuses it;
 *  - a result is a handle: its counts are exact at once, from prefix counts and binary searches
 *    over the date-ordered index (index-core.ts), without visiting the events; the lists of
 *    events (`certain`, `possible`, `inView`, `membership`) are built only when read;
 *  - facet counts are answered per option when asked (two binary searches in the option's
 *    posting list), or, with filters set, by one pass over the events meeting the window,
 *    made when the first count is read.
 * Same answers as filter.ts's pass over objects (property tests check both against a scan).
 */

import type { IndexedEvent } from './atlas-index';
import {
	FACETS,
	queryTerms,
	type Criteria,
	type DayWindow,
	type FacetCounts,
	type FilterResult,
	type Membership
} from './filter';
import type { Facet, IndexCore } from './index-core';
import type { ScaledIndex } from './scaled-index';

// ---------------------------------------------------------------------------------------------
// Binary searches over sorted days

/** First index i with values[i] > x (values ascending), within [lo, hi). */
export function upperBound(values: Int32Array, x: number, lo = 0, hi = values.length): number {
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (values[mid]! <= x) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/** First index i with values[i] >= x (values ascending), within [lo, hi). */
export function lowerBound(values: Int32Array, x: number, lo = 0, hi = values.length): number {
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (values[mid]! < x) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/** Events whose first day is before `day`: a look-up in the prefix counts. */
function startsBefore(core: IndexCore, day: number): number {
	const d = day - core.day0;
	return d <= 0 ? 0 : d > core.days ? core.count : core.startsUpTo[d - 1]!;
}

function endsBefore(core: IndexCore, day: number): number {
	const d = day - core.day0;
	return d <= 0 ? 0 : d > core.days ? core.count : core.endsUpTo[d - 1]!;
}

/**
 * Events that start before `from` and end after `to` (they span the whole window): among the
 * first p events of the date order (those starting before `from`), those ending after `to`,
 * from the nearest checkpoint below p plus a scan of fewer than `coverBlock` events.
 */
function spanningWindow(core: IndexCore, from: number, to: number): number {
	const p = startsBefore(core, from);
	const k = Math.floor(p / core.coverBlock);
	const width = core.days + 1;
	const d = Math.min(Math.max(to + 1 - core.day0, 0), core.days);
	let count = k * core.coverBlock - core.coverHist[k * width + d]!;
	for (let i = k * core.coverBlock; i < p; i++) if (core.end[i]! > to) count++;
	return count;
}

/** The certain and possible counts of the whole index for a window, without a pass. */
export function windowCounts(
	core: IndexCore,
	window: DayWindow
): { certain: number; possible: number } {
	const [from, to] = window;
	if (to < from) return { certain: 0, possible: 0 };
	const meeting = startsBefore(core, to + 1) - endsBefore(core, from);
	const certain =
		core.count -
		startsBefore(core, from) -
		(core.count - endsBefore(core, to + 1)) +
		spanningWindow(core, from, to);
	return { certain, possible: meeting - certain };
}

/** Positions [lo, hi) of the date order that can meet the window. */
function candidateRange(index: ScaledIndex, window: DayWindow | null): [number, number] {
	const { core } = index;
	if (!window) return [0, core.count];
	return [lowerBound(core.start, window[0] - core.maxSpanDays), upperBound(core.start, window[1])];
}

/**
 * The events whose span meets the window, by binary search over the date-ordered index: only
 * events that start between `from - maxSpanDays` and `to` can meet it.
 */
export function meetingScaled(index: ScaledIndex, window: DayWindow | null): IndexedEvent[] {
	if (!window) return index.events;
	const [lo, hi] = candidateRange(index, window);
	const out: IndexedEvent[] = [];
	for (let i = lo; i < hi; i++) if (index.core.end[i]! >= window[0]) out.push(index.events[i]!);
	return out;
}

// ---------------------------------------------------------------------------------------------
// What the filters and the text leave, whatever the window

interface Selection {
	/** No filter and no text: every event passes. */
	all: boolean;
	/**
	 * Per position: 0 passes everything; 1 + f fails facet f only (it still counts for facet f's
	 * options); FAILS fails more than one facet or the text.
	 */
	failing: Uint8Array;
}

const FAILS = 255;

const selections = new WeakMap<ScaledIndex, { key: string; selection: Selection }>();
const lastSearch = new WeakMap<ScaledIndex, { terms: string[]; matches: Uint8Array }>();

/** Per position, 1 when the event's text holds every term (the last answer is kept). */
function searchMatches(index: ScaledIndex, terms: string[]): Uint8Array {
	const last = lastSearch.get(index);
	if (last && last.terms.join(' ') === terms.join(' ')) return last.matches;
	const matches = index.matchText(terms);
	lastSearch.set(index, { terms, matches });
	return matches;
}

/** The filters' and the text's verdict on every event, kept while they stay the same. */
function selectionOf(index: ScaledIndex, criteria: Criteria): Selection {
	const terms = queryTerms(criteria.q);
	const key = JSON.stringify([FACETS.map((f) => criteria[f]), terms]);
	const kept = selections.get(index);
	if (kept?.key === key) return kept.selection;

	const { core } = index;
	const n = core.count;
	const failing = new Uint8Array(n);
	const wanted = FACETS.map((f) => {
		const ids = new Set(criteria[f]);
		if (!ids.size) return null;
		return Uint8Array.from(core.dict[f], (id) => (ids.has(id) ? 1 : 0));
	});
	const all = wanted.every((w) => w === null) && terms.length === 0;
	if (!all) {
		const matches = terms.length ? searchMatches(index, terms) : null;
		for (let i = 0; i < n; i++) {
			if (matches && !matches[i]) {
				failing[i] = FAILS;
				continue;
			}
			let code = 0;
			for (let f = 0; f < FACETS.length; f++) {
				const want = wanted[f];
				if (!want) continue;
				const list = core.lists[FACETS[f]!];
				let hit = false;
				for (let k = list.start[i]!; k < list.start[i + 1]! && !hit; k++)
					hit = want[list.values[k]!] === 1;
				if (!hit) code = code === 0 ? 1 + f : FAILS;
			}
			failing[i] = code;
		}
	}
	const selection = { all, failing };
	selections.set(index, { key, selection });
	return selection;
}

// ---------------------------------------------------------------------------------------------
// Results

class WindowResult implements FilterResult {
	readonly counts: { certain: number; possible: number; inView: number };
	private list: Uint32Array | null = null;
	private lists: {
		certain: IndexedEvent[];
		possible: IndexedEvent[];
		inView: IndexedEvent[];
	} | null = null;

	constructor(
		private readonly index: ScaledIndex,
		private readonly window: DayWindow | null,
		private readonly selection: Selection
	) {
		const { core } = index;
		if (selection.all) {
			const c = window ? windowCounts(core, window) : { certain: core.count, possible: 0 };
			this.counts = { ...c, inView: c.certain + c.possible };
		} else {
			// Filters narrow the view: one pass over the events that can meet the window.
			let certain = 0;
			let possible = 0;
			const [lo, hi] = candidateRange(index, window);
			for (let i = lo; i < hi; i++) {
				if (selection.failing[i] !== 0) continue;
				const m = this.windowAt(i);
				if (m === 'certain') certain++;
				else if (m === 'possible') possible++;
			}
			this.counts = { certain, possible, inView: certain + possible };
		}
	}

	private windowAt(order: number): Membership {
		const { core } = this.index;
		const w = this.window;
		if (!w) return 'certain';
		const s = core.start[order]!;
		const e = core.end[order]!;
		if (e < w[0] || s > w[1]) return 'out';
		return s >= w[0] && e <= w[1] ? 'certain' : 'possible';
	}

	membershipAt(order: number): Membership {
		if (order < 0 || order >= this.index.core.count) return 'out';
		if (!this.selection.all && this.selection.failing[order] !== 0) return 'out';
		return this.windowAt(order);
	}

	orders(): Uint32Array {
		if (this.list) return this.list;
		const out = new Uint32Array(this.counts.inView);
		const [lo, hi] = candidateRange(this.index, this.window);
		let k = 0;
		for (let i = lo; i < hi; i++) if (this.membershipAt(i) !== 'out') out[k++] = i;
		return (this.list = out);
	}

	private perFacet: Partial<Record<Facet, ReadonlyMap<string, number>>> = {};

	countsBy(facet: Facet): ReadonlyMap<string, number> {
		const kept = this.perFacet[facet];
		if (kept) return kept;
		const { core } = this.index;
		let countAt: (v: number) => number;
		if (this.selection.all) {
			// Nothing filtered out: two binary searches per value.
			countAt = (v) => countByPostings(core, facet, v, this.window);
		} else {
			const counts = new Int32Array(core.dict[facet].length);
			const list = core.lists[facet];
			for (const i of this.orders())
				for (let k = list.start[i]!; k < list.start[i + 1]!; k++) counts[list.values[k]!]!++;
			countAt = (v) => counts[v]!;
		}
		return (this.perFacet[facet] = new CountMap(
			core.dict[facet],
			positionsIn(this.index)[facet],
			countAt
		));
	}

	someOrders(count: number, fromEnd = false): Uint32Array {
		if (this.list || count >= this.counts.inView) {
			const all = this.orders();
			return fromEnd ? all.slice(Math.max(0, all.length - count)) : all.slice(0, count);
		}
		// Walk the candidates from one end until enough are in view: O(count + skipped).
		const [lo, hi] = candidateRange(this.index, this.window);
		const out: number[] = [];
		if (fromEnd) {
			for (let i = hi - 1; i >= lo && out.length < count; i--)
				if (this.membershipAt(i) !== 'out') out.push(i);
			out.reverse();
		} else {
			for (let i = lo; i < hi && out.length < count; i++)
				if (this.membershipAt(i) !== 'out') out.push(i);
		}
		return Uint32Array.from(out);
	}

	private built() {
		if (this.lists) return this.lists;
		const certain: IndexedEvent[] = [];
		const possible: IndexedEvent[] = [];
		const inView: IndexedEvent[] = [];
		for (const i of this.orders()) {
			const e = this.index.events[i]!;
			(this.windowAt(i) === 'certain' ? certain : possible).push(e);
			inView.push(e);
		}
		return (this.lists = { certain, possible, inView });
	}

	get certain(): IndexedEvent[] {
		return this.built().certain;
	}

	get possible(): IndexedEvent[] {
		return this.built().possible;
	}

	get inView(): IndexedEvent[] {
		return this.built().inView;
	}

	get membership(): ReadonlyMap<string, Exclude<Membership, 'out'>> {
		return new MembershipMap(this.index, this);
	}
}

/** Membership by id, answered from the result per id (no map of the events in view). */
class MembershipMap implements ReadonlyMap<string, Exclude<Membership, 'out'>> {
	constructor(
		private readonly index: ScaledIndex,
		private readonly result: WindowResult
	) {}

	get size(): number {
		return this.result.counts.inView;
	}

	get(id: string): Exclude<Membership, 'out'> | undefined {
		const e = this.index.eventById.get(id);
		const m = e ? this.result.membershipAt(e.order) : 'out';
		return m === 'out' ? undefined : m;
	}

	has(id: string): boolean {
		return this.get(id) !== undefined;
	}

	*entries(): MapIterator<[string, Exclude<Membership, 'out'>]> {
		for (const i of this.result.orders())
			yield [this.index.events[i]!.event.id, this.result.membershipAt(i) as 'certain' | 'possible'];
	}

	*keys(): MapIterator<string> {
		for (const [k] of this.entries()) yield k;
	}

	*values(): MapIterator<Exclude<Membership, 'out'>> {
		for (const [, v] of this.entries()) yield v;
	}

	[Symbol.iterator](): MapIterator<[string, Exclude<Membership, 'out'>]> {
		return this.entries();
	}

	forEach(
		fn: (
			value: Exclude<Membership, 'out'>,
			key: string,
			map: ReadonlyMap<string, Exclude<Membership, 'out'>>
		) => void
	): void {
		for (const [k, v] of this.entries()) fn(v, k, this);
	}
}

export function filterScaled(index: ScaledIndex, criteria: Criteria): FilterResult {
	return new WindowResult(index, criteria.window, selectionOf(index, criteria));
}

// ---------------------------------------------------------------------------------------------
// Facet counts

const dictPositions = new WeakMap<ScaledIndex, Record<Facet, Map<string, number>>>();

function positionsIn(index: ScaledIndex): Record<Facet, Map<string, number>> {
	let found = dictPositions.get(index);
	if (!found) {
		const at = (ids: string[]) => new Map(ids.map((id, i) => [id, i]));
		const { dict } = index.core;
		found = {
			countries: at(dict.countries),
			orgs: at(dict.orgs),
			kinds: at(dict.kinds),
			sources: at(dict.sources)
		};
		dictPositions.set(index, found);
	}
	return found;
}

/** The counts of every option of every facet, filled by one pass over the window's events. */
function countByPass(index: ScaledIndex, window: DayWindow | null, selection: Selection) {
	const { core } = index;
	const counts = FACETS.map((f) => new Int32Array(core.dict[f].length));
	const [lo, hi] = candidateRange(index, window);
	for (let i = lo; i < hi; i++) {
		const code = selection.failing[i]!;
		if (code === FAILS) continue;
		if (window && core.end[i]! < window[0]) continue;
		for (let f = 0; f < FACETS.length; f++) {
			if (code !== 0 && code !== 1 + f) continue;
			const list = core.lists[FACETS[f]!];
			const out = counts[f]!;
			for (let k = list.start[i]!; k < list.start[i + 1]!; k++) out[list.values[k]!]!++;
		}
	}
	return counts;
}

/** Events with the value at `v` meeting the window: two binary searches in its postings. */
function countByPostings(
	core: IndexCore,
	facet: Facet,
	v: number,
	window: DayWindow | null
): number {
	const p = core.postings[facet];
	const lo = p.start[v]!;
	const hi = p.start[v + 1]!;
	if (!window) return hi - lo;
	if (window[1] < window[0]) return 0;
	return upperBound(p.firstDays, window[1], lo, hi) - lowerBound(p.lastDays, window[0], lo, hi);
}

/** One facet's counts by option id; absent (undefined) when the option would leave nothing. */
class CountMap implements ReadonlyMap<string, number> {
	constructor(
		private readonly ids: string[],
		private readonly positions: Map<string, number>,
		private readonly countAt: (v: number) => number
	) {}

	get(id: string): number | undefined {
		const v = this.positions.get(id);
		if (v === undefined) return undefined;
		const n = this.countAt(v);
		return n > 0 ? n : undefined;
	}

	has(id: string): boolean {
		return this.get(id) !== undefined;
	}

	get size(): number {
		let size = 0;
		for (let v = 0; v < this.ids.length; v++) if (this.countAt(v) > 0) size++;
		return size;
	}

	*entries(): MapIterator<[string, number]> {
		for (let v = 0; v < this.ids.length; v++) {
			const n = this.countAt(v);
			if (n > 0) yield [this.ids[v]!, n];
		}
	}

	*keys(): MapIterator<string> {
		for (const [k] of this.entries()) yield k;
	}

	*values(): MapIterator<number> {
		for (const [, v] of this.entries()) yield v;
	}

	[Symbol.iterator](): MapIterator<[string, number]> {
		return this.entries();
	}

	forEach(fn: (value: number, key: string, map: ReadonlyMap<string, number>) => void): void {
		for (const [k, v] of this.entries()) fn(v, k, this);
	}
}

/**
 * For every option of every facet, how many events would be in view if that option were
 * chosen, given the window, the text and the other facets' choices (options within a facet are
 * alternatives: choosing one more widens the view). Counted when read.
 */
export function facetsScaled(index: ScaledIndex, criteria: Criteria): FacetCounts {
	const selection = selectionOf(index, criteria);
	const { core } = index;
	const positions = positionsIn(index);
	let pass: Int32Array[] | null = null;
	const countAt = (f: number) =>
		selection.all
			? (v: number) => countByPostings(core, FACETS[f]!, v, criteria.window)
			: (v: number) => (pass ??= countByPass(index, criteria.window, selection))[f]![v]!;
	return {
		countries: new CountMap(core.dict.countries, positions.countries, countAt(0)),
		orgs: new CountMap(core.dict.orgs, positions.orgs, countAt(1)),
		kinds: new CountMap(core.dict.kinds, positions.kinds, countAt(2)),
		sources: new CountMap(core.dict.sources, positions.sources, countAt(3))
	};
}

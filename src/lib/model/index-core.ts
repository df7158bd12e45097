/**
 * The numeric heart of the index: every event's days, venue and facets as typed arrays in date
 * order, and the structures that answer a time window without looking at every event. It is
 * computed from the compact columns in one pass per structure, holds no object per event, and
 * is made of transferable arrays, so that a worker can build it and hand it over for free.
 *
 * Window questions and their cost:
 *  - how many events meet [from, to]: prefix counts of starts and ends over days, O(1);
 *  - how many lie certainly inside: the same, plus the events spanning the whole window, counted
 *    from checkpoints of end-day histograms every `coverBlock` events, O(coverBlock);
 *  - how many events with a given country (organisation, kind, source) meet it: two binary
 *    searches in that value's posting list, O(log n).
 */

import { parseEdtf } from './edtf';
import { PLACE_PRECISIONS, eventId, type CoreColumns } from './columnar';

import { byCodeUnits, type Facet } from './atlas-index';

export type { Facet };

/** Values per event, event i's in `values[start[i]]` to `values[start[i + 1]]`, ascending. */
export interface Lists {
	start: Uint32Array;
	values: Uint32Array;
}

/** For each value of a facet, the days of the events that have it. */
export interface Postings {
	/** Value v's events are rows start[v] to start[v + 1] of the two arrays below. */
	start: Uint32Array;
	/** Their first days, ascending (the events' date order). */
	firstDays: Int32Array;
	/** Their last days, sorted ascending on their own. */
	lastDays: Int32Array;
}

export interface IndexCore {
	count: number;
	/** Row in the dataset of the event at each position of the date order. */
	row: Uint32Array;
	/** Position in the date order of each row (the inverse of `row`). */
	orderOfRow: Uint32Array;
	/** First and last possible day of each event, by date order (`start` ascends). */
	start: Int32Array;
	end: Int32Array;
	/** Index into the places of the venue, -1 when unstated. */
	place: Int32Array;
	/** The venue's country, as an index into `dict.countries`; -1 when unknown. */
	venueCountry: Int32Array;
	/** Where the mark goes ([lon, lat]), NaN when the venue has no point. */
	lon: Float32Array;
	lat: Float32Array;
	/** Index into PLACE_PRECISIONS. */
	placePrecision: Uint8Array;
	/** Every facet's values per event, as indices into `dict[facet]`. */
	lists: Record<Facet, Lists>;
	postings: Record<Facet, Postings>;
	/** Each facet's values, sorted (so that lists sorted by index are sorted by id). */
	dict: Record<Facet, string[]>;
	/** The first day counted by the day prefix counts, and how many days they cover. */
	day0: number;
	days: number;
	/** `startsUpTo[d]`: events starting on or before day0 + d; `endsUpTo` likewise. */
	startsUpTo: Int32Array;
	endsUpTo: Int32Array;
	coverBlock: number;
	/** `coverHist[k * (days + 1) + d]`: of the first k·coverBlock events, those ending before day0 + d. */
	coverHist: Int32Array;
	maxSpanDays: number;
	/** First and last possible day over all events and publications. */
	extent: [number, number];
	/** Rows sorted by id, for finding an event by id without a map of strings. */
	rowsById: Uint32Array;
}

/** Builds the core from the compact columns. Throws an EdtfError for a malformed date. */
export function buildIndexCore(c: CoreColumns): IndexCore {
	const n = c.count;

	// Days: each distinct date string is parsed once.
	const dateStart = new Int32Array(c.tables.dates.length);
	const dateEnd = new Int32Array(c.tables.dates.length);
	c.tables.dates.forEach((d, i) => {
		const span = parseEdtf(d);
		dateStart[i] = span.start;
		dateEnd[i] = span.end;
	});
	let lo = Infinity;
	let hi = -Infinity;
	for (let r = 0; r < n; r++) {
		lo = Math.min(lo, dateStart[c.date[r]!]!);
		hi = Math.max(hi, dateEnd[c.date[r]!]!);
	}
	for (const s of c.sources) {
		const d = parseEdtf(s.published);
		lo = Math.min(lo, d.start);
		hi = Math.max(hi, d.end);
	}
	const extent: [number, number] = Number.isFinite(lo) ? [lo, hi] : [0, 0];
	const day0 = extent[0];
	const days = extent[1] - extent[0] + 1;

	const ids = idOrder(c);
	const row = dateOrder(c, dateStart, day0, days, ids.rank);
	const orderOfRow = new Uint32Array(n);
	const start = new Int32Array(n);
	const end = new Int32Array(n);
	let maxSpanDays = 0;
	for (let i = 0; i < n; i++) {
		const r = row[i]!;
		orderOfRow[r] = i;
		start[i] = dateStart[c.date[r]!]!;
		end[i] = dateEnd[c.date[r]!]!;
		maxSpanDays = Math.max(maxSpanDays, end[i]! - start[i]!);
	}

	// Dictionaries, sorted so that comparing indices compares ids.
	const countryIds = new Set<string>();
	for (const p of c.places) {
		if (p.kind === 'country') countryIds.add(p.id);
		else if (p.kind === 'city' && p.country) countryIds.add(p.country);
	}
	for (const o of c.organisations) if (o.country) countryIds.add(o.country);
	const dict: Record<Facet, string[]> = {
		countries: [...countryIds].sort(byCodeUnits),
		orgs: c.organisations.map((o) => o.id).sort(byCodeUnits),
		kinds: [...c.tables.kinds].sort(byCodeUnits),
		sources: c.sources.map((s) => s.id).sort(byCodeUnits)
	};
	const at = (list: string[]) => new Map(list.map((id, i) => [id, i]));
	const countryAt = at(dict.countries);
	const orgAt = at(dict.orgs);
	// Tables in dataset order → dictionary indices.
	const kindAt = at(dict.kinds);
	const kindOfTable = Uint32Array.from(c.tables.kinds, (k) => kindAt.get(k)!);
	const sourceAt = at(dict.sources);
	const sourceOfTable = Uint32Array.from(c.sources, (s) => sourceAt.get(s.id)!);

	// Per place: the venue's country and point; per organisation: itself and its ancestors,
	// and the country it belongs to.
	const placeCountry = Int32Array.from(c.places, (p) => {
		const iso = p.kind === 'country' ? p.id : p.kind === 'city' ? (p.country ?? null) : null;
		return iso === null ? -1 : (countryAt.get(iso) ?? -1);
	});
	const placePoint = c.places.map((p) =>
		p.kind === 'city' ? (p.coordinates ?? null) : p.kind === 'country' ? (p.point ?? null) : null
	);
	const orgIndex = new Map(c.organisations.map((o, i) => [o.id, i]));
	const orgLineage = c.organisations.map((o) => {
		const out: number[] = [];
		for (let x: typeof o | undefined = o; x && !out.includes(orgAt.get(x.id)!);) {
			out.push(orgAt.get(x.id)!);
			x = x.parent ? c.organisations[orgIndex.get(x.parent) ?? -1] : undefined;
		}
		return out;
	});
	const orgCountry = Int32Array.from(c.organisations, (o) =>
		o.country ? (countryAt.get(o.country) ?? -1) : -1
	);
	const personOrgs = c.people.map((p) => {
		const out: number[] = [];
		for (const r of p.roles) {
			const i = r.organisation ? orgIndex.get(r.organisation) : undefined;
			if (i !== undefined) out.push(...orgLineage[i]!);
		}
		return out;
	});

	const place = new Int32Array(n);
	const venueCountry = new Int32Array(n);
	const lon = new Float32Array(n);
	const lat = new Float32Array(n);
	const placePrecision = new Uint8Array(n);
	const lists = {
		countries: new ListWriter(n),
		orgs: new ListWriter(n),
		kinds: new ListWriter(n),
		sources: new ListWriter(n)
	};
	// Columns read in the loop, as locals: the columns object is built from a file's header and
	// its properties are slow to look up in a hot loop.
	const rowPlace = c.place;
	const rowPrecision = c.placePrecision;
	const rowKind = c.kind;
	const countryStart = c.country.start;
	const countryEntity = c.country.entity;
	const orgStart = c.organisation.start;
	const orgEntity = c.organisation.entity;
	const personStart = c.person.start;
	const personEntity = c.person.entity;
	const citeStart = c.citeStart;
	const citeSource = c.citeSource;
	const scratch: number[] = [];
	for (let i = 0; i < n; i++) {
		const r = row[i]!;
		const p = rowPlace[r]!;
		place[i] = p;
		placePrecision[i] = rowPrecision[r]!;
		const vc = p < 0 ? -1 : placeCountry[p]!;
		venueCountry[i] = vc;
		const point = p < 0 ? null : placePoint[p];
		lon[i] = point ? point[0] : NaN;
		lat[i] = point ? point[1] : NaN;

		// Countries: the venue's, those taking part, and those of national organisations.
		scratch.length = 0;
		if (vc >= 0) scratch.push(vc);
		for (let k = countryStart[r]!; k < countryStart[r + 1]!; k++) {
			const pc = placeCountry[countryEntity[k]!]!;
			if (pc >= 0) scratch.push(pc);
		}
		for (let k = orgStart[r]!; k < orgStart[r + 1]!; k++) {
			const oc = orgCountry[orgEntity[k]!]!;
			if (oc >= 0) scratch.push(oc);
		}
		lists.countries.add(scratch);

		// Organisations: those taking part and those of the people taking part, with ancestors.
		scratch.length = 0;
		for (let k = orgStart[r]!; k < orgStart[r + 1]!; k++)
			for (const o of orgLineage[orgEntity[k]!]!) scratch.push(o);
		for (let k = personStart[r]!; k < personStart[r + 1]!; k++)
			for (const o of personOrgs[personEntity[k]!]!) scratch.push(o);
		lists.orgs.add(scratch);

		scratch.length = 0;
		scratch.push(kindOfTable[rowKind[r]!]!);
		lists.kinds.add(scratch);

		scratch.length = 0;
		for (let k = citeStart[r]!; k < citeStart[r + 1]!; k++)
			scratch.push(sourceOfTable[citeSource[k]!]!);
		lists.sources.add(scratch);
	}
	const done = {
		countries: lists.countries.done(),
		orgs: lists.orgs.done(),
		kinds: lists.kinds.done(),
		sources: lists.sources.done()
	};

	const startsUpTo = new Int32Array(days);
	const endsUpTo = new Int32Array(days);
	for (let i = 0; i < n; i++) {
		startsUpTo[start[i]! - day0]!++;
		endsUpTo[end[i]! - day0]!++;
	}
	for (let d = 1; d < days; d++) {
		startsUpTo[d] = startsUpTo[d]! + startsUpTo[d - 1]!;
		endsUpTo[d] = endsUpTo[d]! + endsUpTo[d - 1]!;
	}

	const cover = coverCheckpoints(end, day0, days);
	return {
		count: n,
		row,
		orderOfRow,
		start,
		end,
		place,
		venueCountry,
		lon,
		lat,
		placePrecision,
		lists: done,
		postings: {
			countries: postings(done.countries, dict.countries.length, start, end, day0, days),
			orgs: postings(done.orgs, dict.orgs.length, start, end, day0, days),
			kinds: postings(done.kinds, dict.kinds.length, start, end, day0, days),
			sources: postings(done.sources, dict.sources.length, start, end, day0, days)
		},
		dict,
		day0,
		days,
		startsUpTo,
		endsUpTo,
		coverBlock: cover.block,
		coverHist: cover.hist,
		maxSpanDays,
		extent,
		rowsById: ids.rowsById
	};
}

/** Every typed array in the core, for `postMessage`'s transfer list. */
export function transferables(core: IndexCore): ArrayBuffer[] {
	const out: ArrayBuffer[] = [];
	const visit = (v: unknown) => {
		if (ArrayBuffer.isView(v)) out.push(v.buffer as ArrayBuffer);
		else if (v && typeof v === 'object' && !Array.isArray(v)) Object.values(v).forEach(visit);
	};
	visit(core);
	return [...new Set(out)];
}

/** Appends each event's values, sorted and without repeats, to one growing array. */
class ListWriter {
	private readonly start: Uint32Array;
	private values: Uint32Array;
	private length = 0;
	private rows = 0;
	constructor(n: number) {
		this.start = new Uint32Array(n + 1);
		this.values = new Uint32Array(Math.max(16, n * 2));
	}
	add(values: number[]): void {
		// Insertion sort: an event has a handful of values.
		for (let k = 1; k < values.length; k++) {
			const v = values[k]!;
			let j = k - 1;
			for (; j >= 0 && values[j]! > v; j--) values[j + 1] = values[j]!;
			values[j + 1] = v;
		}
		for (let k = 0; k < values.length; k++) {
			const v = values[k]!;
			if (k > 0 && v === values[k - 1]) continue;
			if (this.length === this.values.length) {
				const grown = new Uint32Array(this.values.length * 2);
				grown.set(this.values);
				this.values = grown;
			}
			this.values[this.length++] = v;
		}
		this.start[++this.rows] = this.length;
	}
	done(): Lists {
		return { start: this.start, values: this.values.slice(0, this.length) };
	}
}

/** Per value, the first days of its events (already ascending) and their last days, sorted. */
function postings(
	lists: Lists,
	values: number,
	start: Int32Array,
	end: Int32Array,
	day0: number,
	days: number
): Postings {
	const listStart = lists.start;
	const listValues = lists.values;
	const count = new Uint32Array(values + 1);
	for (let k = 0; k < listValues.length; k++) count[listValues[k]! + 1]!++;
	for (let v = 0; v < values; v++) count[v + 1] = count[v + 1]! + count[v]!;
	const firstDays = new Int32Array(lists.values.length);
	const next = count.slice(0, values);
	const n = lists.start.length - 1;
	for (let i = 0; i < n; i++) {
		for (let k = listStart[i]!; k < listStart[i + 1]!; k++)
			firstDays[next[listValues[k]!]!++] = start[i]!;
	}
	// Last days: scattered to each value's run the same way, then each run sorted.
	const lastDays = new Int32Array(lists.values.length);
	const perDay = new Uint32Array(days);
	const at = count.slice(0, values);
	for (let i = 0; i < n; i++) {
		for (let k = listStart[i]!; k < listStart[i + 1]!; k++)
			lastDays[at[listValues[k]!]!++] = end[i]!;
	}
	for (let v = 0; v < values; v++)
		sortDays(lastDays.subarray(count[v]!, count[v + 1]!), day0, perDay);
	return { start: count, firstDays, lastDays };
}

/** Sorts days in place: a counting sort when the run is long, the engine's sort otherwise. */
function sortDays(run: Int32Array, day0: number, perDay: Uint32Array): void {
	if (run.length < 256) {
		run.sort();
		return;
	}
	perDay.fill(0);
	for (let k = 0; k < run.length; k++) perDay[run[k]! - day0]!++;
	let k = 0;
	for (let d = 0; d < perDay.length; d++) for (let m = perDay[d]!; m > 0; m--) run[k++] = d + day0;
}

/**
 * Checkpoints for counting, among the first p events of the date order, those ending after a
 * day: a histogram of last days every `block` events, cumulative over days. Sized to stay
 * within about two million counters.
 */
function coverCheckpoints(end: Int32Array, day0: number, days: number) {
	const n = end.length;
	let block = 256;
	while ((n / block) * (days + 1) > 2_000_000) block *= 2;
	const blocks = Math.floor(n / block);
	const width = days + 1;
	const hist = new Int32Array((blocks + 1) * width);
	const running = new Int32Array(width);
	for (let k = 1; k <= blocks; k++) {
		for (let i = (k - 1) * block; i < k * block; i++) running[end[i]! - day0 + 1]!++;
		// Row k: counts of last days up to each day, over the first k·block events.
		let sum = 0;
		for (let d = 0; d < width; d++) {
			sum += running[d]!;
			hist[k * width + d] = sum;
		}
	}
	return { block, hist };
}

/** Rows in date order: first day ascending, then id (code-unit order), by counting sort. */
function dateOrder(
	c: CoreColumns,
	dateStart: Int32Array,
	day0: number,
	days: number,
	idRank: Uint32Array
): Uint32Array {
	const n = c.count;
	const perDay = new Uint32Array(days + 1);
	for (let r = 0; r < n; r++) perDay[dateStart[c.date[r]!]! - day0 + 1]!++;
	for (let d = 0; d < days; d++) perDay[d + 1] = perDay[d + 1]! + perDay[d]!;
	const row = new Uint32Array(n);
	// Visiting rows in id order makes each day's run come out in id order: a stable sort.
	for (let k = 0; k < n; k++) {
		const r = idRank[k]!;
		row[perDay[dateStart[c.date[r]!]! - day0]!++] = r;
	}
	return row;
}

/**
 * Rows in id order (code units), computed from the split ids without building the strings when
 * prefixes are few: ids of one prefix and one digit count sort by their number.
 */
function idOrder(c: CoreColumns): { rank: Uint32Array; rowsById: Uint32Array } {
	const n = c.count;
	const rows = new Uint32Array(n);
	for (let r = 0; r < n; r++) rows[r] = r;
	let sorted = true;
	for (let r = 1; r < n && sorted; r++) sorted = compareIds(c, r - 1, r) < 0;
	if (!sorted) {
		const ids = Array.from({ length: n }, (_, r) => eventId(c, r));
		rows.sort((a, b) => byCodeUnits(ids[a]!, ids[b]!));
	}
	return { rank: rows, rowsById: rows };
}

/** Compares two rows' ids as strings, cheaply when they share a prefix and a digit count. */
export function compareIds(c: CoreColumns, a: number, b: number): number {
	if (c.idPrefix[a] === c.idPrefix[b] && c.idDigits[a] === c.idDigits[b] && c.idDigits[a]! > 0)
		return c.idNumber[a]! - c.idNumber[b]!;
	return byCodeUnits(eventId(c, a), eventId(c, b));
}

export { PLACE_PRECISIONS };

/**
 * How many events fall in each pixel column, for the density strip that replaces single marks
 * when thousands are in view. Each event weighs 1, spread evenly over the days it may denote (a
 * year-only date adds 1/365 to each day of its year), so that a vague date does not pile up on
 * 1 January. The weights are summed once per dataset and filter into a prefix sum over days;
 * after that any column, at any zoom, costs two look-ups: redraws are O(pixels), not O(events).
 */

export interface DensityIndex {
	/** The first day counted. */
	day0: number;
	/** How many days are counted. */
	days: number;
	/** Weight on each day. */
	perDay: Float64Array;
	/** `prefix[i]`: total weight on the days before `day0 + i` (length `days + 1`). */
	prefix: Float64Array;
	/** The events counted (those meeting the range). */
	count: number;
}

/**
 * Builds the index over days `first`..`last` from spans given as parallel arrays of first and
 * last (inclusive) days. A span reaching outside the range keeps its weight per day: only the
 * part inside is counted.
 */
export function buildDensity(
	starts: ArrayLike<number>,
	ends: ArrayLike<number>,
	first: number,
	last: number
): DensityIndex {
	const days = Math.max(0, last - first + 1);
	const diff = new Float64Array(days + 1);
	let count = 0;
	for (let i = 0; i < starts.length; i++) {
		const s = starts[i]!;
		const e = ends[i]!;
		const a = Math.max(s, first);
		const b = Math.min(e, last);
		if (b < a) continue;
		const w = 1 / (e - s + 1);
		diff[a - first]! += w;
		diff[b - first + 1]! -= w;
		count++;
	}
	const perDay = new Float64Array(days);
	const prefix = new Float64Array(days + 1);
	let run = 0;
	for (let i = 0; i < days; i++) {
		run += diff[i]!;
		// Differences of many small fractions drift: a day with nothing on it is exactly 0.
		const v = run < 1e-9 ? 0 : run;
		perDay[i] = v;
		prefix[i + 1] = prefix[i]! + v;
	}
	return { day0: first, days, perDay, prefix, count };
}

/** Total weight before the (fractional) day `t`: linear inside a day. */
export function cumulative(d: DensityIndex, t: number): number {
	const u = t - d.day0;
	if (u <= 0) return 0;
	if (u >= d.days) return d.prefix[d.days]!;
	const i = Math.floor(u);
	return d.prefix[i]! + (u - i) * d.perDay[i]!;
}

/** Total weight on days [a, b) (fractional days). */
export function weightBetween(d: DensityIndex, a: number, b: number): number {
	const w = cumulative(d, b) - cumulative(d, a);
	return w > 1e-9 ? w : 0;
}

/**
 * The weight in each of `columns` pixel columns, column `c` covering the days from
 * `firstDay + c * daysPerColumn` to the next column. Writes into `out` when it is long enough.
 */
export function binColumns(
	d: DensityIndex,
	firstDay: number,
	daysPerColumn: number,
	columns: number,
	out?: Float32Array
): { bins: Float32Array; max: number } {
	const bins = out && out.length >= columns ? out : new Float32Array(columns);
	let max = 0;
	let prev = cumulative(d, firstDay);
	for (let c = 0; c < columns; c++) {
		const next = cumulative(d, firstDay + (c + 1) * daysPerColumn);
		const w = next - prev;
		const v = w > 1e-9 ? w : 0;
		bins[c] = v;
		if (v > max) max = v;
		prev = next;
	}
	return { bins, max };
}

/** Events whose span meets [a, b] (inclusive days), from sorted first and last days. */
export function countMeeting(
	sortedStarts: ArrayLike<number>,
	sortedEnds: ArrayLike<number>,
	a: number,
	b: number
): number {
	// All that start on or before b, less those that end before a.
	return upperBound(sortedStarts, b) - lowerBound(sortedEnds, a);
}

/** First index with value > x. */
export function upperBound(sorted: ArrayLike<number>, x: number): number {
	let lo = 0;
	let hi = sorted.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (sorted[mid]! <= x) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/** First index with value >= x. */
export function lowerBound(sorted: ArrayLike<number>, x: number): number {
	let lo = 0;
	let hi = sorted.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (sorted[mid]! < x) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/**
 * Spans grouped by width (1 day, 2–3 days, 4–7 days, ... powers of two), each group with its
 * first days in order and its last days sorted, so that the number of spans meeting a range
 * can be split, in O(groups × log n), into those no wider than a width (drawn one by one when
 * few enough) and the wider ones (a year-only date seen a week at a time).
 */
export interface SpanClasses {
	classes: {
		/** The widest span in the group (days). */
		maxWidth: number;
		/** Indices of the spans, by first day. */
		order: Int32Array;
		/** First days, in the same order. */
		starts: Int32Array;
		/** Last days, sorted. */
		sortedEnds: Int32Array;
	}[];
}

export function buildSpanClasses(starts: ArrayLike<number>, ends: ArrayLike<number>): SpanClasses {
	const groups = new Map<number, number[]>();
	for (let i = 0; i < starts.length; i++) {
		const width = ends[i]! - starts[i]! + 1;
		const c = Math.max(0, Math.floor(Math.log2(Math.max(1, width))));
		let g = groups.get(c);
		if (!g) groups.set(c, (g = []));
		g.push(i);
	}
	const classes = [...groups.entries()]
		.sort((a, b) => a[0] - b[0])
		.map(([c, list]) => {
			list.sort((a, b) => starts[a]! - starts[b]! || a - b);
			const order = Int32Array.from(list);
			return {
				maxWidth: 2 ** (c + 1) - 1,
				order,
				starts: Int32Array.from(list, (i) => starts[i]!),
				sortedEnds: Int32Array.from(list, (i) => ends[i]!).sort()
			};
		});
	return { classes };
}

/** How many spans meet [a, b]: those in groups no wider than `width`, and the rest. */
export function countByWidth(
	sc: SpanClasses,
	a: number,
	b: number,
	width: number
): { narrow: number; wide: number } {
	let narrow = 0;
	let wide = 0;
	for (const c of sc.classes) {
		const n = countMeeting(c.starts, c.sortedEnds, a, b);
		if (c.maxWidth <= width) narrow += n;
		else wide += n;
	}
	return { narrow, wide };
}

/**
 * Indices of the spans meeting [a, b], in groups no wider than `width` (`narrow`), wider
 * (`wide`), or all. Scans only spans that start late enough to reach `a`.
 */
export function spansMeeting(
	sc: SpanClasses,
	ends: ArrayLike<number>,
	a: number,
	b: number,
	which: 'narrow' | 'wide' | 'all',
	width: number
): number[] {
	const out: number[] = [];
	for (const c of sc.classes) {
		if (which === 'narrow' && c.maxWidth > width) continue;
		if (which === 'wide' && c.maxWidth <= width) continue;
		const lo = lowerBound(c.starts, a - c.maxWidth + 1);
		const hi = upperBound(c.starts, b);
		for (let k = lo; k < hi; k++) {
			const i = c.order[k]!;
			if (ends[i]! >= a) out.push(i);
		}
	}
	return out.sort((x, y) => x - y);
}

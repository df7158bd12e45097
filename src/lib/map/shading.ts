/**
 * Countries are shaded by how many events in view involve them: a sequential, single-hue scale
 * in a few classes, so that a reader can match a shade to the legend (a continuous ramp cannot
 * be read back), and so that it stays readable with colour-vision deficiencies (one hue, steps
 * apart in lightness only).
 *
 * The classes are fixed per dataset (from the counts over all its events), not per time
 * window: while the brush moves, a shade keeps its meaning from one step to the next.
 */

import { interpolateLab } from 'd3-interpolate';
import { color as parseColor } from 'd3-color';

/** At most this many classes: more cannot be told apart by lightness alone. */
export const MAX_CLASSES = 5;

export interface ShadeClass {
	/** Inclusive bounds of the count. */
	min: number;
	max: number;
	/** "1", "2–4", "5–19". */
	label: string;
}

/** 1, 2, 3, 5 and their powers of ten: thresholds a reader can take in at a glance. */
function niceAtLeast(x: number): number {
	const p = 10 ** Math.floor(Math.log10(x));
	for (const m of [1, 2, 3, 5, 10]) if (m * p >= x) return m * p;
	return 10 * p;
}

/**
 * Classes for counts from 1 to `max`: one class per count when there are few; otherwise "1"
 * (a country in a single event), then geometric steps with round lower bounds from 2 to `max`
 * (counts of events are skewed: a handful of countries take part in most events).
 */
export function shadeClasses(max: number): ShadeClass[] {
	const top = Math.max(0, Math.floor(max));
	if (top === 0) return [];
	let lows: number[];
	if (top <= MAX_CLASSES) {
		lows = Array.from({ length: top }, (_, i) => i + 1);
	} else {
		lows = [1, 2];
		const steps = MAX_CLASSES - 2;
		for (let k = 1; k <= steps; k++) {
			const low = niceAtLeast(2 * (top / 2) ** (k / (steps + 1)));
			if (low > lows[lows.length - 1]! && low <= top) lows.push(low);
		}
	}
	return lows.map((min, i) => {
		const next = lows[i + 1];
		const max = next === undefined ? top : next - 1;
		return { min, max, label: min === max ? fmt(min) : `${fmt(min)}–${fmt(max)}` };
	});
}

const fmt = (n: number) => n.toLocaleString('en');

/** The class (1-based) of a count; 0 for none. */
export function classOf(count: number, classes: readonly ShadeClass[]): number {
	if (count <= 0 || classes.length === 0) return 0;
	// Few classes: a linear scan beats a binary search.
	for (let i = classes.length - 1; i >= 0; i--) if (count >= classes[i]!.min) return i + 1;
	return 0;
}

/**
 * `n` colours from `low` to `high`, evenly spaced in CIELAB lightness. One class gets the
 * middle of the ramp, so that a single shade is neither faint nor heavy.
 */
export function rampColours(low: string, high: string, n: number): string[] {
	if (n <= 0) return [];
	const lab = interpolateLab(low, high);
	if (n === 1) return [parseColor(lab(0.5))!.formatHex()];
	return Array.from({ length: n }, (_, i) => parseColor(lab(i / (n - 1)))!.formatHex());
}

/** The largest value in a map of counts (0 when empty). */
export function maxCount(counts: ReadonlyMap<string, number>): number {
	let max = 0;
	for (const n of counts.values()) if (n > max) max = n;
	return max;
}

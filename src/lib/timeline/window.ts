/**
 * The time window as the brush, the keys, the presets and play define it: inclusive whole days,
 * written to the URL as `from`/`to` in the shortest form that says exactly the same days
 * (`from=2008&to=2008`, `from=2008-02&to=2008-02`, else days).
 */

import { utcMonth } from 'd3-time';
import {
	calendarDate,
	dayNumber,
	daysInMonth,
	dayToUtcDate,
	isoDay,
	MONTH_NAMES,
	utcDateToDay
} from '../model/edtf';
import type { DayWindow } from '../model/filter';
import { dayX, pxPerDay, xDay, type DayRange, type TimeScale } from './time';

export type { DayWindow };

/** The URL's form of a window. */
export interface WindowParams {
	from: string | null;
	to: string | null;
}

const isFirstOfYear = (day: number) => {
	const c = calendarDate(day);
	return c.month === 1 && c.day === 1;
};
const isLastOfYear = (day: number) => {
	const c = calendarDate(day);
	return c.month === 12 && c.day === 31;
};
const isFirstOfMonth = (day: number) => calendarDate(day).day === 1;
const isLastOfMonth = (day: number) => {
	const c = calendarDate(day);
	return c.day === daysInMonth(c.year, c.month);
};

/**
 * `from`/`to` for a window, both ends at the same precision: years when the window is whole
 * years, months when it is whole months, days otherwise. An open (infinite) end is left out.
 */
export function windowToParams(w: DayWindow | null): WindowParams {
	if (!w) return { from: null, to: null };
	const from = Number.isFinite(w[0]) ? w[0] : null;
	const to = Number.isFinite(w[1]) ? w[1] : null;
	const all = (test: (d: number) => boolean, other: (d: number) => boolean) =>
		(from === null || test(from)) && (to === null || other(to));
	const precision = all(isFirstOfYear, isLastOfYear)
		? 'year'
		: all(isFirstOfMonth, isLastOfMonth)
			? 'month'
			: 'day';
	const format = (day: number | null) => {
		if (day === null) return null;
		const iso = isoDay(day);
		return precision === 'year' ? iso.slice(0, 4) : precision === 'month' ? iso.slice(0, 7) : iso;
	};
	return { from: format(from), to: format(to) };
}

/** Keeps a window inside the domain, cutting open or overhanging ends. */
export function clampWindow(w: DayWindow, domain: DayRange): [number, number] {
	return [
		Math.min(Math.max(w[0], domain[0]), domain[1]),
		Math.max(Math.min(w[1], domain[1]), domain[0])
	];
}

/** Moves a window by `days`, keeping its width and stopping at the domain's edges. */
export function moveWindow(w: DayWindow, days: number, domain: DayRange): [number, number] {
	const [a, b] = clampWindow(w, domain);
	const shift = Math.max(domain[0] - a, Math.min(domain[1] - b, days));
	return [a + shift, b + shift];
}

/** The same day of the month `n` months later (earlier), or that month's last day. */
export function addMonths(day: number, n: number): number {
	const c = calendarDate(day);
	const m = c.year * 12 + (c.month - 1) + n;
	const year = Math.floor(m / 12);
	const month = (m % 12) + 1;
	return dayNumber(year, month, Math.min(c.day, daysInMonth(year, month)));
}

/** Whether a window is a run of whole months. */
export function isWholeMonths(w: DayWindow): boolean {
	return isFirstOfMonth(w[0]) && isLastOfMonth(w[1]);
}

/**
 * Moves a window by `n` calendar months. A run of whole months stays whole months (February to
 * April becomes March to May); any other window moves its start by the months and keeps its
 * width. Stops at the domain's edges.
 */
export function moveWindowByMonths(w: DayWindow, n: number, domain: DayRange): [number, number] {
	const [a, b] = clampWindow(w, domain);
	if (isWholeMonths([a, b])) {
		const start = addMonths(a, n);
		const end = addMonths(b + 1, n) - 1;
		if (start >= domain[0] && end <= domain[1]) return [start, end];
	}
	return moveWindow([a, b], addMonths(a, n) - a, domain);
}

/**
 * Moves one edge of a window by `days` (or, with `months`, by calendar months), keeping at least
 * one day between the edges and staying inside the domain.
 */
export function moveEdge(
	w: DayWindow,
	edge: 'from' | 'to',
	step: { days?: number; months?: number },
	domain: DayRange
): [number, number] {
	const [a, b] = clampWindow(w, domain);
	const shift = (day: number) => {
		if (step.months) {
			// The end of a month moves to the end of the month: 31 May → 30 June.
			if (edge === 'to' && isLastOfMonth(day)) return addMonths(day + 1, step.months) - 1;
			return addMonths(day, step.months);
		}
		return day + (step.days ?? 0);
	};
	if (edge === 'from') return [Math.min(Math.max(shift(a), domain[0]), b), b];
	return [a, Math.max(Math.min(shift(b), domain[1]), a)];
}

/**
 * The day boundary nearest to a pixel: the day that begins there. Zoomed out so far that a
 * day is narrower than a few pixels, an edge within `magnet` pixels of a month's start snaps to
 * it, so that a drag can select whole months (and years) without zooming in.
 */
export function snapEdge(scale: TimeScale, x: number, magnet = 5): number {
	const t = xDay(scale, x);
	const day = Math.round(t);
	if (pxPerDay(scale) >= 3) return day;
	const date = dayToUtcDate(t);
	let best = day;
	let bestDist = Infinity;
	for (const boundary of [utcMonth.floor(date), utcMonth.ceil(date)]) {
		const d = utcDateToDay(boundary);
		const dist = Math.abs(dayX(scale, d) - x);
		if (dist < bestDist) {
			best = d;
			bestDist = dist;
		}
	}
	return bestDist <= magnet ? best : day;
}

/** The window a brush selection (pixels) stands for, snapped to whole days; null if empty. */
export function pixelsToWindow(
	scale: TimeScale,
	x0: number,
	x1: number,
	magnet?: number
): [number, number] | null {
	const from = snapEdge(scale, Math.min(x0, x1), magnet);
	const to = snapEdge(scale, Math.max(x0, x1), magnet) - 1;
	return to >= from ? [from, to] : null;
}

/**
 * Where the brush draws a window: from the start of its first day to the end of its last,
 * clipped to the domain and to [0, width]; null when none of it is in view.
 */
export function windowToPixels(
	scale: TimeScale,
	w: DayWindow | null,
	domain: DayRange,
	width: number
): [number, number] | null {
	if (!w) return null;
	const [a, b] = clampWindow(w, domain);
	const x0 = Math.max(0, dayX(scale, a));
	const x1 = Math.min(width, dayX(scale, b + 1));
	return x1 > x0 ? [x0, x1] : null;
}

const dayWords = (day: number) => {
	const c = calendarDate(day);
	return `${c.day} ${MONTH_NAMES[c.month - 1]} ${c.year}`;
};
const monthWords = (day: number) => {
	const c = calendarDate(day);
	return `${MONTH_NAMES[c.month - 1]} ${c.year}`;
};

/**
 * A window in words, as exactly as it is whole: "2008", "2007 to 2008", "June to December 2007",
 * "February 2008", "16 May 2008 to 24 September 2008", "16 May 2008". Open ends: "from 2008",
 * "up to 16 May 2008".
 */
export function windowInWords(w: DayWindow | null): string {
	if (!w) return 'all dates';
	const p = windowToParams(w);
	const words = (s: string | null, day: number) =>
		s === null ? '' : s.length === 4 ? s : s.length === 7 ? monthWords(day) : dayWords(day);
	if (p.from === null && p.to === null) return 'all dates';
	if (p.from === null) return `up to ${words(p.to, w[1])}`;
	if (p.to === null) return `from ${words(p.from, w[0])}`;
	if (p.from === p.to) return words(p.from, w[0]);
	const a = calendarDate(w[0]);
	const b = calendarDate(w[1]);
	if (p.from.length === 7 && a.year === b.year)
		return `${MONTH_NAMES[a.month - 1]} to ${monthWords(w[1])}`;
	return `${words(p.from, w[0])} to ${words(p.to, w[1])}`;
}

const integer = new Intl.NumberFormat('en');

/** "366 days", "1 day". */
export function daysInWords(w: DayWindow): string {
	const n = w[1] - w[0] + 1;
	return `${integer.format(n)} ${n === 1 ? 'day' : 'days'}`;
}

/** The window a key press starts when there is none: the first whole month in view. */
export function firstMonthWindow(visibleFirstDay: number, domain: DayRange): [number, number] {
	const start = Math.max(domain[0], Math.min(visibleFirstDay, domain[1]));
	const c = calendarDate(start);
	const monthStart = dayNumber(c.year, c.month, 1);
	let first = c.day === 1 ? start : addMonths(monthStart, 1);
	if (first > domain[1]) first = monthStart;
	return clampWindow([first, addMonths(first, 1) - 1], domain);
}

/** Play speeds: how long one pass over the whole domain takes, and the reduced-motion beat. */
export const SPEEDS = {
	slow: { passSeconds: 40, stepMs: 1600 },
	normal: { passSeconds: 20, stepMs: 1000 },
	fast: { passSeconds: 8, stepMs: 500 }
} as const;
export type Speed = keyof typeof SPEEDS;

/** The window play starts from: the current one, or the first three months; from the start
 * again when the current one already touches the end. */
export function playStart(w: DayWindow | null, domain: DayRange): [number, number] {
	if (!w) return [domain[0], Math.min(domain[1], addMonths(domain[0], 3) - 1)];
	const c = clampWindow(w, domain);
	if (c[1] < domain[1]) return c;
	if (isWholeMonths(c)) {
		const a = calendarDate(c[0]);
		const b = calendarDate(domain[0]);
		const back = moveWindowByMonths(c, b.year * 12 + b.month - (a.year * 12 + a.month), domain);
		if (back[0] === domain[0]) return back;
	}
	return moveWindow(c, domain[0] - c[0], domain);
}

/**
 * One step of play: animated, the window's start advances to `startPosition` (fractional days,
 * rounded to whole days); stepping (reduced motion), it moves by a calendar month. Returns null
 * once the window has reached the end of the domain.
 */
export function playStep(
	w: DayWindow,
	domain: DayRange,
	step: { toStart: number } | { months: number }
): [number, number] | null {
	if (w[1] >= domain[1]) return null;
	if ('months' in step) return moveWindowByMonths(w, step.months, domain);
	return moveWindow(w, Math.round(step.toStart) - w[0], domain);
}

/**
 * What keys, wheels and date fields ask of the window and the zoom, as plain functions of the
 * event's facts (no DOM), so that they can be tested.
 */

import { dayNumber, parseSimpleDate } from '../model/edtf';
import type { DayRange } from './time';
import {
	clampWindow,
	firstMonthWindow,
	moveEdge,
	moveWindow,
	moveWindowByMonths,
	type DayWindow
} from './window';

export interface KeyFacts {
	key: string;
	shiftKey?: boolean;
	altKey?: boolean;
}

/** What a key does to the window: a new window, `clear`, or null (not ours). */
export type KeyOutcome = { window: [number, number] } | { clear: true } | null;

/**
 * Keys on the brush: ←/→ move the window by a day, with Shift (or PageUp/PageDown) by a month;
 * Alt+←/→ move its end (Alt+Shift: by a month); Home/End move it to the start/end of the
 * timeline; Escape, Delete and Backspace clear it. With no window, a moving key starts one on
 * the first month in view. On a handle (`edge`), ←/→ move that edge.
 */
export function brushKey(
	e: KeyFacts,
	w: DayWindow | null,
	domain: DayRange,
	visibleFirstDay: number,
	edge: 'from' | 'to' | null = null
): KeyOutcome {
	const dir =
		e.key === 'ArrowRight' || e.key === 'ArrowUp' || e.key === 'PageUp'
			? 1
			: e.key === 'ArrowLeft' || e.key === 'ArrowDown' || e.key === 'PageDown'
				? -1
				: 0;
	const byMonth = e.shiftKey || e.key === 'PageUp' || e.key === 'PageDown';
	if (e.key === 'Escape' || e.key === 'Delete' || e.key === 'Backspace')
		return w ? { clear: true } : null;
	if (!w) {
		if (dir || e.key === 'Home' || e.key === 'End' || e.key === 'Enter')
			return { window: firstMonthWindow(visibleFirstDay, domain) };
		return null;
	}
	const c = clampWindow(w, domain);
	const to = (a: number, b: number): KeyOutcome => ({ window: [a, b] });
	const resize = edge ?? (e.altKey ? 'to' : null);
	if (resize) {
		if (e.key === 'Home') return resize === 'from' ? to(domain[0], c[1]) : to(c[0], c[0]);
		if (e.key === 'End') return resize === 'from' ? to(c[1], c[1]) : to(c[0], domain[1]);
		if (!dir) return null;
		return { window: moveEdge(c, resize, byMonth ? { months: dir } : { days: dir }, domain) };
	}
	if (e.key === 'Home') return { window: moveWindow(c, domain[0] - c[0], domain) };
	if (e.key === 'End') return { window: moveWindow(c, domain[1] - c[1], domain) };
	if (!dir) return null;
	return { window: byMonth ? moveWindowByMonths(c, dir, domain) : moveWindow(c, dir, domain) };
}

/** d3-zoom's wheel rule: the zoom factor for a wheel event (2 to the power of its delta). */
export function wheelFactor(e: { deltaY: number; deltaMode: number; ctrlKey: boolean }): number {
	const delta = -e.deltaY * (e.deltaMode === 1 ? 0.05 : e.deltaMode ? 1 : 0.002);
	return Math.pow(2, delta * (e.ctrlKey ? 10 : 1));
}

/** A date field's value (`YYYY-MM-DD`) as a day, if it is one inside the domain. */
export function dateFieldDay(value: string, domain: DayRange): number | null {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
	const d = parseSimpleDate(value);
	if ('error' in d || d.month === null || d.day === null) return null;
	const day = dayNumber(d.year, d.month, d.day);
	return day >= domain[0] && day <= domain[1] ? day : null;
}

/**
 * The window after a date field changes: the other end is kept, and pushed along when the new
 * end passes it. An emptied field opens that end.
 */
export function windowFromField(
	edge: 'from' | 'to',
	day: number | null,
	w: DayWindow | null
): [number, number] | null {
	let from = w && Number.isFinite(w[0]) ? w[0] : -Infinity;
	let to = w && Number.isFinite(w[1]) ? w[1] : Infinity;
	if (edge === 'from') {
		from = day ?? -Infinity;
		if (day !== null && to < day) to = day;
	} else {
		to = day ?? Infinity;
		if (day !== null && from > day) from = day;
	}
	return Number.isFinite(from) || Number.isFinite(to) ? [from, to] : null;
}

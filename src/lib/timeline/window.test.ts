import { describe, expect, it } from 'vitest';
import { zoomIdentity } from 'd3-zoom';
import { dayNumber } from '../model/edtf';
import { windowMembership } from '../model/filter';
import { windowOf } from '../url/view-state';
import { baseScale, DEFAULT_DOMAIN, dayX } from './time';
import {
	addMonths,
	firstMonthWindow,
	moveEdge,
	moveWindow,
	moveWindowByMonths,
	pixelsToWindow,
	playStart,
	playStep,
	snapEdge,
	windowInWords,
	windowToParams,
	windowToPixels
} from './window';

const d = dayNumber;
const D = DEFAULT_DOMAIN;

describe('windowToParams: the URL form of a window', () => {
	it('whole years as years', () => {
		expect(windowToParams([d(2008, 1, 1), d(2008, 12, 31)])).toEqual({ from: '2008', to: '2008' });
		expect(windowToParams([d(2007, 1, 1), d(2008, 12, 31)])).toEqual({ from: '2007', to: '2008' });
	});

	it('whole months as months, leap February included', () => {
		expect(windowToParams([d(2008, 2, 1), d(2008, 2, 29)])).toEqual({
			from: '2008-02',
			to: '2008-02'
		});
		expect(windowToParams([d(2007, 6, 1), d(2007, 12, 31)])).toEqual({
			from: '2007-06',
			to: '2007-12'
		});
		// Both ends at one precision: January 2007 to June 2008, not 2007 to 2008-06.
		expect(windowToParams([d(2007, 1, 1), d(2008, 6, 30)])).toEqual({
			from: '2007-01',
			to: '2008-06'
		});
	});

	it('days otherwise (28 February 2008 is not the end of that February)', () => {
		expect(windowToParams([d(2008, 2, 1), d(2008, 2, 28)])).toEqual({
			from: '2008-02-01',
			to: '2008-02-28'
		});
		expect(windowToParams([d(2008, 5, 16), d(2008, 5, 16)])).toEqual({
			from: '2008-05-16',
			to: '2008-05-16'
		});
	});

	it('open ends and no window', () => {
		expect(windowToParams(null)).toEqual({ from: null, to: null });
		expect(windowToParams([d(2008, 1, 1), Infinity])).toEqual({ from: '2008', to: null });
	});

	it('round-trips through the URL codec', () => {
		for (const w of [
			[d(2008, 1, 1), d(2008, 12, 31)],
			[d(2008, 2, 1), d(2008, 2, 29)],
			[d(2007, 6, 1), d(2007, 12, 31)],
			[d(2007, 3, 5), d(2008, 2, 29)]
		] as const) {
			expect(windowOf(windowToParams(w))).toEqual(w);
		}
	});
});

describe('brush pixels and days', () => {
	const scale = baseScale(D, 731); // one pixel per day

	it('snaps pixels to whole days: a selection covers the days it spans', () => {
		expect(pixelsToWindow(scale, 365, 731)).toEqual([d(2008, 1, 1), d(2008, 12, 31)]);
		expect(pixelsToWindow(scale, 365.4, 730.6)).toEqual([d(2008, 1, 1), d(2008, 12, 31)]);
		// Dragged from right to left, the same window.
		expect(pixelsToWindow(scale, 731, 365)).toEqual([d(2008, 1, 1), d(2008, 12, 31)]);
		expect(pixelsToWindow(scale, 100.2, 100.4)).toBeNull();
	});

	it('zoomed far out, edges near a month boundary snap to it', () => {
		const narrow = baseScale(D, 500); // 0.68 px per day
		const jan = dayX(narrow, d(2008, 1, 1));
		const end = dayX(narrow, d(2009, 1, 1));
		expect(pixelsToWindow(narrow, jan + 2.5, end - 3)).toEqual([d(2008, 1, 1), d(2008, 12, 31)]);
		// Far from a boundary, the nearest day.
		const mid = dayX(narrow, d(2008, 1, 16));
		expect(snapEdge(narrow, mid)).toBe(d(2008, 1, 16));
	});

	it('zoomed in, no month magnet', () => {
		const near = zoomIdentity.scale(10).rescaleX(scale);
		expect(snapEdge(near, dayX(near, d(2007, 2, 1)) + 12)).toBe(d(2007, 2, 2));
	});

	it('draws a window from the start of its first day to the end of its last, clipped', () => {
		expect(windowToPixels(scale, [d(2008, 1, 1), d(2008, 12, 31)], D, 731)).toEqual([365, 731]);
		expect(windowToPixels(scale, [d(2008, 1, 1), Infinity], D, 731)).toEqual([365, 731]);
		expect(windowToPixels(scale, null, D, 731)).toBeNull();
		const near = zoomIdentity.translate(-3650, 0).scale(10).rescaleX(scale);
		expect(windowToPixels(near, [d(2007, 1, 1), d(2007, 3, 31)], D, 731)).toBeNull();
	});
});

describe('moving and resizing the window', () => {
	const june = [d(2007, 6, 1), d(2007, 6, 30)] as const;

	it('by days, keeping its width, stopping at the domain edges', () => {
		expect(moveWindow(june, 1, D)).toEqual([d(2007, 6, 2), d(2007, 7, 1)]);
		expect(moveWindow([d(2008, 12, 1), d(2008, 12, 30)], 5, D)).toEqual([
			d(2008, 12, 2),
			d(2008, 12, 31)
		]);
		expect(moveWindow([d(2007, 1, 2), d(2007, 1, 3)], -5, D)).toEqual([
			d(2007, 1, 1),
			d(2007, 1, 2)
		]);
	});

	it('by months: whole months stay whole months', () => {
		expect(moveWindowByMonths(june, 1, D)).toEqual([d(2007, 7, 1), d(2007, 7, 31)]);
		expect(moveWindowByMonths([d(2008, 1, 1), d(2008, 1, 31)], 1, D)).toEqual([
			d(2008, 2, 1),
			d(2008, 2, 29)
		]);
		expect(moveWindowByMonths([d(2007, 3, 5), d(2007, 3, 10)], -1, D)).toEqual([
			d(2007, 2, 5),
			d(2007, 2, 10)
		]);
		expect(addMonths(d(2008, 1, 31), 1)).toBe(d(2008, 2, 29));
		expect(addMonths(d(2008, 3, 31), -13)).toBe(d(2007, 2, 28));
	});

	it('one edge at a time, never past the other', () => {
		expect(moveEdge(june, 'to', { days: 1 }, D)).toEqual([d(2007, 6, 1), d(2007, 7, 1)]);
		expect(moveEdge(june, 'from', { days: -1 }, D)).toEqual([d(2007, 5, 31), d(2007, 6, 30)]);
		expect(moveEdge(june, 'to', { months: 1 }, D)).toEqual([d(2007, 6, 1), d(2007, 7, 31)]);
		expect(moveEdge(june, 'from', { days: 40 }, D)).toEqual([d(2007, 6, 30), d(2007, 6, 30)]);
		expect(moveEdge(june, 'to', { days: 9999 }, D)).toEqual([d(2007, 6, 1), D[1]]);
	});

	it('a key press with no window starts one on the first whole month in view', () => {
		expect(firstMonthWindow(D[0], D)).toEqual([d(2007, 1, 1), d(2007, 1, 31)]);
		expect(firstMonthWindow(d(2008, 2, 10), D)).toEqual([d(2008, 3, 1), d(2008, 3, 31)]);
	});
});

describe('play', () => {
	it('starts from the window, the first quarter, or over again from the start', () => {
		expect(playStart(null, D)).toEqual([d(2007, 1, 1), d(2007, 3, 31)]);
		expect(playStart([d(2008, 7, 1), d(2008, 12, 31)], D)).toEqual([d(2007, 1, 1), d(2007, 6, 30)]);
		const june = [d(2007, 6, 1), d(2007, 6, 30)] as const;
		expect(playStart(june, D)).toEqual(june);
	});

	it('moves the window, keeping its width, and stops at the end', () => {
		const w = [d(2008, 11, 1), d(2008, 11, 30)] as const;
		expect(playStep(w, D, { months: 1 })).toEqual([d(2008, 12, 1), d(2008, 12, 31)]);
		expect(playStep([d(2008, 12, 1), d(2008, 12, 31)], D, { months: 1 })).toBeNull();
		expect(playStep(w, D, { toStart: d(2008, 11, 10) + 0.4 })).toEqual([
			d(2008, 11, 10),
			d(2008, 12, 9)
		]);
	});
});

describe('the window in words', () => {
	it('as exactly as it is whole', () => {
		expect(windowInWords(null)).toBe('all dates');
		expect(windowInWords([d(2008, 1, 1), d(2008, 12, 31)])).toBe('2008');
		expect(windowInWords([d(2007, 1, 1), d(2008, 12, 31)])).toBe('2007 to 2008');
		expect(windowInWords([d(2007, 6, 1), d(2007, 12, 31)])).toBe('June to December 2007');
		expect(windowInWords([d(2008, 2, 1), d(2008, 2, 29)])).toBe('February 2008');
		expect(windowInWords([d(2007, 11, 1), d(2008, 2, 29)])).toBe('November 2007 to February 2008');
		expect(windowInWords([d(2008, 5, 16), d(2008, 9, 24)])).toBe(
			'16 May 2008 to 24 September 2008'
		);
		expect(windowInWords([d(2008, 1, 1), Infinity])).toBe('from 2008');
	});
});

describe('certain and possible, as the brush defines them', () => {
	// The window a drag from June to December 2007 gives, at one pixel per day.
	const scale = baseScale(D, 731);
	const w = pixelsToWindow(scale, dayX(scale, d(2007, 6, 1)), dayX(scale, d(2008, 1, 1)))!;

	it('June to December 2007 holds November 2007 certainly and 2007 only possibly', () => {
		expect(windowToParams(w)).toEqual({ from: '2007-06', to: '2007-12' });
		expect(windowMembership({ start: d(2007, 11, 1), end: d(2007, 11, 30) }, w)).toBe('certain');
		expect(windowMembership({ start: d(2007, 1, 1), end: d(2007, 12, 31) }, w)).toBe('possible');
		expect(windowMembership({ start: d(2008, 5, 16), end: d(2008, 5, 16) }, w)).toBe('out');
	});

	it('a window ending on a day boundary includes that day and nothing after', () => {
		const may = pixelsToWindow(scale, dayX(scale, d(2008, 5, 1)), dayX(scale, d(2008, 5, 17)))!;
		expect(windowMembership({ start: d(2008, 5, 16), end: d(2008, 5, 16) }, may)).toBe('certain');
		const before = pixelsToWindow(scale, dayX(scale, d(2008, 5, 1)), dayX(scale, d(2008, 5, 16)))!;
		expect(windowMembership({ start: d(2008, 5, 16), end: d(2008, 5, 16) }, before)).toBe('out');
	});
});

import { describe, expect, it } from 'vitest';
import { buildIndex } from '../model/atlas-index';
import { dayNumber } from '../model/edtf';
import { curatedAtlas } from '../test/curated';
import {
	binColumns,
	buildDensity,
	buildSpanClasses,
	countByWidth,
	countMeeting,
	cumulative,
	spansMeeting,
	weightBetween
} from './density';
import { random, synthAtlas } from './synth';

const d = dayNumber;

describe('density', () => {
	it('spreads each event over the days it may denote', () => {
		// A day, a 30-day month, and a 10-day interval over days 0..99.
		const idx = buildDensity([5, 30, 50], [5, 59, 59], 0, 99);
		expect(idx.count).toBe(3);
		expect(idx.perDay[5]).toBe(1);
		expect(idx.perDay[30]).toBeCloseTo(1 / 30, 12);
		expect(idx.perDay[55]).toBeCloseTo(1 / 30 + 1 / 10, 12);
		expect(idx.perDay[60]).toBe(0);
		expect(cumulative(idx, 100)).toBeCloseTo(3, 9);
		expect(weightBetween(idx, 5, 6)).toBe(1);
		// Half a day holds half its weight.
		expect(weightBetween(idx, 5, 5.5)).toBeCloseTo(0.5, 12);
		expect(weightBetween(idx, 30, 60)).toBeCloseTo(2, 9);
	});

	it('counts only the part of a span inside the range, at its full-span rate', () => {
		const idx = buildDensity([0], [99], 50, 149);
		expect(idx.count).toBe(1);
		expect(cumulative(idx, 1e9)).toBeCloseTo(0.5, 12);
	});

	it('bins pixel columns by the prefix sum: columns add up to the whole', () => {
		const idx = buildDensity([0, 10, 20], [9, 10, 39], 0, 39);
		const { bins, max } = binColumns(idx, 0, 4, 10);
		expect(bins.length).toBe(10);
		expect(bins.reduce((a, b) => a + b, 0)).toBeCloseTo(3, 5);
		expect(bins[0]).toBeCloseTo(0.4, 5);
		// Days 8–11: two tenths of the first span and the whole single day.
		expect(bins[2]).toBeCloseTo(0.2 + 1, 5);
		expect(max).toBeCloseTo(bins[2]!, 6);
		// Fractional columns (zoomed in: a quarter day each).
		const fine = binColumns(idx, 10, 0.25, 4);
		expect(Array.from(fine.bins)).toEqual([0.25, 0.25, 0.25, 0.25]);
	});

	it('counts the spans meeting a range from sorted ends', () => {
		const starts = [0, 10, 20, 30];
		const ends = [5, 12, 40, 31].sort((a, b) => a - b);
		expect(countMeeting(starts, ends, 11, 25)).toBe(2);
		expect(countMeeting(starts, ends, 0, 100)).toBe(4);
		expect(countMeeting(starts, ends, 41, 100)).toBe(0);
	});

	it('at 10,000 events: same totals, and a redraw costs pixels, not events', async () => {
		const index = buildIndex(synthAtlas(await curatedAtlas(), 10_000, 7));
		const starts = Int32Array.from(index.events, (e) => e.span.start);
		const ends = Int32Array.from(index.events, (e) => e.span.end);
		const idx = buildDensity(starts, ends, d(2007, 1, 1), d(2008, 12, 31));
		expect(idx.count).toBe(10_004);
		expect(cumulative(idx, d(2009, 1, 1))).toBeCloseTo(10_004, 6);
		const out = new Float32Array(1200);
		const redraw = (i: number) => binColumns(idx, d(2007, 1, 1) + i, 731 / 1200, 1200, out);
		for (let i = 0; i < 200; i++) redraw(i); // warm up the JIT
		// The best of a few rounds: the machine may be busy with other work.
		const rounds = [0, 1, 2, 3, 4].map(() => {
			const t0 = performance.now();
			for (let i = 0; i < 100; i++) redraw(i);
			return (performance.now() - t0) / 100;
		});
		const perRedraw = Math.min(...rounds);
		expect(perRedraw).toBeLessThan(2);
	});
});

describe('spans by width', () => {
	// Days 0..: a day, a week, a month, a year, and another day.
	const starts = [10, 12, 0, 0, 40];
	const ends = [10, 18, 30, 364, 40];
	const sc = buildSpanClasses(starts, ends);

	it('splits what meets a range into spans no wider than the view and wider ones', () => {
		expect(countByWidth(sc, 5, 20, 16)).toEqual({ narrow: 2, wide: 2 });
		expect(countByWidth(sc, 0, 400, 1000)).toEqual({ narrow: 5, wide: 0 });
		expect(countByWidth(sc, 100, 200, 101)).toEqual({ narrow: 0, wide: 1 });
	});

	it('lists them, in the original order', () => {
		expect(spansMeeting(sc, ends, 5, 20, 'narrow', 16)).toEqual([0, 1]);
		expect(spansMeeting(sc, ends, 5, 20, 'wide', 16)).toEqual([2, 3]);
		expect(spansMeeting(sc, ends, 5, 20, 'all', 16)).toEqual([0, 1, 2, 3]);
		expect(spansMeeting(sc, ends, 41, 50, 'all', 16)).toEqual([3]);
	});

	it('agrees with a plain scan on random spans', () => {
		const rnd = random(11);
		const s: number[] = [];
		const e: number[] = [];
		for (let i = 0; i < 2000; i++) {
			const a = Math.floor(rnd() * 700);
			s.push(a);
			e.push(a + Math.floor(rnd() ** 3 * 400));
		}
		const classes = buildSpanClasses(s, e);
		for (const [a, b, w] of [
			[100, 107, 8],
			[0, 730, 731],
			[300, 330, 31],
			[650, 700, 3]
		] as const) {
			const all = s.map((_, i) => i).filter((i) => e[i]! >= a && s[i]! <= b);
			expect(spansMeeting(classes, e, a, b, 'all', w)).toEqual(all);
			const counts = countByWidth(classes, a, b, w);
			expect(counts.narrow + counts.wide).toBe(all.length);
			expect(spansMeeting(classes, e, a, b, 'narrow', w)).toHaveLength(counts.narrow);
		}
	});
});

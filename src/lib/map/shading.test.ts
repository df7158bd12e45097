import { describe, expect, it } from 'vitest';
import { lightness } from './palette';
import { classOf, maxCount, rampColours, shadeClasses } from './shading';

describe('shadeClasses', () => {
	it('has no class when nothing is counted', () => {
		expect(shadeClasses(0)).toEqual([]);
	});

	it.each([
		[1, ['1']],
		[2, ['1', '2']],
		[5, ['1', '2', '3', '4', '5']]
	])('gives one class per count up to five (max %i)', (max, labels) => {
		expect(shadeClasses(max).map((c) => c.label)).toEqual(labels);
	});

	it.each([
		[6, ['1', '2', '3–4', '5–6']],
		[40, ['1', '2–4', '5–9', '10–19', '20–40']],
		[1234, ['1', '2–9', '10–49', '50–299', '300–1,234']]
	])('keeps 1 apart, then steps geometrically with round bounds (max %i)', (max, labels) => {
		expect(shadeClasses(max).map((c) => c.label)).toEqual(labels);
	});

	it.each([2, 3, 6, 7, 19, 100, 999, 10_000, 123_456])(
		'covers 1..%i with at most five contiguous classes',
		(max) => {
			const classes = shadeClasses(max);
			expect(classes.length).toBeLessThanOrEqual(5);
			expect(classes[0]!.min).toBe(1);
			expect(classes[classes.length - 1]!.max).toBe(max);
			for (let i = 1; i < classes.length; i++)
				expect(classes[i]!.min).toBe(classes[i - 1]!.max + 1);
		}
	);
});

describe('classOf', () => {
	const classes = shadeClasses(40); // 1 | 2–4 | 5–9 | 10–19 | 20–40
	it.each([
		[0, 0],
		[1, 1],
		[2, 2],
		[4, 2],
		[5, 3],
		[19, 4],
		[20, 5],
		[40, 5],
		[41, 5] // beyond the dataset's maximum (a filter cannot raise counts, but be safe)
	])('puts %i in class %i', (count, k) => {
		expect(classOf(count, classes)).toBe(k);
	});
});

describe('rampColours', () => {
	it('runs from light to dark in even lightness steps (readable without hue)', () => {
		const colours = rampColours('#e0e8f2', '#1f4e79', 5);
		const l = colours.map(lightness);
		for (let i = 1; i < l.length; i++) expect(l[i]!).toBeLessThan(l[i - 1]! - 8);
		const steps = l.slice(1).map((x, i) => l[i]! - x);
		expect(Math.max(...steps) - Math.min(...steps)).toBeLessThan(3);
	});

	it('gives a single class the middle of the ramp', () => {
		const [only] = rampColours('#ffffff', '#000000', 1);
		expect(lightness(only!)).toBeGreaterThan(40);
		expect(lightness(only!)).toBeLessThan(60);
	});
});

describe('counting', () => {
	// Counts per country come from FilterResult.countsBy (tested in model/filter.test.ts).
	it('finds the largest count', () => {
		const counts = new Map([
			['KAZ', 2],
			['UZB', 1]
		]);
		expect(maxCount(counts)).toBe(2);
		expect(maxCount(new Map())).toBe(0);
	});
});

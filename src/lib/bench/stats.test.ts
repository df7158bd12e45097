import { describe, expect, it } from 'vitest';
import { percentile, round, table } from './stats';

describe('percentile (nearest rank)', () => {
	it.each([
		[[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 50, 5],
		[[1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 95, 10],
		[[3, 1, 2], 50, 2],
		[[7], 95, 7]
	])('%j at %i is %i', (values, p, want) => expect(percentile(values, p)).toBe(want));

	it('is NaN for nothing', () => expect(percentile([], 50)).toBeNaN());
});

describe('report formatting', () => {
	it('rounds to one decimal below 100', () => {
		expect(round(12.345)).toBe(12.3);
		expect(round(1234.5)).toBe(1235);
	});

	it('pads a table', () => {
		const rows = [
			['x', 1],
			['yyy', null]
		];
		expect(table(['a', 'bb'], rows).split('\n')).toEqual([
			'a    bb',
			'---  --',
			'x     1',
			'yyy   –'
		]);
	});
});

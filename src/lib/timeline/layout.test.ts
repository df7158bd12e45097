import { describe, expect, it } from 'vitest';
import { dayNumber, parseEdtf } from '../model/edtf';
import {
	fitText,
	hitTest,
	layoutLanes,
	markExtent,
	markGeometry,
	POINT_RADIUS,
	TAIL_PX,
	type LayoutItem
} from './layout';
import { baseScale, DEFAULT_DOMAIN } from './time';

// One pixel per day over 2007–2008: x of a day boundary = days since 2007-01-01.
const scale = baseScale(DEFAULT_DOMAIN, 731);
const x = (y: number, m: number, d: number) => dayNumber(y, m, d) - DEFAULT_DOMAIN[0];
const geometry = (edtf: string, basis: 'stated' | 'reported' = 'stated') =>
	markGeometry(parseEdtf(edtf), basis, scale);

describe('each EDTF form, as the timeline draws it', () => {
	it('a day is a point in the middle of its day', () => {
		const g = geometry('2008-05-16');
		expect(g.shape).toBe('point');
		expect([g.x0, g.x1]).toEqual([x(2008, 5, 16), x(2008, 5, 17)]);
		expect(g.cx).toBe(x(2008, 5, 16) + 0.5);
		expect(g.tailX0).toBeNull();
	});

	it('a month is a band from its first day to the end of its last', () => {
		const g = geometry('2007-11');
		expect(g.shape).toBe('band');
		expect([g.x0, g.x1]).toEqual([x(2007, 11, 1), x(2007, 12, 1)]);
	});

	it('month ends: 30 and 31 days, and February in a common and a leap year', () => {
		expect(geometry('2007-04').x1 - geometry('2007-04').x0).toBeCloseTo(30, 9);
		expect(geometry('2007-12').x1 - geometry('2007-12').x0).toBeCloseTo(31, 9);
		expect(geometry('2007-02').x1 - geometry('2007-02').x0).toBeCloseTo(28, 9);
		expect(geometry('2008-02').x1 - geometry('2008-02').x0).toBeCloseTo(29, 9);
		expect(geometry('2008-02').x1).toBe(x(2008, 3, 1));
	});

	it('a leap day is a point on 29 February', () => {
		const g = geometry('2008-02-29');
		expect([g.x0, g.x1]).toEqual([x(2008, 2, 29), x(2008, 3, 1)]);
		expect(g.shape).toBe('point');
	});

	it('a year is a band over the whole year (2008 has 366 days)', () => {
		expect([geometry('2007').x0, geometry('2007').x1]).toEqual([0, 365]);
		expect([geometry('2008').x0, geometry('2008').x1]).toEqual([365, 731]);
		expect(geometry('2007').shape).toBe('band');
	});

	it('an interval is a band from the start of its start to the end of its end', () => {
		const days = geometry('2007-11-26/2007-11-30');
		expect([days.x0, days.x1]).toEqual([x(2007, 11, 26), x(2007, 12, 1)]);
		const months = geometry('2007-11/2008-02');
		expect([months.x0, months.x1]).toEqual([x(2007, 11, 1), x(2008, 3, 1)]);
		expect(months.shape).toBe('band');
		const mixed = geometry('2007/2008-06');
		expect([mixed.x0, mixed.x1]).toEqual([0, x(2008, 7, 1)]);
	});

	it('a reported date has a tail toward earlier dates', () => {
		const g = geometry('2008-05-16', 'reported');
		expect(g.tailX0).toBe(g.cx - POINT_RADIUS - TAIL_PX);
		const [left, right] = markExtent(g);
		expect(left).toBe(g.tailX0);
		expect(right).toBe(g.cx + POINT_RADIUS);
	});

	it('is the same under any time zone (the test script reruns this under two)', () => {
		expect(geometry('2007').x0).toBe(0);
		expect(geometry('2008-09-24').x0).toBe(x(2008, 9, 24));
	});
});

describe('lanes', () => {
	const item = (id: string, date: string, basis: 'stated' | 'reported' = 'stated'): LayoutItem => ({
		id,
		span: parseEdtf(date),
		basis,
		label: `Event ${id}`
	});

	it('packs overlapping marks into rows and keeps apart ones in one row', () => {
		const layout = layoutLanes(
			[
				{
					key: 'conference',
					label: 'Conference',
					items: [item('a', '2007'), item('b', '2007-11'), item('c', '2008-06-01')]
				}
			],
			scale,
			{ width: 731, labelled: false }
		);
		const rows = Object.fromEntries(layout.lanes[0]!.marks.map((m) => [m.id, m.row]));
		expect(rows).toEqual({ a: 0, b: 1, c: 0 });
		expect(layout.lanes[0]!.rows).toBe(2);
	});

	it('stacks lanes and counts labels in the packing', () => {
		const layout = layoutLanes(
			[
				{ key: 'k1', label: 'One', items: [item('a', '2008-05-16'), item('b', '2008-05-30')] },
				{ key: 'k2', label: 'Two', items: [item('c', '2008-09-24', 'reported')] }
			],
			scale,
			{ width: 731, labelled: true }
		);
		const [one, two] = layout.lanes;
		// 14 days apart is too close for the first mark's label: the second goes to a new row.
		expect(one!.marks.map((m) => m.row)).toEqual([0, 1]);
		expect(two!.y).toBe(one!.y + one!.height);
		expect(layout.height).toBe(one!.height + two!.height);
		for (const lane of layout.lanes)
			for (const m of lane.marks) {
				expect(m.label).not.toBeNull();
				expect(m.right).toBeLessThanOrEqual(731);
			}
	});

	it('when the rows run out, a mark gives up its label rather than write over another', () => {
		// Twelve labelled marks a week apart, two rows: most labels cannot fit.
		const items = Array.from({ length: 12 }, (_, i) =>
			item(String(i), `2008-03-${String(1 + i * 2).padStart(2, '0')}`)
		);
		const layout = layoutLanes([{ key: 'k', label: 'K', items }], scale, {
			width: 731,
			labelled: true,
			maxRows: 2
		});
		const marks = layout.lanes[0]!.marks;
		expect(marks).toHaveLength(12);
		expect(layout.lanes[0]!.rows).toBe(2);
		const labelled = marks.filter((m) => m.label);
		expect(labelled.length).toBeGreaterThan(0);
		expect(labelled.length).toBeLessThan(12);
		// In each row, no two marks with labels overlap: a label never covers another mark's label.
		for (const row of [0, 1]) {
			const inRow = labelled.filter((m) => m.row === row).sort((a, b) => a.left - b.left);
			for (let i = 1; i < inRow.length; i++)
				expect(inRow[i]!.left).toBeGreaterThanOrEqual(inRow[i - 1]!.right);
		}
		// A mark without its label spans only its shape.
		for (const m of marks.filter((m) => !m.label)) expect(m.right - m.left).toBeLessThan(20);
	});

	it('leaves room for lane names above the rows when asked', () => {
		const groups = [{ key: 'k', label: 'K', items: [item('a', '2008-05-16')] }];
		const plain = layoutLanes(groups, scale, { width: 731, labelled: false });
		const headed = layoutLanes(groups, scale, { width: 731, labelled: false, header: 12 });
		expect(headed.height).toBe(plain.height + 12);
		expect(headed.lanes[0]!.marks[0]!.y).toBe(plain.lanes[0]!.marks[0]!.y + 12);
	});

	it('keeps labels inside the plot, right-aligned near the right edge', () => {
		const layout = layoutLanes(
			[{ key: 'k', label: 'K', items: [item('late', '2008-12-20')] }],
			scale,
			{ width: 731, labelled: true }
		);
		const m = layout.lanes[0]!.marks[0]!;
		expect(m.label!.anchor).toBe('end');
		expect(m.label!.x).toBeLessThanOrEqual(731);
	});

	it('finds the mark under the pointer', () => {
		const layout = layoutLanes(
			[{ key: 'k', label: 'K', items: [item('a', '2007-11'), item('b', '2008-05-16')] }],
			scale,
			{ width: 731, labelled: false }
		);
		const [a, b] = layout.lanes[0]!.marks;
		const midY = a!.y + layout.rowHeight / 2;
		expect(hitTest(layout, x(2007, 11, 15), midY)?.id).toBe('a');
		expect(hitTest(layout, b!.cx + 2, midY)?.id).toBe('b');
		expect(hitTest(layout, x(2007, 3, 1), midY)).toBeNull();
		expect(hitTest(layout, x(2007, 11, 15), layout.height + 10)).toBeNull();
	});
});

describe('fitText', () => {
	it('cuts with an ellipsis, or not at all', () => {
		expect(fitText('Vienna', 100)).toBe('Vienna');
		const cut = fitText('Special Meeting of the Alliance of Experts', 80);
		expect(cut.endsWith('…')).toBe(true);
		expect(cut.length * 6.4).toBeLessThanOrEqual(80);
		expect(fitText('Special Meeting', 10)).toBe('');
	});
});

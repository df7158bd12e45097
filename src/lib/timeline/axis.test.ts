import { describe, expect, it } from 'vitest';
import { zoomIdentity } from 'd3-zoom';
import { dayNumber } from '../model/edtf';
import { axisLevel, axisModel, estimateLabelWidth, type AxisModel } from './axis';
import { baseScale, DEFAULT_DOMAIN, dayX, type TimeScale } from './time';

const WIDTH = 600;
const base = baseScale(DEFAULT_DOMAIN, WIDTH);

/** The scale zoomed by k about the start of a day. */
function zoomed(k: number, centre = dayNumber(2008, 5, 16)): TimeScale {
	const cx = dayX(base, centre);
	return zoomIdentity
		.translate(cx - cx * k, 0)
		.scale(k)
		.rescaleX(base);
}

function expectNoOverlap(model: AxisModel, width = WIDTH) {
	for (const row of [model.labels, model.periods]) {
		const boxes = row
			.map((l) => {
				const w = estimateLabelWidth(l.text);
				return l.anchor === 'middle' ? [l.x - w / 2, l.x + w / 2] : [l.x, l.x + w];
			})
			.sort((a, b) => a[0]! - b[0]!);
		for (let i = 1; i < boxes.length; i++) expect(boxes[i]![0]).toBeGreaterThan(boxes[i - 1]![1]!);
		for (const [a, b] of boxes) {
			expect(a).toBeGreaterThanOrEqual(0);
			expect(b).toBeLessThanOrEqual(width);
		}
	}
}

describe('the axis adapts its ticks to the zoom', () => {
	it('whole domain on a phone: month initials over years', () => {
		const m = axisModel(baseScale(DEFAULT_DOMAIN, 340), 340);
		expect(m.level).toBe('month-initials');
		expect(
			m.labels
				.slice(0, 12)
				.map((l) => l.text)
				.join('')
		).toBe('JFMAMJJASOND');
		expect(m.periods.map((p) => p.text)).toEqual(['2007', '2008']);
		expect(m.labels).toHaveLength(24);
	});

	it('whole domain at 900 px: month names over years', () => {
		const m = axisModel(baseScale(DEFAULT_DOMAIN, 900), 900);
		expect(m.level).toBe('months');
		expect(m.labels.slice(0, 3).map((l) => l.text)).toEqual(['Jan', 'Feb', 'Mar']);
		expect(m.periods.map((p) => p.text)).toEqual(['2007', '2008']);
		// Month labels sit in the middle of their month; year labels at the year's start.
		expect(m.labels[0]!.x).toBeCloseTo(
			dayX(baseScale(DEFAULT_DOMAIN, 900), dayNumber(2007, 1, 16) + 0.5),
			0
		);
		expect(m.periods[1]!.x).toBeCloseTo(
			dayX(baseScale(DEFAULT_DOMAIN, 900), dayNumber(2008, 1, 1)) + 3,
			6
		);
	});

	it('narrower: quarters, then years', () => {
		expect(axisModel(baseScale(DEFAULT_DOMAIN, 230), 230).labels.map((l) => l.text)).toEqual([
			'Q1',
			'Q2',
			'Q3',
			'Q4',
			'Q1',
			'Q2',
			'Q3',
			'Q4'
		]);
		const years = axisModel(baseScale(DEFAULT_DOMAIN, 120), 120);
		expect(years.level).toBe('years');
		expect(years.labels.map((l) => l.text)).toEqual(['2007', '2008']);
		expect(years.periods).toEqual([]);
	});

	it('far out (many years): a year every few years', () => {
		const domain = [dayNumber(1950, 1, 1), dayNumber(2009, 12, 31)] as const;
		const m = axisModel(baseScale(domain, 400), 400);
		expect(m.level).toBe('multi-years');
		expect(m.labels[0]!.text).toBe('1950');
		expect(Number(m.labels[1]!.text) - Number(m.labels[0]!.text)).toBe(10);
	});

	it('zoomed in: weeks (Mondays) over months', () => {
		const m = axisModel(zoomed(12), WIDTH);
		expect(m.level).toBe('weeks');
		// 12 May 2008 was a Monday.
		expect(m.labels.map((l) => l.text)).toContain('12');
		expect(m.periods.map((p) => p.text)).toContain('May 2008');
		const may12 = m.labels.find((l) => l.text === '12')!;
		expect(may12.x).toBeCloseTo(dayX(zoomed(12), dayNumber(2008, 5, 12)) + 3, 6);
	});

	it('zoomed in further: days over months', () => {
		const s = zoomed(60);
		const m = axisModel(s, WIDTH);
		expect(m.level).toBe('days');
		const sixteen = m.labels.find((l) => l.text === '16')!;
		expect(sixteen.x).toBeCloseTo(dayX(s, dayNumber(2008, 5, 16) + 0.5), 6);
		// The month label sticks to the left edge while its month is in view.
		expect(m.periods[0]).toMatchObject({ text: 'May 2008', x: 3 });
	});

	it('labels never overlap, at any zoom', () => {
		for (const k of [1, 1.3, 1.7, 2, 3, 4.5, 6, 8, 11, 16, 23, 32, 45, 64, 90, 104]) {
			for (const centre of [DEFAULT_DOMAIN[0], dayNumber(2007, 12, 30), dayNumber(2008, 2, 29)]) {
				expectNoOverlap(axisModel(zoomed(k, centre), WIDTH));
			}
		}
		for (const w of [120, 200, 260, 340, 500, 650, 900, 1400]) {
			expectNoOverlap(axisModel(baseScale(DEFAULT_DOMAIN, w), w), w);
		}
	});

	it('chooses levels by pixels per day', () => {
		expect(axisLevel(30)).toBe('days');
		expect(axisLevel(6)).toBe('weeks');
		expect(axisLevel(1.2)).toBe('months');
		expect(axisLevel(0.6)).toBe('month-initials');
		expect(axisLevel(0.3)).toBe('quarters');
		expect(axisLevel(0.15)).toBe('years');
		expect(axisLevel(0.05)).toBe('multi-years');
	});
});

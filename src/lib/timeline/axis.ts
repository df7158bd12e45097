/**
 * The timeline's axis: two rows of labels that adapt to the zoom. The upper row names the fine
 * periods (days, weeks, months, quarters or years), the lower row the coarse periods they fall in
 * (months or years), its labels sticking to the left edge while their period is in view. Labels
 * are chosen so that they never overlap: each level is used only when its narrowest period is
 * wider than its widest label.
 */

import { utcDay, utcMonday, utcMonth, utcYear, type TimeInterval } from 'd3-time';
import { utcFormat } from 'd3-time-format';
import { dayToUtcDate, utcDateToDay } from '../model/edtf';
import { dayX, pxPerDay, xDay, type TimeScale } from './time';

export type AxisLevel =
	'days' | 'weeks' | 'months' | 'month-initials' | 'quarters' | 'years' | 'multi-years';

export interface AxisLabel {
	x: number;
	text: string;
	anchor: 'start' | 'middle';
}

export interface AxisModel {
	level: AxisLevel;
	/** Pixel positions of the fine period boundaries (tick lines). */
	ticks: number[];
	/** Upper row. */
	labels: AxisLabel[];
	/** Pixel positions of the coarse period boundaries (longer tick lines, grid lines). */
	majors: number[];
	/** Lower row: coarse periods, left-aligned, sticky at the left edge. */
	periods: AxisLabel[];
}

/** Approximate width of a label at the axis's 11px font: enough to keep labels apart. */
export function estimateLabelWidth(text: string): number {
	let w = 0;
	for (const ch of text)
		w += /[MW]/.test(ch) ? 10 : /[A-Z0-9]/.test(ch) ? 7.2 : /[ijl]/.test(ch) ? 3.4 : 6.2;
	return w;
}

const PAD = 6;

const fmtDay = utcFormat('%-d');
const fmtMonth = utcFormat('%b');
const fmtMonthYear = utcFormat('%B %Y');
const fmtYear = utcFormat('%Y');

/** Each level, the smallest pixels per day at which its labels fit, and its intervals. */
interface LevelSpec {
	level: AxisLevel;
	fits: (pxPerDay: number) => boolean;
	interval: TimeInterval;
	format: (d: Date) => string;
	anchor: 'start' | 'middle';
	coarse: 'months' | 'years' | null;
}

const MONTH_MIN_DAYS = 28;

function levels(): LevelSpec[] {
	return [
		{
			level: 'days',
			fits: (p) => p >= estimateLabelWidth('30') + PAD * 2,
			interval: utcDay,
			format: fmtDay,
			anchor: 'middle',
			coarse: 'months'
		},
		{
			level: 'weeks',
			fits: (p) => 7 * p >= estimateLabelWidth('30') + PAD * 3,
			interval: utcMonday,
			format: fmtDay,
			anchor: 'start',
			coarse: 'months'
		},
		{
			level: 'months',
			fits: (p) => MONTH_MIN_DAYS * p >= estimateLabelWidth('May') + 10,
			interval: utcMonth,
			format: fmtMonth,
			anchor: 'middle',
			coarse: 'years'
		},
		{
			level: 'month-initials',
			fits: (p) => MONTH_MIN_DAYS * p >= estimateLabelWidth('M') + 2,
			interval: utcMonth,
			format: (d) => fmtMonth(d).charAt(0),
			anchor: 'middle',
			coarse: 'years'
		},
		{
			level: 'quarters',
			fits: (p) => 89 * p >= estimateLabelWidth('Q4') + PAD * 2,
			interval: utcMonth.every(3)!,
			format: (d) => `Q${Math.floor(d.getUTCMonth() / 3) + 1}`,
			anchor: 'middle',
			coarse: 'years'
		},
		{
			level: 'years',
			fits: (p) => 365 * p >= estimateLabelWidth('2000') + PAD * 2,
			interval: utcYear,
			format: fmtYear,
			anchor: 'middle',
			coarse: null
		}
	];
}

const LEVELS = levels();

/** The level the axis uses at a zoom (pixels per day). */
export function axisLevel(pixelsPerDay: number): AxisLevel {
	return LEVELS.find((l) => l.fits(pixelsPerDay))?.level ?? 'multi-years';
}

function boundaries(interval: TimeInterval, first: number, last: number): number[] {
	// Boundaries from the start of the period containing `first` up to the one after `last`.
	const from = interval.floor(dayToUtcDate(first));
	const to = interval.ceil(dayToUtcDate(last + 1));
	const out = interval.range(from, to).map(utcDateToDay);
	out.push(utcDateToDay(to));
	return out;
}

/**
 * The axis for a scale over `width` pixels. `measure` gives a label's width in pixels (the
 * component measures with the real font; tests use the estimate).
 */
export function axisModel(
	scale: TimeScale,
	width: number,
	measure: (text: string) => number = estimateLabelWidth
): AxisModel {
	const p = pxPerDay(scale);
	const first = Math.floor(xDay(scale, 0));
	const last = Math.ceil(xDay(scale, width));
	const spec = LEVELS.find((l) => l.fits(p));
	const ticks: number[] = [];
	const labels: AxisLabel[] = [];

	if (spec) {
		const days = boundaries(spec.interval, first, last);
		for (let i = 0; i < days.length; i++) {
			const x = dayX(scale, days[i]!);
			ticks.push(x);
			if (i === days.length - 1) break;
			const text = spec.format(dayToUtcDate(days[i]!));
			if (spec.anchor === 'middle') {
				// In the middle of the period's visible part, when the label fits there whole.
				const a = Math.max(x, 0);
				const b = Math.min(dayX(scale, days[i + 1]!), width);
				if (b - a >= measure(text) + 2) labels.push({ x: (a + b) / 2, text, anchor: 'middle' });
			} else if (x + 3 >= 0 && x + 3 + measure(text) <= width) {
				labels.push({ x: x + 3, text, anchor: 'start' });
			}
		}
	} else {
		// Very far out: a year every n years, labelled at its start.
		const yearPx = 365.25 * p;
		const step = [2, 5, 10, 20, 50, 100, 200, 500, 1000].find(
			(n) => n * yearPx >= measure('2000') + PAD * 2
		);
		const every = utcYear.every(step ?? 1000)!;
		for (const day of boundaries(every, first, last)) {
			const x = dayX(scale, day);
			ticks.push(x);
			const text = fmtYear(dayToUtcDate(day));
			if (x + 3 >= 0 && x + 3 + measure(text) <= width)
				labels.push({ x: x + 3, text, anchor: 'start' });
		}
	}

	const majors: number[] = [];
	const periods: AxisLabel[] = [];
	const coarse = spec?.coarse ?? null;
	if (coarse) {
		const interval = coarse === 'months' ? utcMonth : utcYear;
		const format = coarse === 'months' ? fmtMonthYear : fmtYear;
		const days = boundaries(interval, first, last);
		for (let i = 0; i < days.length; i++) {
			const x = dayX(scale, days[i]!);
			if (x >= 0 && x <= width) majors.push(x);
			if (i === days.length - 1) break;
			const text = format(dayToUtcDate(days[i]!));
			const w = measure(text);
			const next = dayX(scale, days[i + 1]!);
			// Sticky: the label stays at the left edge while its period is in view, and is pushed
			// out by the next period's label.
			let lx = Math.max(x, 0) + 3;
			if (lx + w + PAD > next) lx = next - w - PAD;
			if (lx < 0 || lx + w > width) continue;
			periods.push({ x: lx, text, anchor: 'start' });
		}
	} else {
		for (const t of ticks) if (t >= 0 && t <= width) majors.push(t);
	}

	return { level: spec?.level ?? 'multi-years', ticks, labels, majors, periods };
}

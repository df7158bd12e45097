/**
 * Calendar dates as the sources state them, in EDTF (ISO 8601-2) level 0 plus the level-1
 * qualifiers. A date is a set of possible days: `2008-05-16` is one day, `2007-11` any day of
 * November 2007, `2007` any day of 2007, `2007-11/2008-02` any day from 1 November 2007 to
 * 29 February 2008.
 *
 * Days are counted as whole numbers since 1970-01-01 in the proleptic Gregorian calendar, so
 * nothing here depends on the viewer's time zone: no local `Date` is ever constructed.
 */

export type Precision = 'day' | 'month' | 'year';

/** A calendar date or interval reduced to the days it may denote (inclusive). */
export interface DaySpan {
	/** The EDTF string it came from, normalised. */
	edtf: string;
	/** First possible day. */
	start: number;
	/** Last possible day (inclusive). */
	end: number;
	/** Precision of a single date; `interval` for `A/B`. */
	precision: Precision | 'interval';
	/** `?` in EDTF: the source is unsure of the date. */
	uncertain: boolean;
	/** `~` in EDTF: the date is approximate. */
	approximate: boolean;
}

export interface SimpleDate {
	year: number;
	month: number | null;
	day: number | null;
}

const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
] as const;

export const MONTH_NAMES: readonly string[] = MONTHS;

export function isLeapYear(year: number): boolean {
	return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
	if (month === 2) return isLeapYear(year) ? 29 : 28;
	return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Day number of a calendar date (days since 1970-01-01). Uses UTC arithmetic only. */
export function dayNumber(year: number, month: number, day: number): number {
	// setUTCFullYear, unlike Date.UTC, does not map the years 0–99 onto 1900–1999.
	const d = new Date(0);
	d.setUTCFullYear(year, month - 1, day);
	return Math.round(d.getTime() / 86_400_000);
}

/** The calendar date of a day number. */
export function calendarDate(day: number): { year: number; month: number; day: number } {
	const d = new Date(day * 86_400_000);
	return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** `YYYY-MM-DD` for a day number. */
export function isoDay(day: number): string {
	const c = calendarDate(day);
	return `${pad(c.year, 4)}-${pad(c.month, 2)}-${pad(c.day, 2)}`;
}

/** A UTC `Date` at midnight of the day, for UTC scales (d3.scaleUtc). */
export function dayToUtcDate(day: number): Date {
	return new Date(day * 86_400_000);
}

/** The day containing a UTC instant (the inverse of `dayToUtcDate`, flooring). */
export function utcDateToDay(date: Date): number {
	return Math.floor(date.getTime() / 86_400_000);
}

function pad(n: number, width: number): string {
	return String(n).padStart(width, '0');
}

const SIMPLE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; returns a reason when it cannot. */
export function parseSimpleDate(text: string): SimpleDate | { error: string } {
	const m = SIMPLE.exec(text);
	if (!m) return { error: `"${text}" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD` };
	const year = Number(m[1]);
	const month = m[2] === undefined ? null : Number(m[2]);
	const day = m[3] === undefined ? null : Number(m[3]);
	if (month !== null && (month < 1 || month > 12)) {
		return { error: `"${text}" has month ${m[2]}; months run from 01 to 12` };
	}
	if (month !== null && day !== null && (day < 1 || day > daysInMonth(year, month))) {
		return {
			error: `"${text}" has day ${m[3]}; ${MONTHS[month - 1]} ${year} has ${daysInMonth(year, month)} days`
		};
	}
	return { year, month, day };
}

export function simplePrecision(d: SimpleDate): Precision {
	return d.day !== null ? 'day' : d.month !== null ? 'month' : 'year';
}

export function firstDay(d: SimpleDate): number {
	return dayNumber(d.year, d.month ?? 1, d.day ?? 1);
}

export function lastDay(d: SimpleDate): number {
	const month = d.month ?? 12;
	return dayNumber(d.year, month, d.day ?? daysInMonth(d.year, month));
}

export class EdtfError extends Error {}

/** Parses an EDTF date or closed interval. Throws `EdtfError` naming the reason. */
export function parseEdtf(input: string): DaySpan {
	if (typeof input !== 'string') throw new EdtfError(`${JSON.stringify(input)} is not a string`);
	const text = input.trim();
	if (text === '') throw new EdtfError('the date is empty');
	const parts = text.split('/');
	if (parts.length > 2) throw new EdtfError(`"${text}" has more than one "/"`);
	if (parts.length === 2) {
		const [a, b] = parts as [string, string];
		if (a === '..' || b === '..' || a === '' || b === '') {
			throw new EdtfError(`"${text}" is an open interval; give both ends`);
		}
		const from = parseQualified(a, text);
		const to = parseQualified(b, text);
		if (to.end < from.start) throw new EdtfError(`"${text}" ends before it starts`);
		return {
			edtf: text,
			start: from.start,
			end: to.end,
			precision: 'interval',
			uncertain: from.uncertain || to.uncertain,
			approximate: from.approximate || to.approximate
		};
	}
	return parseQualified(text, text);
}

function parseQualified(part: string, whole: string): DaySpan {
	const q = /[?~%]$/.exec(part)?.[0] ?? '';
	const bare = q ? part.slice(0, -1) : part;
	const d = parseSimpleDate(bare);
	if ('error' in d) {
		throw new EdtfError(
			part === whole
				? `${d.error} (EDTF level 0, optionally with ? ~ %, or an interval A/B)`
				: `in "${whole}": ${d.error}`
		);
	}
	return {
		edtf: part,
		start: firstDay(d),
		end: lastDay(d),
		precision: simplePrecision(d),
		uncertain: q === '?' || q === '%',
		approximate: q === '~' || q === '%'
	};
}

/** Parses without throwing: the span, or null. */
export function tryParseEdtf(input: string): DaySpan | null {
	try {
		return parseEdtf(input);
	} catch {
		return null;
	}
}

function simpleInWords(d: SimpleDate): string {
	if (d.month === null) return String(d.year);
	const month = MONTHS[d.month - 1];
	return d.day === null ? `${month} ${d.year}` : `${d.day} ${month} ${d.year}`;
}

function partInWords(part: string): string {
	const q = /[?~%]$/.exec(part)?.[0] ?? '';
	const d = parseSimpleDate(q ? part.slice(0, -1) : part);
	if ('error' in d) return part;
	const words = simpleInWords(d);
	if (q === '~') return `about ${words}`;
	if (q === '?') return `${words} (uncertain)`;
	if (q === '%') return `about ${words} (uncertain)`;
	return words;
}

/**
 * The date in words, as precise as it is stated: "16 May 2008", "November 2007",
 * "2007 (year only)", "November 2007 to February 2008".
 */
export function dateInWords(edtf: string): string {
	const parts = edtf.trim().split('/');
	if (parts.length === 2) return `${partInWords(parts[0]!)} to ${partInWords(parts[1]!)}`;
	const words = partInWords(edtf.trim());
	return /^\d{4}$/.test(edtf.trim()) ? `${words} (year only)` : words;
}

/** The date in words with its basis: "on or before 16 May 2008" for a reported date. */
export function dateWithBasisInWords(edtf: string, basis: 'stated' | 'reported'): string {
	return basis === 'reported' ? `on or before ${dateInWords(edtf)}` : dateInWords(edtf);
}

/** A short description of the precision: "day", "month", "year", "interval". */
export function precisionInWords(span: DaySpan): string {
	switch (span.precision) {
		case 'day':
			return 'exact day';
		case 'month':
			return 'month only';
		case 'year':
			return 'year only';
		default:
			return 'date range';
	}
}

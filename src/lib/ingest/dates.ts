/**
 * Explicit calendar dates in English prose, normalised to EDTF: "16 May 2008", "May 16, 2008",
 * "16/05/2008", "12-14 March 2008", "November 2007", "November 2007 - February 2008",
 * "2007-2008", "in 2007", and dates without a year ("on 12 March", "in May"), whose year is
 * inferred from the publication day and flagged. Relative phrases ("last month", "on Friday",
 * "this year") are not dates: nothing here matches them.
 */

import { MONTH_NAMES, daysInMonth, dayNumber } from '../model/edtf.ts';
import type { Range } from '../model/types.ts';

export interface Day {
	year: number;
	month: number;
	day: number;
}

export interface FoundDate {
	edtf: string;
	start: number;
	end: number;
	text: string;
	yearInferred: boolean;
}

// ---- Building blocks ------------------------------------------------------------------------

const ABBREVIATIONS = [
	'Jan',
	'Feb',
	'Mar',
	'Apr',
	'Jun',
	'Jul',
	'Aug',
	'Sept',
	'Sep',
	'Oct',
	'Nov',
	'Dec'
];
const MONTH_WORDS = [
	...MONTH_NAMES,
	...MONTH_NAMES.map((m) => m.toUpperCase()),
	...ABBREVIATIONS.map((a) => `${a}\\.?`),
	...ABBREVIATIONS.map((a) => `${a.toUpperCase()}\\.?`)
];
const MONTH_NUMBER = new Map<string, number>();
MONTH_NAMES.forEach((name, i) => {
	MONTH_NUMBER.set(name.toLowerCase(), i + 1);
	MONTH_NUMBER.set(name.slice(0, 3).toLowerCase(), i + 1);
});
MONTH_NUMBER.set('sept', 9);

const NOT_WORD_BEFORE = '(?<![\\p{L}\\p{N}])';
const NOT_WORD_AFTER = '(?![\\p{L}\\p{N}])';
const M = (g: string) => `(?<${g}>${MONTH_WORDS.join('|')})(?![\\p{L}\\p{N}])`;
const D = (g: string) => `(?<${g}>3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?(?![\\p{L}\\p{N}])`;
const Y = (g: string) => `(?<${g}>1[89]\\d\\d|20\\d\\d)(?![\\p{L}\\p{N}])`;
const OF = '(?:\\s+of)?\\s+';
const YEAR_AFTER = (g: string) => `(?:,?\\s+${Y(g)})?`;
const RANGE = '(?:\\s*[-–—]\\s*|\\s+(?:to|through|until|till)\\s+)';
const AND = '\\s+and\\s+';
/** Words after which a bare year or month is a date: "in 2007", "since March", "end of 2008". */
const LEAD_IN =
	'(?<![\\p{L}])(?:[Ii]n|[Ss]ince|[Dd]uring|[Uu]ntil|[Tt]ill|[Bb]y|[Ff]rom|[Bb]efore|[Aa]fter|[Tt]hroughout|[Ee]arly|[Ll]ate|of|for)\\s+|(?<![\\p{L}])[Mm]id-?\\s*';

/**
 * Each pattern names its parts: d1/m1/y1 the start, d2/m2/y2 the end of a range. `sep` tells
 * "and" (two days) from a range. Where patterns overlap, the leftmost, then the longest wins.
 */
const PATTERNS: RegExp[] = [
	// 30 November - 2 December 2008; 30 November 2007 to 2 February 2008
	`${D('d1')}${OF}${M('m1')}${YEAR_AFTER('y1')}${RANGE}${D('d2')}${OF}${M('m2')}${YEAR_AFTER('y2')}`,
	// November 30 - December 2, 2008
	`${M('m1')}\\s+${D('d1')}${YEAR_AFTER('y1')}${RANGE}${M('m2')}\\s+${D('d2')}${YEAR_AFTER('y2')}`,
	// 12-14 March 2008; 12 and 13 March
	`${D('d1')}(?<sep>${RANGE}|${AND})${D('d2')}${OF}${M('m2')}${YEAR_AFTER('y2')}`,
	// March 12-14, 2008
	`${M('m2')}\\s+${D('d1')}(?<sep>${RANGE}|${AND})${D('d2')}${YEAR_AFTER('y2')}`,
	// November 2007 - February 2008; November to December 2007
	`${M('m1')}(?:,?\\s+${Y('y1')})?${RANGE}${M('m2')},?\\s+${Y('y2')}`,
	// 16 May 2008; 16th of May; 16 May
	`${D('d1')}${OF}${M('m1')}${YEAR_AFTER('y1')}`,
	// May 16, 2008; May 16
	`${M('m1')}\\s+${D('d1')}${YEAR_AFTER('y1')}`,
	// November 2007
	`${M('m1')},?\\s+${Y('y1')}`,
	// 2007-2008, 2007–08 (consecutive years only: "2008-05" is more likely a month)
	`${Y('y1')}(?:${RANGE}${Y('y2')}|[-–](?<yy>\\d\\d)${NOT_WORD_AFTER})`,
	// between 2007 and 2008; between January and May 2008
	`(?<=[Bb]etween\\s+)${Y('y1')}${AND}${Y('y2')}`,
	`(?<=[Bb]etween\\s+)${M('m1')}(?:,?\\s+${Y('y1')})?${AND}${M('m2')},?\\s+${Y('y2')}`,
	// 16/05/2008, 16.05.2008 (day first, as the sources write it)
	`(?<d1>3[01]|[12]\\d|0?[1-9])(?<nsep>[./])(?<mm>1[0-2]|0?[1-9])\\k<nsep>${Y('y1')}`,
	// 2008-05-16
	`${Y('y1')}-(?<mm>1[0-2]|0[1-9])-(?<d1>3[01]|[12]\\d|0[1-9])${NOT_WORD_AFTER}`,
	// 2008-05 (a month, unless the years pattern read it as 2008/2009 first)
	`${Y('y1')}-(?<mm>1[0-2]|0[1-9])(?![\\p{L}\\p{N}-])`,
	// in May, since March, mid-June (no year: inferred)
	`(?<=(?:${LEAD_IN}))${M('m1')}`,
	// in 2007, since 2005, by 2010, mid-2008
	`(?<=(?:${LEAD_IN}))${Y('y1')}`,
	// the later years of "in 2007 and 2008", "in 2006, 2007 or 2008"
	`(?<=(?:${LEAD_IN})(?:\\d{4}(?:,\\s*|\\s+(?:and|or)\\s+))+)${Y('y1')}`
].map((p) => new RegExp(`${NOT_WORD_BEFORE}${p}`, 'dgu'));

const BARE_YEARS = new Set([PATTERNS.length - 2, PATTERNS.length - 1]);

// ---- Finding ----------------------------------------------------------------------------------

/**
 * Every explicit date in `text[range]`. `published` resolves dates stated without a year; without
 * it they are left out, since no year can be given for them.
 */
export function findDates(text: string, range: Range, published: Day | null): FoundDate[] {
	const slice = text.slice(range[0], range[1]);
	const found: FoundDate[] = [];
	PATTERNS.forEach((pattern, index) => {
		pattern.lastIndex = 0;
		for (const m of slice.matchAll(pattern)) {
			if (BARE_YEARS.has(index) && !isYearInContext(slice, m.index + m[0].length)) continue;
			const sep = m.indices?.groups?.sep;
			const between = /[Bb]etween\s+$/.test(slice.slice(Math.max(0, m.index - 12), m.index));
			const parts = sep ? { sep: [sep[0] - m.index, sep[1] - m.index] as Range, between } : null;
			for (const date of interpret(m.groups ?? {}, m[0], published, parts)) {
				const start = range[0] + m.index + date.offset;
				found.push({
					edtf: date.edtf,
					start,
					end: start + date.length,
					text: text.slice(start, start + date.length),
					yearInferred: date.yearInferred
				});
			}
		}
	});
	return leftmostLongest(found);
}

/** "in 2000 cases", "in 2007 per cent" and "$2008" are amounts, not years. */
function isYearInContext(text: string, end: number): boolean {
	const after = /^\s*(%|per\s?cent|[a-z]+)/.exec(text.slice(end, end + 20));
	if (!after) return true;
	if (after[1] === '%' || after[1]!.startsWith('per')) return false;
	const word = after[1]!;
	return !(word.endsWith('s') && !NOT_PLURAL.has(word));
}

const NOT_PLURAL = new Set([
	'was',
	'has',
	'is',
	'as',
	'this',
	'its',
	'thus',
	'plus',
	'across',
	'towards',
	'whereas'
]);

interface Interpreted {
	edtf: string;
	offset: number;
	length: number;
	yearInferred: boolean;
}

type Groups = Record<string, string | undefined>;

/** `parts.sep`: where "-", "to" or "and" lies in the match; `between`: "between 3 and 10 May". */
function interpret(
	g: Groups,
	whole: string,
	published: Day | null,
	parts: { sep: Range; between: boolean } | null
): Interpreted[] {
	const all = (edtf: string | null, yearInferred = false): Interpreted[] =>
		edtf ? [{ edtf, offset: 0, length: whole.length, yearInferred }] : [];

	const y1 = num(g.y1);
	const y2 = num(g.y2);
	const m1 = month(g.m1) ?? num(g.mm);
	const m2 = month(g.m2);
	const d1 = num(g.d1);
	const d2 = num(g.d2);

	// Years only.
	if (m1 === null && m2 === null && d1 === null) {
		if (y1 === null) return [];
		if (g.yy !== undefined) {
			const next = Number(g.yy);
			return next === (y1 + 1) % 100 ? all(`${y1}/${y1 + 1}`) : [];
		}
		if (y2 === null) return all(String(y1));
		return y2 > y1 ? all(`${y1}/${y2}`) : [];
	}

	// Two days of one month: "12-14 March 2008", "March 12 and 13", "12 and 14 March".
	if (d1 !== null && d2 !== null && m2 !== null && m1 === null) {
		const year = y2 ?? inferYear(m2, d1, published);
		if (year === null) return [];
		const inferred = y2 === null;
		if (!validDay(year, m2, d1) || !validDay(year, m2, d2) || d2 <= d1) return [];
		if (parts && /\band\b/.test(g.sep ?? '') && !parts.between && d2 !== d1 + 1) {
			// Two separate days: "3 and 10 May" is not a range; each is a date of its own, and the
			// first ("3", or "May 3") borrows its month from the second.
			const [sepStart, sepEnd] = parts.sep;
			return [
				{ edtf: isoDay(year, m2, d1), offset: 0, length: sepStart, yearInferred: inferred },
				{
					edtf: isoDay(year, m2, d2),
					offset: sepEnd,
					length: whole.length - sepEnd,
					yearInferred: inferred
				}
			];
		}
		return all(`${isoDay(year, m2, d1)}/${isoDay(year, m2, d2)}`, inferred);
	}

	// Ranges across months: days ("30 November - 2 December 2008") or months ("November -
	// December 2007").
	if (m1 !== null && m2 !== null) {
		const endYear = y2 ?? (d2 !== null ? inferYear(m2, d2, published) : null);
		if (endYear === null) return [];
		const startYear = y1 ?? (m1 > m2 ? endYear - 1 : endYear);
		const inferred = y2 === null;
		if (d1 !== null && d2 !== null) {
			if (!validDay(startYear, m1, d1) || !validDay(endYear, m2, d2)) return [];
			const a = isoDay(startYear, m1, d1);
			const b = isoDay(endYear, m2, d2);
			return b > a ? all(`${a}/${b}`, inferred) : [];
		}
		const a = isoMonth(startYear, m1);
		const b = isoMonth(endYear, m2);
		return b > a ? all(`${a}/${b}`, inferred) : [];
	}

	// One day, or one month.
	if (m1 !== null) {
		if (d1 !== null) {
			const year = y1 ?? inferYear(m1, d1, published);
			if (year === null || !validDay(year, m1, d1)) return [];
			return all(isoDay(year, m1, d1), y1 === null);
		}
		const year = y1 ?? inferYear(m1, null, published);
		return year === null ? [] : all(isoMonth(year, m1), y1 === null);
	}
	return [];
}

/**
 * The year that puts day/month nearest the publication day: a release of 5 January 2009 that
 * says "on 28 December" means 2008; one of 20 December 2008 that says "on 10 January", 2009.
 */
export function inferYear(m: number, d: number | null, published: Day | null): number | null {
	if (!published) return null;
	const target = dayNumber(published.year, published.month, published.day);
	let best: number | null = null;
	let bestDistance = Infinity;
	for (const year of [published.year, published.year - 1, published.year + 1]) {
		const day = d ?? Math.ceil(daysInMonth(year, m) / 2);
		if (day > daysInMonth(year, m)) continue;
		const distance = Math.abs(dayNumber(year, m, day) - target);
		if (distance < bestDistance) {
			best = year;
			bestDistance = distance;
		}
	}
	return best;
}

function leftmostLongest(dates: FoundDate[]): FoundDate[] {
	dates.sort((a, b) => a.start - b.start || b.end - a.end);
	const chosen: FoundDate[] = [];
	let reach = -1;
	for (const d of dates) {
		// Two dates of one match ("3 and 10 May") start apart and never overlap each other.
		if (d.start < reach) continue;
		chosen.push(d);
		reach = d.end;
	}
	return chosen;
}

// ---- Dates of headers ------------------------------------------------------------------------

/**
 * A header's publication date: "16/05/2008" (day/month/year), "24 September 2008",
 * "September 24, 2008", "2008-09-24", optionally after a weekday. Returns the day, or why not.
 */
export function parseHeaderDate(value: string): { day: Day } | { error: string } {
	const text = value.trim().replace(/^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+/, '');
	const numeric = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(text);
	if (numeric) {
		const [d, m, y] = [Number(numeric[1]), Number(numeric[2]), Number(numeric[3])];
		return checkedDay(y, m, d, `${JSON.stringify(value.trim())} (read as day/month/year)`);
	}
	const dates = findDates(text, [0, text.length], null);
	const only = dates.length === 1 ? dates[0]! : null;
	if (only && only.start === 0 && /^[\s,]*(\d{1,2}:\d{2}.*)?$/.test(text.slice(only.end))) {
		const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(only.edtf);
		if (day) return { day: { year: Number(day[1]), month: Number(day[2]), day: Number(day[3]) } };
		return { error: `${JSON.stringify(value.trim())} is not a single day` };
	}
	const loose = /(\d{1,2})\s+(\p{L}+)\.?,?\s+(\d{4})|(\p{L}+)\.?\s+(\d{1,2}),?\s+(\d{4})/u.exec(
		text
	);
	if (loose) {
		const m = month(loose[2] ?? loose[4]);
		if (m !== null) {
			const d = Number(loose[1] ?? loose[5]);
			return checkedDay(Number(loose[3] ?? loose[6]), m, d, JSON.stringify(value.trim()));
		}
	}
	return {
		error: `${JSON.stringify(value.trim())} is not a date (expected e.g. "24 September 2008" or "16/05/2008")`
	};
}

function checkedDay(
	year: number,
	m: number,
	d: number,
	label: string
): { day: Day } | { error: string } {
	if (m < 1 || m > 12) return { error: `${label} has month ${m}; months run from 1 to 12` };
	if (year < 1800 || year > 2099) return { error: `${label} has year ${year}` };
	if (d < 1 || d > daysInMonth(year, m)) {
		return {
			error: `${label} has day ${d}; ${MONTH_NAMES[m - 1]} ${year} has ${daysInMonth(year, m)} days`
		};
	}
	return { day: { year, month: m, day: d } };
}

// ---- Small helpers ----------------------------------------------------------------------------

function num(s: string | undefined): number | null {
	return s === undefined ? null : Number(s);
}

function month(s: string | undefined): number | null {
	if (s === undefined) return null;
	return MONTH_NUMBER.get(s.replace(/\.$/, '').toLowerCase()) ?? null;
}

function validDay(year: number, m: number, d: number): boolean {
	return d >= 1 && d <= daysInMonth(year, m);
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
export const isoDay = (y: number, m: number, d: number) => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
const isoMonth = (y: number, m: number) => `${pad(y, 4)}-${pad(m)}`;

import { describe, expect, it } from 'vitest';
import {
	EdtfError,
	calendarDate,
	dateInWords,
	dateWithBasisInWords,
	dayNumber,
	daysInMonth,
	isoDay,
	parseEdtf
} from './edtf';

describe('parseEdtf: the days a date may denote', () => {
	it.each([
		// [edtf, first day, last day, precision]
		['2008-05-16', '2008-05-16', '2008-05-16', 'day'],
		['2007-11', '2007-11-01', '2007-11-30', 'month'],
		['2007', '2007-01-01', '2007-12-31', 'year'],
		['2008-02', '2008-02-01', '2008-02-29', 'month'], // leap year
		['2007-02', '2007-02-01', '2007-02-28', 'month'],
		['2000-02', '2000-02-01', '2000-02-29', 'month'], // divisible by 400
		['1900-02', '1900-02-01', '1900-02-28', 'month'], // divisible by 100
		['2008-02-29', '2008-02-29', '2008-02-29', 'day'],
		['2007-12-31', '2007-12-31', '2007-12-31', 'day'],
		['2008-04', '2008-04-01', '2008-04-30', 'month'],
		['2007-11/2008-02', '2007-11-01', '2008-02-29', 'interval'],
		['2007/2008', '2007-01-01', '2008-12-31', 'interval'],
		['2008-05-12/2008-05-14', '2008-05-12', '2008-05-14', 'interval'],
		['2008-05-16/2008-05-16', '2008-05-16', '2008-05-16', 'interval'],
		['0099-03-01', '0099-03-01', '0099-03-01', 'day'] // no 1900s shift for two-digit years
	])('%s → %s … %s (%s)', (edtf, first, last, precision) => {
		const span = parseEdtf(edtf);
		expect(isoDay(span.start)).toBe(first);
		expect(isoDay(span.end)).toBe(last);
		expect(span.precision).toBe(precision);
	});

	it.each([
		['2008-05?', { uncertain: true, approximate: false }],
		['2008-05~', { uncertain: false, approximate: true }],
		['2008%', { uncertain: true, approximate: true }],
		['2008', { uncertain: false, approximate: false }]
	])('qualifiers of %s', (edtf, flags) => {
		expect(parseEdtf(edtf)).toMatchObject(flags);
	});

	it.each([
		['', /empty/],
		['2007-13', /month 13/],
		['2007-00', /month 00/],
		['2007-02-29', /February 2007 has 28 days/],
		['2008-04-31', /April 2008 has 30 days/],
		['2008-5-16', /not a date of the form/],
		['16/05/2008', /more than one "\/"/],
		['2008-05-16T10:00', /not a date of the form/],
		['../2008', /open interval/],
		['2008/..', /open interval/],
		['2008-06/2008-05', /ends before it starts/],
		['2007-21', /month 21/], // EDTF seasons are not supported
		['May 2008', /not a date of the form/]
	])('rejects %j with a reason', (edtf, reason) => {
		expect(() => parseEdtf(edtf)).toThrow(EdtfError);
		expect(() => parseEdtf(edtf)).toThrow(reason);
	});
});

describe('day numbers are calendar dates, not instants', () => {
	it('counts from 1970-01-01 and round-trips', () => {
		expect(dayNumber(1970, 1, 1)).toBe(0);
		expect(dayNumber(2008, 5, 16)).toBe(14015);
		for (const day of [-1000, 0, 13514, 14015, 14145, 14244, 20000]) {
			const c = calendarDate(day);
			expect(dayNumber(c.year, c.month, c.day)).toBe(day);
		}
	});

	it('knows month lengths', () => {
		expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2008, m))).toEqual([
			31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31
		]);
	});

	it(`does not depend on the time zone (TZ=${process.env.TZ})`, () => {
		// The same calendar date whatever the zone the tests run in (scripts/test.sh runs this
		// file under UTC, Pacific/Honolulu and Pacific/Kiritimati).
		expect(isoDay(parseEdtf('2008-01-01').start)).toBe('2008-01-01');
		expect(isoDay(parseEdtf('2007-12-31').end)).toBe('2007-12-31');
	});
});

describe('dates in words', () => {
	it.each([
		['2008-05-16', 'stated', '16 May 2008'],
		['2007-11', 'stated', 'November 2007'],
		['2007', 'stated', '2007 (year only)'],
		['2007-11/2008-02', 'stated', 'November 2007 to February 2008'],
		['2008-05-16', 'reported', 'on or before 16 May 2008'],
		['2008-05~', 'stated', 'about May 2008'],
		['2008?', 'stated', '2008 (uncertain)']
	] as const)('%s (%s) → %s', (edtf, basis, words) => {
		expect(dateWithBasisInWords(edtf, basis)).toBe(words);
	});

	it('says year-only for a bare year', () => {
		expect(dateInWords('2007')).toBe('2007 (year only)');
	});
});

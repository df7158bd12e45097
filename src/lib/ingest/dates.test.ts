import { describe, expect, it } from 'vitest';
import { findDates, inferYear, parseHeaderDate, type Day } from './dates.ts';
import { fixture, ingest, useGazetteer } from './test-helpers.ts';

const PUBLISHED: Day = { year: 2008, month: 5, day: 16 };

/** [text, expected "edtf=words" for each date found, * marking a year taken from publication] */
const CASES: [string, string[]][] = [
	// Full dates in the usual English forms
	['on 16 May 2008 the', ['2008-05-16=16 May 2008']],
	['on 16th May 2008', ['2008-05-16=16th May 2008']],
	['the 16th of May 2008', ['2008-05-16=16th of May 2008']],
	['May 16, 2008', ['2008-05-16=May 16, 2008']],
	['on Friday, 16 May 2008,', ['2008-05-16=16 May 2008']],
	['Sept. 5, 2008', ['2008-09-05=Sept. 5, 2008']],
	['16/05/2008', ['2008-05-16=16/05/2008']],
	['16.05.2008', ['2008-05-16=16.05.2008']],
	['2008-05-16', ['2008-05-16=2008-05-16']],
	// Months and years
	['in November 2007', ['2007-11=November 2007']],
	['NOVEMBER 2007', ['2007-11=NOVEMBER 2007']],
	['in 2007', ['2007=2007']],
	['since 2005, by 2010', ['2005=2005', '2010=2010']],
	['in 2007 and 2008', ['2007=2007', '2008=2008']],
	['by mid-2009', ['2009=2009']],
	['the end of 2008', ['2008=2008']],
	// Ranges
	['from 12 to 14 March 2008', ['2008-03-12/2008-03-14=12 to 14 March 2008']],
	['12-14 March 2008', ['2008-03-12/2008-03-14=12-14 March 2008']],
	['on 16 and 17 May 2008', ['2008-05-16/2008-05-17=16 and 17 May 2008']],
	['March 12–14, 2008', ['2008-03-12/2008-03-14=March 12–14, 2008']],
	['30 November - 2 December 2008', ['2008-11-30/2008-12-02=30 November - 2 December 2008']],
	['November 30 - December 2, 2008', ['2008-11-30/2008-12-02=November 30 - December 2, 2008']],
	['from November 2007 to February 2008', ['2007-11/2008-02=November 2007 to February 2008']],
	['from November to December 2007', ['2007-11/2007-12=November to December 2007']],
	['the 2007-2008 plan', ['2007/2008=2007-2008']],
	['the 2007–08 plan', ['2007/2008=2007–08']],
	['between 2005 and 2007', ['2005/2007=2005 and 2007']],
	['between January and May 2008', ['2008-01/2008-05=January and May 2008']],
	['January and May 2008', ['2008-05=May 2008']],
	// Day and month without a year: the publication year, flagged
	['on 12 March', ['2008-03-12=12 March*']],
	['on May 20', ['2008-05-20=May 20*']],
	['in March', ['2008-03=March*']],
	['on 28-29 April', ['2008-04-28/2008-04-29=28-29 April*']],
	['on 3 and 10 April', ['2008-04-03=3*', '2008-04-10=10 April*']],
	['between 3 and 10 May', ['2008-05-03/2008-05-10=3 and 10 May*']],
	// Not dates
	['last month', []],
	['on Friday', []],
	['this year and next week', []],
	['in the coming months', []],
	['in 2000 cases', []],
	['rose by 2008 per cent', []],
	['The 2000 Palermo Protocol', []],
	['within 2007', []],
	['Resolution 1325 (2000)', []],
	['the 1990s', []],
	['May I ask', []],
	['Theresa May said', []],
	['on 31 April 2008', ['2008-04=April 2008']],
	['in 2008-05', ['2008-05=2008-05']]
];

describe('findDates', () => {
	it.each(CASES)('%s', (text, expected) => {
		const found = findDates(text, [0, text.length], PUBLISHED);
		for (const d of found) expect(text.slice(d.start, d.end)).toBe(d.text);
		expect(found.map((d) => `${d.edtf}=${d.text}${d.yearInferred ? '*' : ''}`)).toEqual(expected);
	});

	it('leaves out dates without a year when there is no publication date to take it from', () => {
		expect(findDates('on 12 March and in May', [0, 22], null)).toEqual([]);
		expect(findDates('on 12 March 2008', [0, 16], null).map((d) => d.edtf)).toEqual(['2008-03-12']);
	});

	it('looks only inside the range it is given, with offsets into the whole text', () => {
		const text = 'Header 1 May 2008\nBody: on 2 May 2008.';
		const found = findDates(text, [18, text.length], PUBLISHED);
		expect(found).toEqual([
			{ edtf: '2008-05-02', start: 27, end: 37, text: '2 May 2008', yearInferred: false }
		]);
	});
});

describe('inferYear', () => {
	it.each([
		[{ year: 2009, month: 1, day: 5 }, 12, 28, 2008],
		[{ year: 2008, month: 12, day: 20 }, 1, 10, 2009],
		[{ year: 2008, month: 5, day: 16 }, 3, 12, 2008],
		[{ year: 2008, month: 5, day: 16 }, 12, 28, 2007]
	] as const)('published %j, day %i/%i → %i', (published, month, day, year) => {
		expect(inferYear(month, day, published)).toBe(year);
	});

	it('never gives 29 February to a year that lacks it', () => {
		expect(inferYear(2, 29, { year: 2009, month: 3, day: 1 })).toBe(2008);
	});
});

describe('parseHeaderDate', () => {
	it.each([
		['16/05/2008', '2008-05-16'],
		['24 September 2008', '2008-09-24'],
		['September 24, 2008', '2008-09-24'],
		['Friday, 16 May 2008', '2008-05-16'],
		['2008-05-16', '2008-05-16'],
		['24 September 2008 14:30', '2008-09-24']
	])('%s', (text, iso) => {
		const parsed = parseHeaderDate(text);
		expect('day' in parsed && `${parsed.day.year}-${parsed.day.month}-${parsed.day.day}`).toBe(
			iso.replace(/-0/g, '-')
		);
	});

	it.each([
		['31/02/2008', 'February 2008 has 29 days'],
		['16/13/2008', 'has month 13'],
		['31 September 2008', 'September 2008 has 30 days'],
		['sometime last spring', 'is not a date'],
		['November 2007', 'is not a single day']
	])('%s: says why not', (text, reason) => {
		const parsed = parseHeaderDate(text);
		expect('error' in parsed && parsed.error).toContain(reason);
	});
});

describe('the dates fixture', () => {
	useGazetteer();
	it('finds each kind of date in the body, none in the header, and no relative phrase', () => {
		const doc = ingest(fixture('dates.txt'));
		const words = doc.dates.map((d) => d.text);
		expect(words).not.toContain('16/05/2008');
		expect(words).toEqual([
			'16 May 2008',
			'May 20, 2008',
			'05/03/2008',
			'12 to 14 March 2008',
			'3',
			'10 April',
			'28-29 April',
			'November 2007 to February 2008',
			'November 2007',
			'2007',
			'2008',
			'2007-2008',
			'2006',
			'2009',
			'2 June',
			'March'
		]);
		expect(doc.dates.filter((d) => d.yearInferred).map((d) => d.edtf)).toEqual([
			'2008-04-03',
			'2008-04-10',
			'2008-04-28/2008-04-29',
			'2008-06-02',
			'2008-03'
		]);
	});
});

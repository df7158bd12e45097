import { describe, expect, it } from 'vitest';
import { fixture, ingest, useGazetteer } from './test-helpers.ts';
import type { Candidate } from './types.ts';

useGazetteer();

/** The parts of a candidate a curator copies into events.yaml. */
const brief = (c: Candidate) => ({
	activity: c.activity,
	date: c.date,
	dateBasis: c.dateBasis,
	place: c.place,
	placePrecision: c.placePrecision,
	quotes: c.quotes.length
});

describe('proposeCandidates', () => {
	it.each([
		[
			'published-style.txt',
			[
				{
					activity: 'conference',
					date: '2007-10-01/2007-10-02',
					dateBasis: 'stated',
					place: 'almaty',
					placePrecision: 'city',
					quotes: 2
				},
				{
					activity: null,
					date: '2008',
					dateBasis: 'stated',
					place: 'dushanbe',
					placePrecision: 'city',
					quotes: 1
				}
			]
		],
		[
			'dateline-style.txt',
			[
				{
					activity: 'training course',
					date: '2008-03-10/2008-03-12',
					dateBasis: 'stated',
					place: 'osh',
					placePrecision: 'city',
					quotes: 1
				},
				{
					activity: 'seminar',
					date: '2008-05',
					dateBasis: 'stated',
					place: 'bishkek',
					placePrecision: 'city',
					quotes: 1
				}
			]
		],
		[
			'inline-dateline.txt',
			[
				{
					activity: 'round table',
					date: '2008-05-16',
					dateBasis: 'reported',
					place: 'astana',
					placePrecision: 'city',
					quotes: 1
				}
			]
		],
		[
			'no-header.txt',
			[
				{
					activity: 'meeting',
					date: '2007-11',
					dateBasis: 'stated',
					place: 'dushanbe',
					placePrecision: 'city',
					quotes: 2
				}
			]
		]
	])('%s', (name, expected) => {
		expect(ingest(fixture(name)).candidates.map(brief)).toEqual(expected);
	});

	it('a sentence that reports an activity without a date is dated by the publication, placed by the dateline', () => {
		const doc = ingest(
			'Tajikistan\n02/06/2008\nA title\nThe seminar was organized by the OSCE Office in Tajikistan.\n'
		);
		expect(doc.candidates.map(brief)).toEqual([
			{
				activity: 'seminar',
				date: '2008-06-02',
				dateBasis: 'reported',
				place: 'TJK',
				placePrecision: 'country',
				quotes: 1
			}
		]);
		expect(doc.candidates[0]!.placeFrom).toBe('dateline');
	});

	it('a later sentence on the same activity adds its words, and its date replaces a reported one', () => {
		const text =
			'Tajikistan\n02/06/2008\nA title\nA seminar was organized by the OSCE in Dushanbe. ' +
			'Experts from Afghanistan attended. The seminar took place on 28 and 29 May 2008 and was funded by Norway.\n';
		const [candidate, ...others] = ingest(text).candidates;
		expect(others).toEqual([]);
		expect(brief(candidate!)).toEqual({
			activity: 'seminar',
			date: '2008-05-28/2008-05-29',
			dateBasis: 'stated',
			place: 'dushanbe',
			placePrecision: 'city',
			quotes: 2
		});
		expect(candidate!.participants).toEqual([
			{ kind: 'organisation', id: 'osce' },
			{ kind: 'country', id: 'NOR' }
		]);
	});

	it("the date of a dateline in the body is the report's, not an event's", () => {
		const text =
			'Kyrgyzstan\n14/11/2007\nA title\nBISHKEK, 14 November 2007 - Officials met in Bishkek on 13 November. ' +
			'The meeting, organized by the OSCE Centre in Bishkek, is part of a project adopted in May 2007.\n';
		const doc = ingest(text);
		expect(doc.dates.map((d) => d.text)).toEqual(['14 November 2007', '13 November', 'May 2007']);
		expect(doc.candidates.map(brief)).toEqual([
			{
				activity: 'meeting',
				date: '2007-11-13',
				dateBasis: 'stated',
				place: 'bishkek',
				placePrecision: 'city',
				quotes: 2
			}
		]);
	});

	it('a date in a later sentence replaces a reported one only where it dates the activity', () => {
		const text =
			'Tajikistan\n02/06/2008\nA title\nThe seminar was organized by the OSCE in Dushanbe. ' +
			'The seminar is part of a programme adopted in December 2007.\n';
		expect(ingest(text).candidates.map(brief)).toEqual([
			{
				activity: 'seminar',
				date: '2008-06-02',
				dateBasis: 'reported',
				place: 'dushanbe',
				placePrecision: 'city',
				quotes: 2
			}
		]);
	});

	it.each([
		['Trafficking is a crime against the person.'],
		['The OSCE has long worked on trafficking in Central Asia.'],
		['Last month the Centre held a seminar.'],
		['Co-operation between Kazakhstan and Kyrgyzstan improved.']
	])('no candidate: %s', (sentence) => {
		expect(ingest(`Kazakhstan\n16/05/2008\nA title\n${sentence}\n`).candidates).toEqual([]);
	});

	it('every piece of evidence quotes the text verbatim (checked by ingest) and lies in the body or header', () => {
		const doc = ingest(fixture('dateline-style.txt'));
		for (const c of doc.candidates) {
			for (const q of c.quotes) {
				expect(q.start).toBeGreaterThanOrEqual(doc.source.body[0]);
				expect(q.end).toBeLessThanOrEqual(doc.source.body[1]);
			}
			expect(c.evidence.map((e) => e.role)).toEqual(
				expect.arrayContaining(['sentence', 'date', 'place', 'activity'])
			);
		}
	});
});

import { beforeAll, describe, expect, it } from 'vitest';
import { curatedAtlas } from '../test/curated';
import { buildIndex, type AtlasIndex } from './atlas-index';
import { eventDateInWords, eventLabel, placeInWords, summaryInWords } from './describe';

let index: AtlasIndex;
beforeAll(async () => {
	index = buildIndex(await curatedAtlas());
});

describe('events in words', () => {
	it.each([
		['red-cross-regional-conference-istanbul-2007', '2007 (year only)', 'Istanbul, Turkey'],
		[
			'red-cross-red-crescent-30th-international-conference-2007',
			'November 2007',
			'Place not stated'
		],
		['osce-workshop-uzbekistan-2008', 'on or before 16 May 2008', 'Uzbekistan (city not stated)'],
		['aect-special-meeting-vienna-2008', 'on or before 24 September 2008', 'Vienna, Austria']
	])('%s: %s, %s', (id, date, place) => {
		const e = index.eventById.get(id)!;
		expect(eventDateInWords(e)).toBe(date);
		expect(placeInWords(e, index)).toBe(place);
		expect(eventLabel(e, index).startsWith(e.event.title)).toBe(true);
	});

	it.each([
		[4, 0, 4, '4 of 4 events'],
		[1, 1, 4, '1 of 4 events, 1 more possibly'],
		[0, 0, 1, '0 of 1 event'],
		[12345, 2, 100000, '12,345 of 100,000 events, 2 more possibly']
	])('summary %i/%i/%i', (c, p, t, words) => {
		expect(summaryInWords(c, p, t)).toBe(words);
	});
});

import { describe, expect, it } from 'vitest';
import { splitSentences } from './sentences.ts';

const split = (text: string) =>
	splitSentences(text, [0, text.length]).map(([s, e]) => text.slice(s, e));

describe('splitSentences', () => {
	it.each([
		['One. Two! Three?', ['One.', 'Two!', 'Three?']],
		[
			'"It is a crime," she said. "It must stop." Then it ended.',
			['"It is a crime," she said.', '"It must stop."', 'Then it ended.']
		],
		['Mr. Smith met Dr. Jones. They talked.', ['Mr. Smith met Dr. Jones.', 'They talked.']],
		['The U.S. delegation came. It left.', ['The U.S. delegation came.', 'It left.']],
		['J. Smith spoke. Others did not.', ['J. Smith spoke.', 'Others did not.']],
		['On 5 Jan. 2008 it met. On 6 it did not.', ['On 5 Jan. 2008 it met.', 'On 6 it did not.']],
		['A line that was\nwrapped by hand. Next.', ['A line that was\nwrapped by hand.', 'Next.']],
		['A heading\n\nA paragraph.', ['A heading', 'A paragraph.']],
		['e.g. this one. And 3.5 per cent.', ['e.g. this one.', 'And 3.5 per cent.']],
		['No end', ['No end']]
	])('%j', (text, expected) => {
		expect(split(text)).toEqual(expected);
	});

	it('stays inside the range, with offsets into the whole text', () => {
		const text = 'Header.\nBody one. Body two.\nChrome';
		const ranges = splitSentences(text, [8, 27]);
		expect(ranges.map(([s, e]) => text.slice(s, e))).toEqual(['Body one.', 'Body two.']);
		expect(ranges[0]![0]).toBe(8);
	});
});

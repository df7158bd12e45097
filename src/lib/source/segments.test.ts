import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	checkMark,
	markTree,
	segmentText,
	splitsCombiningMark,
	splitsSurrogatePair,
	type Mark,
	type MarkNode,
	type Segment
} from './segments';

const mark = (start: number, end: number, data: string, text?: string): Mark<string> => ({
	start,
	end,
	data,
	...(text === undefined ? {} : { text })
});

/** Each segment as [text, ids of its marks outermost first]. */
const shape = (segments: Segment<string>[]) =>
	segments.map((s) => [s.text, s.marks.map((m) => m.data)] as const);

describe('segmentText', () => {
	const text = 'Kazakhstan, Kyrgyzstan and Uzbekistan';

	it('gives the whole text as one unmarked segment when there are no marks', () => {
		expect(shape(segmentText<string>(text, []).segments)).toEqual([[text, []]]);
	});

	it('gives nothing for an empty text, and flags a mark it cannot hold', () => {
		expect(segmentText('', []).segments).toEqual([]);
		const { segments, problems } = segmentText('', [mark(0, 1, 'a')]);
		expect(segments).toEqual([]);
		expect(problems.map((p) => p.reason)).toEqual(['out-of-range']);
	});

	it('splits at a mark in the middle', () => {
		expect(shape(segmentText(text, [mark(12, 22, 'kgz', 'Kyrgyzstan')]).segments)).toEqual([
			['Kazakhstan, ', []],
			['Kyrgyzstan', ['kgz']],
			[' and Uzbekistan', []]
		]);
	});

	it('handles marks at the very start and the very end of the text', () => {
		const { segments, problems } = segmentText(text, [
			mark(0, 10, 'kaz', 'Kazakhstan'),
			mark(27, 37, 'uzb', 'Uzbekistan')
		]);
		expect(problems).toEqual([]);
		expect(shape(segments)).toEqual([
			['Kazakhstan', ['kaz']],
			[', Kyrgyzstan and ', []],
			['Uzbekistan', ['uzb']]
		]);
		expect(segments[0]!.start).toBe(0);
		expect(segments.at(-1)!.end).toBe(text.length);
	});

	it('keeps adjacent marks apart, with no empty segment between them', () => {
		const t = 'AliceBob';
		expect(shape(segmentText(t, [mark(0, 5, 'a'), mark(5, 8, 'b')]).segments)).toEqual([
			['Alice', ['a']],
			['Bob', ['b']]
		]);
	});

	it('nests a mark inside another, outermost first', () => {
		const t = 'OSCE Project Co-ordinator in Uzbekistan';
		const { segments } = segmentText(t, [mark(29, 39, 'uzb'), mark(0, 39, 'org')]);
		expect(shape(segments)).toEqual([
			['OSCE Project Co-ordinator in ', ['org']],
			['Uzbekistan', ['org', 'uzb']]
		]);
	});

	it('splits overlapping marks into three runs', () => {
		const t = 'abcdefgh';
		expect(shape(segmentText(t, [mark(0, 5, 'x'), mark(3, 8, 'y')]).segments)).toEqual([
			['abc', ['x']],
			['de', ['x', 'y']],
			['fgh', ['y']]
		]);
	});

	it('keeps two marks over the same characters in the order given', () => {
		expect(shape(segmentText('abc', [mark(0, 3, 'p'), mark(0, 3, 'q')]).segments)).toEqual([
			['abc', ['p', 'q']]
		]);
	});

	it('puts the longer of two marks that start together outside', () => {
		expect(
			shape(segmentText('abcdef', [mark(0, 2, 'short'), mark(0, 6, 'long')]).segments)
		).toEqual([
			['ab', ['long', 'short']],
			['cdef', ['long']]
		]);
	});

	it('clips marks to a range and ignores marks outside it', () => {
		const t = 'one\ntwo three\nfour';
		const { segments, problems } = segmentText(
			t,
			[mark(0, 3, 'one'), mark(2, 9, 'across'), mark(8, 13, 'three'), mark(14, 18, 'four')],
			[4, 13]
		);
		expect(problems).toEqual([]);
		expect(shape(segments)).toEqual([
			['two ', ['across']],
			['t', ['across', 'three']],
			['hree', ['three']]
		]);
	});

	it('counts offsets in UTF-16 code units and never splits a surrogate pair', () => {
		const t = 'A 🇺🇿 and 😀 joy';
		const smiley = t.indexOf('😀');
		const { segments, problems } = segmentText(t, [mark(smiley, smiley + 2, 'emoji', '😀')]);
		expect(problems).toEqual([]);
		expect(shape(segments)).toEqual([
			['A 🇺🇿 and ', []],
			['😀', ['emoji']],
			[' joy', []]
		]);
		for (const s of segments) expect(s.text).toBe(Array.from(s.text).join(''));
	});

	it('refuses a mark whose offsets cut a surrogate pair, and shows the text unmarked', () => {
		const t = 'x😀y';
		const { segments, problems } = segmentText(t, [mark(1, 2, 'half'), mark(3, 4, 'y', 'y')]);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({ reason: 'splits-surrogate-pair' });
		expect(problems[0]!.message).toMatch(/offset 2 falls inside a character/);
		expect(shape(segments)).toEqual([
			['x😀', []],
			['y', ['y']]
		]);
	});

	it('handles combining characters: whole clusters are fine, cutting one is refused', () => {
		// "José" with a combining acute accent (e + U+0301): 5 code units.
		const t = 'Jose\u0301 and Zoë';
		expect(t.length).toBe(13);
		const ok = segmentText(t, [mark(0, 5, 'jose', 'Jose\u0301')]);
		expect(ok.problems).toEqual([]);
		expect(shape(ok.segments)).toEqual([
			['Jose\u0301', ['jose']],
			[' and Zoë', []]
		]);
		const cut = segmentText(t, [mark(0, 4, 'jose', 'Jose')]);
		expect(cut.problems.map((p) => p.reason)).toEqual(['splits-combining-mark']);
		expect(shape(cut.segments)).toEqual([[t, []]]);
	});

	it('refuses a mark whose text does not match the slice, with a sentence that says so', () => {
		const t = 'experts from Kazakhstan, Kyrgyzstan';
		const bad: Mark<string> = {
			...mark(13, 23, 'kgz', 'Kyrgyzstan'),
			label: 'Mention of Kyrgyzstan'
		};
		const { segments, problems } = segmentText(t, [bad, mark(25, 35, 'kgz2', 'Kyrgyzstan')]);
		expect(problems).toHaveLength(1);
		expect(problems[0]!.message).toBe(
			'Mention of Kyrgyzstan at 13–23: the text there is "Kazakhstan", not "Kyrgyzstan"'
		);
		expect(shape(segments)).toEqual([
			['experts from Kazakhstan, ', []],
			['Kyrgyzstan', ['kgz2']]
		]);
	});

	it.each([
		[mark(-1, 3, 'a'), 'out-of-range'],
		[mark(2, 99, 'a'), 'out-of-range'],
		[mark(3, 2, 'a'), 'out-of-range'],
		[mark(2, 2, 'a'), 'empty'],
		[mark(1.5, 3, 'a'), 'not-integer'],
		[mark(Number.NaN, 3, 'a'), 'not-integer']
	])('refuses %o (%s)', (m, reason) => {
		expect(checkMark('abcdef', m)?.reason).toBe(reason);
	});

	it('never loses or repeats a character, whatever the marks (property)', () => {
		const arbitrary = fc.string({ unit: 'grapheme', maxLength: 30 }).chain((t) =>
			fc.tuple(
				fc.constant(t),
				fc.array(
					fc.tuple(fc.nat({ max: t.length + 1 }), fc.nat({ max: t.length + 1 })).map(([a, b]) => ({
						start: Math.min(a, b),
						end: Math.max(a, b)
					})),
					{ maxLength: 6 }
				)
			)
		);
		fc.assert(
			fc.property(arbitrary, ([t, spans]) => {
				const marks = spans.map((s, i) => mark(s.start, s.end, String(i)));
				const { segments, problems } = segmentText(t, marks);
				expect(segments.map((s) => s.text).join('')).toBe(t);
				expect(segments.every((s) => s.start < s.end)).toBe(true);
				for (const s of segments) {
					expect(splitsSurrogatePair(t, s.start)).toBe(false);
					for (const m of s.marks) expect(m.start <= s.start && s.end <= m.end).toBe(true);
				}
				// Every mark is either drawn over exactly its characters or reported.
				for (const m of marks) {
					const drawn = segments.filter((s) => s.marks.includes(m));
					const reported = problems.some((p) => p.mark === m);
					expect(reported || drawn.map((s) => s.text).join('') === t.slice(m.start, m.end)).toBe(
						true
					);
				}
			})
		);
	});
});

describe('boundaries', () => {
	it('knows where a surrogate pair and a combining mark are', () => {
		const t = 'a😀e\u0301';
		expect([0, 1, 2, 3, 4, 5].map((i) => splitsSurrogatePair(t, i))).toEqual([
			false,
			false,
			true,
			false,
			false,
			false
		]);
		expect([0, 1, 2, 3, 4, 5].map((i) => splitsCombiningMark(t, i))).toEqual([
			false,
			false,
			false,
			false,
			true,
			false
		]);
	});

	it('treats a skin-tone modifier and a zero-width joiner as attached', () => {
		const t = '👍🏽👩‍💻';
		expect(splitsCombiningMark(t, 2)).toBe(true); // before the modifier
		expect(splitsCombiningMark(t, 6)).toBe(true); // before the joiner
		expect(splitsCombiningMark(t, 4)).toBe(false); // between the two emoji
	});
});

describe('markTree', () => {
	const tree = (t: string, marks: Mark<string>[]) => {
		const describe = (nodes: MarkNode<string>[]): unknown[] =>
			nodes.map((n) =>
				n.type === 'text' ? n.segment.text : { [n.mark.data]: describe(n.children) }
			);
		return describe(markTree(segmentText(t, marks).segments));
	};

	it('makes one branch of a mark that spans several segments', () => {
		expect(tree('in Uzbekistan today', [mark(0, 13, 'quote'), mark(3, 13, 'uzb')])).toEqual([
			{ quote: ['in ', { uzb: ['Uzbekistan'] }] },
			' today'
		]);
	});

	it('splits a mark that crosses another so that the tree nests', () => {
		expect(tree('abcdefgh', [mark(0, 5, 'x'), mark(3, 8, 'y')])).toEqual([
			{ x: ['abc', { y: ['de'] }] },
			{ y: ['fgh'] }
		]);
	});

	it('keeps adjacent marks as separate branches', () => {
		expect(tree('ab', [mark(0, 1, 'a'), mark(1, 2, 'b')])).toEqual([{ a: ['a'] }, { b: ['b'] }]);
	});
});

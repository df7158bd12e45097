import { describe, expect, it } from 'vitest';
import type { Mention } from '$lib/model/types';
import { highlight, marksByRange, mentionMark, placeMark, quoteMark } from './highlight';
import type { Mark } from './segments';

const mark = (start: number, end: number): Mark<string> => ({
	start,
	end,
	data: `${start}-${end}`
});

describe('marksByRange', () => {
	const ranges = [
		{ start: 0, end: 10 },
		{ start: 11, end: 20 },
		{ start: 21, end: 30 }
	];

	it('puts each mark with the ranges it touches, a mark over a line break in both', () => {
		const out = marksByRange(ranges, [mark(2, 4), mark(8, 13), mark(21, 30), mark(10, 11)]);
		expect(out.map((list) => list.map((m) => m.data))).toEqual([
			['2-4', '8-13'],
			['8-13'],
			['21-30']
		]);
	});

	it('agrees with checking every mark against every range', () => {
		const marks = Array.from({ length: 200 }, (_, i) =>
			mark((i * 7) % 29, ((i * 7) % 29) + (i % 5))
		);
		const naive = ranges.map((r) =>
			marks.filter((m) => m.start < r.end && Math.max(m.end, m.start + 1) > r.start)
		);
		expect(marksByRange(ranges, marks)).toEqual(naive);
	});
});

describe('highlight', () => {
	const text = 'Experts from Kazakhstan met in Vienna.';
	const kaz: Mention = {
		source: 's',
		kind: 'country',
		id: 'KAZ',
		start: 13,
		end: 23,
		text: 'Kazakhstan'
	};

	it('builds a tree of a quote with a mention inside it', () => {
		const { nodes, problems } = highlight(
			text,
			[quoteMark({ start: 0, end: 27, quote: text.slice(0, 27) }, 'cited'), mentionMark(kaz, true)],
			[0, text.length]
		);
		expect(problems).toEqual([]);
		expect(nodes).toHaveLength(2);
		const [quote, rest] = nodes;
		expect(quote).toMatchObject({
			type: 'mark',
			mark: { data: { type: 'mark', emphasis: 'cited' } }
		});
		expect(rest).toMatchObject({ type: 'text', segment: { text: ' in Vienna.' } });
		if (quote?.type !== 'mark') throw new Error('not a mark');
		expect(quote.children.map((c) => c.type)).toEqual(['text', 'mark', 'text']);
	});

	it('names a highlight that cannot be placed', () => {
		const { problems } = highlight(text, [placeMark({ ...kaz, start: 12 })], [0, text.length]);
		expect(problems[0]!.message).toBe(
			'The mention "Kazakhstan" at 12–23: the text there is " Kazakhstan", not "Kazakhstan"'
		);
	});
});

/**
 * What a highlight in the panel is, and how a text with highlights is prepared for rendering:
 * split at offsets (./segments) into a tree of text and marks that MarkedText.svelte renders
 * with text interpolation only.
 */

import type { Citation, Mention, MentionKind } from '$lib/model/types';
import { MENTION_KINDS } from '$lib/model/types';
import {
	markTree,
	segmentText,
	type Mark,
	type MarkNode,
	type MarkProblem,
	type Range
} from './segments';

export type Highlight =
	/** Rendered as <mark>: a cited passage, or the mention of the selected place. */
	| { type: 'mark'; emphasis: 'quote' | 'cited' | 'place' }
	/** A mention in the reader: styled by kind, and a link that acts on what it names. */
	| { type: 'mention'; mention: Mention; current: boolean };

export { MENTION_KINDS };

export const KIND_WORDS: Record<MentionKind, { one: string; many: string; action: string }> = {
	country: { one: 'country', many: 'Countries', action: 'selects the country' },
	city: { one: 'city', many: 'Cities', action: 'selects the city' },
	region: { one: 'region', many: 'Regions', action: 'selects the region' },
	organisation: {
		one: 'organisation',
		many: 'Organisations',
		action: 'filters the events by the organisation'
	},
	person: { one: 'person', many: 'People', action: 'filters the events by the name' }
};

export function quoteMark(
	c: Pick<Citation, 'start' | 'end' | 'quote'>,
	emphasis: 'quote' | 'cited' = 'quote'
): Mark<Highlight> {
	return {
		start: c.start,
		end: c.end,
		text: c.quote,
		label: 'The cited passage',
		data: { type: 'mark', emphasis }
	};
}

export function placeMark(m: Mention): Mark<Highlight> {
	return {
		start: m.start,
		end: m.end,
		text: m.text,
		label: `The mention "${m.text}"`,
		data: { type: 'mark', emphasis: 'place' }
	};
}

export function mentionMark(m: Mention, current: boolean): Mark<Highlight> {
	return {
		start: m.start,
		end: m.end,
		text: m.text,
		label: `The ${KIND_WORDS[m.kind]?.one ?? 'mention'} "${m.text}"`,
		data: { type: 'mention', mention: m, current }
	};
}

/** A range of the text as a tree to render, and the highlights that could not be placed. */
export function highlight(
	text: string,
	marks: readonly Mark<Highlight>[],
	range: Range
): { nodes: MarkNode<Highlight>[]; problems: MarkProblem<Highlight>[] } {
	const { segments, problems } = segmentText(text, marks, range);
	return { nodes: markTree(segments), problems };
}

/**
 * The marks that touch each of the ranges (sorted, not overlapping), in the marks' order: so
 * that a long source is split paragraph by paragraph without checking every mark against
 * every paragraph.
 */
export function marksByRange<T>(
	ranges: readonly { start: number; end: number }[],
	marks: readonly Mark<T>[]
): Mark<T>[][] {
	const out: Mark<T>[][] = ranges.map(() => []);
	for (const mark of marks) {
		// The first range that ends after the mark starts.
		let lo = 0;
		let hi = ranges.length;
		while (lo < hi) {
			const mid = (lo + hi) >>> 1;
			if (ranges[mid]!.end <= mark.start) lo = mid + 1;
			else hi = mid;
		}
		for (
			let i = lo;
			i < ranges.length && ranges[i]!.start < Math.max(mark.end, mark.start + 1);
			i++
		)
			out[i]!.push(mark);
	}
	return out;
}

/**
 * Splits a text at character offsets so that highlights (mentions, cited passages) can be
 * rendered as plain text nodes: no markup is ever built from the source, so a source that
 * contains `<script>` shows it literally.
 *
 * Offsets are JavaScript string indices (UTF-16 code units), as in the dataset. A mark may
 * overlap, nest in or touch another. A mark that cannot be placed (offsets outside the text, a
 * boundary inside a surrogate pair or between a letter and its combining mark, or a `text` that
 * is not what lies between its offsets) is not drawn: it is returned as a problem, with a
 * sentence that says why, and the text around it is shown unhighlighted.
 */

export type Range = readonly [start: number, end: number];

export interface Mark<T = unknown> {
	start: number;
	end: number;
	/** The text the mark claims to cover; when given, it must equal the slice. */
	text?: string;
	/** How to name the mark in a problem: 'mention of Kazakhstan', 'cited passage'. */
	label?: string;
	data: T;
}

export type ProblemReason =
	| 'not-integer'
	| 'out-of-range'
	| 'empty'
	| 'splits-surrogate-pair'
	| 'splits-combining-mark'
	| 'text-mismatch';

export interface MarkProblem<T = unknown> {
	mark: Mark<T>;
	reason: ProblemReason;
	/** A sentence for people: what is wrong, where. */
	message: string;
}

/** A run of text covered by the same marks, outermost first. */
export interface Segment<T = unknown> {
	start: number;
	end: number;
	text: string;
	marks: Mark<T>[];
}

export interface Segmentation<T = unknown> {
	segments: Segment<T>[];
	problems: MarkProblem<T>[];
}

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** Whether an offset falls between the two halves of a surrogate pair. */
export function splitsSurrogatePair(text: string, offset: number): boolean {
	return (
		offset > 0 &&
		offset < text.length &&
		isHigh(text.charCodeAt(offset - 1)) &&
		isLow(text.charCodeAt(offset))
	);
}

// Characters that attach to the one before: combining marks (accents, variation selectors),
// the zero-width joiner of emoji sequences, and emoji skin-tone modifiers.
const ATTACHES = /^(?:\p{M}|\u200D|\p{Emoji_Modifier})/u;

/** Whether an offset separates a character from a mark that combines with it. */
export function splitsCombiningMark(text: string, offset: number): boolean {
	if (offset <= 0 || offset >= text.length) return false;
	// Nothing below U+0300 (the first combining accent) attaches: skip the regular expression.
	if (text.charCodeAt(offset) < 0x300) return false;
	return ATTACHES.test(text.slice(offset, offset + 2));
}

/** Shortens a text for a message, without cutting a surrogate pair. */
export function excerpt(text: string, max = 40): string {
	const chars = Array.from(text);
	return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

function name(mark: Mark<unknown>): string {
	return mark.label ?? (mark.text !== undefined ? `"${excerpt(mark.text)}"` : 'a highlight');
}

/** Why a mark cannot be placed in the text, or null when it can. */
export function checkMark<T>(text: string, mark: Mark<T>): MarkProblem<T> | null {
	const { start, end } = mark;
	const at = `${start}–${end}`;
	const problem = (reason: ProblemReason, message: string): MarkProblem<T> => ({
		mark,
		reason,
		message: `${name(mark)} at ${at}: ${message}`
	});
	if (!Number.isInteger(start) || !Number.isInteger(end))
		return problem('not-integer', 'its offsets are not whole numbers');
	if (start < 0 || end > text.length || start > end)
		return problem(
			'out-of-range',
			`its offsets do not lie inside the text (${text.length.toLocaleString('en')} characters)`
		);
	if (start === end) return problem('empty', 'it covers no characters');
	for (const offset of [start, end]) {
		if (splitsSurrogatePair(text, offset))
			return problem(
				'splits-surrogate-pair',
				`offset ${offset} falls inside a character (between the halves of a surrogate pair)`
			);
	}
	for (const offset of [start, end]) {
		if (splitsCombiningMark(text, offset))
			return problem(
				'splits-combining-mark',
				`offset ${offset} separates a letter from the accent or modifier that belongs to it`
			);
	}
	const slice = text.slice(start, end);
	if (mark.text !== undefined && slice !== mark.text)
		return problem(
			'text-mismatch',
			`the text there is "${excerpt(slice)}", not "${excerpt(mark.text)}"`
		);
	return null;
}

/** The marks that can be placed, and the problems of those that cannot. */
export function partitionMarks<T>(
	text: string,
	marks: readonly Mark<T>[]
): { valid: Mark<T>[]; problems: MarkProblem<T>[] } {
	const valid: Mark<T>[] = [];
	const problems: MarkProblem<T>[] = [];
	for (const mark of marks) {
		const problem = checkMark(text, mark);
		if (problem) problems.push(problem);
		else valid.push(mark);
	}
	return { valid, problems };
}

/**
 * Splits `text` (or the part of it in `range`) into segments at every mark's start and end.
 * Each segment lists the marks that cover it, outermost first (earlier start, then later end,
 * then the order given). Marks that reach outside the range are clipped to it; marks wholly
 * outside it are left out without complaint. Marks that cannot be placed become problems.
 */
export function segmentText<T>(
	text: string,
	marks: readonly Mark<T>[],
	range: Range = [0, text.length]
): Segmentation<T> {
	const from = Math.max(0, Math.min(range[0], text.length));
	const to = Math.max(from, Math.min(range[1], text.length));
	const { valid, problems } = partitionMarks(text, marks);

	const inside = valid
		.map((mark, order) => ({
			mark,
			order,
			start: Math.max(mark.start, from),
			end: Math.min(mark.end, to)
		}))
		.filter((m) => m.start < m.end)
		.sort((a, b) => a.start - b.start || b.end - a.end || a.order - b.order);

	const cuts = new Set<number>([from, to]);
	for (const m of inside) cuts.add(m.start).add(m.end);
	const bounds = [...cuts].sort((a, b) => a - b);

	const segments: Segment<T>[] = [];
	let active: typeof inside = [];
	let next = 0;
	for (let i = 0; i + 1 < bounds.length; i++) {
		const start = bounds[i]!;
		const end = bounds[i + 1]!;
		active = active.filter((m) => m.end > start);
		while (next < inside.length && inside[next]!.start === start) active.push(inside[next++]!);
		// `inside` is sorted outermost first and `active` keeps that order as marks join.
		segments.push({ start, end, text: text.slice(start, end), marks: active.map((m) => m.mark) });
	}
	return { segments, problems };
}

/** A tree of the segments: marks as branches, so that a mark spanning segments is one element. */
export type MarkNode<T = unknown> =
	| { type: 'text'; segment: Segment<T> }
	| { type: 'mark'; mark: Mark<T>; start: number; end: number; children: MarkNode<T>[] };

/**
 * Groups consecutive segments that share their outermost mark into one branch, recursively.
 * Nested marks become nested branches; a mark that crosses another's edge is split into as
 * many branches as it must be, so that the tree always nests.
 */
export function markTree<T>(segments: readonly Segment<T>[], depth = 0): MarkNode<T>[] {
	const nodes: MarkNode<T>[] = [];
	let i = 0;
	while (i < segments.length) {
		const segment = segments[i]!;
		const mark = segment.marks[depth];
		if (!mark) {
			nodes.push({ type: 'text', segment });
			i++;
			continue;
		}
		let j = i + 1;
		while (j < segments.length && segments[j]!.marks[depth] === mark) j++;
		const group = segments.slice(i, j);
		nodes.push({
			type: 'mark',
			mark,
			start: group[0]!.start,
			end: group[group.length - 1]!.end,
			children: markTree(group, depth + 1)
		});
		i = j;
	}
	return nodes;
}

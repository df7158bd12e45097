/**
 * Paragraphs and sentences of a source text, as character ranges into the verbatim text.
 *
 * A paragraph is a line: the sources break paragraphs with a line break (source 000) or a
 * blank line (source 004); blank lines are not paragraphs. A sentence is found inside its
 * paragraph by a plain rule (a full stop, question or exclamation mark, optionally closed by
 * quotation marks or a bracket, then space and a capital, a digit or an opening quotation mark),
 * so that the same text always gives the same sentences, whatever the browser.
 */

import type { Range } from './segments';

export interface Span {
	start: number;
	end: number;
}

const LINE_BREAK = /\r\n|[\n\r\u0085\u2028\u2029]/g;

/** The non-blank lines of `text` inside `range`, in order, without their line breaks. */
export function paragraphs(text: string, range: Range = [0, text.length]): Span[] {
	const from = Math.max(0, Math.min(range[0], text.length));
	const to = Math.max(from, Math.min(range[1], text.length));
	const out: Span[] = [];
	const push = (start: number, end: number) => {
		const s = Math.max(start, from);
		const e = Math.min(end, to);
		if (s < e && /\S/.test(text.slice(s, e))) out.push({ start: s, end: e });
	};
	let lineStart = 0;
	LINE_BREAK.lastIndex = 0;
	for (let m = LINE_BREAK.exec(text); m && lineStart < to; m = LINE_BREAK.exec(text)) {
		push(lineStart, m.index);
		lineStart = m.index + m[0].length;
	}
	if (lineStart < to) push(lineStart, text.length);
	return out;
}

/** The paragraph that contains offset `at` (a line break belongs to no paragraph). */
export function paragraphAt(text: string, at: number): Span | null {
	return paragraphs(text).find((p) => p.start <= at && at < p.end) ?? null;
}

/**
 * The paragraphs that the range [start, end) touches, whole. A range inside one paragraph
 * gives that paragraph; a passage that runs over a line break gives every line it covers.
 */
export function paragraphsCovering(text: string, start: number, end: number): Span[] {
	return paragraphs(text).filter((p) => p.start < Math.max(end, start + 1) && p.end > start);
}

const SENTENCE_END = /[.!?…]+["'”’»)\]]*\s+(?=["'“‘«([]?[\p{Lu}\p{N}])/gu;

/** The sentences of the paragraph, as ranges that together cover it (spaces go with the left). */
export function sentences(text: string, paragraph: Span): Span[] {
	const body = text.slice(paragraph.start, paragraph.end);
	const out: Span[] = [];
	let start = 0;
	SENTENCE_END.lastIndex = 0;
	for (let m = SENTENCE_END.exec(body); m; m = SENTENCE_END.exec(body)) {
		const end = m.index + m[0].length;
		out.push({ start: paragraph.start + start, end: paragraph.start + end });
		start = end;
	}
	if (start < body.length || out.length === 0)
		out.push({ start: paragraph.start + start, end: paragraph.end });
	return out;
}

/** Trims white space off both ends of a range. */
export function trimSpan(text: string, span: Span): Span {
	let { start, end } = span;
	while (start < end && /\s/.test(text[start]!)) start++;
	while (end > start && /\s/.test(text[end - 1]!)) end--;
	return { start, end };
}

export interface Context extends Span {
	/** Whether the paragraph goes on before or after the context shown. */
	before: boolean;
	after: boolean;
}

/**
 * The sentence (or sentences) around [start, end), trimmed, inside its paragraph; when the
 * range lies in no paragraph (a header line, say), the line around it.
 */
export function sentenceContext(text: string, start: number, end: number): Context {
	const covering = paragraphsCovering(text, start, end);
	if (covering.length === 0) return { start, end, before: false, after: false };
	const first = covering[0]!;
	const last = covering[covering.length - 1]!;
	if (covering.length > 1)
		return { start: first.start, end: last.end, before: false, after: false };
	const all = sentences(text, first);
	const touched = all.filter((s) => s.start < Math.max(end, start + 1) && s.end > start);
	const span = trimSpan(text, {
		start: touched[0]?.start ?? first.start,
		end: touched[touched.length - 1]?.end ?? first.end
	});
	const para = trimSpan(text, first);
	return { ...span, before: span.start > para.start, after: span.end < para.end };
}

/**
 * The passages the panel shows: an event's citations inside their paragraphs, grouped by
 * source; the sentences that mention a place, grouped by source; and where in a source a
 * range lies (header, article body, or website text outside the article).
 */

import type { Citation, Mention, Source } from '$lib/model/types';
import { paragraphsCovering, sentenceContext, type Context, type Span } from './paragraphs';
import { checkMark, type Mark, type MarkProblem } from './segments';

export type Where = 'header' | 'body' | 'outside';

/** Where a range lies in a source: before the article body, in it, or after it. */
export function whereIn(source: Pick<Source, 'body'>, start: number, end: number): Where {
	const [from, to] = source.body;
	if (end <= from) return 'header';
	if (start >= to) return 'outside';
	return 'body';
}

export interface CitedParagraph extends Span {
	/** The citations inside this paragraph, as marks for the splitter. */
	marks: Mark<Citation>[];
}

export interface CitedSource {
	source: Source;
	paragraphs: CitedParagraph[];
	/** Citations that cannot be placed in the text: shown as recorded, with the reason. */
	problems: MarkProblem<Citation>[];
}

export function citationMark(c: Citation): Mark<Citation> {
	return { start: c.start, end: c.end, text: c.quote, label: 'The cited passage', data: c };
}

/**
 * An event's citations grouped by source (in the order the sources are first cited), each
 * shown in the paragraph(s) that contain it; a paragraph holding two citations appears once.
 */
export function citedSources(
	citations: readonly Citation[],
	sourceById: ReadonlyMap<string, Source>
): { sources: CitedSource[]; missing: Citation[] } {
	const groups = new Map<string, CitedSource>();
	const missing: Citation[] = [];
	for (const c of citations) {
		const source = sourceById.get(c.source);
		if (!source) {
			missing.push(c);
			continue;
		}
		let group = groups.get(source.id);
		if (!group) {
			group = { source, paragraphs: [], problems: [] };
			groups.set(source.id, group);
		}
		const mark = citationMark(c);
		const problem = checkMark(source.text, mark);
		if (problem) {
			group.problems.push(problem);
			continue;
		}
		for (const p of paragraphsCovering(source.text, c.start, c.end)) {
			const same = group.paragraphs.find((q) => q.start === p.start);
			if (same) same.marks.push(mark);
			else group.paragraphs.push({ ...p, marks: [mark] });
		}
	}
	for (const g of groups.values()) g.paragraphs.sort((a, b) => a.start - b.start);
	return { sources: [...groups.values()], missing };
}

export interface MentionPassage extends Context {
	where: Where;
	mentions: Mention[];
}

export interface MentioningSource {
	source: Source;
	passages: MentionPassage[];
	/** Mentions that cannot be placed in the text. */
	problems: MarkProblem<Mention>[];
}

function asMark(m: Mention): Mark<Mention> {
	return { start: m.start, end: m.end, text: m.text, label: `The mention "${m.text}"`, data: m };
}

/**
 * The passages that mention something, grouped by source in the dataset's source order: each
 * passage is the sentence around a mention, and mentions in the same sentence share it.
 */
export function mentioningSources(
	mentions: readonly Mention[],
	sources: readonly Source[],
	sourceById: ReadonlyMap<string, Source>
): MentioningSource[] {
	const groups = new Map<string, MentioningSource>();
	for (const m of mentions) {
		const source = sourceById.get(m.source);
		if (!source) continue;
		let group = groups.get(source.id);
		if (!group) {
			group = { source, passages: [], problems: [] };
			groups.set(source.id, group);
		}
		const problem = checkMark(source.text, asMark(m));
		if (problem) {
			group.problems.push(problem);
			continue;
		}
		const context = sentenceContext(source.text, m.start, m.end);
		const same = group.passages.find((p) => p.start === context.start && p.end === context.end);
		if (same) same.mentions.push(m);
		else
			group.passages.push({
				...context,
				where: whereIn(source, m.start, m.end),
				mentions: [m]
			});
	}
	const order = new Map(sources.map((s, i) => [s.id, i]));
	for (const g of groups.values()) g.passages.sort((a, b) => a.start - b.start);
	return [...groups.values()].sort(
		(a, b) => (order.get(a.source.id) ?? 0) - (order.get(b.source.id) ?? 0)
	);
}

/** The header lines of a source that are neither its title nor its dateline ("16/05/2008"). */
export function otherHeaderLines(source: Source, headerLines: readonly Span[]): string[] {
	return headerLines
		.map((l) => source.text.slice(l.start, l.end).trim())
		.filter((line) => line && line !== source.title.trim() && line !== source.dateline?.trim());
}

/** Where a string stands in the header, as a range, or null (to highlight mentions in it). */
export function headerRange(source: Source, value: string | null): Span | null {
	if (!value) return null;
	const at = source.text.slice(0, source.body[0]).indexOf(value);
	return at < 0 ? null : { start: at, end: at + value.length };
}

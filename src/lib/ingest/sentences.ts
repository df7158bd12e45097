/**
 * Sentences of a body, as character ranges. A sentence ends at ".", "!" or "?" (with any closing
 * quotes or brackets) before a capital, a quote or a digit, and always at a blank line. A single
 * line break is only a space, since hard-wrapped texts break lines inside sentences.
 * Abbreviations ("Mr.", "Jan.", "e.g.") and initials ("J. Smith", "U.S.") do not end a sentence.
 */

import type { Range } from '../model/types.ts';

const ABBREVIATIONS = new Set(
	'mr mrs ms dr prof st no nos art arts para e.g i.e etc vs gen col lt jr sr inc ltd co corp dept jan feb mar apr jun jul aug sep sept oct nov dec approx fig vol ed eds mt'.split(
		' '
	)
);

export function splitSentences(text: string, range: Range): Range[] {
	const sentences: Range[] = [];
	let start = skipSpace(text, range[0], range[1]);
	const END = /[.!?…]+["”’)\]]*(?=\s)|\n[ \t]*\n/g;
	END.lastIndex = start;
	for (let m = END.exec(text); m && m.index < range[1]; m = END.exec(text)) {
		const isBreak = m[0].startsWith('\n');
		const end = isBreak ? m.index : m.index + m[0].length;
		if (!isBreak && !endsSentence(text, m.index, end, range[1])) continue;
		pushTrimmed(text, start, end, sentences);
		start = skipSpace(text, end, range[1]);
		END.lastIndex = start;
	}
	pushTrimmed(text, start, range[1], sentences);
	return sentences;
}

function endsSentence(text: string, at: number, end: number, limit: number): boolean {
	const next = text.slice(skipSpace(text, end, limit), skipSpace(text, end, limit) + 1);
	if (next && !/[\p{Lu}\p{N}"“‘'([]/u.test(next)) return false;
	if (text[at] !== '.') return true;
	const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, at - 12), at))?.[1] ?? '';
	if (ABBREVIATIONS.has(word.toLowerCase())) return false;
	// "J. Smith", "U.S. authorities", "U.N.": initials.
	if (/^\p{Lu}$/u.test(word) || /^(\p{L}\.)+\p{L}$/u.test(word)) return false;
	return true;
}

function skipSpace(text: string, from: number, limit: number): number {
	let i = from;
	while (i < limit && /\s/.test(text[i]!)) i++;
	return i;
}

function pushTrimmed(text: string, start: number, end: number, out: Range[]): void {
	let e = end;
	while (e > start && /\s/.test(text[e - 1]!)) e--;
	if (e > start) out.push([start, e]);
}

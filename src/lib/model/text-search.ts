/**
 * Finding exact words in a verbatim text: whole-word name matching for mentions, and quote
 * lookup with a precise explanation when a quote is not in the text.
 */

import type { Range } from './types';

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** True when `text[start, end)` is not glued to a letter or digit on either side. */
export function isWholeWord(text: string, start: number, end: number): boolean {
	const before = start > 0 ? text[start - 1]! : '';
	const after = end < text.length ? text[end]! : '';
	return !(before && WORD_CHAR.test(before)) && !(after && WORD_CHAR.test(after));
}

/** Every start index of `needle` in `text` (overlapping occurrences included). */
export function occurrences(text: string, needle: string): number[] {
	const found: number[] = [];
	if (!needle) return found;
	for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + 1)) found.push(i);
	return found;
}

export interface NamedEntity<K extends string = string> {
	kind: K;
	id: string;
	names: readonly string[];
}

export interface NameMatch<K extends string = string> {
	kind: K;
	id: string;
	start: number;
	end: number;
	text: string;
}

/**
 * Every whole-word occurrence of the entities' names in `text`. Where matches overlap, the
 * leftmost wins, then the longest ("Kazakhstan Red Crescent Society" over "Kazakhstan").
 */
export function findNames<K extends string>(
	text: string,
	entities: readonly NamedEntity<K>[],
	within: Range = [0, text.length]
): NameMatch<K>[] {
	const candidates: NameMatch<K>[] = [];
	for (const entity of entities) {
		for (const name of new Set(entity.names)) {
			for (const start of occurrences(text, name)) {
				const end = start + name.length;
				if (start < within[0] || end > within[1]) continue;
				if (!isWholeWord(text, start, end)) continue;
				candidates.push({ kind: entity.kind, id: entity.id, start, end, text: name });
			}
		}
	}
	candidates.sort((a, b) => a.start - b.start || b.end - a.end);
	const chosen: NameMatch<K>[] = [];
	let reach = -1;
	for (const c of candidates) {
		if (c.start < reach) continue;
		chosen.push(c);
		reach = c.end;
	}
	return chosen;
}

export type QuoteLookup = { ok: true; start: number; end: number } | { ok: false; reason: string };

/**
 * Locates `quote` in `text`. A quote that occurs more than once must say which occurrence
 * (1-based, counted over the whole text). When the quote is absent, the reason shows where it
 * stops matching, so that an editor can see the changed word at once.
 */
export function locateQuote(text: string, quote: string, occurrence?: number): QuoteLookup {
	if (!quote) return { ok: false, reason: 'the quote is empty' };
	const at = occurrences(text, quote);
	if (at.length === 0)
		return { ok: false, reason: `${JSON.stringify(quote)} ${whyAbsent(text, quote)}` };
	if (occurrence !== undefined) {
		const start = at[occurrence - 1];
		if (!Number.isInteger(occurrence) || occurrence < 1 || start === undefined) {
			return {
				ok: false,
				reason: `occurrence ${occurrence} was asked for, but ${JSON.stringify(quote)} occurs ${at.length} time(s)`
			};
		}
		return { ok: true, start, end: start + quote.length };
	}
	if (at.length > 1) {
		return {
			ok: false,
			reason: `${JSON.stringify(quote)} occurs ${at.length} times (at ${at.join(', ')}); lengthen the quote or add occurrence: N`
		};
	}
	return { ok: true, start: at[0]!, end: at[0]! + quote.length };
}

function whyAbsent(text: string, quote: string): string {
	// Longest prefix of the quote that the text contains (binary search: prefixes of a
	// present prefix are present).
	let lo = 0;
	let hi = quote.length;
	while (lo < hi) {
		const mid = Math.ceil((lo + hi) / 2);
		if (text.includes(quote.slice(0, mid))) lo = mid;
		else hi = mid - 1;
	}
	if (lo === 0) return 'does not occur verbatim in the text';
	const where = text.indexOf(quote.slice(0, lo));
	const theirs = text.slice(where + lo, where + lo + 20);
	const ours = quote.slice(lo, lo + 20);
	return (
		`does not occur verbatim in the text: it matches up to character ${lo}, ` +
		`where the quote has ${JSON.stringify(ours)} and the text has ${JSON.stringify(theirs)}`
	);
}

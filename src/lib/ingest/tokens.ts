/**
 * Words and punctuation with their offsets. Names are matched token by token, so that "United
 * Arab\nEmirates" (a line break inside a name) still matches "United Arab Emirates", while
 * "Guinea-Bissau" never matches "Guinea" followed by something else.
 */

export interface Token {
	text: string;
	start: number;
	end: number;
	/** True when whitespace (or the start of the text) precedes the token. */
	spaced: boolean;
}

/** A run of letters, marks and digits, or any single other visible character. */
const TOKEN = /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;

export function tokenize(text: string, from = 0, to = text.length): Token[] {
	const tokens: Token[] = [];
	const re = TOKEN;
	re.lastIndex = from;
	let previousEnd = -1;
	for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
		const end = m.index + m[0].length;
		if (end > to) break;
		tokens.push({ text: m[0], start: m.index, end, spaced: m.index !== previousEnd });
		previousEnd = end;
	}
	return tokens;
}

const WORD = /^[\p{L}\p{M}\p{N}]/u;
const UPPER = /^\p{Lu}/u;
const LOWER = /\p{Ll}/u;

export const isWord = (t: string): boolean => WORD.test(t);
/** Starts with a capital letter: "Almaty", "OSCE". */
export const isCapitalised = (t: string): boolean => UPPER.test(t);
/** Letters, all capitals: "ALMATY", "OSCE". */
export const isAllCaps = (t: string): boolean => UPPER.test(t) && !LOWER.test(t);

/** Lower-case ASCII slug: "Kazakhstan Red Crescent Society" → "kazakhstan-red-crescent-society". */
export function slugify(text: string, fallback = 'item'): string {
	const slug = foldDiacritics(text)
		.toLowerCase()
		.replace(/['’]/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 80)
		.replace(/-+$/, '');
	return slug || fallback;
}

const NON_ASCII = /[^\p{ASCII}]/u;

/** "Türkmenabat" → "Turkmenabat"; letters without a decomposition ("ł", "ı") are kept. */
export function foldDiacritics(text: string): string {
	if (!NON_ASCII.test(text)) return text;
	return text
		.normalize('NFD')
		.replace(/\p{M}+/gu, '')
		.normalize('NFC');
}

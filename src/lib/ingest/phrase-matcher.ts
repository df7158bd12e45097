/**
 * Finds many thousands of names in a text in one pass over its tokens: names are filed under
 * their first token, so each token of the text costs one hash look-up, however large the
 * gazetteer. Matching is case-sensitive ("US" is not "us"); a name may opt in to also match when
 * the text writes it in capitals ("ALMATY, 12 March").
 */

import { isAllCaps, isWord, tokenize, type Token } from './tokens.ts';

const SINGLE_WORD = /^[\p{L}\p{M}\p{N}]+$/u;

interface Phrase<T> {
	words: string[];
	/** spaced[j]: whether whitespace precedes word j (j > 0) in the name. */
	spaced: boolean[];
	value: T;
}

export interface PhraseMatch<T> {
	value: T;
	/** Token indices [first, last + 1). */
	from: number;
	to: number;
	start: number;
	end: number;
}

export class PhraseMatcher<T> {
	#exact = new Map<string, Phrase<T>[]>();
	#capitals = new Map<string, Phrase<T>[]>();
	#size = 0;

	get size(): number {
		return this.#size;
	}

	/** Adds `name`; `capitals` also lets "ALMATY" match "Almaty". Returns false for an empty name. */
	add(name: string, value: T, options: { capitals?: boolean } = {}): boolean {
		// Most names are one word: no need to tokenize them.
		const tokens = SINGLE_WORD.test(name)
			? [{ text: name, start: 0, end: name.length, spaced: true }]
			: tokenize(name);
		if (tokens.length === 0) return false;
		const phrase: Phrase<T> = {
			words: tokens.map((t) => t.text),
			spaced: tokens.map((t, j) => j > 0 && t.spaced),
			value
		};
		file(this.#exact, phrase.words[0]!, phrase);
		// Words of three capitals or fewer are acronyms ("US", "UAE"), not names set in capitals.
		if (options.capitals && isWord(phrase.words[0]!) && phrase.words[0]!.length >= 4) {
			const upper: Phrase<T> = { ...phrase, words: phrase.words.map((w) => w.toUpperCase()) };
			if (upper.words.join() !== phrase.words.join()) file(this.#capitals, upper.words[0]!, upper);
		}
		this.#size++;
		return true;
	}

	/** Every occurrence of every name, in token order; several names may match at one token. */
	findAll(tokens: readonly Token[]): PhraseMatch<T>[] {
		const found: PhraseMatch<T>[] = [];
		for (let i = 0; i < tokens.length; i++) {
			const first = tokens[i]!.text;
			this.#collect(this.#exact.get(first), tokens, i, found);
			if (first.length >= 4 && isAllCaps(first))
				this.#collect(this.#capitals.get(first), tokens, i, found);
		}
		return found;
	}

	#collect(
		phrases: Phrase<T>[] | undefined,
		tokens: readonly Token[],
		i: number,
		found: PhraseMatch<T>[]
	): void {
		if (!phrases) return;
		for (const p of phrases) {
			const to = i + p.words.length;
			if (to > tokens.length) continue;
			let ok = true;
			for (let j = 1; j < p.words.length && ok; j++) {
				const t = tokens[i + j]!;
				ok = t.text === p.words[j] && t.spaced === p.spaced[j];
			}
			if (ok)
				found.push({
					value: p.value,
					from: i,
					to,
					start: tokens[i]!.start,
					end: tokens[to - 1]!.end
				});
		}
	}
}

function file<T>(map: Map<string, Phrase<T>[]>, key: string, phrase: Phrase<T>): void {
	const list = map.get(key);
	if (list) list.push(phrase);
	else map.set(key, [phrase]);
}

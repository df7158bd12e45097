/**
 * Finds many thousands of names in a text in one pass over its tokens: names are filed under
 * their first word, so each token of the text costs one hash look-up, however large the
 * gazetteer. Matching is case-sensitive ("US" is not "us"); a name may opt in to also match when
 * the text sets it in capitals ("ALMATY, 12 March"), looked up under its capitalised form.
 */

import { isAllCaps, tokenize, type Token } from './tokens.ts';

const SINGLE_WORD = /^[\p{L}\p{M}\p{N}]+$/u;
/** Words of three capitals or fewer are acronyms ("US", "UAE"), not names set in capitals. */
const MIN_CAPITALS = 4;
const ONE_WORD: readonly boolean[] = [false];

interface Phrase<T> {
	words: string[];
	/** spaced[j]: whether whitespace precedes word j (j > 0) in the name. */
	spaced: readonly boolean[];
	/** Also matches in capitals. */
	capitals: boolean;
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
	#byFirstWord = new Map<string, Phrase<T>[]>();
	#size = 0;

	get size(): number {
		return this.#size;
	}

	/** Adds `name`; `capitals` also lets "ALMATY" match "Almaty". Returns false for an empty name. */
	add(name: string, value: T, options: { capitals?: boolean } = {}): boolean {
		const capitals = (options.capitals ?? false) && name.length >= MIN_CAPITALS;
		let phrase: Phrase<T>;
		// Most of the 190,000 names are one word: no tokenizing, and one shared `spaced`.
		if (SINGLE_WORD.test(name)) phrase = { words: [name], spaced: ONE_WORD, capitals, value };
		else {
			const tokens = tokenize(name);
			if (tokens.length === 0) return false;
			phrase = {
				words: tokens.map((t) => t.text),
				spaced: tokens.map((t, j) => j > 0 && t.spaced),
				capitals: capitals && tokens[0]!.text.length >= MIN_CAPITALS,
				value
			};
		}
		const key = phrase.words[0]!;
		const list = this.#byFirstWord.get(key);
		if (list) list.push(phrase);
		else this.#byFirstWord.set(key, [phrase]);
		this.#size++;
		return true;
	}

	/** Every occurrence of every name, in token order; several names may match at one token. */
	findAll(tokens: readonly Token[]): PhraseMatch<T>[] {
		const found: PhraseMatch<T>[] = [];
		for (let i = 0; i < tokens.length; i++) {
			const first = tokens[i]!.text;
			this.#collect(this.#byFirstWord.get(first), tokens, i, false, found);
			if (first.length >= MIN_CAPITALS && isAllCaps(first)) {
				const capitalised = first[0] + first.slice(1).toLowerCase();
				this.#collect(this.#byFirstWord.get(capitalised), tokens, i, true, found);
			}
		}
		return found;
	}

	#collect(
		phrases: Phrase<T>[] | undefined,
		tokens: readonly Token[],
		i: number,
		inCapitals: boolean,
		found: PhraseMatch<T>[]
	): void {
		if (!phrases) return;
		for (const p of phrases) {
			if (inCapitals && !p.capitals) continue;
			const to = i + p.words.length;
			if (to > tokens.length) continue;
			let ok = true;
			for (let j = 1; j < p.words.length && ok; j++) {
				const t = tokens[i + j]!;
				const word = inCapitals ? p.words[j]!.toUpperCase() : p.words[j];
				ok = t.text === word && t.spaced === p.spaced[j];
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

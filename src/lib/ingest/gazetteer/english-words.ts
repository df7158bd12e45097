/**
 * English words (the word-list package, ~274,000 lower-case words). A city whose name is also an
 * English word ("Most", "Police", "Nice", "Mary", "Roma") is only taken as a city where the
 * context says so; see cities.ts.
 */

import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';

let words: Set<string> | null = null;

export function englishWords(): ReadonlySet<string> {
	words ??= new Set(readFileSync(wordListPath, 'utf8').split('\n'));
	return words;
}

/** Whether `name` (one word, any case) is an English word. Names of several words never are. */
export function isEnglishWord(name: string): boolean {
	return englishWords().has(name.toLowerCase());
}

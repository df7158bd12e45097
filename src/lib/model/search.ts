/**
 * Free-text search over a compact atlas without building a text per event. An event matches a
 * term when its title, kind, venue, a participant's name, a note or one of its quotes contains
 * it (after lower-casing and stripping accents, as `normaliseForSearch` does), the same rule as
 * `IndexedEvent.searchText`. Here:
 *  - the strings shared by many events (titles, kinds, names, notes) are tested once each;
 *  - quotes are found by searching each source's text once per term and giving every
 *    occurrence to the citations around it, so a term costs one pass over the texts
 *    (30 MB at 100,000 events), not a string per event.
 * A text whose normal form has other offsets than the text (accents, ligatures) has its quotes
 * tested one by one instead.
 */

import { PARTICIPANT_KINDS, type CoreColumns, type PassageColumns } from './columnar';
import type { SourceTexts } from './columnar-read';

export type Normalise = (text: string) => string;

interface SourceText {
	/** The normalised text when it keeps the text's offsets, else null. */
	sameOffsets: string | null;
	/** Its event citations by first offset: rows into the citation columns. */
	citations: Uint32Array;
}

export class TextSearch {
	private readonly normalisedTables = new Map<string, string[]>();
	private sources: SourceText[] | null = null;
	private readonly eventOfCitation: Uint32Array;

	constructor(
		private readonly columns: CoreColumns,
		private readonly passages: PassageColumns,
		private readonly texts: SourceTexts,
		private readonly normalise: Normalise
	) {
		const c = columns;
		this.eventOfCitation = new Uint32Array(c.citeSource.length);
		for (let r = 0; r < c.count; r++)
			for (let k = c.citeStart[r]!; k < c.citeStart[r + 1]!; k++) this.eventOfCitation[k] = r;
	}

	/** Per dataset row: 1 when the event holds every term. */
	matches(terms: readonly string[]): Uint8Array {
		const out = new Uint8Array(this.columns.count).fill(1);
		for (const term of terms) {
			const rows = this.rowsMatching(term);
			for (let r = 0; r < out.length; r++) if (!rows[r]) out[r] = 0;
		}
		return out;
	}

	private table(name: string, values: () => string[]): string[] {
		let t = this.normalisedTables.get(name);
		if (!t) {
			t = values().map(this.normalise);
			this.normalisedTables.set(name, t);
		}
		return t;
	}

	/** Per dataset row: 1 when the event holds the term. */
	private rowsMatching(term: string): Uint8Array {
		const c = this.columns;
		const has = (list: string[]) => Uint8Array.from(list, (s) => (s.includes(term) ? 1 : 0));
		const titles = has(this.table('titles', () => c.tables.titles));
		const kinds = has(this.table('kinds', () => c.tables.kinds));
		const notes = has(this.table('notes', () => c.tables.notes));
		const places = has(this.table('places', () => c.places.map((p) => p.name)));
		// A country taking part is found by its name and its code.
		const countries = has(this.table('countries', () => c.places.map((p) => `${p.name}\n${p.id}`)));
		const organisations = has(
			this.table('organisations', () =>
				c.organisations.map((o) => [o.name, o.acronym ?? '', ...o.aliases].join('\n'))
			)
		);
		const people = has(this.table('people', () => c.people.map((p) => p.name)));
		const byKind = { organisation: organisations, country: countries, person: people };

		const rows = new Uint8Array(c.count);
		for (let r = 0; r < c.count; r++) {
			let hit = titles[c.title[r]!] === 1 || kinds[c.kind[r]!] === 1;
			const place = c.place[r]!;
			if (!hit && place >= 0) hit = places[place] === 1;
			for (const kind of PARTICIPANT_KINDS) {
				if (hit) break;
				const list = c[kind];
				const found = byKind[kind];
				for (let k = list.start[r]!; k < list.start[r + 1]! && !hit; k++)
					hit = found[list.entity[k]!] === 1;
			}
			for (let k = c.noteStart[r]!; k < c.noteStart[r + 1]! && !hit; k++)
				hit = notes[c.note[k]!] === 1;
			rows[r] = hit ? 1 : 0;
		}
		this.markQuotes(term, rows);
		return rows;
	}

	/** Marks the events whose quotes hold the term, source by source. */
	private markQuotes(term: string, rows: Uint8Array): void {
		const { citeFrom, citeTo } = this.passages;
		const sources = this.prepare();
		sources.forEach((source, j) => {
			const { citations } = source;
			if (!citations.length) return;
			if (source.sameOffsets === null) {
				const text = this.texts.get(j);
				for (const k of citations)
					if (this.normalise(text.slice(citeFrom[k]!, citeTo[k]!)).includes(term))
						rows[this.eventOfCitation[k]!] = 1;
				return;
			}
			// Occurrences and citations both in text order: each occurrence is given to the
			// citations that contain it. Citations may overlap, so those still open are kept.
			const text = source.sameOffsets;
			let next = 0;
			const open: number[] = [];
			for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + 1)) {
				const end = at + term.length;
				while (next < citations.length && citeFrom[citations[next]!]! <= at)
					open.push(citations[next++]!);
				for (let o = open.length - 1; o >= 0; o--) {
					const k = open[o]!;
					// Ends before this occurrence does: it cannot hold a later one either.
					if (citeTo[k]! < end) open.splice(o, 1);
					else rows[this.eventOfCitation[k]!] = 1;
				}
			}
		});
	}

	private readonly perChar = new Map<string, string>();

	/**
	 * The normal form of a text made character by character, when every character's normal
	 * form is one character (then a quote's normal form is a slice of it): "Türkiye" gives
	 * "turkiye". Null when one is not (a stray accent, a letter whose lower case is two), or
	 * when the text has a capital sigma (its lower case depends on the next letter).
	 */
	private charByChar(text: string): string | null {
		if (text.includes('Σ')) return null;
		let ok = true;
		const out = text.replace(/[^\p{ASCII}]/gu, (ch) => {
			let n = this.perChar.get(ch);
			if (n === undefined) this.perChar.set(ch, (n = this.normalise(ch)));
			if (n.length !== ch.length) ok = false;
			return n;
		});
		return ok ? out.toLowerCase() : null;
	}

	/** Each source's normalised text (when offsets survive) and its citations in text order. */
	private prepare(): SourceText[] {
		if (this.sources) return this.sources;
		const { citeFrom } = this.passages;
		const c = this.columns;
		const bySource: number[][] = c.sources.map(() => []);
		for (let k = 0; k < c.citeSource.length; k++) bySource[c.citeSource[k]!]!.push(k);
		this.sources = bySource.map((list, j) => {
			list.sort((a, b) => citeFrom[a]! - citeFrom[b]!);
			return { sameOffsets: this.charByChar(this.texts.get(j)), citations: Uint32Array.from(list) };
		});
		return this.sources;
	}
}

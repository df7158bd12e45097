/**
 * What `npm run ingest` writes for one document (`data/ingested/<slug>.json`): the facts found in
 * the text, each with its offsets, for a person to curate into data/*.yaml. Offsets are
 * JavaScript string indices (UTF-16 code units) into the file's text as decoded from UTF-8, the
 * same text the data build reads, and every `text` equals `fileText.slice(start, end)`.
 */

import type { MentionKind, PlacePrecision, Range } from '../model/types.ts';

export interface IngestedSource {
	/** A slug made from the file name; the output file is `<id>.json`. */
	id: string;
	/** The file name (as data/sources.yaml would give it). */
	file: string;
	/** The path the document was read from, relative to the working folder. */
	path: string;
	/** SHA-256 of the file's bytes: the offsets hold for exactly this file. */
	sha256: string;
	/** The header style the document was read in. */
	header: HeaderStyle;
	title: string | null;
	/** EDTF day of publication, from the header, or null when the document states none. */
	published: string | null;
	/** The header's words for that day, as data/sources.yaml `publishedText` wants them. */
	publishedText: string | null;
	/** The place line at the head of the document, as written. */
	dateline: string | null;
	/** The article body; header lines and trailing website chrome lie outside it. */
	body: Range;
}

/**
 * `dateline`: dateline / DD/MM/YYYY / title / body. `published`: title / Published: date / body.
 * `inline`: no header lines, but the first line opens with "PLACE, date –". `none`: plain text.
 */
export type HeaderStyle = 'dateline' | 'published' | 'inline' | 'none';

export interface IngestedMention {
	kind: MentionKind;
	/** ISO 3166-1 alpha-3 for countries; a slug for the other kinds (see `gazetteer`). */
	id: string;
	start: number;
	end: number;
	text: string;
}

export interface IngestedDate {
	/** EDTF: a day, a month, a year, or an interval `A/B`. */
	edtf: string;
	start: number;
	end: number;
	text: string;
	/** The text gives no year ("on 12 March"): it was taken from the publication date. */
	yearInferred: boolean;
}

/** A passage that supports a candidate event, and what it shows. */
export interface Evidence {
	role: 'sentence' | 'date' | 'place' | 'activity' | 'participant';
	start: number;
	end: number;
	text: string;
	/** For places and participants: the mention's kind and id. */
	kind?: MentionKind;
	id?: string;
}

/** A proposed event: never published as such, a person decides (see docs/ingest.md). */
export interface Candidate {
	id: string;
	/** The organised activity named ("workshop", "conference"), lower-case, or null. */
	activity: string | null;
	date: string;
	/**
	 * `stated`: the sentence dates the event. `reported`: the sentence reports an activity without
	 * a date, so it took place on or before the publication day, which is `date`.
	 */
	dateBasis: 'stated' | 'reported';
	/** A place id (as in `mentions`), or null when the text does not place it. */
	place: string | null;
	placePrecision: PlacePrecision;
	/** Where the place came from: a locative phrase in the evidence ("in Vienna") or the dateline. */
	placeFrom: 'text' | 'dateline' | null;
	/** Countries, organisations and people named in the evidence, other than the place. */
	participants: { kind: MentionKind; id: string }[];
	/** The sentences to cite (each `text` is verbatim, ready for events.yaml `quote`). */
	quotes: { start: number; end: number; text: string }[];
	evidence: Evidence[];
}

/** Reference facts about what the document mentions, shaped like data/gazetteer.yaml entries. */
export interface IngestedGazetteer {
	countries: { id: string; name: string; names: string[] }[];
	cities: {
		id: string;
		name: string;
		country: string | null;
		coordinates: [number, number];
		geonameId: number;
		names: string[];
	}[];
	regions: {
		id: string;
		name: string;
		members: string[] | null;
		names: string[];
	}[];
	organisations: {
		id: string;
		name: string;
		acronym: string | null;
		kind: string | null;
		country: string | null;
		names: string[];
	}[];
	people: { id: string; name: string; names: string[] }[];
}

export interface IngestedDocument {
	version: 1;
	source: IngestedSource;
	mentions: IngestedMention[];
	dates: IngestedDate[];
	candidates: Candidate[];
	gazetteer: IngestedGazetteer;
}

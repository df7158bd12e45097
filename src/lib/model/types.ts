/**
 * The published dataset (`/data/atlas.json`). Everything in it is either verified against a
 * source's verbatim text at build time (quotes, mentions, offsets) or explicitly marked
 * editorial. Offsets are JavaScript string indices (UTF-16 code units) into `Source.text`.
 */

export type PlaceKind = 'city' | 'country' | 'region';
export type PlacePrecision = 'city' | 'country' | 'region' | 'unstated';
export type DateBasis = 'stated' | 'reported';
export type MentionKind = 'country' | 'city' | 'region' | 'organisation' | 'person';
export type ParticipantKind = 'country' | 'organisation' | 'person';
export type ParticipantRole =
	'host' | 'participant' | 'organiser' | 'funder' | 'supporter' | 'speaker' | 'subject';

/** Mention kinds in the order the reader lists them (and the compact format numbers them). */
export const MENTION_KINDS: readonly MentionKind[] = [
	'country',
	'city',
	'region',
	'organisation',
	'person'
];

export const PARTICIPANT_ROLES: readonly ParticipantRole[] = [
	'host',
	'organiser',
	'funder',
	'supporter',
	'participant',
	'speaker',
	'subject'
];

/** A character range [start, end) in a source's text. */
export type Range = [start: number, end: number];

export interface Citation {
	source: string;
	quote: string;
	start: number;
	end: number;
}

export interface Note {
	/** Editorial notes carry knowledge from outside the sources and are shown as such. */
	kind: 'editorial';
	text: string;
}

export interface Source {
	id: string;
	file: string;
	publisher: string;
	title: string;
	/** EDTF day of publication, as stated in the source's header. */
	published: string;
	dateline: string | null;
	text: string;
	/** The article body; header lines and trailing website chrome lie outside it. */
	body: Range;
	notes: Note[];
}

export interface Place {
	/** ISO 3166-1 alpha-3 for countries, a slug for cities and regions. */
	id: string;
	name: string;
	kind: PlaceKind;
	/** Countries: ISO 3166-1 alpha-3. */
	iso3?: string;
	/** Cities: [longitude, latitude]. */
	coordinates?: [number, number];
	/** Cities: the country they lie in (ISO alpha-3). */
	country?: string;
	/** Countries: a point inside the country, for country-precision marks and labels. */
	point?: [number, number];
	/** Regions: member countries (ISO alpha-3). */
	members?: string[];
}

export interface Organisation {
	id: string;
	name: string;
	acronym: string | null;
	aliases: string[];
	parent: string | null;
	kind: string;
	/** Place id of the seat, where known. */
	seat: string | null;
	/** National organisations: the country they belong to (ISO alpha-3). */
	country: string | null;
}

export interface PersonRole {
	title: string;
	organisation: string | null;
	citation: Citation;
}

export interface Person {
	id: string;
	name: string;
	roles: PersonRole[];
}

export interface Participant {
	kind: ParticipantKind;
	id: string;
	role: ParticipantRole;
	/** The words that state this participation, when a specific passage does. */
	citation: Citation | null;
}

export interface AtlasEvent {
	id: string;
	title: string;
	kind: string;
	/** EDTF: `2008-05-16`, `2007-11`, `2007`, or an interval `2007-11/2008-02`. */
	date: string;
	dateBasis: DateBasis;
	/** Place id, or null when the source does not state it. */
	place: string | null;
	placePrecision: PlacePrecision;
	participants: Participant[];
	citations: Citation[];
	notes: Note[];
}

export interface Mention {
	source: string;
	kind: MentionKind;
	id: string;
	start: number;
	end: number;
	text: string;
}

export interface Atlas {
	version: 1;
	sources: Source[];
	places: Place[];
	organisations: Organisation[];
	people: Person[];
	events: AtlasEvent[];
	mentions: Mention[];
}

/**
 * The compact form of an atlas for large datasets: one row per event, each field a typed array
 * (a column), every repeated string (titles, kinds, dates, id prefixes) stored once in a table
 * and referred to by number, and every reference to a place, organisation or person stored as
 * a number into the gazetteer, which stays as plain objects (it is small).
 *
 * It comes in two parts, because they are needed at different times:
 *  - the core: what drawing, filtering, counting and listing need (ids, titles, dates, places,
 *    participants, the sources each event cites). About 10 bytes per event once gzipped.
 *  - the passages: the source texts (UTF-8), the mentions, and the offsets of every citation;
 *    what the source panel needs. Quotes and mention texts are not stored: they are
 *    `text.slice(start, end)` by definition.
 *
 * `atlasToColumns` here and `columnsToAtlas` (columnar-read.ts) convert losslessly (a verified
 * atlas round-trips to an equal one); columnar-file.ts writes and reads the two files.
 */

import type {
	Atlas,
	AtlasEvent,
	Citation,
	Mention,
	MentionKind,
	Organisation,
	ParticipantKind,
	Person,
	Place,
	PlacePrecision,
	Source
} from './types';
import { MENTION_KINDS, PARTICIPANT_ROLES } from './types';

export const PLACE_PRECISIONS: readonly PlacePrecision[] = [
	'city',
	'country',
	'region',
	'unstated'
];
export { MENTION_KINDS };

/** A source without its text (the text lives in the passages). */
export type SourceMeta = Omit<Source, 'text'>;

/** A gazetteer row of people with their role citations' quotes left out (see `PersonMeta`). */
export interface PersonMeta {
	id: string;
	name: string;
	roles: { title: string; organisation: string | null; citation: Omit<Citation, 'quote'> }[];
}

/** The participants of one kind: event i's are rows start[i] to start[i + 1]. */
export interface ParticipantColumns {
	start: Uint32Array;
	/** Index into organisations, places or people. */
	entity: Uint32Array;
	/** Index into PARTICIPANT_ROLES. */
	role: Uint8Array;
}

/** Where each participant's citation is (same rows as the ParticipantColumns of its kind). */
export interface ParticipantCitations {
	/** Index into sources; -1: no citation. */
	source: Int32Array;
	from: Uint32Array;
	to: Uint32Array;
}

/** Participants are stored by kind (each kind compresses on its own): this order. */
export const PARTICIPANT_KINDS: readonly ParticipantKind[] = ['organisation', 'country', 'person'];

export interface CoreColumns {
	version: 1;
	sources: SourceMeta[];
	places: Place[];
	organisations: Organisation[];
	people: PersonMeta[];
	tables: {
		/** Ids are split into a prefix and a trailing number: "ev-000123" is ("ev-", 123, 6 digits). */
		idPrefixes: string[];
		titles: string[];
		kinds: string[];
		/** EDTF strings, as written. */
		dates: string[];
		notes: string[];
	};
	/** Events, in the order of the dataset (not sorted). */
	count: number;
	idPrefix: Uint32Array;
	/** Digits of the trailing number (0: the id is its prefix alone). */
	idDigits: Uint8Array;
	idNumber: Float64Array;
	title: Uint32Array;
	kind: Uint32Array;
	date: Uint32Array;
	/** 0 stated, 1 reported. */
	basis: Uint8Array;
	/** Index into places, -1 when unstated. */
	place: Int32Array;
	/** Index into PLACE_PRECISIONS. */
	placePrecision: Uint8Array;
	organisation: ParticipantColumns;
	country: ParticipantColumns;
	person: ParticipantColumns;
	/**
	 * An event lists its participants organisations first, then countries, then people, unless
	 * it is in this list: then `kinds` (indices into PARTICIPANT_KINDS) gives their order.
	 */
	order: { event: Uint32Array; start: Uint32Array; kinds: Uint8Array };
	/** Citations of event i: rows citeStart[i] to citeStart[i + 1]. */
	citeStart: Uint32Array;
	/** The source each citation quotes (index into sources). */
	citeSource: Uint32Array;
	/** Notes of event i: rows noteStart[i] to noteStart[i + 1]; each an index into tables.notes. */
	noteStart: Uint32Array;
	note: Uint32Array;
}

export interface PassageColumns {
	/** Every source's text, UTF-8, one after the other. */
	text: Uint8Array;
	/** Source j's text is bytes textStart[j] to textStart[j + 1]. */
	textStart: Float64Array;
	/** Offsets of the event citations (same rows as CoreColumns.citeSource). */
	citeFrom: Uint32Array;
	citeTo: Uint32Array;
	organisation: ParticipantCitations;
	country: ParticipantCitations;
	person: ParticipantCitations;
	/** Mentions grouped by source: source j's are rows mentionStart[j] to mentionStart[j + 1]. */
	mentionStart: Uint32Array;
	/** Index into MENTION_KINDS. */
	mentionKind: Uint8Array;
	/** Index into places, organisations or people, by kind. */
	mentionEntity: Uint32Array;
	mentionFrom: Uint32Array;
	mentionTo: Uint32Array;
}

export interface AtlasColumns {
	core: CoreColumns;
	passages: PassageColumns;
}

// ---------------------------------------------------------------------------------------------
// Ids

const TRAILING_NUMBER = /^(.*?)(\d{1,15})$/;

/** Splits an id into a prefix and a trailing number, keeping its leading zeros. */
export function splitId(id: string): { prefix: string; digits: number; number: number } {
	const m = TRAILING_NUMBER.exec(id);
	if (!m) return { prefix: id, digits: 0, number: 0 };
	return { prefix: m[1]!, digits: m[2]!.length, number: Number(m[2]) };
}

export function joinId(prefix: string, digits: number, number: number): string {
	return digits === 0 ? prefix : prefix + String(number).padStart(digits, '0');
}

export function eventId(core: CoreColumns, row: number): string {
	return joinId(
		core.tables.idPrefixes[core.idPrefix[row]!]!,
		core.idDigits[row]!,
		core.idNumber[row]!
	);
}

// ---------------------------------------------------------------------------------------------
// Atlas → columns

/** A string table that hands out the row of each distinct string. */
class Table {
	readonly values: string[] = [];
	private readonly rows = new Map<string, number>();
	of(s: string): number {
		let row = this.rows.get(s);
		if (row === undefined) {
			row = this.values.length;
			this.values.push(s);
			this.rows.set(s, row);
		}
		return row;
	}
}

type Growable = Uint8Array | Uint32Array | Int32Array | Float64Array;

/** A growable typed column. */
class Column<T extends Growable> {
	private data: T;
	length = 0;
	constructor(private readonly make: (n: number) => T) {
		this.data = make(1024);
	}
	push(v: number): void {
		if (this.length === this.data.length) {
			const grown = this.make(this.data.length * 2);
			grown.set(this.data);
			this.data = grown;
		}
		this.data[this.length++] = v;
	}
	done(): T {
		return this.data.slice(0, this.length) as T;
	}
}

const u8 = () => new Column((n) => new Uint8Array(n));
const u32 = () => new Column((n) => new Uint32Array(n));
const i32 = () => new Column((n) => new Int32Array(n));
const f64 = () => new Column((n) => new Float64Array(n));
/** An offsets column: starts at 0, one more entry per row. */
const offsets = () => {
	const c = u32();
	c.push(0);
	return c;
};

const participantColumns = () => ({
	start: offsets(),
	entity: u32(),
	role: u8(),
	citeSource: i32(),
	citeFrom: u32(),
	citeTo: u32()
});

/**
 * Builds the columns source by source and event by event, so that a generator can stream a
 * dataset bigger than memory holds as objects. Places and organisations are given first;
 * people may be added as they are introduced, before any event or mention naming them.
 */
export class ColumnsBuilder {
	private readonly sources: SourceMeta[] = [];
	private readonly sourceRow = new Map<string, number>();
	private readonly texts: Uint8Array[] = [];
	private readonly encoder = new TextEncoder();
	private readonly people: PersonMeta[] = [];
	private readonly placeRow: Map<string, number>;
	private readonly orgRow: Map<string, number>;
	private readonly personRow = new Map<string, number>();
	private readonly tables = {
		idPrefixes: new Table(),
		titles: new Table(),
		kinds: new Table(),
		dates: new Table(),
		notes: new Table()
	};
	private readonly c = {
		idPrefix: u32(),
		idDigits: u8(),
		idNumber: f64(),
		title: u32(),
		kind: u32(),
		date: u32(),
		basis: u8(),
		place: i32(),
		placePrecision: u8(),
		citeStart: offsets(),
		citeSource: u32(),
		citeFrom: u32(),
		citeTo: u32(),
		noteStart: offsets(),
		note: u32(),
		orderEvent: u32(),
		orderStart: offsets(),
		orderKinds: u8(),
		mentionStart: offsets(),
		mentionKind: u8(),
		mentionEntity: u32(),
		mentionFrom: u32(),
		mentionTo: u32()
	};
	private readonly parts = {
		organisation: participantColumns(),
		country: participantColumns(),
		person: participantColumns()
	};
	/** Mentions must come source by source: the source they are in. */
	private mentionSource = 0;

	constructor(private readonly gazetteer: { places: Place[]; organisations: Organisation[] }) {
		this.placeRow = new Map(gazetteer.places.map((p, i) => [p.id, i]));
		this.orgRow = new Map(gazetteer.organisations.map((o, i) => [o.id, i]));
	}

	addSource(source: Source): void {
		const { text, ...meta } = source;
		this.sourceRow.set(source.id, this.sources.length);
		this.sources.push(meta);
		this.texts.push(this.encoder.encode(text));
	}

	addPerson(person: Person): void {
		this.personRow.set(person.id, this.people.length);
		this.people.push({
			id: person.id,
			name: person.name,
			roles: person.roles.map((r) => ({
				title: r.title,
				organisation: r.organisation,
				citation: { source: r.citation.source, start: r.citation.start, end: r.citation.end }
			}))
		});
	}

	private sourceOf(id: string, where: string): number {
		const row = this.sourceRow.get(id);
		if (row === undefined) throw new Error(`${where}: unknown source ${JSON.stringify(id)}`);
		return row;
	}

	private rowOf(kind: ParticipantKind | MentionKind, id: string, where: string): number {
		const table =
			kind === 'organisation' ? this.orgRow : kind === 'person' ? this.personRow : this.placeRow;
		const row = table.get(id);
		if (row === undefined) throw new Error(`${where}: unknown ${kind} ${JSON.stringify(id)}`);
		return row;
	}

	addEvent(e: AtlasEvent): void {
		const c = this.c;
		const where = `event ${JSON.stringify(e.id)}`;
		const id = splitId(e.id);
		c.idPrefix.push(this.tables.idPrefixes.of(id.prefix));
		c.idDigits.push(id.digits);
		c.idNumber.push(id.number);
		c.title.push(this.tables.titles.of(e.title));
		c.kind.push(this.tables.kinds.of(e.kind));
		c.date.push(this.tables.dates.of(e.date));
		c.basis.push(e.dateBasis === 'reported' ? 1 : 0);
		c.place.push(e.place === null ? -1 : this.rowOf('country', e.place, where));
		c.placePrecision.push(PLACE_PRECISIONS.indexOf(e.placePrecision));

		const kinds = e.participants.map((p) => PARTICIPANT_KINDS.indexOf(p.kind));
		if (kinds.some((k, i) => i > 0 && k < kinds[i - 1]!)) {
			c.orderEvent.push(c.title.length - 1);
			for (const k of kinds) c.orderKinds.push(k);
			c.orderStart.push(c.orderKinds.length);
		}
		for (const p of e.participants) {
			const list = this.parts[p.kind];
			list.entity.push(this.rowOf(p.kind, p.id, where));
			list.role.push(PARTICIPANT_ROLES.indexOf(p.role));
			list.citeSource.push(p.citation ? this.sourceOf(p.citation.source, where) : -1);
			list.citeFrom.push(p.citation?.start ?? 0);
			list.citeTo.push(p.citation?.end ?? 0);
		}
		for (const list of Object.values(this.parts)) list.start.push(list.entity.length);
		for (const ct of e.citations) {
			c.citeSource.push(this.sourceOf(ct.source, where));
			c.citeFrom.push(ct.start);
			c.citeTo.push(ct.end);
		}
		c.citeStart.push(c.citeSource.length);
		for (const n of e.notes) c.note.push(this.tables.notes.of(n.text));
		c.noteStart.push(c.note.length);
	}

	/** Mentions in source order: all of one source's, then the next source's. */
	addMention(m: Mention): void {
		const c = this.c;
		const row = this.sourceOf(m.source, 'mention');
		if (row < this.mentionSource)
			throw new Error(`mention in ${JSON.stringify(m.source)}: mentions must be grouped by source`);
		for (; this.mentionSource < row; this.mentionSource++)
			c.mentionStart.push(c.mentionKind.length);
		c.mentionKind.push(MENTION_KINDS.indexOf(m.kind));
		c.mentionEntity.push(this.rowOf(m.kind, m.id, `mention in ${JSON.stringify(m.source)}`));
		c.mentionFrom.push(m.start);
		c.mentionTo.push(m.end);
	}

	finish(): AtlasColumns {
		const c = this.c;
		for (; this.mentionSource < this.sources.length; this.mentionSource++)
			c.mentionStart.push(c.mentionKind.length);
		const textStart = new Float64Array(this.texts.length + 1);
		this.texts.forEach((t, j) => (textStart[j + 1] = textStart[j]! + t.length));
		const text = new Uint8Array(textStart[this.texts.length]!);
		this.texts.forEach((t, j) => text.set(t, textStart[j]!));
		const part = (k: ParticipantKind): ParticipantColumns => ({
			start: this.parts[k].start.done(),
			entity: this.parts[k].entity.done(),
			role: this.parts[k].role.done()
		});
		const cite = (k: ParticipantKind): ParticipantCitations => ({
			source: this.parts[k].citeSource.done(),
			from: this.parts[k].citeFrom.done(),
			to: this.parts[k].citeTo.done()
		});
		const core: CoreColumns = {
			version: 1,
			sources: this.sources,
			places: this.gazetteer.places,
			organisations: this.gazetteer.organisations,
			people: this.people,
			tables: {
				idPrefixes: this.tables.idPrefixes.values,
				titles: this.tables.titles.values,
				kinds: this.tables.kinds.values,
				dates: this.tables.dates.values,
				notes: this.tables.notes.values
			},
			count: c.title.length,
			idPrefix: c.idPrefix.done(),
			idDigits: c.idDigits.done(),
			idNumber: c.idNumber.done(),
			title: c.title.done(),
			kind: c.kind.done(),
			date: c.date.done(),
			basis: c.basis.done(),
			place: c.place.done(),
			placePrecision: c.placePrecision.done(),
			organisation: part('organisation'),
			country: part('country'),
			person: part('person'),
			order: { event: c.orderEvent.done(), start: c.orderStart.done(), kinds: c.orderKinds.done() },
			citeStart: c.citeStart.done(),
			citeSource: c.citeSource.done(),
			noteStart: c.noteStart.done(),
			note: c.note.done()
		};
		const passages: PassageColumns = {
			text,
			textStart,
			citeFrom: c.citeFrom.done(),
			citeTo: c.citeTo.done(),
			organisation: cite('organisation'),
			country: cite('country'),
			person: cite('person'),
			mentionStart: c.mentionStart.done(),
			mentionKind: c.mentionKind.done(),
			mentionEntity: c.mentionEntity.done(),
			mentionFrom: c.mentionFrom.done(),
			mentionTo: c.mentionTo.done()
		};
		return { core, passages };
	}
}

/**
 * Throws, naming the record, when a quote or a mention's text is not its source's text between
 * its offsets. The columns keep offsets only and read the words back from the text, so a
 * dataset whose words and offsets disagree would otherwise show the wrong words without a sign.
 */
export function checkQuotedTexts(atlas: Atlas): void {
	const texts = new Map(atlas.sources.map((s) => [s.id, s.text]));
	const check = (c: Omit<Citation, 'quote'>, words: string, where: string) => {
		const text = texts.get(c.source);
		if (text === undefined) return; // an unknown source is named by the builder
		const there = text.slice(c.start, c.end);
		if (there !== words)
			throw new Error(
				`${where}: ${JSON.stringify(words)} is not the text of source ${JSON.stringify(c.source)} at ${c.start}–${c.end}, which reads ${JSON.stringify(there)}`
			);
	};
	for (const e of atlas.events) {
		const at = `event ${JSON.stringify(e.id)}`;
		e.citations.forEach((c, i) => check(c, c.quote, `${at}, citation ${i + 1}`));
		e.participants.forEach((p, i) => {
			if (p.citation) check(p.citation, p.citation.quote, `${at}, participant ${i + 1}`);
		});
	}
	for (const p of atlas.people)
		p.roles.forEach((r, i) =>
			check(r.citation, r.citation.quote, `person ${JSON.stringify(p.id)}, role ${i + 1}`)
		);
	atlas.mentions.forEach((m, i) =>
		check(m, m.text, `mention ${i + 1} (${m.kind} ${JSON.stringify(m.id)})`)
	);
}

/**
 * An atlas as columns. Throws, naming the record, when a reference does not resolve or a quoted
 * text is not at its offsets (checkQuotedTexts).
 */
export function atlasToColumns(atlas: Atlas): AtlasColumns {
	checkQuotedTexts(atlas);
	const b = new ColumnsBuilder(atlas);
	for (const s of atlas.sources) b.addSource(s);
	for (const p of atlas.people) b.addPerson(p);
	for (const e of atlas.events) b.addEvent(e);
	// Mentions are stored grouped by source, in their order within each source.
	const rows = new Map(atlas.sources.map((s, i) => [s.id, i]));
	const grouped = atlas.mentions
		.map((m, i) => ({ m, i, row: rows.get(m.source) ?? -1 }))
		.sort((a, b) => a.row - b.row || a.i - b.i);
	for (const { m } of grouped) b.addMention(m);
	return b.finish();
}

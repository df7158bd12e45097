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
 * `atlasToColumns` and `columnsToAtlas` convert losslessly (a verified atlas round-trips to an
 * equal one); `packCore` / `packPassages` write the binary files and `unpack` reads them.
 */

import type {
	Atlas,
	AtlasEvent,
	Citation,
	Mention,
	MentionKind,
	Organisation,
	Participant,
	ParticipantKind,
	Person,
	Place,
	PlacePrecision,
	Source
} from './types';
import { PARTICIPANT_ROLES } from './types';

export const PLACE_PRECISIONS: readonly PlacePrecision[] = [
	'city',
	'country',
	'region',
	'unstated'
];
export const MENTION_KINDS: readonly MentionKind[] = [
	'country',
	'city',
	'region',
	'organisation',
	'person'
];

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

	/**
	 * `texts: false` leaves the source texts out (their passages come out empty): for indexing
	 * an atlas that is already in memory as objects.
	 */
	constructor(
		private readonly gazetteer: { places: Place[]; organisations: Organisation[] },
		private readonly options: { texts: boolean } = { texts: true }
	) {
		this.placeRow = new Map(gazetteer.places.map((p, i) => [p.id, i]));
		this.orgRow = new Map(gazetteer.organisations.map((o, i) => [o.id, i]));
	}

	addSource(source: Source): void {
		const { text, ...meta } = source;
		this.sourceRow.set(source.id, this.sources.length);
		this.sources.push(meta);
		this.texts.push(this.options.texts ? this.encoder.encode(text) : new Uint8Array(0));
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

/** An atlas as columns. Throws, naming the record, when a reference does not resolve. */
export function atlasToColumns(atlas: Atlas): AtlasColumns {
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

/** The core columns alone (no texts, no mentions): what indexing an in-memory atlas needs. */
export function coreColumnsOf(atlas: Atlas): CoreColumns {
	const b = new ColumnsBuilder(atlas, { texts: false });
	for (const s of atlas.sources) b.addSource(s);
	for (const p of atlas.people) b.addPerson(p);
	for (const e of atlas.events) b.addEvent(e);
	return b.finish().core;
}

// ---------------------------------------------------------------------------------------------
// Columns → atlas

/** Source texts decoded on demand (a source's text is decoded once, when first read). */
export class SourceTexts {
	private readonly decoded: (string | undefined)[] = [];
	private readonly decoder = new TextDecoder();
	constructor(private readonly passages: Pick<PassageColumns, 'text' | 'textStart'>) {}
	get(row: number): string {
		let t = this.decoded[row];
		if (t === undefined) {
			const p = this.passages;
			t = this.decoder.decode(p.text.subarray(p.textStart[row]!, p.textStart[row + 1]!));
			this.decoded[row] = t;
		}
		return t;
	}
}

/** Reads events, sources, people and mentions back out of the columns, one at a time. */
export class ColumnsReader {
	readonly texts: SourceTexts;
	private readonly sourceRow: Map<string, number>;
	private readonly orderRow: Map<number, number>;

	constructor(readonly columns: AtlasColumns) {
		this.texts = new SourceTexts(columns.passages);
		this.sourceRow = new Map(columns.core.sources.map((s, i) => [s.id, i]));
		const { order } = columns.core;
		this.orderRow = new Map(Array.from(order.event, (e, k) => [e, k]));
	}

	eventId(row: number): string {
		return eventId(this.columns.core, row);
	}

	private citation(source: number, start: number, end: number): Citation {
		return {
			source: this.columns.core.sources[source]!.id,
			quote: this.texts.get(source).slice(start, end),
			start,
			end
		};
	}

	private participants(row: number): Participant[] {
		const { core, passages } = this.columns;
		const byKind = PARTICIPANT_KINDS.map((kind) => {
			const list = core[kind];
			const cites = passages[kind];
			const entities =
				kind === 'organisation'
					? core.organisations
					: kind === 'country'
						? core.places
						: core.people;
			const out: Participant[] = [];
			for (let k = list.start[row]!; k < list.start[row + 1]!; k++) {
				const cs = cites.source[k]!;
				out.push({
					kind,
					id: entities[list.entity[k]!]!.id,
					role: PARTICIPANT_ROLES[list.role[k]!]!,
					citation: cs < 0 ? null : this.citation(cs, cites.from[k]!, cites.to[k]!)
				});
			}
			return out;
		});
		const k = this.orderRow.get(row);
		if (k === undefined) return byKind.flat();
		const next = [0, 0, 0];
		return Array.from(
			core.order.kinds.subarray(core.order.start[k]!, core.order.start[k + 1]!),
			(kind) => byKind[kind]![next[kind]!++]!
		);
	}

	event(row: number): AtlasEvent {
		const { core, passages } = this.columns;
		const citations: Citation[] = [];
		for (let k = core.citeStart[row]!; k < core.citeStart[row + 1]!; k++)
			citations.push(
				this.citation(core.citeSource[k]!, passages.citeFrom[k]!, passages.citeTo[k]!)
			);
		const notes: AtlasEvent['notes'] = [];
		for (let k = core.noteStart[row]!; k < core.noteStart[row + 1]!; k++)
			notes.push({ kind: 'editorial', text: core.tables.notes[core.note[k]!]! });
		const place = core.place[row]!;
		return {
			id: this.eventId(row),
			title: core.tables.titles[core.title[row]!]!,
			kind: core.tables.kinds[core.kind[row]!]!,
			date: core.tables.dates[core.date[row]!]!,
			dateBasis: core.basis[row] ? 'reported' : 'stated',
			place: place < 0 ? null : core.places[place]!.id,
			placePrecision: PLACE_PRECISIONS[core.placePrecision[row]!]!,
			participants: this.participants(row),
			citations,
			notes
		};
	}

	/** A source; its text is decoded from the passages when first read. */
	source(row: number): Source {
		const texts = this.texts;
		const source = { ...this.columns.core.sources[row]! } as Source;
		Object.defineProperty(source, 'text', { enumerable: true, get: () => texts.get(row) });
		return source;
	}

	person(row: number): Person {
		const p = this.columns.core.people[row]!;
		return {
			id: p.id,
			name: p.name,
			roles: p.roles.map((r) => {
				const source = this.sourceRow.get(r.citation.source);
				return {
					title: r.title,
					organisation: r.organisation,
					citation:
						source === undefined
							? { ...r.citation, quote: '' }
							: this.citation(source, r.citation.start, r.citation.end)
				};
			})
		};
	}

	/** The mentions in one source, in the order they were given. */
	mentionsOf(row: number): Mention[] {
		const { core, passages } = this.columns;
		const id = core.sources[row]!.id;
		const text = this.texts.get(row);
		const out: Mention[] = [];
		for (let k = passages.mentionStart[row]!; k < passages.mentionStart[row + 1]!; k++) {
			const kind = MENTION_KINDS[passages.mentionKind[k]!]!;
			const list =
				kind === 'organisation'
					? core.organisations
					: kind === 'person'
						? core.people
						: core.places;
			const start = passages.mentionFrom[k]!;
			const end = passages.mentionTo[k]!;
			out.push({
				source: id,
				kind,
				id: list[passages.mentionEntity[k]!]!.id,
				start,
				end,
				text: text.slice(start, end)
			});
		}
		return out;
	}
}

/** The whole atlas as objects (tests, exports; a large atlas is better read lazily). */
export function columnsToAtlas(columns: AtlasColumns): Atlas {
	const r = new ColumnsReader(columns);
	const { core } = columns;
	const events: AtlasEvent[] = [];
	for (let i = 0; i < core.count; i++) events.push(r.event(i));
	const sources: Source[] = [];
	const mentions: Mention[] = [];
	for (let j = 0; j < core.sources.length; j++) {
		sources.push({ ...r.source(j) });
		mentions.push(...r.mentionsOf(j));
	}
	return {
		version: 1,
		sources,
		places: core.places,
		organisations: core.organisations,
		people: core.people.map((_, i) => r.person(i)),
		events,
		mentions
	};
}

// ---------------------------------------------------------------------------------------------
// Binary files

/**
 * File layout: "ATLS", a format version (uint32), the header's byte length (uint32), the header
 * (JSON, UTF-8), then each column's bytes, 8-byte aligned. Integer columns are stored in the
 * narrowest type that holds them, as differences from the previous value when that is
 * narrower (sorted and sequential columns), and byte-planed (all low bytes, then the next
 * bytes...), which lets gzip see the repetition in each byte. The server's gzip does the rest.
 */
const MAGIC = 0x534c5441; // "ATLS", little-endian
const FORMAT = 1;

type IntType = 'u8' | 'u16' | 'u32' | 'i8' | 'i16' | 'i32' | 'f64';
interface ColumnHeader {
	name: string;
	length: number;
	type: IntType;
	delta: boolean;
	offset: number;
	/** The array type to restore. */
	as: 'Uint8Array' | 'Uint32Array' | 'Int32Array' | 'Float64Array';
}

type NumericArray = Uint8Array | Uint32Array | Int32Array | Float64Array;

const WIDTH: Record<IntType, number> = { u8: 1, u16: 2, u32: 4, i8: 1, i16: 2, i32: 4, f64: 8 };

function narrowest(min: number, max: number, integral: boolean): IntType {
	if (!integral || min < -0x80000000 || max > 0xffffffff) return 'f64';
	if (min >= 0) return max <= 0xff ? 'u8' : max <= 0xffff ? 'u16' : 'u32';
	if (min >= -0x80 && max <= 0x7f) return 'i8';
	if (min >= -0x8000 && max <= 0x7fff) return 'i16';
	return max <= 0x7fffffff ? 'i32' : 'f64';
}

function rangeOf(values: ArrayLike<number>, delta: boolean) {
	let min = Infinity;
	let max = -Infinity;
	let integral = true;
	let prev = 0;
	for (let i = 0; i < values.length; i++) {
		const v = delta ? values[i]! - prev : values[i]!;
		prev = values[i]!;
		if (v < min) min = v;
		if (v > max) max = v;
		if (!Number.isInteger(v)) integral = false;
	}
	return values.length ? { min, max, integral } : { min: 0, max: 0, integral: true };
}

function encodeColumn(values: NumericArray): { type: IntType; delta: boolean; bytes: Uint8Array } {
	const plain = rangeOf(values, false);
	const diff = rangeOf(values, true);
	const plainType = narrowest(plain.min, plain.max, plain.integral);
	const diffType = narrowest(diff.min, diff.max, diff.integral);
	const delta = WIDTH[diffType] < WIDTH[plainType];
	const type = delta ? diffType : plainType;
	const width = WIDTH[type];
	const n = values.length;
	const raw = new DataView(new ArrayBuffer(n * width));
	let prev = 0;
	for (let i = 0; i < n; i++) {
		const v = delta ? values[i]! - prev : values[i]!;
		prev = values[i]!;
		const at = i * width;
		if (type === 'u8') raw.setUint8(at, v);
		else if (type === 'i8') raw.setInt8(at, v);
		else if (type === 'u16') raw.setUint16(at, v, true);
		else if (type === 'i16') raw.setInt16(at, v, true);
		else if (type === 'u32') raw.setUint32(at, v, true);
		else if (type === 'i32') raw.setInt32(at, v, true);
		else raw.setFloat64(at, v, true);
	}
	// Byte planes: byte b of every value, then byte b + 1...
	const src = new Uint8Array(raw.buffer);
	const bytes = new Uint8Array(src.length);
	for (let b = 0; b < width; b++)
		for (let i = 0; i < n; i++) bytes[b * n + i] = src[i * width + b]!;
	return { type, delta, bytes };
}

function decodeColumn(h: ColumnHeader, file: Uint8Array): NumericArray {
	const width = WIDTH[h.type];
	const n = h.length;
	const planes = file.subarray(h.offset, h.offset + n * width);
	const Out = { Uint8Array, Uint32Array, Int32Array, Float64Array }[h.as];
	const out = new Out(n);
	if (h.type === 'f64') {
		const raw = new Uint8Array(n * 8);
		for (let b = 0; b < 8; b++) for (let i = 0; i < n; i++) raw[i * 8 + b] = planes[b * n + i]!;
		const view = new DataView(raw.buffer);
		let prev = 0;
		for (let i = 0; i < n; i++) out[i] = prev = (h.delta ? prev : 0) + view.getFloat64(i * 8, true);
		return out;
	}
	if (width === 1 && !h.delta && h.type === 'u8' && out instanceof Uint8Array) {
		out.set(planes);
		return out;
	}
	// Reassemble each value from its byte planes, sign-extending the signed types. Values go
	// through one Float64Array (a single element type keeps this loop fast), then convert.
	const shift = 32 - width * 8;
	const signed = h.type[0] === 'i';
	const values = new Float64Array(n);
	let prev = 0;
	for (let i = 0; i < n; i++) {
		let v = planes[i]!;
		if (width > 1) v |= planes[n + i]! << 8;
		if (width > 2) v |= (planes[2 * n + i]! << 16) | (planes[3 * n + i]! << 24);
		v = signed ? (shift ? (v << shift) >> shift : v | 0) : v >>> 0;
		prev = h.delta ? prev + v : v;
		values[i] = prev;
	}
	if (out instanceof Float64Array) return values;
	out.set(values);
	return out;
}

function pack(
	kind: 'core' | 'passages',
	meta: object,
	columns: Record<string, NumericArray>
): Uint8Array {
	const encoded = Object.entries(columns).map(([name, values]) => ({
		name,
		values,
		...encodeColumn(values)
	}));
	const headers: ColumnHeader[] = [];
	let offset = 0;
	for (const c of encoded) {
		headers.push({
			name: c.name,
			length: c.values.length,
			type: c.type,
			delta: c.delta,
			offset,
			as: c.values.constructor.name as ColumnHeader['as']
		});
		offset += align8(c.bytes.length);
	}
	const header = new TextEncoder().encode(JSON.stringify({ kind, meta, columns: headers }));
	const start = align8(12 + header.length);
	const file = new Uint8Array(start + offset);
	const view = new DataView(file.buffer);
	view.setUint32(0, MAGIC, true);
	view.setUint32(4, FORMAT, true);
	view.setUint32(8, header.length, true);
	file.set(header, 12);
	encoded.forEach((c, i) => file.set(c.bytes, start + headers[i]!.offset));
	return file;
}

function unpack(file: Uint8Array): {
	kind: 'core' | 'passages';
	meta: Record<string, unknown>;
	columns: Record<string, NumericArray>;
} {
	const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
	if (file.byteLength < 12 || view.getUint32(0, true) !== MAGIC)
		throw new Error('is not a compact atlas file');
	if (view.getUint32(4, true) !== FORMAT)
		throw new Error(`is a compact atlas of format ${view.getUint32(4, true)}, not ${FORMAT}`);
	const length = view.getUint32(8, true);
	const header = JSON.parse(new TextDecoder().decode(file.subarray(12, 12 + length))) as {
		kind: 'core' | 'passages';
		meta: Record<string, unknown>;
		columns: ColumnHeader[];
	};
	const start = align8(12 + length);
	const columns: Record<string, NumericArray> = {};
	for (const h of header.columns)
		columns[h.name] = decodeColumn({ ...h, offset: start + h.offset }, file);
	return { kind: header.kind, meta: header.meta, columns };
}

const align8 = (n: number) => Math.ceil(n / 8) * 8;

const CORE_META = ['version', 'sources', 'places', 'organisations', 'people', 'tables', 'count'];

/** Nested column groups become dotted names ("country.start") in the file, and back. */
function flatten(value: object, prefix = '', out: Record<string, NumericArray> = {}) {
	for (const [key, v] of Object.entries(value)) {
		if (ArrayBuffer.isView(v)) out[prefix + key] = v as NumericArray;
		else flatten(v as object, `${prefix}${key}.`, out);
	}
	return out;
}

function nest(columns: Record<string, NumericArray>): Record<string, unknown> {
	const out: Record<string, unknown> = {};
	for (const [name, values] of Object.entries(columns)) {
		const path = name.split('.');
		let at = out;
		for (const key of path.slice(0, -1)) at = (at[key] ??= {}) as Record<string, unknown>;
		at[path.at(-1)!] = values;
	}
	return out;
}

export function packCore(core: CoreColumns): Uint8Array {
	const meta: Record<string, unknown> = {};
	const rest: Record<string, unknown> = {};
	for (const [key, value] of Object.entries(core))
		(CORE_META.includes(key) ? meta : rest)[key] = value;
	return pack('core', meta, flatten(rest));
}

export function packPassages(passages: PassageColumns): Uint8Array {
	return pack('passages', {}, flatten(passages));
}

export function unpackCore(file: Uint8Array): CoreColumns {
	const { kind, meta, columns } = unpack(file);
	if (kind !== 'core') throw new Error(`holds ${kind}, not the core of an atlas`);
	return { ...meta, ...nest(columns) } as unknown as CoreColumns;
}

export function unpackPassages(file: Uint8Array): PassageColumns {
	const { kind, columns } = unpack(file);
	if (kind !== 'passages') throw new Error(`holds ${kind}, not the passages of an atlas`);
	return nest(columns) as unknown as PassageColumns;
}

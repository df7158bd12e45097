/**
 * The client's view of an Atlas: events in date order with their day spans, what each involves
 * (countries, organisations, sources), and lookups by id. Built once per dataset; everything the
 * views filter or count reads from here.
 *
 * At scale nothing here is an object per event until something asks for it: the numbers live in
 * typed arrays (`core`, see index-core.ts), and each `IndexedEvent` is a small handle whose
 * fields (the event itself, its span, venue, countries, search text) are worked out on first
 * read and kept. A large dataset arrives as compact columns, indexed in a worker
 * (load-dataset.ts); a small one, like the default atlas, is indexed here from its objects.
 */

import { PLACE_PRECISIONS, coreColumnsOf, splitId, type CoreColumns } from './columnar';
import { parseEdtf, type DaySpan } from './edtf';
import { buildIndexCore, byCodeUnits, type Facet, type IndexCore } from './index-core';
import type {
	Atlas,
	AtlasEvent,
	Mention,
	Organisation,
	Participant,
	ParticipantRole,
	Person,
	Place,
	Source
} from './types';

export interface Venue {
	precision: AtlasEvent['placePrecision'];
	place: Place | null;
	/** Where the mark goes: the city, or a point inside the country; null when unstated. */
	point: [number, number] | null;
	/** The country the venue lies in (ISO alpha-3), when known. */
	country: string | null;
}

/** A country joined to an event, and why: for lines from participants to the venue. */
export interface CountryLink {
	country: string;
	role: ParticipantRole;
	/** The organisation through which the country takes part, if any. */
	via: string | null;
}

export interface IndexedEvent {
	/** Position in date order. */
	readonly order: number;
	readonly event: AtlasEvent;
	readonly span: DaySpan;
	readonly venue: Venue;
	/** Every country the event involves: participants, the venue's country, national organisations. */
	readonly countries: string[];
	/** Countries that take part (directly or through a national organisation), for lines. */
	readonly links: CountryLink[];
	/** Organisations involved, with their parents ("osce" covers its Strategic Police Matters Unit). */
	readonly organisations: string[];
	readonly sources: string[];
	/** Lower-case, accent-free text for free-text search: title, quotes, names. */
	readonly searchText: string;
}

export interface AtlasIndex {
	/** The dataset. For a large one, `events` and `mentions` are built when first read: prefer
	 * `index.events[i].event` and `mentionsOf`. */
	atlas: Atlas;
	/** Events sorted by first possible day, then id (code-unit order). */
	events: IndexedEvent[];
	eventById: ReadonlyMap<string, IndexedEvent>;
	placeById: ReadonlyMap<string, Place>;
	organisationById: ReadonlyMap<string, Organisation>;
	personById: ReadonlyMap<string, Person>;
	sourceById: ReadonlyMap<string, Source>;
	/** Event kinds, sorted. */
	kinds: string[];
	/** The longest span (days), so that a window query can bound its binary search. */
	maxSpanDays: number;
	/** First and last possible day over all events and publications. */
	extent: [number, number];
	/** The numbers behind it all, in date order (typed arrays): for drawing and counting at scale. */
	core: IndexCore;
	/** The mentions in one source, in text order. */
	mentionsOf(sourceId: string): Mention[];
	/** The ids of a facet (countries, orgs, kinds, sources) that some event has, sorted. */
	usedValues(facet: Facet): string[];
	/** Per position in date order: 1 when the event's search text holds every (normalised) term. */
	matchText(terms: readonly string[]): Uint8Array;
}

/** Lower-cases and strips diacritics: "Türkiye" and "turkiye" match. */
export function normaliseForSearch(text: string): string {
	return text
		.normalize('NFD')
		.replace(/\p{M}+/gu, '')
		.toLowerCase();
}

/** What an index reads its events from: the atlas's objects, or the compact columns. */
export interface EventStore {
	columns: CoreColumns;
	event(row: number): AtlasEvent;
	mentionsOf(sourceRow: number): Mention[];
	/**
	 * Per dataset row, 1 when the event's text holds every term (compact atlases); without it
	 * the index tests each event's searchText.
	 */
	matchText?: (terms: readonly string[]) => Uint8Array;
}

/** Datasets indexed elsewhere (a worker), found by `buildIndex` from their atlas. */
const prebuilt = new WeakMap<Atlas, { core: IndexCore; store: EventStore }>();

/**
 * Makes `buildIndex(atlas)` wrap an index core already built (in a worker) and read events
 * from `store`, instead of indexing the atlas's objects (see compact-atlas.ts).
 */
export function registerPrebuilt(atlas: Atlas, core: IndexCore, store: EventStore): void {
	prebuilt.set(atlas, { core, store });
}

/** Indexes built, by atlas: an atlas is never mutated, so indexing it again gives the same. */
const built = new WeakMap<Atlas, AtlasIndex>();

export function buildIndex(atlas: Atlas): AtlasIndex {
	const known = built.get(atlas);
	if (known) return known;
	const started = performance.now();
	const index = indexOf(atlas);
	built.set(atlas, index);
	// For the benchmark: the main thread's share of indexing, in the page's timeline.
	performance.measure?.('atlas:index', { start: started, end: performance.now() });
	return index;
}

function indexOf(atlas: Atlas): AtlasIndex {
	const parts = prebuilt.get(atlas);
	if (parts) return new Index(atlas, parts.core, parts.store);
	const columns = coreColumnsOf(atlas);
	let bySource: Map<string, Mention[]> | undefined;
	return new Index(atlas, buildIndexCore(columns), {
		columns,
		event: (row) => atlas.events[row]!,
		mentionsOf(j) {
			if (!bySource) {
				bySource = new Map();
				for (const m of atlas.mentions) {
					const list = bySource.get(m.source) ?? [];
					list.push(m);
					bySource.set(m.source, list);
				}
			}
			return bySource.get(atlas.sources[j]!.id) ?? [];
		}
	});
}

class Index implements AtlasIndex {
	readonly events: IndexedEvent[];
	readonly eventById: ReadonlyMap<string, IndexedEvent>;
	readonly placeById: ReadonlyMap<string, Place>;
	readonly organisationById: ReadonlyMap<string, Organisation>;
	readonly personById: ReadonlyMap<string, Person>;
	readonly sourceById: ReadonlyMap<string, Source>;
	readonly kinds: string[];
	readonly maxSpanDays: number;
	readonly extent: [number, number];
	private readonly sourceRow: Map<string, number>;

	constructor(
		readonly atlas: Atlas,
		readonly core: IndexCore,
		readonly store: EventStore
	) {
		const n = core.count;
		const events = new Array<IndexedEvent>(n);
		for (let i = 0; i < n; i++) events[i] = new LazyEvent(this, i);
		this.events = events;
		this.eventById = new EventsById(this);
		this.placeById = new Map(atlas.places.map((p) => [p.id, p]));
		this.organisationById = new Map(atlas.organisations.map((o) => [o.id, o]));
		this.personById = new Map(atlas.people.map((p) => [p.id, p]));
		this.sourceById = new Map(atlas.sources.map((s) => [s.id, s]));
		this.sourceRow = new Map(atlas.sources.map((s, j) => [s.id, j]));
		// Kinds some event has (the dictionary holds every kind of the table).
		const used = new Uint8Array(core.dict.kinds.length);
		for (let k = 0; k < core.lists.kinds.values.length; k++) used[core.lists.kinds.values[k]!] = 1;
		this.kinds = core.dict.kinds.filter((_, k) => used[k]);
		this.maxSpanDays = core.maxSpanDays;
		this.extent = core.extent;
	}

	matchText(terms: readonly string[]): Uint8Array {
		const byRow = this.store.matchText?.(terms);
		if (byRow) return Uint8Array.from(this.core.row, (r) => byRow[r]!);
		const out = new Uint8Array(this.events.length);
		this.events.forEach((e, i) => {
			const text = e.searchText;
			out[i] = terms.every((t) => text.includes(t)) ? 1 : 0;
		});
		return out;
	}

	usedValues(facet: Facet): string[] {
		const { start } = this.core.postings[facet];
		return this.core.dict[facet].filter((_, v) => start[v + 1]! > start[v]!);
	}

	mentionsOf(sourceId: string): Mention[] {
		const j = this.sourceRow.get(sourceId);
		return j === undefined ? [] : this.store.mentionsOf(j);
	}

	/** The event's date string, without building the event. */
	dateOf(order: number): string {
		const c = this.store.columns;
		return c.tables.dates[c.date[this.core.row[order]!]!]!;
	}

	/** Position in date order of the event with this id, or -1. */
	orderOf(id: string): number {
		const c = this.store.columns;
		const rows = this.core.rowsById;
		const target = splitId(id);
		// Binary search over rows sorted by id, comparing without building strings when the
		// prefix and the number of digits agree.
		let lo = 0;
		let hi = rows.length;
		while (lo < hi) {
			const mid = (lo + hi) >>> 1;
			const r = rows[mid]!;
			const prefix = c.tables.idPrefixes[c.idPrefix[r]!]!;
			const cmp =
				prefix === target.prefix && c.idDigits[r] === target.digits && target.digits > 0
					? c.idNumber[r]! - target.number
					: byCodeUnits(this.idOfRow(r), id);
			if (cmp === 0) return this.core.orderOfRow[r]!;
			if (cmp < 0) lo = mid + 1;
			else hi = mid;
		}
		return -1;
	}

	idOfRow(row: number): string {
		const c = this.store.columns;
		const prefix = c.tables.idPrefixes[c.idPrefix[row]!]!;
		const digits = c.idDigits[row]!;
		return digits === 0 ? prefix : prefix + String(c.idNumber[row]!).padStart(digits, '0');
	}

	/** A facet's values for the event at `order`, as ids. */
	valuesOf(facet: Facet, order: number): string[] {
		const list = this.core.lists[facet];
		const dict = this.core.dict[facet];
		const out: string[] = [];
		for (let k = list.start[order]!; k < list.start[order + 1]!; k++)
			out.push(dict[list.values[k]!]!);
		return out;
	}
}

/** Worked out when first read, then kept. */
interface EventCache {
	event?: AtlasEvent;
	span?: DaySpan;
	venue?: Venue;
	countries?: string[];
	links?: CountryLink[];
	organisations?: string[];
	sources?: string[];
	searchText?: string;
}

class LazyEvent implements IndexedEvent {
	private cache: EventCache | null = null;

	constructor(
		private readonly index: Index,
		readonly order: number
	) {}

	private get c(): EventCache {
		return (this.cache ??= {});
	}

	get event(): AtlasEvent {
		return (this.c.event ??= this.index.store.event(this.index.core.row[this.order]!));
	}

	get span(): DaySpan {
		return (this.c.span ??= parseEdtf(this.index.dateOf(this.order)));
	}

	get venue(): Venue {
		if (this.c.venue) return this.c.venue;
		const { core, atlas } = this.index;
		const p = core.place[this.order]!;
		const place = p < 0 ? null : atlas.places[p]!;
		const vc = core.venueCountry[this.order]!;
		return (this.c.venue = {
			precision: PLACE_PRECISIONS[core.placePrecision[this.order]!]!,
			place,
			point:
				place?.kind === 'city'
					? (place.coordinates ?? null)
					: place?.kind === 'country'
						? (place.point ?? null)
						: null,
			country: vc < 0 ? null : core.dict.countries[vc]!
		});
	}

	get countries(): string[] {
		return (this.c.countries ??= this.index.valuesOf('countries', this.order));
	}

	get organisations(): string[] {
		return (this.c.organisations ??= this.index.valuesOf('orgs', this.order));
	}

	get sources(): string[] {
		return (this.c.sources ??= this.index.valuesOf('sources', this.order));
	}

	get links(): CountryLink[] {
		if (this.c.links) return this.c.links;
		const links: CountryLink[] = [];
		for (const p of this.event.participants) {
			if (p.kind === 'country') links.push({ country: p.id, role: p.role, via: null });
			if (p.kind === 'organisation') {
				const country = this.index.organisationById.get(p.id)?.country;
				if (country) links.push({ country, role: p.role, via: p.id });
			}
		}
		return (this.c.links = links);
	}

	get searchText(): string {
		if (this.c.searchText !== undefined) return this.c.searchText;
		const { event } = this;
		const index = this.index;
		const nameOf = (p: Participant): string[] => {
			if (p.kind === 'country') return [index.placeById.get(p.id)?.name ?? p.id, p.id];
			if (p.kind === 'person') return [index.personById.get(p.id)?.name ?? p.id];
			const o = index.organisationById.get(p.id);
			return o ? [o.name, o.acronym ?? '', ...o.aliases] : [p.id];
		};
		const words = [
			event.title,
			event.kind,
			this.venue.place?.name ?? '',
			...event.citations.map((c) => c.quote),
			...event.participants.flatMap(nameOf),
			...event.notes.map((n) => n.text)
		];
		return (this.c.searchText = normaliseForSearch(words.join('\n')));
	}
}

/** Events by id, answered from the index's id order instead of a map of strings. */
class EventsById implements ReadonlyMap<string, IndexedEvent> {
	constructor(private readonly index: Index) {}

	get size(): number {
		return this.index.events.length;
	}

	get(id: string): IndexedEvent | undefined {
		const order = this.index.orderOf(id);
		return order < 0 ? undefined : this.index.events[order];
	}

	has(id: string): boolean {
		return this.index.orderOf(id) >= 0;
	}

	*keys(): MapIterator<string> {
		const { core } = this.index;
		for (let i = 0; i < core.count; i++) yield this.index.idOfRow(core.row[i]!);
	}

	*values(): MapIterator<IndexedEvent> {
		yield* this.index.events;
	}

	*entries(): MapIterator<[string, IndexedEvent]> {
		for (const e of this.index.events) yield [this.index.idOfRow(this.index.core.row[e.order]!), e];
	}

	[Symbol.iterator](): MapIterator<[string, IndexedEvent]> {
		return this.entries();
	}

	forEach(
		fn: (value: IndexedEvent, key: string, map: ReadonlyMap<string, IndexedEvent>) => void
	): void {
		for (const [k, v] of this.entries()) fn(v, k, this);
	}
}

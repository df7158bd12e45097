/**
 * A large dataset's index: compact columns and the index core a worker built (index-core.ts),
 * wrapped in the AtlasIndex interface. Nothing here is an object per event until something
 * asks for it: each `IndexedEvent` is a small handle whose fields (the event itself, its span,
 * venue, countries, search text) are worked out on first read and kept; `eventById` answers
 * from the id order; windows and counts are answered by scaled-filter.ts.
 */

import {
	byCodeUnits,
	normaliseForSearch,
	type AtlasIndex,
	type CountryLink,
	type IndexedEvent,
	type ScaledQueries,
	type Venue
} from './atlas-index';
import { PLACE_PRECISIONS, splitId, type CoreColumns } from './columnar';
import { parseEdtf, type DaySpan } from './edtf';
import type { Facet, IndexCore } from './index-core';
import { facetsScaled, filterScaled, meetingScaled } from './scaled-filter';
import type {
	Atlas,
	AtlasEvent,
	Mention,
	Organisation,
	Participant,
	Person,
	Place,
	Source
} from './types';

/** What a large index reads its events from: the compact columns. */
export interface EventStore {
	columns: CoreColumns;
	event(row: number): AtlasEvent;
	mentionsOf(sourceRow: number): Mention[];
	/** Per dataset row, 1 when the event's text holds every term. */
	matchText(terms: readonly string[]): Uint8Array;
}

export class ScaledIndex implements AtlasIndex {
	readonly events: IndexedEvent[];
	readonly eventById: ReadonlyMap<string, IndexedEvent>;
	readonly placeById: ReadonlyMap<string, Place>;
	readonly organisationById: ReadonlyMap<string, Organisation>;
	readonly personById: ReadonlyMap<string, Person>;
	readonly sourceById: ReadonlyMap<string, Source>;
	readonly kinds: string[];
	readonly maxSpanDays: number;
	readonly extent: [number, number];
	readonly scaled: ScaledQueries = {
		filter: (criteria) => filterScaled(this, criteria),
		facets: (criteria) => facetsScaled(this, criteria),
		meeting: (window) => meetingScaled(this, window)
	};
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
		const byRow = this.store.matchText(terms);
		return Uint8Array.from(this.core.row, (r) => byRow[r]!);
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
	/** Spans by date string (row of the dates table): parsed once, shared by equal dates. */
	private readonly spans: (DaySpan | undefined)[] = [];

	/** The event's day span, without building the event. */
	spanOf(order: number): DaySpan {
		const c = this.store.columns;
		const d = c.date[this.core.row[order]!]!;
		return (this.spans[d] ??= Object.freeze(parseEdtf(c.tables.dates[d]!)));
	}

	/** Ids asked for before (the map and the list ask for the same ones step after step). */
	private readonly orders = new Map<string, number>();

	/** Position in date order of the event with this id, or -1. */
	orderOf(id: string): number {
		let order = this.orders.get(id);
		if (order === undefined) this.orders.set(id, (order = this.findOrder(id)));
		return order;
	}

	private findOrder(id: string): number {
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
		private readonly index: ScaledIndex,
		readonly order: number
	) {}

	private get c(): EventCache {
		return (this.cache ??= {});
	}

	get event(): AtlasEvent {
		return (this.c.event ??= this.index.store.event(this.index.core.row[this.order]!));
	}

	get span(): DaySpan {
		return this.index.spanOf(this.order);
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
	constructor(private readonly index: ScaledIndex) {}

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

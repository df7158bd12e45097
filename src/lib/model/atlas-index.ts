/**
 * The client's view of an Atlas: events in date order with their day spans, what each involves
 * (countries, organisations, sources), and lookups by id. Built once per dataset; everything the
 * views filter or count reads from here.
 *
 * Two implementations behind one interface:
 *  - an atlas of objects (the default atlas, prerendered into the page) is indexed here, one
 *    object per event: small code for small data, in the page's bundle;
 *  - a large dataset, loaded as compact columns and indexed in a worker (load-dataset.ts), is
 *    wrapped by scaled-index.ts, which holds typed arrays and answers windows and counts
 *    without visiting the events. That code is loaded with the dataset, so the default page
 *    does not carry it. It registers itself here (`registerIndex`), and `buildIndex` finds it.
 * `filterEvents` and `facetCounts` (filter.ts) use the scaled index's own answers when it has
 * them; property tests check both against a full scan.
 */

import { parseEdtf, type DaySpan } from './edtf';
import type { FacetCounts, Criteria, DayWindow, FilterResult } from './filter';
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

export type Facet = 'countries' | 'orgs' | 'kinds' | 'sources';

/**
 * Every event's days and mark position as typed arrays, by date order: what drawing and
 * counting at scale read instead of the event objects (a density strip, GPU filtering).
 */
export interface IndexArrays {
	count: number;
	/** First and last possible day (days since 1970-01-01), `start` ascending. */
	start: Int32Array;
	end: Int32Array;
	/** Where the mark goes, [lon, lat]; NaN when the venue has no point. */
	lon: Float32Array;
	lat: Float32Array;
}

/** A large index's own answers to the questions filter.ts asks (see scaled-index.ts). */
export interface ScaledQueries {
	filter(criteria: Criteria): FilterResult;
	facets(criteria: Criteria): FacetCounts;
	meeting(window: DayWindow | null): IndexedEvent[];
}

export interface AtlasIndex {
	/**
	 * The dataset. For a large one, `events` and `mentions` are built when first read: prefer
	 * `index.events[i].event` and `mentionsOf`.
	 */
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
	/** Days and points as typed arrays, by date order. */
	core: IndexArrays;
	/** The mentions in one source, in text order. */
	mentionsOf(sourceId: string): Mention[];
	/** The ids of a facet (countries, orgs, kinds, sources) that some event has, sorted. */
	usedValues(facet: Facet): string[];
	/** Per position in date order: 1 when the event's search text holds every (normalised) term. */
	matchText(terms: readonly string[]): Uint8Array;
	/** Present on a large index: its own filtering and counting. */
	scaled?: ScaledQueries;
}

/** Lower-cases and strips diacritics: "Türkiye" and "turkiye" match. */
export function normaliseForSearch(text: string): string {
	return text
		.normalize('NFD')
		.replace(/\p{M}+/gu, '')
		.toLowerCase();
}

export const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Indexes built elsewhere (a worker), found by `buildIndex` from their atlas. */
const registered = new WeakMap<Atlas, () => AtlasIndex>();

/** Makes `buildIndex(atlas)` use `make` (see compact-atlas.ts) instead of indexing objects. */
export function registerIndex(atlas: Atlas, make: () => AtlasIndex): void {
	registered.set(atlas, make);
}

/** Indexes built, by atlas: an atlas is never mutated, so indexing it again gives the same. */
const built = new WeakMap<Atlas, AtlasIndex>();

export function buildIndex(atlas: Atlas): AtlasIndex {
	const known = built.get(atlas);
	if (known) return known;
	const started = performance.now();
	const index = registered.get(atlas)?.() ?? indexObjects(atlas);
	// For the benchmark: the main thread's share of indexing, in the page's timeline.
	performance.measure?.('atlas:index', { start: started, end: performance.now() });
	built.set(atlas, index);
	return index;
}

/** One object per event, worked out at once: for atlases that are objects (small ones). */
function indexObjects(atlas: Atlas): AtlasIndex {
	const placeById = new Map(atlas.places.map((p) => [p.id, p]));
	const organisationById = new Map(atlas.organisations.map((o) => [o.id, o]));
	const personById = new Map(atlas.people.map((p) => [p.id, p]));
	const sourceById = new Map(atlas.sources.map((s) => [s.id, s]));

	const ancestors = (id: string): string[] => {
		const out: string[] = [];
		for (let o = organisationById.get(id); o && !out.includes(o.id);) {
			out.push(o.id);
			o = o.parent ? organisationById.get(o.parent) : undefined;
		}
		return out;
	};

	const nameOf = (p: Participant): string[] => {
		if (p.kind === 'country') return [placeById.get(p.id)?.name ?? p.id, p.id];
		if (p.kind === 'person') return [personById.get(p.id)?.name ?? p.id];
		const o = organisationById.get(p.id);
		return o ? [o.name, o.acronym ?? '', ...o.aliases] : [p.id];
	};

	const indexed = atlas.events.map((event) => {
		const span = parseEdtf(event.date);
		const place = event.place ? (placeById.get(event.place) ?? null) : null;
		const venueCountry =
			place?.kind === 'country'
				? place.id
				: place?.kind === 'city'
					? (place.country ?? null)
					: null;
		const point =
			place?.kind === 'city'
				? (place.coordinates ?? null)
				: place?.kind === 'country'
					? (place.point ?? null)
					: null;

		const links: CountryLink[] = [];
		const organisations = new Set<string>();
		for (const p of event.participants) {
			if (p.kind === 'country') links.push({ country: p.id, role: p.role, via: null });
			if (p.kind === 'organisation') {
				for (const a of ancestors(p.id)) organisations.add(a);
				const country = organisationById.get(p.id)?.country;
				if (country) links.push({ country, role: p.role, via: p.id });
			}
			if (p.kind === 'person') {
				for (const role of personById.get(p.id)?.roles ?? []) {
					if (role.organisation) for (const a of ancestors(role.organisation)) organisations.add(a);
				}
			}
		}
		const countries = new Set(links.map((l) => l.country));
		if (venueCountry) countries.add(venueCountry);

		const words = [
			event.title,
			event.kind,
			place?.name ?? '',
			...event.citations.map((c) => c.quote),
			...event.participants.flatMap(nameOf),
			...event.notes.map((n) => n.text)
		];
		return {
			order: 0,
			event,
			span,
			venue: { precision: event.placePrecision, place, point, country: venueCountry },
			countries: [...countries].sort(byCodeUnits),
			links,
			organisations: [...organisations].sort(byCodeUnits),
			sources: [...new Set(event.citations.map((c) => c.source))].sort(byCodeUnits),
			searchText: normaliseForSearch(words.join('\n'))
		};
	});
	indexed.sort((a, b) => a.span.start - b.span.start || byCodeUnits(a.event.id, b.event.id));
	indexed.forEach((e, i) => (e.order = i));

	const n = indexed.length;
	const core: IndexArrays = {
		count: n,
		start: new Int32Array(n),
		end: new Int32Array(n),
		lon: new Float32Array(n),
		lat: new Float32Array(n)
	};
	let maxSpanDays = 0;
	let lo = Infinity;
	let hi = -Infinity;
	indexed.forEach((e, i) => {
		core.start[i] = e.span.start;
		core.end[i] = e.span.end;
		core.lon[i] = e.venue.point?.[0] ?? NaN;
		core.lat[i] = e.venue.point?.[1] ?? NaN;
		maxSpanDays = Math.max(maxSpanDays, e.span.end - e.span.start);
		lo = Math.min(lo, e.span.start);
		hi = Math.max(hi, e.span.end);
	});
	for (const s of atlas.sources) {
		const d = parseEdtf(s.published);
		lo = Math.min(lo, d.start);
		hi = Math.max(hi, d.end);
	}

	let bySource: Map<string, Mention[]> | undefined;
	const valuesOf: Record<Facet, (e: (typeof indexed)[number]) => readonly string[]> = {
		countries: (e) => e.countries,
		orgs: (e) => e.organisations,
		kinds: (e) => [e.event.kind],
		sources: (e) => e.sources
	};
	return {
		atlas,
		events: indexed,
		eventById: new Map(indexed.map((e) => [e.event.id, e])),
		placeById,
		organisationById,
		personById,
		sourceById,
		kinds: [...new Set(atlas.events.map((e) => e.kind))].sort(byCodeUnits),
		maxSpanDays,
		extent: Number.isFinite(lo) ? [lo, hi] : [0, 0],
		core,
		mentionsOf(sourceId) {
			if (!bySource) {
				bySource = new Map();
				for (const m of atlas.mentions) {
					const list = bySource.get(m.source) ?? [];
					list.push(m);
					bySource.set(m.source, list);
				}
			}
			return bySource.get(sourceId) ?? [];
		},
		usedValues: (facet) =>
			[...new Set(indexed.flatMap((e) => valuesOf[facet](e)))].sort(byCodeUnits),
		matchText: (terms) =>
			Uint8Array.from(indexed, (e) => (terms.every((t) => e.searchText.includes(t)) ? 1 : 0))
	};
}

/**
 * The client's view of an Atlas: events in date order with their day spans, what each involves
 * (countries, organisations, sources), and lookups by id. Built once per dataset; everything the
 * views filter or count reads from here.
 */

import { parseEdtf, type DaySpan } from './edtf';
import type {
	Atlas,
	AtlasEvent,
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
	order: number;
	event: AtlasEvent;
	span: DaySpan;
	venue: Venue;
	/** Every country the event involves: participants, the venue's country, national organisations. */
	countries: string[];
	/** Countries that take part (directly or through a national organisation), for lines. */
	links: CountryLink[];
	/** Organisations involved, with their parents ("osce" covers its Strategic Police Matters Unit). */
	organisations: string[];
	sources: string[];
	/** Lower-case, accent-free text for free-text search: title, quotes, names. */
	searchText: string;
}

export interface AtlasIndex {
	atlas: Atlas;
	/** Events sorted by first possible day, then id. */
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
}

/** Lower-cases and strips diacritics: "Türkiye" and "turkiye" match. */
export function normaliseForSearch(text: string): string {
	return text
		.normalize('NFD')
		.replace(/\p{M}+/gu, '')
		.toLowerCase();
}

export function buildIndex(atlas: Atlas): AtlasIndex {
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

	const indexed = atlas.events.map((event): IndexedEvent => {
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
			countries: [...countries].sort(),
			links,
			organisations: [...organisations].sort(),
			sources: [...new Set(event.citations.map((c) => c.source))].sort(),
			searchText: normaliseForSearch(words.join('\n'))
		};
	});
	indexed.sort((a, b) => a.span.start - b.span.start || a.event.id.localeCompare(b.event.id));
	indexed.forEach((e, i) => (e.order = i));

	let maxSpanDays = 0;
	let lo = Infinity;
	let hi = -Infinity;
	for (const e of indexed) {
		maxSpanDays = Math.max(maxSpanDays, e.span.end - e.span.start);
		lo = Math.min(lo, e.span.start);
		hi = Math.max(hi, e.span.end);
	}
	for (const s of atlas.sources) {
		const d = parseEdtf(s.published);
		lo = Math.min(lo, d.start);
		hi = Math.max(hi, d.end);
	}

	return {
		atlas,
		events: indexed,
		eventById: new Map(indexed.map((e) => [e.event.id, e])),
		placeById,
		organisationById,
		personById,
		sourceById,
		kinds: [...new Set(atlas.events.map((e) => e.kind))].sort(),
		maxSpanDays,
		extent: Number.isFinite(lo) ? [lo, hi] : [0, 0]
	};
}

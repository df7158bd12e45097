/**
 * What the source panel says about an event or a place, in words: the date with its precision
 * and basis, the place with its precision, who took part in which role, and the events and
 * passages of a place. Pure: reads the index, touches no DOM.
 */

import type { AtlasIndex, IndexedEvent } from '$lib/model/atlas-index';
import { ROLE_WORDS, kindInWords, participantName } from '$lib/model/describe';
import { dateInWords, precisionInWords } from '$lib/model/edtf';
import {
	PARTICIPANT_ROLES,
	type Citation,
	type Mention,
	type ParticipantKind,
	type ParticipantRole,
	type Place
} from '$lib/model/types';

export interface Phrase {
	/** The main words: "16 May 2008", "Istanbul, Turkey". */
	words: string;
	/** How precise, and on what basis: "month only", "the source names the country, not the city". */
	detail: string | null;
}

/** The kind of event as a noun inside a sentence: "workshop", "special meeting". */
export function kindNoun(kind: string): string {
	return kindInWords(kind).toLowerCase() || 'event';
}

/**
 * "16 May 2008" with "date of the report; the workshop took place on or before" for a reported
 * date; "November 2007" with "month only"; "2007 (year only)" alone.
 */
export function dateFacts(e: IndexedEvent): Phrase {
	const words = dateInWords(e.event.date);
	if (e.event.dateBasis === 'reported')
		return {
			words,
			detail: `date of the report; the ${kindNoun(e.event.kind)} took place on or before`
		};
	if (e.span.precision === 'year') return { words, detail: null };
	return { words, detail: precisionInWords(e.span) };
}

/** "Istanbul, Turkey"; "Uzbekistan" with "the source names the country, not the city". */
export function placeFacts(e: IndexedEvent, index: AtlasIndex): Phrase & { place: Place | null } {
	const { place, precision } = e.venue;
	if (!place || precision === 'unstated')
		return { words: 'Place not stated', detail: 'the source does not say where', place: null };
	if (place.kind === 'city') {
		const country = place.country ? index.placeById.get(place.country)?.name : null;
		return { words: country ? `${place.name}, ${country}` : place.name, detail: null, place };
	}
	if (place.kind === 'country')
		return { words: place.name, detail: 'the source names the country, not the city', place };
	return { words: place.name, detail: 'the source names the region, not the country', place };
}

export interface StatedTitle {
	title: string;
	citation: Citation;
}

export interface ParticipantItem {
	kind: ParticipantKind;
	id: string;
	name: string;
	/** The parent organisation, for an organisation: "OSCE". */
	parent: string | null;
	/** A person's titles as the sources state them. */
	titles: StatedTitle[];
	/** The words that state the participation, then those that state the titles. */
	citations: Citation[];
}

export interface ParticipantGroup {
	role: ParticipantRole;
	heading: string;
	items: ParticipantItem[];
}

const KIND_ORDER: Record<ParticipantKind, number> = { country: 0, organisation: 1, person: 2 };

/** A person's stated title with its organisation, unless the title already names it. */
export function titleInWords(
	title: string,
	organisation: string | null,
	index: AtlasIndex
): string {
	const o = organisation ? index.organisationById.get(organisation) : undefined;
	if (!o) return title;
	const lower = title.toLowerCase();
	const names = [o.name, o.acronym ?? '', ...o.aliases].filter(Boolean);
	return names.some((n) => lower.includes(n.toLowerCase())) ? title : `${title}, ${o.name}`;
}

/** Who took part, grouped by role in PARTICIPANT_ROLES order; countries, then organisations, then people. */
export function participantGroups(e: IndexedEvent, index: AtlasIndex): ParticipantGroup[] {
	const groups: ParticipantGroup[] = [];
	for (const role of PARTICIPANT_ROLES) {
		const items: ParticipantItem[] = [];
		for (const p of e.event.participants) {
			if (p.role !== role) continue;
			const existing = items.find((i) => i.kind === p.kind && i.id === p.id);
			if (existing) {
				if (p.citation) existing.citations.push(p.citation);
				continue;
			}
			let parent: string | null = null;
			let titles: StatedTitle[] = [];
			if (p.kind === 'organisation') {
				const o = index.organisationById.get(p.id);
				const up = o?.parent ? index.organisationById.get(o.parent) : undefined;
				parent = up ? (up.acronym ?? up.name) : null;
			}
			if (p.kind === 'person') {
				titles = (index.personById.get(p.id)?.roles ?? []).map((r) => ({
					title: titleInWords(r.title, r.organisation, index),
					citation: r.citation
				}));
			}
			items.push({
				kind: p.kind,
				id: p.id,
				name: participantName(p, index),
				parent,
				titles,
				citations: [...(p.citation ? [p.citation] : []), ...titles.map((t) => t.citation)]
			});
		}
		if (items.length === 0) continue;
		items.sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
		groups.push({
			role,
			heading: items.length === 1 ? ROLE_WORDS[role].one : ROLE_WORDS[role].many,
			items
		});
	}
	return groups;
}

/** "Country", "City in Austria", "Region". */
export function placeKindInWords(place: Place, index: AtlasIndex): string {
	if (place.kind === 'country') return 'Country';
	if (place.kind === 'region') return 'Region';
	const country = place.country ? index.placeById.get(place.country)?.name : null;
	return country ? `City in ${country}` : 'City';
}

export interface PlaceEvent {
	event: IndexedEvent;
	/** How the place is involved: "venue", "participant", "organiser (through Kazakhstan Red Crescent Society)". */
	how: string[];
}

/**
 * The events (from `events`, in their order) that involve the place: for a country, those it
 * takes part in (itself or through a national organisation) or that meet in it; for a city,
 * those that meet in it; for a region, those that meet in it or involve one of its countries.
 */
export function eventsOfPlace(
	place: Place,
	events: readonly IndexedEvent[],
	index: AtlasIndex
): PlaceEvent[] {
	const out: PlaceEvent[] = [];
	const members = new Set(place.kind === 'region' ? (place.members ?? []) : []);
	for (const e of events) {
		const how: string[] = [];
		const venue = e.venue.place;
		if (venue?.id === place.id) how.push('venue');
		else if (place.kind === 'country' && e.venue.country === place.id) how.push('venue country');
		if (place.kind === 'country') {
			for (const link of e.links) {
				if (link.country !== place.id) continue;
				const role = ROLE_WORDS[link.role].one.toLowerCase();
				const via = link.via ? index.organisationById.get(link.via)?.name : null;
				const words = via ? `${role} (through ${via})` : role;
				if (!how.includes(words)) how.push(words);
			}
		}
		if (place.kind === 'region' && how.length === 0) {
			const involved = e.countries.filter((c) => members.has(c));
			if (involved.length)
				how.push(`involves ${involved.map((c) => index.placeById.get(c)?.name ?? c).join(', ')}`);
		}
		if (how.length) out.push({ event: e, how });
	}
	return out;
}

/** Mentions by source and by entity id, built once per dataset. */
export interface MentionIndex {
	bySource: ReadonlyMap<string, Mention[]>;
	byId: ReadonlyMap<string, Mention[]>;
}

const mentionIndexes = new WeakMap<readonly Mention[], MentionIndex>();

export function mentionIndex(mentions: readonly Mention[]): MentionIndex {
	let found = mentionIndexes.get(mentions);
	if (!found) {
		const bySource = new Map<string, Mention[]>();
		const byId = new Map<string, Mention[]>();
		for (const m of mentions) {
			const s = bySource.get(m.source);
			if (s) s.push(m);
			else bySource.set(m.source, [m]);
			const key = `${m.kind === 'person' || m.kind === 'organisation' ? m.kind : 'place'}:${m.id}`;
			const i = byId.get(key);
			if (i) i.push(m);
			else byId.set(key, [m]);
		}
		for (const list of [...bySource.values(), ...byId.values()])
			list.sort((a, b) => a.start - b.start || a.end - b.end);
		found = { bySource, byId };
		mentionIndexes.set(mentions, found);
	}
	return found;
}

/** The mentions of a place (country, city or region), in source order. */
export function mentionsOfPlace(mentions: readonly Mention[], placeId: string): Mention[] {
	return mentionIndex(mentions).byId.get(`place:${placeId}`) ?? [];
}

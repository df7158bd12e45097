/**
 * What each country looks like, as values per country (ISO alpha-3) that CountryLayer writes as
 * feature-state: its shade class, whether it holds a diamond mark, its role in the selected
 * event. Pure, so that what the map shows can be tested without a map.
 */

import type { IndexedEvent } from '../model/atlas-index';
import { classOf, type ShadeClass } from './shading';
import { SELECTION_ROLE } from './style';
import type { VenueIndex, VenueTally } from './venues';

/** The shade class of every country with events in view. */
export function shadeByCountry(
	counts: ReadonlyMap<string, number>,
	classes: readonly ShadeClass[]
): Map<string, number> {
	const shade = new Map<string, number>();
	for (const [iso3, n] of counts) shade.set(iso3, classOf(n, classes));
	return shade;
}

/** Countries holding the diamond of an event in view (its city not stated). */
export function diamondCountries(tally: VenueTally, venues: VenueIndex): Map<string, number> {
	const marked = new Map<string, number>();
	for (const id of tally.byVenue.keys()) {
		const v = venues.venues[id];
		if (v?.precision === 'country' && v.country) marked.set(v.country, 1);
	}
	return marked;
}

/**
 * The selected event's countries by role: the venue's country; a country that only funds it;
 * every other country involved (participants, organisers' countries, hosts...).
 */
export function selectionRoles(e: IndexedEvent | null): Map<string, number> {
	const roles = new Map<string, number>();
	if (!e) return roles;
	for (const c of e.countries) roles.set(c, SELECTION_ROLE.participant);
	for (const l of e.links) {
		const onlyFunds = !e.links.some((o) => o.country === l.country && o.role !== 'funder');
		if (l.role === 'funder' && onlyFunds) roles.set(l.country, SELECTION_ROLE.funder);
	}
	if (e.venue.country) roles.set(e.venue.country, SELECTION_ROLE.venue);
	return roles;
}

/** Values by country, spread over each country's features (a country may have several). */
export function byFeature<V>(
	values: ReadonlyMap<string, V>,
	ids: ReadonlyMap<string, readonly number[]>
): Map<number, V> {
	const out = new Map<number, V>();
	for (const [iso3, value] of values) for (const id of ids.get(iso3) ?? []) out.set(id, value);
	return out;
}

/** While an event is selected, every other country: its shade steps back. */
export function dimmedCountries(
	all: Iterable<string>,
	roles: ReadonlyMap<string, number>,
	selected: boolean
): Map<string, boolean> {
	const out = new Map<string, boolean>();
	if (!selected) return out;
	for (const iso3 of all) if (!roles.has(iso3)) out.set(iso3, true);
	return out;
}

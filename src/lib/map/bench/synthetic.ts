/**
 * A synthetic dataset of the atlas's schema, for measuring the map at scale (10,000 events and
 * more). Deterministic for a given seed. Not data: never published, never committed.
 *
 * Venues are drawn from real cities (more of them in and around Central Asia and Europe, as the
 * atlas's subject would have it) and countries; dates spread over 2007–2008 with the precisions
 * the sources use (a day, a month, a year, a reported day); a tenth of the events state no place.
 */

import type { Atlas, AtlasEvent, Participant, Place } from '../../model/types';
import { mulberry32 } from '../../synth/random';

export interface CityInput {
	name: string;
	lon: number;
	lat: number;
	/** ISO alpha-3 of the country. */
	country: string;
	population: number;
}

export interface CountryInput {
	iso3: string;
	name: string;
	point: [number, number];
}

/** Seeded, so that a run can be repeated (Math.random cannot be seeded). */
export const random = mulberry32;

const KINDS = ['workshop', 'conference', 'meeting', 'training', 'seminar'];
const pad = (n: number) => String(n).padStart(2, '0');

function dateOf(rand: () => number): Pick<AtlasEvent, 'date' | 'dateBasis'> {
	const year = 2007 + Math.floor(rand() * 2);
	const month = 1 + Math.floor(rand() * 12);
	const day = 1 + Math.floor(rand() * 28);
	const r = rand();
	if (r < 0.55) return { date: `${year}-${pad(month)}-${pad(day)}`, dateBasis: 'stated' };
	if (r < 0.75) return { date: `${year}-${pad(month)}-${pad(day)}`, dateBasis: 'reported' };
	if (r < 0.93) return { date: `${year}-${pad(month)}`, dateBasis: 'stated' };
	return { date: String(year), dateBasis: 'stated' };
}

/**
 * `n` events on top of `seed` (whose sources, organisations and people are kept, so that every
 * reference resolves). Cities and countries become places; events refer to them by id.
 */
export function syntheticAtlas(
	seed: Atlas,
	cities: readonly CityInput[],
	countries: readonly CountryInput[],
	n: number,
	seedNumber = 1
): Atlas {
	const rand = random(seedNumber);
	const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
	const places = new Map<string, Place>(seed.places.map((p) => [p.id, p]));
	for (const c of countries) {
		if (!places.has(c.iso3))
			places.set(c.iso3, {
				id: c.iso3,
				name: c.name,
				kind: 'country',
				iso3: c.iso3,
				point: c.point
			});
	}
	const cityPlaces: Place[] = cities.map((c, i) => ({
		id: `city-${i}`,
		name: c.name,
		kind: 'city',
		country: c.country,
		coordinates: [c.lon, c.lat]
	}));
	for (const c of cityPlaces) places.set(c.id, c);
	// Venues: cities weighted by population (a capital hosts more than a town).
	const weights = cities.map((c) => Math.sqrt(c.population));
	const total = weights.reduce((a, b) => a + b, 0);
	const cumulative: number[] = [];
	weights.reduce((acc, w, i) => (cumulative[i] = acc + w / total), 0);
	const pickCity = () => {
		const r = rand();
		let lo = 0;
		let hi = cumulative.length - 1;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (cumulative[mid]! < r) lo = mid + 1;
			else hi = mid;
		}
		return cityPlaces[lo]!;
	};
	const citation = seed.events[0]!.citations[0]!;
	const events: AtlasEvent[] = [];
	for (let i = 0; i < n; i++) {
		const r = rand();
		let place: string | null;
		let placePrecision: AtlasEvent['placePrecision'];
		if (r < 0.6) {
			place = pickCity().id;
			placePrecision = 'city';
		} else if (r < 0.9) {
			place = pick(countries).iso3;
			placePrecision = 'country';
		} else {
			place = null;
			placePrecision = 'unstated';
		}
		const participants: Participant[] = [];
		const k = 1 + Math.floor(rand() * rand() * 12);
		const chosen = new Set<string>();
		for (let j = 0; j < k; j++) chosen.add(pick(countries).iso3);
		for (const c of chosen)
			participants.push({ kind: 'country', id: c, role: 'participant', citation: null });
		if (rand() < 0.15)
			participants.push({
				kind: 'country',
				id: pick(countries).iso3,
				role: 'funder',
				citation: null
			});
		if (seed.organisations.length && rand() < 0.5)
			participants.push({
				kind: 'organisation',
				id: pick(seed.organisations).id,
				role: 'organiser',
				citation: null
			});
		const kind = pick(KINDS);
		events.push({
			id: `synthetic-${i}`,
			title: `Synthetic ${kind} ${i}`,
			kind,
			...dateOf(rand),
			place,
			placePrecision,
			participants,
			citations: [citation],
			notes: []
		});
	}
	return { ...seed, places: [...places.values()], events, mentions: [] };
}

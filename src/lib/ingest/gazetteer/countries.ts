/**
 * Country names from the world-countries package: common and official names, alternative
 * spellings, demonyms ("Kazakhstani", "Kirghiz") and the adjectives that the package gives as
 * languages named after the country ("Uzbek", "Kazakh", "Kyrgyz", "Tajik"). A name shared by
 * several countries ("Congolese", "Dominican") means none of them and is left out.
 */

import worldCountries from 'world-countries';

export interface Country {
	iso3: string;
	iso2: string;
	name: string;
	region: string;
	subregion: string;
	independent: boolean;
	/** [longitude, latitude] of the package's reference point. */
	point: [number, number];
}

/**
 * How a name refers to its country. A `name` is the country itself; an `adjective` is a demonym
 * or a language-derived adjective, which names the state when it qualifies "authorities",
 * "officials" and the like.
 */
export type CountryForm = 'name' | 'adjective';

export interface CountryName {
	iso3: string;
	text: string;
	form: CountryForm;
}

/**
 * Aliases that the package lacks: older or informal English names met in texts of the 2000s, and
 * the dotted abbreviations. Not a list of countries: every country is already named by the package.
 */
const EXTRA_NAMES: Readonly<Record<string, readonly string[]>> = {
	USA: ['U.S.', 'U.S.A.', 'United States of America'],
	TUR: ['Turkey'],
	GBR: ['U.K.', 'Britain', 'England', 'Scotland', 'Wales', 'Northern Ireland'],
	KAZ: ['Kazakstan'],
	KGZ: ['Kirghizia', 'Kirgizia', 'Kyrghyzstan'],
	TJK: ['Tadjikistan', 'Tadzhikistan'],
	TKM: ['Turkmenia'],
	BLR: ['Byelorussia'],
	MDA: ['Moldavia'],
	MKD: ['former Yugoslav Republic of Macedonia', 'Former Yugoslav Republic of Macedonia', 'FYROM'],
	NLD: ['Holland'],
	BIH: ['Bosnia'],
	CZE: ['Czech Republic']
};

const EXTRA_ADJECTIVES: Readonly<Record<string, readonly string[]>> = {
	AZE: ['Azeri'],
	KGZ: ['Kyrgyzstani'],
	TJK: ['Tajikistani']
};

/** Spellings in the package that are common English words in running text. */
const IGNORED_NAMES = new Set(['Island' /* Iceland, in Icelandic */]);

/** Upper-case codes of three letters or fewer are ambiguous ("AS", "IN", "ME"), except these. */
const ACRONYMS = new Set(['US', 'USA', 'UK', 'UAE', 'DRC', 'DPRK']);

const LATIN = /^[\p{Script=Latin}\p{M}\s.'’,()-]+$/u;

let cache: { countries: Country[]; names: CountryName[] } | null = null;

export function loadCountries(): { countries: Country[]; names: CountryName[] } {
	if (cache) return cache;
	const countries: Country[] = worldCountries.map((c) => ({
		iso3: c.cca3,
		iso2: c.cca2,
		name: c.name.common,
		region: c.region,
		subregion: c.subregion,
		independent: c.independent ?? false,
		point: [c.latlng[1] ?? 0, c.latlng[0] ?? 0]
	}));
	const byIso3 = new Map(countries.map((c) => [c.iso3, c]));

	const claims = new Map<string, { form: CountryForm; iso3: Set<string> }>();
	const claim = (text: string, iso3: string, form: CountryForm) => {
		const name = cleanName(text);
		if (!name) return;
		const entry = claims.get(name);
		if (entry) {
			entry.iso3.add(iso3);
			// A word that is a name for one country and an adjective for another stays a name.
			if (form === 'name') entry.form = 'name';
		} else claims.set(name, { form, iso3: new Set([iso3]) });
	};

	for (const c of worldCountries) {
		claim(c.name.common, c.cca3, 'name');
		claim(c.name.official, c.cca3, 'name');
		for (const alt of c.altSpellings) claim(alt, c.cca3, 'name');
		for (const native of Object.values(c.name.native ?? {})) {
			claim(native.common, c.cca3, 'name');
			claim(native.official, c.cca3, 'name');
		}
		const adjectives = [
			c.demonyms?.eng?.m,
			c.demonyms?.eng?.f,
			...Object.values(c.languages ?? {}).filter((l) => namedAfter(l, c.name.common)),
			...(EXTRA_ADJECTIVES[c.cca3] ?? [])
		];
		for (const adjective of adjectives) {
			if (!adjective) continue;
			claim(adjective, c.cca3, 'adjective');
			const plural = pluralDemonym(adjective);
			if (plural) claim(plural, c.cca3, 'adjective');
		}
	}
	for (const [iso3, list] of Object.entries(EXTRA_NAMES))
		for (const n of list) claim(n, iso3, 'name');

	const names: CountryName[] = [];
	for (const [text, { form, iso3 }] of claims) {
		let owners = [...iso3];
		// "American": the United States, not its Minor Outlying Islands.
		if (owners.length > 1) owners = owners.filter((code) => byIso3.get(code)?.independent);
		if (owners.length === 1) names.push({ iso3: owners[0]!, text, form });
	}
	cache = { countries, names };
	return cache;
}

/**
 * A usable name, or null: Latin script only, no inverted forms ("Korea, Republic of"), no
 * two-letter codes, and without a leading article ("The former Yugoslav Republic of Macedonia").
 */
function cleanName(text: string): string | null {
	let name = text.trim().replace(/^the\s+/i, '');
	if (!name || !LATIN.test(name) || name.includes(',') || IGNORED_NAMES.has(name)) return null;
	if (/^[A-Z]{1,4}$/.test(name) && !ACRONYMS.has(name)) return null;
	if (name.length < 3 && !ACRONYMS.has(name)) return null;
	name = name.replace(/\s+/g, ' ');
	return name;
}

/** "Uzbek" names Uzbekistan, "Russian" Russia, "Thai" Thailand; "English" names no country. */
function namedAfter(language: string, country: string): boolean {
	// One word: "Haitian Creole" and "New Zealand Sign Language" are languages, not adjectives.
	if (language.length < 3 || /\s/.test(language)) return false;
	return country.startsWith(language) || language.startsWith(country);
}

/** "Uzbeks", "Russians", "Emiratis"; none for "Swiss", "British", "Chinese", "Kyrgyz", "Turkmen". */
function pluralDemonym(d: string): string | null {
	if (d.includes(' ') || /(s|sh|ch|x|z|ese|men|ic)$/.test(d)) return null;
	return `${d}s`;
}

/**
 * The ingest's gazetteer: countries, cities, regions and known organisations in one phrase
 * matcher, built once per process (about a second, mostly reading GeoNames) and shared by every
 * document of a run.
 */

import { PhraseMatcher } from '../phrase-matcher.ts';
import { loadCities, type City } from './cities.ts';
import { loadCountries, type Country, type CountryForm } from './countries.ts';
import { knownOrganisations, type KnownOrganisation } from './organisations.ts';
import { buildRegions, type Region } from './regions.ts';

export type { City, Country, CountryForm, KnownOrganisation, Region };

export type GazetteerEntry =
	| { kind: 'country'; country: Country; form: CountryForm }
	| { kind: 'city'; city: City; alternate: boolean }
	| { kind: 'region'; region: Region }
	| { kind: 'organisation'; organisation: KnownOrganisation };

export interface Gazetteer {
	matcher: PhraseMatcher<GazetteerEntry>;
	countries: ReadonlyMap<string, Country>;
	/** Country names and adjectives → the country ("Kazakh" → KAZ). */
	countryByName: ReadonlyMap<string, { country: Country; form: CountryForm }>;
	/** City names → the most populous city of that name. */
	cityByName: ReadonlyMap<string, City>;
	regions: readonly Region[];
	organisations: readonly KnownOrganisation[];
	/** Milliseconds it took to build. */
	loadMs: number;
}

let cache: Gazetteer | null = null;

export function loadGazetteer(): Gazetteer {
	if (cache) return cache;
	const started = performance.now();
	const { countries, names } = loadCountries();
	const iso3ByIso2 = new Map(countries.map((c) => [c.iso2, c.iso3]));
	const byIso3 = new Map(countries.map((c) => [c.iso3, c]));
	const { byName: cityByName, alternates } = loadCities(iso3ByIso2);
	const regions = buildRegions(countries);
	const organisations = knownOrganisations();

	const matcher = new PhraseMatcher<GazetteerEntry>();
	const countryByName = new Map<string, { country: Country; form: CountryForm }>();
	for (const n of names) {
		const country = byIso3.get(n.iso3)!;
		countryByName.set(n.text, { country, form: n.form });
		matcher.add(
			n.text,
			{ kind: 'country', country, form: n.form },
			{ capitals: n.form === 'name' }
		);
	}
	for (const [name, city] of cityByName) {
		matcher.add(name, { kind: 'city', city, alternate: alternates.has(name) }, { capitals: true });
	}
	for (const region of regions) {
		for (const name of region.names)
			matcher.add(name, { kind: 'region', region }, { capitals: true });
	}
	for (const organisation of organisations) {
		for (const name of organisation.names)
			matcher.add(name, { kind: 'organisation', organisation });
	}
	cache = {
		matcher,
		countries: byIso3,
		countryByName,
		cityByName,
		regions,
		organisations,
		loadMs: performance.now() - started
	};
	return cache;
}

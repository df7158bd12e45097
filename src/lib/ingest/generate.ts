/**
 * Generated press releases, for the benchmark (`npx tsx src/lib/ingest/bench.ts`) and for tests
 * of recall on texts the rules were not written against. Seeded: the same seed gives the same
 * documents. Each document lists what was planted in it, so a test can check it is all found.
 *
 * Countries come from the world-countries package and cities from GeoNames (large cities with
 * names that are not English words), so the generator shares no hand-made list with the ingest.
 */

import worldCountries from 'world-countries';
import { isoDay } from './dates.ts';
import { loadCities, type City } from './gazetteer/cities.ts';
import { isEnglishWord } from './gazetteer/english-words.ts';
import { MONTH_NAMES } from '../model/edtf.ts';
import { mulberry32 } from '../synth/random';

export interface GeneratedDocument {
	name: string;
	text: string;
	planted: {
		/** ISO alpha-3 of every country named. */
		countries: string[];
		/** City ids. */
		cities: string[];
		/** EDTF of every date stated with its year. */
		dates: string[];
		/** Full names of the people quoted. */
		people: string[];
	};
}

/** Seeded, so that a run can be repeated (Math.random cannot be seeded). */
export const seededRandom = mulberry32;

/** Countries whose names the ingest deliberately reads in context (given names, "Turkey"). */
const READ_IN_CONTEXT = new Set(['TCD', 'JOR', 'GEO', 'IND', 'ISR', 'KEN']);

interface Pools {
	countries: { iso3: string; name: string }[];
	demonyms: { iso3: string; demonym: string }[];
	cities: City[];
}

let pools: Pools | null = null;

function loadPools(): Pools {
	if (pools) return pools;
	const countries = worldCountries
		.filter(
			(c) =>
				c.independent &&
				!READ_IN_CONTEXT.has(c.cca3) &&
				/^[A-Z][a-z]+(?: [A-Z][a-z]+)?$/.test(c.name.common)
		)
		.map((c) => ({ iso3: c.cca3, name: c.name.common }));
	const iso3ByIso2 = new Map(worldCountries.map((c) => [c.cca2, c.cca3]));
	// "Macau", "Singapore": also a country (or territory) of the package, which takes precedence.
	const names = new Set(
		worldCountries.flatMap((c) => [c.name.common, c.name.official, ...c.altSpellings])
	);
	const table = loadCities(iso3ByIso2);
	const cities = table.cities
		.filter(
			(c) =>
				table.byName.get(c.name) === c &&
				c.population >= 500_000 &&
				/^[A-Z][a-z]+$/.test(c.name) &&
				!isEnglishWord(c.name) &&
				!names.has(c.name)
		)
		.sort((a, b) => a.geonameId - b.geonameId);
	// Demonyms that name one country only ("Congolese" names two).
	const owners = new Map<string, string[]>();
	for (const c of worldCountries) {
		const d = c.demonyms?.eng?.m;
		if (d && /^[A-Z][a-z]+$/.test(d)) owners.set(d, [...(owners.get(d) ?? []), c.cca3]);
	}
	const demonyms = [...owners]
		.filter(([, iso3]) => iso3.length === 1 && countries.some((c) => c.iso3 === iso3[0]))
		.map(([demonym, [iso3]]) => ({ iso3: iso3!, demonym }));
	pools = { countries, cities, demonyms };
	return pools;
}

const ACTIVITIES = [
	'workshop',
	'seminar',
	'round table',
	'training course',
	'conference',
	'meeting'
];
const ORGANISATIONS = [
	'OSCE',
	'UNODC',
	'IOM',
	'UNICEF',
	'International Labour Organization',
	'European Union'
];
const TOPICS = [
	'the identification of victims of trafficking',
	'labour migration and the protection of migrant workers',
	'co-operation between law enforcement agencies',
	'the prosecution of traffickers',
	'national referral mechanisms'
];
const FILLER = [
	'Trafficking in human beings remains a serious crime and a violation of human rights.',
	'Experts stressed the need for closer co-operation between countries of origin, transit and destination.',
	'The participants discussed practical measures to protect victims and to prosecute offenders.',
	'Civil society organizations shared their experience of assisting victims.',
	'The event is part of a wider programme of support to national authorities.'
];
const SYLLABLES = [
	'ka',
	'mar',
	'zhan',
	'tal',
	'bek',
	'nur',
	'sul',
	'dil',
	'ra',
	'gu',
	'lan',
	'zar',
	'ai',
	'mu',
	'te'
];

/** Generates `count` documents from `seed`. */
export function generateDocuments(count: number, seed = 1): GeneratedDocument[] {
	const random = seededRandom(seed);
	return Array.from({ length: count }, (_, i) =>
		generateDocument(random, `generated-${String(i + 1).padStart(5, '0')}`)
	);
}

function generateDocument(random: () => number, name: string): GeneratedDocument {
	const { countries, cities, demonyms } = loadPools();
	const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
	const planted: GeneratedDocument['planted'] = {
		countries: [],
		cities: [],
		dates: [],
		people: []
	};
	const year = 2005 + Math.floor(random() * 5);
	const month = 1 + Math.floor(random() * 12);
	const day = 1 + Math.floor(random() * 27);
	const monthName = MONTH_NAMES[month - 1]!;
	const country = () => {
		const c = pick(countries);
		planted.countries.push(c.iso3);
		return c.name;
	};
	const city = () => {
		const c = pick(cities);
		planted.cities.push(c.id);
		return c.name;
	};
	const word = (parts: number) =>
		Array.from({ length: parts }, () => pick(SYLLABLES))
			.join('')
			.replace(/^./, (c) => c.toUpperCase());
	const person = () => {
		const full = `${word(2)} ${word(3)}ov`;
		planted.people.push(full);
		return full;
	};

	const paragraphs: string[] = [];
	const host = city();
	const last = Math.min(28, day + 1 + Math.floor(random() * 3));
	planted.dates.push(`${isoDay(year, month, day)}/${isoDay(year, month, last)}`);
	paragraphs.push(
		`A ${pick(ACTIVITIES)} on ${pick(TOPICS)} was held in ${host} from ${day} to ${last} ${monthName} ${year}, ` +
			`organized by the ${pick(ORGANISATIONS)} with the support of the Government of ${country()}.`
	);
	paragraphs.push(
		`Participants came from ${country()}, ${country()} and ${country()}. ${pick(FILLER)}`
	);
	const speaker = person();
	paragraphs.push(
		`"We must work together to protect the victims," said Ambassador ${speaker}, Head of the ${pick(ORGANISATIONS)} office. ${pick(FILLER)}`
	);
	for (let i = 0, n = 14 + Math.floor(random() * 10); i < n; i++) {
		const sentence = [
			() => `${pick(FILLER)} ${pick(FILLER)}`,
			() => {
				planted.dates.push(`${year - 1}-${String(month).padStart(2, '0')}`);
				return `A similar ${pick(ACTIVITIES)} took place in ${city()} in ${monthName} ${year - 1}.`;
			},
			() => {
				planted.dates.push(String(year - 2));
				return `Since ${year - 2}, ${country()} has adopted a national action plan against trafficking.`;
			},
			() => `${person()}, Deputy Minister of Internal Affairs, presented the results of a study.`,
			() => {
				const c = pick(demonyms);
				planted.countries.push(c.iso3);
				return `${c.demonym} officials reported ${2 + Math.floor(random() * 90)} cases of trafficking to the ${pick(ORGANISATIONS)}.`;
			}
		][Math.floor(random() * 5)]!;
		paragraphs.push(sentence());
	}

	const title = `${host}: experts discuss ${pick(TOPICS)}`;
	const published = new Date(Date.UTC(year, month - 1, last + 1));
	const dd = String(published.getUTCDate()).padStart(2, '0');
	const mm = String(published.getUTCMonth() + 1).padStart(2, '0');
	const style = Math.floor(random() * 3);
	const header =
		style === 0
			? `${country()}\n${dd}/${mm}/${year}\n${title}\n`
			: style === 1
				? `${title}\n\nPublished: ${published.getUTCDate()} ${MONTH_NAMES[published.getUTCMonth()]} ${year}\n\n`
				: '';
	const separator = style === 1 ? '\n\n' : '\n';
	return { name, text: `${header}${paragraphs.join(separator)}\n`, planted };
}

/**
 * Gazetteer names found in a text, each kept or dropped by its context. The phrase matcher finds
 * every country, city, region and known organisation name; the rules here decide what the words
 * mean where they stand:
 *
 * - "Chad Smith", "Mr Jordan": a country name that is also a given name, used as one, is a person;
 * - "New Mexico", "Niger Delta", "Jordan River": not the country;
 * - "Atlanta, Georgia", "the state of Georgia": the US state, not the country;
 * - "the city of Djibouti", "Djibouti City", "Djibouti, Djibouti": the city, not the country;
 * - "Uzbek authorities": the adjective with the state noun names the country ("Uzbek" alone too);
 *   "in Russian", "Russian-speaking": a language, not the country;
 * - cities: a large city whose name is not an English word ("Almaty", "Vienna") is a city
 *   wherever it stands; any other ("Osh", "Batken", "Most", "Nice", "Mary") only where the text
 *   says it is a place: "in Osh", "Osh, Kyrgyzstan", "the town of Batken", or the dateline.
 */

import type { Range } from '../model/types.ts';
import { isEnglishWord } from './gazetteer/english-words.ts';
import type { City, Gazetteer, GazetteerEntry } from './gazetteer/index.ts';
import { PRIORITY, type Found } from './found.ts';
import type { PhraseMatch } from './phrase-matcher.ts';
import { isAllCaps, isCapitalised, isWord, type Token } from './tokens.ts';

/** Country names that are also given names. */
const GIVEN_NAMES = new Set(['Chad', 'Jordan', 'Georgia', 'India', 'Israel', 'Kenya']);
const HONORIFICS = new Set(['Mr', 'Mrs', 'Ms', 'Miss', 'Dr', 'Prof', 'Mme', 'Sir', 'Madam']);
/** Capitalised words that may follow a country name without making it someone's first name. */
const INSTITUTIONAL = new Set([
	'Government',
	'Ministry',
	'Parliament',
	'Police',
	'Embassy',
	'Delegation',
	'Office',
	'Mission',
	'Country',
	'National',
	'Red',
	'Border',
	'Authorities',
	'Times',
	'Today',
	'Airways',
	'Post'
]);
const NATURAL_FEATURES = new Set([
	'River',
	'Delta',
	'Valley',
	'Basin',
	'Ocean',
	'Sea',
	'Gulf',
	'Lake'
]);
const ADMIN_AREAS = new Set([
	'region',
	'oblast',
	'oblys',
	'province',
	'district',
	'rayon',
	'raion',
	'county',
	'governorate',
	'velayat',
	'viloyat',
	'wilaya',
	'state'
]);
const LANGUAGE_WORDS = new Set([
	'language',
	'languages',
	'speaking',
	'speakers',
	'speaker',
	'translation'
]);
/** Nouns that, after a national adjective, name the state: "Uzbek authorities". */
const STATE_NOUNS: readonly string[][] = [
	['law', 'enforcement', 'agencies'],
	['law', 'enforcement', 'bodies'],
	['law', 'enforcement', 'officials'],
	['law', '-', 'enforcement', 'agencies'],
	['law', '-', 'enforcement', 'bodies'],
	['border', 'guards'],
	['border', 'service'],
	['border', 'officials'],
	['border', 'troops'],
	['border', 'police'],
	['authorities'],
	['officials'],
	['government'],
	['delegation'],
	['delegations'],
	['police'],
	['parliament'],
	['embassy'],
	['side'],
	['counterparts'],
	['ministry'],
	['ministries']
];
const LOCATIVES = new Set([
	'in',
	'at',
	'near',
	'from',
	'to',
	'outside',
	'around',
	'via',
	'In',
	'At',
	'Near',
	'From'
]);
/** For a city named like an English word, only these place it ("in Nice", not "to Mary"). */
const STRICT_LOCATIVES = new Set(['in', 'at', 'near', 'In', 'At', 'Near']);
const PROMINENT_POPULATION = 100_000;
const WORLD_CITY_POPULATION = 1_000_000;
/** Lower-case words that may follow a place name: "in Kiev on 5 May", "in Geneva and Vienna". */
const PLACE_FOLLOWERS = new Set(
	'on in at and or from to for with during between by where which who that this last next until since under'.split(
		' '
	)
);
const FUNCTION_WORDS = new Set(
	'In At On To From Near Of For And Or The A An By Via With Outside Inside Between Both Including As'.split(
		' '
	)
);
const DIRECTIONS = new Set(
	'North South East West Northern Southern Eastern Western Central Greater Upper Lower Old'.split(
		' '
	)
);

export interface PlaceContext {
	/** The header's dateline: whatever it names is a place. */
	dateline: Range | null;
	/** The whole document, for names that need a word elsewhere in it ("National Societies"). */
	text: string;
}

export function findGazetteerNames(
	tokens: readonly Token[],
	gazetteer: Gazetteer,
	context: PlaceContext
): Found[] {
	const matches = gazetteer.matcher.findAll(tokens);
	const countriesAt = new Map<number, string[]>();
	const citiesEndingAt = new Map<number, Match<'city'>>();
	for (const m of matches) {
		if (m.value.kind === 'country') push(countriesAt, m.from, m.value.country.iso3);
		if (m.value.kind === 'city') citiesEndingAt.set(m.to, m as Match<'city'>);
	}
	const view = new TokenView(tokens);
	const found: Found[] = [];
	for (const m of matches) {
		const entry = m.value;
		switch (entry.kind) {
			case 'country':
				found.push(...countryMention(m as Match<'country'>, view, gazetteer, citiesEndingAt));
				break;
			case 'city':
				if (acceptCity(m as Match<'city'>, view, context, countriesAt, citiesEndingAt, gazetteer)) {
					found.push(cityFound(entry.city, m.start, m.end, PRIORITY.city));
				}
				break;
			case 'region':
				found.push({
					kind: 'region',
					id: entry.region.id,
					start: m.start,
					end: m.end,
					priority: PRIORITY.region,
					entity: { kind: 'region', region: entry.region }
				});
				break;
			case 'organisation': {
				const o = entry.organisation;
				if (o.onlyWith && !o.onlyWith.test(context.text)) break;
				found.push({
					kind: 'organisation',
					id: o.id,
					start: m.start,
					end: m.end,
					priority: PRIORITY.knownOrganisation,
					entity: {
						kind: 'organisation',
						name: o.name,
						acronym: o.acronym,
						type: o.kind,
						country: null
					}
				});
				break;
			}
		}
	}
	return found;
}

type Match<K extends GazetteerEntry['kind']> = PhraseMatch<Extract<GazetteerEntry, { kind: K }>>;

function countryMention(
	m: Match<'country'>,
	view: TokenView,
	gazetteer: Gazetteer,
	citiesEndingAt: ReadonlyMap<number, Match<'city'>>
): Found[] {
	const { country, form } = m.value;
	const text = view.slice(m.from, m.to);
	const single = m.to - m.from === 1;
	const next = view.word(m.to);
	const previous = view.word(m.from - 1);
	const mention = (end: number): Found => ({
		kind: 'country',
		id: country.iso3,
		start: m.start,
		end,
		priority: PRIORITY.country,
		entity: { kind: 'country', country }
	});

	if (next && NATURAL_FEATURES.has(next)) return [];
	if (previous === 'River') return [];

	if (form === 'adjective') {
		if (next && LANGUAGE_WORDS.has(next.toLowerCase())) return [];
		if (view.text(m.to) === '-' && view.word(m.to + 1) === 'speaking') return [];
		if (isLanguage(view, m, gazetteer)) return [];
		const nouns = STATE_NOUNS.find((words) => view.wordsAre(m.to, words));
		return [mention(nouns ? view.end(m.to + nouns.length - 1) : m.end)];
	}

	if (previous === 'New' && view.spacedBefore(m.from)) return [];
	if (single && GIVEN_NAMES.has(text)) {
		if (view.honorificBefore(m.from)) return [];
		// "Chad Johnson", "Jordan Henderson"; not "Jordan Times" or "Israel, Jordan".
		const surname =
			next && isCapitalised(next) && view.spacedBefore(m.to) && !INSTITUTIONAL.has(next);
		if (surname && !gazetteer.countryByName.has(next)) return [];
	}
	if (country.iso3 === 'GEO') {
		const before = view.text(m.from - 1) === ',' ? citiesEndingAt.get(m.from - 1) : undefined;
		if (before?.value.city.country === 'USA') return [];
		if (view.wordsAre(m.from - 2, ['state', 'of'])) return [];
	}

	// The capital that bears the country's name.
	const city = gazetteer.cityByName.get(text);
	if (city && city.country === country.iso3) {
		if (next === 'City' || next === 'city') {
			return [cityFound(city, m.start, view.end(m.to), PRIORITY.cityByContext)];
		}
		// Not "the capital of Kuwait": that is the country.
		const said = ['city', 'town'].some((w) => view.wordsAre(m.from - 2, [w, 'of']));
		const twice =
			view.text(m.to) === ',' && view.slice(m.to + 1, m.to + 1 + (m.to - m.from)) === text;
		if (said || twice) return [cityFound(city, m.start, m.end, PRIORITY.cityByContext)];
	}
	return [mention(m.end)];
}

function acceptCity(
	m: Match<'city'>,
	view: TokenView,
	context: PlaceContext,
	countriesAt: ReadonlyMap<number, string[]>,
	citiesEndingAt: ReadonlyMap<number, Match<'city'>>,
	gazetteer: Gazetteer
): boolean {
	const { city } = m.value;
	const single = m.to - m.from === 1;
	const name = view.slice(m.from, m.to);
	// "Most", "Nice", "Sale": names that are also English words. The word list also holds words
	// made from great cities ("vienna", "berlin", "paris"); a city of a million is itself.
	const wordy = single && isEnglishWord(name) && city.population < WORLD_CITY_POPULATION;
	const next = view.word(m.to);
	const previous = view.word(m.from - 1);

	if (context.dateline && m.start >= context.dateline[0] && m.end <= context.dateline[1])
		return true;
	const punctuation = view.text(m.to);
	const countryAfter =
		(punctuation === ',' || punctuation === '(') &&
		(countriesAt.get(m.to + 1) ?? []).includes(city.country ?? '');
	const named = ['city', 'town', 'village'].some((w) => view.wordsAre(m.from - 2, [w, 'of']));
	if (countryAfter || named || next === 'city') return true;
	// "Batken region", "the Rasht Valley": an area, not the city.
	if (next && (ADMIN_AREAS.has(next.toLowerCase()) || NATURAL_FEATURES.has(next))) return false;

	// "Jordan Henderson", "New Mexico", "Lake Victoria": the end of a longer proper name.
	if (
		previous &&
		view.spacedBefore(m.from) &&
		isCapitalised(previous) &&
		!mayPrecedePlace(previous, gazetteer)
	) {
		return false;
	}
	// Only by its main name: "Ivanova" is an alternate name of Ivanovo, and a surname.
	const prominent = city.population >= PROMINENT_POPULATION && !wordy && !m.value.alternate;
	if (prominent) return true;
	// "from Osh and Jalal-Abad": the next place of a list that a place opened.
	const listed = ['and', 'or', ','].includes(view.text(m.from - 1) ?? '')
		? citiesEndingAt.get(m.from - 1)
		: undefined;
	if (listed && acceptCity(listed, view, context, countriesAt, citiesEndingAt, gazetteer))
		return true;
	// "Mary Robinson", "Victoria Falls": a small or word-like name inside a longer proper name.
	if (single && next && isCapitalised(next) && view.spacedBefore(m.to)) return false;
	if (!previous) return false;
	if (wordy || m.value.alternate) {
		// "in Kiev on 5 May", "in Nice." but not "in Roma communities": a word that is also a
		// place must end the phrase.
		const after = view.text(m.to);
		if (
			after !== undefined &&
			isWord(after) &&
			!isCapitalised(after) &&
			!PLACE_FOLLOWERS.has(after)
		)
			return false;
		if (wordy) return city.population >= PROMINENT_POPULATION && STRICT_LOCATIVES.has(previous);
	}
	return LOCATIVES.has(previous);
}

/** "published in Russian", "in Tajik and Russian", "into Uzbek": the language, not the country. */
function isLanguage(view: TokenView, m: Match<'country'>, gazetteer: Gazetteer): boolean {
	const next = view.word(m.to);
	const listEnds = !next || next === 'and' || next === 'or';
	const previous = view.word(m.from - 1);
	if (previous === 'in' || previous === 'into') return listEnds;
	// The second of "in Tajik and Russian".
	if (previous !== 'and' && previous !== 'or') return false;
	const first = view.word(m.from - 2);
	const before = view.word(m.from - 3);
	return (
		first !== undefined &&
		gazetteer.countryByName.get(first)?.form === 'adjective' &&
		(before === 'in' || before === 'into')
	);
}

/** Capitalised words that may stand before a city's name: "In Osh", "Tajik Dushanbe", "OSCE". */
function mayPrecedePlace(word: string, gazetteer: Gazetteer): boolean {
	return (
		FUNCTION_WORDS.has(word) ||
		DIRECTIONS.has(word) ||
		isAllCaps(word) ||
		(gazetteer.countryByName.has(word) && !GIVEN_NAMES.has(word)) ||
		gazetteer.regions.some((r) => r.names.includes(word))
	);
}

function cityFound(city: City, start: number, end: number, priority: number): Found {
	return { kind: 'city', id: city.id, start, end, priority, entity: { kind: 'city', city } };
}

/** Words around a match, by token index; out of range gives undefined. */
class TokenView {
	constructor(readonly tokens: readonly Token[]) {}
	text(i: number): string | undefined {
		return this.tokens[i]?.text;
	}
	/** The token at i if it is a word. */
	word(i: number): string | undefined {
		const t = this.tokens[i]?.text;
		return t !== undefined && isWord(t) ? t : undefined;
	}
	end(i: number): number {
		return this.tokens[i]!.end;
	}
	spacedBefore(i: number): boolean {
		return this.tokens[i]?.spaced ?? false;
	}
	/** "Mr Jordan", "Mr. Jordan". */
	honorificBefore(i: number): boolean {
		const j = this.text(i - 1) === '.' ? i - 2 : i - 1;
		const word = this.word(j);
		return word !== undefined && HONORIFICS.has(word);
	}
	slice(from: number, to: number): string {
		return this.tokens
			.slice(Math.max(0, from), to)
			.map((t, j) => (j > 0 && t.spaced ? ' ' : '') + t.text)
			.join('');
	}
	/** Whether the tokens from i are `words` (case-insensitive). */
	wordsAre(i: number, words: readonly string[]): boolean {
		if (i < 0) return false;
		return words.every((w, j) => this.tokens[i + j]?.text.toLowerCase() === w);
	}
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
	const list = map.get(key);
	if (list) list.push(value);
	else map.set(key, [value]);
}

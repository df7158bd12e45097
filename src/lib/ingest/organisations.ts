/**
 * Organisations that no list can hold, found by the shape of their names:
 *
 * - OSCE field operations: "OSCE Centre in Astana", "the Organization’s Project Co-ordinator in
 *   Uzbekistan" (one id for both spellings of Co-ordinator, and for "OSCE"/"Organization’s");
 * - Red Cross and Red Crescent societies: "Kazakhstan Red Crescent Society", "Red Crescent
 *   Society of Tajikistan", "European Red Cross and Red Crescent Societies";
 * - institutions named by a head noun: "Ministry of Internal Affairs", "State Border Service",
 *   "Kyrgyz Ministry of Labour and Social Protection", with their acronym when the text defines
 *   one: "State Border Service (SBS)" makes every later "SBS" a mention.
 */

import type { Range } from '../model/types.ts';
import type { Gazetteer } from './gazetteer/index.ts';
import { PRIORITY, type Found } from './found.ts';
import { isAllCaps, isCapitalised, isWord, slugify, type Token } from './tokens.ts';

const OSCE_FIELD_OPERATION =
	/(?<![\p{L}])(OSCE|Organi[sz]ation['’]s)\s+(Centre|Center|Office|Mission|Presence|Project\s+Co-?ordinator|Programme\s+Office)\s+(in|to|at)\s+((?:\p{Lu}[\p{L}\p{M}'’-]*)(?:\s+\p{Lu}[\p{L}\p{M}'’-]*){0,3})/gu;
const NATIONAL_SOCIETY =
	/(?<![\p{L}])((?:\p{Lu}[\p{L}\p{M}'’-]*\s+){1,3})Red\s+(Cross|Crescent)\s+Society(?![\p{L}])/gu;
const SOCIETY_OF_COUNTRY =
	/(?<![\p{L}])Red\s+(Cross|Crescent)\s+Society\s+of\s+(?:the\s+)?((?:\p{Lu}[\p{L}\p{M}'’-]*)(?:\s+\p{Lu}[\p{L}\p{M}'’-]*){0,3})/gu;
const SOCIETIES_OF_REGION =
	/(?<![\p{L}])((?:\p{Lu}[\p{L}\p{M}'’-]*\s+){1,3})Red\s+Cross\s+and\s+Red\s+Crescent\s+Societies(?![\p{L}])/gu;

export function findPatternOrganisations(
	text: string,
	scope: Range,
	gazetteer: Gazetteer
): Found[] {
	const found: Found[] = [];
	const region = text.slice(0, scope[1]);
	const mentionsOsce = /OSCE|Security and Co-?operation in Europe/.test(text);

	for (const m of region.matchAll(OSCE_FIELD_OPERATION)) {
		if (m.index < scope[0]) continue;
		if (m[1] !== 'OSCE' && !mentionsOsce) continue;
		const place = longestPlace(m[4]!, gazetteer);
		if (!place) continue;
		const office = m[2]!
			.replace(/\s+/g, ' ')
			.replace(/Coordinator/, 'Co-ordinator')
			.replace('Center', 'Centre');
		const name = `OSCE ${office} ${m[3]} ${place.name}`;
		const end = m.index + m[0].length - (m[4]!.length - place.text.length);
		found.push(
			organisation({
				name,
				type: 'field-operation',
				country: place.country,
				start: m.index,
				end
			})
		);
	}

	for (const m of region.matchAll(NATIONAL_SOCIETY)) {
		// "the Kazakhstan Red Crescent Society": the words before must end with a country's name.
		const country = trailingCountry(m[1]!, gazetteer);
		if (!country) continue;
		const name = `${country.name} Red ${m[2]} Society`;
		const start = m.index + country.offset;
		found.push(
			organisation({
				name,
				type: 'national-society',
				country: country.iso3,
				start,
				end: m.index + m[0].length
			})
		);
	}

	for (const m of region.matchAll(SOCIETY_OF_COUNTRY)) {
		const place = longestPlace(m[2]!, gazetteer, 'country');
		if (!place) continue;
		const name = `${place.name} Red ${m[1]} Society`;
		const end = m.index + m[0].length - (m[2]!.length - place.text.length);
		found.push(
			organisation({
				name,
				type: 'national-society',
				country: place.country,
				start: m.index,
				end
			})
		);
	}

	for (const m of region.matchAll(SOCIETIES_OF_REGION)) {
		const name = m[0].replace(/\s+/g, ' ');
		found.push(
			organisation({
				name,
				type: 'movement',
				country: null,
				start: m.index,
				end: m.index + m[0].length
			})
		);
	}
	return found.filter((f) => f.start >= scope[0]);
}

/** The longest leading run of `words` that names a country (or a city): its text and facts. */
function longestPlace(
	words: string,
	gazetteer: Gazetteer,
	only?: 'country'
): { text: string; name: string; country: string | null } | null {
	const parts = wordsOf(words);
	for (let n = parts.length; n > 0; n--) {
		const text = words.slice(0, parts[n - 1]!.end);
		const key = parts
			.slice(0, n)
			.map((p) => p.text)
			.join(' ');
		const country = gazetteer.countryByName.get(key);
		if (country?.form === 'name')
			return { text, name: country.country.name, country: country.country.iso3 };
		const city = only ? undefined : gazetteer.cityByName.get(key);
		if (city) return { text, name: city.name, country: city.country };
	}
	return null;
}

/** The country named by the last one to three words of `words`, and where that name starts. */
function trailingCountry(
	words: string,
	gazetteer: Gazetteer
): { offset: number; name: string; iso3: string } | null {
	const parts = wordsOf(words);
	for (let n = Math.min(parts.length, 3); n > 0; n--) {
		const tail = parts.slice(parts.length - n);
		const country = gazetteer.countryByName.get(tail.map((p) => p.text).join(' '));
		if (country)
			return { offset: tail[0]!.start, name: country.country.name, iso3: country.country.iso3 };
	}
	return null;
}

function wordsOf(text: string): { text: string; start: number; end: number }[] {
	return [...text.matchAll(/\S+/g)].map((m) => ({
		text: m[0],
		start: m.index,
		end: m.index + m[0].length
	}));
}

/** A mention of an organisation found by pattern; its id is a slug of its normalised name. */
function organisation(o: {
	name: string;
	type: string;
	country: string | null;
	start: number;
	end: number;
}): Found {
	return {
		kind: 'organisation',
		id: slugify(o.name),
		start: o.start,
		end: o.end,
		priority: PRIORITY.patternOrganisation,
		entity: { kind: 'organisation', name: o.name, acronym: null, type: o.type, country: o.country }
	};
}

// ---- Institutions by head noun ------------------------------------------------------------------

/** Nouns that head the name of an institution (singular: "National Societies" is a class). */
const HEADS = new Set([
	'Ministry',
	'Agency',
	'Committee',
	'Commission',
	'Council',
	'Office',
	'Department',
	'Directorate',
	'Service',
	'Court',
	'Procuracy',
	'Centre',
	'Center',
	'Institute',
	'Academy',
	'University',
	'Foundation',
	'Association',
	'Union',
	'Network',
	'Coalition',
	'Alliance',
	'Society',
	'Federation',
	'Organization',
	'Organisation',
	'Fund',
	'Programme',
	'Bureau',
	'Unit',
	'Mission',
	'Embassy',
	'Parliament',
	'Assembly',
	'Secretariat',
	'Police',
	'Guard',
	'Authority',
	'Inspectorate',
	'Bank',
	'Chamber',
	'Senate',
	'Majilis',
	'Majlis'
]);
/** Capitalised words that never open an institution's name (sentence openers, articles). */
const NOT_A_MODIFIER = new Set([
	'The',
	'A',
	'An',
	'This',
	'That',
	'These',
	'Those',
	'Its',
	'Their',
	'Our',
	'His',
	'Her',
	'In',
	'On',
	'At',
	'By',
	'For',
	'From',
	'With',
	'And',
	'Of',
	'To',
	'As',
	'During',
	'After',
	'Before',
	'Under',
	'Both',
	'Each',
	'Every',
	'Many',
	'Some',
	'Several',
	'All',
	'Other',
	'Such',
	'While',
	'When',
	'Contribution'
]);
const COMPLEMENT_OPENERS = new Set(['of', 'for', 'on', 'against']);
const INNER_CONNECTORS = new Set(['and', 'of', 'for', 'on', 'the', 'against', '&']);

/**
 * Capitalised phrases headed by an institutional noun, with their "of ..." complement:
 * "Ministry of Internal Affairs of the Republic of Kazakhstan". A head alone ("the Office") or a
 * phrase in a title-case line ("Workshop On Border Police Co-operation") is not taken.
 */
export function findInstitutions(
	text: string,
	tokens: readonly Token[],
	gazetteer: Gazetteer
): Found[] {
	const found: Found[] = [];
	const titleCase = titleCaseLines(text, tokens);
	for (let i = 0; i < tokens.length; i++) {
		if (!HEADS.has(tokens[i]!.text) || titleCase(i)) continue;
		let first = i;
		while (first > 0 && isModifier(tokens, first - 1)) first--;
		if (tokens[first]!.text === '-') first++;
		let last = i;
		const opener = tokens[i + 1];
		if (opener && COMPLEMENT_OPENERS.has(opener.text) && opener.spaced) {
			let j = i + 2;
			if (tokens[j]?.text === 'the') j++;
			if (isNameWord(tokens[j])) {
				last = j;
				for (let k = j + 1; k < tokens.length; k++) {
					const t = tokens[k]!;
					if (
						isNameWord(t) ||
						(t.text === '-' && !t.spaced && isNameWord(tokens[k + 1]) && !tokens[k + 1]!.spaced)
					) {
						if (isNameWord(t)) last = k;
						continue;
					}
					// "Ministry of Justice and IOM", "... and the OSCE": a second organisation.
					const following = tokens[k + 1];
					if (INNER_CONNECTORS.has(t.text) && t.spaced && following && !isAllCaps(following.text)) {
						if (!(
							t.text === 'and' &&
							(following.text === 'the' || gazetteer.countryByName.has(following.text))
						))
							continue;
					}
					break;
				}
			}
		}
		if (first === i && last === i) continue;
		const start = tokens[first]!.start;
		const end = tokens[last]!.end;
		const name = text.slice(start, end).replace(/\s+/g, ' ');
		found.push({
			kind: 'organisation',
			id: slugify(name),
			start,
			end,
			priority: PRIORITY.genericOrganisation,
			entity: {
				kind: 'organisation',
				name,
				acronym: null,
				type: null,
				country: countryIn(name, gazetteer)
			}
		});
	}
	return found;
}

/** A capitalised word that may precede a head noun: "State" in "State Border Service". */
function isModifier(tokens: readonly Token[], i: number): boolean {
	const t = tokens[i]!;
	const after = tokens[i + 1]!;
	if (!after.spaced && t.text === '-') return i > 0 && isNameWord(tokens[i - 1]) && !t.spaced;
	if (!after.spaced && after.text !== '-') return false;
	return isNameWord(t) && !NOT_A_MODIFIER.has(t.text);
}

function isNameWord(t: Token | undefined): boolean {
	return !!t && isWord(t.text) && isCapitalised(t.text) && !NOT_A_MODIFIER.has(t.text);
}

function countryIn(name: string, gazetteer: Gazetteer): string | null {
	const words = name.split(/[\s-]+/);
	for (let n = 3; n > 0; n--) {
		for (let i = 0; i + n <= words.length; i++) {
			const c = gazetteer.countryByName.get(words.slice(i, i + n).join(' '));
			if (c) return c.country.iso3;
		}
	}
	return null;
}

/** Whether token i lies on a line where nearly every long word is capitalised (a headline). */
function titleCaseLines(text: string, tokens: readonly Token[]): (i: number) => boolean {
	const verdict = new Map<number, boolean>();
	return (i: number) => {
		const at = tokens[i]!.start;
		const lineStart = text.lastIndexOf('\n', at) + 1;
		let known = verdict.get(lineStart);
		if (known === undefined) {
			const lineEnd = text.indexOf('\n', at) === -1 ? text.length : text.indexOf('\n', at);
			const words = text.slice(lineStart, lineEnd).match(/\p{L}{4,}/gu) ?? [];
			const capitalised = words.filter((w) => isCapitalised(w)).length;
			known = words.length >= 6 && capitalised / words.length > 0.8;
			verdict.set(lineStart, known);
		}
		return known;
	};
}

// ---- Acronyms the text defines ----------------------------------------------------------------

/**
 * "State Border Service (SBS)": every other "SBS" in the text is that organisation. Only for
 * organisations found in the text, and acronyms of two to eight capitals.
 */
export function findDefinedAcronyms(
	text: string,
	scope: Range,
	organisations: readonly Found[]
): Found[] {
	const found: Found[] = [];
	for (const o of organisations) {
		if (o.kind !== 'organisation' || o.entity.kind !== 'organisation') continue;
		const m = /^\s*\(([\p{Lu}][\p{Lu}\p{Ll}.&-]{1,7})\)/u.exec(text.slice(o.end, o.end + 14));
		if (
			!m ||
			!isAllCaps(m[1]!.replace(/[.&-]/g, '')) ||
			m[1]!.replace(/[^\p{Lu}]/gu, '').length < 2
		)
			continue;
		const acronym = m[1]!;
		const entity = { ...o.entity, acronym };
		for (
			let at = text.indexOf(acronym, scope[0]);
			at !== -1 && at + acronym.length <= scope[1];
			at = text.indexOf(acronym, at + 1)
		) {
			const before = text[at - 1] ?? ' ';
			const after = text[at + acronym.length] ?? ' ';
			if (/[\p{L}\p{N}]/u.test(before) || /[\p{L}\p{N}]/u.test(after)) continue;
			found.push({
				kind: 'organisation',
				id: o.id,
				start: at,
				end: at + acronym.length,
				priority: PRIORITY.acronym,
				entity
			});
		}
	}
	return found;
}

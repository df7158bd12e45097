/**
 * People, proposed only where the text itself says that a name is a person's:
 *
 * - after a title or honorific: "Ambassador Istvan Venczel", "Mr Kadyrbaev", "Dr. Anna Ivanova";
 * - with a verb of speech: "said Ruth Pojman", "Ruth Pojman said", "the Minister, Gheorghe
 *   Papuc, said";
 * - with a role in apposition: "Vadim Kadyrbaev, Federation Representative".
 *
 * The name is two to four capitalised words (one after Mr, Ms, Dr), none of them a place, a month
 * or a sentence opener. Without a title, at least one word must not be an English word, so that
 * "Special Representative" or "Human Rights" is never a person. Later mentions of the full name,
 * and of a distinctive surname, are mentions of the same person.
 */

import type { Range } from '../model/types.ts';
import { MONTH_NAMES } from '../model/edtf.ts';
import { isWholeWord, occurrences } from '../model/text-search.ts';
import { isEnglishWord } from './gazetteer/english-words.ts';
import type { Gazetteer } from './gazetteer/index.ts';
import { PRIORITY, type Found } from './found.ts';
import { slugify } from './tokens.ts';

const HONORIFICS = ['Mr', 'Mrs', 'Ms', 'Miss', 'Dr', 'Prof', 'Mme', 'Sir', 'Dame', 'Madam'];
const TITLES = [
	'Ambassador',
	'Minister',
	'Deputy Minister',
	'Prime Minister',
	'Foreign Minister',
	'President',
	'Vice President',
	'Vice-President',
	'Chairman',
	'Chairwoman',
	'Chairperson',
	'Director',
	'Director General',
	'Director-General',
	'Secretary General',
	'Secretary-General',
	'General',
	'Colonel',
	'Lieutenant Colonel',
	'Major General',
	'Judge',
	'Senator',
	'Professor',
	'Commissioner',
	'Governor',
	'Mayor',
	'Sheikh',
	'Father',
	'Archbishop',
	'Bishop'
];
const SPEECH_VERBS =
	'said|says|stated|states|added|noted|explained|stressed|emphasized|emphasised|underlined|underscored|told|announced|remarked|highlighted|concluded|observed|recalled|warned';
/** Nouns of a role, in an apposition after a name: "Ruth Pojman, Deputy Co-ordinator". */
const ROLE_NOUNS =
	'Spokesperson|Spokesman|Spokeswoman|Representative|President|Director|Co-ordinator|Coordinator|Minister|Head|Chief|Chairman|Chairwoman|Chairperson|Chair|Ambassador|Secretary|Officer|Adviser|Advisor|Expert|Commissioner|Spokesperson|Spokesman|Spokeswoman|Manager|Professor|Deputy|Prosecutor|Judge|Rapporteur|Counsellor|Consultant|Envoy|Governor|Mayor|Member|Leader|Founder|Researcher|Specialist|Lawyer|Attorney|Journalist|Officer'
		.split('|')
		.map((noun) => `[${noun[0]}${noun[0]!.toLowerCase()}]${noun.slice(1)}`)
		.join('|');

const PARTICLE = '(?:van|von|de|del|della|der|da|di|du|le|la|al|el|bin|ibn|ter)';
const NAME_WORD = "\\p{Lu}[\\p{Ll}\\p{M}]+(?:['’-]\\p{Lu}?[\\p{Ll}\\p{M}]+)*";
const INITIAL = '\\p{Lu}\\.';
/** Two to four words (initials and particles allowed inside). */
const FULL_NAME = `${NAME_WORD}(?:\\s+(?:${PARTICLE}\\s+)?(?:${NAME_WORD}|${INITIAL})){0,2}\\s+(?:${PARTICLE}\\s+)?${NAME_WORD}`;
const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';

const alternatives = (words: string[]) =>
	[...words]
		.sort((a, b) => b.length - a.length)
		.map((w) => w.replace(/\./g, '\\.'))
		.join('|');

const AFTER_HONORIFIC = new RegExp(
	`${B}(?:${alternatives(HONORIFICS)})\\.?\\s+(?<name>${FULL_NAME}|${NAME_WORD})${E}`,
	'gu'
);
const AFTER_TITLE = new RegExp(
	`${B}(?:${alternatives(TITLES)})\\s+(?<name>${FULL_NAME})${E}`,
	'gu'
);
/** "Ruth Pojman said", "the Minister, Gheorghe Papuc, said". */
const BEFORE_SPEECH = new RegExp(`${B}(?<name>${FULL_NAME}),?\\s+(?:${SPEECH_VERBS})${E}`, 'gu');
const AFTER_SPEECH = new RegExp(
	`${B}(?:${SPEECH_VERBS}|according to)\\s+(?<name>${FULL_NAME})(?=\\s*[,.;:)"”]|\\s+(?:who|of|from)${E})`,
	'gu'
);
const APPOSITION = new RegExp(
	`${B}(?<name>${FULL_NAME}),\\s+(?:(?:the|a|an)\\s+)?(?:[\\p{L}-]+\\s+){0,4}?(?:${ROLE_NOUNS})${E}`,
	'gu'
);

const MONTHS = new Set(MONTH_NAMES);
const WEEKDAYS = new Set([
	'Monday',
	'Tuesday',
	'Wednesday',
	'Thursday',
	'Friday',
	'Saturday',
	'Sunday'
]);
const OPENERS = new Set([
	'The',
	'This',
	'That',
	'These',
	'Those',
	'In',
	'On',
	'At',
	'For',
	'From',
	'With',
	'By',
	'As',
	'It',
	'He',
	'She',
	'They',
	'We',
	'Our',
	'Their',
	'His',
	'Her',
	'Its',
	'And',
	'But',
	'Or',
	'If',
	'When',
	'While',
	'After',
	'Before',
	'During',
	'Under',
	'Since',
	'Also',
	'Both',
	'All',
	'Each',
	'Many',
	'Some',
	'Participants',
	'Contribution'
]);
const TITLE_WORDS = new Set([
	...HONORIFICS,
	...TITLES.flatMap((t) => t.split(/[\s-]/)),
	'Deputy',
	'Head',
	'Chief'
]);

export function findPersons(text: string, scope: Range, gazetteer: Gazetteer): Found[] {
	const region = text.slice(0, scope[1]);
	const names = new Map<string, { start: number; end: number }[]>();
	const propose = (pattern: RegExp, titled: boolean) => {
		for (const m of region.matchAll(pattern)) {
			const raw = m.groups!.name!;
			const offset = m.index + m[0].indexOf(raw);
			// "Centre Director Ruth Pojman said": the longest plausible tail is the name.
			const name = tails(raw).find((tail) => plausibleName(tail, titled, gazetteer));
			if (!name) continue;
			const start = offset + raw.length - name.length;
			if (start < scope[0]) continue;
			const list = names.get(name) ?? [];
			list.push({ start, end: start + name.length });
			names.set(name, list);
		}
	};
	propose(AFTER_HONORIFIC, true);
	propose(AFTER_TITLE, true);
	propose(BEFORE_SPEECH, false);
	propose(AFTER_SPEECH, false);
	propose(APPOSITION, false);

	const found: Found[] = [];
	for (const [name, places] of names) {
		const id = slugify(name);
		const person = (start: number, end: number): Found => ({
			kind: 'person',
			id,
			start,
			end,
			priority: PRIORITY.person,
			entity: { kind: 'person', name }
		});
		if (!name.includes(' ')) {
			// "Mr Jordan": only where the honorific says so; elsewhere "Jordan" is the country.
			for (const p of places) found.push(person(p.start, p.end));
			continue;
		}
		// Every occurrence of the full name, and of a distinctive surname ("Venczel").
		const forms = [name];
		const surname = name.split(/\s+/).at(-1)!;
		if (distinctive(surname, gazetteer)) forms.push(surname);
		for (const form of forms) {
			for (const at of occurrences(region, form)) {
				if (at >= scope[0] && isWholeWord(region, at, at + form.length))
					found.push(person(at, at + form.length));
			}
		}
	}
	return found;
}

/** "Ambassador Istvan Venczel", "Istvan Venczel", "Venczel": the name without leading words. */
function tails(name: string): string[] {
	const starts = [...name.matchAll(/\S+/g)].map((m) => m.index);
	return starts.map((at) => name.slice(at));
}

function plausibleName(name: string, titled: boolean, gazetteer: Gazetteer): boolean {
	const words = name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
	if (words.length === 0 || (!titled && words.length < 2)) return false;
	for (const w of words) {
		if (OPENERS.has(w) || MONTHS.has(w) || WEEKDAYS.has(w) || TITLE_WORDS.has(w)) return false;
		if (
			gazetteer.countryByName.has(w) &&
			!['Chad', 'Jordan', 'Georgia', 'India', 'Israel'].includes(w)
		)
			return false;
		const city = gazetteer.cityByName.get(w);
		if (city && city.name === w && city.population >= 100_000 && !isEnglishWord(w)) return false;
		if (gazetteer.regions.some((r) => r.names.includes(w))) return false;
	}
	if (words.some((w) => gazetteer.organisations.some((o) => o.names.includes(w)))) return false;
	return titled || words.some((w) => !isEnglishWord(w.replace(/['’-].*$/, '')));
}

/** A surname that means the person on its own: not a word, not a place, at least four letters. */
function distinctive(surname: string, gazetteer: Gazetteer): boolean {
	return (
		surname.length >= 4 &&
		!isEnglishWord(surname) &&
		!gazetteer.countryByName.has(surname) &&
		!gazetteer.cityByName.has(surname)
	);
}

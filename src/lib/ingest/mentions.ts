/**
 * Everything a document mentions, from the title and dateline to the end of the body: the
 * proposals of every finder (gazetteer names in context, organisation patterns, people), settled
 * so that no two mentions overlap, and the gazetteer facts about each mentioned id.
 */

import type { Range } from '../model/types.ts';
import { settleOverlaps, type Found } from './found.ts';
import type { Gazetteer } from './gazetteer/index.ts';
import {
	findDefinedAcronyms,
	findInstitutions,
	findPatternOrganisations
} from './organisations.ts';
import { findPersons } from './persons.ts';
import { findGazetteerNames } from './places.ts';
import { tokenize } from './tokens.ts';
import type { IngestedGazetteer, IngestedMention } from './types.ts';

export interface MentionScope {
	/** Mentions are looked for in [0, scope[1]): the header and the body, not trailing chrome. */
	scope: Range;
	dateline: Range | null;
}

export function findMentions(
	text: string,
	{ scope, dateline }: MentionScope,
	gazetteer: Gazetteer
): { mentions: IngestedMention[]; found: Found[]; gazetteer: IngestedGazetteer } {
	const tokens = tokenize(text, scope[0], scope[1]);
	const proposals: Found[] = [
		...findGazetteerNames(tokens, gazetteer, { dateline, text }),
		...findPatternOrganisations(text, scope, gazetteer),
		...findInstitutions(text, tokens, gazetteer),
		...findPersons(text, scope, gazetteer)
	];
	let settled = settleOverlaps(proposals);
	const acronyms = findDefinedAcronyms(text, scope, settled);
	if (acronyms.length) settled = settleOverlaps([...settled, ...acronyms]);
	const mentions = settled.map((f) => ({
		kind: f.kind,
		id: f.id,
		start: f.start,
		end: f.end,
		text: text.slice(f.start, f.end)
	}));
	return { mentions, found: settled, gazetteer: describe(settled, text) };
}

/** The gazetteer facts of each mentioned id, with the words the text uses for it. */
function describe(found: readonly Found[], text: string): IngestedGazetteer {
	const out: IngestedGazetteer = {
		countries: [],
		cities: [],
		regions: [],
		organisations: [],
		people: []
	};
	const seen = new Map<string, { names: string[]; acronym?: string | null }>();
	for (const f of found) {
		const key = `${f.kind}:${f.id}`;
		const words = text.slice(f.start, f.end).replace(/\s+/g, ' ');
		const known = seen.get(key);
		if (known) {
			if (!known.names.includes(words)) known.names.push(words);
			// "State Border Service (SBS)": the acronym is learnt after the name was met.
			if (f.entity.kind === 'organisation' && known.acronym === null)
				known.acronym = f.entity.acronym;
			continue;
		}
		const e = f.entity;
		const names = [words];
		switch (e.kind) {
			case 'country':
				out.countries.push({ id: f.id, name: e.country.name, names });
				break;
			case 'city':
				out.cities.push({
					id: f.id,
					name: e.city.name,
					country: e.city.country,
					coordinates: e.city.coordinates,
					geonameId: e.city.geonameId,
					names
				});
				break;
			case 'region':
				out.regions.push({ id: f.id, name: e.region.name, members: e.region.members, names });
				break;
			case 'organisation': {
				const entry = {
					id: f.id,
					name: e.name,
					acronym: e.acronym,
					kind: e.type,
					country: e.country,
					names
				};
				out.organisations.push(entry);
				seen.set(key, entry);
				continue;
			}
			case 'person':
				out.people.push({ id: f.id, name: e.name, names });
				break;
		}
		seen.set(key, { names });
	}
	return out;
}

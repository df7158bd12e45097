/**
 * A mention as the finders propose it, before overlaps are settled: with a priority for ties and
 * what the gazetteer knows about it (for the document's `gazetteer` section).
 */

import type { MentionKind } from '../model/types.ts';
import type { City, Country, Region } from './gazetteer/index.ts';

export type Entity =
	| { kind: 'country'; country: Country }
	| { kind: 'city'; city: City }
	| { kind: 'region'; region: Region }
	| {
			kind: 'organisation';
			name: string;
			acronym: string | null;
			type: string | null;
			country: string | null;
	  }
	| { kind: 'person'; name: string };

export interface Found {
	kind: MentionKind;
	id: string;
	start: number;
	end: number;
	/** Breaks ties between proposals of the same span: see PRIORITY. */
	priority: number;
	entity: Entity;
}

/**
 * Where two proposals cover exactly the same words: a known organisation over a country
 * ("European Union" is not Europe), a country over a region or a city ("Djibouti" is the
 * country unless the text says "the city of"), a pattern over the generic organisation finder.
 */
export const PRIORITY = {
	cityByContext: 9,
	knownOrganisation: 8,
	country: 7,
	region: 6,
	person: 5,
	patternOrganisation: 4,
	acronym: 3,
	genericOrganisation: 2,
	city: 1
} as const;

/**
 * Keeps the leftmost proposal, then the longest, then the one of highest priority, and drops
 * whatever overlaps a kept one ("Kazakhstan Red Crescent Society" over "Kazakhstan").
 */
export function settleOverlaps(found: readonly Found[]): Found[] {
	const sorted = [...found].sort(
		(a, b) => a.start - b.start || b.end - a.end || b.priority - a.priority
	);
	const kept: Found[] = [];
	let reach = -1;
	for (const f of sorted) {
		if (f.start < reach) continue;
		kept.push(f);
		reach = f.end;
	}
	return kept;
}

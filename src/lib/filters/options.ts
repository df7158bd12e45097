/** The options each filter offers: only what some event involves, in a readable order. */

import type { AtlasIndex } from '../model/atlas-index';

export type FacetKey = 'countries' | 'orgs' | 'kinds' | 'sources';

export interface FilterOption {
	id: string;
	name: string;
}

const byName = (a: FilterOption, b: FilterOption) => a.name.localeCompare(b.name, 'en');

export function filterOptions(index: AtlasIndex): Record<FacetKey, FilterOption[]> {
	// From the index's posting lists: no pass over the events (100,000 at scale).
	const countries = index.usedValues('countries');
	const orgs = index.usedValues('orgs');
	const sources = new Set(index.usedValues('sources'));
	return {
		countries: countries
			.map((id) => ({ id, name: index.placeById.get(id)?.name ?? id }))
			.sort(byName),
		orgs: orgs
			.map((id) => {
				const o = index.organisationById.get(id);
				return { id, name: o ? (o.acronym ? `${o.name} (${o.acronym})` : o.name) : id };
			})
			.sort(byName),
		kinds: index.kinds.map((id) => ({ id, name: id })),
		sources: index.atlas.sources
			.filter((s) => sources.has(s.id))
			.map((s) => ({ id: s.id, name: s.title }))
	};
}

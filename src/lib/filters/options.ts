/** The options each filter offers: only what some event involves, in a readable order. */

import type { AtlasIndex } from '../model/atlas-index';

export type FacetKey = 'countries' | 'orgs' | 'kinds' | 'sources';

export interface FilterOption {
	id: string;
	name: string;
}

const byName = (a: FilterOption, b: FilterOption) => a.name.localeCompare(b.name, 'en');

export function filterOptions(index: AtlasIndex): Record<FacetKey, FilterOption[]> {
	const countries = new Set<string>();
	const orgs = new Set<string>();
	for (const e of index.events) {
		for (const c of e.countries) countries.add(c);
		for (const o of e.organisations) orgs.add(o);
	}
	return {
		countries: [...countries]
			.map((id) => ({ id, name: index.placeById.get(id)?.name ?? id }))
			.sort(byName),
		orgs: [...orgs]
			.map((id) => {
				const o = index.organisationById.get(id);
				return { id, name: o ? (o.acronym ? `${o.name} (${o.acronym})` : o.name) : id };
			})
			.sort(byName),
		kinds: index.kinds.map((id) => ({ id, name: id })),
		sources: index.atlas.sources
			.filter((s) => index.events.some((e) => e.sources.includes(s.id)))
			.map((s) => ({ id: s.id, name: s.title }))
	};
}

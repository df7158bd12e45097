/**
 * Regions: the continents and sub-regions of the world-countries package ("Europe", "Central
 * Asia"), with their members, and the adjectives formed from them ("Central Asian", "European");
 * plus the few political regions that texts of this field name and the package lacks.
 */

import { slugify } from '../tokens.ts';
import type { Country } from './countries.ts';

export interface Region {
	id: string;
	name: string;
	/** ISO alpha-3 members, or null where membership is a matter of definition ("Middle East"). */
	members: string[] | null;
	names: string[];
}

/** Regions the package does not define, with other spellings of its own sub-regions. */
const EXTRA_REGIONS: readonly { name: string; names: string[]; members?: string[] }[] = [
	{ name: 'South Caucasus', names: ['Southern Caucasus'], members: ['ARM', 'AZE', 'GEO'] },
	{ name: 'Caucasus', names: [] },
	{ name: 'Middle East', names: [] },
	{ name: 'Balkans', names: [] },
	{ name: 'Western Balkans', names: [] },
	{ name: 'Eurasia', names: ['Eurasian'] },
	{ name: 'Scandinavia', names: ['Scandinavian'] },
	{ name: 'Baltic States', names: ['Baltic states'] }
];

const SPELLINGS: Readonly<Record<string, readonly string[]>> = {
	'Southeast Europe': [
		'South-East Europe',
		'South East Europe',
		'South-Eastern Europe',
		'South Eastern Europe'
	],
	'South-Eastern Asia': ['South-East Asia', 'Southeast Asia', 'South East Asia'],
	'Eastern Asia': ['East Asia'],
	'Southern Asia': ['South Asia']
};

export function buildRegions(countries: readonly Country[]): Region[] {
	const members = new Map<string, Set<string>>();
	for (const c of countries) {
		for (const name of [c.region, c.subregion]) {
			// "Australia and New Zealand" would swallow the two countries' names.
			if (!name || name.includes(' and ')) continue;
			if (!members.has(name)) members.set(name, new Set());
			members.get(name)!.add(c.iso3);
		}
	}
	const regions: Region[] = [];
	for (const [name, set] of members) {
		const names = [name, ...(SPELLINGS[name] ?? [])];
		regions.push({
			id: slugify(name),
			name,
			members: [...set].sort(),
			names: [...names, ...names.map(adjective).filter((a): a is string => a !== null)]
		});
	}
	for (const extra of EXTRA_REGIONS) {
		regions.push({
			id: slugify(extra.name),
			name: extra.name,
			members: extra.members ?? null,
			names: [extra.name, ...extra.names]
		});
	}
	return regions;
}

/**
 * "Central Asia" → "Central Asian", "Europe" → "European". None for "Americas" ("American" is the
 * United States) or the Antarctic.
 */
function adjective(name: string): string | null {
	if (/a$/.test(name)) return `${name}n`;
	if (/Europe$/.test(name)) return `${name}an`;
	return null;
}

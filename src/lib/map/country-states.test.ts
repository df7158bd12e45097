import { beforeAll, describe, expect, it } from 'vitest';
import { buildIndex, type AtlasIndex } from '../model/atlas-index';
import { filterEvents, NO_CRITERIA } from '../model/filter';
import { curatedAtlas } from '../test/curated';
import {
	byFeature,
	diamondCountries,
	dimmedCountries,
	selectionRoles,
	shadeByCountry
} from './country-states';
import { FeatureStates, syncKey, type StateTarget } from './feature-states';
import { maxCount, shadeClasses } from './shading';
import { SELECTION_ROLE } from './style';
import { buildVenues, tallyVenues } from './venues';

let index: AtlasIndex;
beforeAll(async () => {
	index = buildIndex(await curatedAtlas());
});

const WORKSHOP_COUNTRIES = [
	'KAZ',
	'KGZ',
	'TJK',
	'TKM',
	'UZB',
	'RUS',
	'ISR',
	'THA',
	'TUR',
	'ARE',
	'USA'
];

describe('selectionRoles', () => {
	it('gives the workshop its 11 participating countries and Norway, Norway as funder', () => {
		const roles = selectionRoles(index.eventById.get('osce-workshop-uzbekistan-2008')!);
		expect([...roles.keys()].sort()).toEqual([...WORKSHOP_COUNTRIES, 'NOR'].sort());
		expect(roles.get('NOR')).toBe(SELECTION_ROLE.funder);
		expect(roles.get('UZB')).toBe(SELECTION_ROLE.venue);
		for (const c of WORKSHOP_COUNTRIES.filter((c) => c !== 'UZB'))
			expect(roles.get(c)).toBe(SELECTION_ROLE.participant);
	});

	it('gives nothing when nothing is selected', () => {
		expect(selectionRoles(null).size).toBe(0);
	});

	it('steps back every other country while an event is selected, and none otherwise', () => {
		const roles = selectionRoles(index.eventById.get('aect-special-meeting-vienna-2008')!);
		const all = ['AUT', 'KAZ', 'FRA', 'UZB'];
		expect([...dimmedCountries(all, roles, true).keys()]).toEqual(['FRA', 'UZB']);
		expect(dimmedCountries(all, new Map(), false).size).toBe(0);
	});
});

describe('shading of the seed', () => {
	it('shades the countries of the events in view by their count', () => {
		const result = filterEvents(index, NO_CRITERIA);
		const classes = shadeClasses(maxCount(result.countsBy('countries')));
		const shade = shadeByCountry(result.countsBy('countries'), classes);
		expect(shade.get('KAZ')).toBe(2); // the workshop and the Vienna meeting
		expect(shade.get('TUR')).toBe(2); // Istanbul and the workshop
		expect(shade.get('NOR')).toBe(1);
		expect(shade.has('FRA')).toBe(false);
	});

	it('outlines Uzbekistan, which holds the workshop’s diamond', () => {
		const venues = buildVenues(index);
		const result = filterEvents(index, NO_CRITERIA);
		const marked = diamondCountries(tallyVenues(result, index.events, venues), venues);
		expect([...marked.keys()]).toEqual(['UZB']);
	});
});

describe('feature-state writes', () => {
	function recorder() {
		const writes: [number, Record<string, unknown>][] = [];
		const target: StateTarget = {
			setFeatureState: (f, s) => void writes.push([f.id, s]),
			removeFeatureState: () => void writes.splice(0)
		};
		return { writes, target };
	}

	it('writes only what changed, and clears what is no longer there', () => {
		const { writes, target } = recorder();
		const states = new FeatureStates('countries');
		syncKey(
			states,
			target,
			'c',
			new Map([
				[1, 2],
				[2, 1]
			]),
			0
		);
		expect(writes).toEqual([
			[1, { c: 2 }],
			[2, { c: 1 }]
		]);
		writes.length = 0;
		syncKey(
			states,
			target,
			'c',
			new Map([
				[1, 2],
				[3, 1]
			]),
			0
		);
		expect(writes).toEqual([
			[2, { c: 0 }],
			[3, { c: 1 }]
		]);
		writes.length = 0;
		syncKey(
			states,
			target,
			'c',
			new Map([
				[1, 2],
				[3, 1]
			]),
			0
		);
		expect(writes).toEqual([]);
	});

	it('spreads a country’s value over all its features', () => {
		const ids = new Map([
			['AUS', [4, 5]],
			['NZL', [6]]
		]);
		expect([...byFeature(new Map([['AUS', 1]]), ids)]).toEqual([
			[4, 1],
			[5, 1]
		]);
	});
});

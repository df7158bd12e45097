import { beforeAll, describe, expect, it } from 'vitest';
import { buildIndex, type AtlasIndex } from '../model/atlas-index';
import { dayNumber } from '../model/edtf';
import { filterEvents, NO_CRITERIA } from '../model/filter';
import type { Atlas, AtlasEvent } from '../model/types';
import { curatedAtlas } from '../test/curated';
import { buildVenues, changed, tallyVenues, venueFeatures } from './venues';

let atlas: Atlas;
let index: AtlasIndex;
beforeAll(async () => {
	atlas = await curatedAtlas();
	index = buildIndex(atlas);
});

describe('buildVenues', () => {
	it('gives the seed’s three placed events three venues, and none to the unstated one', () => {
		const v = buildVenues(index);
		expect(v.venues.map((x) => [x.place, x.precision])).toEqual([
			['istanbul', 'city'],
			['UZB', 'country'],
			['vienna', 'city']
		]);
		const unstated = index.eventById.get(
			'red-cross-red-crescent-30th-international-conference-2007'
		)!;
		expect(v.venueOf[unstated.order]).toBe(-1);
	});

	it('puts events at the same place on one venue (one mark that counts them)', () => {
		const vienna = atlas.events.find((e) => e.place === 'vienna')!;
		const copies: AtlasEvent[] = [1, 2, 3].map((i) => ({ ...vienna, id: `${vienna.id}-${i}` }));
		const bigger = buildIndex({ ...atlas, events: [...atlas.events, ...copies] });
		const v = buildVenues(bigger);
		expect(v.venues).toHaveLength(3);
		const tally = tallyVenues(filterEvents(bigger, NO_CRITERIA), bigger.events, v);
		const id = v.byPlace.get('vienna')!;
		expect(tally.total[id]).toBe(4);
		expect(tally.byVenue.get(id)!.map((e) => e.event.id)).toContain(`${vienna.id}-2`);
	});

	it('marks a country-precision venue at the country’s representative point, never a city', () => {
		const v = buildVenues(index);
		const uzb = v.venues.find((x) => x.place === 'UZB')!;
		expect(uzb.point).toEqual(index.placeById.get('UZB')!.point);
		const features = venueFeatures(v);
		expect(features.features.find((f) => f.properties.place === 'UZB')!.properties.precision).toBe(
			'country'
		);
		expect(features.features.map((f) => f.id)).toEqual([0, 1, 2]);
	});
});

describe('tallyVenues', () => {
	it('counts events in view per venue, certain apart from possible, and lists the unplaced', () => {
		const v = buildVenues(index);
		// A window from June 2007: the 2007 conference (year only) is only possibly inside.
		const result = filterEvents(index, {
			...NO_CRITERIA,
			window: [dayNumber(2007, 6, 1), dayNumber(2008, 12, 31)]
		});
		const tally = tallyVenues(result, index.events, v);
		const istanbul = v.byPlace.get('istanbul')!;
		expect(tally.total[istanbul]).toBe(1);
		expect(tally.certain[istanbul]).toBe(0);
		expect(tally.certain[v.byPlace.get('UZB')!]).toBe(1);
		expect(tally.unplaced.map((e) => e.event.id)).toEqual([
			'red-cross-red-crescent-30th-international-conference-2007'
		]);
	});
});

describe('changed', () => {
	it('lists the venues whose tally moved', () => {
		expect(changed(Int32Array.of(0, 1, 2), Int32Array.of(0, 2, 2))).toEqual([1]);
		expect(changed(null, Int32Array.of(0, 3, 0, 1))).toEqual([1, 3]);
	});
});

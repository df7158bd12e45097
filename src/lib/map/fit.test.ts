import { beforeAll, describe, expect, it } from 'vitest';
import { buildIndex, type AtlasIndex } from '../model/atlas-index';
import { curatedAtlas } from '../test/curated';
import { boundsOf, dataBounds } from './fit';

let index: AtlasIndex;
beforeAll(async () => {
	index = buildIndex(await curatedAtlas());
});

describe('dataBounds', () => {
	it('fits the seed from Europe to Central Asia, leaving out Thailand and the United States', () => {
		const [[w, s], [e, n]] = dataBounds(index.events, index)!;
		expect(w).toBeGreaterThan(0); // not the Americas
		expect(w).toBeLessThan(17); // Vienna (16.4°E) and Norway are in
		expect(e).toBeGreaterThan(68); // Kazakhstan is in
		expect(e).toBeLessThan(100); // Thailand (101°E) is not
		expect(s).toBeGreaterThan(15); // Thailand (15°N) is not
		expect(n).toBeGreaterThan(48); // Vienna is in
		expect(n).toBeLessThan(70);
	});

	it('fits only the events given (the events in view)', () => {
		const vienna = index.eventById.get('aect-special-meeting-vienna-2008')!;
		const [[w], [e]] = dataBounds([vienna], index)!;
		// Vienna and Austria's own point (15.2°E); Kazakhstan, which takes part through its Red
		// Crescent Society, lies 3,800 km away and is left to its line.
		expect(w).toBeGreaterThan(14);
		expect(e).toBeCloseTo(16.37, 1);
	});

	it('has nothing to fit for an event whose place and countries are unknown', () => {
		const unstated = index.eventById.get(
			'red-cross-red-crescent-30th-international-conference-2007'
		)!;
		expect(dataBounds([unstated], index)).toBeNull();
		expect(dataBounds([], index)).toBeNull();
	});
});

describe('boundsOf', () => {
	it('takes the short way round: Chukotka and Alaska give a box across the antimeridian', () => {
		expect(
			boundsOf([
				[175, 65],
				[-165, 64]
			])
		).toEqual([
			[175, 64],
			[195, 65]
		]);
	});

	it('keeps an ordinary box as it is', () => {
		expect(
			boundsOf([
				[16, 48],
				[64, 41],
				[29, 41]
			])
		).toEqual([
			[16, 41],
			[64, 48]
		]);
	});
});

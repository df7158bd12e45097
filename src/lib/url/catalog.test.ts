import { beforeAll, describe, expect, it } from 'vitest';
import { buildIndex, type AtlasIndex } from '../model/atlas-index';
import { dayNumber, isoDay } from '../model/edtf';
import { curatedAtlas } from '../test/curated';
import { catalogOf } from './catalog';
import { noticeText, parseQuery, resolveView } from './view-state';

let index: AtlasIndex;
beforeAll(async () => {
	index = buildIndex(await curatedAtlas());
});

describe('catalogOf', () => {
	it('covers the whole of 2007–2008, not only the days events fall on', () => {
		const { domain } = catalogOf(index);
		expect(domain.map(isoDay)).toEqual(['2007-01-01', '2008-12-31']);
		expect(index.extent[1]).toBe(dayNumber(2008, 9, 24)); // the last publication
	});

	it('accepts a window after the last event (October–December 2008)', () => {
		const { state, notices } = resolveView(
			parseQuery('from=2008-10&to=2008-12').state,
			catalogOf(index)
		);
		expect(notices.map(noticeText)).toEqual([]);
		expect(state).toMatchObject({ from: '2008-10', to: '2008-12' });
	});

	it('knows the atlas’s ids', () => {
		const c = catalogOf(index);
		expect([...c.countries].sort()).toHaveLength(13);
		expect(c.events.has('osce-workshop-uzbekistan-2008')).toBe(true);
		expect(c.places.has('vienna')).toBe(true);
		expect([...c.kinds].sort()).toEqual(['conference', 'meeting', 'workshop']);
	});
});

import { beforeAll, describe, expect, it } from 'vitest';
import { buildIndex, type AtlasIndex } from '../model/atlas-index';
import { curatedAtlas } from '../test/curated';
import { sortEvents } from './sort';

let index: AtlasIndex;
beforeAll(async () => {
	index = buildIndex(await curatedAtlas());
});

const titles = (key: 'date' | 'title', descending: boolean) =>
	sortEvents([...index.events].reverse(), key, descending).map((e) => e.event.title.slice(0, 12));

describe('sortEvents', () => {
	it('by date, either way', () => {
		expect(titles('date', false)).toEqual([
			'Seventh regi',
			'30th Interna',
			'Workshop on ',
			'Special Meet'
		]);
		expect(titles('date', true)).toEqual([
			'Special Meet',
			'Workshop on ',
			'30th Interna',
			'Seventh regi'
		]);
	});

	it('by title, numbers in order and case ignored', () => {
		expect(titles('title', false)).toEqual([
			'30th Interna',
			'Seventh regi',
			'Special Meet',
			'Workshop on '
		]);
	});
});

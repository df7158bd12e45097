import { describe, expect, it } from 'vitest';
import { checkAtlasShape } from './load-dataset';

describe('checkAtlasShape', () => {
	const ok = {
		version: 1,
		sources: [],
		places: [],
		organisations: [],
		people: [],
		events: [],
		mentions: []
	};

	it('accepts the outline of a dataset', () => {
		expect(checkAtlasShape(ok)).toBe(ok);
	});

	it.each([
		[null, 'is not a dataset (not a JSON object)'],
		['<html>', 'is not a dataset (not a JSON object)'],
		[{ ...ok, version: 2 }, 'is not a dataset of version 1 (version: 2)'],
		[{ ...ok, events: {} }, 'is not a dataset: "events" is not a list']
	])('refuses %j', (value, message) => {
		expect(() => checkAtlasShape(value)).toThrow(message);
	});
});

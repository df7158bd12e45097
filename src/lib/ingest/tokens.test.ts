import { describe, expect, it } from 'vitest';
import { foldDiacritics, isAllCaps, slugify, tokenize } from './tokens.ts';

describe('tokenize', () => {
	it('gives words and single punctuation marks with offsets and spacing', () => {
		const text = ' Co-operation, Kŭlob’s\nUN.GIFT';
		const tokens = tokenize(text);
		expect(tokens.map((t) => [t.text, t.spaced])).toEqual([
			['Co', true],
			['-', false],
			['operation', false],
			[',', false],
			['Kŭlob', true],
			['’', false],
			['s', false],
			['UN', true],
			['.', false],
			['GIFT', false]
		]);
		for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
	});

	it('tokenizes only within the range', () => {
		expect(tokenize('one two three', 4, 7).map((t) => t.text)).toEqual(['two']);
	});
});

describe('slugify and friends', () => {
	it.each([
		['Kazakhstan Red Crescent Society', 'kazakhstan-red-crescent-society'],
		[
			'Organization’s Project Co-ordinator in Uzbekistan',
			'organizations-project-co-ordinator-in-uzbekistan'
		],
		['Türkmenabat', 'turkmenabat'],
		['000_5f275de40c324d04', '000-5f275de40c324d04'],
		['---', 'item']
	])('%s → %s', (text, slug) => {
		expect(slugify(text)).toBe(slug);
	});

	it('folds diacritics and tells capitals', () => {
		expect(foldDiacritics('Genève, Zürich')).toBe('Geneve, Zurich');
		expect([isAllCaps('OSCE'), isAllCaps('Osce'), isAllCaps('UN.GIFT')]).toEqual([
			true,
			false,
			true
		]);
	});
});

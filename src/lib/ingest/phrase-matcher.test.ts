import { describe, expect, it } from 'vitest';
import { PhraseMatcher } from './phrase-matcher.ts';
import { tokenize } from './tokens.ts';

function matcher() {
	const m = new PhraseMatcher<string>();
	m.add('United Arab Emirates', 'ARE', { capitals: true });
	m.add('United States', 'USA', { capitals: true });
	m.add('United States of America', 'USA-long');
	m.add('Guinea', 'GIN', { capitals: true });
	m.add('Guinea-Bissau', 'GNB');
	m.add('US', 'USA-code', { capitals: true });
	m.add('Almaty', 'almaty', { capitals: true });
	m.add('Organization’s Project Co-ordinator', 'pco');
	return m;
}

const find = (text: string) =>
	matcher()
		.findAll(tokenize(text))
		.map((f) => `${f.value}=${text.slice(f.start, f.end)}`);

describe('PhraseMatcher', () => {
	it.each([
		['in the United States of America', ['USA=United States', 'USA-long=United States of America']],
		['the United Arab\nEmirates', ['ARE=United Arab\nEmirates']],
		['the United  States', ['USA=United  States']],
		// Every name that matches; overlaps are settled later (leftmost, longest).
		['Guinea-Bissau and Guinea', ['GIN=Guinea', 'GNB=Guinea-Bissau', 'GIN=Guinea']],
		['Guinea - Bissau', ['GIN=Guinea']],
		['let us know', []],
		['the US and', ['USA-code=US']],
		['ALMATY, 12 March', ['almaty=ALMATY']],
		['UNITED STATES', ['USA=UNITED STATES']],
		['Almatyn', []],
		['the Organization’s Project Co-ordinator in', ['pco=Organization’s Project Co-ordinator']],
		['the Organization’ s Project Co-ordinator', []]
	])('%j', (text, expected) => {
		expect(find(text)).toEqual(expected);
	});

	it('counts the names it holds and refuses an empty one', () => {
		const m = matcher();
		expect(m.size).toBe(8);
		expect(m.add('  ', 'x')).toBe(false);
	});
});

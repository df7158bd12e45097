import { describe, expect, it } from 'vitest';
import { findNames, isWholeWord, locateQuote, occurrences } from './text-search';

describe('findNames', () => {
	const entities = [
		{ kind: 'country', id: 'KAZ', names: ['Kazakhstan'] },
		{ kind: 'organisation', id: 'krcs', names: ['Kazakhstan Red Crescent Society'] },
		{ kind: 'country', id: 'RUS', names: ['Russia'] },
		{ kind: 'country', id: 'UZB', names: ['Uzbekistan', 'Uzbek authorities'] }
	];

	it('prefers the longest of overlapping names, and keeps whole words only', () => {
		const text =
			'The Kazakhstan Red Crescent Society met Russian and Russia delegates in Kazakhstan.';
		const found = findNames(text, entities);
		expect(found.map((m) => [m.id, m.text])).toEqual([
			['krcs', 'Kazakhstan Red Crescent Society'],
			['RUS', 'Russia'],
			['KAZ', 'Kazakhstan']
		]);
		for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.text);
	});

	it('finds adjective phrases and respects a range', () => {
		const text = 'Uzbekistan\nsupported by the Uzbek authorities.';
		expect(findNames(text, entities).map((m) => m.text)).toEqual([
			'Uzbekistan',
			'Uzbek authorities'
		]);
		expect(findNames(text, entities, [11, text.length]).map((m) => m.text)).toEqual([
			'Uzbek authorities'
		]);
	});

	it('treats letters of any script as word characters', () => {
		expect(isWholeWord('Russiaé', 0, 6)).toBe(false);
		expect(isWholeWord('«Russia»', 1, 7)).toBe(true);
	});
});

describe('locateQuote', () => {
	const text = 'It was held in Istanbul in 2007. It was held again.';

	it('finds a unique quote', () => {
		expect(locateQuote(text, 'in Istanbul')).toEqual({ ok: true, start: 12, end: 23 });
	});

	it('asks for an occurrence when a quote recurs', () => {
		const r = locateQuote(text, 'It was held');
		expect(r.ok).toBe(false);
		expect(!r.ok && r.reason).toMatch(
			/occurs 2 times \(at 0, 33\); lengthen the quote or add occurrence: N/
		);
		expect(locateQuote(text, 'It was held', 2)).toEqual({ ok: true, start: 33, end: 44 });
		expect(locateQuote(text, 'It was held', 3)).toMatchObject({
			ok: false,
			reason: /occurs 2 time/
		});
	});

	it('shows where a changed quote stops matching', () => {
		const r = locateQuote(text, 'It was held in Ankara in 2007.');
		expect(r.ok).toBe(false);
		expect(!r.ok && r.reason).toBe(
			'"It was held in Ankara in 2007." does not occur verbatim in the text: it matches up to character 15, where the quote has "Ankara in 2007." and the text has "Istanbul in 2007. It"'
		);
	});

	it('counts overlapping occurrences', () => {
		expect(occurrences('aaaa', 'aa')).toEqual([0, 1, 2]);
	});
});

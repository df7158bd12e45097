import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	paragraphAt,
	paragraphs,
	paragraphsCovering,
	sentenceContext,
	sentences,
	trimSpan
} from './paragraphs';

const texts = (t: string, spans: { start: number; end: number }[]) =>
	spans.map((s) => t.slice(s.start, s.end));

describe('paragraphs', () => {
	it('splits at every kind of line break and skips blank lines', () => {
		const t = 'one\ntwo\r\nthree\rfour\u2028five\n\n  \nsix';
		expect(texts(t, paragraphs(t))).toEqual(['one', 'two', 'three', 'four', 'five', 'six']);
	});

	it('gives nothing for an empty or blank text', () => {
		expect(paragraphs('')).toEqual([]);
		expect(paragraphs('\n\n \n')).toEqual([]);
	});

	it('gives a text without line breaks as one paragraph', () => {
		expect(paragraphs('just one')).toEqual([{ start: 0, end: 8 }]);
	});

	it('keeps to a range, clipping the lines at its ends', () => {
		const t = 'header\nbody one\nbody two\nchrome';
		expect(texts(t, paragraphs(t, [7, 24]))).toEqual(['body one', 'body two']);
		expect(texts(t, paragraphs(t, [9, 20]))).toEqual(['dy one', 'body']);
	});

	it('finds the paragraph at an offset and the paragraphs a passage covers', () => {
		const t = 'first line\nsecond line\nthird';
		expect(texts(t, [paragraphAt(t, 13)!])).toEqual(['second line']);
		expect(paragraphAt(t, 10)).toBeNull(); // the line break
		expect(texts(t, paragraphsCovering(t, 12, 14))).toEqual(['second line']);
		expect(texts(t, paragraphsCovering(t, 5, 14))).toEqual(['first line', 'second line']);
	});
});

describe('sentences', () => {
	it('splits after . ! ? (and closing quotes) before a capital, a digit or an opening quote', () => {
		const t =
			'The workshop ended. "It matters," she said. Did it work? Yes! 2008 was busy. He said "no." Then left.';
		expect(texts(t, sentences(t, { start: 0, end: t.length }))).toEqual([
			'The workshop ended. ',
			'"It matters," she said. ',
			'Did it work? ',
			'Yes! ',
			'2008 was busy. ',
			'He said "no." ',
			'Then left.'
		]);
	});

	it('does not split at an abbreviation followed by a lower-case word', () => {
		const t = 'Experts, e.g. police and judges, met.';
		expect(sentences(t, { start: 0, end: t.length })).toHaveLength(1);
	});

	it('gives the sentence around a mention, and says whether the paragraph goes on', () => {
		const t = 'Header\nFirst sentence. Experts from Kazakhstan met. Last one.\n';
		const at = t.indexOf('Kazakhstan');
		const c = sentenceContext(t, at, at + 10);
		expect(t.slice(c.start, c.end)).toBe('Experts from Kazakhstan met.');
		expect(c).toMatchObject({ before: true, after: true });
		const h = sentenceContext(t, 0, 6);
		expect(t.slice(h.start, h.end)).toBe('Header');
		expect(h).toMatchObject({ before: false, after: false });
	});

	it('trims white space', () => {
		expect(trimSpan('  ab \n', { start: 0, end: 6 })).toEqual({ start: 2, end: 4 });
	});
});

describe('the sources', () => {
	const read = (file: string) =>
		readFile(join(resolve(import.meta.dirname, '../../..'), 'data/sources', file), 'utf8');

	it('000: header lines, seven body paragraphs, and two lines of website chrome', async () => {
		const t = await read('000_5f275de40c324d04.txt');
		const all = texts(t, paragraphs(t));
		expect(all.slice(0, 2)).toEqual(['Uzbekistan', '16/05/2008']);
		expect(all.slice(-2)).toEqual([
			'Stay up to date with the latest news',
			'Subscribe to our telegram channel'
		]);
		expect(all).toHaveLength(3 + 6 + 2);
	});

	it('004: paragraphs separated by blank lines', async () => {
		const t = await read('004_8b39ade3945044a8.txt');
		const all = texts(t, paragraphs(t));
		expect(all[0]).toBe('Human Trafficking in Central Asia');
		expect(all[1]).toBe('Published: 24 September 2008');
		expect(all.every((p) => p.trim() === p && p.length > 0)).toBe(true);
	});

	it('the sentence of the participants list in 000', async () => {
		const t = await read('000_5f275de40c324d04.txt');
		const at = t.indexOf('Kazakhstan');
		const c = sentenceContext(t, at, at + 10);
		expect(t.slice(c.start, c.end)).toMatch(
			/^Participants included government representatives .* as well as the OSCE and UNODC\.$/
		);
		expect(c).toMatchObject({ before: false, after: true });
	});
});

import { beforeAll, describe, expect, it } from 'vitest';
import { buildIndex, type AtlasIndex } from '$lib/model/atlas-index';
import type { Citation, Mention, Source } from '$lib/model/types';
import { curatedAtlas } from '$lib/test/curated';
import { mentionsOfPlace } from './facts';
import {
	citedSources,
	headerRange,
	mentioningSources,
	otherHeaderLines,
	whereIn
} from './passages';
import { paragraphs } from './paragraphs';

let index: AtlasIndex;
beforeAll(async () => {
	index = buildIndex(await curatedAtlas());
});

const slice = (s: Source, p: { start: number; end: number }) => s.text.slice(p.start, p.end);

describe('citedSources', () => {
	it('shows each citation in its whole paragraph, grouped by source', () => {
		const e = index.eventById.get('osce-workshop-uzbekistan-2008')!;
		const { sources, missing } = citedSources(e.event.citations, index.sourceById);
		expect(missing).toEqual([]);
		expect(sources).toHaveLength(1);
		const [group] = sources;
		expect(group!.problems).toEqual([]);
		expect(group!.paragraphs.map((p) => p.marks.length)).toEqual([1, 1, 1]);
		const participants = slice(group!.source, group!.paragraphs[1]!);
		expect(participants.startsWith('Participants included')).toBe(true);
		expect(participants.endsWith('between investigative agencies and central authorities.')).toBe(
			true
		);
	});

	it('shows a paragraph holding two citations once, with both marked', () => {
		const s = index.sourceById.get('osce-2008-05-16')!;
		const at = (q: string): Citation => {
			const start = s.text.indexOf(q);
			return { source: s.id, quote: q, start, end: start + q.length };
		};
		const { sources } = citedSources(
			[at('The workshop aimed'), at('Participants included'), at('Ruth Pojman')],
			index.sourceById
		);
		const ps = sources[0]!.paragraphs;
		expect(ps).toHaveLength(2);
		expect(ps[0]!.marks.map((m) => m.data.quote)).toEqual([
			'The workshop aimed',
			'Participants included'
		]);
		expect(ps[0]!.start).toBeLessThan(ps[1]!.start);
	});

	it('reports a citation that does not match the text, and one of an unknown source', () => {
		const bad: Citation = { source: 'osce-2008-05-16', quote: 'Norway', start: 0, end: 6 };
		const lost: Citation = { source: 'nowhere', quote: 'x', start: 0, end: 1 };
		const { sources, missing } = citedSources([bad, lost], index.sourceById);
		expect(missing).toEqual([lost]);
		expect(sources[0]!.paragraphs).toEqual([]);
		expect(sources[0]!.problems[0]!.message).toBe(
			'The cited passage at 0–6: the text there is "Uzbeki", not "Norway"'
		);
	});
});

describe('mentioningSources', () => {
	it('gives the sentences that mention a place, grouped by source in dataset order', () => {
		const groups = mentioningSources(
			mentionsOfPlace(index.atlas.mentions, 'UZB'),
			index.atlas.sources,
			index.sourceById
		);
		expect(groups.map((g) => g.source.id)).toEqual(['osce-2008-05-16']);
		const passages = groups[0]!.passages;
		expect(passages.map((p) => p.where)).toEqual(['header', 'body', 'body']);
		expect(slice(groups[0]!.source, passages[0]!)).toBe('Uzbekistan');
		expect(slice(groups[0]!.source, passages[1]!)).toMatch(/^The workshop, "Promoting/);
		expect(passages[1]!.mentions.map((m) => m.text)).toEqual(['Uzbek authorities']);
	});

	it('puts two mentions of one sentence in one passage', () => {
		const synthetic: Mention[] = [
			{
				source: 'osce-2008-05-16',
				kind: 'country',
				id: 'X',
				start: 984,
				end: 994,
				text: 'Kazakhstan'
			},
			{
				source: 'osce-2008-05-16',
				kind: 'country',
				id: 'X',
				start: 996,
				end: 1006,
				text: 'Kyrgyzstan'
			}
		];
		const one = mentioningSources(synthetic, index.atlas.sources, index.sourceById);
		expect(one[0]!.passages).toHaveLength(1);
		expect(one[0]!.passages[0]!.mentions).toHaveLength(2);
	});

	it('reports a mention that does not match the text', () => {
		const wrong: Mention = {
			source: 'osce-2008-05-16',
			kind: 'country',
			id: 'KAZ',
			start: 985,
			end: 995,
			text: 'Kazakhstan'
		};
		const [g] = mentioningSources([wrong], index.atlas.sources, index.sourceById);
		expect(g!.passages).toEqual([]);
		expect(g!.problems[0]!.reason).toBe('text-mismatch');
	});
});

describe('the header', () => {
	it('knows where a range lies: header, body, or outside the article', () => {
		const s = index.sourceById.get('osce-2008-05-16')!;
		expect(whereIn(s, 0, 10)).toBe('header');
		expect(whereIn(s, s.body[0], s.body[0] + 3)).toBe('body');
		expect(whereIn(s, s.body[1] + 1, s.text.length)).toBe('outside');
	});

	it('finds the header lines that are neither title nor dateline, and where title and dateline stand', () => {
		const osce = index.sourceById.get('osce-2008-05-16')!;
		expect(otherHeaderLines(osce, paragraphs(osce.text, [0, osce.body[0]]))).toEqual([
			'16/05/2008'
		]);
		expect(headerRange(osce, osce.dateline)).toEqual({ start: 0, end: 10 });
		const title = headerRange(osce, osce.title)!;
		expect(slice(osce, title)).toBe(osce.title);
		const ifrc = index.sourceById.get('ifrc-2008-09-24')!;
		expect(otherHeaderLines(ifrc, paragraphs(ifrc.text, [0, ifrc.body[0]]))).toEqual([
			'Published: 24 September 2008'
		]);
		expect(headerRange(ifrc, null)).toBeNull();
		expect(headerRange(ifrc, 'not in the header')).toBeNull();
	});
});

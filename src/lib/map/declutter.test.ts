import { describe, expect, it } from 'vitest';
import { clusterMarks, markItems } from './declutter';

describe('clusterMarks', () => {
	it('leaves marks apart when they do not overlap (the seed’s three venues)', () => {
		const clusters = clusterMarks(
			[
				{ id: 0, x: 100, y: 100, weight: 1 },
				{ id: 1, x: 300, y: 120, weight: 1 },
				{ id: 2, x: 200, y: 300, weight: 1 }
			],
			24
		);
		expect(clusters).toEqual([
			{ anchor: 0, members: [0] },
			{ anchor: 1, members: [1] },
			{ anchor: 2, members: [2] }
		]);
	});

	it('merges overlapping marks into the heaviest one', () => {
		const clusters = clusterMarks(
			[
				{ id: 0, x: 100, y: 100, weight: 1 },
				{ id: 1, x: 110, y: 104, weight: 5 },
				{ id: 2, x: 90, y: 95, weight: 2 },
				{ id: 3, x: 400, y: 400, weight: 1 }
			],
			24
		);
		expect(clusters).toEqual([
			{ anchor: 1, members: [1, 2, 0] },
			{ anchor: 3, members: [3] }
		]);
	});

	it('joins the nearest anchor, across grid cells', () => {
		const clusters = clusterMarks(
			[
				{ id: 0, x: 47, y: 10, weight: 3 }, // cell 1
				{ id: 1, x: 60, y: 10, weight: 2 }, // cell 2, 13 px from 0
				{ id: 2, x: 0, y: 10, weight: 2 } // 47 px from 0: its own
			],
			24
		);
		expect(clusters).toEqual([
			{ anchor: 0, members: [0, 1] },
			{ anchor: 2, members: [2] }
		]);
	});

	it('never merges the selected mark, into or out of a cluster', () => {
		const clusters = clusterMarks(
			[
				{ id: 0, x: 100, y: 100, weight: 1, alone: true },
				{ id: 1, x: 101, y: 101, weight: 9 },
				{ id: 2, x: 102, y: 100, weight: 1 }
			],
			24
		);
		expect(clusters).toEqual([
			{ anchor: 1, members: [1, 2] },
			{ anchor: 0, members: [0] }
		]);
	});

	it('puts each of 10,000 marks in exactly one cluster, none wider than the radius', () => {
		const marks = Array.from({ length: 10_000 }, (_, i) => ({
			id: i,
			x: (i * 7919) % 1400,
			y: (i * 104729) % 900,
			weight: i % 13
		}));
		const clusters = clusterMarks(marks, 24);
		const all = clusters.flatMap((c) => c.members).sort((a, b) => a - b);
		expect(all).toEqual(marks.map((m) => m.id));
		for (const c of clusters) {
			const a = marks[c.anchor]!;
			for (const id of c.members)
				expect(Math.hypot(marks[id]!.x - a.x, marks[id]!.y - a.y)).toBeLessThanOrEqual(24);
		}
	});
});

describe('markItems', () => {
	const group = (id: number, n: number) => ({ venue: { id }, events: Array.from({ length: n }) });
	const groups = [group(0, 1), group(1, 3), group(2, 2), group(3, 1)];
	const byVenue = new Map(groups.map((g) => [g.venue.id, g]));

	it('draws a lone venue as itself and gathered venues as one count of their events', () => {
		const items = markItems(
			[
				{ anchor: 1, members: [1, 2] },
				{ anchor: 0, members: [0] }
			],
			groups,
			byVenue
		);
		expect(items.map((i) => [i.kind, i.key])).toEqual([
			['gathered', 1],
			['venue', 0],
			['venue', 3] // shown since the marks were last gathered: on its own until the next time
		]);
		expect(items[0]).toMatchObject({ kind: 'gathered', events: 5 });
	});

	it('forgets venues that left the view', () => {
		const items = markItems([{ anchor: 9, members: [9] }], groups.slice(0, 1), byVenue);
		expect(items.map((i) => i.key)).toEqual([0]);
	});
});

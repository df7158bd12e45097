/** A seeded pseudo-random generator and the draws the synthetic corpus needs. */

export interface Random {
	/** Uniform in [0, 1). */
	next(): number;
	/** Uniform integer in [min, max] (inclusive). */
	int(min: number, max: number): number;
	/** True with probability p. */
	chance(p: number): boolean;
	pick<T>(items: readonly T[]): T;
	/** An item drawn with probability proportional to its weight. */
	weighted<T>(items: readonly T[], weights: WeightTable): T;
	/** `count` distinct items drawn by weight (fewer when there are not enough). */
	distinct<T>(items: readonly T[], weights: WeightTable, count: number): T[];
}

/** Cumulative weights, so that a weighted draw is a binary search. */
export interface WeightTable {
	cumulative: Float64Array;
	total: number;
}

export function weightTable(weights: readonly number[]): WeightTable {
	const cumulative = new Float64Array(weights.length);
	let total = 0;
	weights.forEach((w, i) => (cumulative[i] = total += w));
	return { cumulative, total };
}

/** mulberry32: small, fast, and the same sequence on every platform for a seed; in [0, 1). */
export function mulberry32(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

export function seededRandom(seed: number): Random {
	const next = mulberry32(seed);
	const drawIndex = (table: WeightTable) => {
		const x = next() * table.total;
		let lo = 0;
		let hi = table.cumulative.length - 1;
		while (lo < hi) {
			const mid = (lo + hi) >>> 1;
			if (table.cumulative[mid]! <= x) lo = mid + 1;
			else hi = mid;
		}
		return lo;
	};
	return {
		next,
		int: (min, max) => min + Math.floor(next() * (max - min + 1)),
		chance: (p) => next() < p,
		pick: (items) => items[Math.floor(next() * items.length)]!,
		weighted: (items, table) => items[drawIndex(table)]!,
		distinct(items, table, count) {
			const chosen = new Set<number>();
			// Rejection is cheap while count is small against the table; bounded to stay finite.
			for (
				let tries = 0;
				chosen.size < Math.min(count, items.length) && tries < count * 20;
				tries++
			)
				chosen.add(drawIndex(table));
			return [...chosen].map((i) => items[i]!);
		}
	};
}

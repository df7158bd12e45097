/**
 * Marks that would overlap on screen are drawn as one: a count of their events that zooms in to
 * them when activated. Greedy clustering in screen space: the mark holding the most events
 * anchors a cluster, and every mark within `radius` pixels of an anchor joins it. A grid of
 * `radius`-sized cells keeps it linear in the number of marks.
 *
 * Run when the view settles (moveend, a step of the time window), never on every frame: while
 * the map moves, clusters move with their anchor.
 */

export interface ScreenMark {
	id: number;
	x: number;
	y: number;
	/** Events it holds: heavier marks anchor clusters. */
	weight: number;
	/** Never merged (the selected event's mark stays itself). */
	alone?: boolean;
}

export interface Cluster {
	/** The mark the cluster is drawn at. */
	anchor: number;
	/** Every mark in it, the anchor first. */
	members: number[];
}

export function clusterMarks(marks: readonly ScreenMark[], radius: number): Cluster[] {
	const order = [...marks].sort((a, b) => b.weight - a.weight || a.id - b.id);
	const clusters: (Cluster & { x: number; y: number })[] = [];
	const grid = new Map<string, number[]>();
	const cell = (x: number, y: number) => `${Math.floor(x / radius)},${Math.floor(y / radius)}`;
	const r2 = radius * radius;
	for (const m of order) {
		let best = -1;
		let bestD = Infinity;
		if (!m.alone) {
			const cx = Math.floor(m.x / radius);
			const cy = Math.floor(m.y / radius);
			for (let dx = -1; dx <= 1; dx++) {
				for (let dy = -1; dy <= 1; dy++) {
					for (const i of grid.get(`${cx + dx},${cy + dy}`) ?? []) {
						const c = clusters[i]!;
						const d = (c.x - m.x) ** 2 + (c.y - m.y) ** 2;
						if (d <= r2 && d < bestD) {
							best = i;
							bestD = d;
						}
					}
				}
			}
		}
		if (best >= 0) {
			clusters[best]!.members.push(m.id);
			continue;
		}
		const i = clusters.length;
		clusters.push({ anchor: m.id, members: [m.id], x: m.x, y: m.y });
		// An anchor that stands alone (the selection) takes no members either.
		if (m.alone) continue;
		const key = cell(m.x, m.y);
		grid.set(key, [...(grid.get(key) ?? []), i]);
	}
	return clusters.map(({ anchor, members }) => ({ anchor, members }));
}

/** The marks gathered into a count with others (their own marks step aside). */
export function gatheredMarks(clusters: readonly Cluster[]): Map<number, boolean> {
	const out = new Map<number, boolean>();
	for (const c of clusters) if (c.members.length > 1) for (const id of c.members) out.set(id, true);
	return out;
}

/** What is drawn over the map: one venue's mark, or several venues gathered into a count. */
export type MarkItem<G extends { venue: V; events: readonly unknown[] }, V extends { id: number }> =
	| { kind: 'venue'; key: number; group: G }
	| { kind: 'gathered'; key: number; anchor: V; groups: G[]; events: number };

/**
 * The items to draw for `clusters` over the venues shown now. Venues that appeared since the
 * marks were last gathered (a step of the time window) are drawn on their own until the next.
 */
export function markItems<
	G extends { venue: V; events: readonly unknown[] },
	V extends { id: number }
>(
	clusters: readonly Cluster[],
	groups: readonly G[],
	byVenue: ReadonlyMap<number, G>
): MarkItem<G, V>[] {
	const out: MarkItem<G, V>[] = [];
	const placed = new Set<number>();
	for (const c of clusters) {
		const members = c.members.map((id) => byVenue.get(id)).filter((g): g is G => g !== undefined);
		if (members.length === 0) continue;
		for (const g of members) placed.add(g.venue.id);
		const first = members[0]!;
		if (members.length === 1) out.push({ kind: 'venue', key: first.venue.id, group: first });
		else
			out.push({
				kind: 'gathered',
				key: first.venue.id,
				anchor: first.venue,
				groups: members,
				events: members.reduce((n, g) => n + g.events.length, 0)
			});
	}
	for (const g of groups)
		if (!placed.has(g.venue.id)) out.push({ kind: 'venue', key: g.venue.id, group: g });
	return out;
}

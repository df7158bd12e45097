/** Orders for the list view. Date order is the index's order (first possible day, then id). */

import type { IndexedEvent } from '../model/atlas-index';

export type SortKey = 'date' | 'title';

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

export function sortEvents(
	events: readonly IndexedEvent[],
	key: SortKey,
	descending: boolean
): IndexedEvent[] {
	const sorted =
		key === 'date'
			? [...events].sort((a, b) => a.order - b.order)
			: [...events].sort(
					(a, b) => collator.compare(a.event.title, b.event.title) || a.order - b.order
				);
	return descending ? sorted.reverse() : sorted;
}

/**
 * An atlas read from compact columns when asked: what `loadDataset` hands the page for a
 * dataset indexed in a worker. Loaded only then (the default atlas never needs it).
 */

import { normaliseForSearch, registerIndex } from './atlas-index';
import type { AtlasColumns } from './columnar';
import { ColumnsReader } from './columnar-read';
import type { IndexCore } from './index-core';
import { ScaledIndex, type EventStore } from './scaled-index';
import { TextSearch } from './search';
import type { Atlas, AtlasEvent, Mention } from './types';

/**
 * The atlas's events, sources, people and mentions are read from the columns when first asked
 * for; `buildIndex(atlas)` wraps `core` (built by the worker) instead of indexing again.
 */
export function atlasFromColumns(columns: AtlasColumns, core: IndexCore): Atlas {
	const reader = new ColumnsReader(columns);
	const c = columns.core;
	let events: AtlasEvent[] | undefined;
	let mentions: Mention[] | undefined;
	const atlas: Atlas = {
		version: 1,
		sources: c.sources.map((_, j) => reader.source(j)),
		places: c.places,
		organisations: c.organisations,
		people: c.people.map((_, i) => reader.person(i)),
		get events() {
			return (events ??= Array.from({ length: c.count }, (_, r) => reader.event(r)));
		},
		get mentions() {
			return (mentions ??= c.sources.flatMap((_, j) => reader.mentionsOf(j)));
		}
	};
	let search: TextSearch | null = null;
	const store: EventStore = {
		columns: c,
		event: (row) => reader.event(row),
		mentionsOf: (j) => reader.mentionsOf(j),
		matchText: (terms) =>
			(search ??= new TextSearch(c, columns.passages, reader.texts, normaliseForSearch)).matches(
				terms
			)
	};
	registerIndex(atlas, () => new ScaledIndex(atlas, core, store));
	return atlas;
}

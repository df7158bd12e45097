/** What a dataset knows, for checking the ids in a link. */

import type { AtlasIndex } from '../model/atlas-index';
import { atlasDomain } from '../model/domain';
import type { Catalog } from './view-state';

export function catalogOf(index: AtlasIndex): Catalog {
	const orgs = new Set(index.atlas.organisations.map((o) => o.id));
	return {
		events: index.eventById,
		places: new Set(index.placeById.keys()),
		countries: new Set(index.atlas.places.filter((p) => p.kind === 'country').map((p) => p.id)),
		orgs,
		kinds: new Set(index.kinds),
		sources: new Set(index.sourceById.keys()),
		// Any window the timeline can show, not only the days events fall on.
		domain: atlasDomain(index.extent)
	};
}

import { asset } from '$app/paths';
import { error } from '@sveltejs/kit';
import type { Atlas } from '$lib/model/types';
import type { PageLoad } from './$types';

// The default dataset is read at build time and inlined into the prerendered page, so the
// events are listed before any script runs. `?data=` datasets are fetched in the browser.
export const load: PageLoad = async ({ fetch }) => {
	const response = await fetch(asset('/data/atlas.json'));
	if (!response.ok)
		error(500, `The dataset /data/atlas.json could not be loaded (${response.status}).`);
	return { atlas: (await response.json()) as Atlas };
};

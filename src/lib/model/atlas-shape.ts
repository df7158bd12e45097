/** The outline of a dataset, checked before anything reads it. */

import type { Atlas } from './types';

const ARRAYS = ['sources', 'places', 'organisations', 'people', 'events', 'mentions'] as const;

/** Checks the outline of a dataset; the build and `npm run synth` verify the rest. */
export function checkAtlasShape(value: unknown): Atlas {
	if (typeof value !== 'object' || value === null)
		throw new Error('is not a dataset (not a JSON object)');
	const v = value as Record<string, unknown>;
	if (v.version !== 1)
		throw new Error(`is not a dataset of version 1 (version: ${JSON.stringify(v.version)})`);
	for (const key of ARRAYS) {
		if (!Array.isArray(v[key])) throw new Error(`is not a dataset: "${key}" is not a list`);
	}
	return value as Atlas;
}

/** Loads another dataset from the same site (`?data=`), refusing anything that is not one. */

import type { Atlas } from '../model/types';
import { isSameSitePath } from './view-state';

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

export async function loadDataset(path: string, signal?: AbortSignal): Promise<Atlas> {
	if (!isSameSitePath(path)) throw new Error('must be a path on this site');
	let response: Response;
	try {
		response = await fetch(path, { signal, credentials: 'same-origin' });
	} catch (error) {
		if ((error as Error).name === 'AbortError') throw error;
		throw new Error(`could not be loaded: ${(error as Error).message}`, { cause: error });
	}
	if (!response.ok) throw new Error(`could not be loaded (HTTP ${response.status})`);
	let json: unknown;
	try {
		json = await response.json();
	} catch (error) {
		throw new Error('is not valid JSON', { cause: error });
	}
	return checkAtlasShape(json);
}

/**
 * Reading a dataset into columns, wherever it runs (the worker, or the page when workers are
 * unavailable): a compact atlas (`.atlas`, whose header names its passages file beside it) or
 * an atlas in JSON, converted.
 */

import { unpackCore, unpackPassages } from './columnar-file';
import {
	atlasToColumns,
	type AtlasColumns,
	type CoreColumns,
	type PassageColumns
} from './columnar';
import type { IndexCore } from './index-core';
import { checkAtlasShape } from './atlas-shape';

export interface LoadRequest {
	url: string;
}

export type LoadReply =
	| {
			ok: true;
			columns: AtlasColumns;
			core: IndexCore;
			/** Phases in the worker: [absolute start (ms since the epoch), duration]. */
			timings: Record<string, [number, number]>;
	  }
	| { ok: false; message: string };

type Timer = <T>(name: string, work: () => T | Promise<T>) => Promise<T>;

/** A compact atlas is named by its core file; its passages lie beside it. */
export const isCompact = (path: string): boolean => /\.atlas(?:$|\?)/.test(path);

async function fetchOk(url: string): Promise<Response> {
	let response: Response;
	try {
		response = await fetch(url, { credentials: 'same-origin' });
	} catch (error) {
		throw new Error(`could not be loaded: ${(error as Error).message}`, { cause: error });
	}
	if (!response.ok) throw new Error(`could not be loaded (HTTP ${response.status})`);
	return response;
}

/**
 * The core columns as soon as they are read, and the passages when they have come: indexing
 * the core can proceed while the passages (the bigger file) are still on their way.
 */
export async function loadColumns(
	url: string,
	time: Timer = async (_, work) => work()
): Promise<{ core: CoreColumns; passages: Promise<PassageColumns> }> {
	if (isCompact(url)) {
		const passagesUrl = url.replace(/\.atlas(?=$|\?)/, '.passages');
		const passagesBytes = fetchOk(passagesUrl).then((r) => r.arrayBuffer());
		passagesBytes.catch(() => {});
		const coreBytes = await time('fetch', async () => (await fetchOk(url)).arrayBuffer());
		const core = await time('decode', () => unpackCore(new Uint8Array(coreBytes)));
		const passages = passagesBytes.then((bytes) =>
			time('decode-passages', () => unpackPassages(new Uint8Array(bytes)))
		);
		return { core, passages };
	}
	const text = await time('fetch', async () => (await fetchOk(url)).text());
	let json: unknown;
	try {
		json = await time('parse', () => JSON.parse(text));
	} catch (error) {
		throw new Error('is not valid JSON', { cause: error });
	}
	const atlas = checkAtlasShape(json);
	const columns = await time('decode', () => {
		try {
			return atlasToColumns(atlas);
		} catch (error) {
			throw new Error(`is not a consistent dataset: ${(error as Error).message}`, { cause: error });
		}
	});
	return { core: columns.core, passages: Promise.resolve(columns.passages) };
}

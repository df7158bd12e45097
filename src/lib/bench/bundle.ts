/**
 * The JavaScript a build ships, gzipped (Node only): every file under _app/immutable, with the
 * MapLibre library (its main chunk and its worker) told apart by their contents.
 */

import { readFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleFile {
	file: string;
	bytes: number;
	gzBytes: number;
	maplibre: boolean;
}

export interface BundleSizes {
	files: BundleFile[];
	jsGzExclMaplibreBytes: number;
	maplibreGzBytes: number;
}

/**
 * MapLibre's own code (its main chunk and its worker) holds its style specification, which
 * names layer types the site never uses; the site's chunks only name the library (an import,
 * the worker's URL), so a mention of "maplibre" is not enough.
 */
const MAPLIBRE = /fill-extrusion/;

export const isMaplibre = (code: string): boolean => MAPLIBRE.test(code);

async function walk(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
	const out: string[] = [];
	for (const e of entries) {
		const path = join(dir, e.name);
		if (e.isDirectory()) out.push(...(await walk(path)));
		else out.push(path);
	}
	return out;
}

export const gzSize = (bytes: Uint8Array | string): number => gzipSync(bytes, { level: 9 }).length;

export async function bundleSizes(buildDir: string): Promise<BundleSizes> {
	const files: BundleFile[] = [];
	for (const path of await walk(join(buildDir, '_app', 'immutable'))) {
		if (!/\.m?js$/.test(path)) continue; // .mjs: MapLibre's worker, emitted as an asset
		const bytes = await readFile(path);
		const text = bytes.toString('utf8');
		const maplibre = isMaplibre(text);
		files.push({
			file: relative(buildDir, path),
			bytes: bytes.length,
			gzBytes: gzSize(bytes),
			maplibre
		});
	}
	files.sort((a, b) => b.gzBytes - a.gzBytes);
	const sum = (list: BundleFile[]) => list.reduce((n, f) => n + f.gzBytes, 0);
	return {
		files,
		jsGzExclMaplibreBytes: sum(files.filter((f) => !f.maplibre)),
		maplibreGzBytes: sum(files.filter((f) => f.maplibre))
	};
}

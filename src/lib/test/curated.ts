/** The real curated dataset, compiled in-process for tests (110m geometry: faster, same atlas). */

import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { compileAndVerify, loadCuratedInput } from '../../../scripts/data/build.ts';
import { formatProblem } from '../model/problems';
import type { Atlas } from '../model/types';

let cached: Promise<Atlas> | null = null;

export function curatedAtlas(): Promise<Atlas> {
	cached ??= (async () => {
		const dataDir = join(resolve(import.meta.dirname, '../../..'), 'data');
		const loaded = await loadCuratedInput(dataDir, '110m');
		const schema = JSON.parse(await readFile(join(dataDir, 'atlas.schema.json'), 'utf8'));
		const built = compileAndVerify(loaded.input, schema);
		if (!built.atlas) throw new Error(built.problems.map(formatProblem).join('\n'));
		return built.atlas;
	})();
	return cached;
}

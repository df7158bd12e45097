/**
 * Loading a `?data=` dataset: in a worker (load.worker.ts), which fetches, parses and indexes
 * it and hands the typed arrays over without copying; or, without workers, the same steps on
 * this thread. Imported by load-dataset.ts only when a dataset is asked for, so the default
 * page does not carry it.
 */

import { atlasFromColumns } from './compact-atlas';
import { buildIndexCore } from './index-core';
import { loadColumns, type LoadReply } from './load';
import type { Atlas } from './types';

/** Marks in the page's performance timeline, for the benchmark. */
function record(timings: Record<string, [number, number]>) {
	if (typeof performance === 'undefined' || !performance.measure) return;
	for (const [name, [absolute, duration]] of Object.entries(timings)) {
		const start = absolute - performance.timeOrigin;
		performance.measure(`atlas:worker:${name}`, { start, duration });
	}
}

export function inWorker(url: string): { atlas: Promise<Atlas>; stop: () => void } {
	const worker = new Worker(new URL('./load.worker.ts', import.meta.url), {
		type: 'module'
	});
	const atlas = new Promise<Atlas>((resolve, reject) => {
		worker.onmessage = (event: MessageEvent<LoadReply>) => {
			worker.terminate();
			const reply = event.data;
			if (!reply.ok) return reject(new Error(reply.message));
			record(reply.timings);
			resolve(atlasFromColumns(reply.columns, reply.core));
		};
		worker.onerror = (event) => {
			worker.terminate();
			reject(new Error(`could not be loaded: ${event.message || 'the loader failed'}`));
		};
		worker.postMessage({ url });
	});
	return { atlas, stop: () => worker.terminate() };
}

export async function onThisThread(path: string): Promise<Atlas> {
	// Without workers (tests, very old browsers): the same steps on this thread.
	const { core, passages } = await loadColumns(path);
	return atlasFromColumns({ core, passages: await passages }, buildIndexCore(core));
}

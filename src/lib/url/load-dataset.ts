/**
 * Loads another dataset from the same site (`?data=`), refusing anything that is not one.
 *
 * A dataset may be JSON (`/bench/atlas-10k.json`) or compact (`/bench/atlas-100k.atlas`, with
 * its `.passages` file beside it). Either way it is fetched, parsed and indexed in a worker,
 * which hands the typed arrays over without copying; the atlas that comes back reads its
 * events from them when asked, and `buildIndex` (called by the view) picks up the index the
 * worker built instead of building another.
 */

import { checkAtlasShape } from '../model/atlas-shape';
import type { LoadReply } from '../model/load';
import type { Atlas } from '../model/types';
import { isSameSitePath } from './view-state';

export { checkAtlasShape };

/** Marks in the page's performance timeline, for the benchmark. */
function record(timings: Record<string, [number, number]>) {
	if (typeof performance === 'undefined' || !performance.measure) return;
	for (const [name, [absolute, duration]] of Object.entries(timings)) {
		const start = absolute - performance.timeOrigin;
		performance.measure(`atlas:worker:${name}`, { start, duration });
	}
}

/** The dataset last asked for: asked again (the page's effect may rerun), it is not reloaded. */
let last: { path: string; atlas: Promise<Atlas>; stop: () => void } | null = null;

function inWorker(url: string): { atlas: Promise<Atlas>; stop: () => void } {
	const worker = new Worker(new URL('../model/load.worker.ts', import.meta.url), {
		type: 'module'
	});
	const atlas = new Promise<Atlas>((resolve, reject) => {
		worker.onmessage = (event: MessageEvent<LoadReply>) => {
			worker.terminate();
			const reply = event.data;
			if (!reply.ok) return reject(new Error(reply.message));
			record(reply.timings);
			// Reading compact columns is code the default atlas never needs: loaded now.
			import('../model/compact-atlas')
				.then(({ atlasFromColumns }) => resolve(atlasFromColumns(reply.columns, reply.core)))
				.catch(reject);
		};
		worker.onerror = (event) => {
			worker.terminate();
			reject(new Error(`could not be loaded: ${event.message || 'the loader failed'}`));
		};
		worker.postMessage({ url });
	});
	return { atlas, stop: () => worker.terminate() };
}

async function onThisThread(path: string): Promise<Atlas> {
	// Without workers (tests, very old browsers): the same steps on this thread.
	const [{ loadColumns }, { buildIndexCore }, { atlasFromColumns }] = await Promise.all([
		import('../model/load'),
		import('../model/index-core'),
		import('../model/compact-atlas')
	]);
	const { core, passages } = await loadColumns(path);
	return atlasFromColumns({ core, passages: await passages }, buildIndexCore(core));
}

/** Resolves with the atlas, or rejects with an AbortError as soon as `signal` aborts. */
function untilAborted<T>(promise: Promise<T>, signal?: AbortSignal): Promise<T> {
	if (!signal) return promise;
	return new Promise((resolve, reject) => {
		const abort = () => reject(new DOMException('The load was aborted', 'AbortError'));
		if (signal.aborted) return abort();
		signal.addEventListener('abort', abort, { once: true });
		promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort));
	});
}

export async function loadDataset(path: string, signal?: AbortSignal): Promise<Atlas> {
	if (!isSameSitePath(path)) throw new Error('must be a path on this site');
	signal?.throwIfAborted();
	if (last?.path !== path) {
		last?.stop();
		const load =
			typeof Worker !== 'undefined' ? inWorker(path) : { atlas: onThisThread(path), stop() {} };
		const entry = { path, ...load };
		// A failed load is not kept: asking again tries again.
		entry.atlas.catch(() => {
			if (last === entry) last = null;
		});
		last = entry;
	}
	return untilAborted(last.atlas, signal);
}

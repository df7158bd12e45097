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
import type { Atlas } from '../model/types';
import { isSameSitePath } from './view-state';

export { checkAtlasShape };

/** The dataset last asked for: asked again (the page's effect may rerun), it is not reloaded. */
let last: { path: string; atlas: Promise<Atlas>; stop: () => void } | null = null;

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
		// The loader is code the default atlas never needs: fetched with the first dataset.
		let stopped = false;
		let stop: () => void = () => (stopped = true);
		const atlas = import('../model/load-in-worker').then(({ inWorker, onThisThread }) => {
			if (stopped) throw new DOMException('Another dataset was asked for', 'AbortError');
			if (typeof Worker === 'undefined') return onThisThread(path);
			const load = inWorker(path);
			stop = load.stop;
			return load.atlas;
		});
		const entry = { path, atlas, stop: () => stop() };
		// A failed load is not kept: asking again tries again.
		entry.atlas.catch(() => {
			if (last === entry) last = null;
		});
		last = entry;
	}
	return untilAborted(last.atlas, signal);
}

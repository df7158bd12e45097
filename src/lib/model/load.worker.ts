/**
 * Loads and indexes a dataset off the main thread: fetches it (compact files, or JSON), checks
 * its outline, converts JSON to columns, builds the index core, and hands every typed array
 * back without copying (transfer). The page's thread only wraps what arrives.
 */

import { loadColumns, type LoadRequest, type LoadReply } from './load';
import { buildIndexCore, transferables } from './index-core';

const post = (reply: LoadReply, transfer: Transferable[] = []) =>
	(self as unknown as Worker).postMessage(reply, transfer);

self.onmessage = async (event: MessageEvent<LoadRequest>) => {
	const { url } = event.data;
	try {
		const timings: Record<string, [number, number]> = {};
		const time = async <T>(name: string, work: () => T | Promise<T>): Promise<T> => {
			const start = performance.now();
			const out = await work();
			timings[name] = [performance.timeOrigin + start, performance.now() - start];
			return out;
		};
		const loaded = await loadColumns(url, time);
		// The index is built while the passages are still coming.
		const core = await time('index', () => buildIndexCore(loaded.core));
		const columns = { core: loaded.core, passages: await loaded.passages };
		post({ ok: true, columns, core, timings }, [
			...transferables(core),
			...transferables(columns.core as never),
			...transferables(columns.passages as never)
		]);
	} catch (error) {
		post({ ok: false, message: (error as Error).message });
	}
};

/**
 * A small static server for the benchmark (Node only): the built site, plus the benchmark's
 * datasets under /bench/ from another folder, so that they are same-origin without being
 * copied into the site. Every file is read when asked for (unlike `vite preview`, which lists
 * its files at start-up), and nothing is compressed (the page and the server share a machine).
 */

import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.wasm': 'application/wasm',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.woff': 'font/woff',
	'.woff2': 'font/woff2',
	'.png': 'image/png'
};

export interface StaticServer {
	url: string;
	close(): Promise<void>;
}

/** Serves `site` at / and `bench` at /bench/ on a free port of 127.0.0.1. */
export async function serveStatic(site: string, bench: string): Promise<StaticServer> {
	const server: Server = createServer(async (req, res) => {
		const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
		const [root, rest] = path.startsWith('/bench/')
			? [bench, path.slice(7)]
			: [site, path.slice(1)];
		const file = normalize(join(root, rest));
		if (!file.startsWith(normalize(root) + sep) && file !== normalize(root)) {
			res.writeHead(403).end();
			return;
		}
		for (const candidate of [file, join(file, 'index.html'), `${file}.html`]) {
			const info = await stat(candidate).catch(() => null);
			if (!info?.isFile()) continue;
			res.writeHead(200, {
				'content-type': TYPES[extname(candidate)] ?? 'application/octet-stream',
				'content-length': info.size,
				'cache-control': 'no-store'
			});
			createReadStream(candidate).pipe(res);
			return;
		}
		res.writeHead(404).end();
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		close: () => new Promise((resolve) => server.close(() => resolve()))
	};
}

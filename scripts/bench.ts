/**
 * npm run bench -- [--events 1000,10000,100000] [--out FILE] [--seed S] [--no-build] [--site DIR]
 *
 * Builds the site (or reuses a build newer than every source file), writes synthetic datasets
 * (compact) into .tmp/bench-data/ (kept between runs, never in the site), serves both on a free
 * port of 127.0.0.1, and drives headless Chromium (software WebGL) over the default atlas and
 * each size, through the real app: `/?data=/bench/atlas-<size>.atlas`. Prints a table and
 * writes FILE in the shape of issue 9, with the breakdowns in FILE's `.details.json` sibling.
 *
 * Per size:
 *  - firstDrawMs: navigation start to the map idle with the dataset drawn (<main> not busy);
 *  - indexBuildMs: the page thread's share of indexing (the `atlas:index` measure); the
 *    worker's share is in the details;
 *  - scrub: a 5-second drag of the timeline's brush selection with real mouse input, one move
 *    per ~16 ms; per step, the main thread's script work it caused: from the dispatch of the
 *    input event to the end of the last script of the frame that handled it, before style,
 *    layout and paint (see src/lib/bench/probe.ts); the time from the input's time stamp and
 *    to the painted frame are in the details; long tasks over 50 ms during the drag;
 *  - selectMs: a click on an event's mark to the source panel showing its title (+ a frame);
 *  - heapMB: JS heap in use after load and a forced garbage collection.
 */

import { execFileSync } from 'node:child_process';
import { existsSync, statSync, readdirSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { loadavg, cpus } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser, type Page } from '@playwright/test';
import { bundleSizes, gzSize, isMaplibre } from '../src/lib/bench/bundle.ts';
import { installProbe, type ProbeState } from '../src/lib/bench/probe.ts';
import { serveStatic } from '../src/lib/bench/serve.ts';
import { median, percentile, round, table } from '../src/lib/bench/stats.ts';
import { writeFilesAtomic } from '../src/lib/server/files.ts';
import { chromiumLaunch } from '../src/lib/test/chromium.ts';
import { loadReference } from '../src/lib/synth/reference.ts';
import { sizeLabel, synthFiles } from '../src/lib/synth/write.ts';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
	options: {
		events: { type: 'string', default: '1000,10000,100000' },
		out: { type: 'string', default: 'bench-results/bench.json' },
		seed: { type: 'string', default: '1' },
		'no-build': { type: 'boolean' },
		site: { type: 'string' },
		'scrub-seconds': { type: 'string', default: '5' }
	}
});
// `--events none`: the default atlas only (e.g. to measure another build with --site).
const sizes =
	values.events === 'none' ? [] : values.events.split(',').map((s) => Number(s.replace(/_/g, '')));
if (sizes.some((n) => !Number.isInteger(n) || n < 1)) {
	console.error('--events takes sizes separated by commas, e.g. 1000,10000,100000');
	process.exit(2);
}
const seed = Number(values.seed);
const scrubSeconds = Number(values['scrub-seconds']);
const site = resolve(values.site ?? join(root, 'build'));
const dataDir = join(root, '.tmp', 'bench-data');
const log = (s: string) => console.log(`bench: ${s}`);

// --- The site ---------------------------------------------------------------------------------

function newestIn(path: string): number {
	if (!existsSync(path)) return 0;
	const info = statSync(path);
	if (!info.isDirectory()) return info.mtimeMs;
	let newest = info.mtimeMs;
	for (const name of readdirSync(path)) {
		if (name === 'bench' || name.startsWith('.')) continue;
		newest = Math.max(newest, newestIn(join(path, name)));
	}
	return newest;
}

function ensureBuild() {
	if (values.site || values['no-build']) return;
	const inputs = ['src', 'static', 'data', 'svelte.config.js', 'vite.config.ts', 'package.json'];
	const newest = Math.max(...inputs.map((p) => newestIn(join(root, p))));
	const built = existsSync(join(site, 'index.html'))
		? statSync(join(site, 'index.html')).mtimeMs
		: 0;
	if (built > newest) return log('reusing the build in build/ (newer than its sources)');
	log('building the site (npm run build)');
	execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
}

// --- The datasets -------------------------------------------------------------------------------

const nameOf = (n: number) => `atlas-${sizeLabel(n)}-s${seed}`;

async function ensureDatasets() {
	for (const n of sizes) {
		if (existsSync(join(dataDir, `${nameOf(n)}.atlas`))) continue;
		log(`generating ${n.toLocaleString('en')} events (seed ${seed}) into .tmp/bench-data/`);
		const made = synthFiles(await loadReference(), {
			events: n,
			seed,
			name: nameOf(n),
			json: false,
			compact: true
		});
		if (made.problems.length)
			throw new Error(`the synthetic atlas does not verify: ${made.problems[0]!.message}`);
		await writeFilesAtomic(new Map([...made.files].map(([f, b]) => [join(dataDir, f), b])));
	}
}

// --- One run ------------------------------------------------------------------------------------

interface Run {
	events: number;
	firstDrawMs: number;
	indexBuildMs: number;
	scrub: { p50Ms: number; p95Ms: number; longTasks: number };
	selectMs: number | null;
	heapMB: number;
}

interface RunDetails {
	label: string;
	/** The JavaScript files the page fetched, and their gzipped size (from the build). */
	jsLoaded: { files: string[]; gzBytes: number; gzExclMaplibreBytes: number };
	workerMs: Record<string, number>;
	scrub: {
		how: string;
		steps: number;
		/** From the input event's time stamp (queueing behind the previous frame included). */
		fromInputP50Ms: number;
		fromInputP95Ms: number;
		toPaintP50Ms: number;
		toPaintP95Ms: number;
		longTaskMs: number[];
		longFrames: number;
	};
	select: { how: string; title: string | null };
	loadavg: number[];
}

const probe = (page: Page) =>
	page.evaluate(() => (window as unknown as { __bench: ProbeState }).__bench);

async function measure(
	browser: Browser,
	base: string,
	data: string | null,
	events: number,
	label: string
) {
	const context = await browser.newContext({
		viewport: { width: 1440, height: 900 },
		locale: 'en-GB',
		timezoneId: 'UTC'
	});
	const page = await context.newPage();
	// tsx keeps function names with a `__name` helper that serialised functions call in the page.
	await page.addInitScript({
		content: `window.__name = window.__name || ((f) => f); (${installProbe.toString()})();`
	});
	const errors: string[] = [];
	const scripts = new Set<string>();
	page.on('response', (r) => {
		const path = new URL(r.url()).pathname;
		if (/\.m?js$/.test(path)) scripts.add(path);
	});
	page.on('pageerror', (e) => errors.push(e.message));
	page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
	const cdp = await context.newCDPSession(page);

	// A two-month window to start from, so that the brush has a selection to drag.
	const query = new URLSearchParams({ from: '2007-02-01', to: '2007-03-31' });
	if (data) query.set('data', data);
	await page.goto(`${base}/?${query}`);
	await page.waitForFunction(
		() => (window as unknown as { __bench: ProbeState }).__bench?.drawnAt !== null,
		null,
		{ timeout: 180_000, polling: 100 }
	);
	const state = await probe(page);
	const measures = await page.evaluate(() =>
		performance.getEntriesByType('measure').map((m) => ({ name: m.name, duration: m.duration }))
	);
	const indexBuilds = measures.filter((m) => m.name === 'atlas:index');
	const workerMs = Object.fromEntries(
		measures
			.filter((m) => m.name.startsWith('atlas:worker:'))
			.map((m) => [m.name.slice(13), round(m.duration)])
	);

	await cdp.send('HeapProfiler.collectGarbage');
	const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };

	const scrub = await scrubBrush(page);
	const select = await selectMark(page);
	if (errors.length) log(`${label}: page errors: ${errors.slice(0, 3).join(' | ')}`);
	await context.close();

	const run: Run = {
		events,
		firstDrawMs: round(state.drawnAt!),
		indexBuildMs: round(indexBuilds.at(-1)?.duration ?? NaN),
		scrub: { p50Ms: round(scrub.p50), p95Ms: round(scrub.p95), longTasks: scrub.longTasks.length },
		selectMs: select.ms === null ? null : round(select.ms),
		heapMB: round(heap.usedSize / 1e6)
	};
	const jsFiles = [...scripts].sort();
	const details: RunDetails = {
		label,
		jsLoaded: await loadedSizes(jsFiles),
		workerMs,
		scrub: {
			how: scrub.how,
			steps: scrub.steps,
			fromInputP50Ms: round(scrub.fromInputP50),
			fromInputP95Ms: round(scrub.fromInputP95),
			toPaintP50Ms: round(scrub.toPaintP50),
			toPaintP95Ms: round(scrub.toPaintP95),
			longTaskMs: scrub.longTasks.map(round),
			longFrames: scrub.longFrames
		},
		select: { how: select.how, title: select.title },
		loadavg: loadavg().map(round)
	};
	return { run, details };
}

async function loadedSizes(files: string[]) {
	let gzBytes = 0;
	let gzExclMaplibreBytes = 0;
	for (const f of files) {
		const bytes = await readFile(join(site, f));
		const gz = gzSize(bytes);
		gzBytes += gz;
		if (!isMaplibre(bytes.toString('utf8'))) gzExclMaplibreBytes += gz;
	}
	return { files, gzBytes, gzExclMaplibreBytes };
}

/** Drags the brush's selection right then back, one mouse move per ~16 ms, for the set time. */
async function scrubBrush(page: Page) {
	const selection = page.locator('section[aria-label="Timeline"] .selection').first();
	const box = (await selection.count()) ? await selection.boundingBox() : null;
	const plot = page.locator('section[aria-label="Timeline"] .overlay').first();
	const area = (await plot.count()) ? await plot.boundingBox() : null;
	let how = 'real mouse input on the brush selection';
	const start = await page.evaluate(() => {
		const b = (window as unknown as { __bench: ProbeState }).__bench;
		b.steps = [];
		b.recording = true;
		return performance.now();
	});
	if (box && area && box.width > 0) {
		const y = box.y + box.height / 2;
		const x0 = box.x + box.width / 2;
		const reach = Math.max(50, area.x + area.width - box.width / 2 - x0 - 2);
		await page.mouse.move(x0, y);
		await page.mouse.down();
		const t0 = Date.now();
		for (let i = 1; Date.now() - t0 < scrubSeconds * 1000; i++) {
			const phase = ((Date.now() - t0) / (scrubSeconds * 1000)) * 2;
			const x = x0 + reach * (phase < 1 ? phase : 2 - phase);
			await page.mouse.move(x, y);
			const wait = t0 + i * 16 - Date.now();
			if (wait > 0) await new Promise((r) => setTimeout(r, wait));
		}
		await page.mouse.up();
	} else {
		// No brush on the page (the timeline not yet there): previews driven through the map's
		// test hook, one per frame. Not real input: the figures say so.
		how = 'view.previewChange per animation frame through window.__atlasMap (no brush found)';
		await page.evaluate(async (seconds) => {
			const hook = (
				window as unknown as { __atlasMap?: { view: { previewChange(p: object): void } } }
			).__atlasMap;
			if (!hook) return;
			const t0 = performance.now();
			const iso = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);
			const first = Date.UTC(2007, 0, 1) / 86_400_000;
			await new Promise<void>((done) => {
				const step = () => {
					const t = performance.now() - t0;
					if (t > seconds * 1000) return done();
					const from = first + Math.floor((t / (seconds * 1000)) * 600);
					hook.view.previewChange({ from: iso(from), to: iso(from + 60) });
					window.dispatchEvent(new MouseEvent('mousemove'));
					requestAnimationFrame(step);
				};
				requestAnimationFrame(step);
			});
		}, scrubSeconds);
	}
	await page.waitForTimeout(300);
	const state = await page.evaluate(() => {
		const b = (window as unknown as { __bench: ProbeState }).__bench;
		b.recording = false;
		return { ...b, end: performance.now() };
	});
	const steps = state.steps.filter((s) => s.scriptEnd > 0);
	const during = (t: { start: number }) => t.start >= start && t.start <= state.end;
	const p = (f: (s: (typeof steps)[number]) => number, q: number) => percentile(steps.map(f), q);
	return {
		how,
		steps: steps.length,
		// The goal is main-thread work per step: from the step's dispatch to its last script.
		p50: p((s) => s.scriptEnd - s.dispatch, 50),
		p95: p((s) => s.scriptEnd - s.dispatch, 95),
		fromInputP50: p((s) => s.scriptEnd - s.input, 50),
		fromInputP95: p((s) => s.scriptEnd - s.input, 95),
		toPaintP50: p((s) => s.frameEnd - s.input, 50),
		toPaintP95: p((s) => s.frameEnd - s.input, 95),
		longTasks: state.longTasks.filter(during).map((t) => t.duration),
		longFrames: state.longFrames.filter(during).length
	};
}

/**
 * Clicks an event's mark (on the timeline, else on the map, else the list's row) with the
 * mouse, and times until the source panel shows the event's title, plus one frame.
 */
async function selectMark(
	page: Page
): Promise<{ ms: number | null; how: string; title: string | null }> {
	const target = await page.evaluate(() => {
		const titles = new Set<string>();
		const view = (
			window as unknown as {
				__atlasMap?: { view: { result: { inView: { event: { title: string } }[] } } };
			}
		).__atlasMap?.view;
		for (const e of view?.result.inView.slice(0, 5000) ?? []) titles.add(e.event.title);
		const regions: [string, string][] = [
			['Timeline', 'timeline mark'],
			['Map', 'map mark'],
			['Events', 'list row']
		];
		for (const [region, how] of regions) {
			const buttons = document.querySelectorAll<HTMLElement>(
				`section[aria-label="${region}"] button, section[aria-label="${region}"] [role=button]`
			);
			for (const b of buttons) {
				const name = b.getAttribute('aria-label') ?? b.textContent ?? '';
				const title = [...titles].find((t) => name.trim().startsWith(t));
				if (!title) continue;
				// A list row may lie below the fold of its panel: scrolled to, as a person would.
				if (region === 'Events') b.scrollIntoView({ block: 'center' });
				const r = b.getBoundingClientRect();
				if (r.width === 0 || r.height === 0) continue;
				// Only a mark the mouse can reach: on screen, and not under another element.
				const x = r.x + r.width / 2;
				const y = r.y + r.height / 2;
				const top = x >= 0 && y >= 0 ? document.elementFromPoint(x, y) : null;
				if (!top || !(b === top || b.contains(top))) continue;
				return { how, title, x: r.x + r.width / 2, y: r.y + r.height / 2 };
			}
		}
		return null;
	});
	if (!target) return { ms: null, how: 'no event mark found', title: null };
	// The listener is in place before the click is sent (else the click may come first).
	await page.evaluate(() => {
		const b = (window as unknown as { __bench: ProbeState & { clickAt?: number } }).__bench;
		b.sourceChanges = [];
		b.clickAt = undefined;
		window.addEventListener('mousedown', (e) => (b.clickAt = e.timeStamp), {
			capture: true,
			once: true
		});
	});
	await page.mouse.click(target.x, target.y);
	const down = await page
		.waitForFunction(
			() => (window as unknown as { __bench: { clickAt?: number } }).__bench.clickAt ?? false,
			null,
			{ timeout: 10_000 }
		)
		.then((h) => h.jsonValue() as Promise<number>)
		.catch(() => null);
	if (down === null)
		return { ms: null, how: `${target.how}: the click did not arrive`, title: target.title };
	const shown = await page
		.waitForFunction(
			(title) => {
				const b = (window as unknown as { __bench: ProbeState }).__bench;
				return b.sourceChanges.find((c) => c.text.includes(title))?.at ?? false;
			},
			target.title,
			{ timeout: 10_000 }
		)
		.then((h) => h.jsonValue() as Promise<number>)
		.catch(() => null);
	return { ms: shown === null ? null : shown - down, how: target.how, title: target.title };
}

// --- Main ---------------------------------------------------------------------------------------

ensureBuild();
await ensureDatasets();
const server = await serveStatic(site, dataDir);
const browser = await chromium.launch(chromiumLaunch);
log(
	`serving ${site} and .tmp/bench-data at ${server.url}; ${cpus().length} cores, load ${loadavg().map(round).join(' ')}`
);

const runs: Run[] = [];
const details: RunDetails[] = [];
try {
	const defaultAtlas = JSON.parse(await readFile(join(site, 'data', 'atlas.json'), 'utf8')) as {
		events: unknown[];
	};
	for (const [data, events, label] of [
		[null, defaultAtlas.events.length, 'default atlas'] as const,
		...sizes.map(
			(n) => [`/bench/${nameOf(n)}.atlas`, n, `${n.toLocaleString('en')} events`] as const
		)
	]) {
		log(`measuring ${label}`);
		const { run, details: d } = await measure(browser, server.url, data, events, label);
		runs.push(run);
		details.push(d);
	}
} finally {
	await browser.close();
	await server.close();
}

const bundle = await bundleSizes(site);
const largest = sizes.length ? Math.max(...sizes) : 0;
const core = largest ? await readFile(join(dataDir, `${nameOf(largest)}.atlas`)) : null;
const passages = largest ? await readFile(join(dataDir, `${nameOf(largest)}.passages`)) : null;
const perHundredK = (file: Buffer | null) =>
	file ? Math.round((gzSize(file) * 100_000) / largest) : null;
const result = {
	runs,
	bundle: {
		jsGzExclMaplibreBytes: bundle.jsGzExclMaplibreBytes,
		maplibreGzBytes: bundle.maplibreGzBytes
	},
	data: { gzBytesPer100k: perHundredK(core) }
};

console.log(
	'\n' +
		table(
			[
				'run',
				'events',
				'first draw ms',
				'index ms (page)',
				'index ms (worker)',
				'scrub p50',
				'scrub p95',
				'long tasks',
				'select ms',
				'heap MB'
			],
			runs.map((r, i) => [
				details[i]!.label,
				r.events.toLocaleString('en'),
				r.firstDrawMs,
				r.indexBuildMs,
				details[i]!.workerMs.index ?? null,
				r.scrub.p50Ms,
				r.scrub.p95Ms,
				r.scrub.longTasks,
				r.selectMs,
				r.heapMB
			])
		)
);
console.log(
	`\nJS gzipped: ${(bundle.jsGzExclMaplibreBytes / 1024).toFixed(1)} KB without MapLibre, MapLibre ${(bundle.maplibreGzBytes / 1024).toFixed(1)} KB` +
		`\nJS the default page loads: ${(details[0]!.jsLoaded.gzExclMaplibreBytes / 1024).toFixed(1)} KB gzipped without MapLibre, ${(details[0]!.jsLoaded.gzBytes / 1024).toFixed(1)} KB with it (${details[0]!.jsLoaded.files.length} files)` +
		`\ndata: ${((result.data.gzBytesPer100k ?? NaN) / 1e6).toFixed(3)} MB gzipped per 100,000 events (core; passages ${((perHundredK(passages) ?? NaN) / 1e6).toFixed(2)} MB more)` +
		`\nscrub: ${details.map((d) => `${d.label}: ${d.scrub.how}, ${d.scrub.steps} steps`).join('; ')}`
);

const out = resolve(values.out);
await mkdir(dirname(out), { recursive: true });
await writeFile(out, JSON.stringify(result, null, '\t') + '\n');
await writeFile(
	out.replace(/\.json$/, '') + '.details.json',
	JSON.stringify(
		{
			machine: {
				cores: cpus().length,
				cpu: cpus()[0]?.model,
				webgl: 'SwiftShader (software)',
				loadavgAtEnd: loadavg()
			},
			seed,
			runs: details,
			bundleFiles: bundle.files,
			medianStepsMs: runs.map((r) => r.scrub.p50Ms),
			medianFirstDraw: median(runs.map((r) => r.firstDrawMs))
		},
		null,
		'\t'
	) + '\n'
);
log(`wrote ${out}`);

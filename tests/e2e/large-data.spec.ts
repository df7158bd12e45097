/**
 * A large dataset through the real app: 10,000 synthetic events, served same-origin (the test
 * answers /bench/ requests itself), loaded with ?data= as compact files and as JSON. The counts
 * the page shows are checked against a count made here, from the atlas's objects and the
 * definitions, independently of the app's index. Functional checks only: no timings.
 */

import type { Page } from '@playwright/test';
import { summaryInWords } from '../../src/lib/model/describe';
import { dayNumber, parseEdtf } from '../../src/lib/model/edtf';
import type { Atlas, AtlasEvent } from '../../src/lib/model/types';
import { loadReference } from '../../src/lib/synth/reference';
import { synthFiles } from '../../src/lib/synth/write';
import { expect, openAtlas, test } from './fixtures';

const EVENTS = 10_000;
let files: Map<string, Uint8Array>;
let atlas: Atlas;

test.describe.configure({ timeout: 120_000 });

test.beforeAll(async () => {
	const made = synthFiles(await loadReference(), {
		events: EVENTS,
		seed: 9,
		name: 'e2e-10k',
		json: true,
		compact: true
	});
	expect(made.problems).toEqual([]);
	files = made.files;
	atlas = JSON.parse(new TextDecoder().decode(files.get('e2e-10k.json')));
});

/** Serves the generated files at /bench/ on the site's own origin. */
async function serveBench(page: Page) {
	await page.route(
		(url) => url.pathname.startsWith('/bench/'),
		(route) => {
			const name = new URL(route.request().url()).pathname.split('/').pop()!;
			const body = files.get(name);
			if (!body) return route.fulfill({ status: 404 });
			return route.fulfill({ status: 200, body: Buffer.from(body) });
		}
	);
}

/** Countries an event involves, from the definitions (venue, participants, national bodies). */
function countriesOf(e: AtlasEvent): Set<string> {
	const out = new Set<string>();
	const place = atlas.places.find((p) => p.id === e.place);
	if (place?.kind === 'country') out.add(place.id);
	if (place?.kind === 'city' && place.country) out.add(place.country);
	for (const p of e.participants) {
		if (p.kind === 'country') out.add(p.id);
		const org = p.kind === 'organisation' ? atlas.organisations.find((o) => o.id === p.id) : null;
		if (org?.country) out.add(org.country);
	}
	return out;
}

/** Certain and possible counts for a window (inclusive days) and a country filter. */
function expectedCounts(window: [number, number] | null, countries: string[] = []) {
	let certain = 0;
	let possible = 0;
	for (const e of atlas.events) {
		if (countries.length && !countries.some((c) => countriesOf(e).has(c))) continue;
		const { start, end } = parseEdtf(e.date);
		if (!window) certain++;
		else if (end < window[0] || start > window[1]) continue;
		else if (start >= window[0] && end <= window[1]) certain++;
		else possible++;
	}
	return { certain, possible };
}

/** The summary the status should show. */
function expectedSummary(window: [number, number] | null, countries: string[] = []): string {
	const { certain, possible } = expectedCounts(window, countries);
	return summaryInWords(certain, possible, atlas.events.length);
}

const status = (page: Page) => page.getByRole('status');

test.describe('a dataset of 10,000 events', () => {
	test.beforeEach(async ({ page }) => serveBench(page));

	test('loads from compact files with ?data=, and counts as a full scan does', async ({ page }) => {
		await openAtlas(page, '?data=/bench/e2e-10k.atlas');
		await expect(status(page)).toHaveText(expectedSummary(null));
		expect(await status(page).textContent()).toContain('10,000 of 10,000 events');
	});

	test('loads from JSON with ?data= and gives the same counts', async ({ page }) => {
		await openAtlas(page, '?data=/bench/e2e-10k.json&from=2007-06&to=2007-09');
		const window: [number, number] = [dayNumber(2007, 6, 1), dayNumber(2007, 9, 30)];
		await expect(status(page)).toHaveText(expectedSummary(window));
	});

	test('a time window and a country filter from the link count right', async ({ page }) => {
		await openAtlas(page, '?data=/bench/e2e-10k.atlas&from=2008-03-10&to=2008-05-20&countries=TJK');
		const window: [number, number] = [dayNumber(2008, 3, 10), dayNumber(2008, 5, 20)];
		const want = expectedSummary(window, ['TJK']);
		expect(want).toMatch(/more possibly/); // the window cuts month and year dates
		await expect(status(page)).toHaveText(want);
	});

	test('ticking a country in the filters counts right, and so does its option', async ({
		page
	}) => {
		await openAtlas(page, '?data=/bench/e2e-10k.atlas&from=2007-01&to=2007-06');
		const window: [number, number] = [dayNumber(2007, 1, 1), dayNumber(2007, 6, 30)];
		const filters = page
			.getByRole('region', { name: 'Filters' })
			.getByRole('group', { name: 'Countries' });
		const option = filters.getByRole('checkbox', { name: /^Kyrgyzstan/ });
		// The option says how many events it would leave: those meeting the window.
		const { certain, possible } = expectedCounts(window, ['KGZ']);
		await expect(
			filters
				.locator('label')
				.filter({ has: page.getByRole('checkbox', { name: /^Kyrgyzstan/ }) })
				.locator('.count')
		).toHaveText(String(certain + possible));
		const want = expectedSummary(window, ['KGZ']);
		await option.check();
		await expect(status(page)).toHaveText(want);
		await expect(page).toHaveURL(/countries=KGZ/);
	});

	test('the events with no place start folded to a count, and open on request', async ({
		page
	}) => {
		await openAtlas(page, '?data=/bench/e2e-10k.atlas');
		const unplaced = atlas.events.filter(
			(e) => e.placePrecision === 'unstated' || e.placePrecision === 'region'
		).length;
		expect(unplaced).toBeGreaterThan(5);
		const box = page.getByRole('region', { name: 'Map' }).getByRole('group', { name: /^No / });
		const fold = box.getByRole('button', { name: /^No (country or city|place) stated/ });
		await expect(fold).toHaveAccessibleName(
			new RegExp(`: ${unplaced.toLocaleString('en')} events$`)
		);
		await expect(fold).toHaveAttribute('aria-expanded', 'false');
		await expect(box.getByRole('listitem')).toHaveCount(0);
		await fold.click();
		await expect(fold).toHaveAttribute('aria-expanded', 'true');
		await expect(box.getByRole('listitem')).toHaveCount(5);
	});

	test('dragging the brush moves the window, and the counts follow it', async ({ page }) => {
		await openAtlas(page, '?data=/bench/e2e-10k.atlas&from=2007-03-01&to=2007-04-30');
		const selection = page.getByRole('region', { name: 'Timeline' }).locator('.selection').first();
		const box = await selection.boundingBox();
		expect(box, 'the timeline draws a brush selection').not.toBeNull();
		const y = box!.y + box!.height / 2;
		await page.mouse.move(box!.x + box!.width / 2, y);
		await page.mouse.down();
		for (let dx = 10; dx <= 200; dx += 10) await page.mouse.move(box!.x + box!.width / 2 + dx, y);
		await page.mouse.up();
		// The released window is written to the link; the counts must be those of that window.
		await expect(page).not.toHaveURL(/from=2007-03-01&/);
		const url = new URL(page.url());
		const from = parseEdtf(url.searchParams.get('from')!).start;
		const to = parseEdtf(url.searchParams.get('to')!).end;
		await expect(status(page)).toHaveText(expectedSummary([from, to]));
	});
});

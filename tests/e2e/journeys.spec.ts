/**
 * Whole journeys, as people make them: by keyboard alone, by touch on a phone, with links that
 * carry payloads, with filters that leave nothing, and with a dataset that fails to load. The
 * fixture fails each on any console error, CSP violation or request to another host.
 */

import type { Locator, Page } from '@playwright/test';
import { PARAMS } from '../../src/lib/url/view-state';
import { EVENTS, EVENT_IDS, expect, openAtlas, test } from './fixtures';

const status = (page: Page) =>
	page
		.getByRole('status')
		.filter({ hasText: /events?/ })
		.first();
const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

/** Whether the focused element shows where focus is (an outline, a ring, or a focus style). */
async function focusIsVisible(page: Page): Promise<string | null> {
	return page.evaluate(() => {
		const el = document.activeElement as HTMLElement | SVGElement | null;
		if (!el || el === document.body) return 'nothing is focused';
		const style = getComputedStyle(el);
		const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
		const shadow = style.boxShadow !== 'none';
		// SVG marks and sliders draw their own ring: a child shown while the element has focus.
		const ring = [...el.querySelectorAll('[class*="ring"], [class*="grip"]')].some((r) => {
			const s = getComputedStyle(r);
			return s.visibility === 'visible' && s.display !== 'none';
		});
		return outline || shadow || ring
			? null
			: `${el.tagName.toLowerCase()} "${el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 40)}" has no visible focus`;
	});
}

/** Presses Tab (or Shift+Tab) until `target` has focus, checking that focus is visible on the way. */
async function tabTo(page: Page, target: Locator, { backwards = false, max = 250 } = {}) {
	for (let i = 0; i < max; i++) {
		if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
		await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
		const problem = await focusIsVisible(page);
		expect(problem, 'focus must be visible at every step').toBeNull();
	}
	throw new Error(`could not reach ${target} by keyboard`);
}

test('keyboard only: filter, move the window, select on the timeline, read the source, copy the link', async ({
	page,
	context
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await openAtlas(page);

	// Filter by a country.
	const kazakhstan = region(page, 'Filters').getByRole('checkbox', {
		name: /^Kazakhstan \d+ events?$/
	});
	await tabTo(page, kazakhstan);
	await page.keyboard.press('Space');
	await expect(page).toHaveURL(/countries=KAZ/);
	await expect(status(page)).toHaveText('2 of 4 events');

	// Move the time window to 2008 with the preset.
	const preset = region(page, 'Timeline').getByRole('button', { name: '2008', exact: true });
	await tabTo(page, preset);
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/from=2008&to=2008/);

	// Select the workshop on the timeline: one Tab stop for the marks, arrows between them.
	const marks = region(page, 'Timeline').getByRole('button', {
		name: new RegExp(`^${EVENTS.workshop}`)
	});
	const vienna = region(page, 'Timeline').getByRole('button', {
		name: new RegExp(`^${EVENTS.vienna}`)
	});
	for (let i = 0; i < 60; i++) {
		const here = await page.evaluate(
			() => document.activeElement?.getAttribute('aria-label') ?? ''
		);
		if (here.startsWith(EVENTS.workshop) || here.startsWith(EVENTS.vienna)) break;
		await page.keyboard.press('Tab');
		expect(await focusIsVisible(page)).toBeNull();
	}
	for (let i = 0; i < 4 && !(await marks.evaluate((el) => el === document.activeElement)); i++) {
		await page.keyboard.press(i < 2 ? 'ArrowLeft' : 'ArrowRight');
	}
	await expect(marks).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`event=${EVENT_IDS.workshop}`));
	expect(await vienna.count()).toBe(1);

	// Read the source, then close it: focus comes back.
	const source = region(page, 'Source');
	await expect(source.getByRole('heading', { level: 2, name: EVENTS.workshop })).toBeVisible();
	const read = source.getByRole('button', { name: /^Read the full source/ }).first();
	await tabTo(page, read);
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/read=osce-2008-05-16/);
	await expect(
		source.getByRole('heading', {
			level: 2,
			name: /^Human trafficking, migrant smuggling in Central Asia/
		})
	).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(page).not.toHaveURL(/read=/);
	await expect(read).toBeFocused();

	// Copy the link to this view.
	const copy = page.getByRole('button', { name: 'Copy link' });
	await tabTo(page, copy, { backwards: true });
	await page.keyboard.press('Enter');
	await expect(page.getByRole('button', { name: 'Link copied' })).toBeVisible();
	const link = await page.evaluate(() => navigator.clipboard.readText());
	expect(new URL(link).search).toBe(`?from=2008&to=2008&event=${EVENT_IDS.workshop}&countries=KAZ`);
});

test.describe('on a phone, by touch', () => {
	test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

	test('dragging a finger across the timeline sets the time window', async ({ page }) => {
		await openAtlas(page);
		const brush = region(page, 'Timeline').getByRole('slider', { name: 'Time window' });
		await brush.scrollIntoViewIfNeeded();
		const box = (await brush.boundingBox())!;
		const y = box.y + box.height / 2;
		const session = await page.context().newCDPSession(page);
		const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x: number) =>
			session.send('Input.dispatchTouchEvent', {
				type,
				touchPoints: type === 'touchEnd' ? [] : [{ x, y, id: 1 }]
			});
		// From the middle of the domain (the start of 2008) to its end.
		const x0 = box.x + box.width * 0.52;
		const x1 = box.x + box.width - 2;
		await touch('touchStart', x0);
		for (let i = 1; i <= 10; i++) await touch('touchMove', x0 + ((x1 - x0) * i) / 10);
		await touch('touchEnd', x1);
		await expect(page).toHaveURL(/from=2008-[\d-]+&to=2008/);
		await expect(status(page)).toHaveText('2 of 4 events');
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(390);
	});

	test('selecting an event opens the source as a sheet, and Close puts it away', async ({
		page
	}) => {
		await openAtlas(page);
		await region(page, 'Events').getByRole('button', { name: EVENTS.vienna }).tap();
		const source = region(page, 'Source');
		await expect(source.getByRole('heading', { level: 2, name: EVENTS.vienna })).toBeInViewport();
		expect(await source.evaluate((el) => getComputedStyle(el).position)).toBe('fixed');
		await source.getByRole('button', { name: 'Close' }).first().tap();
		await expect(page).not.toHaveURL(/event=/);
		await expect(source).toBeHidden();
	});
});

test('a filter that leaves no events says so and offers to reset', async ({ page }) => {
	await openAtlas(page, '?countries=ISR&kinds=meeting');
	await expect(status(page)).toHaveText('0 of 4 events');
	const events = region(page, 'Events');
	await expect(events.getByText('No events match this view.')).toBeVisible();
	await events.getByRole('button', { name: 'Reset the view' }).click();
	await expect(status(page)).toHaveText('4 of 4 events');
	expect(new URL(page.url()).search).toBe('');
});

test('a dataset that fails to load says what failed, and the atlas stays on its own data', async ({
	page,
	guard
}) => {
	guard.allowErrors('404');
	await openAtlas(page, '?data=/no/such/atlas.json');
	await expect(
		page.getByText('Ignored data=/no/such/atlas.json: could not be loaded (HTTP 404)')
	).toBeVisible();
	await expect(status(page)).toHaveText('4 of 4 events');
});

test('a dataset that is not one is refused with the reason', async ({ page }) => {
	await page.route(
		(url) => url.pathname === '/not-an-atlas.json',
		(route) => route.fulfill({ json: { hello: 'world' } })
	);
	await openAtlas(page, '?data=/not-an-atlas.json');
	await expect(
		page.getByText('Ignored data=/not-an-atlas.json: is not a dataset of version 1')
	).toBeVisible();
	await expect(status(page)).toHaveText('4 of 4 events');
});

const PAYLOADS = [
	'<script>window.__pwned=1</script>',
	'"><img src=x onerror="window.__pwned=1">',
	'javascript:window.__pwned=1',
	"'-window.__pwned=1-'",
	'<svg/onload=window.__pwned=1>',
	'{{constructor.constructor("window.__pwned=1")()}}'
];

for (const payload of PAYLOADS) {
	test(`a payload in every URL parameter shows as text and runs nothing: ${payload}`, async ({
		page
	}) => {
		const dialogs: string[] = [];
		page.on('dialog', (d) => {
			dialogs.push(d.message());
			void d.dismiss();
		});
		const search = PARAMS.map((p) => `${p}=${encodeURIComponent(payload)}`).join('&');
		await openAtlas(page, `?${search}`);
		// Each parameter is refused with a notice, except q, which takes ordinary words.
		const notices = page.getByText(/^Ignored /);
		expect(await notices.count()).toBeGreaterThanOrEqual(PARAMS.length - 1);
		expect(
			await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)
		).toBeUndefined();
		expect(
			await page
				.locator('img[src="x"], svg[onload], script:not([src]):not([type="application/json"])')
				.count()
		).toBe(await page.locator('script:not([src]):not([type="application/json"])').count());
		expect(dialogs).toEqual([]);
		await expect(status(page)).toHaveText(/of 4 events/);
	});
}

import { readFile } from 'node:fs/promises';
import { csvParse } from 'd3';
import type { Page } from '@playwright/test';
import { EVENTS, EVENT_IDS, expect, openAtlas, test } from './fixtures';

const status = (page: Page) =>
	page
		.getByRole('status')
		.filter({ hasText: /events?/ })
		.first();
const filters = (page: Page) => page.getByRole('region', { name: 'Filters', exact: true });
const eventsRegion = (page: Page) => page.getByRole('region', { name: 'Events', exact: true });
const search = (page: Page) => new URL(page.url()).search;

test('?countries=ISR leaves only the workshop', async ({ page }) => {
	await openAtlas(page, '?countries=ISR');
	await expect(status(page)).toHaveText('1 of 4 events');
	await expect(eventsRegion(page).getByRole('button')).toHaveCount(1);
	await expect(eventsRegion(page).getByRole('button', { name: EVENTS.workshop })).toBeVisible();
	await expect(filters(page).getByRole('checkbox', { name: /^Israel \d+ events?$/ })).toBeChecked();
});

test('each filter option says how many events it would leave', async ({ page }) => {
	await openAtlas(page, '?kinds=conference');
	const kinds = filters(page).getByRole('group', { name: 'Kinds of event' });
	await expect(kinds.getByRole('checkbox', { name: /^Conference/ })).toBeChecked();
	await expect(kinds.locator('li', { hasText: 'Conference' }).getByLabel('2 events')).toBeVisible();
	await expect(kinds.locator('li', { hasText: 'Workshop' }).getByLabel('1 event')).toBeVisible();
	const countries = filters(page).getByRole('group', { name: 'Countries' });
	// Within the conferences, only Istanbul's Turkey remains.
	await expect(countries.locator('li', { hasText: 'Turkey' }).getByLabel('1 event')).toBeVisible();
	await expect(countries.locator('li', { hasText: 'Israel' }).getByLabel('0 events')).toBeVisible();
});

test('free text filters at once, case- and accent-insensitive, and reaches the URL', async ({
	page
}) => {
	await openAtlas(page);
	const box = filters(page).getByRole('searchbox');
	await box.fill('NÓRWAY');
	await expect(status(page)).toHaveText('1 of 4 events');
	await expect(page).toHaveURL(/\?q=N%C3%93RWAY$/);
	await box.fill('');
	await expect(status(page)).toHaveText('4 of 4 events');
});

test('Back and Forward walk through the changes a person made', async ({ page }) => {
	await openAtlas(page);
	const historyLength = () => page.evaluate(() => history.length);
	const start = await historyLength();

	await filters(page)
		.getByRole('checkbox', { name: /^Kazakhstan \d+ events?$/ })
		.check();
	await expect(page).toHaveURL(/\?countries=KAZ$/);
	await eventsRegion(page).getByRole('button', { name: EVENTS.vienna }).click();
	await expect(page).toHaveURL(new RegExp(`\\?event=${EVENT_IDS.vienna}&countries=KAZ$`));
	await filters(page)
		.getByRole('checkbox', { name: /^Workshop \d+ events?$/ })
		.check();
	await expect(page).toHaveURL(/countries=KAZ&kinds=workshop$/);
	await expect(status(page)).toHaveText('1 of 4 events');
	expect(await historyLength()).toBe(start + 3);

	await page.goBack();
	await expect(page).toHaveURL(new RegExp(`\\?event=${EVENT_IDS.vienna}&countries=KAZ$`));
	await expect(
		filters(page).getByRole('checkbox', { name: /^Workshop \d+ events?$/ })
	).not.toBeChecked();
	await expect(status(page)).toHaveText('2 of 4 events');
	await page.goBack();
	await expect(page).toHaveURL(/\?countries=KAZ$/);
	await expect(eventsRegion(page).getByRole('button', { name: EVENTS.vienna })).not.toHaveAttribute(
		'aria-current',
		'true'
	);
	await page.goBack();
	expect(search(page)).toBe('');
	await expect(
		filters(page).getByRole('checkbox', { name: /^Kazakhstan \d+ events?$/ })
	).not.toBeChecked();
	await expect(status(page)).toHaveText('4 of 4 events');

	await page.goForward();
	await expect(page).toHaveURL(/\?countries=KAZ$/);
	await expect(status(page)).toHaveText('2 of 4 events');
});

test('a link full of garbage and script payloads opens the default view with notices and runs nothing', async ({
	page
}) => {
	const dialogs: string[] = [];
	page.on('dialog', (dialog) => {
		dialogs.push(dialog.message());
		void dialog.dismiss();
	});
	const payload = '<img src=x onerror="window.__pwned=1">';
	const link =
		'?from=2008-13&to=' +
		encodeURIComponent('<script>window.__pwned=1</script>') +
		'&event=osce-workshop-uzbekistn-2008&countries=KAZ%22%3E%3Csvg%20onload%3Dalert(1)%3E' +
		'&map=javascript:alert(1)&view=globe&q=' +
		encodeURIComponent(payload) +
		'&place=' +
		encodeURIComponent('"><script>alert(1)</script>') +
		'&contries=KAZ';
	await openAtlas(page, link);
	await expect(status(page)).toHaveText('4 of 4 events');
	const notices = page.getByText(/^Ignored /);
	await expect(notices).toHaveCount(9);
	await expect(
		page.getByText('Ignored q=<img src=x onerror="window.__pwned=1">: looks like markup')
	).toBeVisible();
	await expect(
		page.getByText('Ignored event=osce-workshop-uzbekistn-2008: no such event in the atlas')
	).toBeVisible();
	expect(
		await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)
	).toBeUndefined();
	expect(await page.locator('img[src="x"], svg[onload]').count()).toBe(0);
	expect(dialogs).toEqual([]);

	// Dismissing one notice leaves the others.
	await page.getByRole('button', { name: 'Dismiss notice about contries' }).click();
	await expect(notices).toHaveCount(8);
});

test('the rest of a partly bad link still applies', async ({ page }) => {
	await openAtlas(page, `?countries=ISR,ZZZ&event=${EVENT_IDS.workshop}&from=2009-02-30`);
	await expect(status(page)).toHaveText('1 of 4 events');
	await expect(page.getByText('Ignored countries=ZZZ: no such country in the atlas')).toBeVisible();
	await expect(
		page.getByText(/Ignored from=2009-02-30: .* February 2009 has 28 days/)
	).toBeVisible();
	await expect(eventsRegion(page).getByRole('button', { name: EVENTS.workshop })).toHaveAttribute(
		'aria-current',
		'true'
	);
});

test('the list view is a sortable table of the events in view, and rows select', async ({
	page
}) => {
	await openAtlas(page, '?view=list');
	const table = eventsRegion(page).getByRole('table');
	const titles = () => table.locator('tbody th').allInnerTexts();
	expect(await titles()).toEqual([
		EVENTS.istanbul,
		EVENTS.conference30,
		EVENTS.workshop,
		EVENTS.vienna
	]);
	await table.getByRole('button', { name: /^Date/ }).click();
	expect(await titles()).toEqual([
		EVENTS.vienna,
		EVENTS.workshop,
		EVENTS.conference30,
		EVENTS.istanbul
	]);
	await expect(table.getByRole('columnheader', { name: /^Date/ })).toHaveAttribute(
		'aria-sort',
		'descending'
	);
	await table.getByRole('button', { name: /^Event/ }).click();
	expect(await titles()).toEqual([
		EVENTS.conference30,
		EVENTS.istanbul,
		EVENTS.vienna,
		EVENTS.workshop
	]);
	await table.getByRole('button', { name: EVENTS.workshop }).click();
	await expect(page).toHaveURL(new RegExp(`event=${EVENT_IDS.workshop}&view=list$`));
	await expect(page.getByRole('region', { name: 'Map', exact: true })).toBeHidden();
	await page.getByRole('button', { name: 'Map', exact: true }).click();
	await expect(page.getByRole('region', { name: 'Map', exact: true })).toBeVisible();
});

test('the exported CSV parses and its rows are the list’s rows', async ({ page }) => {
	await openAtlas(page, '?view=list&countries=KAZ');
	const listIds = await eventsRegion(page).locator('tbody th').allInnerTexts();
	const download = page.waitForEvent('download');
	await page.getByText('Export', { exact: true }).click();
	await page.getByRole('button', { name: 'Export CSV' }).click();
	const file = await download;
	expect(file.suggestedFilename()).toBe('trafficking-atlas_KAZ.csv');
	const rows = csvParse(await readFile((await file.path())!, 'utf8'));
	expect(rows.map((r) => r.title)).toEqual(listIds);
	expect(rows[0]!.view_url).toMatch(/\/\?countries=KAZ&view=list$/);
	expect(JSON.parse(rows[0]!.citations!)[0]).toMatchObject({ source: 'osce-2008-05-16' });
});

test('the exported GeoJSON holds the events in view with their citations', async ({ page }) => {
	await openAtlas(page, '?kinds=conference');
	const download = page.waitForEvent('download');
	await page.getByText('Export', { exact: true }).click();
	await page.getByRole('button', { name: 'Export GeoJSON' }).click();
	const file = await download;
	expect(file.suggestedFilename()).toBe('trafficking-atlas_conference.geojson');
	const data = JSON.parse(await readFile((await file.path())!, 'utf8'));
	expect(data.features.map((f: { id: string }) => f.id)).toEqual([
		EVENT_IDS.istanbul,
		EVENT_IDS.conference30
	]);
	expect(data.features[1].geometry).toBeNull();
	expect(data.metadata.view_url).toMatch(/\?kinds=conference$/);
});

test('a copied link opens the same view in a fresh browser', async ({
	page,
	context,
	browser,
	baseURL
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await openAtlas(page);
	await filters(page)
		.getByRole('checkbox', { name: /^Kazakhstan \d+ events?$/ })
		.check();
	await filters(page)
		.getByRole('checkbox', { name: /^Uzbekistan \d+ events?$/ })
		.check();
	await eventsRegion(page).getByRole('button', { name: EVENTS.workshop }).click();
	await page.getByRole('button', { name: 'Copy link' }).click();
	await expect(page.getByRole('button', { name: 'Link copied' })).toBeVisible();
	const link = await page.evaluate(() => navigator.clipboard.readText());
	expect(link).toBe(`${baseURL}/?event=${EVENT_IDS.workshop}&countries=KAZ,UZB`);
	const expected = await status(page).textContent();

	const fresh = await browser.newContext({ baseURL });
	const other = await fresh.newPage();
	await other.goto(link);
	await expect(other.locator('main')).toHaveAttribute('aria-busy', 'false');
	await expect(status(other)).toHaveText(expected!);
	await expect(
		filters(other).getByRole('checkbox', { name: /^Kazakhstan \d+ events?$/ })
	).toBeChecked();
	await expect(eventsRegion(other).getByRole('button', { name: EVENTS.workshop })).toHaveAttribute(
		'aria-current',
		'true'
	);
	await expect(
		other.getByRole('region', { name: 'Source' }).getByRole('heading', { name: EVENTS.workshop })
	).toBeVisible();
	await fresh.close();
});

test('Reset returns to the default view', async ({ page }) => {
	await openAtlas(page, '?countries=ISR&q=workshop');
	await expect(status(page)).toHaveText('1 of 4 events');
	await filters(page).getByRole('button', { name: 'Reset filters and time window' }).click();
	await expect(status(page)).toHaveText('4 of 4 events');
	expect(search(page)).toBe('');
});

/**
 * The map (issue 3), in Debian's Chromium with real MapLibre on software WebGL. The fixture
 * fails every test on a console error, a page error, a CSP violation or a request off the site.
 *
 * What the map draws is read through `window.__atlasMap`, a hook the map exposes only to
 * automated browsers (navigator.webdriver): feature-state of countries and marks, the camera.
 */

import type { Page } from '@playwright/test';
import { EVENT_IDS, EVENTS, expect, openAtlas, test } from './fixtures';

const WORKSHOP_COUNTRIES = [
	'KAZ',
	'KGZ',
	'TJK',
	'TKM',
	'UZB',
	'RUS',
	'ISR',
	'THA',
	'TUR',
	'ARE',
	'USA'
];

const mapRegion = (page: Page) => page.getByRole('region', { name: 'Map', exact: true });
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A name that begins with the title, as the marks' names must. */
const startsWith = (title: string) => new RegExp(`^${escape(title)}`);

function countryState(page: Page, iso3: string) {
	return page.evaluate((c) => window.__atlasMap!.countryState(c), iso3);
}

function venueState(page: Page, place: string) {
	return page.evaluate((p) => window.__atlasMap!.venueState(p), place);
}

function camera(page: Page) {
	return page.evaluate(() => {
		const map = window.__atlasMap!.map!;
		const c = map.getCenter();
		return { zoom: map.getZoom(), lat: c.lat, lon: c.lng };
	});
}

/** Resolves once the map has no pending frame or move. */
function idle(page: Page) {
	return page.evaluate(
		() =>
			new Promise<void>((resolve) => {
				const map = window.__atlasMap!.map!;
				if (!map.isMoving() && map.loaded()) {
					map.once('idle', () => resolve());
					map.triggerRepaint();
				} else map.once('idle', () => resolve());
			})
	);
}

/** A point of the page over the map's canvas and nothing else (no mark, box or control). */
async function canvasPointAt(page: Page, x: number, y: number) {
	const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
	const point = { x: box.x + x, y: box.y + y };
	const hit = await page.evaluate(
		({ x, y }) => document.elementFromPoint(x, y)?.classList.contains('maplibregl-canvas'),
		point
	);
	expect(hit, `(${x}, ${y}) is bare canvas`).toBe(true);
	return point;
}

/** Some point of bare canvas in the middle of the map, to drag from. */
async function bareCanvasPoint(page: Page) {
	const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
	const point = await page.evaluate((b) => {
		for (let fy = 0.5; fy < 0.9; fy += 0.05)
			for (let fx = 0.3; fx < 0.8; fx += 0.05) {
				const x = b.x + b.width * fx;
				const y = b.y + b.height * fy;
				if (document.elementFromPoint(x, y)?.classList.contains('maplibregl-canvas'))
					return { x, y };
			}
		return null;
	}, box);
	expect(point, 'a point of bare canvas').not.toBeNull();
	return point!;
}

test('the map loads, labels itself and credits Natural Earth, with only Chromium’s own GL notes on the console', async ({
	page
}) => {
	const warnings: string[] = [];
	page.on('console', (m) => {
		if (m.type() === 'warning') warnings.push(m.text());
	});
	await openAtlas(page);
	const map = mapRegion(page);
	await expect(map).toHaveCount(1); // the canvas is not a second "Map" region
	await expect(map.locator('canvas')).toHaveAttribute(
		'aria-label',
		/^Map of 4 events in view\. .*button/
	);
	await expect(map.getByText('Natural Earth')).toBeVisible();
	await expect(map.getByRole('button', { name: 'Zoom in' })).toBeVisible();
	await idle(page);
	// Software GL in headless Chromium reports that compositing reads the canvas back; MapLibre
	// itself (style, expressions, glyphs) must have nothing to say.
	expect(warnings.filter((w) => !/GPU stall due to ReadPixels/.test(w))).toEqual([]);
	// Labels are drawn from the bundled CSS font: the countries' names are on the map.
	const names = await page.evaluate(() =>
		window
			.__atlasMap!.map!.queryRenderedFeatures({
				layers: ['country-labels-1', 'country-labels-2', 'country-labels-3']
			})
			.map((f) => f.properties.name as string)
	);
	expect(names).toEqual(expect.arrayContaining(['Kazakhstan', 'Uzbekistan', 'Turkey']));
});

test('all four seed events are reachable by name inside the map: three marks and one with no place', async ({
	page
}) => {
	await openAtlas(page);
	const map = mapRegion(page);
	for (const title of [EVENTS.istanbul, EVENTS.workshop, EVENTS.vienna]) {
		const mark = map.getByRole('button', { name: startsWith(title) });
		await expect(mark).toBeVisible();
		await expect(mark).toHaveAttribute('aria-pressed', 'false');
	}
	const unstated = map.getByRole('group', { name: 'No place stated' });
	await expect(
		unstated.getByRole('button', { name: startsWith(EVENTS.conference30) })
	).toBeVisible();
	// The workshop's place is a country: its name says the city is not stated.
	await expect(map.getByRole('button', { name: startsWith(EVENTS.workshop) })).toHaveAccessibleName(
		/Uzbekistan \(city not stated\)$/
	);
	// Each mark sits over its venue: the workshop's over Uzbekistan's representative point.
	const [x, y] = (await page.evaluate(() => window.__atlasMap!.countryPoint('UZB')))!;
	const canvas = (await page.locator('.maplibregl-canvas').boundingBox())!;
	const mark = (await map
		.getByRole('button', { name: startsWith(EVENTS.workshop) })
		.boundingBox())!;
	expect(Math.abs(mark.x + mark.width / 2 - (canvas.x + x))).toBeLessThan(2);
	expect(Math.abs(mark.y + mark.height / 2 - (canvas.y + y))).toBeLessThan(2);
});

test('Tab from the map reaches every event', async ({ page }) => {
	await openAtlas(page);
	await page.locator('.maplibregl-canvas').focus();
	const reached = new Set<string>();
	for (let i = 0; i < 12 && reached.size < 4; i++) {
		await page.keyboard.press('Tab');
		const name = await page.evaluate(
			() => document.activeElement?.getAttribute('aria-label') ?? ''
		);
		for (const title of Object.values(EVENTS)) if (name.startsWith(title)) reached.add(title);
	}
	expect([...reached].sort()).toEqual(Object.values(EVENTS).sort());
});

async function expectWorkshopSelected(page: Page) {
	await expect(page).toHaveURL(new RegExp(`[?&]event=${EVENT_IDS.workshop}(&|$)`));
	const mark = mapRegion(page).getByRole('button', { name: startsWith(EVENTS.workshop) });
	await expect(mark).toHaveAttribute('aria-pressed', 'true');
	// The mark is highlighted on the map…
	await expect.poll(() => venueState(page, 'UZB')).toMatchObject({ sel: true });
	expect(await venueState(page, 'istanbul')).not.toMatchObject({ sel: true });
	// …and its 11 participating countries and Norway are shaded, Norway as the funder.
	for (const iso3 of WORKSHOP_COUNTRIES) {
		expect((await countryState(page, iso3))?.s, iso3).toBeGreaterThan(0);
	}
	expect((await countryState(page, 'NOR'))?.s).toBe(2);
	expect((await countryState(page, 'UZB'))?.s).toBe(3);
	expect((await countryState(page, 'FRA'))?.s ?? 0).toBe(0);
	// Lines from the ten other participants and the funder to the venue.
	const lines = await page.evaluate(async () => {
		const source = window.__atlasMap!.map!.getSource('links') as unknown as {
			getData(): Promise<{ features: { properties: { country: string; kind: string } }[] }>;
		};
		return (await source.getData()).features.map((f) => f.properties);
	});
	expect(lines).toHaveLength(11);
	expect(lines.filter((l) => l.kind === 'funder')).toEqual([
		{ country: 'NOR', kind: 'funder', roles: 'funder' }
	]);
}

test('clicking the workshop’s mark selects it, highlights it and shades its countries', async ({
	page
}) => {
	await openAtlas(page);
	expect((await countryState(page, 'NOR'))?.s ?? 0).toBe(0);
	await mapRegion(page)
		.getByRole('button', { name: startsWith(EVENTS.workshop) })
		.click();
	await expectWorkshopSelected(page);
	// Clicking it again lets it go.
	await mapRegion(page)
		.getByRole('button', { name: startsWith(EVENTS.workshop) })
		.click();
	await expect(page).not.toHaveURL(/event=/);
	await expect.poll(() => countryState(page, 'NOR')).toMatchObject({ s: 0 });
});

test('Enter on the focused mark selects the workshop', async ({ page }) => {
	await openAtlas(page);
	const mark = mapRegion(page).getByRole('button', { name: startsWith(EVENTS.workshop) });
	await mark.focus();
	await page.keyboard.press('Enter');
	await expectWorkshopSelected(page);
	await expect(mark).toBeFocused();
});

test('the event with no place stated is selectable from its box', async ({ page }) => {
	await openAtlas(page);
	const box = mapRegion(page).getByRole('group', { name: 'No place stated' });
	await box.getByRole('button', { name: startsWith(EVENTS.conference30) }).click();
	await expect(page).toHaveURL(new RegExp(`event=${EVENT_IDS.conference30}`));
	await expect(box.getByRole('button', { name: startsWith(EVENTS.conference30) })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
});

test('hovering a mark says what is known of its place, and no more', async ({ page }) => {
	await openAtlas(page);
	await mapRegion(page)
		.getByRole('button', { name: startsWith(EVENTS.workshop) })
		.hover();
	await expect(page.getByText('Uzbekistan: the city is not stated')).toBeVisible();
	await mapRegion(page)
		.getByRole('button', { name: startsWith(EVENTS.vienna) })
		.hover();
	await expect(mapRegion(page).getByText('Vienna, Austria', { exact: true })).toBeVisible();
	await expect(page.getByText('Uzbekistan: the city is not stated')).toHaveCount(0);
	// City and country marks are drawn apart: a dot (circle layer) and a hollow diamond (symbol).
	const layers = await page.evaluate(() => {
		const map = window.__atlasMap!.map!;
		return [map.getLayer('venue-city')?.type, map.getLayer('venue-country')?.type];
	});
	expect(layers).toEqual(['circle', 'symbol']);
});

test('?map= opens the map with that camera', async ({ page }) => {
	await openAtlas(page, '?map=5/41.3/64.5');
	const c = await camera(page);
	expect(c.zoom).toBeCloseTo(5, 5);
	expect(c.lat).toBeCloseTo(41.3, 3);
	expect(c.lon).toBeCloseTo(64.5, 3);
	await expect(page).toHaveURL(/map=5\/41\.3\/64\.5/); // left as it was
});

test('without ?map= the first view fits the data, from Europe to Central Asia, and writes no camera', async ({
	page
}) => {
	await openAtlas(page);
	const bounds = await page.evaluate(() => window.__atlasMap!.map!.getBounds().toArray());
	const [[w, s], [e, n]] = bounds;
	expect(w).toBeLessThan(16.4); // Vienna
	expect(e).toBeGreaterThan(69); // Kazakhstan's point
	expect(e).toBeLessThan(110);
	expect(s).toBeLessThan(40);
	expect(n).toBeGreaterThan(49);
	await expect(page).not.toHaveURL(/map=/);
});

test('panning writes map= with replaceState, and Back and Forward move the map', async ({
	page
}) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await openAtlas(page, '?map=4/41.3/64.5');
	await mapRegion(page)
		.getByRole('button', { name: startsWith(EVENTS.workshop) })
		.click();
	await expect(page).toHaveURL(/event=/);
	const entries = await page.evaluate(() => history.length);

	const from = await bareCanvasPoint(page);
	await page.mouse.move(from.x, from.y);
	await page.mouse.down();
	for (let i = 1; i <= 5; i++) await page.mouse.move(from.x + 30 * i, from.y + 10 * i);
	await page.mouse.up();
	await expect(page).not.toHaveURL(/map=4\/41\.3\/64\.5/);
	await expect(page).toHaveURL(/map=4\/[\d.]+\/[\d.]+/);
	expect(await page.evaluate(() => history.length)).toBe(entries);
	const panned = await camera(page);
	expect(panned.lon).toBeLessThan(64.5 - 5); // dragged east: the view moved west

	await page.goBack();
	await expect(page).not.toHaveURL(/event=/);
	await expect(page).toHaveURL(/map=4\/41\.3\/64\.5/);
	await expect.poll(async () => (await camera(page)).lon).toBeCloseTo(64.5, 2);
	await page.goForward();
	await expect(page).toHaveURL(/event=/);
	await expect.poll(async () => (await camera(page)).lon).toBeCloseTo(panned.lon, 1);
});

test('the zoom buttons write the camera too', async ({ page }) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await openAtlas(page, '?map=3/45/50');
	await mapRegion(page).getByRole('button', { name: 'Zoom in' }).click();
	await expect(page).toHaveURL(/map=4\/45\/50/);
});

test('clicking a country selects it as the place and outlines it', async ({ page }) => {
	await openAtlas(page);
	const [x, y] = (await page.evaluate(() => window.__atlasMap!.countryPoint('KAZ')))!;
	const point = await canvasPointAt(page, x, y);
	await page.mouse.move(point.x, point.y);
	await expect(page.getByText('Kazakhstan', { exact: true }).last()).toBeVisible();
	await expect(page.getByText('2 events in view')).toBeVisible();
	await page.mouse.click(point.x, point.y);
	await expect(page).toHaveURL(/[?&]place=KAZ(&|$)/);
	await expect.poll(() => countryState(page, 'KAZ')).toMatchObject({ p: true });
	expect((await countryState(page, 'UZB'))?.p ?? false).toBe(false);
});

test('the marks and the shading follow the time window, without rebuilding any source', async ({
	page
}) => {
	await openAtlas(page);
	expect(await venueState(page, 'istanbul')).toMatchObject({ n: 1 });
	expect(await countryState(page, 'KAZ')).toMatchObject({ c: 2 });
	const before = (await page.evaluate(() => window.__atlasMap!.timing())).setData;

	// Steps of the brush are previews of the window (no URL write), as the timeline makes them.
	await page.evaluate(() => window.__atlasMap!.view.previewChange({ from: '2008' }));
	await expect.poll(() => venueState(page, 'istanbul')).toMatchObject({ n: 0 });
	expect(await venueState(page, 'UZB')).toMatchObject({ n: 1, k: 1 });
	expect(await countryState(page, 'KAZ')).toMatchObject({ c: 2 }); // workshop and Vienna
	await expect(page.locator('.maplibregl-canvas')).toHaveAttribute('aria-label', /Map of 2 events/);
	const map = mapRegion(page);
	await expect(map.getByRole('button', { name: startsWith(EVENTS.istanbul) })).toHaveCount(0);
	await expect(map.getByRole('group', { name: 'No place stated' })).toHaveCount(0);

	await page.evaluate(() => window.__atlasMap!.view.previewChange({ from: '2008-07' }));
	await expect.poll(() => venueState(page, 'UZB')).toMatchObject({ n: 0 });
	await expect.poll(() => countryState(page, 'KAZ')).toMatchObject({ c: 1 });
	expect((await countryState(page, 'NOR'))?.c).toBe(0);

	await page.evaluate(() => window.__atlasMap!.view.cancelPreview());
	await expect.poll(() => venueState(page, 'istanbul')).toMatchObject({ n: 1 });
	await expect(map.getByRole('button', { name: startsWith(EVENTS.istanbul) })).toBeVisible();
	expect((await page.evaluate(() => window.__atlasMap!.timing())).setData).toBe(before);
});

test('an event that a window only possibly holds is drawn apart', async ({ page }) => {
	// June 2007 to the end: the 2007 conference (year only) may or may not fall inside.
	await openAtlas(page, '?from=2007-06');
	expect(await venueState(page, 'istanbul')).toMatchObject({ n: 1, k: 0 });
	expect(await venueState(page, 'vienna')).toMatchObject({ n: 1, k: 1 });
	await expect(mapRegion(page).getByText('Possibly in the time window')).toBeVisible();
});

test('the map survives the list view and comes back at full size', async ({ page }) => {
	await openAtlas(page, '?view=list');
	await expect(mapRegion(page)).toBeHidden();
	await page.getByRole('button', { name: 'Map', exact: true }).click();
	await expect(mapRegion(page)).toBeVisible();
	const region = (await mapRegion(page).boundingBox())!;
	await expect
		.poll(async () => (await page.locator('.maplibregl-canvas').boundingBox())?.width)
		.toBeGreaterThan(region.width - 4);
	const mark = mapRegion(page).getByRole('button', { name: startsWith(EVENTS.workshop) });
	await expect(mark).toBeVisible();
	const box = (await mark.boundingBox())!;
	expect(box.x).toBeGreaterThan(region.x);
	expect(box.x + box.width).toBeLessThan(region.x + region.width);
});

test('a mark holding several events shows their count and opens their list', async ({
	page,
	request
}) => {
	const atlas = await (await request.get('/data/atlas.json')).json();
	const vienna = atlas.events.find((e: { id: string }) => e.id === EVENT_IDS.vienna);
	for (const n of [2, 3])
		atlas.events.push({ ...vienna, id: `${vienna.id}-${n}`, title: `${vienna.title} (${n})` });
	await openAtlas(page);
	// Another dataset, swapped in as `?data=` does once loaded (the page's loader is not under
	// test here).
	await page.evaluate((a) => window.__atlasMap!.view.setAtlas(a), atlas);

	const map = mapRegion(page);
	const cluster = map.getByRole('button', { name: /^Vienna, Austria: 3 events/ });
	await expect(cluster).toHaveText('3');
	await expect(cluster).toHaveAttribute('aria-expanded', 'false');
	await cluster.click();
	await expect(cluster).toHaveAttribute('aria-expanded', 'true');
	const list = map.getByRole('group', { name: 'Events in Vienna' });
	await expect(list.getByRole('button')).toHaveCount(3);
	await list.getByRole('button', { name: startsWith(`${EVENTS.vienna} (2)`) }).click();
	await expect(page).toHaveURL(new RegExp(`event=${EVENT_IDS.vienna}-2`));
	await expect(
		list.getByRole('button', { name: startsWith(`${EVENTS.vienna} (2)`) })
	).toHaveAttribute('aria-pressed', 'true');
	await expect.poll(() => venueState(page, 'vienna')).toMatchObject({ n: 3, sel: true });
	await page.keyboard.press('Escape');
	await expect(list).toHaveCount(0);
	await expect(cluster).toBeFocused();
});

test('marks that overlap on screen are gathered into a count that zooms in to them', async ({
	page,
	request
}) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	const atlas = await (await request.get('/data/atlas.json')).json();
	const vienna = atlas.events.find((e: { id: string }) => e.id === EVENT_IDS.vienna);
	// Baden, 25 km from Vienna: a few pixels apart at the first view.
	atlas.places.push({
		id: 'baden',
		name: 'Baden',
		kind: 'city',
		country: 'AUT',
		coordinates: [16.2341, 48.0064]
	});
	atlas.events.push({
		...vienna,
		id: 'meeting-in-baden',
		title: 'A meeting in Baden',
		place: 'baden'
	});
	await openAtlas(page);
	await page.evaluate((a) => window.__atlasMap!.view.setAtlas(a), atlas);

	const map = mapRegion(page);
	const gathered = map.getByRole('button', { name: /^2 events at 2 places around/ });
	await expect(gathered).toHaveText('2');
	await expect(map.getByRole('button', { name: startsWith(EVENTS.vienna) })).toHaveCount(0);
	// Their own marks step aside for the count.
	await expect.poll(() => venueState(page, 'baden')).toMatchObject({ g: true });
	await gathered.hover();
	await expect(map.getByText('2 events at 2 places')).toBeVisible();
	const zoom = (await camera(page)).zoom;
	await gathered.focus();
	await page.keyboard.press('Enter');
	await expect(map.getByRole('button', { name: startsWith(EVENTS.vienna) })).toBeVisible();
	await expect(map.getByRole('button', { name: startsWith('A meeting in Baden') })).toBeVisible();
	expect((await camera(page)).zoom).toBeGreaterThan(zoom + 2);
	await expect(page).toHaveURL(/map=/); // asked for by the person: written like their own zoom
	await expect.poll(() => venueState(page, 'baden')).toMatchObject({ g: false });
	await expect(
		map.getByRole('button', { name: /^(A meeting in Baden|Special Meeting)/ }).first()
	).toBeFocused();
});

test.describe('in the dark colour scheme', () => {
	test.use({ colorScheme: 'dark' });

	test('the map is dark, and follows the scheme when it changes', async ({ page }) => {
		await openAtlas(page);
		const water = () =>
			page.evaluate(
				() => window.__atlasMap!.map!.getPaintProperty('water', 'background-color') as string
			);
		const lum = (hex: string) => {
			const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
			return (0.2126 * r! + 0.7152 * g! + 0.0722 * b!) / 255;
		};
		expect(lum(await water())).toBeLessThan(0.15);
		await page.emulateMedia({ colorScheme: 'light' });
		await expect.poll(async () => lum(await water())).toBeGreaterThan(0.8);
	});
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 } });

	test('the map keeps its marks within its box, the legend folded', async ({ page }) => {
		await openAtlas(page);
		const map = mapRegion(page);
		const region = (await map.boundingBox())!;
		expect(region.height).toBeGreaterThan(300);
		for (const title of [EVENTS.istanbul, EVENTS.workshop, EVENTS.vienna]) {
			const box = (await map.getByRole('button', { name: startsWith(title) }).boundingBox())!;
			expect(box.x, title).toBeGreaterThanOrEqual(region.x);
			expect(box.x + box.width, title).toBeLessThanOrEqual(region.x + region.width);
			expect(box.y, title).toBeGreaterThanOrEqual(region.y);
			expect(box.y + box.height, title).toBeLessThanOrEqual(region.y + region.height);
		}
		await expect(map.getByText('Legend')).toBeVisible();
		await expect(map.getByText('Only the country stated')).toBeHidden();
		await map.getByText('Legend').click();
		await expect(map.getByText('Only the country stated')).toBeVisible();
	});
});

import Ajv from 'ajv';
import { EVENTS, expect, openAtlas, test } from './fixtures';

test('the atlas loads with its landmarks, lists the four events and requests nothing off-site', async ({
	page,
	guard
}) => {
	await openAtlas(page);
	await expect(page).toHaveTitle(/Trafficking Atlas/);
	await expect(page.getByRole('heading', { level: 1, name: 'Trafficking Atlas' })).toBeVisible();
	for (const name of ['Map', 'Timeline', 'Source', 'Filters', 'Events']) {
		await expect(page.getByRole('region', { name, exact: true })).toBeAttached();
	}
	const events = page.getByRole('region', { name: 'Events', exact: true });
	for (const title of Object.values(EVENTS)) {
		await expect(events.getByRole('button', { name: title })).toBeVisible();
	}
	await expect(page.getByRole('status').first()).toHaveText('4 of 4 events');
	// The guard fails the test on any request to another origin; here, that it saw the page's own.
	expect(guard.requests.filter((url) => url.includes('/_app/immutable/')).length).toBeGreaterThan(
		0
	);
});

test('the events are in the prerendered page, before any script runs', async ({
	browser,
	baseURL
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
	const page = await context.newPage();
	await page.goto('/');
	const events = page.getByRole('region', { name: 'Events', exact: true });
	for (const title of Object.values(EVENTS)) await expect(events.getByText(title)).toBeVisible();
	await expect(events.getByText('on or before 16 May 2008')).toBeVisible();
	await expect(events.getByText('2007 (year only)')).toBeVisible();
	await context.close();
});

test('the published dataset validates against its schema and quotes the sources exactly', async ({
	request
}) => {
	const atlas = await (await request.get('/data/atlas.json')).json();
	const schema = await (await request.get('/data/atlas.schema.json')).json();
	const validate = new Ajv({ allErrors: true }).compile(schema);
	expect(validate(atlas), JSON.stringify(validate.errors)).toBe(true);
	expect(atlas.events.map((e: { date: string }) => e.date)).toEqual([
		'2007',
		'2007-11',
		'2008-05-16',
		'2008-09-24'
	]);
	const text = new Map(atlas.sources.map((s: { id: string; text: string }) => [s.id, s.text]));
	for (const e of atlas.events) {
		for (const c of e.citations)
			expect((text.get(c.source) as string).slice(c.start, c.end)).toBe(c.quote);
	}
});

test('the page carries a strict Content Security Policy', async ({ page }) => {
	await openAtlas(page);
	const policy = await page
		.locator('meta[http-equiv="content-security-policy"]')
		.getAttribute('content');
	const directives = new Map(
		policy!.split(';').map((d) => {
			const [name, ...values] = d.trim().split(/\s+/);
			return [name!, values];
		})
	);
	expect(directives.get('default-src')).toEqual(["'self'"]);
	expect(directives.get('connect-src')).toEqual(["'self'"]);
	expect(directives.get('object-src')).toEqual(["'none'"]);
	// Inline scripts only by hash: no 'unsafe-inline', no 'unsafe-eval', no other host.
	const scripts = directives.get('script-src')!;
	expect(scripts[0]).toBe("'self'");
	for (const s of scripts.slice(1)) expect(s).toMatch(/^'sha256-[A-Za-z0-9+/=]+'$/);
	expect(policy).not.toMatch(/https?:|unsafe-eval|script-src[^;]*unsafe-inline/);
});

test('an injected inline script is refused by the policy', async ({ page, guard }) => {
	guard.allowErrors(/Content Security Policy|CSP violation/);
	await openAtlas(page);
	const ran = await page.evaluate(async () => {
		const script = document.createElement('script');
		script.textContent = 'window.__injected = true';
		document.body.append(script);
		await new Promise((r) => setTimeout(r, 50));
		return (window as unknown as { __injected?: boolean }).__injected ?? false;
	});
	expect(ran).toBe(false);
});

/**
 * The test fixture every browser test uses. It fails a test on any console error, any uncaught
 * page error, any Content Security Policy violation, and any request that leaves the site's
 * origin: the published atlas must request nothing from other hosts.
 */

import { test as base, expect, type Page } from '@playwright/test';

export interface Guard {
	/** Requests made so far, by URL. */
	requests: string[];
	/** Console errors and page errors so far. */
	errors: string[];
	/** Requests to any other origin so far. */
	offOrigin: string[];
	/** Console errors a test expects (matched by substring), so they do not fail it. */
	allowErrors: (pattern: string | RegExp) => void;
}

export const test = base.extend<{ guard: Guard }>({
	guard: [
		async ({ page, baseURL }, use) => {
			const origin = new URL(baseURL!).origin;
			const allowed: (string | RegExp)[] = [];
			const guard: Guard = {
				requests: [],
				errors: [],
				offOrigin: [],
				allowErrors: (p) => allowed.push(p)
			};
			const isAllowed = (text: string) =>
				allowed.some((p) => (typeof p === 'string' ? text.includes(p) : p.test(text)));
			page.on('request', (request) => {
				const url = request.url();
				guard.requests.push(url);
				if (url.startsWith('data:') || url.startsWith('blob:')) return;
				if (new URL(url).origin !== origin) guard.offOrigin.push(url);
			});
			page.on('console', (message) => {
				if (message.type() === 'error' && !isAllowed(message.text()))
					guard.errors.push(message.text());
			});
			page.on('pageerror', (error) => {
				if (!isAllowed(error.message)) guard.errors.push(`page error: ${error.message}`);
			});
			// Violations are also reported on the console, but not all of them (report-only, some
			// workers): record the DOM events too.
			await page.exposeBinding('__atlasCspViolation', (_source, text: string) => {
				const message = `CSP violation: ${text}`;
				if (!isAllowed(message)) guard.errors.push(message);
			});
			await page.addInitScript(() => {
				document.addEventListener('securitypolicyviolation', (e) => {
					const report = (window as unknown as { __atlasCspViolation: (t: string) => void })
						.__atlasCspViolation;
					void report(
						`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`
					);
				});
			});
			await use(guard);
			expect(guard.offOrigin, 'requests that left the site').toEqual([]);
			expect(guard.errors, 'console and page errors').toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };

/** Opens the atlas at `search` and waits until the map and the timeline have drawn. */
export async function openAtlas(page: Page, search = ''): Promise<void> {
	await page.goto(`/${search}`);
	await expect(page.locator('main')).toHaveAttribute('aria-busy', 'false', { timeout: 30_000 });
}

export const EVENTS = {
	istanbul: 'Seventh regional conference of European Red Cross and Red Crescent Societies',
	conference30: '30th International Conference of the Red Cross and Red Crescent',
	workshop:
		'Workshop on law enforcement and judicial co-operation against trafficking and smuggling',
	vienna: 'Special Meeting of the Alliance of Experts to Combat Human Trafficking, Vienna'
} as const;

export const EVENT_IDS = {
	istanbul: 'red-cross-regional-conference-istanbul-2007',
	conference30: 'red-cross-red-crescent-30th-international-conference-2007',
	workshop: 'osce-workshop-uzbekistan-2008',
	vienna: 'aect-special-meeting-vienna-2008'
} as const;

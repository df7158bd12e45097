/**
 * Automated accessibility checks (axe-core, WCAG 2.1 A and AA rules) on each view a person
 * reaches: no serious or critical violation. axe cannot judge everything; the keyboard journey
 * tests cover what it cannot.
 */

import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { EVENT_IDS, expect, openAtlas, test } from './fixtures';

async function seriousViolations(page: Page) {
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
		.analyze();
	return results.violations
		.filter((v) => v.impact === 'serious' || v.impact === 'critical')
		.map(
			(v) =>
				`${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
		);
}

const VIEWS = [
	['the default view', ''],
	['a selected event', `?event=${EVENT_IDS.workshop}`],
	['a selected country', '?place=KAZ'],
	['the reader', `?event=${EVENT_IDS.workshop}&read=osce-2008-05-16`],
	['the list view', '?view=list&countries=KAZ'],
	['a view with notices', '?from=2008-13&countries=ZZZ']
] as const;

for (const scheme of ['light', 'dark'] as const) {
	test.describe(`${scheme} colour scheme`, () => {
		test.use({ colorScheme: scheme });
		for (const [name, search] of VIEWS) {
			test(`${name} has no serious accessibility violation`, async ({ page }) => {
				await openAtlas(page, search);
				expect(await seriousViolations(page)).toEqual([]);
			});
		}
	});
}

test.describe('phone', () => {
	test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
	for (const [name, search] of VIEWS) {
		test(`${name} has no serious accessibility violation`, async ({ page }) => {
			await openAtlas(page, search);
			expect(await seriousViolations(page)).toEqual([]);
		});
	}
});

/**
 * The source panel and the reader (issue 5): the exact words behind every mark, in context,
 * citable, readable whole, and usable with the keyboard alone.
 */

import type { Locator, Page } from '@playwright/test';
import type { Atlas } from '../../src/lib/model/types';
import { EVENTS, EVENT_IDS, expect, openAtlas, test } from './fixtures';

const source = (page: Page) => page.getByRole('region', { name: 'Source', exact: true });
const reader = (page: Page) => source(page).locator('.reader');
const article = (page: Page) => reader(page).getByRole('region', { name: 'The article' });
const query = (page: Page) => new URL(page.url()).searchParams;

/** Text as a sighted reader sees it: without the words meant only for screen readers. */
async function visibleText(locator: Locator): Promise<string> {
	return locator.evaluate((el) => {
		const copy = el.cloneNode(true) as HTMLElement;
		copy.querySelectorAll('.visually-hidden').forEach((n) => n.remove());
		return copy.textContent ?? '';
	});
}

const WORKSHOP_TITLE =
	'Human trafficking, migrant smuggling in Central Asia threaten security and human rights, says OSCE official';
const PARTICIPANTS =
	'Participants included government representatives and experts from Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan, Uzbekistan, Russia, Israel, Thailand, Turkey, United Arab Emirates, the United States as well as the OSCE and UNODC.';

test.describe('an event', () => {
	test('the workshop: the cited passage marked in its paragraph, the date and place in words, who took part', async ({
		page
	}) => {
		await openAtlas(page, `?event=${EVENT_IDS.workshop}`);
		const panel = source(page);
		await expect(panel.getByRole('heading', { level: 2 })).toHaveText(EVENTS.workshop);
		await expect(panel.getByText('Workshop', { exact: true })).toBeVisible();

		// The quote is a <mark> inside the whole paragraph, which goes on after it.
		const mark = panel.locator('mark', {
			hasText: /^Participants included government representatives and experts from Kazakhstan/
		});
		await expect(mark).toHaveCount(1);
		await expect(mark).toHaveText(PARTICIPANTS);
		await expect(mark.locator('xpath=ancestor::blockquote')).toContainText(
			'The workshop aimed to improve co-operation and information exchange'
		);

		const facts = panel.locator('dl.facts');
		await expect(facts).toContainText('16 May 2008');
		await expect(facts).toContainText(
			'16 May 2008 (date of the report; the workshop took place on or before)'
		);
		await expect(facts).toContainText('Uzbekistan — the source names the country, not the city');

		// The source's title, publisher and date, and the way to read it whole.
		await expect(panel.locator('.byline')).toHaveText(`${WORKSHOP_TITLE} OSCE · 16 May 2008`);
		await expect(panel.getByRole('button', { name: /^Read the full source/ })).toBeVisible();

		// Who took part, by role, organisations with their parent.
		const who = panel.getByRole('region', { name: 'Who took part' });
		for (const heading of ['Organisers', 'Funder', 'Supporter', 'Participants', 'Speakers'])
			await expect(who.getByRole('heading', { level: 4, name: heading })).toBeVisible();
		await expect(who).toContainText('OSCE Strategic Police Matters Unit (OSCE)');
		await expect(who).toContainText('Ruth Pojman');
		await expect(who).toContainText('Deputy Co-ordinator');

		// Each participant's words can be shown: Norway's, marked in its sentence.
		const toggle = who.getByRole('button', { name: 'Quote: the words that state Norway' });
		await expect(toggle).toHaveAttribute('aria-expanded', 'false');
		await toggle.click();
		await expect(toggle).toHaveAttribute('aria-expanded', 'true');
		await expect(who.locator('mark', { hasText: 'Government of Norway' })).toHaveText(
			'The workshop was mainly financed by the Government of Norway.'
		);
	});

	test('the Vienna meeting names Vadim Kadyrbaev and his stated roles', async ({ page }) => {
		await openAtlas(page, `?event=${EVENT_IDS.vienna}`);
		const who = source(page).getByRole('region', { name: 'Who took part' });
		const vadim = who.getByRole('listitem').filter({ hasText: 'Vadim Kadyrbaev' });
		await expect(vadim).toBeVisible();
		await expect(vadim).toContainText('Federation Representative');
		await expect(vadim).toContainText('Executive Vice President, Kazakhstan Red Crescent Society');
		await expect(who.getByRole('heading', { level: 4, name: 'Speaker' })).toBeVisible();
		await vadim.getByRole('button', { name: /^Quote/ }).click();
		await expect(vadim.locator('mark')).toHaveText([
			'Contribution by Vadim Kadyrbaev',
			'Vadim Kadyrbaev, Federation Representative',
			'Executive Vice President of the Kazakhstan Red Crescent Society'
		]);
		await expect(source(page).locator('dl.facts')).toContainText('Vienna, Austria');
	});

	test('the 30th International Conference: November 2007, place not stated, its editorial note marked editorial', async ({
		page
	}) => {
		await openAtlas(page, `?event=${EVENT_IDS.conference30}`);
		const panel = source(page);
		const facts = panel.locator('dl.facts');
		await expect(facts).toContainText('November 2007 (month only)');
		await expect(facts).toContainText('Place not stated');
		await expect(facts).toContainText('the source does not say where');

		const note = panel.getByRole('complementary', { name: 'Editorial note, not from the sources' });
		await expect(note).toBeVisible();
		await expect(note).toContainText('Editorial note — not from the sources');
		await expect(note).toContainText('Geneva');
		// Knowledge from outside the text is never shown as a quotation.
		await expect(note.locator('mark, blockquote, q')).toHaveCount(0);
		await expect(panel.locator('blockquote', { hasText: 'Geneva' })).toHaveCount(0);
		await expect(panel.locator('blockquote mark')).toHaveText([
			'It was also a clear priority in discussions during the 30th International Conference of the Red Cross and Red Crescent in November 2007.',
			/^At that Conference, which was attended by governments and National Societies/
		]);
	});

	test('selecting from the Events list shows the event, announces it, and Escape returns focus to the list', async ({
		page
	}) => {
		await openAtlas(page);
		const row = page
			.getByRole('region', { name: 'Events', exact: true })
			.getByRole('button', { name: EVENTS.istanbul });
		await row.click();
		await expect(source(page).getByRole('heading', { level: 2 })).toHaveText(EVENTS.istanbul);
		await expect(source(page).locator('[aria-live="polite"]').first()).toHaveText(
			`Selected: ${EVENTS.istanbul}`
		);
		await expect(source(page).locator('dl.facts')).toContainText('2007 (year only)');
		await expect(source(page).locator('dl.facts')).toContainText('Istanbul, Turkey');

		await source(page).getByRole('button', { name: 'Close the event' }).focus();
		await page.keyboard.press('Escape');
		await expect.poll(() => query(page).get('event')).toBeNull();
		await expect(row).toBeFocused();
		await expect(source(page).locator('[aria-live="polite"]').first()).toHaveText(
			'Selection cleared'
		);
	});
});

test.describe('a place', () => {
	test('a country: its events in view, each selectable, and the passages that mention it', async ({
		page
	}) => {
		await openAtlas(page, '?place=KAZ');
		const panel = source(page);
		await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Kazakhstan');
		const events = panel.getByRole('region', { name: /^Events in view/ });
		await expect(events.getByRole('button')).toHaveCount(2);
		await expect(
			events.getByRole('button', { name: new RegExp(`^${EVENTS.vienna}`) })
		).toContainText('on or before 24 September 2008');

		const passages = panel.getByRole('region', { name: /^Passages that mention Kazakhstan/ });
		await expect(passages.getByText('OSCE · 16 May 2008')).toBeVisible();
		const mark = passages.locator('mark');
		await expect(mark).toHaveText(['Kazakhstan']);
		expect(await visibleText(mark.locator('xpath=ancestor::p[1]'))).toBe(`${PARTICIPANTS}\u00a0…`);

		await events.getByRole('button', { name: new RegExp(`^${EVENTS.workshop}`) }).click();
		await expect.poll(() => query(page).get('event')).toBe(EVENT_IDS.workshop);
		await expect(panel.getByRole('heading', { level: 2 })).toHaveText(EVENTS.workshop);
	});

	test('a city: the passages of both sources that name it', async ({ page }) => {
		await openAtlas(page, '?place=vienna');
		const passages = source(page).getByRole('region', { name: /^Passages that mention Vienna/ });
		await expect(passages.locator('mark')).toHaveText(['Vienna', 'Vienna']);
		await expect(passages.locator('.byline .title')).toHaveText([
			WORKSHOP_TITLE,
			'Human Trafficking in Central Asia'
		]);
	});
});

test.describe('the reader', () => {
	test('shows the whole article exactly, the header as metadata and the website text apart; Back closes it', async ({
		page,
		request
	}) => {
		const atlas = (await (await request.get('/data/atlas.json')).json()) as Atlas;
		const osce = atlas.sources.find((s) => s.id === 'osce-2008-05-16')!;
		const expected = osce.text
			.slice(osce.body[0], osce.body[1])
			.split('\n')
			.filter((line) => line.trim());
		const chrome = osce.text
			.slice(osce.body[1])
			.split('\n')
			.filter((line) => line.trim());
		expect(chrome).toEqual([
			'Stay up to date with the latest news',
			'Subscribe to our telegram channel'
		]);

		await openAtlas(page, `?event=${EVENT_IDS.workshop}`);
		await source(page)
			.getByRole('button', { name: /^Read the full source/ })
			.click();
		await expect.poll(() => query(page).get('read')).toBe('osce-2008-05-16');

		const r = reader(page);
		expect(await visibleText(r.getByRole('heading', { level: 2 }))).toBe(WORKSHOP_TITLE);
		// Mentions in the title are highlighted too, and say what they are.
		await expect(r.getByRole('heading', { level: 2 })).toHaveText(
			'Human trafficking, migrant smuggling in Central Asia (region) threaten security and human rights, says OSCE (organisation) official'
		);
		await expect(r.locator('dl.meta')).toContainText('16 May 2008');
		await expect(r.locator('dl.meta')).toContainText('16/05/2008');
		await expect(r.locator('dl.meta')).toContainText('Dateline');

		// Every paragraph of the body, character for character; nothing else in the article.
		const paragraphs = article(page).locator('p');
		await expect(paragraphs).toHaveCount(expected.length);
		for (let i = 0; i < expected.length; i++)
			expect(await visibleText(paragraphs.nth(i))).toBe(expected[i]);
		await expect(article(page)).not.toContainText('telegram');

		const apart = r.getByRole('complementary', { name: 'Not part of the article (website text)' });
		await expect(apart).toBeVisible();
		for (const line of chrome) await expect(apart).toContainText(line);

		// Mentions are highlighted by kind, with a legend.
		const legend = r.getByRole('region', { name: 'Highlighted names' });
		for (const kind of ['Countries', 'Cities', 'Regions', 'Organisations', 'People'])
			await expect(legend).toContainText(kind);
		// 15 countries in all: one in the header (the dateline), 14 in the article.
		await expect(legend).toContainText('Countries 15');
		await expect(article(page).locator('.mention.k-country')).toHaveCount(14);
		await expect(article(page).locator('.mention.k-person')).toHaveCount(2);

		// The event's passages are marked and brought into view.
		const cited = article(page).locator('mark.cited');
		await expect(cited).toHaveCount(3);
		await expect(cited.first()).toBeInViewport();

		// A click on the text focuses nothing; Escape still closes the reader (a new entry).
		await apart.getByText('Subscribe to our telegram channel').click();
		await page.keyboard.press('Escape');
		await expect.poll(() => query(page).get('read')).toBeNull();
		await expect(reader(page)).toHaveCount(0);
		// Back reopens it; Back again returns to the event as it was before it was opened.
		await page.goBack();
		await expect.poll(() => query(page).get('read')).toBe('osce-2008-05-16');
		await expect(article(page).locator('p')).toHaveCount(expected.length);
		await page.goBack();
		await expect.poll(() => query(page).get('read')).toBeNull();
		await expect(reader(page)).toHaveCount(0);
		await expect(source(page).getByRole('heading', { level: 2 })).toHaveText(EVENTS.workshop);
	});

	test('a mention of a country selects it; an organisation filters by it', async ({ page }) => {
		await openAtlas(page, `?event=${EVENT_IDS.workshop}&read=osce-2008-05-16`);
		await article(page)
			.getByRole('link', { name: /^Kazakhstan\s\(country\)$/ })
			.click();
		await expect.poll(() => query(page).get('place')).toBe('KAZ');
		expect(query(page).get('event')).toBeNull();
		expect(query(page).get('read')).toBe('osce-2008-05-16');
		await expect(reader(page).locator('.mention.current')).toHaveText([
			/^Kazakhstan\s\(country\)$/
		]);
		await expect(source(page).locator('[aria-live="polite"]').first()).toHaveText(
			'Selected: Kazakhstan'
		);

		await article(page)
			.getByRole('link', { name: /^OSCE Strategic Police Matters Unit\s\(organisation\)$/ })
			.click();
		await expect.poll(() => query(page).get('orgs')).toBe('osce-spmu');

		await reader(page).getByRole('button', { name: 'Close the reader' }).click();
		await expect(source(page).getByRole('heading', { level: 2 })).toHaveText('Kazakhstan');
	});

	test('keyboard only: Tab to "Read the full source", Enter, read, Escape; focus returns to the button', async ({
		page
	}) => {
		await openAtlas(page, `?event=${EVENT_IDS.vienna}`);
		const button = source(page).getByRole('button', { name: /^Read the full source/ });
		let reached = false;
		for (let i = 0; i < 300 && !reached; i++) {
			await page.keyboard.press('Tab');
			reached = await button.evaluate((el) => el === document.activeElement);
		}
		expect(reached, 'Tab reaches "Read the full source"').toBe(true);
		await page.keyboard.press('Enter');

		await expect.poll(() => query(page).get('read')).toBe('ifrc-2008-09-24');
		const heading = reader(page).getByRole('heading', { level: 2 });
		await expect(heading).toBeFocused();
		expect(await visibleText(heading)).toBe('Human Trafficking in Central Asia');
		await expect(source(page).locator('[aria-live="polite"]').first()).toHaveText(
			'Reading: Human Trafficking in Central Asia'
		);

		// Reading: Tab walks the highlighted names, in the order of the text.
		await page.keyboard.press('Tab');
		await expect(
			reader(page)
				.getByRole('link', { name: /^Central Asia\s\(region\)$/ })
				.first()
		).toBeFocused();
		await page.keyboard.press('Tab');
		await expect(
			article(page).getByRole('link', { name: /^Vadim Kadyrbaev\s\(person\)$/ })
		).toBeFocused();

		await page.keyboard.press('Escape');
		await expect.poll(() => query(page).get('read')).toBeNull();
		await expect(button).toBeFocused();

		// Escape again clears the selection; the opener is gone, so focus goes to the heading.
		await page.keyboard.press('Escape');
		await expect.poll(() => query(page).get('event')).toBeNull();
		await expect(source(page).getByRole('heading', { level: 2, name: 'Source' })).toBeFocused();
	});
});

test.describe('citing', () => {
	test('Copy citation puts the passage, title, publisher, date and link on the clipboard', async ({
		page,
		context,
		baseURL
	}) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await openAtlas(page, `?event=${EVENT_IDS.workshop}`);
		const passage = source(page).locator('figure.passage', { hasText: 'Participants included' });
		await passage.getByRole('button', { name: 'Copy citation' }).click();
		await expect(passage.getByText('Citation copied')).toBeVisible();
		const text = await page.evaluate(() => navigator.clipboard.readText());
		expect(text).toBe(
			`“${PARTICIPANTS}” ${WORKSHOP_TITLE}. OSCE, 16 May 2008. Retrieved from ${baseURL}/?event=${EVENT_IDS.workshop}`
		);
	});

	test('when the clipboard is refused, the citation is shown selected for copying by hand', async ({
		page,
		baseURL
	}) => {
		await page.addInitScript(() => {
			Object.defineProperty(navigator, 'clipboard', {
				value: { writeText: () => Promise.reject(new DOMException('Denied', 'NotAllowedError')) }
			});
		});
		await openAtlas(page, `?event=${EVENT_IDS.vienna}`);
		const copy = source(page).getByRole('button', { name: 'Copy citation' });
		await copy.click();
		const dialog = page.getByRole('dialog', { name: 'Copy the citation' });
		await expect(dialog).toBeVisible();
		const box = dialog.getByRole('textbox', { name: 'Citation' });
		await expect(box).toBeFocused();
		const value = await box.inputValue();
		expect(value).toMatch(/^“Contribution by Vadim Kadyrbaev, Federation Representative/);
		expect(value).toMatch(
			new RegExp(
				`International Federation of Red Cross and Red Crescent Societies \\(IFRC\\), 24 September 2008\\. Retrieved from ${baseURL!.replace(/[.]/g, '\\.')}/\\?event=${EVENT_IDS.vienna}$`
			)
		);
		expect(
			await box.evaluate((el: HTMLTextAreaElement) => [el.selectionStart, el.selectionEnd])
		).toEqual([0, value.length]);
		await page.keyboard.press('Escape');
		await expect(dialog).toBeHidden();
		// Escape in the dialog closes only the dialog.
		expect(query(page).get('event')).toBe(EVENT_IDS.vienna);
		await expect(copy).toBeFocused();
	});
});

test.describe('text, not markup', () => {
	const HEADER = 'Markup <i>in</i> the title\n';
	const SCRIPT = '<script>window.__pwned = 1</script>';
	const BODY = [
		`Experts from Kazakhstan met. ${SCRIPT} The text goes on.`,
		'<img src=x onerror="window.__pwned = 2"> & &amp; <b>not bold</b> 😀 José',
		'A mention that does not match: Kyrgyzstan.'
	].join('\n');
	const TEXT = HEADER + BODY;
	const at = (s: string) => TEXT.indexOf(s);

	/** `misplaced`: the Kyrgyzstan mention's offsets two characters off its word. */
	function payloadAtlas(misplaced = 0): Atlas {
		const kaz = at('Kazakhstan');
		const kgz = at('Kyrgyzstan');
		const script = at(SCRIPT);
		return {
			version: 1,
			sources: [
				{
					id: 'payload',
					file: 'payload.txt',
					publisher: 'Test <b>publisher</b>',
					title: 'Markup <i>in</i> the title',
					published: '2008-03-01',
					dateline: null,
					text: TEXT,
					body: [HEADER.length, TEXT.length],
					notes: []
				}
			],
			places: [
				{ id: 'KAZ', name: 'Kazakhstan', kind: 'country', iso3: 'KAZ', point: [67, 48] },
				{ id: 'KGZ', name: 'Kyrgyzstan', kind: 'country', iso3: 'KGZ', point: [74.5, 41.5] }
			],
			organisations: [],
			people: [],
			events: [
				{
					id: 'payload-event',
					title: 'A meeting with <em>markup</em>',
					kind: 'meeting',
					date: '2008-03-01',
					dateBasis: 'stated',
					place: 'KAZ',
					placePrecision: 'country',
					participants: [
						{
							kind: 'country',
							id: 'KAZ',
							role: 'participant',
							citation: { source: 'payload', quote: 'Kazakhstan', start: kaz, end: kaz + 10 }
						}
					],
					citations: [
						{ source: 'payload', quote: SCRIPT, start: script, end: script + SCRIPT.length }
					],
					notes: [{ kind: 'editorial', text: 'A note with <script>alert(1)</script> in it.' }]
				}
			],
			mentions: [
				{
					source: 'payload',
					kind: 'country',
					id: 'KAZ',
					start: kaz,
					end: kaz + 10,
					text: 'Kazakhstan'
				},
				{
					source: 'payload',
					kind: 'country',
					id: 'KGZ',
					start: kgz - misplaced,
					end: kgz + 10 - misplaced,
					text: 'Kyrgyzstan'
				}
			]
		};
	}

	test('a source containing <script> and other markup shows it literally and runs nothing', async ({
		page
	}) => {
		// The page loads ?data= once per path: a second load would be a regression.
		let loads = 0;
		await page.route('**/test/payload-atlas.json', (route) => {
			loads++;
			return route.fulfill({ json: payloadAtlas() });
		});
		await openAtlas(page, '?data=/test/payload-atlas.json&event=payload-event');
		const panel = source(page);
		await expect(panel.getByRole('heading', { level: 2 })).toHaveText(
			'A meeting with <em>markup</em>'
		);
		await expect(panel.locator('mark')).toHaveText(SCRIPT);
		await expect(panel.getByRole('complementary', { name: /^Editorial note/ })).toContainText(
			'A note with <script>alert(1)</script> in it.'
		);

		await panel.getByRole('button', { name: /^Read the full source/ }).click();
		await expect.poll(() => query(page).get('read')).toBe('payload');
		await expect(reader(page).getByRole('heading', { level: 2 })).toHaveText(
			'Markup <i>in</i> the title'
		);
		const paragraphs = article(page).locator('p');
		await expect(paragraphs).toHaveCount(3);
		expect(await Promise.all([0, 1, 2].map((i) => visibleText(paragraphs.nth(i))))).toEqual(
			BODY.split('\n')
		);
		await expect(reader(page).locator('dl.meta')).toContainText('Test <b>publisher</b>');

		await expect(article(page).locator('.mention')).toHaveText([
			/^Kazakhstan\s\(country\)$/,
			/^Kyrgyzstan\s\(country\)$/
		]);

		// Nothing was parsed as markup, and nothing ran.
		await expect(panel.locator('script, img, b, i, em')).toHaveCount(0);
		expect(
			await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)
		).toBeUndefined();
		expect(loads).toBe(1);
	});

	test('a dataset whose words are not at their offsets is refused, naming the record', async ({
		page
	}) => {
		await page.route(
			(url) => url.pathname === '/test/misplaced-atlas.json',
			(route) => route.fulfill({ json: payloadAtlas(2) })
		);
		await openAtlas(page, '?data=/test/misplaced-atlas.json');
		// Shown, the highlight would fall on ": Kyrgyzst": the page keeps its own data instead.
		await expect(
			page.getByText(
				'Ignored data=/test/misplaced-atlas.json: is not a consistent dataset: mention 2 (country "KGZ"): "Kyrgyzstan" is not the text of source "payload"'
			)
		).toContainText('which reads ": Kyrgyzst"');
		await expect(page.getByRole('status').filter({ hasText: /of 4 events/ })).toHaveText(
			'4 of 4 events'
		);
	});
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 } });

	test('the panel and the reader fit the width and read top to bottom', async ({ page }) => {
		await openAtlas(page, `?event=${EVENT_IDS.workshop}`);
		await expect(source(page).locator('mark').first()).toBeVisible();
		await source(page)
			.getByRole('button', { name: /^Read the full source/ })
			.click();
		await expect(article(page).locator('mark.cited').first()).toBeInViewport();
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow).toBeLessThanOrEqual(0);
		await reader(page)
			.getByRole('complementary', { name: /^Not part of the article/ })
			.scrollIntoViewIfNeeded();
		await expect(
			reader(page).getByRole('complementary', { name: /^Not part of the article/ })
		).toBeInViewport();
	});
});

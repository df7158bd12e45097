/**
 * The head of a document: which lines are header, what they state, and where the article body
 * lies. Three layouts are read, as the sources and press releases write them:
 *
 *   dateline     Uzbekistan            published   Human Trafficking in Central Asia
 *                16/05/2008                        (blank)
 *                Title                             Published: 24 September 2008
 *                Body...                           (blank)
 *                                                  Body...
 *
 * and `inline`, a body whose first line opens with "ALMATY, 12 March 2008 – ". Anything else is
 * plain text (`none`): all of it is body. A header that announces itself (a date line, a
 * "Published:" line) but cannot be read is an error, never silently plain text.
 */

import type { Range } from '../model/types.ts';
import { findDates, parseHeaderDate, type Day } from './dates.ts';
import type { HeaderStyle } from './types.ts';

export interface Header {
	style: HeaderStyle;
	title: Range | null;
	dateline: Range | null;
	published: Day | null;
	/** The words that state the publication day ("Published: 24 September 2008", "16/05/2008"). */
	publishedText: Range | null;
	body: Range;
}

export type HeaderResult = { ok: true; header: Header } | { ok: false; reason: string };

interface Line {
	/** Trimmed content: [start, end) without surrounding whitespace or the line break. */
	start: number;
	end: number;
	text: string;
}

/** A line that is only a numeric date: "16/05/2008", "16.05.2008", also malformed ones. */
const DATE_LINE = /^\d{1,4}\s*[./-]\s*\d{1,2}\s*[./-]\s*\d{1,4}$/;
const PUBLISHED_LINE = /^(?:Published|Posted|Date)(?:\s+on)?\s*:\s*(.*)$/i;
/** How far down a "Published:" line may stand (title lines above it). */
const PUBLISHED_WITHIN = 5;

export function parseHeader(text: string): HeaderResult {
	const lines = nonBlankLines(text);
	if (lines.length === 0) return { ok: false, reason: 'is empty (only whitespace)' };

	const publishedAt = lines
		.slice(0, PUBLISHED_WITHIN)
		.findIndex((l) => PUBLISHED_LINE.test(l.text));
	const dateAt = lines.slice(0, 2).findIndex((l) => DATE_LINE.test(l.text));
	const result =
		publishedAt !== -1
			? publishedStyle(text, lines, publishedAt)
			: dateAt !== -1
				? datelineStyle(text, lines, dateAt)
				: { ok: true as const, header: inlineStyle(text, lines) ?? plain(text, lines) };
	return result.ok ? { ok: true, header: withOpeningDateline(text, lines, result.header) } : result;
}

function publishedStyle(text: string, lines: Line[], at: number): HeaderResult {
	const line = lines[at]!;
	const value = PUBLISHED_LINE.exec(line.text)![1]!;
	const date = parseHeaderDate(value);
	if ('error' in date)
		return { ok: false, reason: `header: the line "${line.text}" does not parse: ${date.error}` };
	const first = lines[at + 1];
	if (!first)
		return {
			ok: false,
			reason: `header: nothing follows the line "${line.text}"; the document has no body`
		};
	const title = at > 0 ? lines[0]! : null;
	return {
		ok: true,
		header: {
			style: 'published',
			title: title && [title.start, title.end],
			dateline: null,
			published: date.day,
			publishedText: [line.start, line.end],
			body: bodyFrom(text, lines, at + 1)
		}
	};
}

function datelineStyle(text: string, lines: Line[], at: number): HeaderResult {
	const line = lines[at]!;
	const date = parseHeaderDate(line.text);
	if ('error' in date)
		return { ok: false, reason: `header: the date line does not parse: ${date.error}` };
	const title = lines[at + 1];
	if (!title) return { ok: false, reason: `header: no title follows the date line "${line.text}"` };
	if (!lines[at + 2])
		return { ok: false, reason: 'header: nothing follows the title; the document has no body' };
	const dateline = at === 1 ? lines[0]! : null;
	return {
		ok: true,
		header: {
			style: 'dateline',
			title: [title.start, title.end],
			dateline: dateline && [dateline.start, dateline.end],
			published: date.day,
			publishedText: [line.start, line.end],
			body: bodyFrom(text, lines, at + 2)
		}
	};
}

/** A document with no header lines whose first line opens with "ALMATY, 12 March 2008 – ". */
function inlineStyle(text: string, lines: Line[]): Header | null {
	const opening = openingDateline(text, lines[0]!);
	if (!opening?.date) return null;
	return {
		style: 'inline',
		title: null,
		dateline: opening.place,
		published: opening.date.day,
		publishedText: opening.date.words,
		body: bodyFrom(text, lines, 0)
	};
}

const PLACE_AND_DATE =
	/^(\p{Lu}[\p{L}\p{M}.'’ -]{1,40}?),\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?/u;
const PLACE_ALONE =
	/^(\p{Lu}[\p{L}\p{M}.'’]*(?:[ -]\p{Lu}[\p{L}\p{M}.'’]*){0,3})\s*(?:\([^)]{1,30}\)\s*)?\s[-–—]\s/u;
const DASH_AFTER_DATE = /^\s*(?:\([^)]{1,30}\)\s*)?[-–—:]/;

/**
 * The dateline that opens a body line: "VIENNA, 16 May 2008 (IRIN) - ..." (a place and a day)
 * or "Dushanbe - ..." (a place alone).
 */
function openingDateline(
	text: string,
	line: Line
): { place: Range; date: { day: Day; words: Range } | null } | null {
	const dated = PLACE_AND_DATE.exec(line.text);
	if (dated) {
		const rest = line.text.slice(dated[0].length, dated[0].length + 40);
		const date = findDates(rest, [0, rest.length], null)[0];
		if (
			date?.start === 0 &&
			/^\d{4}-\d{2}-\d{2}$/.test(date.edtf) &&
			DASH_AFTER_DATE.test(rest.slice(date.end))
		) {
			const [year, month, day] = date.edtf.split('-').map(Number) as [number, number, number];
			const at = line.start + dated[0].length;
			return {
				place: [line.start, line.start + dated[1]!.length],
				date: { day: { year, month, day }, words: [at, at + date.text.length] }
			};
		}
	}
	const alone = PLACE_ALONE.exec(line.text);
	return alone ? { place: [line.start, line.start + alone[1]!.length], date: null } : null;
}

/** A header without a dateline takes the one that opens its body ("Dushanbe - The IOM ..."). */
function withOpeningDateline(text: string, lines: Line[], header: Header): Header {
	if (header.dateline) return header;
	const first = lines.find((l) => l.start === header.body[0]);
	const opening = first && openingDateline(text, first);
	return opening ? { ...header, dateline: opening.place } : header;
}

function plain(text: string, lines: Line[]): Header {
	return {
		style: 'none',
		title: null,
		dateline: null,
		published: null,
		publishedText: null,
		body: bodyFrom(text, lines, 0)
	};
}

/**
 * The body from line `first` to the last line of the article: trailing lines that read as website
 * chrome ("Stay up to date with the latest news", "Share", "© 2008 ...") are left out. A short
 * line without closing punctuation is chrome; the body's first line always stays.
 */
function bodyFrom(text: string, lines: Line[], first: number): Range {
	let last = lines.length - 1;
	while (last > first && isChrome(lines[last]!.text)) last--;
	return [lines[first]!.start, lines[last]!.end];
}

const CHROME =
	/^(?:share|print|tweet|follow us|subscribe|stay up to date|related (?:news|stories|items)|tags?:|back to top|read more|more news|©|copyright|all rights reserved)/i;

function isChrome(line: string): boolean {
	if (CHROME.test(line)) return true;
	return line.length < 100 && !/[.!?…"”’)\]]$/.test(line);
}

function nonBlankLines(text: string): Line[] {
	const lines: Line[] = [];
	const re = /[^\n]*(?:\n|$)/g;
	for (let m = re.exec(text); m && m[0] !== ''; m = re.exec(text)) {
		const raw = m[0];
		const lead = raw.length - raw.trimStart().length;
		const content = raw.trim();
		if (content)
			lines.push({ start: m.index + lead, end: m.index + lead + content.length, text: content });
	}
	return lines;
}

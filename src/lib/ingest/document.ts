/**
 * One document, from its verbatim text to what the ingest writes for it. Pure: no files, no
 * clock; the same text always gives the same output.
 */

import { proposeCandidates } from './candidates.ts';
import { findDates, isoDay } from './dates.ts';
import type { Gazetteer } from './gazetteer/index.ts';
import { parseHeader } from './header.ts';
import { findMentions } from './mentions.ts';
import type { IngestedDocument } from './types.ts';

export interface DocumentFile {
	/** Slug for the output file and the candidates' ids. */
	id: string;
	/** File name, and the path it was read from. */
	file: string;
	path: string;
	sha256: string;
}

export type IngestResult = { ok: true; document: IngestedDocument } | { ok: false; reason: string };

export function ingestText(text: string, file: DocumentFile, gazetteer: Gazetteer): IngestResult {
	const parsed = parseHeader(text);
	if (!parsed.ok) return parsed;
	const { header } = parsed;
	const published =
		header.published && isoDay(header.published.year, header.published.month, header.published.day);
	const slice = (r: [number, number] | null) => r && text.slice(r[0], r[1]);

	const {
		mentions,
		found,
		gazetteer: facts
	} = findMentions(text, { scope: [0, header.body[1]], dateline: header.dateline }, gazetteer);
	const dates = findDates(text, header.body, header.published);
	const datelinePlace =
		(header.dateline &&
			found.find(
				(f) =>
					(f.kind === 'city' || f.kind === 'country') &&
					f.start >= header.dateline![0] &&
					f.end <= header.dateline![1]
			)) ||
		null;
	const candidates = proposeCandidates({
		sourceId: file.id,
		text,
		body: header.body,
		mentions: found,
		dates,
		published,
		datelinePlace
	});

	return {
		ok: true,
		document: {
			version: 1,
			source: {
				id: file.id,
				file: file.file,
				path: file.path,
				sha256: file.sha256,
				header: header.style,
				title: slice(header.title),
				published,
				publishedText: slice(header.publishedText),
				dateline: slice(header.dateline),
				body: header.body
			},
			mentions,
			dates,
			candidates,
			gazetteer: facts
		}
	};
}

/**
 * The events in view, exported as CSV (one row per event, as the list shows them) and as
 * GeoJSON. Both carry the citations (quote, source, offsets) and the link to the view they came
 * from, so that an exported file can always be traced back.
 */

import { csvFormat } from 'd3';
import type { AtlasIndex, IndexedEvent } from '../model/atlas-index';
import { eventDateInWords, participantName, placeInWords } from '../model/describe';
import { isoDay } from '../model/edtf';
import type { ViewState } from '../url/view-state';

export const CSV_COLUMNS = [
	'id',
	'title',
	'kind',
	'date',
	'date_in_words',
	'date_basis',
	'first_possible_day',
	'last_possible_day',
	'place',
	'place_precision',
	'longitude',
	'latitude',
	'countries',
	'organisations',
	'sources',
	'citations',
	'editorial_notes',
	'view_url'
] as const;

export type CsvRow = Record<(typeof CSV_COLUMNS)[number], string>;

function citationsOf(e: IndexedEvent) {
	return e.event.citations.map((c) => ({
		source: c.source,
		quote: c.quote,
		start: c.start,
		end: c.end
	}));
}

/**
 * A spreadsheet would run a cell that begins with = + - @ as a formula (CSV injection); such
 * text cells get a leading apostrophe, which spreadsheets hide and other readers can strip.
 */
export function spreadsheetSafe(text: string): string {
	return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export function csvRows(
	events: readonly IndexedEvent[],
	index: AtlasIndex,
	viewUrl: string
): CsvRow[] {
	return events.map((e) => ({
		id: e.event.id,
		title: spreadsheetSafe(e.event.title),
		kind: e.event.kind,
		date: e.event.date,
		date_in_words: eventDateInWords(e),
		date_basis: e.event.dateBasis,
		first_possible_day: isoDay(e.span.start),
		last_possible_day: isoDay(e.span.end),
		place: spreadsheetSafe(placeInWords(e, index)),
		place_precision: e.venue.precision,
		longitude: e.venue.point ? String(e.venue.point[0]) : '',
		latitude: e.venue.point ? String(e.venue.point[1]) : '',
		countries: e.countries.join(';'),
		organisations: e.organisations.join(';'),
		sources: e.sources.join(';'),
		// Several citations per event: kept whole, as JSON, so that offsets survive.
		citations: JSON.stringify(citationsOf(e)),
		editorial_notes: spreadsheetSafe(e.event.notes.map((n) => n.text).join(' | ')),
		view_url: viewUrl
	}));
}

export function eventsToCsv(
	events: readonly IndexedEvent[],
	index: AtlasIndex,
	viewUrl: string
): string {
	return csvFormat(csvRows(events, index, viewUrl), [...CSV_COLUMNS]);
}

export function eventsToGeoJson(
	events: readonly IndexedEvent[],
	index: AtlasIndex,
	viewUrl: string
) {
	return {
		type: 'FeatureCollection' as const,
		// A foreign member (RFC 7946 §6.1): where these features came from.
		metadata: {
			title: 'Trafficking Atlas: events in view',
			view_url: viewUrl,
			count: events.length,
			note: 'A country-precision event is placed at a point inside the country: the source names the country, not the city. An event whose place is not stated has no geometry.'
		},
		features: events.map((e) => ({
			type: 'Feature' as const,
			id: e.event.id,
			geometry: e.venue.point ? { type: 'Point' as const, coordinates: e.venue.point } : null,
			properties: {
				title: e.event.title,
				kind: e.event.kind,
				date: e.event.date,
				date_in_words: eventDateInWords(e),
				date_basis: e.event.dateBasis,
				first_possible_day: isoDay(e.span.start),
				last_possible_day: isoDay(e.span.end),
				place: placeInWords(e, index),
				place_precision: e.venue.precision,
				participants: e.event.participants.map((p) => ({
					kind: p.kind,
					id: p.id,
					name: participantName(p, index),
					role: p.role
				})),
				countries: e.countries,
				citations: citationsOf(e),
				editorial_notes: e.event.notes.map((n) => n.text)
			}
		}))
	};
}

const slugPart = (s: string) =>
	s
		.normalize('NFD')
		.replace(/\p{M}+/gu, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');

/** A file name that says which view it holds: trafficking-atlas_2008_KAZ-UZB_workshop.csv */
export function exportFileName(state: ViewState, extension: 'csv' | 'geojson'): string {
	const parts = ['trafficking-atlas'];
	if (state.from || state.to) {
		parts.push(
			state.from === state.to
				? String(state.from)
				: `${state.from ?? 'start'}-to-${state.to ?? 'end'}`
		);
	}
	if (state.countries.length) parts.push(state.countries.join('-'));
	if (state.orgs.length) parts.push(state.orgs.join('-'));
	if (state.kinds.length) parts.push(state.kinds.join('-'));
	if (state.sources.length) parts.push(state.sources.join('-'));
	if (state.q) parts.push(`q-${slugPart(state.q)}`);
	const name = parts
		.map(slugPartKeepCase)
		.filter(Boolean)
		.join('_')
		.slice(0, 120)
		.replace(/[-_]+$/, '');
	return `${name}.${extension}`;
}

function slugPartKeepCase(s: string): string {
	return s.replace(/[^A-Za-z0-9-]+/g, '-').replace(/^-|-$/g, '');
}

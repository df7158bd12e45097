/**
 * The map's style, built in code: every source is GeoJSON that the site itself serves or
 * computes, there is no `glyphs` URL (MapLibre draws label text from the page's own CSS font,
 * Noto Sans, bundled with the site), no sprite (the one icon is drawn in code) and no tiles.
 *
 * What changes while a person explores does not rebuild any of this: the time window and the
 * filters reach the map as feature-state (see AtlasMap.svelte), the colour scheme as paint
 * properties (`paintFor`), a selection as the small `links` source.
 */

import type {
	ExpressionSpecification,
	LayerSpecification,
	StyleSpecification,
	SymbolLayerSpecification
} from 'maplibre-gl';
import { mix, type Palette } from './palette';

export const SOURCES = {
	countries: 'countries',
	labels: 'country-labels',
	venues: 'venues',
	links: 'links'
} as const;

/** Feature-state keys: countries (and their labels). */
export const COUNTRY_STATE = {
	/** Shade class, 0 (no event in view) to the number of classes. */
	shade: 'c',
	/** 1 when the country is the venue of an event in view whose city is not stated. */
	venue: 'v',
	/** The selected event's role for the country: 0 none, 1 participant, 2 funder, 3 venue. */
	selection: 's',
	/** The selected place. */
	place: 'p',
	hover: 'h',
	/** An event is selected and the country is not one of its: its shade steps back. */
	dim: 'd'
} as const;

export const SELECTION_ROLE = { none: 0, participant: 1, funder: 2, venue: 3 } as const;

/** Feature-state keys: venues. */
export const VENUE_STATE = {
	/** Events in view at the venue. */
	total: 'n',
	/** Of those, events certainly inside the time window. */
	certain: 'k',
	/** The selected event is here. */
	selected: 'sel',
	hover: 'h',
	/** Gathered with overlapping marks into one count, drawn over the map by its button. */
	gathered: 'g'
} as const;

export const LAYERS = {
	water: 'water',
	/** Land, the shading by count and the selected event's countries: one fill. */
	countries: 'countries',
	borders: 'borders',
	/** The selected place, the selected event's countries, a diamond's country, the hovered one. */
	outline: 'country-outline',
	/** The selected event's funder. */
	funderOutline: 'funder-outline',
	links: 'links-participant',
	linksFunder: 'links-funder',
	ring: 'venue-ring',
	cities: 'venue-city',
	countryMarks: 'venue-country',
	venueLabels: 'venue-labels',
	countryLabels: 'country-labels'
} as const;

export const DIAMOND_ICON = 'country-diamond';
/** The CSS font family of labels (bundled by +layout.svelte through @fontsource). */
export const LABEL_FONT = 'Noto Sans';
/** MapLibre sniffs the weight from the first name of the stack; the second is the real family. */
export const LABEL_FONT_SEMIBOLD = 'Noto Sans SemiBold';

const state = (key: string, fallback: number | boolean = 0): ExpressionSpecification => [
	'coalesce',
	['feature-state', key],
	fallback
];

const EMPTY = { type: 'FeatureCollection' as const, features: [] };

/**
 * The countries' fill: the selected event's countries by role; otherwise the shade of the count
 * class (stepped back towards the land while an event is selected); otherwise land.
 */
export function fillExpression(
	p: Palette,
	shadeColours: readonly string[]
): ExpressionSpecification {
	const shades = (colours: readonly string[]): ExpressionSpecification | string => {
		if (colours.length === 0) return p.land;
		const cases: (number | string)[] = [];
		colours.forEach((c, i) => cases.push(i + 1, c));
		return [
			'match',
			state(COUNTRY_STATE.shade),
			...cases,
			p.land
		] as unknown as ExpressionSpecification;
	};
	return [
		'match',
		state(COUNTRY_STATE.selection),
		SELECTION_ROLE.venue,
		p.selectionVenue,
		[SELECTION_ROLE.participant, SELECTION_ROLE.funder],
		p.selectionFill,
		[
			'case',
			['==', state(COUNTRY_STATE.dim, false), true],
			shades(shadeColours.map((c) => mix(c, p.land, 0.6))),
			shades(shadeColours)
		]
	] as unknown as ExpressionSpecification;
}

/** Which outline a country gets, strongest first: place, selection, diamond, hover. */
function outlinePaint(p: Palette): Record<string, unknown> {
	const place = ['==', state(COUNTRY_STATE.place, false), true];
	const sel = state(COUNTRY_STATE.selection);
	const selected = ['match', sel, [SELECTION_ROLE.participant, SELECTION_ROLE.venue], true, false];
	const diamond = ['>', state(COUNTRY_STATE.venue), 0];
	const hover = ['==', state(COUNTRY_STATE.hover, false), true];
	return {
		'line-color': ['case', place, p.selected, selected, p.selected, diamond, p.mark, p.text],
		'line-width': [
			'case',
			place,
			2.5,
			selected,
			['match', sel, SELECTION_ROLE.venue, 2, 1.2],
			diamond,
			1.6,
			1.2
		],
		'line-opacity': ['case', ['any', place, selected, diamond, hover], 1, 0]
	};
}

/** Every colour the palette sets, by layer and paint property; applied again on a scheme change. */
export function paintFor(
	p: Palette,
	shadeColours: readonly string[]
): Record<string, Record<string, unknown>> {
	const n = state(VENUE_STATE.total);
	const k = state(VENUE_STATE.certain);
	const shown: ExpressionSpecification = [
		'all',
		['any', ['>', n, 0], ['==', state(VENUE_STATE.selected, false), true]],
		['!=', state(VENUE_STATE.gathered, false), true]
	];
	// A venue's mark, city point or country diamond alike: selected, certainly or only possibly
	// in the window.
	const venueColour: ExpressionSpecification = [
		'case',
		['==', state(VENUE_STATE.selected, false), true],
		p.selected,
		['>', k, 0],
		p.mark,
		p.markPossible
	];
	return {
		[LAYERS.water]: { 'background-color': p.water },
		[LAYERS.countries]: { 'fill-color': fillExpression(p, shadeColours) },
		[LAYERS.borders]: { 'line-color': p.border },
		[LAYERS.outline]: outlinePaint(p),
		[LAYERS.funderOutline]: { 'line-color': p.selected },
		[LAYERS.links]: { 'line-color': p.link },
		[LAYERS.linksFunder]: { 'line-color': p.funder },
		[LAYERS.ring]: { 'circle-stroke-color': p.selected },
		[LAYERS.cities]: {
			'circle-color': venueColour,
			'circle-stroke-color': p.halo,
			'circle-opacity': ['case', shown, 1, 0],
			'circle-stroke-opacity': ['case', shown, 1, 0]
		},
		[LAYERS.countryMarks]: {
			'icon-color': venueColour,
			'icon-halo-color': p.halo,
			'icon-opacity': ['case', shown, 1, 0]
		},
		[LAYERS.venueLabels]: {
			'text-color': p.text,
			'text-halo-color': p.halo,
			'text-opacity': ['case', shown, 1, 0]
		},
		[LAYERS.countryLabels]: {
			'text-color': [
				'case',
				['any', ['>', state(COUNTRY_STATE.shade), 0], ['>', state(COUNTRY_STATE.selection), 0]],
				p.text,
				p.muted
			],
			'text-halo-color': p.dark ? p.land : p.halo
		}
	};
}

/** The style without labels (those wait for the font: `labelLayers`). */
export function buildStyle(p: Palette, shadeColours: readonly string[]): StyleSpecification {
	const paint = paintFor(p, shadeColours);
	const n = state(VENUE_STATE.total);
	const layers: LayerSpecification[] = [
		{ id: LAYERS.water, type: 'background', paint: paint[LAYERS.water] },
		{
			id: LAYERS.countries,
			type: 'fill',
			source: SOURCES.countries,
			paint: { ...paint[LAYERS.countries], 'fill-antialias': false }
		},
		{
			id: LAYERS.borders,
			type: 'line',
			source: SOURCES.countries,
			layout: { 'line-join': 'round' },
			paint: {
				...paint[LAYERS.borders],
				'line-width': ['interpolate', ['linear'], ['zoom'], 1, 0.4, 5, 0.9, 8, 1.4]
			}
		},
		{
			id: LAYERS.outline,
			type: 'line',
			source: SOURCES.countries,
			layout: { 'line-join': 'round' },
			paint: paint[LAYERS.outline]
		},
		{
			id: LAYERS.funderOutline,
			type: 'line',
			source: SOURCES.countries,
			paint: {
				...paint[LAYERS.funderOutline],
				'line-width': 1.4,
				'line-dasharray': [3, 2],
				'line-opacity': ['match', state(COUNTRY_STATE.selection), SELECTION_ROLE.funder, 1, 0]
			}
		},
		{
			id: LAYERS.links,
			type: 'line',
			source: SOURCES.links,
			filter: ['==', ['get', 'kind'], 'participant'],
			layout: { 'line-cap': 'round', 'line-join': 'round' },
			paint: { ...paint[LAYERS.links], 'line-width': 1.5, 'line-opacity': 0.75 }
		},
		{
			id: LAYERS.linksFunder,
			type: 'line',
			source: SOURCES.links,
			filter: ['==', ['get', 'kind'], 'funder'],
			layout: { 'line-join': 'round' },
			paint: {
				...paint[LAYERS.linksFunder],
				'line-width': 1.8,
				'line-opacity': 0.85,
				'line-dasharray': [2.5, 2]
			}
		},
		{
			id: LAYERS.ring,
			type: 'circle',
			source: SOURCES.venues,
			paint: {
				...paint[LAYERS.ring],
				'circle-radius': 13,
				'circle-color': 'rgba(0,0,0,0)',
				'circle-stroke-width': 2.5,
				'circle-stroke-opacity': ['case', ['==', state(VENUE_STATE.selected, false), true], 1, 0],
				'circle-pitch-alignment': 'viewport'
			}
		},
		{
			id: LAYERS.cities,
			type: 'circle',
			source: SOURCES.venues,
			filter: ['==', ['get', 'precision'], 'city'],
			paint: {
				...paint[LAYERS.cities],
				// Grows gently with the events it holds; the count is written on the mark's button.
				'circle-radius': ['min', 13, ['+', 5, ['*', 1.5, ['sqrt', ['max', 0, ['-', n, 1]]]]]],
				'circle-stroke-width': 1.5
			}
		},
		{
			id: LAYERS.countryMarks,
			type: 'symbol',
			source: SOURCES.venues,
			filter: ['==', ['get', 'precision'], 'country'],
			layout: {
				'icon-image': DIAMOND_ICON,
				// Always drawn, and names make way for it (see Labels.svelte).
				'icon-allow-overlap': true,
				'icon-ignore-placement': false
			},
			paint: { ...paint[LAYERS.countryMarks], 'icon-halo-width': 1.5 }
		}
	];
	return {
		version: 8,
		name: 'Trafficking Atlas',
		sources: {
			[SOURCES.countries]: { type: 'geojson', data: EMPTY, tolerance: 0.45, buffer: 8 },
			[SOURCES.labels]: { type: 'geojson', data: EMPTY },
			[SOURCES.venues]: { type: 'geojson', data: EMPTY, buffer: 32 },
			[SOURCES.links]: { type: 'geojson', data: EMPTY, tolerance: 0.3 }
		},
		layers
	};
}

/**
 * Label layers, added once the font has loaded: venue names beside city marks, and country names
 * in three bands by size so that small countries are named only when there is room.
 */
export function labelLayers(
	p: Palette,
	shadeColours: readonly string[]
): SymbolLayerSpecification[] {
	const paint = paintFor(p, shadeColours);
	// Placement runs from the top layer down: the large countries' band goes on top, so that
	// their names are placed first and a small neighbour's name gives way.
	const bands: [rank: number, minzoom: number, size: number][] = [
		[3, 4, 10.5],
		[2, 2.8, 11.5],
		[1, 1.5, 12.5]
	];
	return [
		...bands.map(([rank, minzoom, size]): SymbolLayerSpecification => ({
			id: `${LAYERS.countryLabels}-${rank}`,
			type: 'symbol',
			source: SOURCES.labels,
			minzoom,
			filter: ['==', ['get', 'rank'], rank],
			layout: {
				'text-field': ['get', 'name'],
				'text-font': [LABEL_FONT],
				'text-size': size,
				'text-max-width': 7,
				'text-padding': 3,
				// A country that holds a diamond is named beside it, wherever there is room.
				'text-variable-anchor-offset': [
					'case',
					['==', ['get', 'marked'], true],
					['literal', ['top', [0, 1], 'bottom', [0, -1], 'right', [-1.2, 0], 'left', [1.2, 0]]],
					// Otherwise centred, or nudged up or down when a city's name is in the way.
					['literal', ['center', [0, 0], 'top', [0, 0.6], 'bottom', [0, -0.6]]]
				] as unknown as ExpressionSpecification,
				'symbol-sort-key': ['get', 'sort']
			},
			paint: {
				...paint[LAYERS.countryLabels],
				'text-halo-width': 1.2,
				'text-halo-blur': 0.3
			}
		})),
		{
			id: LAYERS.venueLabels,
			type: 'symbol',
			source: SOURCES.venues,
			filter: ['==', ['get', 'precision'], 'city'],
			layout: {
				'text-field': ['get', 'name'],
				'text-font': [LABEL_FONT_SEMIBOLD, LABEL_FONT],
				'text-size': 12,
				'text-anchor': 'left',
				'text-offset': [0.9, 0],
				// A city is named only where there is room (at 10,000 events, most are not).
				'text-padding': 2
			},
			paint: { ...paint[LAYERS.venueLabels], 'text-halo-width': 1.5 }
		}
	];
}

/**
 * What the map's parts share: the MapLibre map once it exists, the country shapes once fetched,
 * the colours of the current scheme, and what is derived from the view for drawing (the venues
 * of the dataset, the tally of events in view per venue and per country, the shade classes).
 *
 * Everything here is derived once per change of the view and read by several parts: the marks,
 * their buttons and the legend all read the same tally.
 */

import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { getContext, setContext } from 'svelte';
import type { AtlasView } from '../url/atlas-view.svelte';
import type { CountryProperties } from './geometry';
import { paletteFrom, LIGHT_TOKENS, type Palette } from './palette';
import { filterEvents, NO_CRITERIA } from '../model/filter';
import { maxCount, rampColours, shadeClasses, type ShadeClass } from './shading';
import type { Cluster } from './declutter';
import {
	buildVenues,
	tallyVenues,
	venueGroups,
	type VenueGroup,
	type VenueIndex,
	type VenueTally
} from './venues';

export type Countries = FeatureCollection<Polygon | MultiPolygon, CountryProperties>;

/** What the pointer (or the focus) is on, for the tooltip. */
export type Hover =
	| { kind: 'country'; iso3: string; name: string; x: number; y: number }
	| { kind: 'venue'; venue: number; x: number; y: number }
	| null;

/** Timings of the last update of the map from the view (for NOTES.md's figures and the tests). */
export interface StepTiming {
	/** Milliseconds of JavaScript the last view change cost the marks (tally included). */
	marksMs: number;
	/** Feature-state writes the marks made for it. */
	marksWrites: number;
	/** The same for the countries' shading (counting included). */
	countriesMs: number;
	countriesWrites: number;
	/** Times any source's data was replaced since the map was created. */
	setData: number;
}

const KEY = Symbol('atlas-map');

export class MapContext {
	map: MapLibreMap | null = $state.raw(null);
	/** The style has loaded: sources and layers exist. */
	loaded = $state(false);
	/** The country shapes, with numeric ids (their position), once fetched. */
	countries: Countries | null = $state.raw(null);
	/** Feature ids by ISO alpha-3 (a country may be drawn as more than one feature). */
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- replaced whole, never mutated
	countryIds: ReadonlyMap<string, number[]> = $state.raw(new Map());
	palette: Palette = $state.raw(paletteFrom(LIGHT_TOKENS));
	reducedMotion = $state(false);
	/** Phones and narrow panes: smaller paddings, the legend folded. */
	compact = $state(false);
	hover: Hover = $state.raw(null);
	/** The venue whose list of events is open (a mark with several events). */
	openVenue: number | null = $state(null);
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- a cache, not state
	#lastGroups: ReadonlyMap<number, VenueGroup> = new Map();
	timing: StepTiming = {
		marksMs: 0,
		marksWrites: 0,
		countriesMs: 0,
		countriesWrites: 0,
		setData: 0
	};

	/** Per dataset: the venues and, for each event, its venue. */
	readonly venues: VenueIndex;
	/** Per view change: events in view per venue, and those with no point. */
	readonly tally: VenueTally;
	/** Per view change: events in view per country. */
	readonly countryCounts: ReadonlyMap<string, number>;
	/** Per view change: the venues shown, with their events (see venueGroups). */
	readonly groups: VenueGroup[];
	readonly groupByVenue: ReadonlyMap<number, VenueGroup>;
	/** Marks that overlap on screen, drawn as one (set by Declutter when the view settles). */
	clusters: Cluster[] = $state.raw([]);
	/** The per-dataset shade classes, from the counts over all its events (stable while brushing). */
	readonly classes: ShadeClass[];
	readonly shadeColours: string[];

	constructor(readonly view: AtlasView) {
		this.venues = $derived(buildVenues(view.index));
		this.tally = $derived(tallyVenues(view.result, view.index.events, this.venues));
		this.countryCounts = $derived(view.result.countsBy('countries'));
		const shown = $derived.by(() => {
			const result = venueGroups(
				this.tally,
				this.venues,
				view.selectedEvent,
				(id) => view.result.membership.has(id),
				this.#lastGroups
			);
			this.#lastGroups = result.byVenue;
			return result;
		});
		this.groups = $derived(shown.groups);
		this.groupByVenue = $derived(shown.byVenue);
		// Steps fixed per dataset, from every event: from the index's posting lists, without a pass
		// over the events (100,000 at scale).
		this.classes = $derived(
			shadeClasses(maxCount(filterEvents(view.index, NO_CRITERIA).countsBy('countries')))
		);
		this.shadeColours = $derived(
			rampColours(this.palette.rampLow, this.palette.rampHigh, this.classes.length)
		);
	}

	/** Whether a feature-state write can be made now. */
	get ready(): MapLibreMap | null {
		return this.loaded ? this.map : null;
	}
}

export function setMapContext(ctx: MapContext): MapContext {
	return setContext(KEY, ctx);
}

export function getMapContext(): MapContext {
	const ctx = getContext<MapContext | undefined>(KEY);
	if (!ctx) throw new Error('A map part must be inside <AtlasMap>.');
	return ctx;
}

/**
 * A window into the map for the browser tests and the benchmark, and nothing else: exposed as
 * `window.__atlasMap` only in development or when a browser is driven by automation
 * (navigator.webdriver), never to a person's ordinary visit.
 */

import { flushSync } from 'svelte';
import type { ViewState } from '../url/view-state';
import type { MapContext } from './context.svelte';
import { SOURCES } from './style';

export interface AtlasMapHook {
	map: MapContext['map'];
	/** The feature-state of a country (its first feature), by ISO alpha-3. */
	countryState(iso3: string): Record<string, unknown> | null;
	/** The feature-state of the mark of a place (a city's id, or a country's ISO code). */
	venueState(place: string): Record<string, unknown> | null;
	/** Screen position (CSS pixels, relative to the map) of a country's representative point. */
	countryPoint(iso3: string): [number, number] | null;
	timing(): MapContext['timing'];
	/** The view, to drive steps of the time window in the benchmark. */
	view: MapContext['view'];
	/**
	 * One step of the time window as the brush makes it (a preview, no URL write), run to the end
	 * of every effect it sets off on the page (map, timeline, list). Returns the milliseconds.
	 */
	step(patch: Partial<ViewState>): number;
}

declare global {
	interface Window {
		__atlasMap?: AtlasMapHook;
	}
}

export function exposeForTests(ctx: MapContext): void {
	if (!(import.meta.env.DEV || (typeof navigator !== 'undefined' && navigator.webdriver))) return;
	window.__atlasMap = {
		get map() {
			return ctx.map;
		},
		countryState(iso3) {
			const id = ctx.countryIds.get(iso3)?.[0];
			if (id === undefined || !ctx.map) return null;
			return ctx.map.getFeatureState({ source: SOURCES.countries, id });
		},
		venueState(place) {
			const id = ctx.venues.byPlace.get(place);
			if (id === undefined || !ctx.map) return null;
			return ctx.map.getFeatureState({ source: SOURCES.venues, id });
		},
		countryPoint(iso3) {
			const p = ctx.view.index.placeById.get(iso3)?.point;
			if (!p || !ctx.map) return null;
			const { x, y } = ctx.map.project(p);
			return [x, y];
		},
		timing: () => ({ ...ctx.timing }),
		view: ctx.view,
		step(patch) {
			const t0 = performance.now();
			flushSync(() => ctx.view.previewChange(patch));
			return performance.now() - t0;
		}
	};
}

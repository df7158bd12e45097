/**
 * The one view state of the atlas. The URL is the source of truth: everything shown derives
 * from `page.url`, and every change is written back to it with SvelteKit's `goto` (a new
 * history entry for a discrete change, `replaceState` for a continuous one), so that Back and
 * Forward walk through what a person did and a copied link reopens the same view.
 *
 * While a person drags the brush, plays the timeline or types, the change is previewed (held
 * here, not in the URL: browsers limit how often history may be written) and committed when
 * the gesture ends.
 */

import { browser } from '$app/environment';
import { goto } from '$app/navigation';
import { page } from '$app/state';
import { buildIndex, type AtlasIndex, type IndexedEvent } from '../model/atlas-index';
import {
	facetCounts,
	filterEvents,
	type Criteria,
	type DayWindow,
	type FacetCounts,
	type FilterResult
} from '../model/filter';
import type { Atlas, Place } from '../model/types';
import { catalogOf } from './catalog';
import {
	DEFAULT_VIEW,
	parseQuery,
	resolveView,
	serializeView,
	windowOf,
	type Catalog,
	type Notice,
	type ViewState
} from './view-state';

export type HistoryMode = 'push' | 'replace';

/** What the page draws; `aria-busy` stays true until each has drawn the data. */
export type Part = 'map' | 'timeline';

export class AtlasView {
	/** The dataset and its index: replaced whole, never mutated. */
	index: AtlasIndex = $state.raw() as AtlasIndex;
	/** False until the page is live in the browser: prerendering has no query string. */
	mounted = $state(false);
	/** Uncommitted changes (a drag, a play, typing), shown at once, written on commit. */
	preview: Partial<ViewState> = $state.raw({});
	/** Notices the person has dismissed, by text. */
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- replaced whole, never mutated
	dismissed: ReadonlySet<string> = $state.raw(new Set());
	/** Notices raised by the page itself (a dataset that failed to load, a copy that failed). */
	ownNotices: Notice[] = $state.raw([]);
	// eslint-disable-next-line svelte/prefer-svelte-reactivity -- replaced whole, never mutated
	ready: ReadonlySet<Part> = $state.raw(new Set());

	constructor(atlas: Atlas) {
		this.index = buildIndex(atlas);
	}

	readonly catalog: Catalog = $derived(catalogOf(this.index));

	/** The URL, parsed and checked against the dataset. */
	readonly parsed: { state: ViewState; notices: Notice[] } = $derived.by(() => {
		if (!browser || !this.mounted) return { state: DEFAULT_VIEW, notices: [] };
		const syntax = parseQuery(page.url.search);
		const resolved = resolveView(syntax.state, this.catalog);
		return { state: resolved.state, notices: [...syntax.notices, ...resolved.notices] };
	});

	/** What the URL says, with any preview on top. */
	readonly state: ViewState = $derived({ ...this.parsed.state, ...this.preview });

	readonly notices: Notice[] = $derived(
		[...this.parsed.notices, ...this.ownNotices].filter((n) => !this.dismissed.has(noticeKey(n)))
	);

	readonly window: DayWindow | null = $derived(windowOf(this.state));

	readonly criteria: Criteria = $derived({
		window: this.window,
		countries: this.state.countries,
		orgs: this.state.orgs,
		kinds: this.state.kinds,
		sources: this.state.sources,
		q: this.state.q
	});

	readonly result: FilterResult = $derived(filterEvents(this.index, this.criteria));
	readonly facets: FacetCounts = $derived(facetCounts(this.index, this.criteria));

	readonly selectedEvent: IndexedEvent | null = $derived(
		this.state.event ? (this.index.eventById.get(this.state.event) ?? null) : null
	);
	readonly selectedPlace: Place | null = $derived(
		this.state.place ? (this.index.placeById.get(this.state.place) ?? null) : null
	);

	/** Whether anything differs from the default view (for "Reset"). */
	readonly filtered: boolean = $derived(
		Boolean(
			this.state.from ||
			this.state.to ||
			this.state.q ||
			this.state.countries.length ||
			this.state.orgs.length ||
			this.state.kinds.length ||
			this.state.sources.length
		)
	);

	readonly busy: boolean = $derived(!(this.ready.has('map') && this.ready.has('timeline')));

	/** The query string of the view as shown (preview included). */
	readonly search: string = $derived(serializeView(this.state));

	mount(): void {
		this.mounted = true;
	}

	/** Replaces the dataset (another same-site dataset, `?data=`). */
	setAtlas(atlas: Atlas): void {
		this.index = buildIndex(atlas);
	}

	markReady(part: Part): void {
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- replaced whole, never mutated
		if (!this.ready.has(part)) this.ready = new Set([...this.ready, part]);
	}

	/** Shows a change at once without writing history (drag, play, typing). */
	previewChange(patch: Partial<ViewState>): void {
		this.preview = { ...this.preview, ...patch };
	}

	/** Writes the view (with any preview and this patch) to the URL. */
	update(
		patch: Partial<ViewState> = {},
		mode: HistoryMode = 'push',
		options: { keepPreview?: boolean } = {}
	): void {
		// keepPreview: write only this patch and leave a gesture in progress (a brush drag) to
		// commit itself; a pan that ends mid-drag must not commit the drag's window.
		const kept = options.keepPreview ? this.preview : {};
		const next: ViewState = { ...(options.keepPreview ? this.parsed.state : this.state), ...patch };
		const search = serializeView(next);
		if (!browser || search === serializeView(this.parsed.state)) {
			this.preview = kept;
			return;
		}
		// Keep showing the new view until the navigation has moved page.url to it; cleared
		// earlier, the old view would flash back for a frame.
		const shown = { ...kept, ...patch };
		this.preview = shown;
		// Only the query string changes; the path is the current, already resolved, page. A real
		// (client-side) navigation, not shallow routing: shallow entries leave page.url behind.
		// The page's load does not read the URL, so it does not run again.
		const url = `${page.url.pathname}${search ? `?${search}` : ''}`;
		// eslint-disable-next-line svelte/no-navigation-without-resolve -- same page, new query
		void goto(url, { replaceState: mode === 'replace', keepFocus: true, noScroll: true }).finally(
			() => {
				if (this.preview === shown) this.preview = kept;
			}
		);
	}

	/** Drops the preview without writing anything (Escape during a drag). */
	cancelPreview(): void {
		this.preview = {};
	}

	selectEvent(id: string | null, mode: HistoryMode = 'push'): void {
		this.update({ event: id, place: null }, mode);
	}

	selectPlace(id: string | null, mode: HistoryMode = 'push'): void {
		this.update({ place: id, event: null }, mode);
	}

	dismiss(notice: Notice): void {
		// eslint-disable-next-line svelte/prefer-svelte-reactivity -- replaced whole, never mutated
		this.dismissed = new Set([...this.dismissed, noticeKey(notice)]);
	}

	raise(notice: Notice): void {
		this.ownNotices = [
			...this.ownNotices.filter((n) => noticeKey(n) !== noticeKey(notice)),
			notice
		];
	}

	/** Back to the default view, keeping the dataset. */
	reset(): void {
		this.update({ ...DEFAULT_VIEW, data: this.state.data, map: this.state.map }, 'push');
	}
}

export function noticeKey(n: Notice): string {
	return `${n.param}\u0000${n.value}\u0000${n.reason}`;
}

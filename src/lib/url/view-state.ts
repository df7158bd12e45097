/**
 * The view state and its URL form: PRODUCT.md's contract, readable by a person and stable
 * across data updates (ids, never indexes).
 *
 *   ?from=2008-01&to=2008-06&event=osce-workshop-uzbekistan-2008&countries=KAZ,UZB&map=4/41.3/64.5
 *
 * Parsing is in two pure steps: `parseQuery` checks the form of each value, `resolveView`
 * checks the ids against the dataset. Neither throws: whatever is malformed or unknown is left
 * out and named in a notice, and the rest of the link still applies. Parameters at their
 * default are left out of the URL, and the order is fixed, so one view has one URL.
 */

import { firstDay, lastDay, parseSimpleDate } from '../model/edtf';
import type { DayWindow } from '../model/filter';
import { canonicalCamera, parseCamera, serializeCamera, type Camera } from './camera';

export type ViewMode = 'map' | 'list';

export interface ViewState {
	/** Window start, inclusive: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
	from: string | null;
	/** Window end, inclusive: `2008-06` runs to 30 June 2008. */
	to: string | null;
	/** Selected event id. */
	event: string | null;
	/** Selected place: ISO alpha-3 for a country, or a place id. */
	place: string | null;
	/** The source open in the reader. */
	read: string | null;
	countries: string[];
	orgs: string[];
	kinds: string[];
	sources: string[];
	q: string;
	map: Camera | null;
	view: ViewMode;
	/** Another dataset on the same site (for large datasets and the benchmark). */
	data: string | null;
}

export const DEFAULT_VIEW: Readonly<ViewState> = Object.freeze({
	from: null,
	to: null,
	event: null,
	place: null,
	read: null,
	countries: [],
	orgs: [],
	kinds: [],
	sources: [],
	q: '',
	map: null,
	view: 'map',
	data: null
});

/** The URL's parameters in the order they are written. */
export const PARAMS = [
	'from',
	'to',
	'event',
	'place',
	'read',
	'countries',
	'orgs',
	'kinds',
	'sources',
	'q',
	'map',
	'view',
	'data'
] as const satisfies readonly (keyof ViewState)[];

type Param = (typeof PARAMS)[number];
const LISTS = ['countries', 'orgs', 'kinds', 'sources'] as const;
type ListParam = (typeof LISTS)[number];

/** Something the link asked for that was left out, and why. */
export interface Notice {
	param: string;
	value: string;
	reason: string;
}

export function noticeText(n: Notice): string {
	const value = n.value.length > 60 ? `${n.value.slice(0, 57)}…` : n.value;
	return `${n.param}=${value}: ${n.reason}`;
}

export const MAX_QUERY_LENGTH = 200;
const ID = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,98}[A-Za-z0-9])?$/;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ISO3 = /^[A-Za-z]{3}$/;
/** An HTML tag, comment or entity: a pasted payload, never words a person searches for. */
// As an HTML parser reads them: the name follows "<" at once, so "a < b" is words.
const MARKUP = /<[/?]?[a-z]|<!|&#?[a-z0-9]+;/i;

/** Collapses white space and drops control characters, as the free-text filter stores it. */
export function normaliseQuery(q: string): string {
	return q
		.replace(/\p{Cc}/gu, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}

function checkDate(value: string): string | null {
	const d = parseSimpleDate(value);
	if ('error' in d) return d.error;
	if (d.year < 1000 || d.year > 2999) return `year ${d.year} is out of range`;
	return null;
}

/** Step 1: the form of each value. Unknown ids are kept for `resolveView` to check. */
export function parseQuery(search: string | URLSearchParams): {
	state: ViewState;
	notices: Notice[];
} {
	const params =
		typeof search === 'string'
			? new URLSearchParams(search.startsWith('?') ? search.slice(1) : search)
			: search;
	const state: ViewState = { ...DEFAULT_VIEW, countries: [], orgs: [], kinds: [], sources: [] };
	const notices: Notice[] = [];
	const seen = new Set<string>();
	const ignore = (param: string, value: string, reason: string) =>
		notices.push({ param, value, reason });

	for (const [rawName, rawValue] of params) {
		const name = rawName.trim();
		const value = rawValue.trim();
		if (!(PARAMS as readonly string[]).includes(name)) {
			ignore(name || '(empty)', rawValue, 'not a parameter of the atlas');
			continue;
		}
		const param = name as Param;
		if (seen.has(param)) {
			ignore(param, rawValue, 'given more than once; the first was used');
			continue;
		}
		seen.add(param);
		if (value === '') continue;
		switch (param) {
			case 'from':
			case 'to': {
				const why = checkDate(value);
				if (why) ignore(param, value, why);
				else state[param] = value;
				break;
			}
			case 'event':
			case 'place':
			case 'read':
				if (ID.test(value)) state[param] = value;
				else ignore(param, value, 'not an id');
				break;
			case 'countries':
			case 'orgs':
			case 'kinds':
			case 'sources': {
				const good = new Set<string>();
				for (const item of value.split(',').map((s) => s.trim())) {
					if (!item) continue;
					if (param === 'countries') {
						if (ISO3.test(item)) good.add(item.toUpperCase());
						else ignore(param, item, 'not an ISO 3166-1 alpha-3 country code');
					} else if (SLUG.test(item)) good.add(item);
					else ignore(param, item, 'not an id');
				}
				state[param] = [...good].sort();
				break;
			}
			case 'q': {
				const q = normaliseQuery(value);
				if (q.length > MAX_QUERY_LENGTH)
					ignore(param, value, `longer than ${MAX_QUERY_LENGTH} characters`);
				else if (MARKUP.test(q)) ignore(param, value, 'looks like markup, not words to search for');
				else state.q = q;
				break;
			}
			case 'map': {
				const parsed = parseCamera(value);
				if (parsed.ok) state.map = canonicalCamera(parsed.camera);
				else ignore(param, value, parsed.reason);
				break;
			}
			case 'view':
				if (value === 'map' || value === 'list') state.view = value;
				else ignore(param, value, 'must be map or list');
				break;
			case 'data':
				if (isSameSitePath(value)) state.data = value;
				else ignore(param, value, 'must be a path on this site, such as /bench/atlas-100k.json');
				break;
		}
	}

	if (state.from && state.to && windowOf(state)![0] > windowOf(state)![1]) {
		ignore('from', state.from, `is after to=${state.to}; the time window was left out`);
		state.from = null;
		state.to = null;
	}
	return { state, notices };
}

/** A path on the same site: starts with one "/", climbs no "..", names no other host. */
export function isSameSitePath(value: string): boolean {
	return /^\/(?![/\\])[A-Za-z0-9._~\-/]*$/.test(value) && !value.split('/').includes('..');
}

/** Ids a dataset has: a set, or anything that answers `has` (the index's events by id). */
export interface Known {
	has(id: string): boolean;
}

/** What the dataset knows, for `resolveView`. */
export interface Catalog {
	/** Answered by the index: a set of 100,000 ids would be built on every load. */
	events: Known;
	places: ReadonlySet<string>;
	countries: ReadonlySet<string>;
	orgs: ReadonlySet<string>;
	kinds: ReadonlySet<string>;
	sources: ReadonlySet<string>;
	/** The days the atlas covers; a window entirely outside it is left out. */
	domain: DayWindow;
}

const LABEL: Record<ListParam | 'event' | 'place' | 'read', string> = {
	countries: 'no such country in the atlas',
	orgs: 'no such organisation in the atlas',
	kinds: 'no such kind of event in the atlas',
	sources: 'no such source in the atlas',
	event: 'no such event in the atlas',
	place: 'no such place in the atlas',
	read: 'no such source in the atlas'
};

/** Step 2: drops ids the dataset does not have, and a window outside its time range. */
export function resolveView(
	state: ViewState,
	catalog: Catalog
): { state: ViewState; notices: Notice[] } {
	const out: ViewState = { ...state };
	const notices: Notice[] = [];
	const known = (param: keyof typeof LABEL): Known =>
		param === 'event'
			? catalog.events
			: param === 'place'
				? catalog.places
				: param === 'read'
					? catalog.sources
					: catalog[param];
	for (const param of ['event', 'place', 'read'] as const) {
		const v = out[param];
		if (v !== null && !known(param).has(v)) {
			notices.push({ param, value: v, reason: LABEL[param] });
			out[param] = null;
		}
	}
	for (const param of LISTS) {
		out[param] = state[param].filter((v) => {
			if (known(param).has(v)) return true;
			notices.push({ param, value: v, reason: LABEL[param] });
			return false;
		});
	}
	const w = windowOf(out);
	if (w && (w[1] < catalog.domain[0] || w[0] > catalog.domain[1])) {
		const value = [out.from && `from=${out.from}`, out.to && `to=${out.to}`]
			.filter(Boolean)
			.join('&');
		notices.push({
			param: 'from',
			value: value.replace(/^from=/, ''),
			reason: 'the time window lies outside the atlas’s dates'
		});
		out.from = null;
		out.to = null;
	}
	return { state: out, notices };
}

/** The window as inclusive days; an open end reaches as far as dates go. */
export function windowOf(state: Pick<ViewState, 'from' | 'to'>): DayWindow | null {
	if (!state.from && !state.to) return null;
	const from = state.from ? parseSimpleDate(state.from) : null;
	const to = state.to ? parseSimpleDate(state.to) : null;
	return [
		from && !('error' in from) ? firstDay(from) : -Infinity,
		to && !('error' in to) ? lastDay(to) : Infinity
	];
}

// Commas, slashes and colons stay readable; everything else that needs it is escaped.
function encode(value: string): string {
	return encodeURIComponent(value)
		.replace(/%2C/gi, ',')
		.replace(/%2F/gi, '/')
		.replace(/%3A/gi, ':');
}

/** The query string (without "?"); parameters at their default are left out. */
export function serializeView(state: ViewState): string {
	const parts: string[] = [];
	for (const param of PARAMS) {
		const v = state[param];
		if (param === 'map') {
			if (state.map) parts.push(`map=${serializeCamera(state.map)}`);
		} else if (param === 'view') {
			if (state.view !== 'map') parts.push(`view=${state.view}`);
		} else if (Array.isArray(v)) {
			if (v.length) parts.push(`${param}=${[...new Set(v)].sort().map(encode).join(',')}`);
		} else if (typeof v === 'string' && v !== '') {
			parts.push(`${param}=${encode(v)}`);
		}
	}
	return parts.join('&');
}

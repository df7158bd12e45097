/**
 * The map's colours. MapLibre paint properties cannot read CSS custom properties, so the map
 * reads the page's tokens (src/app.css) once per colour scheme and derives the few colours the
 * tokens do not name (water, land, the shading ramp) from them, in CIELAB so that steps are
 * perceptually even.
 */

import { interpolateLab } from 'd3-interpolate';
import { color as parseColor } from 'd3-color';

export interface Palette {
	dark: boolean;
	/** Water: the map's background. */
	water: string;
	/** Land of countries not involved in the events in view. */
	land: string;
	/** Country borders. */
	border: string;
	/** The coastline of land against water, a little stronger than borders. */
	coast: string;
	text: string;
	muted: string;
	/** The halo behind labels and marks: the panel's surface. */
	halo: string;
	/** Marks of events certainly in the time window. */
	mark: string;
	/** Marks of events only possibly in it. */
	markPossible: string;
	/** The selected event, place and their lines. */
	selected: string;
	/** Lines from participants; the funder's line is dashed in `funder`. */
	link: string;
	funder: string;
	/** Fill of the selected event's countries: venue, participants (the funder shares it). */
	selectionVenue: string;
	selectionFill: string;
	/** The shading ramp's two ends: few events, many events. */
	rampLow: string;
	rampHigh: string;
}

/** The tokens the map reads, with their values in app.css (used where no document exists). */
export const TOKENS = [
	'--bg',
	'--surface',
	'--surface-2',
	'--text',
	'--muted',
	'--border',
	'--accent',
	'--accent-soft',
	'--mark',
	'--mark-possible',
	'--selected'
] as const;

export type Token = (typeof TOKENS)[number];

export const LIGHT_TOKENS: Record<Token, string> = {
	'--bg': '#f4f5f7',
	'--surface': '#ffffff',
	'--surface-2': '#eef0f3',
	'--text': '#1a1d21',
	'--muted': '#4f5661',
	'--border': '#c9ced6',
	'--accent': '#1f4e79',
	'--accent-soft': '#dbe7f3',
	'--mark': '#1f4e79',
	'--mark-possible': '#7d8a99',
	'--selected': '#b3261e'
};

export const DARK_TOKENS: Record<Token, string> = {
	'--bg': '#111418',
	'--surface': '#1a1e24',
	'--surface-2': '#232831',
	'--text': '#e8eaed',
	'--muted': '#aab2bd',
	'--border': '#3a414c',
	'--accent': '#8cc4ff',
	'--accent-soft': '#1d3650',
	'--mark': '#8cc4ff',
	'--mark-possible': '#8893a1',
	'--selected': '#ff8a80'
};

/** `a` moved towards `b` by `t` (0..1) in CIELAB, as #rrggbb. */
export function mix(a: string, b: string, t: number): string {
	return hex(interpolateLab(a, b)(t));
}

/** Any CSS colour d3 can read, as #rrggbb; the input unchanged if it cannot. */
export function hex(value: string): string {
	const c = parseColor(value.trim());
	return c ? c.formatHex() : value.trim();
}

/** CIELAB lightness (0..100) of a colour, to tell a dark scheme from a light one. */
export function lightness(value: string): number {
	const c = parseColor(value)?.rgb();
	if (!c) return 100;
	const lin = (v: number) => {
		const s = v / 255;
		return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
	};
	const y = 0.2126 * lin(c.r) + 0.7152 * lin(c.g) + 0.0722 * lin(c.b);
	return y > 216 / 24389 ? 116 * Math.cbrt(y) - 16 : (24389 / 27) * y;
}

/** The map's colours from the page's tokens. */
export function paletteFrom(tokens: Record<Token, string>): Palette {
	const t = Object.fromEntries(TOKENS.map((k) => [k, hex(tokens[k])])) as Record<Token, string>;
	const dark = lightness(t['--surface']) < 50;
	// Dark: land a step above the page. Light: land is the page's surface.
	const land = dark ? t['--surface-2'] : t['--surface'];
	const shared = {
		dark,
		land,
		text: t['--text'],
		muted: t['--muted'],
		halo: t['--surface'],
		mark: t['--mark'],
		markPossible: t['--mark-possible'],
		selected: t['--selected'],
		link: t['--accent'],
		funder: t['--text'],
		// The count scale runs from land toward the accent: darker with count in the light
		// scheme, brighter in the dark one.
		rampLow: mix(land, t['--accent'], 0.3),
		rampHigh: mix(land, t['--accent'], 0.72)
	};
	if (dark) {
		return {
			...shared,
			// Water darker than land.
			water: mix(t['--bg'], '#000000', 0.25),
			border: mix(t['--border'], land, 0.2),
			coast: t['--border'],
			selectionVenue: mix(land, t['--selected'], 0.5),
			selectionFill: mix(land, t['--selected'], 0.28)
		};
	}
	return {
		...shared,
		// Water a neutral grey, so that no shade of the (blue) count scale is mistaken for it.
		water: mix(t['--surface-2'], t['--border'], 0.3),
		border: mix(t['--border'], land, 0.1),
		coast: mix(t['--border'], t['--muted'], 0.3),
		selectionVenue: mix(land, t['--selected'], 0.4),
		selectionFill: mix(land, t['--selected'], 0.15)
	};
}

/** Reads the tokens from the document, falling back to app.css's values for the scheme. */
export function readTokens(element: Element, dark: boolean): Record<Token, string> {
	const style = getComputedStyle(element);
	const fallback = dark ? DARK_TOKENS : LIGHT_TOKENS;
	return Object.fromEntries(
		TOKENS.map((k) => [k, style.getPropertyValue(k).trim() || fallback[k]])
	) as Record<Token, string>;
}

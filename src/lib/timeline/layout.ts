/**
 * Marks and lanes. Each date is drawn as precisely as the source states it: a day is a point in
 * the middle of its day, a month, a year or an interval is a band from the start of its first day
 * to the end of its last, and a `reported` date (known only to be on or before the report) has a
 * tail toward earlier dates. Marks are grouped in lanes (one per kind of event, and one for the
 * publications of the sources) and packed into rows inside a lane so that neither marks nor
 * their labels overlap.
 */

import type { DaySpan } from '../model/edtf';
import { dayX, type TimeScale } from './time';

export type MarkShape = 'point' | 'band' | 'publication';

export interface MarkGeometry {
	shape: MarkShape;
	/** Start of the first possible day (pixels). */
	x0: number;
	/** End of the last possible day (pixels). */
	x1: number;
	/** Where a point is drawn: the middle of its day. */
	cx: number;
	/** Where an "on or before" tail begins, left of the mark; null for a stated date. */
	tailX0: number | null;
}

export const POINT_RADIUS = 4.5;
/** Length of the "on or before" tail: it says "earlier", not how much earlier. */
export const TAIL_PX = 56;
/** A band narrower than this is drawn this wide (a month when zoomed far out). */
export const MIN_BAND_PX = 3;

export function markGeometry(
	span: Pick<DaySpan, 'start' | 'end' | 'precision'>,
	basis: 'stated' | 'reported',
	scale: TimeScale,
	publication = false
): MarkGeometry {
	const x0 = dayX(scale, span.start);
	const x1 = dayX(scale, span.end + 1);
	const cx = (x0 + x1) / 2;
	const shape: MarkShape = publication
		? 'publication'
		: span.precision === 'day'
			? 'point'
			: 'band';
	const left = shape === 'band' ? x0 : Math.min(x0, cx - POINT_RADIUS);
	return { shape, x0, x1, cx, tailX0: basis === 'reported' ? left - TAIL_PX : null };
}

/** The pixels a mark covers (without its label). */
export function markExtent(g: MarkGeometry): [number, number] {
	const left = g.shape === 'band' ? g.x0 : g.cx - POINT_RADIUS;
	const right = g.shape === 'band' ? Math.max(g.x1, g.x0 + MIN_BAND_PX) : g.cx + POINT_RADIUS;
	return [g.tailX0 === null ? left : Math.min(left, g.tailX0), right];
}

export interface LayoutItem {
	id: string;
	span: Pick<DaySpan, 'start' | 'end' | 'precision'>;
	basis: 'stated' | 'reported';
	publication?: boolean;
	label: string;
}

export interface LayoutGroup {
	key: string;
	label: string;
	items: readonly LayoutItem[];
}

export interface PlacedLabel {
	x: number;
	anchor: 'start' | 'end';
	text: string;
}

export interface PlacedMark extends MarkGeometry {
	id: string;
	row: number;
	/** Top of the mark's row. */
	y: number;
	label: PlacedLabel | null;
	/** Horizontal extent of mark and label together. */
	left: number;
	right: number;
}

export interface LaneLayout {
	key: string;
	label: string;
	y: number;
	height: number;
	rows: number;
	marks: PlacedMark[];
}

export interface TimelineLayout {
	lanes: LaneLayout[];
	height: number;
	rowHeight: number;
}

export interface LayoutOptions {
	width: number;
	/** Whether marks carry their titles (few marks) or only their shapes (many). */
	labelled: boolean;
	measure?: (text: string) => number;
	rowHeight?: number;
	maxRows?: number;
	/** Space above and below the rows of a lane. */
	lanePadding?: number;
	/** Space at the top of each lane for its name (when names are not in a gutter). */
	header?: number;
	/** Horizontal space kept between neighbours in a row. */
	gap?: number;
	/** The longest label, in pixels. */
	maxLabel?: number;
}

export const LABELLED_ROW = 28;
export const PLAIN_ROW = 16;

/** Approximate width of text at the marks' 12px font. */
export function estimateTextWidth(text: string): number {
	return text.length * 6.4;
}

/** The text cut to fit `maxWidth` pixels, with an ellipsis when cut; '' when nothing fits. */
export function fitText(text: string, maxWidth: number, measure = estimateTextWidth): string {
	if (measure(text) <= maxWidth) return text;
	let lo = 0;
	let hi = text.length;
	while (lo < hi) {
		const mid = (lo + hi + 1) >>> 1;
		if (measure(`${text.slice(0, mid).trimEnd()}…`) <= maxWidth) lo = mid;
		else hi = mid - 1;
	}
	return lo < 4 ? '' : `${text.slice(0, lo).trimEnd()}…`;
}

/** A label is kept to the right of its mark when at least this much room is left there. */
const ROOM_RIGHT = 110;

function placeLabel(
	text: string,
	g: MarkGeometry,
	width: number,
	maxLabel: number,
	measure: (s: string) => number
): PlacedLabel | null {
	if (!text) return null;
	const [markLeft, markRight] = markExtent({ ...g, tailX0: null });
	const want = Math.min(measure(text), maxLabel);
	// Left-aligned with the mark (kept in view when the mark starts off to the left)...
	const start = Math.max(markLeft, 0);
	const roomRight = width - start;
	// ...or, near the right edge, right-aligned with its end.
	const end = Math.min(markRight, width);
	const anchor = roomRight >= want || roomRight >= ROOM_RIGHT || roomRight >= end ? 'start' : 'end';
	const t = fitText(text, Math.min(want, anchor === 'start' ? roomRight : end), measure);
	return t ? { x: anchor === 'start' ? start : end, anchor, text: t } : null;
}

/**
 * Lays out lanes, rows and labels for the marks of each group at the given scale. Items are
 * packed greedily in date order into the first row where they do not overlap a neighbour;
 * beyond `maxRows` a mark shares the row that frees up first.
 */
export function layoutLanes(
	groups: readonly LayoutGroup[],
	scale: TimeScale,
	options: LayoutOptions
): TimelineLayout {
	const {
		width,
		labelled,
		measure = estimateTextWidth,
		rowHeight = labelled ? LABELLED_ROW : PLAIN_ROW,
		maxRows = labelled ? 4 : 8,
		lanePadding = 4,
		header = 0,
		gap = 10,
		maxLabel = Math.max(120, Math.min(280, width * 0.45))
	} = options;
	const lanes: LaneLayout[] = [];
	let y = 0;
	// The extent of each mark without its label, for a mark that must give its label up.
	const shapes = new Map<PlacedMark, readonly [number, number]>();
	for (const group of groups) {
		const placed = group.items.map((item) => {
			const g = markGeometry(item.span, item.basis, scale, item.publication);
			const label = labelled ? placeLabel(item.label, g, width, maxLabel, measure) : null;
			const [ml, mr] = markExtent(g);
			let left = ml;
			let right = mr;
			if (label) {
				const w = measure(label.text);
				left = Math.min(left, label.anchor === 'start' ? label.x : label.x - w);
				right = Math.max(right, label.anchor === 'start' ? label.x + w : label.x);
			}
			const mark: PlacedMark = { id: item.id, ...g, row: 0, y: 0, label, left, right };
			shapes.set(mark, [ml, mr]);
			return mark;
		});
		placed.sort((a, b) => a.left - b.left || a.right - b.right);
		const rowEnds: number[] = [];
		const freeRow = (left: number) => rowEnds.findIndex((end) => end + gap <= left);
		for (const m of placed) {
			let row = freeRow(m.left);
			if (row === -1 && rowEnds.length < maxRows) row = rowEnds.push(-Infinity) - 1;
			if (row === -1 && m.label) {
				// No row has room for the label: the mark goes without it (its name stays in the
				// tooltip and the accessible name) rather than writing over another label.
				m.label = null;
				[m.left, m.right] = shapes.get(m)!;
				row = freeRow(m.left);
			}
			if (row === -1) row = rowEnds.indexOf(Math.min(...rowEnds));
			rowEnds[row] = Math.max(rowEnds[row]!, m.right);
			m.row = row;
		}
		const rows = Math.max(1, rowEnds.length);
		for (const m of placed) m.y = y + header + lanePadding + m.row * rowHeight;
		const height = header + lanePadding * 2 + rows * rowHeight;
		lanes.push({ key: group.key, label: group.label, y, height, rows, marks: placed });
		y += height;
	}
	return { lanes, height: y, rowHeight };
}

/**
 * The mark under a point (plot pixels), if any: in the row under the pointer, the mark or label
 * that covers it, the nearest one when several do. `slop` widens small targets.
 */
export function hitTest(
	layout: TimelineLayout,
	px: number,
	py: number,
	slop = 4
): PlacedMark | null {
	let best: PlacedMark | null = null;
	let bestDist = Infinity;
	for (const lane of layout.lanes) {
		if (py < lane.y || py >= lane.y + lane.height) continue;
		for (const m of lane.marks) {
			if (py < m.y - 2 || py > m.y + layout.rowHeight + 2) continue;
			if (px < m.left - slop || px > m.right + slop) continue;
			const [ml, mr] = markExtent({ ...m, tailX0: null });
			const dist = px < ml ? ml - px : px > mr ? px - mr : 0;
			if (dist < bestDist) {
				best = m;
				bestDist = dist;
			}
		}
	}
	return best;
}

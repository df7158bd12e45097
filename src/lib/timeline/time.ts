/**
 * The timeline's time scale. Days are whole numbers since 1970-01-01 (see `model/edtf.ts`); the
 * scale is a d3 `scaleUtc` over UTC midnights, so that a calendar date lands on the same pixel
 * whatever the viewer's time zone. A day `d` covers the pixels from `dayX(d)` to `dayX(d + 1)`.
 */

import { scaleUtc, type ScaleTime } from 'd3-scale';
import { atlasDomain, type DayRange } from '../model/domain';
import { dayToUtcDate } from '../model/edtf';

export const MS_PER_DAY = 86_400_000;

export type TimeScale = ScaleTime<number, number>;

export { DEFAULT_DOMAIN, type DayRange } from '../model/domain';

/** The fewest days the timeline zooms in to across its width. */
export const MIN_VISIBLE_DAYS = 7;

/** The days the timeline spans (see `model/domain.ts`). */
export const timelineDomain = atlasDomain;

/** The unzoomed scale: the whole domain across `width` pixels. */
export function baseScale(domain: DayRange, width: number): TimeScale {
	return scaleUtc()
		.domain([dayToUtcDate(domain[0]), dayToUtcDate(domain[1] + 1)])
		.range([0, Math.max(1, width)]);
}

/** The pixel where a day begins (fractional days give positions inside the day). */
export function dayX(scale: TimeScale, day: number): number {
	return scale(dayToUtcDate(day));
}

/** The (fractional) day at a pixel: `Math.floor` of it is the day under the pixel. */
export function xDay(scale: TimeScale, x: number): number {
	return scale.invert(x).getTime() / MS_PER_DAY;
}

export function pxPerDay(scale: TimeScale): number {
	const [a, b] = scale.domain() as [Date, Date];
	const [r0, r1] = scale.range() as [number, number];
	return (r1 - r0) / ((b.getTime() - a.getTime()) / MS_PER_DAY);
}

/** The days wholly or partly visible between pixel 0 and `width`. */
export function visibleDays(scale: TimeScale, width: number): [number, number] {
	return [Math.floor(xDay(scale, 0)), Math.ceil(xDay(scale, width)) - 1];
}

/** How far the zoom may go: in to `MIN_VISIBLE_DAYS` across the width, out to the domain. */
export function zoomScaleExtent(domain: DayRange): [number, number] {
	const days = domain[1] - domain[0] + 1;
	return [1, Math.max(1, days / MIN_VISIBLE_DAYS)];
}

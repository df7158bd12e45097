/**
 * The days the atlas covers: PRODUCT.md's 2007-01-01 to 2008-12-31, widened to whole years when
 * a dataset (its events and publications) reaches beyond. The timeline draws this range and
 * links may set a time window anywhere in it.
 */

import { calendarDate, dayNumber } from './edtf';

/** Inclusive first and last day. */
export type DayRange = readonly [first: number, last: number];

export const DEFAULT_DOMAIN: DayRange = [dayNumber(2007, 1, 1), dayNumber(2008, 12, 31)];

export function atlasDomain(extent: DayRange | null | undefined): [number, number] {
	let [first, last] = DEFAULT_DOMAIN;
	if (extent && Number.isFinite(extent[0]) && Number.isFinite(extent[1])) {
		if (extent[0] < first) first = dayNumber(calendarDate(extent[0]).year, 1, 1);
		if (extent[1] > last) last = dayNumber(calendarDate(extent[1]).year, 12, 31);
	}
	return [first, last];
}

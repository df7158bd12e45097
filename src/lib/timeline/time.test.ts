import { describe, expect, it } from 'vitest';
import { dayNumber } from '../model/edtf';
import {
	baseScale,
	DEFAULT_DOMAIN,
	dayX,
	pxPerDay,
	timelineDomain,
	visibleDays,
	xDay,
	zoomScaleExtent
} from './time';

describe('timelineDomain', () => {
	it('is 2007-01-01 to 2008-12-31 by default and for data inside it', () => {
		expect(DEFAULT_DOMAIN).toEqual([dayNumber(2007, 1, 1), dayNumber(2008, 12, 31)]);
		expect(timelineDomain(null)).toEqual(DEFAULT_DOMAIN);
		expect(timelineDomain([dayNumber(2007, 1, 1), dayNumber(2008, 9, 24)])).toEqual(DEFAULT_DOMAIN);
	});

	it('extends to whole years when the data reaches beyond', () => {
		expect(timelineDomain([dayNumber(2005, 6, 3), dayNumber(2010, 2, 1)])).toEqual([
			dayNumber(2005, 1, 1),
			dayNumber(2010, 12, 31)
		]);
	});
});

describe('the scale', () => {
	// 731 days (2007 and leap 2008) over 731 pixels: one pixel per day.
	const scale = baseScale(DEFAULT_DOMAIN, 731);

	it('puts each day boundary on a whole pixel, whatever the time zone', () => {
		expect(dayX(scale, dayNumber(2007, 1, 1))).toBe(0);
		expect(dayX(scale, dayNumber(2008, 1, 1))).toBe(365);
		expect(dayX(scale, dayNumber(2008, 2, 29))).toBe(365 + 59);
		expect(dayX(scale, dayNumber(2009, 1, 1))).toBe(731);
		expect(pxPerDay(scale)).toBe(1);
	});

	it('inverts pixels to (fractional) days', () => {
		expect(xDay(scale, 365)).toBe(dayNumber(2008, 1, 1));
		expect(xDay(scale, 365.5)).toBe(dayNumber(2008, 1, 1) + 0.5);
		expect(visibleDays(scale, 731)).toEqual(DEFAULT_DOMAIN);
	});

	it('zooms in to a week at most', () => {
		expect(zoomScaleExtent(DEFAULT_DOMAIN)).toEqual([1, 731 / 7]);
	});
});

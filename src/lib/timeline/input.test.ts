import { describe, expect, it } from 'vitest';
import { dayNumber } from '../model/edtf';
import { brushKey, dateFieldDay, wheelFactor, windowFromField } from './input';
import { DEFAULT_DOMAIN } from './time';

const d = dayNumber;
const D = DEFAULT_DOMAIN;
const june = [d(2007, 6, 1), d(2007, 6, 30)] as const;

describe('keys on the brush', () => {
	it('arrows move by a day, Shift+arrows and PageUp/PageDown by a month', () => {
		expect(brushKey({ key: 'ArrowRight' }, june, D, D[0])).toEqual({
			window: [d(2007, 6, 2), d(2007, 7, 1)]
		});
		expect(brushKey({ key: 'ArrowLeft', shiftKey: true }, june, D, D[0])).toEqual({
			window: [d(2007, 5, 1), d(2007, 5, 31)]
		});
		expect(brushKey({ key: 'PageUp' }, june, D, D[0])).toEqual({
			window: [d(2007, 7, 1), d(2007, 7, 31)]
		});
	});

	it('Alt+arrows move the end; on a handle, arrows move that edge', () => {
		expect(brushKey({ key: 'ArrowRight', altKey: true }, june, D, D[0])).toEqual({
			window: [d(2007, 6, 1), d(2007, 7, 1)]
		});
		expect(brushKey({ key: 'ArrowLeft' }, june, D, D[0], 'from')).toEqual({
			window: [d(2007, 5, 31), d(2007, 6, 30)]
		});
		expect(brushKey({ key: 'ArrowRight', shiftKey: true }, june, D, D[0], 'to')).toEqual({
			window: [d(2007, 6, 1), d(2007, 7, 31)]
		});
		expect(brushKey({ key: 'Home' }, june, D, D[0], 'from')).toEqual({
			window: [D[0], d(2007, 6, 30)]
		});
	});

	it('Home and End move the window to the ends of the timeline', () => {
		expect(brushKey({ key: 'End' }, june, D, D[0])).toEqual({
			window: [d(2008, 12, 2), d(2008, 12, 31)]
		});
		expect(brushKey({ key: 'Home' }, june, D, D[0])).toEqual({
			window: [d(2007, 1, 1), d(2007, 1, 30)]
		});
	});

	it('Escape, Delete and Backspace clear; with no window, a move starts one', () => {
		expect(brushKey({ key: 'Escape' }, june, D, D[0])).toEqual({ clear: true });
		expect(brushKey({ key: 'Escape' }, null, D, D[0])).toBeNull();
		expect(brushKey({ key: 'ArrowRight' }, null, D, d(2008, 1, 1))).toEqual({
			window: [d(2008, 1, 1), d(2008, 1, 31)]
		});
		expect(brushKey({ key: 'a' }, june, D, D[0])).toBeNull();
	});

	it('an open-ended window is cut to the timeline first', () => {
		expect(brushKey({ key: 'ArrowLeft' }, [d(2008, 1, 1), Infinity], D, D[0])).toEqual({
			window: [d(2007, 12, 31), d(2008, 12, 30)]
		});
	});
});

describe('date fields', () => {
	it('accept whole dates inside the timeline only', () => {
		expect(dateFieldDay('2008-02-29', D)).toBe(d(2008, 2, 29));
		expect(dateFieldDay('0200-05-16', D)).toBeNull();
		expect(dateFieldDay('2009-01-01', D)).toBeNull();
		expect(dateFieldDay('', D)).toBeNull();
	});

	it('keep the other end, pushing it along when passed', () => {
		expect(windowFromField('from', d(2007, 6, 1), null)).toEqual([d(2007, 6, 1), Infinity]);
		expect(windowFromField('to', d(2007, 12, 31), [d(2007, 6, 1), Infinity])).toEqual([
			d(2007, 6, 1),
			d(2007, 12, 31)
		]);
		expect(windowFromField('from', d(2008, 3, 1), june)).toEqual([d(2008, 3, 1), d(2008, 3, 1)]);
		expect(windowFromField('from', null, [-Infinity, d(2007, 6, 30)])).toEqual([
			-Infinity,
			d(2007, 6, 30)
		]);
		expect(windowFromField('to', null, [-Infinity, d(2007, 6, 30)])).toBeNull();
	});
});

describe('wheel', () => {
	it('zooms in on a wheel up, out on a wheel down, as d3-zoom does', () => {
		expect(wheelFactor({ deltaY: -100, deltaMode: 0, ctrlKey: false })).toBeCloseTo(2 ** 0.2, 12);
		expect(wheelFactor({ deltaY: 100, deltaMode: 0, ctrlKey: false })).toBeLessThan(1);
		expect(wheelFactor({ deltaY: -3, deltaMode: 1, ctrlKey: false })).toBeCloseTo(2 ** 0.15, 12);
	});
});

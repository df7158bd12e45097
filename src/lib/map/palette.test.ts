import { describe, expect, it } from 'vitest';
import { DARK_TOKENS, hex, LIGHT_TOKENS, lightness, mix, paletteFrom } from './palette';

describe('paletteFrom', () => {
	it('tells the schemes apart by the surface’s lightness', () => {
		expect(paletteFrom(LIGHT_TOKENS).dark).toBe(false);
		expect(paletteFrom(DARK_TOKENS).dark).toBe(true);
	});

	it('gives a dark map in the dark scheme and a light one in the light scheme', () => {
		const dark = paletteFrom(DARK_TOKENS);
		const light = paletteFrom(LIGHT_TOKENS);
		expect(lightness(dark.water)).toBeLessThan(15);
		expect(lightness(dark.land)).toBeLessThan(25);
		expect(lightness(light.land)).toBeGreaterThan(90);
	});

	it('keeps water, land and the lightest shade apart', () => {
		for (const p of [paletteFrom(LIGHT_TOKENS), paletteFrom(DARK_TOKENS)]) {
			expect(Math.abs(lightness(p.water) - lightness(p.land))).toBeGreaterThan(4);
			expect(Math.abs(lightness(p.rampLow) - lightness(p.land))).toBeGreaterThan(8);
			expect(Math.abs(lightness(p.rampHigh) - lightness(p.rampLow))).toBeGreaterThan(25);
		}
	});

	it('reads any CSS colour notation the tokens may use', () => {
		const p = paletteFrom({ ...LIGHT_TOKENS, '--mark': 'rgb(31, 78, 121)' });
		expect(p.mark).toBe('#1f4e79');
		expect(hex(' #ABC ')).toBe('#aabbcc');
		expect(mix('#000000', '#ffffff', 0)).toBe('#000000');
	});
});

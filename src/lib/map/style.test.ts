import { describe, expect, it } from 'vitest';
import { DARK_TOKENS, LIGHT_TOKENS, paletteFrom } from './palette';
import { buildStyle, labelLayers, LAYERS, paintFor, SOURCES } from './style';

const palette = paletteFrom(LIGHT_TOKENS);
const colours = ['#cfdcea', '#7f9fc0', '#3d6a95'];
const style = buildStyle(palette, colours);
const labels = labelLayers(palette, colours);

describe('the style', () => {
	it('asks no other host for anything: no glyphs, no sprite, no tiles, no URL at all', () => {
		const text = JSON.stringify({ ...style, layers: [...style.layers, ...labels] });
		expect(style).not.toHaveProperty('glyphs');
		expect(style).not.toHaveProperty('sprite');
		expect(text).not.toMatch(/https?:|\/\/|mapbox:|pmtiles:/);
		for (const source of Object.values(style.sources)) {
			expect(source.type).toBe('geojson');
			expect(source).not.toHaveProperty('tiles');
			expect(source).not.toHaveProperty('url');
		}
	});

	it('only names sources it declares', () => {
		for (const layer of [...style.layers, ...labels]) {
			if ('source' in layer) expect(Object.keys(style.sources)).toContain(layer.source);
		}
		expect(Object.keys(style.sources).sort()).toEqual(Object.values(SOURCES).sort());
	});

	it('draws water, land, shading, borders, links and marks in that order', () => {
		const order = style.layers.map((l) => l.id);
		const at = (id: string) => order.indexOf(id);
		expect(at(LAYERS.water)).toBe(0);
		expect(at(LAYERS.countries)).toBe(1);
		expect(at(LAYERS.countries)).toBeLessThan(at(LAYERS.borders));
		expect(at(LAYERS.borders)).toBeLessThan(at(LAYERS.outline));
		expect(at(LAYERS.borders)).toBeLessThan(at(LAYERS.links));
		expect(at(LAYERS.links)).toBeLessThan(at(LAYERS.cities));
		expect(at(LAYERS.cities)).toBeLessThan(at(LAYERS.countryMarks));
	});

	it('draws labels in the bundled CSS font, large countries placed first', () => {
		for (const l of labels) expect(l.layout?.['text-font']).toContain('Noto Sans');
		const bands = labels.filter((l) => l.id.startsWith(LAYERS.countryLabels));
		// MapLibre places symbols from the top layer down: rank 1 must be the last (top) band.
		expect(bands.map((l) => l.filter)).toEqual([
			['==', ['get', 'rank'], 3],
			['==', ['get', 'rank'], 2],
			['==', ['get', 'rank'], 1]
		]);
	});

	it('takes its colours from the page’s tokens, dark scheme included', () => {
		const dark = paintFor(paletteFrom(DARK_TOKENS), colours);
		const light = paintFor(palette, colours);
		expect(light[LAYERS.water]!['background-color']).not.toBe(
			dark[LAYERS.water]!['background-color']
		);
		expect(JSON.stringify(light[LAYERS.cities])).toContain(LIGHT_TOKENS['--mark']);
		expect(JSON.stringify(dark[LAYERS.cities])).toContain(DARK_TOKENS['--mark']);
		expect(JSON.stringify(light[LAYERS.countries])).toContain(colours[2]);
	});
});

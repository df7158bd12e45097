import { describe, expect, it } from 'vitest';
import { hollowDiamond, sdfAlpha } from './icons';

const alphaAt = (img: ReturnType<typeof hollowDiamond>, x: number, y: number) =>
	img.data[(Math.floor(y) * img.width + Math.floor(x)) * 4 + 3]!;

describe('sdfAlpha', () => {
	it('puts the edge at 0.75 and falls by 1/8 per pixel, as MapLibre’s SDF shader expects', () => {
		expect(sdfAlpha(0)).toBe(Math.round(0.75 * 255));
		expect(sdfAlpha(1)).toBe(Math.round(0.625 * 255));
		expect(sdfAlpha(-2)).toBe(255);
		expect(sdfAlpha(6)).toBe(0);
	});
});

describe('hollowDiamond', () => {
	const r = 8;
	const stroke = 2;
	const ratio = 2;
	const img = hollowDiamond(r, stroke, ratio);
	const c = img.width / 2;

	it('is hollow: the centre is empty, halo included, unlike a city’s filled dot', () => {
		// Below 0.5, neither the shape (0.75) nor a 1.5 px halo (0.56) reaches it.
		expect(alphaAt(img, c, c)).toBeLessThan(128);
	});

	it('draws its stroke along the diamond’s edge and nothing far outside it', () => {
		// On the horizontal axis the stroke runs from r - stroke·√2 to r (CSS pixels).
		const onStroke = c + (r - stroke / Math.SQRT2) * ratio;
		expect(alphaAt(img, onStroke, c)).toBeGreaterThan(191);
		expect(alphaAt(img, 1, 1)).toBe(0); // the corner of the image, far outside
	});

	it('is a square image at the requested pixel ratio, with room for a halo', () => {
		expect(img.width).toBe(img.height);
		expect(img.width).toBeGreaterThanOrEqual(2 * r * ratio + 8);
		expect(img.pixelRatio).toBe(2);
		expect(img.data.length).toBe(img.width * img.height * 4);
	});
});

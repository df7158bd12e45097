/**
 * The mark of an event whose city is not stated: a hollow diamond at a point inside the country.
 * It must never look like a city's dot (a filled circle). Drawn here as a signed distance field,
 * so that MapLibre can colour it (icon-color, by feature-state) and give it a halo, with no
 * sprite file to fetch.
 *
 * MapLibre's SDF shader puts the shape's edge at alpha 0.75 and expects the alpha to fall by 1/8
 * per CSS pixel of distance (as TinySDF draws glyphs: cutoff 0.25, radius 8); halos are cut
 * from that slope.
 */

export interface SdfImage {
	width: number;
	height: number;
	/** RGBA; only alpha carries the distance. */
	data: Uint8Array;
	pixelRatio: number;
}

/** CSS pixels of distance the field spans on either side of the edge. */
export const SDF_RADIUS = 8;

/** Alpha (0..255) for a signed distance in CSS pixels (negative inside the shape). */
export function sdfAlpha(distance: number): number {
	const alpha = 1 - (distance / SDF_RADIUS + 0.25);
	return Math.round(255 * Math.min(1, Math.max(0, alpha)));
}

/**
 * A hollow diamond (a square standing on a corner) whose outer corners lie `radius` CSS pixels
 * from the centre, with a stroke `stroke` CSS pixels thick, drawn at `pixelRatio`.
 */
export function hollowDiamond(radius: number, stroke: number, pixelRatio = 2): SdfImage {
	const pad = 4; // CSS pixels around the corners, for the halo
	const size = Math.ceil(2 * (radius + pad) * pixelRatio);
	const c = size / 2;
	const data = new Uint8Array(size * size * 4);
	// |x| + |y| = k is a diamond whose edges lie (|x| + |y| - k) / √2 from a point. The stroke's
	// outer edge meets the corners at `radius`; its centre line is half a stroke further in.
	const mid = radius - (stroke * Math.SQRT2) / 2;
	for (let y = 0; y < size; y++) {
		for (let x = 0; x < size; x++) {
			const l1 = (Math.abs(x + 0.5 - c) + Math.abs(y + 0.5 - c)) / pixelRatio;
			const distance = Math.abs(l1 - mid) / Math.SQRT2 - stroke / 2;
			const i = (y * size + x) * 4;
			data[i] = 255;
			data[i + 1] = 255;
			data[i + 2] = 255;
			data[i + 3] = sdfAlpha(distance);
		}
	}
	return { width: size, height: size, data, pixelRatio };
}

/**
 * Draws the density strip on a canvas: one bar per device-pixel column, its height the weight
 * of events in that column relative to the heaviest column in view. Columns inside the time
 * window are drawn in the mark colour, those outside in the muted colour. O(columns).
 */

export interface StripColours {
	inside: string;
	outside: string;
	baseline: string;
}

export function drawDensity(
	canvas: HTMLCanvasElement,
	bins: Float32Array,
	columns: number,
	max: number,
	cssWidth: number,
	cssHeight: number,
	/** The window in CSS pixels, or null for no window (everything is inside). */
	window: readonly [number, number] | null,
	colours: StripColours
): void {
	const ratio = columns / Math.max(1, cssWidth);
	const w = columns;
	const h = Math.round(cssHeight * ratio);
	if (canvas.width !== w) canvas.width = w;
	if (canvas.height !== h) canvas.height = h;
	const ctx = canvas.getContext('2d');
	if (!ctx) return;
	ctx.clearRect(0, 0, w, h);
	const top = Math.round(4 * ratio);
	const usable = h - top - 1;
	const a = window ? window[0] * ratio : 0;
	const b = window ? window[1] * ratio : w;
	const scale = max > 0 ? usable / max : 0;
	for (const inside of [false, true]) {
		ctx.fillStyle = inside ? colours.inside : colours.outside;
		ctx.beginPath();
		for (let c = 0; c < columns; c++) {
			const v = bins[c]!;
			if (v <= 0) continue;
			const centre = c + 0.5;
			if (centre >= a && centre < b ? !inside : inside) continue;
			// At least one device pixel, so that a single event is never invisible.
			const bh = Math.max(1, v * scale);
			ctx.rect(c, h - 1 - bh, 1, bh);
		}
		ctx.fill();
	}
	ctx.fillStyle = colours.baseline;
	ctx.fillRect(0, h - 1, w, 1);
}

/**
 * The camera in the URL, in MapLibre's hash order: `map=zoom/latitude/longitude`
 * (e.g. `map=4/41.3/64.5`). Pure parse and serialise; the map component applies it.
 */

export interface Camera {
	zoom: number;
	lat: number;
	lon: number;
}

export const MIN_ZOOM = 0;
export const MAX_ZOOM = 12;
/** Web Mercator stops here; a centre beyond it is off the map. */
export const MAX_LAT = 85.0511;

const NUMBER = /^-?(?:\d+\.?\d*|\.\d+)$/;

export type CameraParse = { ok: true; camera: Camera } | { ok: false; reason: string };

export function parseCamera(value: string): CameraParse {
	const parts = value.split('/');
	if (parts.length !== 3) {
		return { ok: false, reason: 'expected zoom/latitude/longitude, e.g. 4/41.3/64.5' };
	}
	if (!parts.every((p) => NUMBER.test(p))) {
		return { ok: false, reason: 'zoom, latitude and longitude must be plain numbers' };
	}
	const [zoom, lat, lon] = parts.map(Number) as [number, number, number];
	if (zoom < MIN_ZOOM || zoom > MAX_ZOOM) {
		return { ok: false, reason: `zoom ${zoom} is outside ${MIN_ZOOM}–${MAX_ZOOM}` };
	}
	if (Math.abs(lat) > MAX_LAT)
		return { ok: false, reason: `latitude ${lat} is off the map (±${MAX_LAT})` };
	if (Math.abs(lon) > 180) return { ok: false, reason: `longitude ${lon} is outside −180–180` };
	return { ok: true, camera: { zoom, lat, lon } };
}

/** Decimal places that keep the centre to about a pixel at this zoom (as MapLibre's hash). */
export function cameraPrecision(zoom: number): number {
	return Math.max(0, Math.ceil((zoom * Math.LN2 + Math.log(512 / 360 / 0.5)) / Math.LN10));
}

function fixed(x: number, digits: number): string {
	// toFixed then Number drops trailing zeros; `|| 0` turns -0 into 0.
	return String(Number(x.toFixed(digits)) || 0);
}

/** Wraps a longitude into [-180, 180]. */
export function wrapLongitude(lon: number): number {
	const w = ((((lon + 180) % 360) + 360) % 360) - 180;
	return w === -180 && lon > 0 ? 180 : w;
}

export function serializeCamera(camera: Camera): string {
	const digits = cameraPrecision(camera.zoom);
	return [
		fixed(camera.zoom, 2),
		fixed(camera.lat, digits),
		fixed(wrapLongitude(camera.lon), digits)
	].join('/');
}

/** The camera as it will read back from the URL (rounded as serialised). */
export function canonicalCamera(camera: Camera): Camera {
	const parsed = parseCamera(serializeCamera(camera));
	if (!parsed.ok) throw new Error(`camera out of range: ${parsed.reason}`);
	return parsed.camera;
}

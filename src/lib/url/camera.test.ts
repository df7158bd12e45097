import { describe, expect, it } from 'vitest';
import { canonicalCamera, parseCamera, serializeCamera } from './camera';

describe('parseCamera', () => {
	it.each([
		['4/41.3/64.5', { zoom: 4, lat: 41.3, lon: 64.5 }],
		['0/0/0', { zoom: 0, lat: 0, lon: 0 }],
		['12/-85.0511/-180', { zoom: 12, lat: -85.0511, lon: -180 }],
		['3.25/48.2082/16.3738', { zoom: 3.25, lat: 48.2082, lon: 16.3738 }],
		['.5/-.5/5.', { zoom: 0.5, lat: -0.5, lon: 5 }]
	])('reads %s', (value, camera) => {
		expect(parseCamera(value)).toEqual({ ok: true, camera });
	});

	it.each([
		['', /expected zoom\/latitude\/longitude/],
		['4/41.3', /expected zoom\/latitude\/longitude/],
		['4/41.3/64.5/0', /expected zoom\/latitude\/longitude/],
		['four/41/64', /plain numbers/],
		['4/41.3/64.5e2', /plain numbers/],
		['4/NaN/64', /plain numbers/],
		['4/Infinity/64', /plain numbers/],
		['4/ 41/64', /plain numbers/],
		['4/0x10/64', /plain numbers/],
		['-1/41/64', /zoom -1 is outside 0–12/],
		['23/41/64', /zoom 23 is outside/],
		['4/91/64', /latitude 91 is off the map/],
		['4/86/64', /latitude 86 is off the map/],
		['4/41/181', /longitude 181 is outside/],
		['4/41/-540', /longitude -540 is outside/],
		['<script>/1/2', /plain numbers/]
	])('refuses %j', (value, reason) => {
		const r = parseCamera(value);
		expect(r.ok).toBe(false);
		expect(!r.ok && r.reason).toMatch(reason);
	});
});

describe('serializeCamera', () => {
	it.each([
		[{ zoom: 4, lat: 41.3, lon: 64.5 }, '4/41.3/64.5'],
		[{ zoom: 3.14159, lat: 41.123456, lon: 64.987654 }, '3.14/41.12/64.99'],
		[{ zoom: 9, lat: 41.123456, lon: 64.987654 }, '9/41.1235/64.9877'],
		[{ zoom: 2, lat: -0.0001, lon: 0 }, '2/0/0'],
		[{ zoom: 2, lat: 10, lon: 190 }, '2/10/-170'],
		[{ zoom: 2, lat: 10, lon: -190 }, '2/10/170']
	])('writes %j as %s', (camera, text) => {
		expect(serializeCamera(camera)).toBe(text);
	});

	it('reads back what it writes', () => {
		for (const c of [
			{ zoom: 0, lat: 0, lon: 0 },
			{ zoom: 5.5, lat: 41.3, lon: 64.5 },
			{ zoom: 11.99, lat: -33.8688, lon: 151.2093 }
		]) {
			const canonical = canonicalCamera(c);
			expect(parseCamera(serializeCamera(canonical))).toEqual({ ok: true, camera: canonical });
		}
	});
});

import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// A static site: every page is prerendered and the whole atlas is served as plain files.
		adapter: adapter({ pages: 'build', assets: 'build', fallback: undefined, strict: true }),
		// Prerendered pages carry this policy in a <meta http-equiv> tag. Nothing may load from
		// another host; inline scripts run only by hash (SvelteKit hashes its start-up script).
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				// Stylesheets are files of this site; no <style> element is inserted at run time.
				'style-src': ['self'],
				// style="" attributes: positions of the overlays drawn over the map and the timeline,
				// prerendered into the HTML. An attribute can carry no script and no selector.
				'style-src-attr': ['unsafe-inline'],
				// MapLibre reads images it draws itself (canvas, ImageData) through data: and blob:.
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				// The dataset, the country shapes and the MapLibre worker's requests: this site only.
				'connect-src': ['self'],
				// MapLibre's worker is a file of this site (setWorkerUrl); blob: is its fallback when
				// a worker script has to be wrapped.
				'worker-src': ['self', 'blob:'],
				'child-src': ['self', 'blob:'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;

import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// A static site: every page is prerendered and the whole atlas is served as plain files.
		adapter: adapter({ pages: 'build', assets: 'build', fallback: undefined, strict: true })
	}
};

export default config;

import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	build: {
		rolldownOptions: { checks: { bundlerTimings: false } }
	},
	server: { port: 5173, strictPort: true },
	preview: { port: 4173, strictPort: true },
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
		environment: 'node',
		// Calendar dates must not depend on the machine's zone; scripts/test.sh also reruns the
		// date tests under Pacific/Honolulu and Pacific/Kiritimati.
		env: { TZ: process.env.TZ ?? 'UTC' }
	}
});

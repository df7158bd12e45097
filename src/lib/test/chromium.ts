/**
 * How the browser tests and the benchmarks launch Debian's Chromium (scripts/test.sh installs
 * it); Playwright never downloads a browser. Software WebGL (SwiftShader), and without the
 * background-networking flags Chromium tries to reach outside hosts.
 */
export const chromiumLaunch = {
	executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
	args: [
		'--headless',
		'--no-sandbox',
		'--disable-gpu',
		'--disable-quic',
		'--no-first-run',
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync',
		'--enable-unsafe-swiftshader'
	]
};

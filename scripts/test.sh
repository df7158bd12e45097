#!/usr/bin/env bash
# The whole test suite, as CI runs it: formatting, lint, types, unit tests (also under two
# extreme time zones), the data build and its validation, the site build, and the browser tests
# in Debian's Chromium, which this script installs when it is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
export TZ=UTC

started=$SECONDS
step() { printf '\n\033[1m== %s\033[0m (%ss)\n' "$*" "$((SECONDS - started))"; }

chromium=${CHROMIUM_PATH:-/usr/bin/chromium}
if [ ! -x "$chromium" ]; then
	step "Installing Debian's chromium for the browser tests"
	if [ "$(id -u)" = 0 ]; then sudo=""; elif command -v sudo >/dev/null; then sudo="sudo"; else
		echo "Chromium is missing at $chromium and this user cannot install it: run 'apt-get install chromium' as root, or set CHROMIUM_PATH." >&2
		exit 1
	fi
	$sudo apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
fi

# Install when node_modules is missing or does not hold what package.json asks for (npm ls
# checks the installed packages themselves; file times would lie in a fresh checkout).
if [ ! -d node_modules ] || ! npm ls --depth=0 >/dev/null 2>&1; then
	step "Installing npm dependencies (npm ci)"
	npm ci --no-audit --no-fund
fi

# Lint reads SvelteKit's generated types (goto, resolve): a fresh clone has none until sync.
npx svelte-kit sync

step "Formatting (prettier) and lint (eslint)"
npx prettier --check . --log-level warn
npx eslint . --max-warnings 0

step "Types (svelte-check)"
npx svelte-check --tsconfig ./tsconfig.json --fail-on-warnings --output machine | tail -n 3

step "Data build: compile, verify against the sources, write static/data"
npm run --silent data

step "Unit tests (TZ=UTC)"
npx vitest run
for zone in Pacific/Honolulu Pacific/Kiritimati; do
	step "Date tests again under TZ=$zone"
	TZ=$zone npx vitest run src/lib/model src/lib/timeline src/lib/url src/lib/ingest
done

step "Site build"
npx vite build --logLevel warn

step "Browser tests (Playwright, Debian's Chromium)"
npx playwright test

step "All checks passed"

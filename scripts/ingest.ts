/**
 * npm run ingest -- FILES_OR_FOLDERS... [--out DIR]: proposes mentions, dates and candidate
 * events for documents, for a person to curate (see docs/ingest.md). The work is done in
 * src/lib/ingest; this file only reads the command line and sets the exit status.
 */

import { join, resolve } from 'node:path';
import { USAGE, parseIngestArgs } from '../src/lib/ingest/args.ts';
import { UsageError, formatSummary, runIngest } from '../src/lib/ingest/runner.ts';

const root = resolve(import.meta.dirname, '..');
const args = parseIngestArgs(process.argv.slice(2));
if ('error' in args) {
	console.error(`ingest: ${args.error}\n\n${USAGE}`);
	process.exit(2);
}
if (args.help) {
	console.log(USAGE);
	process.exit(0);
}

try {
	const summary = await runIngest({
		inputs: args.inputs,
		outDir: args.out ?? join(root, 'data', 'ingested'),
		cwd: process.cwd(),
		root,
		stderr: process.stderr
	});
	console.log(formatSummary(summary));
	process.exitCode = summary.failures.length ? 1 : 0;
} catch (error) {
	if (!(error instanceof UsageError)) throw error;
	console.error(`ingest: ${error.message}`);
	process.exitCode = 2;
}

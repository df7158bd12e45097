/** The command line of `npm run ingest`. */

import { parseArgs } from 'node:util';

export const USAGE = `Usage: npm run ingest -- FILES_OR_FOLDERS... [--out DIR]

Reads UTF-8 text documents (a folder: its .txt, .text and .md files, recursively) and writes
one DIR/<slug>.json per document with its header, mentions, dates and candidate events.

  -o, --out DIR   where to write (default: data/ingested; never elsewhere inside data/)
  -h, --help      show this help

Exit status: 0 when every document was ingested, 1 when any failed, 2 on a usage error.`;

export type Args = { help: true } | { help: false; inputs: string[]; out: string | null };

export function parseIngestArgs(argv: readonly string[]): Args | { error: string } {
	try {
		const { values, positionals } = parseArgs({
			args: [...argv],
			allowPositionals: true,
			options: { out: { type: 'string', short: 'o' }, help: { type: 'boolean', short: 'h' } }
		});
		if (values.help) return { help: true };
		if (positionals.length === 0) return { error: 'no files or folders given' };
		if (values.out !== undefined && !values.out.trim()) return { error: '--out needs a folder' };
		return { help: false, inputs: positionals, out: values.out ?? null };
	} catch (error) {
		return { error: (error as Error).message };
	}
}

/**
 * Script and markup in a document are text to the ingest: kept character for character in the
 * title and the evidence, never stripped or interpreted, and they do not hide the names and
 * dates around them. (The page shows ingested and curated text through Svelte's text nodes;
 * tests/e2e/journeys.spec.ts and scripts/data/build.test.ts check that side.)
 */

import { describe, expect, it } from 'vitest';
import { ingest, useGazetteer } from './test-helpers.ts';

useGazetteer();

const PAYLOADS = [
	'<script>window.__pwned=1</script>',
	'"><img src=x onerror="window.__pwned=1">',
	'javascript:alert(1)',
	'<svg onload=alert(1)>',
	"{{constructor.constructor('alert(1)')()}}"
];

describe('payloads in a document', () => {
	it.each(PAYLOADS)('keeps %s as text and still finds the names and dates', (payload) => {
		const text = [
			'Kazakhstan',
			'12/03/2008',
			`Training on trafficking ${payload} in Almaty`,
			`Officers from <b>Kyrgyzstan</b> and ${payload} Uzbekistan met in Almaty on 10 March 2008.`,
			''
		].join('\n');
		const doc = ingest(text);
		expect(doc.source.title).toBe(`Training on trafficking ${payload} in Almaty`);
		const ids = new Set(doc.mentions.map((m) => m.id));
		for (const id of ['KGZ', 'UZB', 'KAZ']) expect(ids, id).toContain(id);
		expect(doc.dates.map((d) => d.edtf)).toContain('2008-03-10');
		// The evidence quotes the sentence with its markup, verbatim (ingest() checks offsets).
		const sentences = doc.candidates.flatMap((c) =>
			c.evidence.filter((e) => e.role === 'sentence')
		);
		expect(sentences.some((s) => s.text.includes(payload))).toBe(true);
		// What is written is JSON: the payload survives a round trip as a string.
		expect(JSON.parse(JSON.stringify(doc)).source.title).toBe(doc.source.title);
	});
});

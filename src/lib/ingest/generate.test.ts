import { describe, expect, it } from 'vitest';
import { generateDocuments, seededRandom } from './generate.ts';
import { ingest, useGazetteer } from './test-helpers.ts';

useGazetteer();

describe('generated documents', () => {
	it('are the same for the same seed, and differ between seeds', () => {
		const a = generateDocuments(5, 42);
		expect(generateDocuments(5, 42)).toEqual(a);
		expect(generateDocuments(5, 43).map((d) => d.text)).not.toEqual(a.map((d) => d.text));
		const r = seededRandom(1);
		expect(Array.from({ length: 3 }, r)).toEqual(Array.from({ length: 3 }, seededRandom(1)));
	});

	it('give up everything planted in them: countries, cities, dates and people', () => {
		for (const doc of generateDocuments(60, 7)) {
			const found = ingest(doc.text, doc.name);
			const ids = (kind: string) =>
				new Set(found.mentions.filter((m) => m.kind === kind).map((m) => m.id));
			const missing = {
				countries: doc.planted.countries.filter((c) => !ids('country').has(c)),
				cities: doc.planted.cities.filter((c) => !ids('city').has(c)),
				dates: doc.planted.dates.filter((d) => !found.dates.some((f) => f.edtf === d)),
				people: doc.planted.people.filter(
					(p) => !found.mentions.some((m) => m.kind === 'person' && m.text === p)
				)
			};
			expect(missing, doc.text).toEqual({ countries: [], cities: [], dates: [], people: [] });
		}
	});
});

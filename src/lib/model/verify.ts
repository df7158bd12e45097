/**
 * Verifies a compiled Atlas, whoever made it (the curated build, the synthetic generator, a
 * hand-edited file): ids unique, references resolvable, dates parseable, and every quote and
 * mention equal to the source text between its offsets. The build runs it on its own output
 * before writing anything, so the published file is checked independently of how it was made.
 */

import { tryParseEdtf } from './edtf';
import { Problems, type Problem } from './problems';
import type { Atlas, Citation, Source } from './types';

export interface VerifyOptions {
	/** ISO 3166-1 alpha-3 codes that exist; when given, country codes are checked against it. */
	knownIso3?: ReadonlySet<string>;
	/** Name of the file in messages. */
	file?: string;
}

export function verifyAtlas(atlas: Atlas, options: VerifyOptions = {}): Problem[] {
	const problems = new Problems();
	const file = options.file ?? 'atlas.json';
	const top = problems.at(file, '');
	if (atlas.version !== 1) top('version', `must be 1, not ${String(atlas.version)}`);

	const unique = <T extends { id: string }>(items: T[], what: string) => {
		const ids = new Map<string, T>();
		items.forEach((item, i) => {
			if (ids.has(item.id))
				problems.add(file, `${what}[${i}]`, 'id', `duplicate id ${JSON.stringify(item.id)}`);
			ids.set(item.id, item);
		});
		return ids;
	};
	const sources = unique(atlas.sources, 'sources');
	const places = unique(atlas.places, 'places');
	const orgs = unique(atlas.organisations, 'organisations');
	const people = unique(atlas.people, 'people');
	unique(atlas.events, 'events');

	const checkCitation = (c: Citation, record: string, field: string) => {
		const source = sources.get(c.source);
		if (!source)
			return problems.add(
				file,
				record,
				`${field}.source`,
				`unknown source ${JSON.stringify(c.source)}`
			);
		checkSlice(source, c.start, c.end, c.quote, (m) =>
			problems.add(file, record, `${field}.quote`, m)
		);
		if (c.start < source.body[0] || c.end > source.body[1]) {
			problems.add(file, record, field, `lies outside the article body of source "${source.id}"`);
		}
	};

	for (const s of atlas.sources) {
		const [a, b] = s.body;
		if (!(Number.isInteger(a) && Number.isInteger(b) && 0 <= a && a < b && b <= s.text.length)) {
			problems.add(
				file,
				`source "${s.id}"`,
				'body',
				`[${a}, ${b}] is not a range inside the text (length ${s.text.length})`
			);
		}
		if (tryParseEdtf(s.published)?.precision !== 'day') {
			problems.add(
				file,
				`source "${s.id}"`,
				'published',
				`${JSON.stringify(s.published)} is not an EDTF day`
			);
		}
	}

	for (const p of atlas.places) {
		const report = problems.at(file, `place "${p.id}"`);
		if (p.kind === 'country') {
			if (!p.iso3 || (options.knownIso3 && !options.knownIso3.has(p.iso3))) {
				report('iso3', `unknown country code ${JSON.stringify(p.iso3)}`);
			}
		} else if (p.kind === 'city') {
			const c = p.coordinates;
			if (!c || Math.abs(c[0]) > 180 || Math.abs(c[1]) > 90)
				report('coordinates', 'must be [longitude, latitude]');
			if (p.country && !places.has(p.country))
				report('country', `unknown country ${JSON.stringify(p.country)}`);
		} else if (p.kind === 'region') {
			for (const m of p.members ?? []) {
				if (options.knownIso3 && !options.knownIso3.has(m))
					report('members', `unknown country code ${JSON.stringify(m)}`);
			}
		} else {
			report('kind', `must be city, country or region, not ${JSON.stringify(p.kind)}`);
		}
	}

	for (const o of atlas.organisations) {
		if (o.parent && !orgs.has(o.parent))
			problems.add(
				file,
				`organisation "${o.id}"`,
				'parent',
				`unknown organisation ${JSON.stringify(o.parent)}`
			);
	}
	for (const person of atlas.people) {
		person.roles.forEach((r, i) =>
			checkCitation(r.citation, `person "${person.id}"`, `roles[${i}].citation`)
		);
	}

	const known = { country: places, organisation: orgs, person: people };
	for (const e of atlas.events) {
		const record = `event "${e.id}"`;
		const report = problems.at(file, record);
		const span = tryParseEdtf(e.date);
		if (!span) report('date', `${JSON.stringify(e.date)} is not an EDTF date`);
		if (e.dateBasis !== 'stated' && e.dateBasis !== 'reported')
			report('dateBasis', `must be stated or reported`);
		if (e.place !== null) {
			const p = places.get(e.place);
			if (!p) report('place', `unknown place ${JSON.stringify(e.place)}`);
			else if (p.kind !== e.placePrecision)
				report('placePrecision', `is ${e.placePrecision} but the place is a ${p.kind}`);
		} else if (e.placePrecision !== 'unstated') {
			report('placePrecision', `is ${e.placePrecision} but no place is given`);
		}
		if (!e.citations.length) report('citations', 'an event needs at least one citation');
		e.citations.forEach((c, i) => checkCitation(c, record, `citations[${i}]`));
		e.participants.forEach((pt, i) => {
			if (!known[pt.kind]?.has(pt.id))
				report(`participants[${i}]`, `unknown participant ${pt.kind} ${JSON.stringify(pt.id)}`);
			if (pt.citation) checkCitation(pt.citation, record, `participants[${i}].citation`);
		});
	}

	const mentionTargets = {
		country: places,
		city: places,
		region: places,
		organisation: orgs,
		person: people
	};
	atlas.mentions.forEach((m, i) => {
		const report = problems.at(file, `mentions[${i}]`);
		const source = sources.get(m.source);
		if (!source) return report('source', `unknown source ${JSON.stringify(m.source)}`);
		if (!mentionTargets[m.kind]?.has(m.id))
			report('id', `unknown ${m.kind} ${JSON.stringify(m.id)}`);
		checkSlice(source, m.start, m.end, m.text, (msg) => report('text', msg));
	});

	return problems.list;
}

function checkSlice(
	source: Source,
	start: number,
	end: number,
	expected: string,
	fail: (m: string) => void
) {
	if (!(
		Number.isInteger(start) &&
		Number.isInteger(end) &&
		0 <= start &&
		start <= end &&
		end <= source.text.length
	)) {
		return fail(
			`offsets ${start}–${end} are not inside source "${source.id}" (length ${source.text.length})`
		);
	}
	const actual = source.text.slice(start, end);
	if (actual !== expected) {
		fail(
			`the text of source "${source.id}" at ${start}–${end} is ${JSON.stringify(actual)}, not ${JSON.stringify(expected)}`
		);
	}
}

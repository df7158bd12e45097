/**
 * Compiles the curated data (sources.yaml, gazetteer.yaml, events.yaml and the verbatim source
 * texts) into the published Atlas. Every claim is checked against the texts: quotes must occur
 * verbatim, header fields must occur in the header, and mentions are found, not typed. All
 * problems are collected; the caller writes nothing when there is any.
 */

import { EdtfError, MONTH_NAMES, parseEdtf } from './edtf';
import { Problems, SLUG, describe, type Problem } from './problems';
import { findNames, locateQuote, occurrences, type NamedEntity } from './text-search';
import {
	PARTICIPANT_ROLES,
	type Atlas,
	type AtlasEvent,
	type Citation,
	type Mention,
	type MentionKind,
	type Note,
	type Organisation,
	type Participant,
	type ParticipantKind,
	type ParticipantRole,
	type Person,
	type Place,
	type PlacePrecision,
	type Source
} from './types';

/** Reference knowledge about a country, from maintained packages (not from the sources). */
export interface CountryReference {
	name: string;
	/** The world-countries region ("Europe", "Asia", ...). */
	region: string;
	/** A point inside the country's geometry, or null when the geometry lacks it. */
	point: [number, number] | null;
}

export interface CuratedInput {
	sources: unknown;
	gazetteer: unknown;
	events: unknown;
	/** Verbatim texts by file name; a missing file is simply absent. */
	texts: ReadonlyMap<string, string>;
	countries: ReadonlyMap<string, CountryReference>;
	files?: { sources?: string; gazetteer?: string; events?: string };
}

export interface CompileResult {
	atlas: Atlas | null;
	problems: Problem[];
}

type Obj = Record<string, unknown>;
type Report = (field: string, message: string) => void;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function list(v: unknown, report: Report, field: string): unknown[] {
	if (v === undefined || v === null) return [];
	if (!Array.isArray(v)) {
		report(field, `must be a list, not ${describe(v)}`);
		return [];
	}
	return v;
}

function str(o: Obj, key: string, report: Report, opts: { optional?: boolean } = {}): string {
	const v = o[key];
	if (v === undefined || v === null) {
		if (!opts.optional) report(key, 'is missing');
		return '';
	}
	// YAML reads an unquoted 2007 as a number; a year is what the editor meant.
	if (typeof v === 'number' && Number.isInteger(v)) return String(v);
	if (typeof v !== 'string') {
		report(key, `must be text, not ${describe(v)}`);
		return '';
	}
	if (!v.trim() && !opts.optional) report(key, 'is empty');
	return v;
}

function slug(o: Obj, key: string, report: Report): string {
	const v = str(o, key, report);
	if (v && !SLUG.test(v))
		report(key, `${JSON.stringify(v)} is not a slug (lower-case words joined by "-")`);
	return v;
}

function notes(v: unknown, report: Report): Note[] {
	return list(v, report, 'notes').flatMap((n, i) => {
		if (typeof n !== 'string' || !n.trim()) {
			report(`notes[${i}]`, `must be text, not ${describe(n)}`);
			return [];
		}
		return [{ kind: 'editorial' as const, text: n.trim() }];
	});
}

function names(o: Obj, report: Report): string[] {
	const out = list(o.names, report, 'names').filter((n, i): n is string => {
		if (typeof n === 'string' && n.trim()) return true;
		report(`names[${i}]`, `must be text, not ${describe(n)}`);
		return false;
	});
	if (o.names === undefined)
		report('names', 'is missing: list the words by which the sources mention it');
	return out;
}

export function compileAtlas(input: CuratedInput): CompileResult {
	const problems = new Problems();
	const FILES = {
		sources: input.files?.sources ?? 'data/sources.yaml',
		gazetteer: input.files?.gazetteer ?? 'data/gazetteer.yaml',
		events: input.files?.events ?? 'data/events.yaml'
	};

	// ---- Sources ------------------------------------------------------------------------------
	const sources: Source[] = [];
	const sourceIds = new Set<string>();
	const topSources = problems.at(FILES.sources, '');
	list(input.sources, topSources, '(top level)').forEach((raw, i) => {
		const label = isObj(raw) && typeof raw.id === 'string' ? `source "${raw.id}"` : `sources[${i}]`;
		const report = problems.at(FILES.sources, label);
		if (!isObj(raw)) return report('', `must be a record, not ${describe(raw)}`);
		const id = slug(raw, 'id', report);
		if (id && sourceIds.has(id)) report('id', `duplicate id ${JSON.stringify(id)}`);
		const file = str(raw, 'file', report);
		const publisher = str(raw, 'publisher', report);
		const title = str(raw, 'title', report);
		const published = str(raw, 'published', report);
		const publishedText = str(raw, 'publishedText', report);
		const dateline = str(raw, 'dateline', report, { optional: true }) || null;
		const text = file ? input.texts.get(file) : undefined;
		if (file && text === undefined) report('file', `data/sources/${file} does not exist`);
		if (published) {
			try {
				const span = parseEdtf(published);
				if (span.precision !== 'day')
					report('published', `${JSON.stringify(published)} must be a day (YYYY-MM-DD)`);
				else if (publishedText && !statesDay(publishedText, published)) {
					report(
						'publishedText',
						`${JSON.stringify(publishedText)} does not state the day ${published}`
					);
				}
			} catch (e) {
				report('published', (e as Error).message);
			}
		}
		const body = isObj(raw.body) ? raw.body : null;
		if (!body) report('body', 'is missing: give body.from and body.through');
		if (id) sourceIds.add(id);
		if (text === undefined || !body) return;
		const from = str(body, 'from', (f, m) => report(`body.${f}`, m));
		const through = str(body, 'through', (f, m) => report(`body.${f}`, m));
		const start = uniqueIndex(text, from, 'body.from', report);
		const last = uniqueIndex(text, through, 'body.through', report);
		if (start === null || last === null) return;
		const end = last + through.length;
		if (end <= start) return report('body', 'body.through comes before body.from');
		for (const [field, value] of [
			['title', title],
			['publishedText', publishedText],
			['dateline', dateline]
		] as const) {
			if (value && !text.slice(0, start).includes(value)) {
				report(
					field,
					`${JSON.stringify(value)} does not occur in the header (the text before the body)`
				);
			}
		}
		sources.push({
			id,
			file,
			publisher,
			title,
			published,
			dateline,
			text,
			body: [start, end],
			notes: notes(raw.notes, report)
		});
	});
	const sourceById = new Map(sources.map((s) => [s.id, s]));

	function cite(
		report: Report,
		field: string,
		sourceId: string,
		quote: unknown,
		occurrence: unknown
	): Citation | null {
		if (!sourceIds.has(sourceId)) {
			report(`${field}.source`, `unknown source ${JSON.stringify(sourceId)}`);
			return null;
		}
		const source = sourceById.get(sourceId);
		if (!source) return null; // the source itself failed; it was reported there
		if (typeof quote !== 'string' || !quote) {
			report(`${field}.quote`, `must be text, not ${describe(quote)}`);
			return null;
		}
		if (occurrence !== undefined && typeof occurrence !== 'number') {
			report(`${field}.occurrence`, `must be a number, not ${describe(occurrence)}`);
			return null;
		}
		const found = locateQuote(source.text, quote, occurrence);
		if (!found.ok) {
			report(`${field}.quote`, `${found.reason} (source "${sourceId}")`);
			return null;
		}
		if (found.start < source.body[0] || found.end > source.body[1]) {
			report(
				`${field}.quote`,
				`${JSON.stringify(quote)} lies outside the article body of source "${sourceId}"`
			);
			return null;
		}
		return { source: sourceId, quote, start: found.start, end: found.end };
	}

	// ---- Gazetteer ----------------------------------------------------------------------------
	const g = isObj(input.gazetteer) ? input.gazetteer : {};
	if (!isObj(input.gazetteer)) problems.add(FILES.gazetteer, '', '(top level)', 'must be a record');
	const places: Place[] = [];
	const placeIds = new Set<string>();
	const named: NamedEntity<MentionKind>[] = [];
	const countryIds = new Set<string>();

	const addPlace = (place: Place, report: Report) => {
		if (placeIds.has(place.id)) report('id', `duplicate place id ${JSON.stringify(place.id)}`);
		placeIds.add(place.id);
		places.push(place);
	};

	list(g.countries, problems.at(FILES.gazetteer, ''), 'countries').forEach((raw, i) => {
		const label =
			isObj(raw) && typeof raw.id === 'string' ? `country "${raw.id}"` : `countries[${i}]`;
		const report = problems.at(FILES.gazetteer, label);
		if (!isObj(raw)) return report('', `must be a record, not ${describe(raw)}`);
		const id = str(raw, 'id', report);
		const ref = input.countries.get(id);
		if (id && !ref)
			return report(
				'id',
				`unknown country code ${JSON.stringify(id)} (not an ISO 3166-1 alpha-3 code)`
			);
		if (!ref) return;
		if (!ref.point)
			report('id', `no geometry for ${id} in world-atlas, so the country cannot be drawn`);
		countryIds.add(id);
		named.push({ kind: 'country', id, names: names(raw, report) });
		addPlace(
			{
				id,
				name: str(raw, 'name', report) || ref.name,
				kind: 'country',
				iso3: id,
				...(ref.point ? { point: ref.point } : {})
			},
			report
		);
	});

	list(g.cities, problems.at(FILES.gazetteer, ''), 'cities').forEach((raw, i) => {
		const label = isObj(raw) && typeof raw.id === 'string' ? `city "${raw.id}"` : `cities[${i}]`;
		const report = problems.at(FILES.gazetteer, label);
		if (!isObj(raw)) return report('', `must be a record, not ${describe(raw)}`);
		const id = slug(raw, 'id', report);
		const country = str(raw, 'country', report);
		if (country && !countryIds.has(country))
			report('country', `unknown country ${JSON.stringify(country)}: add it to countries`);
		const c = raw.coordinates;
		const valid =
			Array.isArray(c) &&
			c.length === 2 &&
			typeof c[0] === 'number' &&
			typeof c[1] === 'number' &&
			Math.abs(c[0]) <= 180 &&
			Math.abs(c[1]) <= 90;
		if (!valid)
			report('coordinates', `must be [longitude, latitude] in degrees, not ${describe(c)}`);
		named.push({ kind: 'city', id, names: names(raw, report) });
		addPlace(
			{
				id,
				name: str(raw, 'name', report),
				kind: 'city',
				country,
				coordinates: valid ? [c[0] as number, c[1] as number] : [0, 0]
			},
			report
		);
	});

	list(g.regions, problems.at(FILES.gazetteer, ''), 'regions').forEach((raw, i) => {
		const label = isObj(raw) && typeof raw.id === 'string' ? `region "${raw.id}"` : `regions[${i}]`;
		const report = problems.at(FILES.gazetteer, label);
		if (!isObj(raw)) return report('', `must be a record, not ${describe(raw)}`);
		const id = slug(raw, 'id', report);
		let members: string[];
		if (typeof raw.unRegion === 'string') {
			members = [...input.countries]
				.filter(([, r]) => r.region === raw.unRegion)
				.map(([code]) => code);
			if (!members.length)
				report('unRegion', `no country lies in region ${JSON.stringify(raw.unRegion)}`);
		} else {
			members = list(raw.members, report, 'members').filter((m, j): m is string => {
				if (typeof m === 'string' && input.countries.has(m)) return true;
				report(`members[${j}]`, `unknown country code ${describe(m)}`);
				return false;
			});
			if (!members.length) report('members', 'give members (ISO alpha-3 codes) or unRegion');
		}
		named.push({ kind: 'region', id, names: names(raw, report) });
		addPlace(
			{ id, name: str(raw, 'name', report), kind: 'region', members: members.sort() },
			report
		);
	});

	const organisations: Organisation[] = [];
	const orgIds = new Set<string>();
	const orgRaw = list(g.organisations, problems.at(FILES.gazetteer, ''), 'organisations');
	orgRaw.forEach((raw) => {
		if (isObj(raw) && typeof raw.id === 'string') orgIds.add(raw.id);
	});
	const seenOrg = new Set<string>();
	orgRaw.forEach((raw, i) => {
		const label =
			isObj(raw) && typeof raw.id === 'string' ? `organisation "${raw.id}"` : `organisations[${i}]`;
		const report = problems.at(FILES.gazetteer, label);
		if (!isObj(raw)) return report('', `must be a record, not ${describe(raw)}`);
		const id = slug(raw, 'id', report);
		if (seenOrg.has(id)) report('id', `duplicate organisation id ${JSON.stringify(id)}`);
		seenOrg.add(id);
		const parent = str(raw, 'parent', report, { optional: true }) || null;
		if (parent && !orgIds.has(parent))
			report('parent', `unknown organisation ${JSON.stringify(parent)}`);
		const seat = str(raw, 'seat', report, { optional: true }) || null;
		if (seat && !placeIds.has(seat)) report('seat', `unknown place ${JSON.stringify(seat)}`);
		const country = str(raw, 'country', report, { optional: true }) || null;
		if (country && !countryIds.has(country))
			report('country', `unknown country ${JSON.stringify(country)}: add it to countries`);
		const name = str(raw, 'name', report);
		const acronym = str(raw, 'acronym', report, { optional: true }) || null;
		const forms = names(raw, report);
		named.push({ kind: 'organisation', id, names: forms });
		organisations.push({
			id,
			name,
			acronym,
			aliases: forms.filter((f) => f !== name && f !== acronym),
			parent,
			kind: str(raw, 'kind', report),
			seat,
			country
		});
	});

	const people: Person[] = [];
	const personIds = new Set<string>();
	list(g.people, problems.at(FILES.gazetteer, ''), 'people').forEach((raw, i) => {
		const label = isObj(raw) && typeof raw.id === 'string' ? `person "${raw.id}"` : `people[${i}]`;
		const report = problems.at(FILES.gazetteer, label);
		if (!isObj(raw)) return report('', `must be a record, not ${describe(raw)}`);
		const id = slug(raw, 'id', report);
		if (personIds.has(id)) report('id', `duplicate person id ${JSON.stringify(id)}`);
		personIds.add(id);
		named.push({ kind: 'person', id, names: names(raw, report) });
		const roles = list(raw.roles, report, 'roles').flatMap((r, j) => {
			if (!isObj(r)) {
				report(`roles[${j}]`, `must be a record, not ${describe(r)}`);
				return [];
			}
			const sub: Report = (f, m) => report(`roles[${j}].${f}`, m);
			const organisation = str(r, 'organisation', sub, { optional: true }) || null;
			if (organisation && !orgIds.has(organisation))
				sub('organisation', `unknown organisation ${JSON.stringify(organisation)}`);
			const citation = cite(report, `roles[${j}]`, str(r, 'source', sub), r.quote, r.occurrence);
			return citation ? [{ title: str(r, 'title', sub), organisation, citation }] : [];
		});
		people.push({ id, name: str(raw, 'name', report), roles });
	});

	// ---- Events -------------------------------------------------------------------------------
	const events: AtlasEvent[] = [];
	const eventIds = new Set<string>();
	const placeById = new Map(places.map((p) => [p.id, p]));
	list(input.events, problems.at(FILES.events, ''), '(top level)').forEach((raw, i) => {
		const label = isObj(raw) && typeof raw.id === 'string' ? `event "${raw.id}"` : `events[${i}]`;
		const report = problems.at(FILES.events, label);
		if (!isObj(raw)) return report('', `must be a record, not ${describe(raw)}`);
		const id = slug(raw, 'id', report);
		if (eventIds.has(id)) report('id', `duplicate event id ${JSON.stringify(id)}`);
		eventIds.add(id);
		const title = str(raw, 'title', report);
		const kind = slug(raw, 'kind', report);
		const date = str(raw, 'date', report);
		let dateParses = false;
		try {
			if (date) dateParses = Boolean(parseEdtf(date));
		} catch (e) {
			if (e instanceof EdtfError)
				report('date', `${JSON.stringify(date)} is not an EDTF date: ${e.message}`);
			else throw e;
		}
		const dateBasis = str(raw, 'dateBasis', report);
		if (dateBasis && dateBasis !== 'stated' && dateBasis !== 'reported') {
			report('dateBasis', `must be "stated" or "reported", not ${JSON.stringify(dateBasis)}`);
		}
		const place = raw.place === null || raw.place === undefined ? null : str(raw, 'place', report);
		const placePrecision = str(raw, 'placePrecision', report) as PlacePrecision;
		const p = place ? placeById.get(place) : undefined;
		if (place && !p) report('place', `unknown place ${JSON.stringify(place)}`);
		if (!['city', 'country', 'region', 'unstated'].includes(placePrecision)) {
			report(
				'placePrecision',
				`must be city, country, region or unstated, not ${JSON.stringify(placePrecision)}`
			);
		} else if (placePrecision === 'unstated' ? place !== null : p && p.kind !== placePrecision) {
			report(
				'placePrecision',
				place === null
					? `is "${placePrecision}" but no place is given`
					: `is "${placePrecision}" but ${JSON.stringify(place)} is a ${p?.kind ?? 'place'}`
			);
		} else if (placePrecision !== 'unstated' && place === null) {
			report('placePrecision', `is "${placePrecision}" but no place is given; use unstated`);
		}

		const citations = list(raw.citations, report, 'citations').flatMap((c, j) => {
			if (!isObj(c)) {
				report(`citations[${j}]`, `must be a record, not ${describe(c)}`);
				return [];
			}
			const citation = cite(
				report,
				`citations[${j}]`,
				str(c, 'source', (f, m) => report(`citations[${j}].${f}`, m)),
				c.quote,
				c.occurrence
			);
			return citation ? [citation] : [];
		});
		if (!Array.isArray(raw.citations) || raw.citations.length === 0) {
			report('citations', 'an event needs at least one citation');
		}
		const firstSource = isObj((raw.citations as unknown[] | undefined)?.[0])
			? String(((raw.citations as Obj[])[0] as Obj).source)
			: '';
		if (dateBasis === 'reported' && dateParses) {
			const cited = new Set(
				list(raw.citations, report, 'citations').map((c) => (isObj(c) ? c.source : null))
			);
			const matches = sources.some((s) => cited.has(s.id) && s.published === date);
			if (!matches)
				report(
					'date',
					`a reported date must be the publication day of a cited source; ${date} is not`
				);
		}

		const participants = list(raw.participants, report, 'participants').flatMap((pt, j) => {
			const f = `participants[${j}]`;
			if (!isObj(pt)) {
				report(f, `must be a record, not ${describe(pt)}`);
				return [];
			}
			const kinds = (['country', 'organisation', 'person'] as const).filter(
				(k) => pt[k] !== undefined
			);
			if (kinds.length !== 1) {
				report(f, 'must name exactly one of country, organisation or person');
				return [];
			}
			const pkind: ParticipantKind = kinds[0]!;
			const pid = String(pt[pkind]);
			const known =
				pkind === 'country' ? countryIds : pkind === 'organisation' ? orgIds : personIds;
			if (!known.has(pid)) {
				report(
					`${f}.${pkind}`,
					`unknown participant: no ${pkind} ${JSON.stringify(pid)} in the gazetteer`
				);
				return [];
			}
			const role = String(pt.role) as ParticipantRole;
			if (!PARTICIPANT_ROLES.includes(role)) {
				report(
					`${f}.role`,
					`must be one of ${PARTICIPANT_ROLES.join(', ')}, not ${describe(pt.role)}`
				);
				return [];
			}
			let citation: Citation | null = null;
			if (pt.quote !== undefined) {
				const src = typeof pt.source === 'string' ? pt.source : firstSource;
				// A wrong first citation source is reported once, at the citation, not again here.
				if (src === firstSource && !sourceIds.has(src)) return [];
				citation = cite(report, f, src, pt.quote, pt.occurrence);
				if (!citation) return [];
			}
			return [{ kind: pkind, id: pid, role, citation } satisfies Participant];
		});

		events.push({
			id,
			title,
			kind,
			date,
			dateBasis: dateBasis as AtlasEvent['dateBasis'],
			place,
			placePrecision,
			participants,
			citations,
			notes: notes(raw.notes, report)
		});
	});

	// ---- Mentions: found in the texts, never typed --------------------------------------------
	const mentions: Mention[] = [];
	for (const source of sources) {
		for (const m of findNames(source.text, named)) mentions.push({ source: source.id, ...m });
	}
	const mentioned = new Set(mentions.map((m) => `${m.kind}:${m.id}`));
	for (const entity of named) {
		if (!mentioned.has(`${entity.kind}:${entity.id}`) && entity.id) {
			problems.add(
				FILES.gazetteer,
				`${entity.kind} "${entity.id}"`,
				'names',
				`no source mentions it by any of its names (${entity.names.map((n) => JSON.stringify(n)).join(', ')}); the atlas holds only what the sources state`
			);
		}
	}

	if (!problems.ok) return { atlas: null, problems: problems.list };
	const start = (e: AtlasEvent) => parseEdtf(e.date).start;
	events.sort((a, b) => start(a) - start(b) || a.id.localeCompare(b.id));
	return {
		atlas: { version: 1, sources, places, organisations, people, events, mentions },
		problems: []
	};
}

function uniqueIndex(text: string, needle: string, field: string, report: Report): number | null {
	if (!needle) return null;
	const at = occurrences(text, needle);
	if (at.length === 1) return at[0]!;
	report(
		field,
		at.length === 0
			? `${JSON.stringify(needle)} does not occur in the text`
			: `${JSON.stringify(needle)} occurs ${at.length} times; lengthen it`
	);
	return null;
}

/**
 * Whether a header date states `day`: "Published: 24 September 2008" (a month name), or
 * "16/05/2008" (numbers, read day/month/year as the sources write them).
 */
export function statesDay(text: string, day: string): boolean {
	const [y, m, d] = day.split('-').map(Number) as [number, number, number];
	const numbers = (text.match(/\d+/g) ?? []).map(Number);
	const monthName = MONTH_NAMES[m - 1]!;
	const anyName = MONTH_NAMES.some((n) => new RegExp(`\\b${n.slice(0, 3)}`, 'i').test(text));
	if (anyName) {
		const hasName = new RegExp(`\\b(${monthName}|${monthName.slice(0, 3)})\\b`, 'i').test(text);
		return hasName && numbers.length === 2 && numbers.includes(y) && numbers.includes(d);
	}
	return numbers.length === 3 && numbers[0] === d && numbers[1] === m && numbers[2] === y;
}

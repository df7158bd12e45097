/**
 * A synthetic atlas of any size, in the published schema and valid against `verifyAtlas`: the
 * source texts are written here, sentence by sentence, and every citation and mention records
 * the offsets of the words it was written with, so that `text.slice(start, end)` is the quote.
 *
 * Realistic where the views care: events spread over 2007–2008 (fewer at weekends, in August
 * and over the new year), stated to the day, month, year or as intervals, or known only from a
 * report's date; placed in a city, a country, a region or nowhere stated; weighted toward
 * Central Asia and its partners; several participants each. One source reports about 50
 * events, published after the last of them. Deterministic for a seed.
 *
 * Sources come out one at a time (`chunks()`), so that a million events never exist as objects
 * all at once; `synthAtlas` collects them for sizes that fit in memory.
 */

import { dayNumber, calendarDate, isoDay, MONTH_NAMES } from '../model/edtf';
import type {
	Atlas,
	AtlasEvent,
	Citation,
	Mention,
	MentionKind,
	Organisation,
	Participant,
	Person,
	Place,
	Source
} from '../model/types';
import {
	ACRONYMS_WITH_ARTICLE,
	DONORS,
	FAMILY_NAMES,
	GIVEN_NAMES,
	INTERNATIONAL_ORGANISATIONS,
	KINDS,
	ORGANISERS,
	PUBLISHERS,
	REGIONS,
	SCOPES,
	TITLES_OF_PEOPLE,
	TOPICS,
	nationalOrganisations,
	type CountryRef,
	type Reference
} from './gazetteer';
import { seededRandom, weightTable, type Random, type WeightTable } from './random';

export interface SynthOptions {
	events: number;
	seed: number;
	/** Events reported by one source, on average. */
	eventsPerSource?: number;
}

/** One source with the events it reports and the names it mentions. */
export interface SynthChunk {
	source: Source;
	events: AtlasEvent[];
	mentions: Mention[];
}

const FIRST_DAY = dayNumber(2007, 1, 1);
const LAST_DAY = dayNumber(2008, 12, 31);

/** How an event's date is stated. */
const DateForm = { Day: 0, Month: 1, Year: 2, DayRange: 3, MonthRange: 4, Reported: 5 } as const;
type DateForm = (typeof DateForm)[keyof typeof DateForm];

interface DatePlan {
	form: DateForm;
	start: number;
	end: number;
	/** EDTF qualifier: '', '~' or '?'. */
	qualifier: string;
}

export class Synthesizer {
	readonly places: Place[];
	readonly organisations: Organisation[];
	/** The people introduced so far (a person enters the atlas with the sentence that names them). */
	readonly people: Person[] = [];

	private readonly rnd: Random;
	private readonly countries: CountryRef[];
	private readonly countryWeights: WeightTable;
	private readonly orgById: Map<string, Organisation>;
	private readonly organiserIds: string[];
	private readonly organiserWeights: WeightTable;
	private readonly cityIds = new Map<string, { id: string; name: string }[]>();
	private readonly pool: { id: string; name: string; title: string; org: string }[] = [];
	private readonly introduced = new Set<string>();
	private readonly plans: DatePlan[];
	private readonly eventsPerSource: number;
	private readonly idWidth: number;

	constructor(
		reference: Reference,
		readonly options: SynthOptions
	) {
		this.rnd = seededRandom(options.seed);
		this.eventsPerSource = options.eventsPerSource ?? 50;
		this.idWidth = Math.max(6, String(options.events).length);
		this.countries = reference.countries;
		this.countryWeights = weightTable(this.countries.map((c) => c.weight));

		const countryPlaces: Place[] = this.countries.map((c) => ({
			id: c.iso3,
			name: c.name,
			kind: 'country',
			iso3: c.iso3,
			point: c.point
		}));
		const cityPlaces: Place[] = [];
		for (const c of this.countries) {
			const ids = c.cities.map((city) => ({
				id: `${slug(city.name)}-${c.iso3.toLowerCase()}`,
				name: city.name
			}));
			this.cityIds.set(c.iso3, ids);
			c.cities.forEach((city, i) =>
				cityPlaces.push({
					id: ids[i]!.id,
					name: city.name,
					kind: 'city',
					country: c.iso3,
					coordinates: city.coordinates
				})
			);
		}
		this.places = [...countryPlaces, ...cityPlaces, ...REGIONS];
		this.organisations = [
			...INTERNATIONAL_ORGANISATIONS,
			...this.countries.flatMap((c) => nationalOrganisations(c.iso3, c.name))
		];
		this.orgById = new Map(this.organisations.map((o) => [o.id, o]));
		this.organiserIds = ORGANISERS.map(([id]) => id);
		this.organiserWeights = weightTable(ORGANISERS.map(([, w]) => w));

		const people = Math.max(12, Math.ceil(options.events / 150));
		for (let i = 0; i < people; i++) {
			const given = this.rnd.pick(GIVEN_NAMES);
			const family = this.rnd.pick(FAMILY_NAMES);
			const country = this.rnd.weighted(this.countries, this.countryWeights);
			const org = this.rnd.chance(0.6)
				? this.rnd.pick(nationalOrganisations(country.iso3, country.name)).id
				: this.rnd.weighted(this.organiserIds, this.organiserWeights);
			this.pool.push({
				id: `${slug(given)}-${slug(family)}-${i + 1}`,
				name: `${given} ${family}`,
				title: this.rnd.pick(TITLES_OF_PEOPLE),
				org
			});
		}
		this.plans = this.planDates(options.events);
	}

	/** The sources, in order of publication, each with its events and mentions. */
	*chunks(): Generator<SynthChunk> {
		let next = 0;
		for (let s = 0; next < this.plans.length; s++) {
			const size = Math.min(
				this.plans.length - next,
				this.rnd.int(Math.ceil(this.eventsPerSource * 0.6), Math.floor(this.eventsPerSource * 1.4))
			);
			yield this.source(s, this.plans.slice(next, next + size), next);
			next += size;
		}
	}

	/** Every event's date, sorted by the last day it may denote (the order of reporting). */
	private planDates(n: number): DatePlan[] {
		const days: number[] = [];
		const weights: number[] = [];
		for (let d = FIRST_DAY; d <= LAST_DAY; d++) {
			const c = calendarDate(d);
			const weekday = (d + 4) % 7; // 1970-01-01 was a Thursday; 0 is Sunday
			let w = weekday === 0 || weekday === 6 ? 0.25 : 1;
			if (c.month === 8) w *= 0.5;
			if ((c.month === 12 && c.day > 20) || (c.month === 1 && c.day < 8)) w *= 0.3;
			if (c.year === 2008) w *= 1.3;
			days.push(d);
			weights.push(w);
		}
		const table = weightTable(weights);
		const plans: DatePlan[] = [];
		for (let i = 0; i < n; i++) {
			const day = this.rnd.weighted(days, table);
			const c = calendarDate(day);
			const r = this.rnd.next();
			const qualifier = this.rnd.chance(0.03) ? this.rnd.pick(['~', '?']) : '';
			if (r < 0.14) plans.push({ form: DateForm.Reported, start: day, end: day, qualifier: '' });
			else if (r < 0.62) plans.push({ form: DateForm.Day, start: day, end: day, qualifier });
			else if (r < 0.8) {
				const start = dayNumber(c.year, c.month, 1);
				const end = dayNumber(c.year, c.month + 1, 1) - 1;
				plans.push({ form: DateForm.Month, start, end, qualifier });
			} else if (r < 0.87) {
				const start = dayNumber(c.year, 1, 1);
				plans.push({ form: DateForm.Year, start, end: dayNumber(c.year, 12, 31), qualifier: '' });
			} else if (r < 0.94) {
				const end = Math.min(LAST_DAY, day + this.rnd.int(1, 6));
				plans.push({ form: DateForm.DayRange, start: day, end, qualifier: '' });
			} else {
				const start = dayNumber(c.year, c.month, 1);
				const months = this.rnd.int(1, 4);
				const end = Math.min(LAST_DAY, dayNumber(c.year, c.month + months + 1, 1) - 1);
				plans.push({ form: DateForm.MonthRange, start, end, qualifier: '' });
			}
		}
		return plans.sort((a, b) => a.end - b.end);
	}

	private source(s: number, plans: DatePlan[], firstEvent: number): SynthChunk {
		const rnd = this.rnd;
		const lastEnd = plans.reduce((m, p) => Math.max(m, p.end), FIRST_DAY);
		const published = Math.min(LAST_DAY, lastEnd + rnd.int(0, 7));
		const id = `synth-source-${String(s + 1).padStart(5, '0')}`;
		const publisher = rnd.pick(PUBLISHERS);
		const text = new TextWriter(id);
		const dateline = rnd.chance(0.7) ? rnd.weighted(this.countries, this.countryWeights) : null;
		if (dateline) text.name('country', dateline.iso3, dateline.name);
		const c = calendarDate(published);
		const title = `${publisher} update: co-operation against human trafficking, ${c.day} ${MONTH_NAMES[c.month - 1]} ${c.year}`;
		text.write(`\n${pad(c.day)}/${pad(c.month)}/${c.year}\n${title}\n`);
		const bodyStart = text.length;

		const events: AtlasEvent[] = [];
		plans.forEach((plan, i) => {
			if (i > 0) text.write('\n');
			if (plan.form === DateForm.Reported) plan = { ...plan, start: published, end: published };
			events.push(this.event(firstEvent + i, plan, text));
		});
		const bodyEnd = text.length;
		text.write('\nSubscribe to our newsletter for more news on co-operation in Central Asia.\n');

		const source: Source = {
			id,
			file: `${id}.txt`,
			publisher,
			title,
			published: isoDay(published),
			dateline: dateline?.name ?? null,
			text: text.toString(),
			body: [bodyStart, bodyEnd],
			notes: []
		};
		return { source, events, mentions: text.mentions };
	}

	private event(n: number, plan: DatePlan, text: TextWriter): AtlasEvent {
		const rnd = this.rnd;
		const [kind, noun, verb] = rnd.weighted(KINDS, KIND_WEIGHTS);
		const scope = rnd.pick(SCOPES);
		const topic = rnd.pick(TOPICS);
		const title = `${capitalise(scope)} ${noun} on ${topic}`;
		const participants: Participant[] = [];

		const venueCountry = rnd.weighted(this.countries, this.countryWeights);
		const r = rnd.next();
		const cities = this.cityIds.get(venueCountry.iso3) ?? [];
		const placePrecision =
			r < 0.55 && cities.length
				? 'city'
				: r < 0.83
					? 'country'
					: r < 0.86 && venueCountry.weight > 10
						? 'region'
						: 'unstated';

		const start = text.length;
		text.write(datePhrase(plan));
		const organisers: string[] = [];
		if (rnd.chance(0.8)) organisers.push(rnd.weighted(this.organiserIds, this.organiserWeights));
		if (!organisers.length || rnd.chance(0.45))
			organisers.push(`${venueCountry.iso3.toLowerCase()}-interior`);
		organisers.forEach((id, i) => {
			if (i > 0) text.write(' and ');
			const range = this.writeOrganisation(text, id, text.length === start);
			participants.push({ kind: 'organisation', id, role: 'organiser', citation: range });
		});
		text.write(` ${verb} ${/^[aeiou]/.test(scope) ? 'an' : 'a'} ${scope} ${noun} on ${topic}`);

		let place: string | null = null;
		if (placePrecision === 'city') {
			const city = rnd.pick(cities);
			place = city.id;
			text.write(' in ');
			text.name('city', city.id, city.name);
			text.write(', ');
			const host = text.name('country', venueCountry.iso3, venueCountry.name);
			participants.push({ kind: 'country', id: venueCountry.iso3, role: 'host', citation: host });
		} else if (placePrecision === 'country') {
			place = venueCountry.iso3;
			text.write(' in ');
			const host = text.name('country', venueCountry.iso3, venueCountry.name);
			participants.push({ kind: 'country', id: venueCountry.iso3, role: 'host', citation: host });
		} else if (placePrecision === 'region') {
			place = 'central-asia';
			text.write(' in ');
			text.name('region', 'central-asia', 'Central Asia');
		}
		text.write('.');

		const others = rnd
			.distinct(this.countries, this.countryWeights, rnd.int(0, 6))
			.filter((c) => c.iso3 !== venueCountry.iso3);
		if (others.length) {
			text.write(' Participants came from ');
			others.forEach((c, i) => {
				if (i > 0) text.write(i === others.length - 1 ? ' and ' : ', ');
				const range = text.name('country', c.iso3, c.name);
				participants.push({ kind: 'country', id: c.iso3, role: 'participant', citation: range });
			});
			text.write('.');
		}
		if (rnd.chance(0.35)) {
			text.write(` The ${noun} was funded by `);
			if (rnd.chance(0.7)) {
				const donor = this.countries.find((c) => c.iso3 === rnd.pick(DONORS));
				if (donor) {
					text.write('the Government of ');
					const range = text.name('country', donor.iso3, donor.name);
					participants.push({ kind: 'country', id: donor.iso3, role: 'funder', citation: range });
				}
			} else {
				const id = rnd.pick(['eu', 'usaid']);
				const range = this.writeOrganisation(text, id, false);
				participants.push({ kind: 'organisation', id, role: 'funder', citation: range });
			}
			text.write('.');
		}
		if (rnd.chance(0.25)) {
			const person = rnd.pick(this.pool);
			text.write(' ');
			const nameRange = text.name('person', person.id, person.name);
			if (!this.introduced.has(person.id)) {
				this.introduced.add(person.id);
				text.write(`, ${person.title} at `);
				this.writeOrganisation(text, person.org, false);
				this.people.push({
					id: person.id,
					name: person.name,
					roles: [
						{
							title: person.title,
							organisation: person.org,
							citation: text.citation(nameRange.start, text.length)
						}
					]
				});
				text.write(',');
			}
			text.write(' addressed the participants.');
			participants.push({ kind: 'person', id: person.id, role: 'speaker', citation: nameRange });
		}

		return {
			id: `ev-${String(n + 1).padStart(this.idWidth, '0')}`,
			title,
			kind,
			date: edtfOf(plan),
			dateBasis: plan.form === DateForm.Reported ? 'reported' : 'stated',
			place,
			placePrecision,
			// Organisations, then countries, then people, as the compact format stores them.
			participants: [
				...participants.filter((p) => p.kind === 'organisation'),
				...participants.filter((p) => p.kind === 'country'),
				...participants.filter((p) => p.kind === 'person')
			],
			citations: [text.citation(start, text.length)],
			notes: rnd.chance(0.005)
				? [
						{
							kind: 'editorial',
							text: 'Synthetic event: generated for measurements, not reported.'
						}
					]
				: []
		};
	}

	/** "the United Nations Office on Drugs and Crime" or "UNODC"; the citation is the name. */
	private writeOrganisation(text: TextWriter, id: string, sentenceStart: boolean): Citation {
		const o = this.orgById.get(id)!;
		const acronym = o.acronym && this.rnd.chance(0.5);
		if (!acronym || ACRONYMS_WITH_ARTICLE.has(id)) text.write(sentenceStart ? 'The ' : 'the ');
		if (acronym) return text.name('organisation', id, o.acronym!);
		return text.name('organisation', id, o.name);
	}
}

const KIND_WEIGHTS = weightTable(KINDS.map(([, , , w]) => w));

/** Collects everything the atlas holds in memory; for sizes that fit (a few hundred thousand). */
export function synthAtlas(reference: Reference, options: SynthOptions): Atlas {
	const synth = new Synthesizer(reference, options);
	const sources: Source[] = [];
	const events: AtlasEvent[] = [];
	const mentions: Mention[] = [];
	for (const chunk of synth.chunks()) {
		sources.push(chunk.source);
		for (const e of chunk.events) events.push(e);
		for (const m of chunk.mentions) mentions.push(m);
	}
	return {
		version: 1,
		sources,
		places: synth.places,
		organisations: synth.organisations,
		people: synth.people,
		events,
		mentions
	};
}

/** A source text written piece by piece, recording where each name was written. */
class TextWriter {
	private readonly parts: string[] = [];
	length = 0;
	readonly mentions: Mention[] = [];

	constructor(private readonly source: string) {}

	write(s: string): void {
		this.parts.push(s);
		this.length += s.length;
	}

	/** Writes a name and records the mention; returns it as a citation of those words. */
	name(kind: MentionKind, id: string, words: string): Citation {
		const start = this.length;
		this.write(words);
		this.mentions.push({ source: this.source, kind, id, start, end: this.length, text: words });
		return { source: this.source, quote: words, start, end: this.length };
	}

	citation(start: number, end: number): Citation {
		return { source: this.source, quote: this.slice(start, end), start, end };
	}

	private slice(start: number, end: number): string {
		return this.toString().slice(start, end);
	}

	toString(): string {
		if (this.parts.length > 1) this.parts.splice(0, this.parts.length, this.parts.join(''));
		return this.parts[0] ?? '';
	}
}

function edtfOf(p: DatePlan): string {
	switch (p.form) {
		case DateForm.Day:
		case DateForm.Reported:
			return isoDay(p.start) + p.qualifier;
		case DateForm.Month:
			return isoDay(p.start).slice(0, 7) + p.qualifier;
		case DateForm.Year:
			return isoDay(p.start).slice(0, 4);
		case DateForm.DayRange:
			return `${isoDay(p.start)}/${isoDay(p.end)}`;
		case DateForm.MonthRange:
			return `${isoDay(p.start).slice(0, 7)}/${isoDay(p.end).slice(0, 7)}`;
	}
}

function dayWords(day: number): string {
	const c = calendarDate(day);
	return `${c.day} ${MONTH_NAMES[c.month - 1]} ${c.year}`;
}

function monthWords(day: number): string {
	const c = calendarDate(day);
	return `${MONTH_NAMES[c.month - 1]} ${c.year}`;
}

/** How the sentence opens; a reported event's sentence states no date. */
function datePhrase(p: DatePlan): string {
	const about = p.qualifier === '~' ? 'on or about' : p.qualifier === '?' ? 'possibly on' : 'on';
	switch (p.form) {
		case DateForm.Day:
			return `${capitalise(about)} ${dayWords(p.start)}, `;
		case DateForm.Month:
			return `${p.qualifier === '~' ? 'Around' : p.qualifier === '?' ? 'Possibly in' : 'In'} ${monthWords(p.start)}, `;
		case DateForm.Year:
			return `In ${calendarDate(p.start).year}, `;
		case DateForm.DayRange:
			return `From ${dayWords(p.start)} to ${dayWords(p.end)}, `;
		case DateForm.MonthRange:
			return `From ${monthWords(p.start)} to ${monthWords(p.end)}, `;
		case DateForm.Reported:
			return '';
	}
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const pad = (n: number) => String(n).padStart(2, '0');
const slug = (s: string) =>
	s
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');

import { beforeAll, describe, expect, it } from 'vitest';
import { buildIndex, type AtlasIndex } from '$lib/model/atlas-index';
import { curatedAtlas } from '$lib/test/curated';
import {
	dateFacts,
	eventsOfPlace,
	kindNoun,
	mentionsOfPlace,
	participantGroups,
	placeFacts,
	placeKindInWords
} from './facts';

let index: AtlasIndex;
beforeAll(async () => {
	index = buildIndex(await curatedAtlas());
});

const event = (id: string) => index.eventById.get(id)!;

describe('an event in words', () => {
	it.each([
		['red-cross-regional-conference-istanbul-2007', '2007 (year only)', null],
		['red-cross-red-crescent-30th-international-conference-2007', 'November 2007', 'month only'],
		[
			'osce-workshop-uzbekistan-2008',
			'16 May 2008',
			'date of the report; the workshop took place on or before'
		],
		[
			'aect-special-meeting-vienna-2008',
			'24 September 2008',
			'date of the report; the meeting took place on or before'
		]
	])('%s: %s (%s)', (id, words, detail) => {
		expect(dateFacts(event(id))).toEqual({ words, detail });
	});

	it.each([
		['red-cross-regional-conference-istanbul-2007', 'Istanbul, Turkey', null],
		[
			'red-cross-red-crescent-30th-international-conference-2007',
			'Place not stated',
			'the source does not say where'
		],
		['osce-workshop-uzbekistan-2008', 'Uzbekistan', 'the source names the country, not the city'],
		['aect-special-meeting-vienna-2008', 'Vienna, Austria', null]
	])('%s: %s (%s)', (id, words, detail) => {
		expect(placeFacts(event(id), index)).toMatchObject({ words, detail });
	});

	it('names kinds as nouns', () => {
		expect(kindNoun('special-meeting')).toBe('special meeting');
		expect(kindNoun('')).toBe('event');
	});
});

describe('who took part', () => {
	it('groups the workshop by role, countries first, organisations with their parent', () => {
		const groups = participantGroups(event('osce-workshop-uzbekistan-2008'), index);
		expect(groups.map((g) => g.heading)).toEqual([
			'Organisers',
			'Funder',
			'Supporter',
			'Participants',
			'Speakers'
		]);
		const organisers = groups[0]!.items;
		expect(organisers[0]).toMatchObject({
			name: 'OSCE Strategic Police Matters Unit',
			parent: 'OSCE'
		});
		expect(organisers.find((o) => o.id === 'unodc')).toMatchObject({ parent: null });
		const participants = groups[3]!.items;
		expect(participants.slice(0, 11).every((p) => p.kind === 'country')).toBe(true);
		expect(participants.slice(11).map((p) => p.name)).toEqual([
			'Organization for Security and Co-operation in Europe',
			'United Nations Office on Drugs and Crime'
		]);
		// Every participant of the workshop has the words that state it.
		for (const g of groups) for (const i of g.items) expect(i.citations.length).toBeGreaterThan(0);
	});

	it('gives people their stated titles, with the organisation unless the title names it', () => {
		const speakers = participantGroups(event('aect-special-meeting-vienna-2008'), index).find(
			(g) => g.role === 'speaker'
		)!;
		const vadim = speakers.items[0]!;
		expect(vadim.name).toBe('Vadim Kadyrbaev');
		expect(vadim.titles.map((t) => t.title)).toEqual([
			'Federation Representative',
			'Executive Vice President, Kazakhstan Red Crescent Society'
		]);
		expect(vadim.citations.map((c) => c.quote)).toEqual([
			'Contribution by Vadim Kadyrbaev',
			'Vadim Kadyrbaev, Federation Representative',
			'Executive Vice President of the Kazakhstan Red Crescent Society'
		]);
		const venczel = participantGroups(event('osce-workshop-uzbekistan-2008'), index)
			.find((g) => g.role === 'speaker')!
			.items.find((i) => i.id === 'istvan-venczel')!;
		expect(venczel.titles[0]!.title).toBe('Ambassador, OSCE Project Coordinator in Uzbekistan');
	});
});

describe('a place', () => {
	it('lists the events a country takes part in, and how', () => {
		const kaz = index.placeById.get('KAZ')!;
		expect(placeKindInWords(kaz, index)).toBe('Country');
		const found = eventsOfPlace(kaz, index.events, index);
		expect(found.map((f) => [f.event.event.id, f.how])).toEqual([
			['osce-workshop-uzbekistan-2008', ['participant']],
			[
				'aect-special-meeting-vienna-2008',
				['participant (through Kazakhstan Red Crescent Society)']
			]
		]);
	});

	it('lists the events held in a city and in a country', () => {
		expect(placeKindInWords(index.placeById.get('vienna')!, index)).toBe('City in Austria');
		expect(
			eventsOfPlace(index.placeById.get('vienna')!, index.events, index).map((f) => f.how)
		).toEqual([['venue']]);
		expect(
			eventsOfPlace(index.placeById.get('AUT')!, index.events, index).map((f) => f.how)
		).toEqual([['venue country']]);
		const uzb = eventsOfPlace(index.placeById.get('UZB')!, index.events, index);
		expect(uzb[0]!.how).toEqual([
			'venue',
			'organiser (through OSCE Project Co-ordinator in Uzbekistan)',
			'supporter',
			'participant'
		]);
	});

	it('lists the events that involve a region’s countries', () => {
		const ca = index.placeById.get('central-asia')!;
		expect(placeKindInWords(ca, index)).toBe('Region');
		expect(eventsOfPlace(ca, index.events, index).map((f) => f.event.event.id)).toEqual([
			'osce-workshop-uzbekistan-2008',
			'aect-special-meeting-vienna-2008'
		]);
	});

	it('finds the mentions of a place, in order', () => {
		const uzb = mentionsOfPlace(index.atlas.mentions, 'UZB');
		expect(uzb.map((m) => m.text)).toEqual(['Uzbekistan', 'Uzbek authorities', 'Uzbekistan']);
		expect(mentionsOfPlace(index.atlas.mentions, 'vienna')).toHaveLength(2);
		expect(mentionsOfPlace(index.atlas.mentions, 'nowhere')).toEqual([]);
	});
});

import { describe, expect, it } from 'vitest';
import { fixture, ingest, mentionsOf, useGazetteer } from './test-helpers.ts';

useGazetteer();

/** Mentions of a one-line text with no header (all of it is body). */
const mentions = (text: string) => mentionsOf(ingest(text));

describe('countries by name, official name, alias and abbreviation', () => {
	it.each([
		['Experts from Kazakhstan attended.', 'country:KAZ:Kazakhstan'],
		['the Russian Federation and', 'country:RUS:Russian Federation'],
		['the Kyrgyz Republic said', 'country:KGZ:Kyrgyz Republic'],
		['from the United States and', 'country:USA:United States'],
		['in the United States of America', 'country:USA:United States of America'],
		['the UAE and', 'country:ARE:UAE'],
		['the US delegation', 'country:USA:US'],
		['the U.S. delegation', 'country:USA:U.S.'],
		[
			'the former Yugoslav Republic of Macedonia',
			'country:MKD:former Yugoslav Republic of Macedonia'
		],
		['Turkey and Israel', 'country:TUR:Turkey'],
		['Burma and Laos', 'country:MMR:Burma'],
		['KAZAKHSTAN', 'country:KAZ:KAZAKHSTAN']
	])('%s → %s', (text, expected) => {
		expect(mentions(text)).toContain(expected);
	});
});

describe('demonyms and adjectives name the country', () => {
	it('as the demonyms fixture uses them', () => {
		expect(mentionsOf(ingest(fixture('demonyms.txt')))).toEqual([
			'country:KAZ:Kazakhstan',
			'country:UZB:Uzbek authorities',
			'country:KAZ:Kazakhstani officials',
			'country:KGZ:Kyrgyz',
			'country:TJK:Tajik border guards',
			'city:almaty:Almaty',
			'country:RUS:Russian Federation',
			'country:USA:United States',
			'country:ARE:UAE',
			'country:KGZ:Kyrgyz Republic',
			'country:AFG:Afghan delegation'
		]);
	});

	it.each([
		['Kirghiz traders', 'country:KGZ:Kirghiz'],
		['Emirati police', 'country:ARE:Emirati police'],
		['two Uzbeks and three Kazakhs', 'country:UZB:Uzbeks'],
		['the Turkmen Government', 'country:TKM:Turkmen Government'],
		['American experts', 'country:USA:American']
	])('%s → %s', (text, expected) => {
		expect(mentions(text)).toContain(expected);
	});

	it.each([
		['published in Russian and in Kazakh.'],
		['radio programmes in Tajik and Russian will be broadcast'],
		['Russian-speaking victims'],
		['Russian language courses'],
		['the Congolese delegation'],
		['the Dominican community']
	])('not a country: %s', (text) => {
		expect(mentions(text).filter((m) => m.startsWith('country:'))).toEqual([]);
	});
});

describe('a city that shares its name with a country', () => {
	it('is the country, unless the text says the city', () => {
		expect(mentionsOf(ingest(fixture('city-country.txt')))).toEqual([
			'city:kuwait-city:Kuwait City',
			'country:KWT:Kuwait',
			'city:mexico-city:Mexico City',
			'country:MEX:Mexico',
			'country:GTM:Guatemala',
			'city:guatemala-city:Guatemala City',
			'country:DJI:Djibouti',
			'city:djibouti:Djibouti',
			'city:panama:Panama City'
		]);
	});

	it.each([
		['in Djibouti city', 'city:djibouti:Djibouti city'],
		['Djibouti, Djibouti', 'city:djibouti:Djibouti'],
		['Singapore', 'country:SGP:Singapore']
	])('%s → %s', (text, expected) => {
		expect(mentions(text)[0]).toBe(expected);
	});

	it('a city mention is the city, not its country', () => {
		expect(mentions('Talks were held in Almaty and Dushanbe.')).toEqual([
			'city:almaty:Almaty',
			'city:dushanbe:Dushanbe'
		]);
	});
});

describe('false friends', () => {
	it('as the false-friends fixture has them', () => {
		const found = mentionsOf(ingest(fixture('false-friends.txt')));
		expect(found).toEqual([
			'person:jordan:Jordan',
			'city:amman:Amman',
			'country:JOR:Jordan',
			'city:atlanta:Atlanta',
			'city:tbilisi:Tbilisi',
			'country:GEO:Georgia',
			'country:NER:Niger',
			'country:NGA:Nigeria',
			'country:GIN:Guinea',
			'country:PNG:Papua New Guinea',
			'country:DMA:Dominica',
			'country:DOM:Dominican Republic',
			'country:USA:US',
			'country:MLI:Mali',
			'city:nice:Nice',
			'city:osh:Osh'
		]);
	});

	it.each([
		['Chad Johnson, a spokesman, said', 'country:TCD'],
		['Jordan Henderson of the agency', 'country:JOR'],
		['Mr. Jordan met them', 'country:JOR'],
		['in Atlanta, Georgia', 'country:GEO'],
		['the US state of Georgia', 'country:GEO'],
		['in the Niger Delta', 'country:NER'],
		['the Jordan River', 'country:JOR'],
		['in New Mexico', 'country:MEX'],
		['in New Mexico', 'city:'],
		['Let us know', 'country:USA'],
		['the island of New Guinea', 'country:GIN'],
		['the Indian Ocean', 'country:IND'],
		['Most victims were women.', 'city:'],
		['at Police stations', 'city:'],
		['Mary Robinson spoke.', 'city:'],
		['The Special Representative said that', 'person:'],
		['Human Rights, a director said', 'person:']
	])('%s: no %s', (text, prefix) => {
		expect(mentions(text).filter((m) => m.startsWith(prefix))).toEqual([]);
	});

	it.each([
		['Chad and Niger', 'country:TCD:Chad'],
		['Israel, Jordan and Egypt', 'country:JOR:Jordan'],
		['Georgia and Armenia', 'country:GEO:Georgia'],
		['the Jordan Times reported', 'country:JOR:Jordan']
	])('still the country: %s', (text, expected) => {
		expect(mentions(text)).toContain(expected);
	});
});

describe('cities', () => {
	it.each([
		['a seminar in Batken', 'city:batken:Batken'],
		['Osh, Kyrgyzstan', 'city:osh:Osh'],
		['the town of Karakol', 'city:karakol:Karakol'],
		['from Osh and Jalal-Abad', 'city:jalal-abad:Jalal-Abad'],
		['Astana and Geneva', 'city:astana:Astana'],
		// Great cities whose names the word list also holds ("vienna" sausages).
		['the Vienna Forum', 'city:vienna:Vienna'],
		['Warsaw hosted it', 'city:warsaw:Warsaw'],
		['Astana and Geneva', 'city:geneve:Geneva'],
		['ALMATY, 12 March 2008 - Talks', 'city:almaty:ALMATY'],
		// A capital keeps its name, though it is also a former name of Chittagong.
		['talks in Islamabad', 'city:islamabad:Islamabad'],
		// Old and English names (GeoNames alternate names), where the text shows a place.
		['a meeting in Kiev on 5 May', 'city:kyiv:Kiev']
	])('%s → %s', (text, expected) => {
		expect(mentions(text)).toContain(expected);
	});

	it.each([
		['Batken region'],
		['the Batken Province'],
		['Batken officials'],
		['in Roma communities'],
		['villages in the Rasht Valley'],
		['said Anna Ivanova']
	])('no city without a word that places it: %s', (text) => {
		expect(mentions(text).filter((m) => m.startsWith('city:'))).toEqual([]);
	});
});

describe('regions', () => {
	it.each([
		['in Central Asia', 'region:central-asia:Central Asia'],
		['Central Asian states', 'region:central-asia:Central Asian'],
		['across Europe', 'region:europe:Europe'],
		['the South Caucasus', 'region:south-caucasus:South Caucasus'],
		['South-East Europe', 'region:southeast-europe:South-East Europe']
	])('%s → %s', (text, expected) => {
		expect(mentions(text)).toContain(expected);
	});
});

describe('organisations', () => {
	it.each([
		['the OSCE and UNODC', ['organisation:osce:OSCE', 'organisation:unodc:UNODC']],
		[
			'the OSCE Strategic Police Matters Unit',
			['organisation:osce-spmu:OSCE Strategic Police Matters Unit']
		],
		[
			'the International Organization for Migration (IOM)',
			['organisation:iom:International Organization for Migration', 'organisation:iom:IOM']
		],
		['the OSCE Centre in Astana', ['organisation:osce-centre-in-astana:OSCE Centre in Astana']],
		[
			'the OSCE Project Coordinator in Uzbekistan and the OSCE’s Project Co-ordinator in Uzbekistan',
			[
				'organisation:osce-project-co-ordinator-in-uzbekistan:OSCE Project Coordinator in Uzbekistan',
				'organisation:osce:OSCE'
			]
		],
		[
			'the Kazakhstan Red Crescent Society',
			['organisation:kazakhstan-red-crescent-society:Kazakhstan Red Crescent Society']
		],
		[
			'the Red Crescent Society of Tajikistan',
			['organisation:tajikistan-red-crescent-society:Red Crescent Society of Tajikistan']
		],
		['the European Union and Europe', ['organisation:eu:European Union', 'region:europe:Europe']],
		[
			'the Ministry of Internal Affairs of Kazakhstan',
			[
				'organisation:ministry-of-internal-affairs-of-kazakhstan:Ministry of Internal Affairs of Kazakhstan'
			]
		],
		[
			'the State Border Service (SBS) said the SBS',
			[
				'organisation:state-border-service:State Border Service',
				'organisation:state-border-service:SBS',
				'organisation:state-border-service:SBS'
			]
		],
		[
			'the Ministry of Justice and IOM',
			['organisation:ministry-of-justice:Ministry of Justice', 'organisation:iom:IOM']
		]
	])('%s', (text, expected) => {
		expect(mentions(text)).toEqual(expect.arrayContaining(expected));
	});

	it('an OSCE body by its bare name only in a text about the OSCE', () => {
		// Still an institution by its shape ("Assembly"), but not the OSCE's.
		expect(mentions('The Parliamentary Assembly met.')).toEqual([
			'organisation:parliamentary-assembly:Parliamentary Assembly'
		]);
		expect(
			mentions('The OSCE Parliamentary Assembly met; the Parliamentary Assembly agreed.')
		).toEqual([
			'organisation:osce-parliamentary-assembly:OSCE Parliamentary Assembly',
			'organisation:osce-parliamentary-assembly:Parliamentary Assembly'
		]);
	});

	it('"National Societies" only where the document speaks of the Red Cross', () => {
		expect(mentions('National Societies met.')).toEqual([]);
		expect(mentions('Red Cross National Societies met.')).toContain(
			'organisation:national-societies:National Societies'
		);
	});

	it.each([
		['The Office said'],
		['Federation Representative'],
		['WORKSHOP ON BORDER POLICE CO-OPERATION']
	])('no organisation: %s', (text) => {
		expect(mentions(text).filter((m) => m.startsWith('organisation:'))).toEqual([]);
	});
});

describe('people', () => {
	it.each([
		[
			'said Ambassador Istvan Venczel, OSCE Project Coordinator',
			'person:istvan-venczel:Istvan Venczel'
		],
		['"It matters," said Ruth Pojman, Deputy Co-ordinator', 'person:ruth-pojman:Ruth Pojman'],
		['Ruth Pojman said that', 'person:ruth-pojman:Ruth Pojman'],
		['The Moldovan Minister, Gheorghe Papuc, said that', 'person:gheorghe-papuc:Gheorghe Papuc'],
		[
			'Contribution by Vadim Kadyrbaev, Federation Representative',
			'person:vadim-kadyrbaev:Vadim Kadyrbaev'
		],
		['Mr. Kairat Abdrakhmanov opened it.', 'person:kairat-abdrakhmanov:Kairat Abdrakhmanov'],
		['Dr Anna Ivanova', 'person:anna-ivanova:Anna Ivanova'],
		['Mr Kadyrbaev', 'person:kadyrbaev:Kadyrbaev']
	])('%s → %s', (text, expected) => {
		expect(mentions(text)).toContain(expected);
	});

	it('a later surname alone is the same person', () => {
		expect(mentions('said Ambassador Istvan Venczel. Venczel added that')).toEqual([
			'person:istvan-venczel:Istvan Venczel',
			'person:istvan-venczel:Venczel'
		]);
	});
});

describe('where mentions are looked for', () => {
	it('the dateline and the title are searched, trailing chrome is not', () => {
		const text =
			'Tajikistan\n01/06/2008\nTalks in Dushanbe\nThe meeting opened.\nFollow us on Kazakhstan TV';
		expect(mentions(text)).toEqual(['country:TJK:Tajikistan', 'city:dushanbe:Dushanbe']);
	});

	it('mentions never overlap', () => {
		const doc = ingest(fixture('dateline-style.txt'));
		for (let i = 1; i < doc.mentions.length; i++) {
			expect(doc.mentions[i]!.start).toBeGreaterThanOrEqual(doc.mentions[i - 1]!.end);
		}
	});
});

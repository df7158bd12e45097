/**
 * What the synthetic corpus talks about: countries weighted toward Central Asia and its
 * partners, real organisations active there, kinds of event and topics. Countries and cities
 * are real (their facts come from reference packages, see reference.ts); the people are
 * invented and named as such nowhere else.
 */

import type { Organisation, Place } from '../model/types';

export interface CityRef {
	name: string;
	/** [longitude, latitude] */
	coordinates: [number, number];
	population: number;
}

export interface CountryRef {
	iso3: string;
	name: string;
	/** A point inside the country, [longitude, latitude]. */
	point: [number, number];
	/** How often the country takes part, relative to the others. */
	weight: number;
	/** The largest cities, most populous first. */
	cities: CityRef[];
}

export interface Reference {
	countries: CountryRef[];
}

/** Central Asia first, then its neighbours and the partners that fund and attend. */
export const SYNTH_COUNTRIES: readonly { iso3: string; weight: number }[] = [
	...['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB'].map((iso3) => ({ iso3, weight: 12 })),
	...['RUS', 'AFG', 'CHN', 'TUR', 'IRN', 'AZE', 'UKR', 'MNG', 'PAK'].map((iso3) => ({
		iso3,
		weight: 3
	})),
	...['BLR', 'GEO', 'ARM', 'MDA', 'IND', 'ARE', 'ISR', 'THA', 'KOR'].map((iso3) => ({
		iso3,
		weight: 1.5
	})),
	...[
		'AUT',
		'NOR',
		'SWE',
		'USA',
		'DEU',
		'GBR',
		'FRA',
		'ITA',
		'NLD',
		'CHE',
		'FIN',
		'POL',
		'JPN',
		'CZE',
		'LVA',
		'ESP'
	].map((iso3) => ({ iso3, weight: 1 }))
];

/** Countries that fund: named as "the Government of X". */
export const DONORS = ['NOR', 'SWE', 'USA', 'DEU', 'GBR', 'FIN', 'CHE', 'NLD', 'JPN', 'AUT'];

export const REGIONS: readonly Place[] = [
	{
		id: 'central-asia',
		name: 'Central Asia',
		kind: 'region',
		members: ['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB']
	},
	{
		id: 'south-caucasus',
		name: 'South Caucasus',
		kind: 'region',
		members: ['ARM', 'AZE', 'GEO']
	}
];

const org = (
	id: string,
	name: string,
	acronym: string | null,
	kind: string,
	parent: string | null = null,
	country: string | null = null
): Organisation => ({ id, name, acronym, aliases: [], parent, kind, seat: null, country });

export const INTERNATIONAL_ORGANISATIONS: readonly Organisation[] = [
	org('osce', 'Organization for Security and Co-operation in Europe', 'OSCE', 'intergovernmental'),
	org('osce-spmu', 'OSCE Strategic Police Matters Unit', 'SPMU', 'office', 'osce'),
	org(
		'osce-odihr',
		'OSCE Office for Democratic Institutions and Human Rights',
		'ODIHR',
		'office',
		'osce'
	),
	org('osce-centre-almaty', 'OSCE Centre in Almaty', null, 'field-operation', 'osce', 'KAZ'),
	org('osce-centre-bishkek', 'OSCE Centre in Bishkek', null, 'field-operation', 'osce', 'KGZ'),
	org(
		'osce-office-tajikistan',
		'OSCE Office in Tajikistan',
		null,
		'field-operation',
		'osce',
		'TJK'
	),
	org('osce-centre-ashgabat', 'OSCE Centre in Ashgabat', null, 'field-operation', 'osce', 'TKM'),
	org(
		'osce-pcuz',
		'OSCE Project Co-ordinator in Uzbekistan',
		null,
		'field-operation',
		'osce',
		'UZB'
	),
	org('unodc', 'United Nations Office on Drugs and Crime', 'UNODC', 'un-agency'),
	org('iom', 'International Organization for Migration', 'IOM', 'intergovernmental'),
	org('unhcr', 'Office of the United Nations High Commissioner for Refugees', 'UNHCR', 'un-agency'),
	org('unicef', 'United Nations Children’s Fund', 'UNICEF', 'un-agency'),
	org('ilo', 'International Labour Organization', 'ILO', 'un-agency'),
	org('undp', 'United Nations Development Programme', 'UNDP', 'un-agency'),
	org(
		'ifrc',
		'International Federation of Red Cross and Red Crescent Societies',
		'IFRC',
		'movement'
	),
	org('eu', 'European Union', 'EU', 'intergovernmental'),
	org('coe', 'Council of Europe', null, 'intergovernmental'),
	org('cis', 'Commonwealth of Independent States', 'CIS', 'intergovernmental'),
	org('usaid', 'United States Agency for International Development', 'USAID', 'agency', null, 'USA')
];

/** International organisations that organise, weighted. */
export const ORGANISERS: readonly [id: string, weight: number][] = [
	['osce', 4],
	['iom', 6],
	['unodc', 5],
	['osce-spmu', 1.5],
	['osce-odihr', 1],
	['unhcr', 1.5],
	['unicef', 1.5],
	['ilo', 1.5],
	['undp', 1],
	['ifrc', 2],
	['eu', 1],
	['coe', 0.5],
	['cis', 1],
	['usaid', 1]
];

const RED_CRESCENT = new Set([
	'KAZ',
	'KGZ',
	'TJK',
	'TKM',
	'UZB',
	'AFG',
	'TUR',
	'IRN',
	'AZE',
	'PAK',
	'ARE'
]);

/** The national bodies that take part for a country. */
export function nationalOrganisations(iso3: string, name: string): Organisation[] {
	const slug = iso3.toLowerCase();
	return [
		org(
			`${slug}-interior`,
			`Ministry of Internal Affairs of ${name}`,
			null,
			'ministry',
			null,
			iso3
		),
		org(
			`${slug}-prosecutor`,
			`Prosecutor General’s Office of ${name}`,
			null,
			'prosecution',
			null,
			iso3
		),
		org(
			`${slug}-national-society`,
			`${name} ${RED_CRESCENT.has(iso3) ? 'Red Crescent' : 'Red Cross'} Society`,
			null,
			'national-society',
			'ifrc',
			iso3
		)
	];
}

export const KINDS: readonly [slug: string, noun: string, verb: string, weight: number][] = [
	['workshop', 'workshop', 'held', 25],
	['meeting', 'meeting', 'convened', 20],
	['training', 'training course', 'ran', 15],
	['conference', 'conference', 'organized', 12],
	['round-table', 'round table', 'hosted', 6],
	['campaign', 'awareness campaign', 'launched', 6],
	['study-visit', 'study visit', 'organized', 5],
	['seminar', 'seminar', 'held', 5],
	['agreement', 'agreement', 'signed', 4]
];

/** Acronyms read with an article: "the EU", but "UNODC". */
export const ACRONYMS_WITH_ARTICLE = new Set(['eu', 'osce', 'cis']);

export const SCOPES = [
	'regional',
	'national',
	'bilateral',
	'sub-regional',
	'international',
	'inter-agency',
	'cross-border'
];

export const TOPICS = [
	'victim identification',
	'border management',
	'document security',
	'labour migration',
	'referral of victims',
	'prosecution of traffickers',
	'migrant smuggling',
	'child trafficking',
	'shelters for victims',
	'witness protection',
	'financial investigations',
	'data collection',
	'return and reintegration',
	'consular assistance',
	'legislation against trafficking',
	'police co-operation',
	'judicial co-operation',
	'prevention in schools',
	'recruitment agencies',
	'forced labour',
	'trafficking for sexual exploitation',
	'hotlines for migrants',
	'national action plans',
	'gender and migration'
];

export const TITLES_OF_PEOPLE = [
	'Head of Department',
	'Deputy Minister',
	'Senior Adviser',
	'Programme Officer',
	'National Co-ordinator',
	'Prosecutor',
	'Chief of Unit',
	'Project Manager'
];

export const GIVEN_NAMES = [
	'Aigerim',
	'Nurlan',
	'Dilnoza',
	'Rustam',
	'Gulnara',
	'Timur',
	'Madina',
	'Bakhtiyor',
	'Zarina',
	'Azamat',
	'Saule',
	'Farrukh',
	'Aliya',
	'Daniyar',
	'Malika',
	'Ulugbek',
	'Jamila',
	'Erlan',
	'Nigora',
	'Askar',
	'Elena',
	'Sergei',
	'Olga',
	'Anna',
	'Mehmet',
	'Ingrid',
	'Lars',
	'Maria'
];

export const FAMILY_NAMES = [
	'Abdullaeva',
	'Bekov',
	'Karimova',
	'Nazarov',
	'Ismailova',
	'Tursunov',
	'Sadykova',
	'Rakhimov',
	'Omarova',
	'Yusupov',
	'Zhakupova',
	'Kasymov',
	'Sharipova',
	'Mirzaev',
	'Umarova',
	'Aliev',
	'Petrova',
	'Ivanov',
	'Berg',
	'Hansen',
	'Yilmaz',
	'Novak',
	'Weber',
	'Rossi'
];

export const PUBLISHERS = [
	'OSCE',
	'IOM',
	'UNODC',
	'IFRC',
	'UNHCR',
	'Central Asia Anti-Trafficking Monitor'
];

/**
 * The organisations that texts on trafficking and migration in the OSCE area name most: a short
 * curated list (there is no maintained package of them). National bodies, OSCE field operations
 * and Red Cross or Red Crescent societies are found by pattern instead (organisation-patterns.ts).
 */

export interface KnownOrganisation {
	id: string;
	name: string;
	acronym: string | null;
	kind: string;
	parent: string | null;
	/** Every form matched in texts (case-sensitive), name and acronym included. */
	names: string[];
	/** Only matched in a document that also says this (e.g. "National Societies" and Red Cross). */
	onlyWith?: RegExp;
}

type Spec = [id: string, name: string, acronym: string | null, kind: string, aliases?: string[]];

/** OSCE structures, also matched with "OSCE " before them ("OSCE Strategic Police Matters Unit"). */
const OSCE_STRUCTURES: Spec[] = [
	['osce-secretariat', 'OSCE Secretariat', null, 'office'],
	['osce-permanent-council', 'Permanent Council', null, 'office'],
	['osce-ministerial-council', 'Ministerial Council', null, 'office'],
	[
		'osce-parliamentary-assembly',
		'Parliamentary Assembly',
		null,
		'office',
		['Parliamentary Assembly of the OSCE']
	],
	['osce-odihr', 'Office for Democratic Institutions and Human Rights', 'ODIHR', 'institution'],
	['osce-hcnm', 'High Commissioner on National Minorities', 'HCNM', 'institution'],
	['osce-rfom', 'Representative on Freedom of the Media', 'RFoM', 'institution'],
	['osce-spmu', 'Strategic Police Matters Unit', 'SPMU', 'office'],
	['osce-atu', 'Action against Terrorism Unit', 'ATU', 'office'],
	['osce-cpc', 'Conflict Prevention Centre', null, 'office'],
	[
		'osce-oceea',
		'Office of the Co-ordinator of OSCE Economic and Environmental Activities',
		'OCEEA',
		'office'
	],
	[
		'osce-osr-cthb',
		'Office of the Special Representative and Co-ordinator for Combating Trafficking in Human Beings',
		null,
		'office',
		[
			'Office of the Special Representative for Combating Trafficking in Human Beings',
			'Office of the Special Representative for Combating Human Trafficking',
			'Anti-Trafficking Assistance Unit'
		]
	],
	['osce-academy', 'OSCE Academy', null, 'institution'],
	['osce-fsc', 'Forum for Security Co-operation', 'FSC', 'office'],
	['osce-alliance', 'Alliance against Trafficking in Persons', null, 'network'],
	[
		'osce-aect',
		'Alliance Expert Co-ordination Team',
		'AECT',
		'network',
		['Alliance Expert Coordination Team', 'Alliance of Experts to Combat Human Trafficking']
	]
];

const OTHERS: Spec[] = [
	[
		'osce',
		'Organization for Security and Co-operation in Europe',
		'OSCE',
		'intergovernmental',
		[
			'Organisation for Security and Co-operation in Europe',
			'Organization for Security and Cooperation in Europe',
			'Organisation for Security and Cooperation in Europe'
		]
	],
	['un', 'United Nations', 'UN', 'intergovernmental', ['U.N.']],
	[
		'unodc',
		'United Nations Office on Drugs and Crime',
		'UNODC',
		'un-agency',
		['UN Office on Drugs and Crime']
	],
	[
		'unhcr',
		'Office of the United Nations High Commissioner for Refugees',
		'UNHCR',
		'un-agency',
		['United Nations High Commissioner for Refugees', 'UN Refugee Agency']
	],
	[
		'ohchr',
		'Office of the United Nations High Commissioner for Human Rights',
		'OHCHR',
		'un-agency',
		['Office of the High Commissioner for Human Rights']
	],
	[
		'unicef',
		"United Nations Children's Fund",
		'UNICEF',
		'un-agency',
		['United Nations Children’s Fund']
	],
	['undp', 'United Nations Development Programme', 'UNDP', 'un-agency'],
	['unfpa', 'United Nations Population Fund', 'UNFPA', 'un-agency'],
	['unifem', 'United Nations Development Fund for Women', 'UNIFEM', 'un-agency'],
	[
		'unesco',
		'United Nations Educational, Scientific and Cultural Organization',
		'UNESCO',
		'un-agency'
	],
	[
		'ungift',
		'United Nations Global Initiative to Fight Human Trafficking',
		'UN.GIFT',
		'un-agency',
		['UN Global Initiative to Fight Human Trafficking']
	],
	[
		'un-security-council',
		'United Nations Security Council',
		null,
		'un-organ',
		['UN Security Council']
	],
	[
		'un-general-assembly',
		'United Nations General Assembly',
		null,
		'un-organ',
		['UN General Assembly']
	],
	[
		'ilo',
		'International Labour Organization',
		'ILO',
		'un-agency',
		['International Labour Organisation', 'International Labor Organization']
	],
	[
		'iom',
		'International Organization for Migration',
		'IOM',
		'intergovernmental',
		['International Organisation for Migration']
	],
	['world-bank', 'World Bank', null, 'intergovernmental'],
	['adb', 'Asian Development Bank', 'ADB', 'intergovernmental'],
	['icmpd', 'International Centre for Migration Policy Development', 'ICMPD', 'intergovernmental'],
	['eu', 'European Union', 'EU', 'intergovernmental'],
	['european-commission', 'European Commission', null, 'intergovernmental'],
	['european-parliament', 'European Parliament', null, 'intergovernmental'],
	['council-of-europe', 'Council of Europe', 'CoE', 'intergovernmental'],
	[
		'greta',
		'Group of Experts on Action against Trafficking in Human Beings',
		'GRETA',
		'intergovernmental'
	],
	['europol', 'Europol', null, 'intergovernmental', ['European Police Office']],
	['eurojust', 'Eurojust', null, 'intergovernmental'],
	['frontex', 'Frontex', null, 'intergovernmental'],
	[
		'interpol',
		'International Criminal Police Organization',
		'Interpol',
		'intergovernmental',
		['INTERPOL', 'International Criminal Police Organisation']
	],
	['cis', 'Commonwealth of Independent States', 'CIS', 'intergovernmental'],
	[
		'sco',
		'Shanghai Cooperation Organisation',
		'SCO',
		'intergovernmental',
		['Shanghai Co-operation Organisation', 'Shanghai Cooperation Organization']
	],
	[
		'csto',
		'Collective Security Treaty Organization',
		'CSTO',
		'intergovernmental',
		['Collective Security Treaty Organisation']
	],
	['eurasec', 'Eurasian Economic Community', 'EurAsEC', 'intergovernmental', ['EAEC']],
	['nato', 'North Atlantic Treaty Organization', 'NATO', 'intergovernmental'],
	['bsec', 'Organization of the Black Sea Economic Cooperation', 'BSEC', 'intergovernmental'],
	['usaid', 'United States Agency for International Development', 'USAID', 'government'],
	['ifrc', 'International Federation of Red Cross and Red Crescent Societies', 'IFRC', 'movement'],
	['icrc', 'International Committee of the Red Cross', 'ICRC', 'movement'],
	[
		'red-cross-red-crescent-movement',
		'International Red Cross and Red Crescent Movement',
		null,
		'movement',
		['Red Cross and Red Crescent Movement', 'Red Cross and Red Crescent', 'Red Cross']
	],
	['la-strada', 'La Strada International', null, 'ngo', ['La Strada']],
	['anti-slavery-international', 'Anti-Slavery International', null, 'ngo'],
	['amnesty-international', 'Amnesty International', null, 'ngo'],
	['human-rights-watch', 'Human Rights Watch', 'HRW', 'ngo'],
	['save-the-children', 'Save the Children', null, 'ngo'],
	['winrock-international', 'Winrock International', null, 'ngo', ['Winrock']],
	['ecpat', 'ECPAT International', 'ECPAT', 'ngo']
];

const OSCE = /OSCE|Security and Co-?operation in Europe/;

/** Red Cross usage: "National Societies" are the member societies of the Movement. */
const RED_CROSS = /Red Cross|Red Crescent/;

export function knownOrganisations(): KnownOrganisation[] {
	const list: KnownOrganisation[] = [];
	for (const [id, name, acronym, kind, aliases = []] of OSCE_STRUCTURES) {
		const forms = [name, ...aliases].filter((f) => !f.startsWith('OSCE '));
		list.push({
			id,
			name: name.startsWith('OSCE ') ? name : `OSCE ${name}`,
			acronym,
			kind,
			parent: 'osce',
			names: unique([
				name,
				...aliases,
				...forms.map((f) => `OSCE ${f}`),
				...(acronym ? [acronym] : [])
			]),
			// "Parliamentary Assembly", "Permanent Council": the OSCE's only in a text about the OSCE.
			onlyWith: OSCE
		});
	}
	for (const [id, name, acronym, kind, aliases = []] of OTHERS) {
		list.push({
			id,
			name,
			acronym,
			kind,
			parent: null,
			names: unique([name, ...aliases, ...(acronym ? [acronym] : [])])
		});
	}
	list.push({
		id: 'national-societies',
		name: 'National Red Cross and Red Crescent Societies',
		acronym: null,
		kind: 'movement',
		parent: 'red-cross-red-crescent-movement',
		names: [
			'National Red Cross and Red Crescent Societies',
			'National Societies',
			'National Society'
		],
		onlyWith: RED_CROSS
	});
	return list;
}

function unique<T>(items: T[]): T[] {
	return [...new Set(items)];
}

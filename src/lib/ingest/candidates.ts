/**
 * Candidate events: sentences that look like the record of something that happened, for a person
 * to accept, merge or discard. A sentence is proposed when it
 *
 * - has a date and a place or an organised activity ("held their regional conference in
 *   Istanbul in 2007"): the date is stated;
 * - has no date but reports an organised activity ("The workshop ... was organized by the OSCE",
 *   "the Special Meeting convened by ..., in Vienna"): it happened on or before the publication
 *   day, which becomes its date (reported), and the dateline places it when the sentence does not.
 *
 * A later sentence that refers back to the activity ("The workshop was financed by ...", "At that
 * Conference, ...") adds its words to that candidate instead of proposing another one.
 */

import type { MentionKind, PlacePrecision, Range } from '../model/types.ts';
import type { FoundDate } from './dates.ts';
import type { Found } from './found.ts';
import { splitSentences } from './sentences.ts';
import type { Candidate, Evidence } from './types.ts';

const ACTIVITY =
	/(?<![\p{L}-])(work\s?shops?|seminars?|conferences?|meetings?|training(?:\s+(?:course|session|programme))?s?|courses?|round\s?tables?|forums?|summits?|sessions?|consultations?|symposium|congress|visits?|study\s+tours?|exercises?|operations?|campaigns?|launch|briefings?|hearings?|dialogues?|talks|presentations?|ceremony|signing|conventions?|festival|exhibitions?|events?)(?![\p{L}])/iu;
const REPORTING =
	/(?<![\p{L}])(?:organi[sz]ed|co-organi[sz]ed|held|convened|hosted|opened|launched|conducted|attended|took place|gathered|brought together|financed|funded|sponsored|supported)(?![\p{L}])/iu;
/** Verbs that date the activity they follow: "The seminar took place on 28 May". */
const DATING =
	/(?<![\p{L}])(?:took place|was held|were held|will be held|is held|held|opened|ran|lasted|met|convened|began|started|ended)(?![\p{L}])/iu;
/** "ALMATY, 12 March 2008 –": the dateline's date is the report's, not an event's. */
const DATELINE_BEFORE =
	/(?:^|\n)[ \t]*\p{Lu}[\p{L}\p{M}.'’ -]{1,40},\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?$/u;
const DATELINE_AFTER = /^\s*(?:\([^)]{1,30}\)\s*)?[-–—:]/;
/** "the workshop", "that Conference", "this seminar": an activity the text has introduced. */
const ANAPHOR = /(?<![\p{L}])(the|this|that|these|those)\s+$/iu;
const LOCATIVE = /(?<![\p{L}])(?:in|at)\s+(?:the\s+)?$/iu;
const PARTICIPANT_KINDS = new Set<MentionKind>(['country', 'organisation', 'person']);
const PLACE_ORDER: Record<string, number> = { city: 0, country: 1, region: 2 };

export interface CandidateInput {
	sourceId: string;
	text: string;
	body: Range;
	mentions: readonly Found[];
	dates: readonly FoundDate[];
	/** EDTF day of publication, or null. */
	published: string | null;
	/** The place the dateline names, if it names one. */
	datelinePlace: Found | null;
}

interface Draft {
	candidate: Candidate;
	activityNoun: string | null;
	/** Index of the last sentence added to it. */
	lastSentence: number;
}

export function proposeCandidates(input: CandidateInput): Candidate[] {
	const { text, body, published } = input;
	const drafts: Draft[] = [];
	for (const [index, sentence] of splitSentences(text, body).entries()) {
		const within = <T extends { start: number; end: number }>(items: readonly T[]) =>
			items.filter((i) => i.start >= sentence[0] && i.end <= sentence[1]);
		const mentions = within(input.mentions);
		const dates = within(input.dates).filter((d) => !isDatelineDate(text, d));
		const activity = findActivity(text, sentence);
		const reported = REPORTING.test(text.slice(sentence[0], sentence[1]));

		const earlier = activity?.anaphor ? referent(drafts, activity, index) : undefined;
		if (earlier) {
			extend(earlier, text, sentence, index, mentions, dates[0] ?? null, activity!);
			continue;
		}
		const places = mentions.filter((m) => m.kind in PLACE_ORDER);
		let basis: Candidate['dateBasis'];
		if (dates.length && (places.length || activity)) basis = 'stated';
		else if (!dates.length && activity && reported && published && mentions.length)
			basis = 'reported';
		else continue;

		const date = basis === 'stated' ? dates[0]! : null;
		const stated = locativePlace(text, places);
		// The dateline places what the document reports, and a sentence that opens with it.
		const dateline = input.datelinePlace;
		const opensWithDateline =
			dateline && dateline.start >= sentence[0] && dateline.end <= sentence[1];
		const place = stated ?? (basis === 'reported' || opensWithDateline ? dateline : null);
		const evidence: Evidence[] = [
			{
				role: 'sentence',
				start: sentence[0],
				end: sentence[1],
				text: text.slice(sentence[0], sentence[1])
			}
		];
		if (date) evidence.push({ role: 'date', start: date.start, end: date.end, text: date.text });
		if (place) evidence.push(mentionEvidence('place', place, text));
		if (activity)
			evidence.push({
				role: 'activity',
				start: activity.start,
				end: activity.end,
				text: activity.text
			});
		const candidate: Candidate = {
			id: `${input.sourceId}-${drafts.length + 1}`,
			activity: activity?.noun ?? null,
			date: date ? date.edtf : published!,
			dateBasis: basis,
			place: place?.id ?? null,
			placePrecision: (place?.kind as PlacePrecision | undefined) ?? 'unstated',
			placeFrom: stated ? 'text' : place ? 'dateline' : null,
			participants: [],
			quotes: [
				{ start: sentence[0], end: sentence[1], text: text.slice(sentence[0], sentence[1]) }
			],
			evidence
		};
		addParticipants(
			candidate,
			mentions.filter((m) => m !== place),
			text
		);
		drafts.push({ candidate, activityNoun: activity?.noun ?? null, lastSentence: index });
	}
	return drafts.map((d) => d.candidate);
}

interface Activity {
	start: number;
	end: number;
	text: string;
	/** Lower-case and singular: "workshop", "round table". */
	noun: string;
	anaphor: 'the' | 'this' | null;
}

function findActivity(text: string, sentence: Range): Activity | null {
	const m = ACTIVITY.exec(text.slice(sentence[0], sentence[1]));
	if (!m) return null;
	const start = sentence[0] + m.index;
	const before = ANAPHOR.exec(
		text.slice(Math.max(sentence[0], start - 8), start)
	)?.[1]?.toLowerCase();
	return {
		start,
		end: start + m[0].length,
		text: m[0],
		noun: m[0]
			.toLowerCase()
			.replace(/\s+/g, ' ')
			.replace(/(?<!s)s$/, '')
			.replace('work shop', 'workshop'),
		anaphor: before === 'this' || before === 'these' ? 'this' : before ? 'the' : null
	};
}

/**
 * The candidate an anaphoric activity refers to: for "this conference", the event the document
 * reports (its reported candidate); else the latest candidate with the same activity; else the
 * candidate of the sentence just before, when it named no activity ("Officials met in Bishkek
 * on 13 November. The meeting, organized by ...").
 */
function referent(
	drafts: readonly Draft[],
	activity: Activity,
	sentence: number
): Draft | undefined {
	if (activity.anaphor === 'this') {
		const reported = drafts.find((d) => d.candidate.dateBasis === 'reported');
		if (reported) return reported;
	}
	const same = [...drafts].reverse().find((d) => d.activityNoun === activity.noun);
	if (same) return same;
	const last = drafts.at(-1);
	return last && last.activityNoun === null && last.lastSentence === sentence - 1
		? last
		: undefined;
}

/** Adds a sentence that refers back to a candidate; a date it states replaces a reported one. */
function extend(
	draft: Draft,
	text: string,
	sentence: Range,
	index: number,
	mentions: readonly Found[],
	date: FoundDate | null,
	activity: Activity
): void {
	const { candidate } = draft;
	const words = text.slice(sentence[0], sentence[1]);
	candidate.quotes.push({ start: sentence[0], end: sentence[1], text: words });
	candidate.evidence.push({ role: 'sentence', start: sentence[0], end: sentence[1], text: words });
	draft.lastSentence = index;
	if (draft.activityNoun === null) {
		draft.activityNoun = activity.noun;
		candidate.activity = activity.noun;
		candidate.evidence.push({
			role: 'activity',
			start: activity.start,
			end: activity.end,
			text: activity.text
		});
	}
	// "The seminar took place on 28 May", not "The seminar is part of a law adopted in 2007".
	if (date && candidate.dateBasis === 'reported' && DATING.test(words)) {
		candidate.date = date.edtf;
		candidate.dateBasis = 'stated';
		candidate.evidence.push({ role: 'date', start: date.start, end: date.end, text: date.text });
	}
	addParticipants(candidate, mentions, text);
}

function addParticipants(candidate: Candidate, mentions: readonly Found[], text: string): void {
	for (const m of mentions) {
		if (!PARTICIPANT_KINDS.has(m.kind)) continue;
		candidate.evidence.push(mentionEvidence('participant', m, text));
		if (!candidate.participants.some((p) => p.kind === m.kind && p.id === m.id)) {
			candidate.participants.push({ kind: m.kind, id: m.id });
		}
	}
}

/** The place the sentence puts the event in: "in Istanbul", "at the OSCE Centre" aside. */
function locativePlace(text: string, places: readonly Found[]): Found | null {
	const locative = places.filter((p) =>
		LOCATIVE.test(text.slice(Math.max(0, p.start - 10), p.start))
	);
	locative.sort((a, b) => PLACE_ORDER[a.kind]! - PLACE_ORDER[b.kind]! || a.start - b.start);
	return locative[0] ?? null;
}

function isDatelineDate(text: string, date: FoundDate): boolean {
	const before = text.slice(Math.max(0, date.start - 60), date.start);
	return DATELINE_BEFORE.test(before) && DATELINE_AFTER.test(text.slice(date.end, date.end + 40));
}

function mentionEvidence(role: 'place' | 'participant', m: Found, text: string): Evidence {
	return {
		role,
		kind: m.kind,
		id: m.id,
		start: m.start,
		end: m.end,
		text: text.slice(m.start, m.end)
	};
}

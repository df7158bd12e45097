/** Words for what the atlas shows, shared by the list, the map, the timeline and the panel. */

import type { AtlasIndex, IndexedEvent } from './atlas-index';
import { dateInWords, dateWithBasisInWords } from './edtf';
import type { Participant, ParticipantRole } from './types';

/** "16 May 2008", "November 2007", "2007 (year only)", "on or before 16 May 2008". */
export function eventDateInWords(e: IndexedEvent): string {
	return dateWithBasisInWords(e.event.date, e.event.dateBasis);
}

export { dateInWords };

/** "Istanbul, Turkey", "Uzbekistan (city not stated)", "Place not stated". */
export function placeInWords(e: IndexedEvent, index: AtlasIndex): string {
	const { place, precision } = e.venue;
	if (!place || precision === 'unstated') return 'Place not stated';
	if (place.kind === 'city') {
		const country = place.country ? index.placeById.get(place.country)?.name : null;
		return country ? `${place.name}, ${country}` : place.name;
	}
	if (place.kind === 'country') return `${place.name} (city not stated)`;
	return `${place.name} (region; country not stated)`;
}

/** The accessible name of an event's mark: it begins with the title, as the tests rely on. */
export function eventLabel(e: IndexedEvent, index: AtlasIndex): string {
	return `${e.event.title}, ${eventDateInWords(e)}, ${placeInWords(e, index)}`;
}

export function participantName(p: Pick<Participant, 'kind' | 'id'>, index: AtlasIndex): string {
	if (p.kind === 'country') return index.placeById.get(p.id)?.name ?? p.id;
	if (p.kind === 'person') return index.personById.get(p.id)?.name ?? p.id;
	const o = index.organisationById.get(p.id);
	return o ? o.name : p.id;
}

export const ROLE_WORDS: Record<ParticipantRole, { one: string; many: string }> = {
	host: { one: 'Host', many: 'Hosts' },
	organiser: { one: 'Organiser', many: 'Organisers' },
	funder: { one: 'Funder', many: 'Funders' },
	supporter: { one: 'Supporter', many: 'Supporters' },
	participant: { one: 'Participant', many: 'Participants' },
	speaker: { one: 'Speaker', many: 'Speakers' },
	subject: { one: 'Subject', many: 'Subjects' }
};

export function kindInWords(kind: string): string {
	return kind.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());
}

/**
 * "12,345": one formatter for every count (Number.toLocaleString builds one per call, which
 * shows when hundreds of marks are relabelled on each step of the time window).
 */
const COUNT = new Intl.NumberFormat('en');
export const formatCount = (n: number): string => COUNT.format(n);

/** "1 event", "4 events". */
export function countEvents(n: number): string {
	return `${formatCount(n)} ${n === 1 ? 'event' : 'events'}`;
}

/** The live summary: "4 of 4 events", "1 of 4 events, 1 more possibly". */
export function summaryInWords(certain: number, possible: number, total: number): string {
	const base = `${formatCount(certain)} of ${countEvents(total)}`;
	return possible ? `${base}, ${formatCount(possible)} more possibly` : base;
}

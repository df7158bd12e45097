/**
 * A synthetic dataset for the timeline's tests and measurements: the curated atlas with `n`
 * generated events spread over 2007–2008, in every date form the timeline draws (days, months,
 * years, intervals; stated and reported). Citations, places and participants are borrowed from
 * the curated events, so that everything else in the atlas still works on it. Deterministic for
 * a seed. Not part of the site's bundle (nothing in the app imports it).
 */

import { calendarDate, dayNumber, isoDay } from '../model/edtf';
import type { Atlas, AtlasEvent } from '../model/types';
import { mulberry32 } from '../synth/random';

/** Seeded, so that a run can be repeated (Math.random cannot be seeded). */
export const random = mulberry32;

const KINDS = ['conference', 'meeting', 'workshop', 'training', 'campaign'];

export function synthAtlas(base: Atlas, n: number, seed = 1): Atlas {
	const rnd = random(seed);
	const first = dayNumber(2007, 1, 1);
	const last = dayNumber(2008, 12, 31);
	const templates = base.events;
	const events: AtlasEvent[] = [];
	for (let i = 0; i < n; i++) {
		const t = templates[i % templates.length]!;
		const day = first + Math.floor(rnd() * (last - first + 1));
		const c = calendarDate(day);
		const r = rnd();
		let date: string;
		if (r < 0.6) date = isoDay(day);
		else if (r < 0.82) date = isoDay(day).slice(0, 7);
		else if (r < 0.9) date = String(c.year);
		else {
			const to = Math.min(last, day + 1 + Math.floor(rnd() * 90));
			date = `${isoDay(day)}/${isoDay(to)}`;
		}
		events.push({
			...t,
			id: `synthetic-event-${i + 1}`,
			title: `Synthetic ${KINDS[i % KINDS.length]} ${i + 1}`,
			kind: KINDS[i % KINDS.length]!,
			date,
			dateBasis: date.length === 10 && rnd() < 0.3 ? 'reported' : 'stated',
			// Kept small: a few participants and one citation are enough for every view.
			participants: t.participants.slice(0, 3),
			citations: t.citations.slice(0, 1),
			notes: []
		});
	}
	return { ...base, events: [...base.events, ...events] };
}

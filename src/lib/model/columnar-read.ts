/**
 * Reading a compact atlas back as objects: one event, source, person or source's mentions at a
 * time (what the page does, when asked), or the whole atlas (tests, exports).
 */

import {
	MENTION_KINDS,
	PARTICIPANT_KINDS,
	PLACE_PRECISIONS,
	eventId,
	type AtlasColumns,
	type PassageColumns
} from './columnar';
import {
	PARTICIPANT_ROLES,
	type Atlas,
	type AtlasEvent,
	type Citation,
	type Mention,
	type Participant,
	type Person,
	type Source
} from './types';

/** Source texts decoded on demand (a source's text is decoded once, when first read). */
export class SourceTexts {
	private readonly decoded: (string | undefined)[] = [];
	private readonly decoder = new TextDecoder();
	constructor(private readonly passages: Pick<PassageColumns, 'text' | 'textStart'>) {}
	get(row: number): string {
		let t = this.decoded[row];
		if (t === undefined) {
			const p = this.passages;
			t = this.decoder.decode(p.text.subarray(p.textStart[row]!, p.textStart[row + 1]!));
			this.decoded[row] = t;
		}
		return t;
	}
}

/** Reads events, sources, people and mentions back out of the columns, one at a time. */
export class ColumnsReader {
	readonly texts: SourceTexts;
	private readonly sourceRow: Map<string, number>;
	private readonly orderRow: Map<number, number>;

	constructor(readonly columns: AtlasColumns) {
		this.texts = new SourceTexts(columns.passages);
		this.sourceRow = new Map(columns.core.sources.map((s, i) => [s.id, i]));
		const { order } = columns.core;
		this.orderRow = new Map(Array.from(order.event, (e, k) => [e, k]));
	}

	eventId(row: number): string {
		return eventId(this.columns.core, row);
	}

	private citation(source: number, start: number, end: number): Citation {
		return {
			source: this.columns.core.sources[source]!.id,
			quote: this.texts.get(source).slice(start, end),
			start,
			end
		};
	}

	private participants(row: number): Participant[] {
		const { core, passages } = this.columns;
		const byKind = PARTICIPANT_KINDS.map((kind) => {
			const list = core[kind];
			const cites = passages[kind];
			const entities =
				kind === 'organisation'
					? core.organisations
					: kind === 'country'
						? core.places
						: core.people;
			const out: Participant[] = [];
			for (let k = list.start[row]!; k < list.start[row + 1]!; k++) {
				const cs = cites.source[k]!;
				out.push({
					kind,
					id: entities[list.entity[k]!]!.id,
					role: PARTICIPANT_ROLES[list.role[k]!]!,
					citation: cs < 0 ? null : this.citation(cs, cites.from[k]!, cites.to[k]!)
				});
			}
			return out;
		});
		const k = this.orderRow.get(row);
		if (k === undefined) return byKind.flat();
		const next = [0, 0, 0];
		return Array.from(
			core.order.kinds.subarray(core.order.start[k]!, core.order.start[k + 1]!),
			(kind) => byKind[kind]![next[kind]!++]!
		);
	}

	event(row: number): AtlasEvent {
		const { core, passages } = this.columns;
		const citations: Citation[] = [];
		for (let k = core.citeStart[row]!; k < core.citeStart[row + 1]!; k++)
			citations.push(
				this.citation(core.citeSource[k]!, passages.citeFrom[k]!, passages.citeTo[k]!)
			);
		const notes: AtlasEvent['notes'] = [];
		for (let k = core.noteStart[row]!; k < core.noteStart[row + 1]!; k++)
			notes.push({ kind: 'editorial', text: core.tables.notes[core.note[k]!]! });
		const place = core.place[row]!;
		return {
			id: this.eventId(row),
			title: core.tables.titles[core.title[row]!]!,
			kind: core.tables.kinds[core.kind[row]!]!,
			date: core.tables.dates[core.date[row]!]!,
			dateBasis: core.basis[row] ? 'reported' : 'stated',
			place: place < 0 ? null : core.places[place]!.id,
			placePrecision: PLACE_PRECISIONS[core.placePrecision[row]!]!,
			participants: this.participants(row),
			citations,
			notes
		};
	}

	/** A source; its text is decoded from the passages when first read. */
	source(row: number): Source {
		const texts = this.texts;
		const source = { ...this.columns.core.sources[row]! } as Source;
		Object.defineProperty(source, 'text', { enumerable: true, get: () => texts.get(row) });
		return source;
	}

	person(row: number): Person {
		const p = this.columns.core.people[row]!;
		return {
			id: p.id,
			name: p.name,
			roles: p.roles.map((r) => {
				const source = this.sourceRow.get(r.citation.source);
				return {
					title: r.title,
					organisation: r.organisation,
					citation:
						source === undefined
							? { ...r.citation, quote: '' }
							: this.citation(source, r.citation.start, r.citation.end)
				};
			})
		};
	}

	/** The mentions in one source, in the order they were given. */
	mentionsOf(row: number): Mention[] {
		const { core, passages } = this.columns;
		const id = core.sources[row]!.id;
		const text = this.texts.get(row);
		const out: Mention[] = [];
		for (let k = passages.mentionStart[row]!; k < passages.mentionStart[row + 1]!; k++) {
			const kind = MENTION_KINDS[passages.mentionKind[k]!]!;
			const list =
				kind === 'organisation'
					? core.organisations
					: kind === 'person'
						? core.people
						: core.places;
			const start = passages.mentionFrom[k]!;
			const end = passages.mentionTo[k]!;
			out.push({
				source: id,
				kind,
				id: list[passages.mentionEntity[k]!]!.id,
				start,
				end,
				text: text.slice(start, end)
			});
		}
		return out;
	}
}

/** The whole atlas as objects (tests, exports; a large atlas is better read lazily). */
export function columnsToAtlas(columns: AtlasColumns): Atlas {
	const r = new ColumnsReader(columns);
	const { core } = columns;
	const events: AtlasEvent[] = [];
	for (let i = 0; i < core.count; i++) events.push(r.event(i));
	const sources: Source[] = [];
	const mentions: Mention[] = [];
	for (let j = 0; j < core.sources.length; j++) {
		sources.push({ ...r.source(j) });
		mentions.push(...r.mentionsOf(j));
	}
	return {
		version: 1,
		sources,
		places: core.places,
		organisations: core.organisations,
		people: core.people.map((_, i) => r.person(i)),
		events,
		mentions
	};
}

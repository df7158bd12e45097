/**
 * The files of a synthetic dataset, verified as they are made: each source, with the events it
 * reports and its mentions, is checked by `verifyAtlas` against the gazetteer before it is
 * written, and event ids are checked unique across sources. Nothing is written by this module
 * (scripts/synth.ts writes the files, all or none).
 */

import { ColumnsBuilder } from '../model/columnar';
import { packCore, packPassages } from '../model/columnar-file';
import { formatProblem, type Problem } from '../model/problems';
import type { Atlas, Person } from '../model/types';
import { verifyAtlas } from '../model/verify';
import type { Reference } from './gazetteer';
import { Synthesizer, type SynthOptions } from './generate';

export interface SynthFilesOptions extends SynthOptions {
	/** File names: `${name}.json`, `${name}.atlas`, `${name}.passages`. */
	name: string;
	json: boolean;
	compact: boolean;
}

export interface SynthFiles {
	files: Map<string, Uint8Array>;
	problems: Problem[];
	stats: { events: number; sources: number; mentions: number; people: number };
}

/** `1000` → "1k", `100000` → "100k", `1000000` → "1m": for file names. */
export function sizeLabel(n: number): string {
	if (n >= 1e6 && n % 1e6 === 0) return `${n / 1e6}m`;
	if (n >= 1e3 && n % 1e3 === 0) return `${n / 1e3}k`;
	return String(n);
}

export function synthFiles(reference: Reference, options: SynthFilesOptions): SynthFiles {
	const synth = new Synthesizer(reference, options);
	const builder = options.compact ? new ColumnsBuilder(synth) : null;
	const knownIso3 = new Set(reference.countries.map((c) => c.iso3));
	const problems: Problem[] = [];
	const ids = new Set<string>();
	const encoder = new TextEncoder();
	const json = {
		sources: [] as Uint8Array[],
		events: [] as Uint8Array[],
		mentions: [] as Uint8Array[]
	};
	const item = (value: unknown, first: boolean) =>
		encoder.encode((first ? '' : ',') + JSON.stringify(value));
	const stats = { events: 0, sources: 0, mentions: 0, people: 0 };
	let peopleBefore = 0;

	for (const chunk of synth.chunks()) {
		const introduced = synth.people.slice(peopleBefore);
		peopleBefore = synth.people.length;
		// People introduced here have their role citations checked here, against this source.
		const people: Person[] = synth.people.map((p) =>
			introduced.includes(p) ? p : { ...p, roles: [] }
		);
		const part: Atlas = {
			version: 1,
			sources: [chunk.source],
			places: synth.places,
			organisations: synth.organisations,
			people,
			events: chunk.events,
			mentions: chunk.mentions
		};
		problems.push(...verifyAtlas(part, { knownIso3, file: chunk.source.id }));
		for (const e of chunk.events) {
			if (ids.has(e.id))
				problems.push({
					file: chunk.source.id,
					record: `event "${e.id}"`,
					field: 'id',
					message: 'duplicate id'
				});
			ids.add(e.id);
		}
		if (builder) {
			builder.addSource(chunk.source);
			for (const p of introduced) builder.addPerson(p);
			for (const e of chunk.events) builder.addEvent(e);
			for (const m of chunk.mentions) builder.addMention(m);
		}
		if (options.json) {
			json.sources.push(item(chunk.source, stats.sources === 0));
			chunk.events.forEach((e, i) => json.events.push(item(e, stats.events + i === 0)));
			chunk.mentions.forEach((m, i) => json.mentions.push(item(m, stats.mentions + i === 0)));
		}
		stats.sources++;
		stats.events += chunk.events.length;
		stats.mentions += chunk.mentions.length;
		if (problems.length > 20) break;
	}
	stats.people = synth.people.length;

	const files = new Map<string, Uint8Array>();
	if (problems.length) return { files, problems, stats };
	if (builder) {
		const columns = builder.finish();
		files.set(`${options.name}.atlas`, packCore(columns.core));
		files.set(`${options.name}.passages`, packPassages(columns.passages));
	}
	if (options.json) {
		// Written in pieces: a large atlas is longer than the longest string an engine allows.
		const piece = (s: string) => encoder.encode(s);
		files.set(
			`${options.name}.json`,
			concat([
				piece('{"version":1,"sources":['),
				...json.sources,
				piece(`],"places":${JSON.stringify(synth.places)}`),
				piece(`,"organisations":${JSON.stringify(synth.organisations)}`),
				piece(`,"people":${JSON.stringify(synth.people)},"events":[`),
				...json.events,
				piece('],"mentions":['),
				...json.mentions,
				piece(']}')
			])
		);
	}
	return { files, problems, stats };
}

function concat(parts: Uint8Array[]): Uint8Array {
	const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
	let at = 0;
	for (const p of parts) {
		out.set(p, at);
		at += p.length;
	}
	return out;
}

export { formatProblem };

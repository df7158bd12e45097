/**
 * The data build: reads data/, compiles and verifies the atlas, mends the country geometry, and
 * returns the files the site serves under /data/. Pure of side effects but reading; the CLI in
 * scripts/build-data.ts writes the files.
 */

import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import Ajv from 'ajv';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import worldCountries from 'world-countries';
import { parseDocument } from 'yaml';
import {
	compileAtlas,
	type CountryReference,
	type CuratedInput
} from '../../src/lib/model/compile.ts';
import { formatProblem, type Problem } from '../../src/lib/model/problems.ts';
import type { Atlas } from '../../src/lib/model/types.ts';
import { verifyAtlas } from '../../src/lib/model/verify.ts';
import {
	mendCountries,
	representativePoint,
	type CountryProperties
} from '../../src/lib/map/geometry.ts';

export interface DataBuild {
	atlas: Atlas | null;
	countries: FeatureCollection<Polygon | MultiPolygon, CountryProperties>;
	schema: object;
	problems: Problem[];
	warnings: string[];
}

export interface DataBuildOptions {
	/** The folder holding sources.yaml, gazetteer.yaml, events.yaml and sources/. */
	dataDir: string;
	/** Which world-atlas resolution to draw: 50m (default) or 110m. */
	resolution?: '50m' | '110m';
}

/** ISO numeric → alpha-3, and reference facts, from the world-countries package. */
export function countryTables(): {
	iso3ByNumeric: Map<string, string>;
	byIso3: Map<string, { name: string; region: string }>;
} {
	const iso3ByNumeric = new Map<string, string>();
	const byIso3 = new Map<string, { name: string; region: string }>();
	for (const c of worldCountries) {
		if (c.ccn3) iso3ByNumeric.set(c.ccn3, c.cca3);
		byIso3.set(c.cca3, { name: c.name.common, region: c.region });
	}
	return { iso3ByNumeric, byIso3 };
}

export async function loadCountryGeometry(resolution: '50m' | '110m' = '50m') {
	const { createRequire } = await import('node:module');
	const require = createRequire(import.meta.url);
	const topology = require(`world-atlas/countries-${resolution}.json`) as Topology<{
		countries: GeometryCollection<{ name: string }>;
	}>;
	const raw = feature(topology, topology.objects.countries) as FeatureCollection<
		Polygon | MultiPolygon | null,
		{ name?: string }
	>;
	return mendCountries(raw, countryTables().iso3ByNumeric);
}

async function readYaml(path: string, label: string, problems: Problem[]): Promise<unknown> {
	let text: string;
	try {
		text = await readFile(path, 'utf8');
	} catch (e) {
		problems.push({
			file: label,
			record: '',
			field: '',
			message: `cannot be read: ${(e as Error).message}`
		});
		return null;
	}
	const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
	for (const error of doc.errors) {
		problems.push({
			file: label,
			record: '',
			field: '',
			message: `is not valid YAML: ${error.message}`
		});
	}
	return doc.errors.length ? null : doc.toJS();
}

/** Reads the curated data as the compiler takes it; problems reading it are collected. */
export async function loadCuratedInput(
	dataDir: string,
	resolution: '50m' | '110m' = '50m'
): Promise<{
	input: CuratedInput;
	countries: FeatureCollection<Polygon | MultiPolygon, CountryProperties>;
	problems: Problem[];
	warnings: string[];
}> {
	const problems: Problem[] = [];
	const warnings: string[] = [];
	const label = (name: string) => `data/${name}`;
	const [sources, gazetteer, events] = await Promise.all([
		readYaml(join(dataDir, 'sources.yaml'), label('sources.yaml'), problems),
		readYaml(join(dataDir, 'gazetteer.yaml'), label('gazetteer.yaml'), problems),
		readYaml(join(dataDir, 'events.yaml'), label('events.yaml'), problems)
	]);

	const texts = new Map<string, string>();
	const decoder = new TextDecoder('utf-8', { fatal: true });
	for (const name of (await readdir(join(dataDir, 'sources'))).sort()) {
		if (name.startsWith('.')) continue;
		const bytes = await readFile(join(dataDir, 'sources', name));
		try {
			texts.set(name, decoder.decode(bytes));
		} catch {
			problems.push({
				file: `data/sources/${name}`,
				record: '',
				field: '',
				message: 'is not valid UTF-8'
			});
		}
	}
	const described = new Set(
		Array.isArray(sources) ? sources.map((s) => (s as { file?: unknown })?.file) : []
	);
	for (const name of texts.keys()) {
		if (!described.has(name)) {
			warnings.push(
				`data/sources/${name} is not described in data/sources.yaml, so the atlas leaves it out`
			);
		}
	}

	const countries = await loadCountryGeometry(resolution);
	const { byIso3 } = countryTables();
	const reference = new Map<string, CountryReference>();
	for (const [iso3, c] of byIso3) reference.set(iso3, { ...c, point: null });
	for (const f of countries.features) {
		const ref = reference.get(f.properties.iso3);
		if (ref && !ref.point) ref.point = representativePoint(f.geometry);
	}
	return {
		input: { sources, gazetteer, events, texts, countries: reference },
		countries,
		problems,
		warnings
	};
}

/** Compiles, then checks the output against the schema and the verifier. */
export function compileAndVerify(
	input: CuratedInput,
	schema: object
): { atlas: Atlas | null; problems: Problem[] } {
	const compiled = compileAtlas(input);
	if (!compiled.atlas) return compiled;
	const problems: Problem[] = [];
	// Check the output independently of how it was made: the schema, then the semantics.
	const validate = new Ajv({ allErrors: true }).compile(schema);
	if (!validate(JSON.parse(JSON.stringify(compiled.atlas)))) {
		for (const e of validate.errors ?? []) {
			problems.push({
				file: 'atlas.json',
				record: e.instancePath || '(root)',
				field: '',
				message: `schema: ${e.message}`
			});
		}
	}
	problems.push(...verifyAtlas(compiled.atlas, { knownIso3: new Set(input.countries.keys()) }));
	return { atlas: problems.length ? null : compiled.atlas, problems };
}

export async function buildData(options: DataBuildOptions): Promise<DataBuild> {
	const { dataDir } = options;
	const loaded = await loadCuratedInput(dataDir, options.resolution);
	const schema = JSON.parse(await readFile(join(dataDir, 'atlas.schema.json'), 'utf8')) as object;
	const base = { countries: loaded.countries, schema, warnings: loaded.warnings };
	if (loaded.problems.length) return { ...base, atlas: null, problems: loaded.problems };
	return { ...base, ...compileAndVerify(loaded.input, schema) };
}

export { formatProblem };

/**
 * The compact atlas's files: the core and the passages, each a header and typed columns.
 */

import type { CoreColumns, PassageColumns } from './columnar';

/**
 * File layout: "ATLS", a format version (uint32), the header's byte length (uint32), the header
 * (JSON, UTF-8), then each column's bytes, 8-byte aligned. Integer columns are stored in the
 * narrowest type that holds them, as differences from the previous value when that is
 * narrower (sorted and sequential columns), and byte-planed (all low bytes, then the next
 * bytes...), which lets gzip see the repetition in each byte. The server's gzip does the rest.
 */
const MAGIC = 0x534c5441; // "ATLS", little-endian
const FORMAT = 1;

type IntType = 'u8' | 'u16' | 'u32' | 'i8' | 'i16' | 'i32' | 'f64';
interface ColumnHeader {
	name: string;
	length: number;
	type: IntType;
	delta: boolean;
	offset: number;
	/** The array type to restore. */
	as: 'Uint8Array' | 'Uint32Array' | 'Int32Array' | 'Float64Array';
}

type NumericArray = Uint8Array | Uint32Array | Int32Array | Float64Array;

const WIDTH: Record<IntType, number> = { u8: 1, u16: 2, u32: 4, i8: 1, i16: 2, i32: 4, f64: 8 };

function narrowest(min: number, max: number, integral: boolean): IntType {
	if (!integral || min < -0x80000000 || max > 0xffffffff) return 'f64';
	if (min >= 0) return max <= 0xff ? 'u8' : max <= 0xffff ? 'u16' : 'u32';
	if (min >= -0x80 && max <= 0x7f) return 'i8';
	if (min >= -0x8000 && max <= 0x7fff) return 'i16';
	return max <= 0x7fffffff ? 'i32' : 'f64';
}

function rangeOf(values: ArrayLike<number>, delta: boolean) {
	let min = Infinity;
	let max = -Infinity;
	let integral = true;
	let prev = 0;
	for (let i = 0; i < values.length; i++) {
		const v = delta ? values[i]! - prev : values[i]!;
		prev = values[i]!;
		if (v < min) min = v;
		if (v > max) max = v;
		if (!Number.isInteger(v)) integral = false;
	}
	return values.length ? { min, max, integral } : { min: 0, max: 0, integral: true };
}

function encodeColumn(values: NumericArray): { type: IntType; delta: boolean; bytes: Uint8Array } {
	const plain = rangeOf(values, false);
	const diff = rangeOf(values, true);
	const plainType = narrowest(plain.min, plain.max, plain.integral);
	const diffType = narrowest(diff.min, diff.max, diff.integral);
	const delta = WIDTH[diffType] < WIDTH[plainType];
	const type = delta ? diffType : plainType;
	const width = WIDTH[type];
	const n = values.length;
	const raw = new DataView(new ArrayBuffer(n * width));
	let prev = 0;
	for (let i = 0; i < n; i++) {
		const v = delta ? values[i]! - prev : values[i]!;
		prev = values[i]!;
		const at = i * width;
		if (type === 'u8') raw.setUint8(at, v);
		else if (type === 'i8') raw.setInt8(at, v);
		else if (type === 'u16') raw.setUint16(at, v, true);
		else if (type === 'i16') raw.setInt16(at, v, true);
		else if (type === 'u32') raw.setUint32(at, v, true);
		else if (type === 'i32') raw.setInt32(at, v, true);
		else raw.setFloat64(at, v, true);
	}
	// Byte planes: byte b of every value, then byte b + 1...
	const src = new Uint8Array(raw.buffer);
	const bytes = new Uint8Array(src.length);
	for (let b = 0; b < width; b++)
		for (let i = 0; i < n; i++) bytes[b * n + i] = src[i * width + b]!;
	return { type, delta, bytes };
}

function decodeColumn(h: ColumnHeader, file: Uint8Array): NumericArray {
	const width = WIDTH[h.type];
	const n = h.length;
	const planes = file.subarray(h.offset, h.offset + n * width);
	const Out = { Uint8Array, Uint32Array, Int32Array, Float64Array }[h.as];
	const out = new Out(n);
	if (h.type === 'f64') {
		const raw = new Uint8Array(n * 8);
		for (let b = 0; b < 8; b++) for (let i = 0; i < n; i++) raw[i * 8 + b] = planes[b * n + i]!;
		const view = new DataView(raw.buffer);
		let prev = 0;
		for (let i = 0; i < n; i++) out[i] = prev = (h.delta ? prev : 0) + view.getFloat64(i * 8, true);
		return out;
	}
	if (width === 1 && !h.delta && h.type === 'u8' && out instanceof Uint8Array) {
		out.set(planes);
		return out;
	}
	// Reassemble each value from its byte planes, sign-extending the signed types. Values go
	// through one Float64Array (a single element type keeps this loop fast), then convert.
	const shift = 32 - width * 8;
	const signed = h.type[0] === 'i';
	const values = new Float64Array(n);
	let prev = 0;
	for (let i = 0; i < n; i++) {
		let v = planes[i]!;
		if (width > 1) v |= planes[n + i]! << 8;
		if (width > 2) v |= (planes[2 * n + i]! << 16) | (planes[3 * n + i]! << 24);
		v = signed ? (shift ? (v << shift) >> shift : v | 0) : v >>> 0;
		prev = h.delta ? prev + v : v;
		values[i] = prev;
	}
	if (out instanceof Float64Array) return values;
	out.set(values);
	return out;
}

function pack(
	kind: 'core' | 'passages',
	meta: object,
	columns: Record<string, NumericArray>
): Uint8Array {
	const encoded = Object.entries(columns).map(([name, values]) => ({
		name,
		values,
		...encodeColumn(values)
	}));
	const headers: ColumnHeader[] = [];
	let offset = 0;
	for (const c of encoded) {
		headers.push({
			name: c.name,
			length: c.values.length,
			type: c.type,
			delta: c.delta,
			offset,
			as: c.values.constructor.name as ColumnHeader['as']
		});
		offset += align8(c.bytes.length);
	}
	const header = new TextEncoder().encode(JSON.stringify({ kind, meta, columns: headers }));
	const start = align8(12 + header.length);
	const file = new Uint8Array(start + offset);
	const view = new DataView(file.buffer);
	view.setUint32(0, MAGIC, true);
	view.setUint32(4, FORMAT, true);
	view.setUint32(8, header.length, true);
	file.set(header, 12);
	encoded.forEach((c, i) => file.set(c.bytes, start + headers[i]!.offset));
	return file;
}

function unpack(file: Uint8Array): {
	kind: 'core' | 'passages';
	meta: Record<string, unknown>;
	columns: Record<string, NumericArray>;
} {
	const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
	if (file.byteLength < 12 || view.getUint32(0, true) !== MAGIC)
		throw new Error('is not a compact atlas file');
	if (view.getUint32(4, true) !== FORMAT)
		throw new Error(`is a compact atlas of format ${view.getUint32(4, true)}, not ${FORMAT}`);
	const length = view.getUint32(8, true);
	const header = JSON.parse(new TextDecoder().decode(file.subarray(12, 12 + length))) as {
		kind: 'core' | 'passages';
		meta: Record<string, unknown>;
		columns: ColumnHeader[];
	};
	const start = align8(12 + length);
	const columns: Record<string, NumericArray> = {};
	for (const h of header.columns)
		columns[h.name] = decodeColumn({ ...h, offset: start + h.offset }, file);
	return { kind: header.kind, meta: header.meta, columns };
}

const align8 = (n: number) => Math.ceil(n / 8) * 8;

const CORE_META = ['version', 'sources', 'places', 'organisations', 'people', 'tables', 'count'];

/** Nested column groups become dotted names ("country.start") in the file, and back. */
function flatten(value: object, prefix = '', out: Record<string, NumericArray> = {}) {
	for (const [key, v] of Object.entries(value)) {
		if (ArrayBuffer.isView(v)) out[prefix + key] = v as NumericArray;
		else flatten(v as object, `${prefix}${key}.`, out);
	}
	return out;
}

function nest(columns: Record<string, NumericArray>): Record<string, unknown> {
	const out: Record<string, unknown> = {};
	for (const [name, values] of Object.entries(columns)) {
		const path = name.split('.');
		let at = out;
		for (const key of path.slice(0, -1)) at = (at[key] ??= {}) as Record<string, unknown>;
		at[path.at(-1)!] = values;
	}
	return out;
}

export function packCore(core: CoreColumns): Uint8Array {
	const meta: Record<string, unknown> = {};
	const rest: Record<string, unknown> = {};
	for (const [key, value] of Object.entries(core))
		(CORE_META.includes(key) ? meta : rest)[key] = value;
	return pack('core', meta, flatten(rest));
}

export function packPassages(passages: PassageColumns): Uint8Array {
	return pack('passages', {}, flatten(passages));
}

export function unpackCore(file: Uint8Array): CoreColumns {
	const { kind, meta, columns } = unpack(file);
	if (kind !== 'core') throw new Error(`holds ${kind}, not the core of an atlas`);
	return { ...meta, ...nest(columns) } as unknown as CoreColumns;
}

export function unpackPassages(file: Uint8Array): PassageColumns {
	const { kind, columns } = unpack(file);
	if (kind !== 'passages') throw new Error(`holds ${kind}, not the passages of an atlas`);
	return nest(columns) as unknown as PassageColumns;
}

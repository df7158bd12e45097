/** Collected data problems, each naming the file, the record, the field and the reason. */

export interface Problem {
	file: string;
	/** e.g. `event "osce-workshop-uzbekistan-2008"` or `events[3]` */
	record: string;
	/** e.g. `citations[0].quote` */
	field: string;
	message: string;
}

export function formatProblem(p: Problem): string {
	const where = [p.record, p.field].filter(Boolean).join(', ');
	return `${p.file}: ${where}: ${p.message}`;
}

export class Problems {
	readonly list: Problem[] = [];

	add(file: string, record: string, field: string, message: string): void {
		this.list.push({ file, record, field, message });
	}

	get ok(): boolean {
		return this.list.length === 0;
	}

	/** A reporter bound to one record, so that checks only name the field. */
	at(file: string, record: string): (field: string, message: string) => void {
		return (field, message) => this.add(file, record, field, message);
	}
}

export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function describe(value: unknown): string {
	if (value === undefined) return 'missing';
	if (value === null) return 'null';
	if (typeof value === 'string') return JSON.stringify(value);
	if (Array.isArray(value)) return 'a list';
	if (typeof value === 'object') return 'an object';
	return `${typeof value} ${String(value)}`;
}

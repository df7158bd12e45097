/** Small statistics and a text table for the benchmark's report. */

/** The p-th percentile (0–100) by nearest rank; NaN for no values. */
export function percentile(values: readonly number[], p: number): number {
	if (!values.length) return NaN;
	const sorted = [...values].sort((a, b) => a - b);
	const rank = Math.ceil((p / 100) * sorted.length);
	return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

export const median = (values: readonly number[]): number => percentile(values, 50);

/** Rounded for a report: 1 decimal under 100, whole numbers above. */
export function round(x: number): number {
	if (!Number.isFinite(x)) return x;
	return Math.abs(x) < 100 ? Math.round(x * 10) / 10 : Math.round(x);
}

/** A plain-text table with a header row, columns padded to their widest cell. */
export function table(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
	const cells = [header, ...rows].map((r) =>
		r.map((c) => (c === null || c === undefined ? '–' : String(c)))
	);
	const widths = header.map((_, i) => Math.max(...cells.map((r) => r[i]!.length)));
	const line = (r: string[]) =>
		r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
	return [
		line(cells[0]!),
		widths.map((w) => '-'.repeat(w)).join('  '),
		...cells.slice(1).map(line)
	].join('\n');
}

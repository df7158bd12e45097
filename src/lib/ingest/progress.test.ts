import { describe, expect, it } from 'vitest';
import { createProgress } from './progress.ts';

function stream(isTTY: boolean) {
	const chunks: string[] = [];
	return { isTTY, columns: 60, write: (s: string) => chunks.push(s), chunks };
}

describe('createProgress', () => {
	it('draws nothing off a terminal: only the logged lines', () => {
		const s = stream(false);
		const progress = createProgress(s, 3);
		progress.tick();
		progress.log('ingest: a.txt: is empty (0 bytes)');
		progress.tick();
		progress.tick();
		progress.done();
		expect(s.chunks).toEqual(['ingest: a.txt: is empty (0 bytes)\n']);
	});

	it('on a terminal, redraws at most every 100 ms and always at the end, lines above the bar', () => {
		const s = stream(true);
		let clock = 0;
		const progress = createProgress(s, 4, () => clock);
		progress.tick(); // drawn: the first draw
		clock = 50;
		progress.tick(); // too soon
		progress.log('failed line');
		clock = 200;
		progress.tick();
		progress.tick(); // the last
		progress.done();
		const bars = s.chunks.filter((c) => c.includes('files'));
		expect(bars.map((b) => /\] (\d+)\/4 files/.exec(b)?.[1])).toEqual(['1', '2', '3', '4']);
		expect(bars.at(-1)).toBe(`\r\x1b[K[${'#'.repeat(20)}] 4/4 files  20/s`);
		expect(s.chunks).toContain('failed line\n');
		expect(s.chunks.indexOf('failed line\n')).toBe(s.chunks.indexOf('\r\x1b[K') + 1);
		expect(s.chunks.at(-1)).toBe('\r\x1b[K');
	});
});

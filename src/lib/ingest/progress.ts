/**
 * A one-line progress bar on a terminal ("[#######·····] 4,213/10,000 files  812/s"), redrawn at
 * most ten times a second. Lines logged meanwhile (a file that failed) print above it. When the
 * stream is not a terminal (a pipe, a log file, CI) there is no bar, only the logged lines.
 */

export interface TextStream {
	write(text: string): unknown;
	isTTY?: boolean;
	columns?: number;
}

export interface Progress {
	/** One more file done. */
	tick(): void;
	/** Prints a line (with its own newline) above the bar. */
	log(line: string): void;
	/** Removes the bar. */
	done(): void;
}

const REDRAW_MS = 100;

export function createProgress(
	stream: TextStream,
	total: number,
	now = () => performance.now()
): Progress {
	if (!stream.isTTY) {
		return { tick() {}, log: (line) => void stream.write(`${line}\n`), done() {} };
	}
	const started = now();
	let count = 0;
	let drawnAt = -Infinity;
	let drawn = false;
	const clear = () => {
		if (drawn) stream.write('\r\x1b[K');
		drawn = false;
	};
	const draw = () => {
		const width = Math.max(10, Math.min(40, (stream.columns ?? 80) - 40));
		const filled = total ? Math.round((count / total) * width) : width;
		const seconds = (now() - started) / 1000;
		const rate = seconds > 0 ? Math.round(count / seconds) : 0;
		const bar = '#'.repeat(filled) + '·'.repeat(width - filled);
		stream.write(
			`\r\x1b[K[${bar}] ${count.toLocaleString('en')}/${total.toLocaleString('en')} files  ${rate}/s`
		);
		drawn = true;
		drawnAt = now();
	};
	return {
		tick() {
			count++;
			if (count === total || now() - drawnAt >= REDRAW_MS) draw();
		},
		log(line) {
			clear();
			stream.write(`${line}\n`);
			draw();
		},
		done: clear
	};
}

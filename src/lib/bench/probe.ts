/**
 * The benchmark's probe, installed in the page before any of its scripts (Playwright's
 * addInitScript serialises `installProbe`, so it must not refer to anything outside itself).
 *
 * What it measures, in the page's own clock (performance.now(), 0 = navigation start):
 *  - first draw: when <main> stops being busy with the dataset loaded (no "Loading" status),
 *    then, if the map is there, when it is next idle after a repaint (the map has drawn it);
 *  - per input step of a brush drag: from the input event's time stamp (event.timeStamp, when
 *    the browser received it) to the end of the last script it caused before the next frame is
 *    painted: the event's listeners, the microtasks they queue (Svelte's update), and the
 *    animation-frame callbacks of that frame (the map's and the timeline's redraws), each with
 *    the microtasks it queues. Style, layout and paint after them are not counted (they are
 *    the browser's rendering, timed apart as the frame's end);
 *  - long tasks (over 50 ms) and long animation frames, by PerformanceObserver;
 *  - when the source panel's text changes (for the time from a click to the panel showing it).
 */

export interface ProbeStep {
	/** event.timeStamp of the input event. */
	input: number;
	/** When its first listener (the probe's, in the capture phase) ran. */
	dispatch: number;
	/** End of the last script of the frame that handled it. */
	scriptEnd: number;
	/** When the frame had been rendered (a task queued after it ran). */
	frameEnd: number;
}

export interface ProbeState {
	recording: boolean;
	steps: ProbeStep[];
	longTasks: { start: number; duration: number }[];
	longFrames: { start: number; duration: number; blocking: number }[];
	drawnAt: number | null;
	busyDoneAt: number | null;
	sourceChanges: { at: number; text: string }[];
}

export function installProbe(): void {
	const state: ProbeState = {
		recording: false,
		steps: [],
		longTasks: [],
		longFrames: [],
		drawnAt: null,
		busyDoneAt: null,
		sourceChanges: []
	};
	(window as unknown as { __bench: ProbeState }).__bench = state;

	try {
		new PerformanceObserver((list) => {
			for (const e of list.getEntries())
				state.longTasks.push({ start: e.startTime, duration: e.duration });
		}).observe({ type: 'longtask', buffered: true });
		new PerformanceObserver((list) => {
			for (const e of list.getEntries() as (PerformanceEntry & { blockingDuration?: number })[])
				state.longFrames.push({
					start: e.startTime,
					duration: e.duration,
					blocking: e.blockingDuration ?? 0
				});
		}).observe({ type: 'long-animation-frame', buffered: true });
	} catch {
		// An engine without these entry types: the figures stay empty.
	}

	// Every animation-frame callback reports when it (and the microtasks it queued) ended.
	const raf = window.requestAnimationFrame.bind(window);
	let lastScriptEnd = 0;
	const noteEnd = () => {
		lastScriptEnd = Math.max(lastScriptEnd, performance.now());
	};
	window.requestAnimationFrame = (callback: FrameRequestCallback) =>
		raf((time) => {
			try {
				callback(time);
			} finally {
				noteEnd();
				queueMicrotask(noteEnd);
			}
		});

	// Input steps: the probe's capture listener on window runs before any other listener.
	const channel = new MessageChannel();
	const afterFrame: (() => void)[] = [];
	channel.port1.onmessage = () => afterFrame.shift()?.();
	let pending: ProbeStep[] = [];
	const onMove = (event: Event) => {
		if (!state.recording) return;
		const step: ProbeStep = {
			input: event.timeStamp,
			dispatch: performance.now(),
			scriptEnd: 0,
			frameEnd: 0
		};
		pending.push(step);
		if (pending.length > 1) return;
		// A sentinel frame callback, requested before the page's own in this frame, so that
		// the frame's end can be read once every callback of it has run.
		raf(() => {
			lastScriptEnd = performance.now();
			const steps = pending;
			pending = [];
			afterFrame.push(() => {
				const now = performance.now();
				for (const s of steps) {
					s.scriptEnd = lastScriptEnd;
					s.frameEnd = now;
					state.steps.push(s);
				}
			});
			// Runs after this frame's callbacks, style, layout and paint.
			setTimeout(() => channel.port2.postMessage(null), 0);
		});
	};
	window.addEventListener('mousemove', onMove, true);
	window.addEventListener('pointermove', (e) => e.pointerType === 'touch' && onMove(e), true);

	// First draw and the source panel.
	const watch = () => {
		const main = document.querySelector('main');
		if (!main) return false;
		const check = () => {
			const status = document.querySelector('[role=status]')?.textContent ?? '';
			if (state.busyDoneAt !== null || main.getAttribute('aria-busy') !== 'false') return;
			if (status.includes('Loading')) return;
			state.busyDoneAt = performance.now();
			const map = (
				window as unknown as {
					__atlasMap?: {
						map: {
							triggerRepaint(): void;
							once(event: string, fn: () => void): void;
						} | null;
					};
				}
			).__atlasMap?.map;
			if (!map) {
				raf(() => setTimeout(() => (state.drawnAt = performance.now()), 0));
				return;
			}
			map.once('idle', () => (state.drawnAt = performance.now()));
			map.triggerRepaint();
		};
		new MutationObserver(check).observe(main, {
			attributes: true,
			subtree: true,
			characterData: true,
			childList: true
		});
		check();
		const source = document.querySelector('section[aria-label="Source"]');
		if (source)
			new MutationObserver(() =>
				state.sourceChanges.push({ at: performance.now(), text: source.textContent ?? '' })
			).observe(source, { subtree: true, childList: true, characterData: true });
		return true;
	};
	if (!watch()) document.addEventListener('DOMContentLoaded', watch, { once: true });
}

/**
 * Feature-state writes, remembered, so that a part writes only what changed: one brush step
 * touches the few marks and countries whose tally moved, not every feature on the map.
 */

export type StateValue = number | boolean;

export interface StateTarget {
	setFeatureState(feature: { source: string; id: number }, state: Record<string, StateValue>): void;
	removeFeatureState(feature: { source: string }): void;
}

export class FeatureStates {
	#last = new Map<number, Map<string, StateValue>>();
	/** Writes made since the counter was last read (for the step timings). */
	writes = 0;

	constructor(readonly source: string) {}

	/** Sets `key` of feature `id` to `value`, unless it already has it; true if written. */
	set(target: StateTarget, id: number, key: string, value: StateValue): boolean {
		let values = this.#last.get(id);
		if (!values) this.#last.set(id, (values = new Map()));
		if (values.get(key) === value) return false;
		values.set(key, value);
		target.setFeatureState({ source: this.source, id }, { [key]: value });
		this.writes++;
		return true;
	}

	get(id: number, key: string): StateValue | undefined {
		return this.#last.get(id)?.get(key);
	}

	/** Ids whose `key` is set to something other than `empty`. */
	idsWith(key: string, empty: StateValue): number[] {
		const out: number[] = [];
		for (const [id, values] of this.#last) {
			const v = values.get(key);
			if (v !== undefined && v !== empty) out.push(id);
		}
		return out;
	}

	/** Forgets every state (the source's data was replaced). */
	reset(target: StateTarget | null): void {
		this.#last.clear();
		target?.removeFeatureState({ source: this.source });
	}
}

/**
 * Sets `key` to `next.get(id)` for every id in `next` and to `empty` for every id that had a
 * value and is no longer in `next`. Returns the number of writes.
 */
export function syncKey(
	states: FeatureStates,
	target: StateTarget,
	key: string,
	next: ReadonlyMap<number, StateValue>,
	empty: StateValue
): number {
	let writes = 0;
	for (const id of states.idsWith(key, empty)) {
		if (!next.has(id) && states.set(target, id, key, empty)) writes++;
	}
	for (const [id, value] of next) if (states.set(target, id, key, value)) writes++;
	return writes;
}

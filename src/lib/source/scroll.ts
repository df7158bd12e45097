/**
 * Scrolls the nearest scrolling ancestor (the panel's column on a wide screen) without
 * scrolling the page around it; where no ancestor scrolls (the stacked phone layout), the page
 * scrolls. `start` puts the element at the top; `centre` puts it in the middle unless it is
 * already wholly in sight.
 */
export function scrollIntoPanel(el: HTMLElement, block: 'centre' | 'start'): void {
	const rect = el.getBoundingClientRect();
	for (let box = el.parentElement; box; box = box.parentElement) {
		if (box === document.body || box === document.documentElement) break;
		const overflow = getComputedStyle(box).overflowY;
		if ((overflow === 'auto' || overflow === 'scroll') && box.scrollHeight > box.clientHeight) {
			const frame = box.getBoundingClientRect();
			const top = rect.top - frame.top;
			if (block === 'start') box.scrollTop += top;
			else if (top < 0 || rect.bottom > frame.top + box.clientHeight)
				box.scrollTop += top - (box.clientHeight - rect.height) / 2;
			return;
		}
	}
	if (block === 'start') el.scrollIntoView({ block: 'start' });
	else if (rect.top < 0 || rect.bottom > window.innerHeight) el.scrollIntoView({ block: 'center' });
}

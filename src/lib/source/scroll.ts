/**
 * Scrolls the nearest scrolling ancestor (the panel's column on a wide screen) so that an
 * element sits in its middle (or at its top), without scrolling the page around it; where no
 * ancestor scrolls (the stacked phone layout), the page scrolls to it.
 */
export function scrollIntoPanel(el: HTMLElement, block: 'center' | 'start' = 'center'): void {
	for (let box = el.parentElement; box; box = box.parentElement) {
		if (box === document.body || box === document.documentElement) break;
		const overflow = getComputedStyle(box).overflowY;
		if ((overflow === 'auto' || overflow === 'scroll') && box.scrollHeight > box.clientHeight) {
			const rect = el.getBoundingClientRect();
			const offset = rect.top - box.getBoundingClientRect().top;
			box.scrollTop += block === 'start' ? offset : offset - (box.clientHeight - rect.height) / 2;
			return;
		}
	}
	el.scrollIntoView({ block });
}

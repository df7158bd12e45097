/**
 * A plain-text citation of a passage, for a report or a footnote:
 *
 *   “Participants included … UNODC.” Human trafficking, migrant smuggling in Central Asia
 *   threaten security and human rights, says OSCE official. OSCE, 16 May 2008.
 *   Retrieved from https://example.org/atlas/?event=osce-workshop-uzbekistan-2008
 *
 * One line (wrapped here for reading). The passage is quoted verbatim except that each run of
 * white space (a line break between paragraphs, say) becomes one space.
 */

import { dateInWords } from '$lib/model/edtf';

export interface CitationParts {
	/** The passage, or several passages of the same source (joined with " … "). */
	quotes: readonly string[];
	title: string;
	publisher: string;
	/** EDTF day of publication. */
	published: string;
	/** The link to the view. */
	url: string;
}

function clean(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}

/** Ends a sentence with a full stop unless it already ends with one (or ? or !). */
function sentence(text: string): string {
	const t = clean(text);
	return /[.?!…]["'”’)]*$/.test(t) ? t : `${t}.`;
}

export function formatCitation(parts: CitationParts): string {
	const passage = parts.quotes.map(clean).filter(Boolean).join(' … ');
	const pieces = [
		passage ? `“${passage}”` : '',
		parts.title ? sentence(parts.title) : '',
		sentence([clean(parts.publisher), dateInWords(parts.published)].filter(Boolean).join(', ')),
		parts.url ? `Retrieved from ${parts.url}` : ''
	];
	return pieces.filter(Boolean).join(' ');
}

/** The link to a view: this page with the view's query string. */
export function viewUrl(origin: string, pathname: string, search: string): string {
	const query = search.replace(/^\?/, '');
	return `${origin}${pathname}${query ? `?${query}` : ''}`;
}

import { describe, expect, it } from 'vitest';
import { formatCitation, viewUrl } from './citation';

describe('formatCitation', () => {
	const base = {
		title:
			'Human trafficking, migrant smuggling in Central Asia threaten security and human rights, says OSCE official',
		publisher: 'OSCE',
		published: '2008-05-16',
		url: 'https://example.org/atlas/?event=osce-workshop-uzbekistan-2008'
	};

	it('quotes the passage, then title, publisher, date in words and the link', () => {
		expect(
			formatCitation({
				...base,
				quotes: ['The workshop was mainly financed by the Government of Norway.']
			})
		).toBe(
			'“The workshop was mainly financed by the Government of Norway.” ' +
				'Human trafficking, migrant smuggling in Central Asia threaten security and human rights, says OSCE official. ' +
				'OSCE, 16 May 2008. ' +
				'Retrieved from https://example.org/atlas/?event=osce-workshop-uzbekistan-2008'
		);
	});

	it('does not double a title’s own closing punctuation', () => {
		const text = formatCitation({ ...base, title: 'Who pays?', quotes: ['x'] });
		expect(text).toContain('“x” Who pays? OSCE, 16 May 2008.');
	});

	it('joins several passages with an ellipsis and turns line breaks into spaces', () => {
		const text = formatCitation({ ...base, quotes: ['First part.', 'Second\npart.'] });
		expect(text.startsWith('“First part. … Second part.” ')).toBe(true);
		expect(text).not.toContain('\n');
	});

	it('keeps quotation marks and markup inside the passage as they are', () => {
		const text = formatCitation({ ...base, quotes: ['"It is <b>important</b>," said X'] });
		expect(text.startsWith('“"It is <b>important</b>," said X” ')).toBe(true);
	});

	it('leaves out what is missing', () => {
		expect(
			formatCitation({ quotes: [], title: '', publisher: '', published: '2007', url: '' })
		).toBe('2007 (year only).');
	});
});

describe('viewUrl', () => {
	it('joins origin, path and query, with no "?" for the default view', () => {
		expect(viewUrl('http://h', '/atlas/', 'event=a')).toBe('http://h/atlas/?event=a');
		expect(viewUrl('http://h', '/', '?place=KAZ')).toBe('http://h/?place=KAZ');
		expect(viewUrl('http://h', '/', '')).toBe('http://h/');
	});
});

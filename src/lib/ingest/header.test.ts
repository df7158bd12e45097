import { describe, expect, it } from 'vitest';
import { parseHeader } from './header.ts';
import { fixture } from './test-helpers.ts';

/** The header as words: what a reader of the file would say it states. */
function read(text: string) {
	const result = parseHeader(text);
	if (!result.ok) return { error: result.reason };
	const { header: h } = result;
	const words = (r: [number, number] | null) => r && text.slice(r[0], r[1]);
	const body = text.slice(h.body[0], h.body[1]);
	return {
		style: h.style,
		title: words(h.title),
		dateline: words(h.dateline),
		published: h.published && [h.published.year, h.published.month, h.published.day].join('-'),
		bodyStarts: body.slice(0, 30),
		bodyEnds: body.slice(-30)
	};
}

describe('parseHeader', () => {
	it.each([
		[
			'dateline-style.txt',
			{
				style: 'dateline',
				title: 'OSCE Centre in Bishkek trains police officers to identify victims of trafficking',
				dateline: 'Kyrgyzstan',
				published: '2008-3-12',
				bodyStarts: 'The OSCE Centre in Bishkek hel',
				bodyEnds: 'ow-up seminar in Bishkek in May.'.slice(-30)
			}
		],
		[
			'published-style.txt',
			{
				style: 'published',
				title: 'Central Asian experts meet in Almaty to discuss labour migration',
				dateline: null,
				published: '2007-10-3',
				bodyStarts: 'Government officials and exper',
				bodyEnds: 'to meet again in Dushanbe in 2008.'.slice(-30)
			}
		],
		[
			'crlf-published-style.txt',
			{
				style: 'published',
				title: 'Human trafficking in the Caspian region',
				dateline: null,
				published: '2008-9-24',
				bodyStarts: 'A seminar for Turkmen and Azer',
				bodyEnds: 'ported by the OSCE Centre in Ashgabat.'.slice(-30)
			}
		],
		[
			'inline-dateline.txt',
			{
				style: 'inline',
				title: null,
				dateline: 'ASTANA',
				published: '2008-5-16',
				bodyStarts: 'ASTANA, 16 May 2008 - The OSCE',
				bodyEnds: "ding to Natalia Zhukova, the Centre's project officer.".slice(-30)
			}
		],
		[
			'no-header.txt',
			{
				style: 'none',
				title: null,
				dateline: null,
				published: null,
				bodyStarts: 'Tajik and Afghan border offici',
				bodyEnds: 'ODC Regional Office for Central Asia.'.slice(-30)
			}
		]
	])('%s', (name, expected) => {
		expect(read(fixture(name))).toEqual(expected);
	});

	it.each([
		['dateline-style.txt', '12/03/2008'],
		['published-style.txt', 'Published: 3 October 2007'],
		['inline-dateline.txt', '16 May 2008'],
		['no-header.txt', null]
	])('%s states its day in the words %j', (name, words) => {
		const text = fixture(name);
		const result = parseHeader(text);
		const range = result.ok ? result.header.publishedText : undefined;
		expect(range && text.slice(range[0], range[1])).toBe(words);
	});

	it.each([
		[
			'Title\n\nPublished: 7 April 2008\n\nDushanbe - The IOM launched a campaign.',
			'published',
			'Dushanbe'
		],
		[
			'Title\n\nPublished: 13 February 2008\n\nVIENNA, 13 February 2008 (UN.GIFT) - More.',
			'published',
			'VIENNA'
		],
		[
			'Kyrgyzstan\n14/11/2007\nTitle\nBISHKEK, 14 November 2007 - Officials met.',
			'dateline',
			'Kyrgyzstan'
		],
		['Osh - Officials met on Monday.', 'none', 'Osh'],
		['Contribution by Vadim Kadyrbaev, Federation Representative, to the meeting.', 'none', null],
		['Anti-trafficking work - an overview.', 'none', null]
	])(
		'a body that opens with a dateline gives it to a header without one: %j',
		(text, style, dateline) => {
			expect(read(text)).toMatchObject({ style, dateline });
		}
	);

	it('leaves trailing website chrome out of the body, and keeps a body of one short line', () => {
		const text =
			'Title\n\nPublished: 1 May 2008\n\nThe meeting was held.\n\nShare this\nSubscribe to our channel\n© 2008 OSCE\n';
		expect(read(text)).toMatchObject({ bodyEnds: 'The meeting was held.' });
		expect(read('Talks in Almaty on 12 March')).toMatchObject({
			bodyStarts: 'Talks in Almaty on 12 March'
		});
	});

	it.each([
		[
			'Uzbekistan\n31/02/2008\nTitle\nBody.',
			'header: the date line does not parse: "31/02/2008" (read as day/month/year) has day 31; February 2008 has 29 days'
		],
		['Uzbekistan\n16/13/2008\nTitle\nBody.', 'has month 13'],
		['Uzbekistan\n16/05/2008\n', 'no title follows the date line "16/05/2008"'],
		['Uzbekistan\n16/05/2008\nTitle only\n', 'nothing follows the title'],
		[
			'Title\n\nPublished: sometime\n\nBody.',
			'header: the line "Published: sometime" does not parse'
		],
		[
			'Title\n\nPublished: 24 September 2008\n',
			'nothing follows the line "Published: 24 September 2008"'
		],
		[' \n\t\n', 'is empty']
	])('a header that announces itself but cannot be read is an error: %j', (text, reason) => {
		expect(read(text)).toEqual({ error: expect.stringContaining(reason) });
	});

	it('reads a date-like line only at the head, and a "Published:" line only among the first lines', () => {
		const late = 'One\nTwo\nThree\nFour\nFive\nSix\nPublished: sometime\n';
		expect(read(late)).toMatchObject({ style: 'none' });
		expect(read('A report\nwith 16/05/2008 in its second line\nand more.')).toMatchObject({
			style: 'none'
		});
	});
});

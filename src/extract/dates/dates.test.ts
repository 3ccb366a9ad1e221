import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { sharedDataDir } from '../../util/paths.js';
import { findDates, inferPublicationDate } from './index.js';

const seedPath = resolve(sharedDataDir, 'edm/000_0cf69e1f5984bc52.txt');

function byText(text: string, reference: string | null): Map<string, { date: string | null; precision: string; range: [string, string] | null }> {
  const out = new Map<string, { date: string | null; precision: string; range: [string, string] | null }>();
  for (const d of findDates(text, reference)) {
    assert.equal(text.slice(d.start, d.end), d.text);
    out.set(d.text, d);
  }
  return out;
}

test('day-month dates resolve against the publication date and never into its future', () => {
  const d = byText('During his December 22 visit, and on January 3, and 22 December. Then December 22, 2004.', '2005-01-04');
  assert.equal(d.get('December 22')?.date, '2004-12-22');
  assert.equal(d.get('January 3')?.date, '2005-01-03');
  assert.equal(d.get('22 December')?.date, '2004-12-22');
  assert.equal(d.get('December 22, 2004')?.date, '2004-12-22');
  assert.equal(d.get('December 22, 2004')?.precision, 'day');
});

test('without a publication date, only dates with a written year resolve', () => {
  const d = byText('On December 22 and yesterday, in 2003 and on December 1, 2004.', null);
  assert.equal(d.get('December 22')?.date, null);
  assert.equal(d.get('yesterday')?.date, null);
  assert.equal(d.get('2003')?.date, '2003-01-01');
  assert.equal(d.get('December 1, 2004')?.date, '2004-12-01');
});

test('decades, years, months and relative dates', () => {
  const d = byText('In the early 1990s and the 1990s, in 2003, the 1994 accord, in March, last week, yesterday, on Tuesday, December 2004, December 10-12.', '2005-01-04');
  assert.deepEqual(d.get('early 1990s')?.range, ['1990-01-01', '1993-12-31']);
  assert.equal(d.get('early 1990s')?.precision, 'decade');
  assert.deepEqual(d.get('1990s')?.range, ['1990-01-01', '1999-12-31']);
  assert.deepEqual(d.get('2003')?.range, ['2003-01-01', '2003-12-31']);
  assert.equal(d.get('1994')?.precision, 'year');
  assert.equal(d.get('March')?.date, '2004-03-01');
  assert.equal(d.get('March')?.precision, 'month');
  assert.deepEqual(d.get('last week')?.range, ['2004-12-27', '2005-01-02']);
  assert.equal(d.get('yesterday')?.date, '2005-01-03');
  assert.equal(d.get('Tuesday')?.date, '2005-01-04');
  assert.deepEqual(d.get('December 2004')?.range, ['2004-12-01', '2004-12-31']);
  assert.deepEqual(d.get('December 10-12')?.range, ['2004-12-10', '2004-12-12']);
});

test('"two days later" and "the next day" count from the last date written before them, not a citation\'s', () => {
  const d = byText('Tashkent recalled its ambassador on October 10 (Asia-Plus, October 20). Two days later, guards closed three crossings. The next day talks failed. Three weeks later the border reopened.', '2012-11-02');
  assert.equal(d.get('Two days later')?.date, '2012-10-12');
  assert.equal(d.get('The next day')?.date, '2012-10-13');
  // November 3 would be past the publication date: not resolved.
  assert.equal(d.get('Three weeks later')?.date, null);
  const earlier = byText('They met on October 3. A week earlier, the talks had stalled.', '2012-11-02');
  assert.equal(earlier.get('A week earlier')?.date, '2012-09-26');
});

test('a date mention ends at its last character, not at the space after it', () => {
  const texts = findDates('Tashkent acted on October 10 (Trend, October 20).', '2012-11-02').map((d) => d.text);
  assert.deepEqual(texts, ['October 10', 'October 20']);
});

test('no year inside a number, an amount or a count', () => {
  const texts = findDates('Some 28,668 people, $3.27 billion, 2000 troops, about 1500 km, Volume 2004, 12004 units, 2003.5 tonnes.', '2005-01-04').map((d) => d.text);
  assert.deepEqual(texts, []);
});

test('the seed article: every date, with December cited dates in 2004', () => {
  const body = readFileSync(seedPath, 'utf8');
  const dates = findDates(body, '2005-01-04');
  for (const d of dates) assert.equal(body.slice(d.start, d.end), d.text);
  const december = dates.filter((d) => d.text.startsWith('December'));
  assert.equal(december.length, 6);
  for (const d of december) assert.match(d.date!, /^2004-12-/);
  assert.deepEqual(
    dates.filter((d) => d.precision === 'year').map((d) => d.text),
    ['2003', '1994', '2003', '2004'],
  );
  assert.ok(dates.some((d) => d.text === 'early 1990s' && d.range?.[1] === '1993-12-31'));
});

test('publication date inferred from the text and the publication facts only', () => {
  const body = readFileSync(seedPath, 'utf8');
  assert.equal(inferPublicationDate(body, { publication: 'Eurasia Daily Monitor', volume: 2, issue: 2 }), '2005-01-04');
  const fromText = inferPublicationDate(body, { publication: null, volume: null, issue: null });
  assert.ok(fromText! >= '2004-12-24' && fromText! <= '2005-01-15', String(fromText));
  assert.equal(inferPublicationDate('Talks (Interfax, December 30) ran into January 2 (Kommersant, January 2), as in 2004.', { publication: null, volume: null, issue: null }), '2004-01-02');
  assert.equal(inferPublicationDate('Nothing dated here.', { publication: null, volume: null, issue: null }), null);
  assert.equal(inferPublicationDate('Output grew in 2003 and will double by 2010.', { publication: null, volume: null, issue: null }), '2003-12-31');
  const forecasts = 'Costs would hurt its performance in 2005. Market share grew in 2004. It believes it can achieve this in 2007, ahead of the 2008 Olympics.';
  assert.equal(inferPublicationDate(forecasts, { publication: null, volume: null, issue: null }), '2004-12-31');
  const bids = 'Bribes were paid in 2013 for media rights to the 2026 and 2030 World Cup tournaments (AP, August 29).';
  assert.equal(inferPublicationDate(bids, { publication: null, volume: null, issue: null }), '2013-08-29');
  // The month May is not the modal "may": both years stay evidence.
  const career = 'Elected in 2001 his previous job was school standards minister - a role he won in May 2002. His father died in 1994.';
  assert.equal(inferPublicationDate(career, { publication: null, volume: null, issue: null }), '2002-05-01');
  assert.equal(inferPublicationDate('Prices may fall in 2006. They fell in 2004.', { publication: null, volume: null, issue: null }), '2004-12-31');
});

test('an issue number\'s date runs early: cited dates weeks later move it on, forecasts and far dates do not', () => {
  const edm = { publication: 'Eurasia Daily Monitor', volume: 5, issue: 44 };
  // The 44th business day of 2008 is February 29; the article cites March 8 and looks ahead to April 9.
  const body = 'Sargsyan, who is due to be inaugurated on April 9, spoke (Mediamax, March 7). Ter-Petrosyan refused (RFE/RL, March 8). Talks resume in December 2008.';
  assert.equal(inferPublicationDate(body, edm), '2008-03-08');
  assert.equal(inferPublicationDate('Nothing dated here.', edm), '2008-02-29');
  // Late in a volume the estimate runs months early; the article's cited dates then tell (Volume 13, Issue 195: 2016-09-29).
  const late = 'Mirziyoyev won the December 4 election with 88.6 percent (OSCE/ODIHR, December 5).';
  assert.equal(inferPublicationDate(late, { publication: 'Eurasia Daily Monitor', volume: 13, issue: 195 }), '2016-12-05');
  // A deadline is no evidence either.
  const deadline = 'Parliament gave the government until March 1 to renegotiate (24.kg, January 17; AKIpress, January 18).';
  assert.equal(inferPublicationDate(deadline, { publication: 'Eurasia Daily Monitor', volume: 10, issue: 12 }), '2013-01-18');
});

test('next to an issue date each cited date takes its nearest year: one old citation is not the latest, a year-dated one counts', () => {
  // Volume 22, Issue 155: the 155th business day of 2025 is August 5.
  const edm = { publication: 'Eurasia Daily Monitor', volume: 22, issue: 155 };
  const old = 'Sharaa visited Moscow (Kremlin.ru, October 15; Kommersant, October 16). Damascus had asked for wheat (Al-Arabiya, February 3).';
  assert.equal(inferPublicationDate(old, edm), '2025-10-16');
  assert.equal(inferPublicationDate('Drills began (Barents Observer, October 16, 2025).', edm), '2025-10-16');
  // A January issue: a cited "December 28" is last year's.
  assert.equal(inferPublicationDate('Talks stalled (Interfax, December 28; TASS, January 3).', { publication: 'Eurasia Daily Monitor', volume: 2, issue: 2 }), '2005-01-04');
  // The article is written after its sources: a reported day just after the latest citation counts ...
  assert.equal(inferPublicationDate('Kihara told a press conference on November 6 that talks go on (Kyodo, November 5).', edm), '2025-11-06');
  // ... but not weeks later, nor a fronted date in a clause that looks ahead.
  assert.equal(inferPublicationDate('Modi met Putin on December 20 (Kyodo, November 5).', edm), '2025-11-05');
  assert.equal(inferPublicationDate('During the summit in New Delhi on November 12, Putin and Modi are expected to sign it (TASS, November 4).', edm), '2025-11-04');
  // A date set ahead: "starting …", "due on …".
  assert.equal(inferPublicationDate('The cap falls starting November 12; the next move, due on November 14, matters (TASS, November 4).', edm), '2025-11-04');
});

test('months with a relative year, and "Today" inside an outlet name', () => {
  const d = byText('In May this year and in October last year, USA Today and Kazakhstan Today wrote.', '2015-06-01');
  assert.deepEqual(d.get('May this year')?.range, ['2015-05-01', '2015-05-31']);
  assert.equal(d.get('October last year')?.date, '2014-10-01');
  assert.equal(d.has('Today'), false);
});

test('a list of days or a number after a date is no two-digit year', () => {
  const d = byText('(Interfax, January 10, 11, 13) and on May 5, 98 people died; on December 30, 2011 it froze.', '2012-01-18');
  assert.equal(d.get('January 10')?.date, '2012-01-10');
  assert.equal(d.get('May 5')?.date, '2011-05-05');
  assert.equal(d.get('December 30, 2011')?.date, '2011-12-30');
});

test('months at a sentence start, in pairs and ranges; a month, a comma and a number is no day', () => {
  const found = findDates('In March, talks resumed. Between January and April, 12 soldiers died. In May and June 2011 exports fell. Since February the border is closed.', '2012-05-10');
  assert.deepEqual(found.map((d) => [d.text, d.date]), [
    ['March', '2012-03-01'],
    ['January', '2012-01-01'],
    ['April', '2012-04-01'],
    ['May', '2011-05-01'],
    ['June 2011', '2011-06-01'],
    ['February', '2012-02-01'],
  ]);
});

test('"until at least 2017" is a year; "at least 2017" alone is a figure', () => {
  const found = findDates('The units will exist on paper until at least 2017. The plant employs at least 2017 people.', '2015-07-24');
  assert.deepEqual(found.map((d) => [d.text, d.date]), [['2017', '2017-01-01']]);
});

test('a month with a capitalized cue opening a sentence ("Last December, …", "Early May")', () => {
  const got = byText('Last December, negotiators agreed. Last May he resigned. Early May was quiet.', '2025-01-21');
  assert.deepEqual(got.get('Last December')?.range, ['2024-12-01', '2024-12-31']);
  assert.deepEqual(got.get('Last May')?.range, ['2024-05-01', '2024-05-31']);
  assert.deepEqual(got.get('Early May')?.range, ['2024-05-01', '2024-05-10']);
});

test('seasons: "the spring of 2022", "summer 2023", "this summer", "last winter", "next spring"; "the fall of Kabul" is none', () => {
  const got = byText('Offensives began in the spring of 2022 and summer 2023; this summer was quiet, last winter was hard, and next spring is far. After the fall of Kabul, little changed.', '2024-10-30');
  assert.deepEqual(got.get('the spring of 2022')?.range, ['2022-03-01', '2022-05-31']);
  assert.deepEqual(got.get('summer 2023')?.range, ['2023-06-01', '2023-08-31']);
  assert.deepEqual(got.get('this summer')?.range, ['2024-06-01', '2024-08-31']);
  assert.deepEqual(got.get('last winter')?.range, ['2023-12-01', '2024-02-29']);
  assert.deepEqual(got.get('next spring')?.range, ['2025-03-01', '2025-05-31']);
  assert.equal(got.get('this summer')?.precision, 'month');
  assert.ok(![...got.keys()].some((k) => /fall/.test(k)));
});

test('a day range written with an en dash ("May 10–11") is one range, and its second day no figure', () => {
  const got = byText('The ministers met in Almaty on May 10–11 and again on May 20-21.', '2024-05-24');
  assert.deepEqual(got.get('May 10–11')?.range, ['2024-05-10', '2024-05-11']);
  assert.deepEqual(got.get('May 20-21')?.range, ['2024-05-20', '2024-05-21']);
});

test('a fronted date takes the tense of its clause: "On July 1, Hungary will take over" is no evidence of the writing date', () => {
  const body = 'On June 25, Ukraine opened accession talks (Ukrinform, June 25). On July 1, Hungary will take over the rotating presidency.';
  assert.equal(inferPublicationDate(body, { publication: 'Eurasia Daily Monitor', volume: 21, issue: 101 }), '2024-06-25');
});

test('a speaker\'s "today" is the day cited for the words; the writer\'s is the publication date', () => {
  const body = '“Today we are laying the foundation,” Japarov said (Kabar, December 27, 2024). Today the project is stalled.';
  assert.deepEqual(findDates(body, '2025-01-06').filter((d) => d.text === 'Today').map((d) => d.date), ['2024-12-27', '2025-01-06']);
});

test('"the first nine months of 2025", and a part of the year without one ("in the first quarter", "of last year") in the reference\'s year', () => {
  const dates = findDates('GDP grew in the first nine months of 2025. Output fell in the first quarter and rose in the fourth quarter. Exports fell in the second half of last year. At the end of the day, nothing changed.', '2025-10-07');
  assert.deepEqual(dates.map((d) => [d.text, d.range]), [
    ['the first nine months of 2025', ['2025-01-01', '2025-09-30']],
    ['the first quarter', ['2025-01-01', '2025-03-31']],
    ['the fourth quarter', ['2025-10-01', '2025-12-31']],
    ['the second half of last year', ['2024-07-01', '2024-12-31']],
  ]);
});

test('a range before a word that opens with "am" ("from June 10 to July 2 among 1,500 respondents") stays a range', () => {
  const dates = findDates('A survey conducted from June 10 to July 2 among 1,500 respondents found that most agreed. It happened at 2 am on June 12.', '2025-08-07');
  assert.deepEqual(dates.map((d) => [d.text, d.range]), [
    ['June 10 to July 2', ['2025-06-10', '2025-07-02']],
    ['at 2 am on June 12', null],
  ]);
});

test('a month before a noun after "the" ("the June runoff") is that month; "the May government" is no date', () => {
  const dates = findDates('Nawrocki won the June runoff. The July summit produced nothing. The May government fell. The June of that year was hot.', '2025-10-07');
  assert.deepEqual(dates.map((d) => [d.text, d.range]), [
    ['June', ['2025-06-01', '2025-06-30']],
    ['July', ['2025-07-01', '2025-07-31']],
  ]);
});

test('parts of a named year are ranges of months: "the first half of 2025", "the third quarter of 2024", "the end of 2023"', () => {
  const dates = findDates('Trade rose in the first half of 2025; debt stood at $6.4 billion at the end of 2023 and fell in the third quarter of 2024.', '2025-08-01');
  assert.deepEqual(dates.map((d) => [d.text, d.precision, d.range]), [
    ['the first half of 2025', 'month', ['2025-01-01', '2025-06-30']],
    ['the end of 2023', 'month', ['2023-12-01', '2023-12-31']],
    ['the third quarter of 2024', 'month', ['2024-07-01', '2024-09-30']],
  ]);
});

test('year-less months read with their sentence: a month range, the year the sentence names, and never after the reference', () => {
  const at = (text: string) => findDates(text, '2025-02-04').map((d) => [d.text, d.range ?? d.date]);
  assert.deepEqual(at('Growth reached 5.8 percent in January–September 2023.'), [['January–September 2023', ['2023-01-01', '2023-09-30']]]);
  assert.deepEqual(at('Armenians fled in late September 2023, after the offensive on September 19-20.')[1], ['September 19-20', ['2023-09-19', '2023-09-20']]);
  assert.deepEqual(at('The plant was due by July 1, 2023, and Lukashenka announced in June of that year that it was done.')[1], ['June', ['2023-06-01', '2023-06-30']]);
  assert.deepEqual(at('The coal would last until late February at best.'), [['late February', ['2024-02-21', '2024-02-29']]]);
  // Another month in another clause keeps its own year: the named year is not the sentence's whole time.
  assert.deepEqual(at('The fighting broke out in February 2022, the minister said on March 13.')[1], ['March 13', '2024-03-13']);
  assert.deepEqual(at('The deal was signed in December 2024 and ratified on January 15.')[1], ['January 15', '2025-01-15']);
  // A citation dates the report: it keeps the publication's year, as the citation itself does.
  assert.deepEqual(at('It cited restrictions imposed in November 2023 (Kommersant, January 7; Reuters, January 8).').slice(1), [
    ['January 7', '2025-01-07'],
    ['January 8', '2025-01-08'],
  ]);
});

test('"the previous week" and "the previous month" are the last ones before the article; "the previous year" is left to its story', () => {
  const d = byText('The previous week, officials met. Talks resumed the previous month. Exports rose from the previous year.', '2024-11-04');
  assert.deepEqual(d.get('previous week')?.range, ['2024-10-28', '2024-11-03']);
  assert.deepEqual(d.get('previous month')?.range, ['2024-10-01', '2024-10-31']);
  assert.equal(d.has('previous year'), false);
});

test('"as of August" is a month; "over 2026–2028" a span of years ("over 2,000" stays a count)', () => {
  const d = byText('As of August, some 1,800 personnel were deployed. The plan covers sensors over 2026–2028, for over 2000 troops.', '2025-10-01');
  assert.deepEqual(d.get('August')?.range, ['2025-08-01', '2025-08-31']);
  assert.deepEqual(d.get('2026–2028')?.range, ['2026-01-01', '2028-12-31']);
  assert.equal(d.has('2000'), false);
});

test('"December next year" is next year\'s December; "over the next decade" runs from the reference', () => {
  const d = byText('Spending will rise in December next year. The cost over the next decade is high; over the past decade it doubled.', '2025-10-14');
  assert.deepEqual(d.get('December next year')?.range, ['2026-12-01', '2026-12-31']);
  assert.deepEqual(d.get('next decade')?.range, ['2025-10-14', '2035-10-14']);
  assert.deepEqual(d.get('past decade')?.range, ['2015-10-01', '2025-10-14']);
});

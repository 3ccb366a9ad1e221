import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { sharedDataDir } from '../../util/paths.js';
import { citationSourceSpan, findCitations, sameOutlet } from './index.js';

function check(body: string, reference: string | null) {
  const citations = findCitations(body, reference);
  for (const c of citations) {
    assert.equal(body.slice(c.start, c.end), c.raw);
    const span = citationSourceSpan(c);
    // (A date alone in parentheses continues a source named before it: its name is not in the raw text.)
    if (c.source && c.raw.includes(c.source)) assert.equal(body.slice(span!.start, span!.end), c.source);
    else assert.equal(span, null);
  }
  return citations;
}

test('the seed article: five parenthetical citations dated December 2004', () => {
  const body = readFileSync(resolve(sharedDataDir, 'edm/000_0cf69e1f5984bc52.txt'), 'utf8');
  const got = check(body, '2005-01-04').map((c) => [c.source, c.date, c.malformed, c.form]);
  assert.deepEqual(got, [
    ['Turkistan', '2004-12-16', false, 'parenthetical'],
    [null, '2004-12-28', true, 'parenthetical'],
    ['Panorama', '2004-12-24', false, 'parenthetical'],
    ['Interfax-AVN', '2004-12-10', false, 'parenthetical'],
    ['Central Asian Monitor', '2004-12-24', false, 'parenthetical'],
  ]);
});

test('parenthetical forms: several groups, several sources, ranges, years, web sites', () => {
  const body =
    'A (Interfax, December 10; RIA Novosti, December 11). B (Interfax, Kommersant, December 10). ' +
    'C (Kazinform, December 10-11). D (Kazinform, December 10, 2003). E (www.zona.kz, December 5). ' +
    'F (Zerkalo Nedeli, December 25-January 3).';
  const got = check(body, '2005-01-04').map((c) => [c.source, c.date]);
  assert.deepEqual(got, [
    ['Interfax', '2004-12-10'],
    ['RIA Novosti', '2004-12-11'],
    ['Interfax', '2004-12-10'],
    ['Kommersant', '2004-12-10'],
    ['Kazinform', '2004-12-10'],
    ['Kazinform', '2003-12-10'],
    ['www.zona.kz', '2004-12-05'],
    ['Zerkalo Nedeli', '2004-12-25'],
  ]);
});

test('an issue number after a source is not a source of its own', () => {
  const got = check('A (Kommersant-Vlast, No. 2, January 9; see EDM, January 12, 2011).', '2012-01-18').map((c) => [c.source, c.date]);
  assert.deepEqual(got, [
    ['Kommersant-Vlast', '2012-01-09'],
    ['EDM', '2011-01-12'],
  ]);
});

test('an inline attribution takes the date of a parenthesis citing that outlet later in its paragraph', () => {
  const body = 'He told Vedomosti in an interview that jobs come first (Vedomosti, February 24). Interfax reported a fire.\n\nLater (Interfax, March 1).';
  const got = check(body, '2011-03-01').map((c) => [c.source, c.date, c.form]);
  assert.deepEqual(got, [
    ['Vedomosti', '2011-02-24', 'inline'],
    ['Vedomosti', '2011-02-24', 'parenthetical'],
    ['Interfax', null, 'inline'],
    ['Interfax', '2011-03-01', 'parenthetical'],
  ]);
});

test('one outlet with or without its article or a leading word: "The Economist" and "Economist", "Radio Azattyq" and "Azattyq"', () => {
  assert.ok(sameOutlet('The Economist', 'Economist'));
  assert.ok(sameOutlet('Radio Azattyq', 'Azattyq'));
  assert.ok(!sameOutlet('Kommersant', 'Kommersant-Vlast'));
  assert.ok(!sameOutlet('TASS', 'RIA Novosti'));
});

test('a known outlet written with a lower-case second word is a source: "(Nezavisimaya gazeta, January 4)"', () => {
  const body = 'Prices rose (Vremya novostei, January 5, 6). It was confirmed (Nezavisimaya gazeta, January 4; Trend, January 4-5). Putin was firm (Putin said so, January 4).';
  assert.deepEqual(check(body, '2005-01-07').map((c) => [c.source, c.date]), [
    ['Vremya novostei', '2005-01-05'],
    ['Vremya novostei', '2005-01-06'],
    ['Nezavisimaya gazeta', '2005-01-04'],
    ['Trend', '2005-01-04'],
  ]);
});

test('a source may open with any capital letter: "(Montsame, September 4; Ödriin Sonin, September 5)"', () => {
  const body = 'Coal exports rose (Montsame, September 4; Ödriin Sonin, September 5). The deal was signed (Élysée.fr, May 3).';
  assert.deepEqual(check(body, '2025-09-10').map((c) => [c.source, c.date]), [
    ['Montsame', '2025-09-04'],
    ['Ödriin Sonin', '2025-09-05'],
    ['Élysée.fr', '2025-05-03'],
  ]);
});

test('inline: a known outlet with a lower-case second word, before or after its cue', () => {
  const body = 'Nezavisimaya gazeta reported on January 4 that the deal was off. According to Vremya novostei, the talks resumed. The trend continues.';
  assert.deepEqual(check(body, '2005-01-07').map((c) => [c.form, c.source, c.date]), [
    ['inline', 'Nezavisimaya gazeta', '2005-01-04'],
    ['inline', 'Vremya novostei', null],
  ]);
});

test('parentheses that are prose are not citations', () => {
  const body =
    'Altynsarino in Kostanai region (North Kazakhstan) and Khromtau (in West Kazakhstan). A partner ' +
    '(Kazakhstan’s imports from Russia in 2003 totaled $3.27 billion) and (killed by troops in December) and (who took office on June 1).';
  assert.deepEqual(check(body, '2005-01-04'), []);
});

test('inline attributions to outlets, not to people', () => {
  const body =
    'The deal collapsed, El Tiempo reported. According to Interfax, talks resumed. He told the Associated Press on Friday. ' +
    'Reuters reported on Monday that x. In an interview with Kommersant, he said so. According to Kurtov, nothing changed. ' +
    'Smith reported a loss. As InSight Crime reported, y. Deaths fell by 19 percent, reported El Colombiano. ' +
    'As the Financial Times noted, prices rose. Smith noted that prices rose, reported a colleague.';
  const got = check(body, '2005-01-04').map((c) => [c.raw, c.source, c.date, c.form]);
  assert.deepEqual(got, [
    ['El Tiempo reported', 'El Tiempo', null, 'inline'],
    ['According to Interfax', 'Interfax', null, 'inline'],
    ['told the Associated Press on Friday', 'Associated Press', '2004-12-31', 'inline'],
    ['Reuters reported on Monday', 'Reuters', '2005-01-03', 'inline'],
    ['In an interview with Kommersant', 'Kommersant', null, 'inline'],
    ['InSight Crime reported', 'InSight Crime', null, 'inline'],
    ['reported El Colombiano', 'El Colombiano', null, 'inline'],
    ['Financial Times noted', 'Financial Times', null, 'inline'],
  ]);
});

test('without a publication date, year-less cited dates stay null', () => {
  const [c] = check('Text (Interfax, December 10).', null);
  assert.equal(c!.date, null);
  assert.equal(c!.source, 'Interfax');
});

test('an outlet named after a person: "told Bill O’Reilly of Fox News"', () => {
  const [c] = check('Trump told Bill O’Reilly of Fox News this week that he would win.', '2016-10-01');
  assert.equal(c!.source, 'Fox News');
  assert.equal(c!.raw, 'told Bill O’Reilly of Fox News this week');
  assert.equal(c!.date, '2016-09-26'); // the Monday of the week of 2016-10-01
});

test('inline: RFE/RL by its full name, and post-Soviet outlets the list knows', () => {
  const body = 'In an interview with Radio Free Europe/Radio Liberty, Hovannisian called it a sellout. Tut.by reported the arrests. Nasha Niva wrote that nobody came.';
  const citations = check(body, '2014-02-03');
  assert.deepEqual(citations.map((c) => c.source), ['Radio Free Europe/Radio Liberty', 'Tut.by', 'Nasha Niva']);
});

test('a station named "Radio …" is an outlet ("in an interview with Radio Azattyq")', () => {
  const body = 'Koshim said so in an interview with Radio Azattyq. According to Radio Tavisupleba, the talks failed. According to Radio, nothing.';
  assert.deepEqual(check(body, '2019-07-06').map((c) => c.source), ['Radio Azattyq', 'Radio Tavisupleba']);
});

test('several days of one month after one source ("Infotag, March 4, 5"); a range is one issue', () => {
  const body = 'Chisinau will sign (Moldpres, March 3; Infotag, March 4, 5). Moscow objected (Kommersant, May 4-5). Kyiv agreed (Interfax, March 5, 2013).';
  assert.deepEqual(check(body, '2014-06-06').map((c) => [c.source, c.date]), [
    ['Moldpres', '2014-03-03'], ['Infotag', '2014-03-04'], ['Infotag', '2014-03-05'], ['Kommersant', '2014-05-04'], ['Interfax', '2013-03-05'],
  ]);
});

test('several days of one source, and a month without a day', () => {
  const body = 'Both sides blamed each other (RIA Novosti, April 30, May 2). The deal was drafted earlier (Kommersant, November 2010).';
  const citations = check(body, '2011-05-10');
  assert.deepEqual(citations.map((c) => [c.source, c.date]), [['RIA Novosti', '2011-04-30'], ['RIA Novosti', '2011-05-02'], ['Kommersant', null]]);
});

test('"told the Belarusian service of Radio Liberty" cites the outlet', () => {
  const got = check('Romanchuk told the Belarusian service of Radio Liberty that the devaluation was the price of spending.', '2011-06-01').map((c) => [c.source, c.form]);
  assert.deepEqual(got, [['Radio Liberty', 'inline']]);
});

test('a name ending in a newspaper word is an outlet where a report cue names it ("the Eurasian Ledger reported last week")', () => {
  const body = 'Officials argue the old route is cheaper, and the Eurasian Ledger reported last week that Transneft had offered new tariffs. Royal Mail says deliveries resumed.';
  const got = check(body, '2006-05-08').map((c) => [c.source, c.form]);
  assert.deepEqual(got, [['Eurasian Ledger', 'inline']]);
});

test('a date alone after a group is that group\'s source again ("see EDM, March 5, 2019; January 12, 2023"), and a language note after a date is no bar', () => {
  const got = check('A (Nasha Niva, March 10 [in Russian]; see EDM, March 5, 2019 and January 12, 2023). B (Kommersant, March 3; March 5). C (North Kazakhstan; March 5). D (Telegram, @zatulin, March 6).', '2023-03-20').map((c) => [c.source, c.date]);
  assert.deepEqual(got, [
    ['Nasha Niva', '2023-03-10'],
    ['EDM', '2019-03-05'],
    ['EDM', '2023-01-12'],
    ['Kommersant', '2023-03-03'],
    ['Kommersant', '2023-03-05'],
    // A channel's handle goes with its platform.
    ['Telegram, @zatulin', '2023-03-06'],
  ]);
});

test('a date alone in parentheses continues the source cited last, and dates an inline attribution it closes', () => {
  const body =
    'The next day, Civil.ge reported that the opposition leader had been beaten (May 13). The ministry said the talks had failed ' +
    '(Interpressnews, May 2). The opposition called for new protests (May 3). The vote is due (in May).';
  assert.deepEqual(check(body, '2024-06-04').map((c) => [c.raw, c.source, c.date, c.form]), [
    ['Civil.ge reported', 'Civil.ge', '2024-05-13', 'inline'],
    ['(May 13)', 'Civil.ge', '2024-05-13', 'parenthetical'],
    ['(Interpressnews, May 2)', 'Interpressnews', '2024-05-02', 'parenthetical'],
    ['(May 3)', 'Interpressnews', '2024-05-03', 'parenthetical'],
  ]);
  assert.deepEqual(check('Nothing was cited before the vote (May 3).', '2024-06-04'), []);
});

test('a name the article cites in parentheses is an outlet wherever it is told something', () => {
  const body = 'Residents told Akyl on Sunday that they were afraid (Akyl, March 16). Officials told Kaktus.media the same.';
  assert.deepEqual(check(body, '2025-03-18').filter((c) => c.form === 'inline').map((c) => [c.source, c.date]), [['Akyl', '2025-03-16'], ['Kaktus.media', null]]);
});

test('"In a later interview with Imedi television", "in an interview with the public broadcaster STVR on Sunday" cite those outlets', () => {
  const body = 'In a later interview with Imedi television, he argued that the vote was fair. Fico said in an interview with the public broadcaster STVR on Sunday that gas would flow.';
  assert.deepEqual(check(body, '2025-01-14').map((c) => [c.source, c.date]), [['Imedi', null], ['STVR', '2025-01-12']]);
});

test('an inline attribution takes no date from a later parenthesis that dates an earlier year\'s report', () => {
  const body = 'The economist told Kursiv that the numbers were optimistic. The ministry forecast a deficit (Kursiv, December 28, 2023). He told Kursiv that it would pass (Kursiv, October 2).';
  assert.deepEqual(check(body, '2024-10-07').filter((c) => c.form === 'inline').map((c) => c.date), [null, '2024-10-02']);
});

test('a web site or a known outlet cited without a date, alone or beside dated ones; not a short form after a name', () => {
  const body =
    'The tenge fell again (Kapital.kz). Prices rose (Kapital.kz; Kursiv, June 10). The deal was signed (Interfax; TASS, June 12). ' +
    'He spoke to Radio Free Europe/Radio Liberty (RFE/RL). The region (North Kazakhstan) is cold.';
  const got = check(body, '2024-06-20').map((c) => [c.raw, c.source, c.date]);
  assert.deepEqual(got, [
    ['(Kapital.kz)', 'Kapital.kz', null],
    ['(Kapital.kz; Kursiv, June 10)', 'Kapital.kz', null],
    ['(Kapital.kz; Kursiv, June 10)', 'Kursiv', '2024-06-10'],
    ['(Interfax; TASS, June 12)', 'Interfax', null],
    ['(Interfax; TASS, June 12)', 'TASS', '2024-06-12'],
  ]);
});

test('a dated report by an outlet, an outlet after its stance, a TV channel with a hyphen', () => {
  const body =
    'According to a June 12 report by Eurasianet, the project stalled. In a rare interview with the pro-government Imedi TV on December 11, he blamed the West. ' +
    'Alexander Novak told Rossiya-24 that talks were at the final stage.';
  assert.deepEqual(check(body, '2024-12-20').map((c) => [c.source, c.date, c.form]), [
    ['Eurasianet', '2024-06-12', 'inline'],
    ['Imedi TV', '2024-12-11', 'inline'],
    ['Rossiya-24', null, 'inline'],
  ]);
});

test('a country-code web address and a title in its own language with lower-case words are sources', () => {
  const body = 'The vote was close (BNS, October 30; Verslo žinios, October 31). Turnout fell (lrt.lt, October 28). Putin agreed (Putin said so, October 2).';
  assert.deepEqual(check(body, '2024-11-05').map((c) => [c.source, c.date]), [
    ['BNS', '2024-10-30'],
    ['Verslo žinios', '2024-10-31'],
    ['lrt.lt', '2024-10-28'],
  ]);
});

test('"telling" an outlet, and an outlet after a word of stance and its kind', () => {
  const body = 'He was guarded, telling Al Jazeera that talks continue. Pezeshkian told the reformist daily Etemad that sanctions hurt.';
  assert.deepEqual(check(body, '2024-12-19').map((c) => [c.source, c.raw]), [
    ['Al Jazeera', 'telling Al Jazeera'],
    ['Etemad', 'told the reformist daily Etemad'],
  ]);
});

test('the issuer of a document cited by its kind is the source; "in remarks to" an outlet', () => {
  const body = 'Output fell (Kazatomprom press release, October 3; Interfax-Kazakhstan, October 4). Talks continue (Ministry of Energy statement, July 2). He called it important in remarks to the Astana Times.';
  assert.deepEqual(check(body, '2024-12-18').map((c) => [c.source, c.date]), [
    ['Kazatomprom', '2024-10-03'],
    ['Interfax-Kazakhstan', '2024-10-04'],
    ['Ministry of Energy', '2024-07-02'],
    ['Astana Times', null],
  ]);
});

test('an outlet whose name ends in a word for a document keeps it ("Bishkek Bulletin")', () => {
  assert.deepEqual(check('Protests grew (Bishkek Bulletin, March 3).', '2005-03-08').map((c) => c.source), ['Bishkek Bulletin']);
});

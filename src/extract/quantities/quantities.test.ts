import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyze } from '../../analyze/index.js';
import type { Article, Quantity } from '../../model/extraction.js';
import { sharedDataDir } from '../../util/paths.js';
import { findDates } from '../dates/index.js';
import { extractQuantities } from './index.js';

function quantities(body: string, date: string | null = '2005-01-04'): Quantity[] {
  const article: Article = { id: 't', source: 't', publication: null, volume: null, issue: null, title: null, date, dateBasis: 'header', language: 'en', body };
  const out = extractQuantities({ article, analysis: analyze(body), dates: findDates(body, date) });
  for (const q of out) assert.equal(body.slice(q.start, q.end), q.text);
  return out;
}

const pick = (qs: Quantity[]) => qs.map((q) => [q.text, q.value, q.unit, q.valueMax ?? null]);

test('the seed article: imports in 2003 and migrants in 2003 and 2004, nothing else', () => {
  const body = readFileSync(resolve(sharedDataDir, 'edm/000_0cf69e1f5984bc52.txt'), 'utf8');
  const qs = quantities(body);
  assert.deepEqual(
    qs.map((q) => [q.text, q.value, q.unit, q.year]),
    [
      ['$3.27 billion', 3_270_000_000, 'USD', 2003],
      ['28,668', 28_668, 'person', 2003],
      ['32,228', 32_228, 'person', 2004],
    ],
  );
  assert.equal(qs[0]!.about, 'Kazakhstan’s imports from Russia');
  assert.match(qs[1]!.about!, /^Russians from CIS countries migrated to Kazakhstan/);
  assert.equal(qs[2]!.about, qs[1]!.about);
});

test('money: symbols, scales, words and codes', () => {
  assert.deepEqual(pick(quantities('Profits rose to dollars 1.13bn (pounds 600m), then £600m and $5 million, 5 million dollars, EUR 5 million, 300 tenge, 2 billion yuan and 40 Colombian pesos.')), [
    ['dollars 1.13bn', 1_130_000_000, 'USD', null],
    ['pounds 600m', 600_000_000, 'GBP', null],
    ['£600m', 600_000_000, 'GBP', null],
    ['$5 million', 5_000_000, 'USD', null],
    ['5 million dollars', 5_000_000, 'USD', null],
    ['EUR 5 million', 5_000_000, 'EUR', null],
    ['300 tenge', 300, 'KZT', null],
    ['2 billion yuan', 2_000_000_000, 'CNY', null],
    ['40 Colombian pesos', 40, 'COP', null],
  ]);
});

test('counts, measures, percentages, ranges and approximations', () => {
  assert.deepEqual(pick(quantities('About 300 troops moved 5-10 km. Output fell 15 to 20 percent, to 1.5 million barrels per day, and 12% of voters stayed home.')), [
    ['About 300', 300, 'person', null],
    ['5-10 km', 5, 'km', 10],
    ['15 to 20 percent', 15, 'percent', 20],
    ['1.5 million barrels per day', 1_500_000, 'barrel/day', null],
    ['12%', 12, 'percent', null],
  ]);
});

test('energy units, hyphenated or not', () => {
  assert.deepEqual(pick(quantities('The plant will produce 13.1 billion kilowatt-hours a year from 3,600 megawatts; exports reached 1.5 billion kWh.')), [
    ['13.1 billion kilowatt-hours a year', 13_100_000_000, 'kWh/year', null],
    ['3,600 megawatts', 3600, 'MW', null],
    ['1.5 billion kWh', 1_500_000_000, 'kWh', null],
  ]);
});

test('a hyphenated unit ("1,510-kilometer pipeline"); a period of a year is no figure', () => {
  const qs = quantities('The 1,510-kilometer pipeline opened. GDP fell in the first nine months of 2009.', '2009-11-02');
  assert.deepEqual(qs.map((q) => [q.text, q.value, q.unit, q.about]), [['1,510-kilometer', 1510, 'km', 'pipeline']]);
});

test('what changed by a figure: "GDP contracted by 2.3 percent", "inflation slowed to 6.2 percent"', () => {
  const qs = quantities("Kazakhstan's GDP contracted by 2.3 percent, while inflation slowed to 6.2 percent.", '2009-11-02');
  assert.deepEqual(qs.map((q) => [q.text, q.about]), [['2.3 percent', "Kazakhstan's GDP"], ['6.2 percent', 'inflation']]);
});

test('"bln" is a billion', () => {
  assert.deepEqual(pick(quantities("Russia's reserves stood at 500 bln rubles; exports rose to $13.2 bn.")), [
    ['500 bln rubles', 500_000_000_000, 'RUB', null],
    ['$13.2 bn', 13_200_000_000, 'USD', null],
  ]);
});

test('a number word in a name is no figure; a year after "the lowest since" is a baseline', () => {
  const qs = quantities('The Normandy Four leaders met. Only 48 percent voted, the lowest figure since 1993.', '2016-10-04');
  assert.deepEqual(qs.map((q) => [q.text, q.year]), [['48 percent', null]]);
});

test('no years, dates, issue numbers, ordinals, citation days, identifiers or vague amounts', () => {
  const body =
    'Publication: Eurasia Daily Monitor Volume: 2 Issue: 2\n\nOn December 22, 2004 the 3rd brigade met in 1994 (Interfax, December 10). ' +
    'Thousands of people and hundreds of troops came under Resolution 2254 at 5 pm, armed with AK-47 rifles [1].';
  assert.deepEqual(quantities(body), []);
});

test('the year a figure refers to and what it counts', () => {
  const [a, b] = quantities('In 2003 exports totaled $5 billion. Some 30 percent of the population voted in 2004.');
  assert.equal(a!.year, 2003);
  assert.equal(a!.about, 'exports');
  assert.equal(b!.year, 2004);
  assert.equal(b!.about, 'the population');
});

test('wire-service abbreviations: dlrs, stg and pct', () => {
  const qs = quantities('Uganda earns about 400 mln dlrs a year, over 95 pct of its earnings; Canada lent 20 mln Canadian dlrs and Britain lent 50 mln stg. Sellers quoted 64 pct fishmeal at 330 dlrs per tonne.', '1987-03-09');
  assert.deepEqual(pick(qs), [
    ['about 400 mln dlrs', 400_000_000, 'USD/year', null],
    ['over 95 pct', 95, 'percent', null],
    ['20 mln Canadian dlrs', 20_000_000, 'CAD', null],
    ['50 mln stg', 50_000_000, 'GBP', null],
    ['64 pct', 64, 'percent', null],
    ['330 dlrs', 330, 'USD/t', null],
  ]);
});

test('a year belongs to the nearest figure before it, not across another figure or from a citation', () => {
  const qs = quantities('The line, estimated at $775 million, will carry 6.5 million tonnes a year by 2015. Baku will lend a further $200 million (APA, June 8).', '2010-06-10');
  assert.deepEqual(qs.map((q) => [q.text, q.year, q.about]), [
    ['$775 million', null, null],
    ['6.5 million tonnes a year', 2015, null],
    ['$200 million', null, null],
  ]);
});

test('what a share measures is the subject before the verb\'s auxiliaries and adverbs', () => {
  const qs = quantities('Romanchuk estimates that prices have already risen by 40 percent since January.', '2011-05-27');
  assert.deepEqual(qs.map((q) => [q.text, q.about]), [['40 percent', 'prices']]);
});

test('what is counted stops before a compound adjective or a year after it', () => {
  const qs = quantities('Moscow promised to supply 1 million tons of fuel duty-free. It sold 23 billion cubic meters of natural gas in 2013 at $165.60 each.', '2013-11-02');
  assert.deepEqual(qs.map((q) => [q.text, q.about]), [['1 million tons', 'fuel'], ['23 billion cubic meters', 'natural gas'], ['$165.60', null]]);
});

test('"vs" in wire tables is no counted noun', () => {
  const qs = quantities('Shr 1.40 dlrs vs 1.73 dlrs\n    Net 5.2 mln vs 6.1 mln', '1987-03-01');
  assert.deepEqual(qs.map((q) => [q.text, q.unit, q.about]), [['1.40 dlrs', 'USD', null], ['1.73 dlrs', 'USD', null], ['5.2 mln', null, null], ['6.1 mln', null, null]]);
});

test('scaled figures carry no binary noise; fractions are shares', () => {
  const qs = quantities('The debt reached $33.8 billion. The ruble lost two-thirds of its value and three quarters of its buyers.', '2013-01-28');
  assert.deepEqual(qs.map((q) => [q.text, q.value, q.unit, q.about]), [
    ['$33.8 billion', 33800000000, 'USD', 'The debt'],
    ['two-thirds', 0.6667, 'fraction', 'its value'],
    ['three quarters', 0.75, 'fraction', 'its buyers'],
  ]);
  assert.deepEqual(quantities('Profit rose in the first three quarters of 1987.', '1987-11-01').map((q) => [q.text, q.unit]), [['three', 'quarter']]);
});

test('a year a figure is compared against is not its year', () => {
  const qs = quantities('The 2008 budget allots 1.5 billion lari to defense, up 30 percent from 2007. Exports were 12% higher than in 2003.', '2008-06-12');
  assert.deepEqual(qs.map((q) => [q.text, q.year]), [
    ['1.5 billion lari', 2008],
    ['30 percent', 2008],
    ['12%', null],
  ]);
});

test('a restated bare figure takes the unit and subject; "and" inside a subject; a sum naming its noun', () => {
  const qs = quantities('Trade between Georgia and Azerbaijan reached 1.1 billion dollars in 2009, up from 850 million in 2008. Baku offered a $200 million loan.', '2010-06-10');
  assert.deepEqual(qs.map((q) => [q.text, q.unit, q.year, q.about]), [
    ['1.1 billion dollars', 'USD', 2009, 'Trade between Georgia and Azerbaijan'],
    ['850 million', 'USD', 2008, 'Trade between Georgia and Azerbaijan'],
    ['$200 million', 'USD', null, 'loan'],
  ]);
});

test('"two days later" and "three years ago" are time references, not figures', () => {
  const qs = quantities('Two days later, talks resumed; three years ago the deal lasted 10 years.', '2012-01-18');
  assert.deepEqual(qs.map((q) => [q.text, q.unit]), [['10 years', 'year']]);
});

test('a plural that modifies the noun after it is not what is counted ("69 customs and border officers")', () => {
  const qs = quantities('The mission has 69 customs and border officers. It arrested 12 arms dealers and paid 5 customs.', '2006-03-01');
  assert.deepEqual(qs.map((q) => [q.text, q.unit, q.about]), [['69', 'person', 'border officers'], ['12', 'dealer', 'arms dealers'], ['5', 'custom', 'customs']]);
});

test('a subject with a hyphenated name and joined names; a clause cut short keeps the counted noun', () => {
  const qs = quantities(
    'Unemployment in the Osh and Jalal-Abad regions exceeds 30 percent. About 1,500 supporters of the ousted president seized the regional administration building.',
    '2010-05-06',
  );
  assert.deepEqual(qs.map((q) => [q.text, q.about]), [['30 percent', 'Unemployment in the Osh and Jalal-Abad regions'], ['About 1,500', 'supporters of the ousted president']]);
});

test('"a year earlier" is no rate; an infinitive\'s "to" is no part of what a figure is about', () => {
  const qs = quantities('China bought 61 percent, against 38 percent a year earlier. The line is estimated to cost $6.5 billion. He expects the share of Chinese purchases to exceed 70 percent.', '2012-11-02');
  assert.deepEqual(qs.map((q) => [q.text, q.unit, q.about]), [
    ['61 percent', 'percent', null],
    ['38 percent', 'percent', null],
    ['$6.5 billion', 'USD', 'The line'],
    ['70 percent', 'percent', 'the share of Chinese purchases'],
  ]);
  const early = quantities('The app showed Aliyev with 72.76 percent a day before the polls opened.', '2013-10-11');
  assert.deepEqual(early.map((q) => [q.text, q.unit]), [['72.76 percent', 'percent']]);
});

test('when is no part of what is counted ("200 basic goods until the end of the year")', () => {
  const qs = quantities('The government would freeze the prices of 200 basic goods until the end of the year.', '2011-06-01');
  assert.deepEqual(qs.map((q) => [q.text, q.about]), [['200', 'basic goods']]);
  const states = quantities('Water will shape relations among five Central Asian states in the coming decade. Tashkent will build up to 35 small dams by 2030.', '2023-06-01');
  assert.deepEqual(states.map((q) => [q.text, q.about]), [['five', 'Central Asian states'], ['up to 35', 'small dams']]);
});

test('a shared currency name means the currency of the country the story is about', () => {
  const belarus = 'Belarus devalued. The National Bank of Belarus set the rate at 4,930 rubles to the dollar. Minsk asked Moscow for help.';
  assert.deepEqual(quantities(belarus, '2011-06-01').map((q) => [q.text, q.unit]), [['4,930 rubles', 'BYR/USD']]);
  assert.deepEqual(quantities(belarus, '2017-06-01').map((q) => [q.text, q.unit]), [['4,930 rubles', 'BYN/USD']]);
  assert.deepEqual(quantities('Belarus and Minsk: Russia paid 500 Russian rubles.', '2011-06-01').map((q) => q.unit), ['RUB']);
  assert.deepEqual(quantities('Turkmenistan raised prices in Ashgabat to 3.5 manat.', '2012-01-01').map((q) => q.unit), ['TMT']);
});

test('a period is no figure ("the first two months of 2022"); a span of time counted still is ("in the past 24 hours")', () => {
  const qs = quantities('Exports fell by 14.2 percent in the first two months of 2022. In the past 24 hours, 12 people were killed. The plan runs over five years.', '2022-04-04');
  assert.deepEqual(qs.map((q) => q.text), ['14.2 percent', '24 hours', '12', 'over five years']);
});

test('a person noun that modifies the next noun is not what is counted; what is worth a sum is the phrase before "worth"', () => {
  const qs = quantities('Shoigu pledged to supply Dushanbe with 17 armored personnel carriers worth an estimated 1.2 billion rubles.', '2021-08-06');
  assert.deepEqual(qs.map((q) => [q.text, q.unit, q.about]), [
    ['17', 'carrier', 'armored personnel carriers'],
    ['an estimated 1.2 billion rubles', 'RUB', '17 armored personnel carriers'],
  ]);
});

test('a price per unit: "$60 a barrel", "$230 per thousand cubic meters", not "$230 a year ago"; the span is the sum', () => {
  const qs = quantities('If oil falls below $60 a barrel, Gazprom will still ask $230 per thousand cubic meters. Migrants earn $300 a month.', '2025-01-23');
  assert.deepEqual(qs.map((q) => [q.text, q.unit]), [['$60', 'USD/barrel'], ['$230', 'USD/tcm'], ['$300', 'USD/month']]);
  // "a year ago" says when, not per what.
  const when = quantities('Gazprom charged $230 a year ago, against $200 a year earlier.', '2025-01-23');
  assert.deepEqual(when.map((q) => [q.text, q.unit]), [['$230', 'USD'], ['$200', 'USD']]);
});

test('what a verb of change moves ("raised its key interest rate to 16 percent"); a subject before "is set to reach"', () => {
  const qs = quantities('The Bank of Russia raised its key interest rate to 16 percent. Several plants had cut output by 15–20 percent. Federal spending on “national defense” is set to reach 10.8 trillion rubles.', '2024-06-10');
  assert.deepEqual(qs.map((q) => [q.text, q.about]), [
    ['16 percent', 'its key interest rate'],
    ['15–20 percent', 'output'],
    ['10.8 trillion rubles', 'Federal spending on “national defense”'],
  ]);
});

test('hyphenated compounds and an acronym in parentheses before the counted noun ("1.5 million first-person-view (FPV) drones", "three ISIL-held buildings")', () => {
  const qs = quantities('Ukraine will build 1.5 million first-person-view (FPV) drones. Strikes destroyed three ISIL-held buildings, three rocket-propelled grenades and two front-end loaders.', '2024-10-14');
  assert.deepEqual(qs.map((q) => [q.text, q.unit, q.about]), [
    ['1.5 million', 'drone', 'drones'],
    ['three', 'building', 'ISIL-held buildings'],
    ['three', 'grenade', 'rocket-propelled grenades'],
    ['two', 'loader', 'front-end loaders'],
  ]);
});

test('a definite number word points back at things named before: no figure ("the two sides")', () => {
  assert.deepEqual(pick(quantities('The two sides agreed, and both three leaders signed. Two ministers and 14 countries attended; the 40 delegates left.')), [
    ['Two', 2, 'minister', null],
    ['14', 14, 'country', null],
    ['40', 40, 'person', null],
  ]);
});

test('a sum is about what it is for ("€100 million for border fortifications"), not a date or a time', () => {
  const qs = quantities('Vilnius approved an additional €100 million for border fortifications. Minsk paid $2 billion for 2023 and $5 million for the first time.', '2024-03-08');
  assert.deepEqual(qs.map((q) => [q.text, q.about]), [['€100 million', 'border fortifications'], ['$2 billion', null], ['$5 million', null]]);
});

test('a figure in a relative clause is about the clause\'s antecedent ("the Afghan section, which is expected to cost $1.5 billion")', () => {
  const qs = quantities('Amanov must speed up the Afghan section, which is expected to cost $1.5 billion. The new refinery, which will cost $2 billion, opens soon.', '2021-10-18');
  assert.deepEqual(qs.map((q) => [q.text, q.about]), [['$1.5 billion', 'the Afghan section'], ['$2 billion', 'The new refinery']]);
});

test('a price\'s unit is no figure of its own ("$100 per 1,000 cubic meters")', () => {
  assert.deepEqual(pick(quantities('Moscow cut the price by $100 per 1,000 cubic meters; Minsk paid $170 per 1,000 cubic meters.', '2010-04-27')), [
    ['$100', 100, 'USD/tcm', null],
    ['$170', 170, 'USD/tcm', null],
  ]);
});

test('a share names its noun and a holding what it is in ("a 49 percent stake in the Khorgos Gateway dry port")', () => {
  const qs = quantities('COSCO bought a 49 percent stake in the Khorgos Gateway dry port. Rounds rose, a 15% increase. Exports rose 14 percent year-on-year.', '2018-01-23');
  assert.deepEqual(qs.map((q) => [q.text, q.about]), [['49 percent', 'stake in the Khorgos Gateway dry port'], ['15%', 'increase'], ['14 percent', 'Exports']]);
});

test('a figure joined to its unit by a hyphen describes the noun after them ("the 75-seat Jogorku Kenesh", "A 500-km pipeline")', () => {
  const qs = quantities('Runoffs for the 75-seat Jogorku Kenesh are scheduled for March 13. The firm hired two front-end loaders. A 500-km pipeline would link the fields. The 300-megawatt plant opened.');
  assert.deepEqual(qs.map((q) => [q.text, q.unit, q.about]), [
    ['75', 'seat', 'Jogorku Kenesh'],
    ['two', 'loader', 'front-end loaders'],
    ['500-km', 'km', 'pipeline'],
    ['300-megawatt', 'MW', 'plant'],
  ]);
});

test('a subject before an aside between commas and "estimated at between" is what a range is about', () => {
  const qs = quantities('The total cost of the system, including a pipeline to the coast, is estimated at between $3 billion and $4 billion.', '2005-05-06');
  assert.deepEqual(qs.map((q) => [q.value, q.valueMax, q.about]), [[3_000_000_000, 4_000_000_000, 'The total cost of the system']]);
});

test('a figure a change starts from restates the measure before it ("…, down from 7.8 million")', () => {
  const qs = quantities('Russia exported 7.4 million barrels per day of crude and products in February, down from 7.8 million in January.', '2023-03-05');
  assert.deepEqual(qs.map((q) => [q.value, q.unit, q.about]), [[7_400_000, 'barrel/day', 'crude and products'], [7_800_000, 'barrel/day', 'crude and products']]);
});

test('a number between commas after a name is that person\'s age, in years', () => {
  const qs = quantities('Serik Zhumangarin, 54, is widely seen as loyal. In 2004, 54 people died.', '2023-03-05');
  assert.deepEqual(qs.map((q) => [q.value, q.unit, q.year, q.about]), [[54, 'year', null, 'age of Zhumangarin'], [54, 'person', 2004, 'people died']]);
});

test('money spent or invested is about what it goes to ("spend $2.5 billion over three years on railways")', () => {
  const qs = quantities('Saparbayev promised to spend about $2.5 billion over three years on railways and roads. Russia will invest $1 billion in 2006 in the project. China lent $10 billion to Kazakhstan.', '2005-05-06');
  assert.deepEqual(qs.map((q) => q.about), ['railways and roads', 'the project', null]);
});

test('a list number after a sentence whose line break was lost is no figure; "buses" count buses', () => {
  assert.deepEqual(pick(quantities('It will entrench the regime. 2. "The minister of industry is involved." The strike destroyed three buses.')), [['three', 3, 'bus', null]]);
});

test('a share of GDP is about the measure before it; "worth" after an aside values the noun before the comma', () => {
  const qs = quantities('The budget deficit reached 2.5 percent of GDP. Remittances account for 30 percent of the country\'s GDP. Up to 15 percent of GDP was lost. Exports of potash, once worth $3 billion a year, shifted to Russia. The deal, worth $500 million, was signed.', '2022-03-05');
  assert.deepEqual(qs.map((q) => q.about), ['The budget deficit', 'Remittances', 'GDP', 'Exports of potash', 'deal']);
});

test('a figure after "of" measures the noun before it, past bounds; generic and framing nouns do not count', () => {
  const qs = quantities('Gazprom pointed to a debt of $709 million. The dam has a planned capacity of 3,780 megawatts. Defense spending of 6.7 percent of GDP was not critical. Unemployment fell to a record low of 2.4 percent. Violence rose over the course of two decades.', '2024-06-05');
  assert.deepEqual(qs.map((q) => q.about), ['debt', 'planned capacity', 'Defense spending', 'Unemployment', null]);
});

test('a conversion in parentheses shares its figure\'s measure and year; a share restating a figure takes its measure', () => {
  const qs = quantities('The government would spend at least 12 trillion som (about $930 million) on rail and road infrastructure in 2025. Spending on defense would rise to 13.5 trillion rubles ($140 billion), or roughly 6.3 percent of GDP.', '2025-01-14');
  assert.deepEqual(qs.map((q) => [q.about, q.year]), [
    ['rail and road infrastructure', 2025],
    ['rail and road infrastructure', 2025],
    ['Spending on defense', null],
    ['Spending on defense', null],
    ['Spending on defense', null],
  ]);
});

test('money "in" a kind of money, what an estimate "puts" at a figure, lei and basis points', () => {
  const qs = quantities('He was accused of accepting 36 million rubles in bribes. He paid $1.2 million in order to win. The World Bank puts the total cost at about $6.4 billion. Replacing it would cost 2.5 billion lei. The bank raised its key rate by 200 basis points.', '2024-06-05');
  assert.deepEqual(qs.map((q) => [q.unit, q.about]), [['RUB', 'bribes'], ['USD', null], ['USD', 'the total cost'], ['MDL', null], ['basis point', 'its key rate']]);
});

test('"lei" are Moldovan in a story on Moldova and Romanian in one on Romania', () => {
  assert.deepEqual(quantities('Moldova will spend 2.5 billion lei on power from Chisinau.', '2025-02-11').map((q) => q.unit), ['MDL']);
  assert.deepEqual(quantities('Romania will spend 2.5 billion lei in Bucharest, Romanian officials said.', '2025-02-11').map((q) => q.unit), ['RON']);
});

test('a running total since a year is not that year\'s figure', () => {
  const qs = quantities('Azerbaijan has delivered more than 50 bcm of gas to Europe since the end of 2020. Exports reached 12.9 bcm in 2024.', '2025-03-11');
  assert.deepEqual(qs.map((q) => [q.value, q.year]), [[50, null], [12.9, 2024]]);
});

test('a rate after what is measured is the unit\'s ("1.5 million tonnes of crude oil a year", "600,000 containers a year")', () => {
  const qs = quantities('The port handles 1.5 million tonnes of crude oil a year and up to 600,000 containers a year. Prices were 5 percent lower a year earlier.', '2025-03-11');
  assert.deepEqual(qs.map((q) => [q.unit, q.about]), [['t/year', 'crude oil'], ['container/year', 'containers'], ['percent', 'Prices']]);
});

test('"no less than" and "not more than" keep their negation in the figure\'s text', () => {
  const qs = quantities('Local firms would receive no less than 30 percent of contracts and not more than 40 percent of the loans.', '2025-01-14');
  assert.deepEqual(qs.map((q) => q.text), ['no less than 30 percent', 'not more than 40 percent']);
});

test('billions of cubic meters are bcm, as "bcm" is; a unit\'s abbreviation in parentheses goes with it', () => {
  const qs = quantities('The line would carry 50 billion cubic meters (bcm) of gas a year. Exports reached 25.2 billion cubic meters, and 12.9 bcm went to Europe.', '2025-03-11');
  assert.deepEqual(qs.map((q) => [q.text, q.value, q.unit]), [
    ['50 billion cubic meters (bcm)', 50, 'bcm/year'],
    ['25.2 billion cubic meters', 25.2, 'bcm'],
    ['12.9 bcm', 12.9, 'bcm'],
  ]);
});

test('containers are counted in TEU, spelled out or not, and a coordinated figure keeps its own unit', () => {
  const qs = quantities('In 2022, 33,600 twenty-foot equivalent units (TEU) crossed the route. The port would handle 25 million tonnes and 1 million TEU.', '2025-03-11');
  assert.deepEqual(qs.map((q) => [q.text, q.value, q.unit]), [
    ['33,600 twenty-foot equivalent units (TEU)', 33600, 'TEU'],
    ['25 million tonnes', 25e6, 't'],
    ['1 million TEU', 1e6, 'TEU'],
  ]);
});

test('what a budget "sets" at a figure, what stands "with" it, and the change of the figure before', () => {
  const qs = quantities('The budget sets defense spending at 3.4 billion Belarusian rubles, an increase of roughly 15 percent. The vote ended with turnout at 63.66 percent.', '2025-01-14');
  assert.deepEqual(qs.map((q) => q.about), ['defense spending', 'defense spending', 'turnout']);
});

test('hyphenated measures with a scale or millimetres, a sum before a name, dashes inside a route\'s name', () => {
  const qs = quantities('The 80-million-tonne target slipped. The 1,435-millimeter standard gauge and the $6.3 billion STAR refinery were built. The 224-km Kars–Iğdır railway opened.', '2024-11-15');
  assert.deepEqual(qs.map((q) => [q.text, q.value, q.unit, q.about]), [
    ['80-million-tonne', 80_000_000, 't', 'target'],
    ['1,435-millimeter', 1435, 'mm', 'standard gauge'],
    ['$6.3 billion', 6_300_000_000, 'USD', 'STAR refinery'],
    ['224-km', 224, 'km', 'Kars–Iğdır railway'],
  ]);
});

test('shares in words, parts of a whole, and the unit a "to" restates', () => {
  const qs = quantities('Tajiks are roughly a quarter of the population. About half of the men went home. United Russia won 343 of the Duma’s 450 seats. The bill passed by 167 votes to 31.', '2024-11-15');
  assert.deepEqual(qs.map((q) => [q.text, q.value, q.unit]), [
    ['roughly a quarter', 0.25, 'fraction'],
    ['About half', 0.5, 'fraction'],
    ['343', 343, 'seat'],
    ['450', 450, 'seat'],
    ['167', 167, 'vote'],
    ['31', 31, 'vote'],
  ]);
});

test('no year from a date the figure runs until, from an aside of its own, or from the figure a change starts from', () => {
  const qs = quantities(
    'The cable, with a capacity of 650 megawatts, will stay out of service until August 2025. ' +
      'The plan, approved by the government in August 2022, envisages spending 1.8 trillion rubles. ' +
      'Trade would rise from $700 million in 2024 to $3 billion.',
    '2024-11-15',
  );
  assert.deepEqual(qs.map((q) => [q.text, q.year]), [['650 megawatts', null], ['1.8 trillion rubles', null], ['$700 million', 2024], ['$3 billion', null]]);
});

test('a figure "a year earlier" or "the previous year" is of the year before its sentence\'s', () => {
  const qs = quantities('Cargo reached 36.2 million tonnes in 2023, up from 34.1 million tonnes a year earlier. Exports rose to 12 million tonnes in 2023 from 10 million tonnes the previous year.', '2025-03-11');
  assert.deepEqual(qs.map((q) => [q.text, q.year]), [
    ['36.2 million tonnes', 2023],
    ['34.1 million tonnes', 2022],
    ['12 million tonnes', 2023],
    ['10 million tonnes', 2022],
  ]);
});

test('a figure\'s year: not the one right after the figure before it, nor a baseline "than in the same period of", nor a year qualifying a later noun', () => {
  const qs = quantities(
    'GDP grew by 9.4 percent in 2024 and by 7.8 percent in the first nine months of 2025. ' +
      'Exports reached 3.1 billion kilowatt-hours in 2025, up from 2.4 billion kilowatt-hours in the same period last year. ' +
      'Revenue was 7.5 trillion rubles, 22 percent less than in the same period of 2024. The count rose to 58 in 2024, compared with 31 the year before. ' +
      'Roughly $4 billion has been spent, most of it from a 2018 Eurobond issue of $500 million.',
    '2025-10-07',
  );
  assert.deepEqual(qs.map((q) => [q.text, q.year]), [
    ['9.4 percent', 2024],
    ['7.8 percent', 2025],
    ['3.1 billion kilowatt-hours', 2025],
    ['2.4 billion kilowatt-hours', 2024],
    ['7.5 trillion rubles', null],
    ['22 percent', null],
    ['58', 2024],
    ['31', 2023],
    ['Roughly $4 billion', null],
    ['$500 million', 2018],
  ]);
});

test('a model number inside a counted noun\'s name, a deal\'s date is not what it is worth, "from X of GDP in 2025 to Y of GDP in 2026"', () => {
  const qs = quantities(
    'Lithuania bought 44 Leopard 2A8 tanks for about €950 million. Warsaw signed a second deal in August worth $6.5 billion. ' +
      'Poland will raise defense spending from 3.9 percent of GDP in 2025 to 5.5 percent of GDP in 2026.',
    '2025-10-07',
  );
  assert.deepEqual(qs.map((q) => [q.text, q.unit, q.year, q.about]), [
    ['44', 'tank', null, 'Leopard 2A8 tanks'],
    ['about €950 million', 'EUR', null, null],
    ['$6.5 billion', 'USD', 2025, 'second deal'],
    ['3.9 percent', 'percent', 2025, 'GDP'],
    ['5.5 percent', 'percent', 2026, 'GDP'],
  ]);
});

test('złoty and forints are currencies', () => {
  const qs = quantities('The ads were worth at least 200,000 złoty. Hungary paid 5 billion forints.', '2025-06-05');
  assert.deepEqual(qs.map((q) => [q.value, q.unit]), [
    [200000, 'PLN'],
    [5e9, 'HUF'],
  ]);
});

test('an exchange rate is per dollar, and a price keeps its "per" past a conversion in parentheses', () => {
  const qs = quantities('The ruble traded at 97 rubles per dollar. Refiners paid 82,000 rubles ($1,020) per tonne.', '2025-08-26');
  assert.deepEqual(qs.map((q) => [q.text, q.unit]), [
    ['97 rubles', 'RUB/USD'],
    ['82,000 rubles', 'RUB/t'],
    ['$1,020', 'USD/t'],
  ]);
});

test('a change "from X to Y" is two figures, the first counting what the second counts; a range stays a range', () => {
  const qs = quantities('The bank raised its key rate by 200 basis points, from 19 to 21 percent. Ukraine raised the fee from $1.09 to $1.60 per 1,000 cubic meters. Estimates range from 10 to 15 percent.', '2024-10-28');
  assert.deepEqual(qs.map((q) => [q.text, q.value, q.valueMax ?? null, q.unit]), [
    ['200 basis points', 200, null, 'basis point'],
    ['19', 19, null, 'percent'],
    ['21 percent', 21, null, 'percent'],
    ['$1.09', 1.09, null, 'USD/tcm'],
    ['$1.60', 1.6, null, 'USD/tcm'],
    ['10 to 15 percent', 10, 15, 'percent'],
  ]);
});

test('the start of a change shares the level\'s scale and unit ("from 2.8 to 4.5 million tonnes"); "two or three", "by seven to eight days" are ranges', () => {
  const qs = quantities(
    'Freight rose from 2.8 to 4.5 million tonnes in 2024. Revenue grew from $1.2 to $1.9 billion. The fleet grew from six to 12 vessels. ' +
      'Payments fell from 1.5 million to 400,000 rubles. Visits rose from 900 to 1.2 million. Transit was cut by seven to eight days. ' +
      'Only two or three missile carriers remain. It will take five or six years. Four or five-year-old computers are slow. Russia lost 3 or 10 tanks.',
    '2025-07-03',
  );
  assert.deepEqual(pick(qs), [
    ['2.8', 2_800_000, 't', null],
    ['4.5 million tonnes', 4_500_000, 't', null],
    ['$1.2', 1_200_000_000, 'USD', null],
    ['$1.9 billion', 1_900_000_000, 'USD', null],
    ['six', 6, 'vessel', null],
    ['12', 12, 'vessel', null],
    ['1.5 million', 1_500_000, 'RUB', null],
    ['400,000 rubles', 400_000, 'RUB', null],
    ['900', 900, null, null],
    ['1.2 million', 1_200_000, null, null],
    ['seven to eight days', 7, 'day', 8],
    ['two or three', 2, 'carrier', 3],
    ['five or six years', 5, 'year', 6],
    ['Four or five-year-old', 4, 'year', 5],
    // (Figures far apart joined by "or" are two: the guard against "2 percent or 5 billion".)
    ['3', 3, null, null],
    ['10', 10, 'tank', null],
  ]);
});

test('a word joined to its number, below zero, irregular plurals, participles before the noun, exchange rates, "from one to", "by a third"', () => {
  const qs = quantities(
    'They initialed a 17-article agreement. Temperatures fell to minus 30 degrees. The floods claimed 100 lives. The SBU detained 39 suspected Russian agents. ' +
      'The Georgian lari fell to 2.87 per US dollar, and the ruble weakened to 90 per dollar. Repairs could take from one to three months. Premiums fell by a third since November. He won a third term.',
    '2024-11-15',
  );
  assert.deepEqual(qs.map((q) => [q.text, q.value, q.valueMax ?? null, q.unit]), [
    ['17', 17, null, 'article'],
    ['minus 30', -30, null, 'degree'],
    ['100', 100, null, 'life'],
    ['39', 39, null, 'person'],
    ['2.87', 2.87, null, 'GEL/USD'],
    ['90', 90, null, 'RUB/USD'],
    ['one to three months', 1, 3, 'month'],
    ['a third', 0.3333, null, 'fraction'],
  ]);
});

test('a whole low end keeps its scale, a level after a change by a share is no share, a hyphenated price, a sum per dollar', () => {
  const qs = quantities(
    'Recruits receive payments of between 400,000 and 1 million rubles. Abortions fell by 6 percent in 2023, to about 390,000. ' +
      'The $60-per-barrel price cap is porous. The budget assumes 96.5 rubles to the dollar.',
    '2024-10-03',
  );
  assert.deepEqual(qs.map((q) => [q.value, q.valueMax ?? null, q.unit]), [
    [400000, 1000000, 'RUB'],
    [6, null, 'percent'],
    [390000, null, null],
    [60, null, 'USD/barrel'],
    [96.5, null, 'RUB/USD'],
  ]);
});

test('a hyphenated scale, a format\'s name, a date range\'s second day, a yearly rate in a word, a nationality before its noun, the won', () => {
  const qs = quantities(
    'Its $48.5-billion project and a 2.5-billion-ruble grant. The C5+1 format and the 5+2 format met. He visited Tbilisi on May 14 and 15. ' +
      'Line D would carry 30 billion cubic meters (bcm) of gas annually. Rumors said 55 Chinese factories would move, and radars tracked 11 Chinese and Russian ships. ' +
      'Seoul offered 2.7 trillion won.',
    '2024-11-04',
  );
  assert.deepEqual(qs.map((q) => [q.value, q.unit]), [
    [48500000000, 'USD'],
    [2500000000, 'RUB'],
    [30, 'bcm/year'],
    [55, 'factory'],
    [11, 'ship'],
    [2700000000000, 'KRW'],
  ]);
});

test('no year from a clause joined after the figure, an aside with its own time, or a baseline "since"', () => {
  const qs = quantities(
    'The cost is estimated at $4.7 billion, and the first trains are expected to run in 2030. The bank raised its rate to 21 percent, the highest level since the rate was introduced in 2013. ' +
      'Births have fallen by nearly 40 percent since 2010. In August 2023, the US approved a sale for up to $12 billion, and last month Washington cleared more.',
    '2024-11-04',
  );
  assert.deepEqual(qs.map((q) => [q.value, q.year]), [
    [4700000000, null],
    [21, null],
    [40, null],
    [12000000000, 2023],
  ]);
});

test('vote shares in a list are figures, each the share of the name before it', () => {
  const qs = quantities('Georgian Dream won 54 percent, the Coalition for Change 11 percent and Strong Georgia 9 percent. Turnout fell to 40 percent.', '2024-10-28');
  assert.deepEqual(qs.map((q) => [q.value, q.about]), [
    [54, 'Georgian Dream'],
    [11, 'Coalition for Change'],
    [9, 'Strong Georgia'],
    [40, 'Turnout'],
  ]);
});

test('a whole change before a level is two figures ("rose 32,000 to 1.41 million", "fell by 32,000 to 1.41 million")', () => {
  const qs = quantities('The number of people out of work rose 32,000 to 1.41 million. Output fell 15 to 20 percent.', '2005-01-04');
  assert.deepEqual(qs.map((q) => [q.value, q.valueMax ?? null]), [[32000, null], [1410000, null], [15, 20]]);
});

test('currency codes of the Balkans and rupees written "Rs", with lakh and crore', () => {
  const qs = quantities('Serbia paid RSD 60 billion, Romania RON 1.3 billion and Bosnia BAM 200 million. India spent Rs 45,000 crore and Rs 3 lakh.', '2025-10-01');
  assert.deepEqual(qs.map((q) => [q.value, q.unit]), [[60e9, 'RSD'], [1.3e9, 'RON'], [200e6, 'BAM'], [450e9, 'INR'], [300_000, 'INR']]);
});

test('"pounds" and "dinars" take the currency of the country the story names most; "£" stays sterling', () => {
  const qs = quantities('Serbia paid 300 billion dinars. Serbian officials agreed. Damascus printed 300 billion pounds for Syrian banks in Syria, and paid £5 million to a London firm.', '2025-10-01');
  assert.deepEqual(qs.map((q) => q.unit), ['RSD', 'SYP', 'GBP']);
  assert.deepEqual(quantities('Britain paid 40 million pounds to Syria.', '2025-10-01').map((q) => q.unit), ['GBP']);
});

test('what is counted: past "only", a figure set in the passive, an aside "X, at N,"; not after an estimate\'s verb', () => {
  const qs = quantities('Marketable output was only about 28 bcm. Spending on health care is set at 1.9 trillion rubles. Debt service costs, at 3.3 trillion rubles, will exceed it. Foreign investment in Ukraine, at about $40 a head, is low.', '2025-10-01');
  assert.deepEqual(qs.map((q) => q.about), ['Marketable output', 'Spending on health care', 'Debt service costs', 'Foreign investment in Ukraine']);
  assert.deepEqual(quantities('The World Bank put the aid needed for the countries, including Thailand, at about $5bn. The company put its claims at $640m.', '2005-01-10').map((q) => q.about), [null, 'its claims']);
});

test('a rate after a conversion in parentheses is both figures\' ("1.2 trillion rubles ($14.4 billion) a year")', () => {
  const qs = quantities('The state will spend an additional 1.2 trillion rubles ($14.4 billion) a year on defense. A patent costs 8,900 rubles ($101).', '2025-10-01');
  assert.deepEqual(qs.map((q) => q.unit), ['RUB/year', 'USD/year', 'RUB', 'USD']);
});

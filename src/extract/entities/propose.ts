// Candidate mentions from four sources (the tagger's spans, gazetteer phrases, a title before a name,
// and patterns: "(Outlet, December 16)", "Year of X in Y", "X oil field", "X region"), then one
// non-overlapping choice by priority.
import type { NerLabel, NerSpan } from '../ner/index.js';
import type { Gazetteer, GazRef, PhraseMatch } from '../../resolve/gazetteer/index.js';
import { matchPhrases, splitWords } from '../../resolve/gazetteer/index.js';
import type { EntityType } from '../../model/extraction.js';
import { looksLikeSource } from '../citations/parenthetical.js';
import { findInlineCitations } from '../citations/inline.js';
import { CALENDAR_WORD } from '../dates/calendar.js';
import { FORMER, HEADS, HONORIFICS, isTitleWord, PORTFOLIOS } from './offices.js';
import { CURRENCY_CODE_SOURCE } from '../quantities/units.js';
import { isGivenName } from './gender.js';
import { Gap, gluedHyphen, keyOf, quotedRunAt, surfaceOf, wordAt, type WordView } from './text.js';

export type Source = 'tagger' | 'gazetteer' | 'title' | 'pattern' | 'citation';

export interface Candidate {
  /** Word range [ws, we). */
  ws: number;
  we: number;
  priority: number;
  source: Source;
  label: NerLabel | null;
  /** Gazetteer entries naming exactly this phrase (possibly none). */
  refs: GazRef[];
  /** Set by patterns that know the type. */
  type: EntityType | null;
}

const PRIORITY = { citation: 100, event: 90, extended: 85, gazetteerLong: 80, tagger: 75, title: 65, gazetteerWord: 60, gazetteerWeak: 50 } as const;

/** Last words of organizations' names, which no person's name ends in: "Tajik Railways", "Halyk Bank". */
export const ORG_LAST_WORDS: ReadonlySet<string> = new Set(['administration', 'concern', 'railways', 'railway', 'airlines', 'airways', 'bank', 'company', 'corporation', 'corp.', 'inc.', 'ltd.', 'llc', 'group', 'holding',
  'holdings', 'ministry', 'party', 'union', 'council', 'committee', 'agency', 'institute', 'university', 'fund', 'foundation', 'service', 'services',
  'association', 'federation', 'organization', 'organisation', 'alliance', 'movement', 'front', 'army', 'navy', 'police', 'court', 'parliament',
  'assembly', 'commission', 'network', 'television', 'radio', 'press', 'news', 'exchange', 'industries', 'energy', 'petroleum', 'oil', 'gas', 'telecom', 'forces', 'command',
  'guard', 'brigade', 'division', 'regiment', 'fleet', 'troops', 'church', 'patriarchate', 'synod', 'diocese']);
/** Legislatures named by one word ("the State Duma", "the Seimas"). */
const LEGISLATURES: ReadonlySet<string> = new Set(['duma', 'rada', 'seimas', 'saeima', 'riigikogu', 'sejm', 'senate', 'mazhilis', 'majilis', 'knesset', 'bundestag', 'congress', 'kurultai', 'oliy', 'milli', 'verkhovna']);
/** A currency's code or abbreviation right before a figure: "SEK 2.4", "RSD 60", "Rs 45,000", "KM 200". */
const CURRENCY_BEFORE_FIGURE = new RegExp(`^(?:${CURRENCY_CODE_SOURCE}|Rs\\.?|KM)\\s?\\d`);
/** Acts numbered "No. N": decrees, laws, resolutions. */
const NUMBERED_ACTS: ReadonlySet<string> = new Set(['decree', 'law', 'resolution', 'order', 'directive', 'regulation', 'act', 'bill', 'ordinance', 'instruction', 'protocol', 'decision']);
/** Surname endings of the former Soviet Union (folded): "Zakharova", "Nazarbayev", "Pashinyan", "Kobakhidze", "Tsikhanouskaya". */
export const REGIONAL_SURNAME = /(?:ova|eva|yeva|ov|ev|yev|ina|in|sky|ski|skaya|skiy|enko|yan|ian|dze|shvili|uly|kyzy|ovich|evich|chuk|yuk)$/;
/** More endings, which alone would also fit places ("Gakharia", "Babayew", "Rahimzade", "Turgunbek uulu"): read only after a title. */
const SURNAME_AFTER_TITLE = /(?:yew|ow|uulu|ia|zade|oglu|ska|ić)$/;
const UPPER = /\p{Lu}/u;
/** Heads of institutions' names that say what the body is for after "for", "of" or "on". */
const INSTITUTION_HEADS = new Set(['center', 'centre', 'institute', 'foundation', 'council', 'committee', 'academy', 'fund', 'agency', 'bureau',
  'association', 'federation', 'society', 'commission', 'union', 'league', 'movement', 'alliance', 'coalition', 'front', 'office', 'service', 'ministry']);
const INSTITUTION_LINKS = new Set(['for', 'of', 'on']);
/** Small words inside an institution's name before another capitalized word: "… of Science and Technology". */
const NAME_LINKS = new Set(['and', 'of', 'for', 'the', 'on', '&']);
/** Words after a town's name that keep it a town: "Dublin City Council", "Mansfield Mayor", "Dublin Road". */
const PLACE_CONTINUATIONS = new Set(['city', 'county', 'council', 'police', 'mayor', 'road', 'street', 'avenue', 'boulevard', 'drive', 'school', 'schools',
  'university', 'college', 'hospital', 'airport', 'department', 'fire', 'area', 'township', 'chamber', 'board', 'court', 'park', 'high', 'middle',
  'elementary', 'public', 'library', 'planning', 'zoning', 'commission', 'commissioners', 'alderman', 'aldermen', 'residents', 'officials']);
const SMALL_WORDS = new Set(['of', 'the', 'and', 'in', 'for', 'on', 'de', 'la', 'el', 'del', 'y', 'et', 'du', 'des', 'le', 'los', 'las', 'da', 'do', 'dos', '-', '/', '&', "'s", 'i', 'al', 'bin', 'ibn', 'van', 'von']);

/** The lower-case half of "Kremlin-appointed", "UK-based", "Albanian-born", "Australian-style", "Soviet-era". */
const ADJECTIVE_SUFFIX = /^(?:[a-z]+ed|born|run|made|built|style|era|friendly|owned|held|bound|wide|speaking)$/;

/** Tagger spans as word ranges: quotes, a leading "the", honorifics, a possessive and (for people) titles trimmed off. */
export function taggerCandidates(view: WordView, spans: readonly NerSpan[], gaz: Gazetteer): Candidate[] {
  const out: Candidate[] = [];
  for (const span of spans) {
    let ws = wordAt(view, span.start);
    let we = wordAt(view, span.end);
    while (we > ws && view.words[we - 1]!.end > span.end) we--;
    if (we <= ws) continue;
    // "roughly 1,000 American troops" (one MISC span for the tagger): a count before a name is no part of it.
    ws = afterLeadingCount(view, gaz, ws, we);
    if (we <= ws) continue;
    // "post-Soviet": a lower-case prefix makes an adjective, not a name.
    if (!view.capital[ws] && ws + 1 < we && view.words[ws + 1]!.key === '-') continue;
    // "Kremlin-appointed", "Moscow-based", "Russian-led": a lower-case suffix makes an adjective of the
    // name before it; the name alone is the mention (the tagger's label no longer fits it).
    let label: NerLabel | null = span.label;
    // "the Russian Armed [Forces]": a lone organization word called a person is the end of a longer name.
    if (label === 'PER' && we - ws === 1 && ORG_LAST_WORDS.has(view.words[ws]!.key)) {
      while (ws > 0 && view.gap[ws] === Gap.Space && view.capital[ws - 1] && view.words[ws - 1]!.key !== 'the') ws--;
      label = 'ORG';
    }
    if (we - ws >= 3 && view.words[we - 2]!.key === '-' && ADJECTIVE_SUFFIX.test(view.words[we - 1]!.key) && !view.capital[we - 1] && view.capital[we - 3] && view.words[we - 3]!.key.length > 1) {
      we -= 2;
      label = null;
    }
    // A possessive or an editorial bracket inside a span splits it: "Russia's Gazprom" is two names,
    // "Vladimir] Putin" two pieces of one.
    // A name has no comma or other punctuation inside: "Dublin, Ohio" is two.
    for (let k = ws + 1; k < we; k++) {
      // "Russia's Gazprom" splits; "Sheriff's Office" does not.
      const possessive = view.words[k]!.key === "'s" && qualifierEndingAt(view, gaz, ws, k) !== null;
      if (possessive || view.gap[k] !== Gap.Space) {
        if (k > ws) out.push(...splitCompound(view, gaz, ws, k, label));
        ws = possessive ? k + 1 : k;
      }
    }
    if (we > ws) out.push(...splitCompound(view, gaz, ws, we, label));
  }
  return out;
}

/**
 * The first word after a number that opens a span, when the number is a count: written with thousands
 * separators ("1,000 American"), or before a demonym ("300 Chechen"). A year or an ordinal stays part
 * of a name ("2014 Winter Olympics", "1st Infantry Division").
 */
function afterLeadingCount(view: WordView, gaz: Gazetteer, ws: number, we: number): number {
  if (!/^\d+$/.test(view.words[ws]!.key)) return ws;
  let k = ws + 1;
  let separated = false;
  // The view's words leave commas out: "1,000" is "1" and "000" with a comma between them and no space.
  while (k < we && view.gap[k] === Gap.Comma && view.words[k]!.start === view.words[k - 1]!.end + 1 && /^\d{3}$/.test(view.words[k]!.key)) {
    separated = true;
    k++;
  }
  if (k >= we) return ws;
  const demonym = gaz.lookupKey(view.words[k]!.key).some((r) => r.kind === 'norp');
  return separated || demonym ? k : ws;
}

/** "Kazakh-Russian" (one span for the tagger) is two demonyms; other hyphenated names stay whole. */
function splitCompound(view: WordView, gaz: Gazetteer, ws: number, we: number, label: NerLabel | null): Candidate[] {
  if (we - ws >= 3 && view.words[ws + 1]!.key === '-') {
    const parts: [number, number][] = [];
    let s = ws;
    for (let k = ws; k <= we; k++) {
      if (k === we || view.words[k]!.key === '-') {
        parts.push([s, k]);
        s = k + 1;
      }
    }
    const allKnown = parts.every(([a, b]) => b - a === 1 && gaz.lookupKey(view.words[a]!.key).some((r) => r.kind === 'norp' || r.kind === 'country'));
    if (allKnown) return parts.map(([a, b]) => ({ ws: a, we: b, priority: PRIORITY.tagger, source: 'tagger' as const, label, refs: [], type: null }));
  }
  return trimmed(view, gaz, ws, we, label);
}

/**
 * Words that open sentences but never names: "Between 2003 and 2007 ...", "During Putin's visit ...".
 * Only a capitalized-lower-case spelling counts ("US" and "IT" are names), and not in ALL-CAPS headlines.
 */
const FUNCTION_WORDS = new Set(['about', 'above', 'according', 'across', 'after', 'against', 'along', 'although', 'amid', 'among',
  'and', 'another', 'around', 'as', 'at', 'because', 'before', 'behind', 'below', 'beside', 'besides', 'between', 'beyond', 'both',
  'but', 'by', 'despite', 'during', 'each', 'either', 'even', 'every', 'following', 'for', 'from', 'he', 'her', 'here', 'his', 'how',
  'however', 'if', 'in', 'inside', 'instead', 'into', 'it', 'its', 'meanwhile', 'moreover', 'near', 'neither', 'nor', 'of', 'on', 'once',
  'or', 'our', 'outside', 'over', 'she', 'since', 'so', 'some', 'such', 'that', 'their', 'there', 'these', 'they', 'this', 'those',
  'though', 'through', 'throughout', 'thus', 'to', 'toward', 'towards', 'under', 'unless', 'unlike', 'until', 'upon', 'we', 'what',
  'when', 'whereas', 'whether', 'which', 'while', 'who', 'whose', 'why', 'with', 'within', 'without', 'yet']);
const TITLE_CASE = /^\p{Lu}\p{Ll}/u;

function isFunctionWordAt(view: WordView, k: number): boolean {
  const w = view.words[k]!;
  return FUNCTION_WORDS.has(w.key) && !view.allCaps[view.sentence[k]!] && TITLE_CASE.test(view.body.slice(w.start, w.start + 2));
}

function trimmed(view: WordView, gaz: Gazetteer, ws: number, we: number, label: NerLabel | null): Candidate[] {
  const words = view.words;
  while (ws < we && (words[ws]!.key === 'the' || HONORIFICS.has(words[ws]!.key) || words[ws]!.key === '-' || isFunctionWordAt(view, ws))) ws++;
  while (we > ws && (words[we - 1]!.key === "'s" || words[we - 1]!.key === '-')) we--;
  // "Government Resolution No. 1523", "Federal Law No. 260-FZ": a numbered act is no body.
  if (we - ws >= 2 && /^no\.?$/.test(words[we - 1]!.key) && NUMBERED_ACTS.has(words[we - 2]!.key) && /^\.?\s*\d/.test(view.body.slice(words[we - 1]!.end, words[we - 1]!.end + 4))) return [];
  // "SEK 2.4 billion", "Rs 45,000 crore": a currency's code before a figure names no one.
  if (we - ws === 1 && CURRENCY_BEFORE_FIGURE.test(view.body.slice(words[ws]!.start, words[ws]!.end + 3))) return [];
  // "Minister for Strategic Industries Oleksandr Kamyshin" (one organization for the tagger): the portfolio
  // belongs to the title before it, and the two or three capitalized words after it are the person.
  if (label === 'ORG' && ws >= 2 && (words[ws - 1]!.key === 'for' || words[ws - 1]!.key === 'of') && HEADS.has(words[ws - 2]!.key)) {
    let k = ws;
    while (k < we && (PORTFOLIOS.has(words[k]!.key) || words[k]!.key === 'and')) k++;
    if (k > ws && we - k >= 2 && we - k <= 3 && !ORG_LAST_WORDS.has(words[we - 1]!.key)) {
      return [{ ws: k, we, priority: PRIORITY.tagger, source: 'tagger', label: 'PER', refs: [], type: null }];
    }
  }
  // "Mayor of Tbilisi Kakha Kaladze", "Special Representative for the South Caucasus Magdalena Grono" (one name
  // for the tagger): the place completes the title, and the two or three capitalized words after it are the person.
  const headAt = ws >= 2 && words[ws - 1]!.key === 'the' ? ws - 3 : ws - 2;
  if (headAt >= 0 && /^(?:of|for|to)$/.test(words[headAt + 1]!.key) && HEADS.has(words[headAt]!.key) && allCapitalized(view, ws, we)) {
    for (let len = Math.min(3, we - ws - 2); len >= 1; len--) {
      // ("Chairman of the State Duma Vyacheslav Volodin", "Deputy Chairman of the Management Committee Vitaly Markelov":
      // a body completes the title as a place does.)
      const body = label === 'ORG' && namesBody(view, gaz, ws, ws + len);
      const place = body || gaz.lookupKey(keyOf(view, ws, ws + len)).some((r) => r.kind === 'country' || r.kind === 'place');
      // (Not "President of the New York Public Library", "the San Francisco Police Department": a name's
      // words are no common words or titles.)
      let nameLike = true;
      for (let k = ws + len; k < we; k++) if (gaz.isCommonWord(words[k]!.key) || isTitleWord(words[k]!.key) || ORG_LAST_WORDS.has(words[k]!.key)) nameLike = false;
      // (And the name opens with a known given name: not "India Petrochemicals Limited", "Hereford Hospitals NHS Trust".)
      // (After a body, no place last: not "president of Sony Computer Entertainment America".)
      const givenName =
        (gaz.hasFirst(words[ws + len]!.key) || isGivenName(surfaceOf(view, ws + len, ws + len + 1))) &&
        !(body && gaz.lookupKey(words[we - 1]!.key).some((r) => r.kind === 'country' || r.kind === 'place'));
      if (place && nameLike && we - ws - len >= 2 && we - ws - len <= 3 && givenName) {
        return [
          { ws, we: ws + len, priority: PRIORITY.tagger, source: 'tagger', label: body ? 'ORG' : 'LOC', refs: [], type: null },
          { ws: ws + len, we, priority: PRIORITY.tagger, source: 'tagger', label: 'PER', refs: [], type: null },
        ];
      }
    }
  }
  // "Chairman of the Central Bank of the Republic of Uzbekistan Timur Ishmetov", "Head of the Presidential Administration
  // Saida Mirziyoyeva", "Chairman of Türkmengaz State Concern Maksat Babayew" (one organization for the tagger): a body's
  // name, its "of the" too, completes the title, and the two or three name-like words after it are the person.
  if (label === 'ORG' && headAt >= 0 && /^(?:of|for)$/.test(words[headAt + 1]!.key) && HEADS.has(words[headAt]!.key)) {
    for (const nameLength of [3, 2]) {
      const cut = we - nameLength;
      if (cut - ws < 1) continue;
      let nameLike = true;
      for (let k = cut; k < we; k++) {
        const key = words[k]!.key;
        if (!view.capital[k] || view.gap[k] !== Gap.Space || gaz.isCommonWord(key) || isTitleWord(key) || ORG_LAST_WORDS.has(key) || FUNCTION_WORDS.has(key)) nameLike = false;
      }
      if (!nameLike) continue;
      const isPlace = (k: number): boolean => gaz.lookupKey(words[k]!.key).some((r) => r.kind === 'country' || r.kind === 'place');
      let bodyOfPlace = false;
      for (let k = ws; k + 1 < cut; k++) if (ORG_LAST_WORDS.has(words[k]!.key) && words[k + 1]!.key === 'of' && isPlace(cut - 1)) bodyOfPlace = true;
      const body = bodyOfPlace || namesBody(view, gaz, ws, cut);
      const person = gaz.hasFirst(words[cut]!.key) || isGivenName(surfaceOf(view, cut, cut + 1)) || REGIONAL_SURNAME.test(words[we - 1]!.key) || SURNAME_AFTER_TITLE.test(words[we - 1]!.key);
      if (body && person && !isPlace(we - 1)) {
        return [
          { ws, we: cut, priority: PRIORITY.tagger, source: 'tagger', label: 'ORG', refs: [], type: null },
          { ws: cut, we, priority: PRIORITY.tagger, source: 'tagger', label: 'PER', refs: [], type: null },
        ];
      }
    }
  }
  // "EU High Representative for Foreign Affairs [and Security Policy Kaja Kallas]" (an organization for the
  // tagger): a body's name, titles and the title's "for" or "of" are the office before a name, no body.
  if (label === 'ORG' && we - ws >= 4) {
    let t = ws + 1;
    while (t < we - 1 && !isTitleWord(words[t]!.key)) t++;
    let h = t;
    while (h < we && isTitleWord(words[h]!.key) && !HEADS.has(words[h]!.key)) h++;
    // (The gazetteer is asked last: the title's shape is rare.)
    const office = t - ws <= 3 && h + 1 < we && HEADS.has(words[h]!.key) && /^(?:for|of)$/.test(words[h + 1]!.key);
    if (office && gaz.lookupKey(keyOf(view, ws, t)).some((r) => r.kind === 'org') && !gaz.lookupKey(keyOf(view, ws, we)).some((r) => r.kind === 'org')) return [];
  }
  // "Russian Armed Forces": an organization's name, whatever the tagger says, keeps its "titles".
  if (label === 'PER' && !(we - ws > 1 && ORG_LAST_WORDS.has(words[we - 1]!.key))) {
    // "Kazakhstan Senate Chairman Nurtay Abikayev" -> "Nurtay Abikayev": the title becomes a role later.
    let k = ws;
    while (k < we - 1) {
      const key = words[k]!.key;
      if (isTitleWord(key) || FORMER.has(key) || HONORIFICS.has(key) || key === '-' || key === "'s") k++;
      else if (qualifierEndingAt(view, gaz, k, k + 1) && k + 1 < we && (isTitleWord(words[k + 1]!.key) || words[k + 1]!.key === "'s")) k++;
      else break;
    }
    // "Defense Minister Lt.", "Gen.", "[Army General] Staff": titles and no name.
    const lastKey = words[we - 1]!.key;
    // ("Mayor of Tbilisi …": a head before its "of" is a title too.)
    const headOf = we < words.length && words[we]!.key === 'of' && view.gap[we] === Gap.Space && view.capital[we + 1] === 1;
    if (k === we - 1 && isTitleWord(lastKey) && (we - ws > 1 || lastKey.endsWith('.') || !HEADS.has(lastKey) || headOf)) return [];
    if (k > ws && k < we && HEADS.has(words[k - 1]!.key)) ws = k;
    else if (k > ws && k < we && words[k - 1]!.key !== '-' && isTitleWord(words[k - 1]!.key)) ws = k;
  }
  // "the Academy of Geopolitical [Problems]": a body's name ends in a noun, not in an adjective before one.
  if (label === 'ORG' && we - ws > 1 && we < words.length && /(?:al|ic)$/.test(words[we - 1]!.key) && view.gap[we] === Gap.Space && /^\p{Lu}\p{Ll}/u.test(view.body.slice(words[we]!.start, words[we]!.start + 2)) && view.sentence[we] === view.sentence[ws]) we++;
  // "the General Staff [Army General] Valery Gerasimov": "Army General" is a rank, not the end of the body's name.
  else if (we - ws > 1 && words[we - 1]!.key === 'army' && words[we]?.key === 'general' && view.gap[we] === Gap.Space) we--;
  else if (titleHeadAt(view, we)) {
    // "Indonesian Energy and Mineral Resources [Minister]": the portfolio belongs to the title, not to a name.
    while (we > ws && (PORTFOLIOS.has(words[we - 1]!.key) || words[we - 1]!.key === 'and')) we--;
  }
  if (we <= ws) return [];
  return [{ ws, we, priority: PRIORITY.tagger, source: 'tagger', label, refs: [], type: null }];
}

/** Whether words [a, b) name a body: its last word a body's ("Committee", "Duma"), or a known organization. */
function namesBody(view: WordView, gaz: Gazetteer, a: number, b: number): boolean {
  const last = view.words[b - 1]!.key;
  return ORG_LAST_WORDS.has(last) || LEGISLATURES.has(last) || gaz.lookupKey(keyOf(view, a, b)).some((r) => r.kind === 'org');
}

/** Whether words from `k` on (after a space) are a title ending in a head: "Minister", "Deputy Prime Minister". */
function titleHeadAt(view: WordView, k: number): boolean {
  for (let e = k; e < view.words.length && e < k + 4 && view.gap[e] === Gap.Space; e++) {
    const key = view.words[e]!.key;
    if (HEADS.has(key)) return true;
    if (!isTitleWord(key)) return false;
  }
  return false;
}

/** A country, demonym or place phrase (up to 3 words) ending at word `end` (exclusive), starting at `start`. */
export function qualifierEndingAt(view: WordView, gaz: Gazetteer, start: number, end: number): GazRef | null {
  if (start < 0 || end > view.words.length || start >= end) return null;
  if (!view.capital[start]) return null;
  let key = view.words[start]!.key;
  for (let k = start + 1; k < end; k++) key += ' ' + view.words[k]!.key;
  // "UN" is the United Nations, not the Indian town of Un: an acronym names no place written otherwise.
  const acronym = end - start === 1 && !/\p{Ll}/u.test(view.body.slice(view.words[start]!.start, view.words[start]!.end));
  for (const ref of gaz.lookupKey(key)) {
    if (acronym && ref.kind === 'place' && /\p{Ll}/u.test(ref.row[0])) continue;
    if (ref.kind === 'country' || (ref.kind === 'norp' && ref.row[1]) || (ref.kind === 'place' && ref.row[1] === 'GPE')) return ref;
  }
  return null;
}

/** A qualifier of words [start, end) written as one phrase: spaces only, within one sentence. */
function qualifierSpanning(view: WordView, gaz: Gazetteer, start: number, end: number): GazRef | null {
  if (start < 0 || end > view.words.length) return null;
  for (let k = start + 1; k < end; k++) if (view.gap[k] !== Gap.Space || view.sentence[k] !== view.sentence[start]) return null;
  return qualifierEndingAt(view, gaz, start, end);
}

/** Longest qualifier ending just before word `end` (1..3 words). */
export function qualifierBefore(view: WordView, gaz: Gazetteer, end: number): { start: number; ref: GazRef } | null {
  for (let len = 3; len >= 1; len--) {
    const ref = qualifierSpanning(view, gaz, end - len, end);
    if (ref) return { start: end - len, ref };
    // ("Pacific Fleet commander": a body's name ends there, whose last word, "Fleet", is also an English town.)
    if (len > 1 && end - len >= 0 && view.capital[end - len] && gaz.lookupKey(keyOf(view, end - len, end)).some((r) => r.kind === 'org')) return null;
  }
  return null;
}

/** Longest qualifier starting at word `start` (1..3 words): "… of | the United States". */
export function qualifierAfter(view: WordView, gaz: Gazetteer, start: number): GazRef | null {
  for (let len = 3; len >= 1; len--) {
    const ref = qualifierSpanning(view, gaz, start, start + len);
    if (ref) return ref;
  }
  return null;
}

/** Gazetteer phrases in the text, vetted for capitalization and context. */
export function gazetteerCandidates(view: WordView, gaz: Gazetteer, taggerCover: Uint8Array): Candidate[] {
  const { words, body } = view;
  const accept = (m: PhraseMatch): boolean => {
    const i = m.wordStart;
    const n = m.wordEnd - m.wordStart;
    const allCaps = view.allCaps[view.sentence[i]!] === 1;
    // Phrases do not cross sentences, line breaks or punctuation.
    for (let k = i + 1; k < m.wordEnd; k++) if (view.gap[k] !== Gap.Space) return false;
    // Capitalization: every word capitalized in the gazetteer is capitalized in the text.
    if (!view.capital[i]) return false;
    if (!allCaps && n > 1) {
      const surfaceWords = splitWords(m.surface);
      for (let k = 1; k < n && k < surfaceWords.length; k++) {
        if (UPPER.test(m.surface[surfaceWords[k]!.start]!) && !view.capital[i + k]) return false;
      }
    }
    // Acronyms (CIS, WHO, AP) must be written as acronyms, and mean nothing in a headline.
    if (/^[A-Z][A-Z0-9.&]{1,5}$/.test(m.surface)) {
      if (body.slice(m.start, m.end) !== m.surface) return false;
      if (allCaps && (m.surface.length <= 2 || gaz.isCommonWord(words[i]!.key))) return false;
    }
    // "the Foreign Policy Affairs Department", "a new Foreign Policy Concept": an outlet's name glued to more
    // capitalized words (no title) is part of another name.
    const nextAt = m.wordEnd;
    if (!allCaps && m.refs.every((r) => r.kind === 'org' && r.row[1] === 'outlet') && nextAt < words.length && view.gap[nextAt] === Gap.Space && view.capital[nextAt] && !isTitleWord(words[nextAt]!.key)) return false;
    // "Foreign Affairs Minister Ivan Petrov": an outlet's name made of portfolio words before a title is the office's portfolio.
    let portfolio = true;
    for (let k = i; k < nextAt; k++) if (!PORTFOLIOS.has(words[k]!.key)) portfolio = false;
    if (portfolio && m.refs.every((r) => r.kind === 'org' && r.row[1] === 'outlet') && nextAt < words.length && view.gap[nextAt] === Gap.Space && titleHeadAt(view, nextAt)) return false;
    // "post-Soviet", "anti-Russian": a lower-case prefix joined by a hyphen makes an adjective, not a name.
    if (i >= 2 && gluedHyphen(view, i - 1) && !view.capital[i - 2]) return false;
    // "Defenders of the Fatherland", "Order for Merit to the Fatherland": one known word at the end of a longer
    // capitalized name is that name's, not the party or the place it names alone.
    if (n === 1 && endsLongerName(view, gaz, i) && m.refs.every((r) => r.kind === 'org')) return false;
    if (n === 1) {
      const key = words[i]!.key;
      if (gaz.isCommonWord(key) && !taggerCover[i]) return false;
      if (isWeakWord(m.refs) && !taggerCover[i]) {
        // In a headline every word is capitalized and wink's tags are unreliable: only big places pass.
        if (allCaps) return m.refs.some((r) => r.kind !== 'place' || r.row[2] === 'capital' || r.row[7] >= 100_000 || r.row[7] === 0);
        if (!view.propn[i]) return false;
        // "Vladimir Putin", "Washington Post": a city name glued to other capitalized words is part of a longer name.
        const next =
          i + 1 < words.length && view.gap[i + 1] <= Gap.Bracket && view.capital[i + 1] && !SMALL_WORDS.has(words[i + 1]!.key) && !PLACE_CONTINUATIONS.has(words[i + 1]!.key);
        const prev = i > 0 && view.gap[i] <= Gap.Bracket && view.capital[i - 1] && !view.sentenceInitial[i - 1] && !SMALL_WORDS.has(words[i - 1]!.key) && !isTitleWord(words[i - 1]!.key);
        if (next || prev) return false;
      }
    }
    return true;
  };
  return matchPhrases(gaz, words, accept, (i) => view.capital[i] === 1).map((m) => ({
    ws: m.wordStart,
    we: m.wordEnd,
    priority: m.wordEnd - m.wordStart > 1 ? PRIORITY.gazetteerLong : isWeakWord(m.refs) ? PRIORITY.gazetteerWeak : PRIORITY.gazetteerWord,
    source: 'gazetteer' as const,
    label: null,
    refs: m.refs,
    type: null,
  }));
}

/** Single words that are only cities, lone surnames or outlets: many are also ordinary words or other names. */
function isWeakWord(refs: readonly GazRef[]): boolean {
  return refs.every(
    (r) =>
      (r.kind === 'place' && (r.row[2] === 'city' || r.row[2] === 'capital')) ||
      r.kind === 'person' ||
      (r.kind === 'org' && (r.row[1] === 'outlet' || r.row[1] === 'company')),
  );
}

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)';
const CITATION_RE = new RegExp(`\\(\\s*([\\p{Lu}\\p{N}][^(),\\n]{0,60}?)\\s*,\\s*(?:${MONTH}\\s+\\d|\\d{4}\\b)`, 'gu');

/** "(Turkistan, December 16)": the cited source is an organization (usually an outlet). */
export function citationCandidates(view: WordView, gaz: Gazetteer): Candidate[] {
  const out: Candidate[] = [];
  CITATION_RE.lastIndex = 0;
  for (let m = CITATION_RE.exec(view.body); m; m = CITATION_RE.exec(view.body)) {
    const start = m.index + m[0].indexOf(m[1]!);
    const end = start + m[1]!.length;
    if (!looksLikeSource(m[1]!)) continue;
    const ws = wordAt(view, start);
    let we = wordAt(view, end);
    if (we <= ws) continue;
    while (we > ws && view.words[we - 1]!.end > end) we--;
    // "(The Economist, October 22)": the outlet's mention leaves its article out, as "told The Economist" does
    // (one entity for both); the gazetteer may know the name either way.
    const refs = gaz.lookupKey(keyOf(view, ws, we));
    const article = we - ws > 1 && view.words[ws]!.key === 'the';
    out.push({ ws: article ? ws + 1 : ws, we, priority: PRIORITY.citation, source: 'citation', label: 'ORG', refs: article ? [...gaz.lookupKey(keyOf(view, ws + 1, we)), ...refs] : refs, type: 'ORG' });
  }
  // "told the Observer", "according to Interfax": outlets cited in running text.
  for (const m of findInlineCitations(view.body, null)) {
    const ws = wordAt(view, m.sourceStart);
    let we = wordAt(view, m.sourceStart + m.source.length);
    while (we > ws && view.words[we - 1]!.end > m.sourceStart + m.source.length) we--;
    if (we <= ws || view.words[ws]!.start !== m.sourceStart) continue;
    out.push({ ws, we, priority: PRIORITY.citation, source: 'citation', label: 'ORG', refs: gaz.lookupKey(keyOf(view, ws, we)), type: 'ORG' });
  }
  return out;
}

const FIELD_TAIL = new Set(['oil', 'gas', 'condensate', 'oil-and-gas', 'and']);
const FIELD_HEAD = new Set(['field', 'fields', 'oilfield', 'gasfield', 'deposit', 'deposits', 'structure']);
export const REGION_TAIL: ReadonlySet<string> = new Set(['region', 'oblast', 'province', 'krai', 'kray', 'district', 'governorate', 'republic', 'county', 'parish', 'okrug']);
/** Written with a capital they still end a region's name ("Kanawha County"); "Fire District", "Czech Republic" are other things. */
const CAPITAL_REGION_TAIL = new Set(['region', 'oblast', 'province', 'krai', 'county', 'parish', 'okrug']);

/**
 * "Year of Russia in Kazakhstan" (EVENT); "Kurmangazy oil field" (LOC); "Kostanai region" (GPE).
 * `proposed` are gazetteer candidates: a field or region pattern extends a known name when there is one.
 */
export function patternCandidates(view: WordView, gaz: Gazetteer): Candidate[] {
  const { words } = view;
  const out: Candidate[] = [];
  const n = words.length;
  for (let i = 0; i < n; i++) {
    const key = words[i]!.key;
    // Year of Russia in Kazakhstan / Year of Kazakhstan in Russia.
    if (key === 'year' && view.capital[i] && i + 2 < n && words[i + 1]!.key === 'of' && view.capital[i + 2] && view.gap[i + 1] === Gap.Space) {
      let end = i + 3;
      while (end < n && view.gap[end] === Gap.Space && (view.capital[end] || ((words[end]!.key === 'in' || words[end]!.key === 'and') && end + 1 < n && view.capital[end + 1]))) end++;
      out.push({ ws: i, we: end, priority: PRIORITY.event, source: 'pattern', label: 'MISC', refs: [], type: 'EVENT' });
      i = end - 1;
      continue;
    }
    // Operation Enduring Freedom
    if (key === 'operation' && view.capital[i] && i + 1 < n && view.capital[i + 1] && view.gap[i + 1] === Gap.Space && !view.allCaps[view.sentence[i]!]) {
      let end = i + 1;
      while (end < n && view.gap[end] === Gap.Space && view.capital[end] && end < i + 5) end++;
      out.push({ ws: i, we: end, priority: PRIORITY.event, source: 'pattern', label: 'MISC', refs: [], type: 'EVENT' });
      i = end - 1;
      continue;
    }
    // "Center for Eurasian Strategy", "Institute of Economic Forecasting", "Council on Foreign Relations",
    // "Center for the Study of Contemporary Afghanistan": an institution named by its head and what it is
    // for (the tagger may cut it: "Moscow-based Center for …").
    const article = words[i + 2]?.key === 'the' && !view.capital[i + 2] && view.gap[i + 3] === Gap.Space ? 1 : 0;
    if (INSTITUTION_HEADS.has(key) && view.capital[i] && !view.allCaps[view.sentence[i]!] && i + 2 + article < n && INSTITUTION_LINKS.has(words[i + 1]!.key) && view.gap[i + 1] === Gap.Space && view.gap[i + 2] === Gap.Space && view.capital[i + 2 + article]) {
      // Capitalized words, not a date: "the Electoral Commission on Thursday", "… Center on 11 September".
      const nameWord = (k: number): boolean => view.capital[k] === 1 && /^\p{L}/u.test(words[k]!.key) && !CALENDAR_WORD.test(view.body.slice(words[k]!.start, words[k]!.end));
      if (!nameWord(i + 2 + article)) continue;
      // After "for the", what the body is for is more than one word: "Fund for the Future" may be a slogan.
      if (article && !(NAME_LINKS.has(words[i + 4]?.key ?? '') || nameWord(i + 4))) continue;
      let end = i + 3 + article;
      // ("… on Security and Anti-Corruption": a hyphen between two of its words.)
      while (end < n && view.gap[end] === Gap.Space && (nameWord(end) || (NAME_LINKS.has(words[end]!.key) && end + 1 < n && nameWord(end + 1) && view.gap[end + 1] === Gap.Space) || (gluedHyphen(view, end) && nameWord(end + 1)))) end++;
      // Capitalized words before the head belong to the name: "the UN Office on Drugs and Crime" (not "The").
      let start = nameStartBefore(view, i);
      if (words[start]!.key === 'the') start++;
      out.push({ ws: start, we: end, priority: PRIORITY.extended, source: 'pattern', label: 'ORG', refs: [], type: 'ORG' });
      i = end - 1;
      continue;
    }
    // A nickname in quotes inside a name: Ignacio "Nacho" Coronel Villarreal, Joaquín “El Chapo” Guzmán.
    if (view.capital[i] && !view.allCaps[view.sentence[i]!]) {
      const person = nicknamedPerson(view, i);
      if (person) {
        out.push({ ws: person[0], we: person[1], priority: PRIORITY.extended, source: 'pattern', label: 'PER', refs: [], type: 'PERSON' });
        i = person[1] - 1;
        continue;
      }
    }
    // A quoted alias is a person's name: Rogelio Magallanes, alias "El Chino".
    if ((key === 'alias' || key === 'aka') && !view.capital[i]) {
      const b = quotedRunAt(view, i + 1, NICKNAME_WORDS);
      if (b > 0 && allCapitalized(view, i + 1, b)) {
        out.push({ ws: i + 1, we: b, priority: PRIORITY.extended, source: 'pattern', label: 'PER', refs: [], type: 'PERSON' });
        i = b - 1;
        continue;
      }
    }
    // <Name> [oil|gas|condensate]* field
    if (FIELD_HEAD.has(key) && !view.capital[i] && i > 0) {
      let k = i;
      while (k > 0 && FIELD_TAIL.has(words[k - 1]!.key) && view.gap[k] === Gap.Space) k--;
      if (k === i && key !== 'field' && key !== 'oilfield') continue;
      let s = nameStartBefore(view, k);
      if (s === k || (k - s === 1 && view.sentenceInitial[s] && !view.propn[s])) continue;
      if (words[s]!.key === 'the') s++;
      const nameKey = keyOf(view, s, k);
      const refs = gaz.lookupKey(nameKey).filter((r) => r.kind === 'place');
      out.push({ ws: s, we: i + 1, priority: PRIORITY.extended, source: 'pattern', label: 'LOC', refs, type: 'LOC' });
      continue;
    }
    // "at al-Jufra", "in al-Bab", "the al-Khadim air base": a place named with the Arabic article in lower case,
    // which the tagger leaves out ("al-Sharaa said" after no preposition stays a name it may tag).
    if (ARABIC_ARTICLES.has(key) && !view.capital[i] && i + 2 < n && gluedHyphen(view, i + 1) && view.capital[i + 2] && (i === 0 || !view.capital[i - 1] || view.gap[i] !== Gap.Space)) {
      let we = i + 3;
      while (we + 2 < n && gluedHyphen(view, we) && view.capital[we + 1]) we += 2;
      const before = i > 0 ? words[i - 1]!.key : '';
      const after = we < n && view.gap[we] === Gap.Space ? words[we]!.key : '';
      const next = we + 1 < n && view.gap[we + 1] === Gap.Space ? words[we + 1]!.key : '';
      const structure = ARABIC_PLACE_NEXT.has(after) || (after === 'air' && next === 'base');
      if (PLACE_BEFORE_ARABIC.has(before) || structure) {
        out.push({ ws: i, we, priority: PRIORITY.extended, source: 'pattern', label: 'LOC', refs: gaz.lookupKey(keyOf(view, i, we)), type: null });
        i = we - 1;
        continue;
      }
    }
    // "Line D" of the Central Asia–China gas pipeline: a line named by its letter.
    if (key === 'line' && view.capital[i] && i + 1 < n && view.gap[i + 1] === Gap.Space && /^[A-Z]$/.test(view.body.slice(words[i + 1]!.start, words[i + 1]!.end))) {
      out.push({ ws: i, we: i + 2, priority: PRIORITY.extended, source: 'pattern', label: 'LOC', refs: [], type: 'FAC' });
      i++;
      continue;
    }
    // "the Republic of Bashkortostan", "the Republic of Mordovia": a region named with its form (a country so
    // named, "the Republic of Moldova", is the gazetteer's).
    if (key === 'republic' && view.capital[i] && i + 2 < n && words[i + 1]!.key === 'of' && view.gap[i + 1] === Gap.Space && view.gap[i + 2] === Gap.Space && view.capital[i + 2] && !view.allCaps[view.sentence[i]!]) {
      let we = i + 3;
      while (we < n && view.gap[we] === Gap.Space && view.capital[we] && we - i < 6) we++;
      const name = gaz.lookupKey(keyOf(view, i + 2, we));
      // (Not inside a longer name: "the Islamic Republic of Iran Shipping Lines".)
      const inName = i > 0 && view.gap[i] === Gap.Space && view.capital[i - 1] && words[i - 1]!.key !== 'the';
      const country = (a: number, b: number): boolean => gaz.lookupKey(keyOf(view, a, b)).some((r) => r.kind === 'country');
      if (!inName && !country(i + 2, we) && !country(i + 2, i + 3) && !country(i, we)) {
        out.push({ ws: i, we, priority: PRIORITY.extended, source: 'pattern', label: 'LOC', refs: name.filter((r) => r.kind === 'place'), type: 'GPE' });
        i = we - 1;
        continue;
      }
    }
    // <Name> region / oblast / province
    // (A capitalized tail names a region even after a sentence's first word: "Odesa Oblast governor …".)
    if (REGION_TAIL.has(key) && (!view.capital[i] || CAPITAL_REGION_TAIL.has(key)) && i > 0 && view.gap[i] === Gap.Space && view.capital[i - 1] && (!view.sentenceInitial[i - 1] || (view.capital[i] && key !== 'region'))) {
      let s = nameStartBefore(view, i);
      if (words[s]!.key === 'the') s++;
      const whole = keyOf(view, s, i + 1);
      const base = keyOf(view, s, i);
      const refs = gaz.lookupKey(whole);
      const baseRefs = gaz.lookupKey(base).filter((r) => r.kind === 'place' || r.kind === 'country');
      // Only names of places with a government (or unknown words): not "Russian republic", "Caspian region".
      // (Nor a body whose name ends so: "Islamic State–Khorasan Province".)
      if (gaz.lookupKey(base).some((r) => r.kind === 'norp' || r.kind === 'org' || (r.kind === 'place' && r.row[1] === 'LOC')) || refs.some((r) => r.kind === 'org')) continue;
      // "Kostanai region" is centred near Kostanai; "Lexington County" is not the Lexington of another state.
      const regionLike = key === 'region' || key === 'oblast' || key === 'province' || key === 'krai' || key === 'kray';
      out.push({ ws: s, we: i + 1, priority: PRIORITY.extended, source: 'pattern', label: 'LOC', refs: refs.length ? refs : regionLike ? baseRefs.filter((r) => r.kind === 'place') : [], type: 'GPE' });
      continue;
    }
    // <Name> valley / gorge / canyon (lower case): a feature of the land, not the town it may share a name with
    // ("the Rasht valley" in Tajikistan, not Rasht in Iran).
    if (LAND_TAIL.has(key) && !view.capital[i] && i > 0 && view.gap[i] === Gap.Space && /^\p{Lu}/u.test(view.body[words[i - 1]!.start]!) && !view.sentenceInitial[i - 1]) {
      let s = nameStartBefore(view, i);
      if (words[s]!.key === 'the') s++;
      if (s === i) continue;
      if (gaz.lookupKey(keyOf(view, s, i)).some((r) => r.kind === 'norp' || r.kind === 'org' || r.kind === 'country')) continue;
      // "the Tsugaru and Soya straits", "the Syr Darya and Amu Darya rivers": two names, each without the plural.
      const pair = LAND_PLURALS.has(key) && s >= 2 && words[s - 1]!.key === 'and' && view.gap[s] === Gap.Space && view.gap[s - 1] === Gap.Space && view.capital[s - 2];
      const first = pair ? nameStartBefore(view, s - 1) : s;
      if (pair && first < s - 1 && !gaz.lookupKey(keyOf(view, first, s - 1)).some((r) => r.kind === 'norp' || r.kind === 'org' || r.kind === 'country')) {
        out.push({ ws: first, we: s - 1, priority: PRIORITY.extended, source: 'pattern', label: 'LOC', refs: gaz.lookupKey(keyOf(view, first, s - 1)), type: 'LOC' });
        out.push({ ws: s, we: i, priority: PRIORITY.extended, source: 'pattern', label: 'LOC', refs: gaz.lookupKey(keyOf(view, s, i)), type: 'LOC' });
      } else out.push({ ws: s, we: i + 1, priority: PRIORITY.extended, source: 'pattern', label: 'LOC', refs: gaz.lookupKey(keyOf(view, s, i + 1)), type: 'LOC' });
    }
  }
  return out;
}

/** The Arabic article as romanized before a name: "al-Jufra", "el-Sisi", "ad-Dawr". */
export const ARABIC_ARTICLES: ReadonlySet<string> = new Set(['al', 'el', 'ad', 'as', 'ar', 'an', 'at', 'az', 'ash']);
/** Words before a place: "at al-Jufra", "near al-Tanf". */
const PLACE_BEFORE_ARABIC = new Set(['at', 'in', 'near', 'from', 'outside', 'around', 'toward', 'towards', 'into', 'via', 'to']);
/** Nouns after a place's name: "the al-Tanf base", "the al-Hol camp". */
const ARABIC_PLACE_NEXT = new Set(['base', 'airbase', 'airport', 'port', 'camp', 'crossing', 'province', 'governorate', 'district', 'region', 'oilfield', 'field', 'refinery', 'prison', 'mosque']);

const LAND_TAIL = new Set(['valley', 'gorge', 'canyon', 'plateau', 'steppe', 'pass', 'peninsula', 'island', 'islands', 'islets', 'archipelago', 'strait', 'straits',
  'bay', 'gulf', 'river', 'rivers', 'lake', 'lakes', 'mountains', 'delta', 'desert', 'coast', 'basin']);
/** Plural tails after two names joined by "and". */
const LAND_PLURALS = new Set(['straits', 'rivers', 'lakes', 'islands']);

/** Where a capitalized name that ends right before word k starts (up to three words; "Saman-Depe" is one). */
function nameStartBefore(view: WordView, k: number): number {
  let s = k;
  while (s > 0 && view.gap[s] === Gap.Space && !view.sentenceInitial[s] && s > k - 4) {
    if (view.capital[s - 1]) s--;
    // "Saman-Depe": a hyphen inside the name.
    else if (s > 1 && gluedHyphen(view, s - 1) && view.capital[s - 2]) s -= 2;
    else break;
  }
  // "In Khabarovsk Krai": a capitalized function word opening the sentence is no part of the name.
  while (s < k && isFunctionWordAt(view, s)) s++;
  return s;
}

const NICKNAME_WORDS = 3;
/** Particles inside a surname: "Ismael Zambada García", "Rafael Caro Quintero", "Juan de la Cruz". */
const NAME_PARTICLES = new Set(['de', 'del', 'la', 'las', 'los', 'y', 'van', 'von', 'da', 'dos']);

/**
 * Given names, a quoted capitalized nickname, then a surname, starting at word `i` (a capitalized given
 * name, or the first of two): the person's word range, or null.
 */
function nicknamedPerson(view: WordView, i: number): [number, number] | null {
  const n = view.words.length;
  // Names by wink's reading too, so headline words ("When Did "Green Gold" Begin") stay out.
  if (!view.propn[i]) return null;
  let q = i + 1;
  if (q < n && view.gap[q] === Gap.Space && view.capital[q] && view.propn[q]) q++;
  const close = quotedRunAt(view, q, NICKNAME_WORDS);
  if (close < 0 || close >= n || !allCapitalized(view, q, close) || !view.capital[close] || !view.propn[close]) return null;
  if (!/^["”]\s+$/.test(view.body.slice(view.words[close - 1]!.end, view.words[close]!.start))) return null;
  let end = close + 1;
  while (end < n && end < close + 3 && view.gap[end] === Gap.Space) {
    if (view.capital[end]) end++;
    else if (NAME_PARTICLES.has(view.words[end]!.key) && end + 1 < n && view.gap[end + 1] === Gap.Space && view.capital[end + 1]) end += 2;
    else break;
  }
  return [i, end];
}

function allCapitalized(view: WordView, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (!view.capital[k]) return false;
  return true;
}

/** "political analyst Gulbigash Omarova": capitalized words right after a title head are a person, tagger or not. */
export function titleCandidates(view: WordView, gaz: Gazetteer): Candidate[] {
  const { words } = view;
  const out: Candidate[] = [];
  for (let i = 0; i + 1 < words.length; i++) {
    if (!HEADS.has(words[i]!.key)) continue;
    let k = i + 1;
    while (k < words.length && k < i + 4 && (view.gap[k] === Gap.Space || view.gap[k] === Gap.Bracket) && view.capital[k] && view.propn[k] && !SMALL_WORDS.has(words[k]!.key)) {
      // A country, demonym or organization ends the name; a city's name may be a given name ("Vladimir").
      if (gaz.lookupKey(words[k]!.key).some((r) => r.kind !== 'person' && !(r.kind === 'place' && (r.row[2] === 'city' || r.row[2] === 'capital')))) break;
      // "Deputy Defense Minister Lt. Gen. [Anatoly Antonov]": the title goes on; its last head is the one before the name.
      if (isTitleWord(words[k]!.key)) break;
      k++;
    }
    if (k === i + 1) continue;
    // A bracket inside the name ("Vladimir] Putin") splits it into pieces of one person.
    let s = i + 1;
    for (let j = i + 2; j <= k; j++) {
      if (j === k || view.gap[j] === Gap.Bracket) {
        out.push({ ws: s, we: j, priority: PRIORITY.title, source: 'title', label: 'PER', refs: [], type: 'PERSON' });
        s = j;
      }
    }
  }
  return out;
}

/**
 * Non-overlapping choice: higher priority first, then longer; a gazetteer phrase strictly inside a tagger span yields to it.
 * `namePartBefore(a, b)`: words [a, b) before a known organization make a longer name with it
 * ("Export-Import | Bank of China"), rather than qualify it ("Russian | Gazprom").
 */
export function place(candidates: Candidate[], wordCount: number, namePartBefore: (a: number, b: number) => boolean = () => false): Candidate[] {
  const tagger = candidates.filter((c) => c.source === 'tagger');
  // A gazetteer phrase strictly inside a tagger span yields to it ("Kazakhstan" in "Kazakhstan Senate"),
  // except a known multi-word organization: then the tagger overreached ("Eurasia Daily Monitor Volume").
  const kept = candidates.filter((c) => {
    const yields = c.source === 'gazetteer' || (c.source === 'pattern' && c.type === 'GPE');
    if (!yields) return true;
    const inside = tagger.filter((t) => t.ws <= c.ws && c.we <= t.we && t.we - t.ws > c.we - c.ws);
    if (inside.length === 0) return true;
    if (c.we - c.ws > 1 && c.refs.some((r) => r.kind === 'org')) {
      if (inside.some((t) => t.we === c.we && t.ws < c.ws && namePartBefore(t.ws, c.ws))) return false;
      for (const t of inside) t.priority = 0;
      return true;
    }
    return false;
  });
  kept.sort((a, b) => b.priority - a.priority || b.we - b.ws - (a.we - a.ws) || a.ws - b.ws);
  const taken = new Uint8Array(wordCount);
  const placed: Candidate[] = [];
  for (const c of kept) {
    let free = true;
    for (let k = c.ws; k < c.we; k++) if (taken[k]) free = false;
    if (!free) continue;
    for (let k = c.ws; k < c.we; k++) taken[k] = 1;
    placed.push(c);
  }
  return placed.sort((a, b) => a.ws - b.ws);
}

/** When a tagger span and a gazetteer phrase cover the same words, the tagger's candidate carries the phrase's entries. */
export function attachRefs(view: WordView, gaz: Gazetteer, c: Candidate): GazRef[] {
  if (c.refs.length) return c.refs;
  const key = keyOf(view, c.ws, c.we);
  const refs = gaz.lookupKey(key);
  return c.we - c.ws === 1 && endsLongerName(view, gaz, c.ws) ? refs.filter((r) => r.kind !== 'org') : refs;
}

/**
 * Whether the one word at `i`, an ordinary word too or in a quoted name, ends a longer capitalized name after "of
 * the", "for the" or "to the" (the fund “Defenders of the Fatherland”): it is that name's, not the party or body it
 * names alone ("D'Amuro of the FBI" keeps the FBI).
 */
function endsLongerName(view: WordView, gaz: Gazetteer, i: number): boolean {
  const words = view.words;
  return (
    i >= 3 && (gaz.isCommonWord(words[i]!.key) || /[“"‘]$/.test(view.body.slice(Math.max(0, words[i - 3]!.start - 1), words[i - 3]!.start))) && !view.allCaps[view.sentence[i]!] && words[i - 1]!.key === 'the' && /^(?:of|for|to)$/.test(words[i - 2]!.key) && view.capital[i - 3] === 1 &&
    !view.sentenceInitial[i - 3] && view.gap[i - 2] === Gap.Space && view.gap[i - 1] === Gap.Space && view.gap[i] === Gap.Space
  );
}

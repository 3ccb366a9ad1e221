// Gazetteer lookups: countries, demonyms, places, organizations and outlets, dated office-holders,
// named events. The built file is read once, on first use; phrase matching goes through an index
// from a phrase's first word to its candidates, longest first (no regex per entry).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { modelsDir } from '../../util/paths.js';
import { foldKey, splitWords, type Word } from './fold.js';
import {
  GAZETTEER_VERSION,
  type CountryRow,
  type DatedCode,
  type EventRow,
  type GazetteerData,
  type NorpRow,
  type OrgRow,
  type PersonRow,
  type PlaceRow,
} from './format.js';

export { foldKey, splitWords, type Word } from './fold.js';
export type { CountryRow, NorpRow, OrgRow, PersonRow, PlaceRow, EventRow, DatedCode } from './format.js';

export type GazRef =
  | { kind: 'country'; row: CountryRow }
  | { kind: 'place'; row: PlaceRow }
  | { kind: 'norp'; row: NorpRow }
  | { kind: 'org'; row: OrgRow }
  | { kind: 'person'; row: PersonRow }
  | { kind: 'event'; row: EventRow };

export interface Candidate {
  /** Word keys of the phrase after the first. */
  rest: string[];
  /** The phrase as written in the gazetteer, to check capitalization against the text. */
  surface: string;
  refs: GazRef[];
}

/** A gazetteer phrase found in text: words [wordStart, wordEnd) of the word array given to match(). */
export interface PhraseMatch {
  wordStart: number;
  wordEnd: number;
  start: number;
  end: number;
  refs: GazRef[];
  surface: string;
}

export class Gazetteer {
  /** Every phrase by its word keys joined by spaces; a phrase's candidate holds all it names. */
  private readonly phrases = new Map<string, Candidate>();
  /** Phrases of two words or more by their first two word keys ("caspian sea"), longest first. */
  private readonly byPair = new Map<string, Candidate[]>();
  /** First word keys of the phrases of two words or more. */
  private readonly firsts = new Set<string>();
  private readonly countriesByIso3 = new Map<string, CountryRow>();
  private readonly peopleBySurname = new Map<string, PersonRow[]>();
  /** A known person's given-name skeleton, computed on first use by findPerson. */
  private readonly givenSkeletons = new Map<PersonRow, string>();
  private readonly common: Set<string>;
  /** One string per distinct word key or row value while building (the data repeats them often). */
  private interned: Map<string, string> | null = new Map();

  constructor(data: GazetteerData) {
    if (data.version !== GAZETTEER_VERSION) throw new Error(`gazetteer version ${data.version}, expected ${GAZETTEER_VERSION}: rebuild it`);
    this.common = new Set(data.common);
    internRowValues(data, (s) => this.intern(s));
    // Insertion order is precedence order for equal phrases: our facts first, then the bulk lists.
    for (const row of data.countries) {
      this.countriesByIso3.set(row[0], row);
      const ref: GazRef = { kind: 'country', row };
      this.add(row[1], ref);
      for (const n of row[4]) this.add(n, ref);
    }
    for (const row of data.norps) this.add(row[0], { kind: 'norp', row });
    for (const row of data.orgs) {
      const ref: GazRef = { kind: 'org', row };
      this.add(row[0], ref);
      for (const n of row[4]) this.add(n, ref);
    }
    for (const row of data.events) {
      const ref: GazRef = { kind: 'event', row };
      this.add(row[0], ref);
      for (const n of row[1]) this.add(n, ref);
    }
    for (const row of data.places) {
      const ref: GazRef = { kind: 'place', row };
      this.add(row[0], ref);
      for (const n of row[8]) this.add(n, ref);
    }
    const surnames = data.people.map((row) => lastWordKey(row[0]));
    const surnameCount = new Map<string, number>();
    for (const last of surnames) if (last) surnameCount.set(last, (surnameCount.get(last) ?? 0) + 1);
    data.people.forEach((row, i) => {
      const ref: GazRef = { kind: 'person', row };
      this.add(row[0], ref);
      for (const n of row[1]) this.add(n, ref);
      // A surname only one known person has ("Nazarbayev") names them alone, as weak evidence.
      const last = surnames[i];
      if (last && last.length >= MIN_SURNAME_CHARS && surnameCount.get(last) === 1 && !this.common.has(last) && /^[a-z]/.test(last)) {
        this.add(row[0].slice(row[0].lastIndexOf(' ') + 1), ref);
      }
      if (last) push(this.peopleBySurname, this.intern(consonants(last)), row);
    });
    for (const list of this.byPair.values()) list.sort((a, b) => b.rest.length - a.rest.length);
    this.interned = null;
  }

  private intern(s: string): string {
    if (!this.interned) return s;
    const known = this.interned.get(s);
    if (known !== undefined) return known;
    this.interned.set(s, s);
    return s;
  }

  private add(name: string, ref: GazRef): void {
    const words = splitWords(name).map((w) => this.intern(w.key));
    if (words.length === 0) return;
    const phrase = words.length === 1 ? words[0]! : words.join(' ');
    const known = this.phrases.get(phrase);
    if (known) {
      if (!known.refs.some((r) => r.row === ref.row)) known.refs.push(ref);
      return;
    }
    const candidate: Candidate = { rest: words.length === 1 ? NO_WORDS : words.slice(1), surface: name, refs: [ref] };
    this.phrases.set(phrase, candidate);
    if (words.length > 1) {
      this.firsts.add(words[0]!);
      push(this.byPair, `${words[0]} ${words[1]}`, candidate);
    }
  }

  /** Everything a whole phrase names ("Kazakhstan", "Interfax-AVN"), in precedence order. */
  lookup(phrase: string): GazRef[] {
    return this.lookupKey(foldKey(phrase));
  }

  /** Like lookup, for a phrase already split into folded word keys joined by spaces. */
  lookupKey(phraseKey: string): GazRef[] {
    return this.phrases.get(phraseKey)?.refs ?? NO_REFS;
  }

  /** Multi-word candidates starting with these two words, longest first. */
  candidatesAfter(firstKey: string, secondKey: string): readonly Candidate[] {
    if (!this.firsts.has(firstKey)) return EMPTY;
    return this.byPair.get(`${firstKey} ${secondKey}`) ?? EMPTY;
  }

  /** The one-word candidate with this key. */
  single(key: string): Candidate | null {
    const c = this.phrases.get(key);
    return c && c.rest.length === 0 ? c : null;
  }

  hasFirst(key: string): boolean {
    return this.firsts.has(key) || this.phrases.has(key);
  }

  country(iso3: string): CountryRow | undefined {
    return this.countriesByIso3.get(iso3);
  }

  /** A folded single word that is also a common lower-case word ("time"): weak evidence on its own. */
  isCommonWord(key: string): boolean {
    return this.common.has(key);
  }

  /**
   * A known person by full name, tolerant of transliteration ("Danial" ~ "Daniyal", "Nazarbaev" ~
   * "Nazarbayev"): the same consonant skeletons of given name and surname. Null when unknown or ambiguous.
   */
  findPerson(fullName: string): PersonRow | null {
    const exact = this.lookup(fullName).find((r) => r.kind === 'person');
    if (exact) return exact.row as PersonRow;
    const words = splitWords(fullName).map((w) => w.key).filter((k) => k !== '-');
    if (words.length < 2) return null;
    // Surnames too vary in transliteration ("Nazarbaev", "Nazarbayev"): both names compare by skeleton.
    const rows = this.peopleBySurname.get(consonants(words[words.length - 1]!));
    if (!rows) return null;
    const skeleton = consonants(words[0]!);
    let hit: PersonRow | null = null;
    for (const r of rows) {
      if (this.givenSkeleton(r) !== skeleton) continue;
      if (hit) return null;
      hit = r;
    }
    return hit;
  }

  private givenSkeleton(row: PersonRow): string {
    let s = this.givenSkeletons.get(row);
    if (s === undefined) {
      s = consonants(splitWords(row[0])[0]!.key);
      this.givenSkeletons.set(row, s);
    }
    return s;
  }
}

/** The most specific dated CAMEO code active on `date` (yyyy-mm-dd); an undated code when no dated one is. */
export function activeCode(codes: readonly DatedCode[], date: string | null): string | null {
  let best: string | null = null;
  let fallback: string | null = null;
  const d = date ? Number(date.replaceAll('-', '')) : null;
  for (const [code, from, to] of codes) {
    if (from === 0 && to === 0) {
      fallback ??= code;
      continue;
    }
    if (d === null) continue;
    if ((from === 0 || from <= d) && (to === 0 || d <= to) && (best === null || code.length > best.length)) best = code;
  }
  return best ?? fallback;
}

/**
 * Greedy longest-first phrase matching over words (from splitWords). `accept` vets each candidate
 * (capitalization, context); a rejected longer candidate falls back to a shorter one.
 */
export function matchPhrases(
  gaz: Gazetteer,
  words: readonly Word[],
  accept: (m: PhraseMatch) => boolean,
  /** Words a match may start at, when the caller's `accept` would refuse the others anyway (a cheap pre-check). */
  canStart?: (wordIndex: number) => boolean,
): PhraseMatch[] {
  const out: PhraseMatch[] = [];
  let i = 0;
  while (i < words.length) {
    let matched: PhraseMatch | null = null;
    const first = words[i]!.key;
    if ((canStart && !canStart(i)) || !gaz.hasFirst(first)) {
      i++;
      continue;
    }
    const longer = i + 1 < words.length ? gaz.candidatesAfter(first, words[i + 1]!.key) : EMPTY;
    for (const c of longer) {
      const n = c.rest.length;
      if (i + n >= words.length) continue;
      let ok = true;
      for (let k = 1; k < n; k++) {
        if (words[i + 1 + k]!.key !== c.rest[k]) {
          ok = false;
          break;
        }
      }
      if (!ok) continue;
      const m: PhraseMatch = { wordStart: i, wordEnd: i + n + 1, start: words[i]!.start, end: words[i + n]!.end, refs: c.refs, surface: c.surface };
      if (accept(m)) {
        matched = m;
        break;
      }
    }
    const single = matched ? null : gaz.single(first);
    if (single) {
      const m: PhraseMatch = { wordStart: i, wordEnd: i + 1, start: words[i]!.start, end: words[i]!.end, refs: single.refs, surface: single.surface };
      if (accept(m)) matched = m;
    }
    if (matched) {
      out.push(matched);
      i = matched.wordEnd;
    } else i++;
  }
  return out;
}

let loaded: Gazetteer | null = null;

/** The gazetteer built by scripts/build-gazetteer.ts, loaded on first call. */
export function gazetteer(): Gazetteer {
  if (!loaded) {
    const file = resolve(modelsDir, 'gazetteer/gazetteer.json');
    loaded = new Gazetteer(JSON.parse(readFileSync(file, 'utf8')) as GazetteerData);
  }
  return loaded;
}

const EMPTY: readonly Candidate[] = [];
/** Shared by every unknown phrase; frozen, so a caller that mutated it would fail loudly. */
const NO_REFS = Object.freeze([]) as unknown as GazRef[];
/** Shorter surnames are too often ordinary names or words to stand for one known person. */
const MIN_SURNAME_CHARS = 6;
const NO_WORDS: string[] = [];

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

function lastWordKey(name: string): string | null {
  const words = splitWords(name);
  return words.length > 1 ? words[words.length - 1]!.key : null;
}

/** Row values repeat (types, kinds, country codes, CAMEO codes): one string each. */
function internRowValues(data: GazetteerData, intern: (s: string) => string): void {
  for (const row of data.places) {
    row[1] = intern(row[1]) as PlaceRow[1];
    row[2] = intern(row[2]) as PlaceRow[2];
    row[3] = intern(row[3]);
    row[9] = intern(row[9]);
  }
  for (const row of data.orgs) {
    row[1] = intern(row[1]) as OrgRow[1];
    row[2] = intern(row[2]);
    row[3] = intern(row[3]);
  }
  for (const row of data.norps) {
    row[1] = intern(row[1]);
    row[2] = intern(row[2]);
  }
  for (const row of data.people) for (const code of row[2]) code[0] = intern(code[0]);
}

/** Consonant skeleton for transliteration-tolerant given names: "daniyal" and "danial" -> "dnl". */
function consonants(key: string): string {
  return key.replace(/[aeiouyjh'.-]/g, '').replace(/(.)\1+/g, '$1');
}

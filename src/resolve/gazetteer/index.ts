// Gazetteer lookups: countries, demonyms, places, organizations and outlets, dated office-holders,
// named events. The packed file (./pack.ts) is read once, on first use; phrase matching goes through
// an index from a phrase's first two words to its candidates, longest first (no regex per entry).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { modelsDir } from '../../util/paths.js';
import { foldKey, splitWords, type Word } from './fold.js';
import { gunzipSync } from 'node:zlib';
import { GAZETTEER_FILE, type CountryRow, type DatedCode, type EventRow, type NorpRow, type OrgRow, type PersonRow, type PlaceRow } from './format.js';
import { KeyIndex, spaces, wordsContinue } from './keys.js';
import { consonants, KIND_NAMES, rowText, SURNAME_NAME, stringAt, tableSize, unpackGazetteer, type PackedGazetteer, type StringTable } from './pack.js';

export { foldKey, splitWords, type Word } from './fold.js';
export type { CountryRow, NorpRow, OrgRow, PersonRow, PlaceRow, EventRow, DatedCode } from './format.js';

export type GazRef =
  | { kind: 'country'; row: CountryRow }
  | { kind: 'place'; row: PlaceRow }
  | { kind: 'norp'; row: NorpRow }
  | { kind: 'org'; row: OrgRow }
  | { kind: 'person'; row: PersonRow }
  | { kind: 'event'; row: EventRow };

/** A gazetteer phrase found in text: words [wordStart, wordEnd) of the word array given to match(). */
export interface PhraseMatch {
  wordStart: number;
  wordEnd: number;
  start: number;
  end: number;
  refs: GazRef[];
  surface: string;
}

/**
 * The gazetteer in a compact form: ~50,000 rows and ~60,000 phrases held as tuples, arrays and objects
 * took 31 MB of heap. Here a row is its JSON text, parsed on first use and kept (an ingest touches a
 * few thousand), and a phrase is an integer id with its rows in flat arrays, all views on the packed
 * file (./pack.ts); only hash tables over its phrase keys (./keys.ts) are built at load: ~0.7 MB of
 * heap and 5 MB of buffers in all. Lookups and their order are those of the tuple form.
 */
export class Gazetteer {
  /** Phrase keys, word keys joined by spaces, as UTF-8: phrase p is keyBytes[keyStart[p] .. keyStart[p + 1]). */
  private readonly keyBytes: Uint8Array;
  private readonly keyStart: Int32Array;
  /** Phrase ids by key. */
  private readonly phrases: KeyIndex;
  /** Words in each phrase. */
  private readonly wordCounts: Uint8Array;
  /** Rows of phrase p: refRows[refStart[p] .. refStart[p + 1]), in precedence order. */
  private readonly refStart: Int32Array;
  private readonly refRows: Int32Array;
  /** The phrase as written in the gazetteer: name `surfaceName[p]` of row `surfaceRow[p]` (see nameOf). */
  private readonly surfaceRow: Int32Array;
  private readonly surfaceName: Int32Array;
  /** Phrases of two words or more by their first two word keys ("caspian sea"): pairIds[pairStart[i] ..), longest first. */
  private readonly pairs: KeyIndex;
  private readonly pairStart: Int32Array;
  private readonly pairIds: Int32Array;
  /** First word keys of the phrases of two words or more. */
  private readonly firsts: KeyIndex;
  /** Rows as JSON text in deflated blocks, row r of kind rowKinds[r]. */
  private readonly rowBlocks: StringTable;
  private readonly rowKinds: Uint8Array;
  private readonly countryRows = new Map<string, number>();
  /** Known people's rows by surname skeleton: surnameRows[surnameStart[i] ..) for the skeleton's i. */
  private readonly peopleBySurname = new Map<string, number>();
  private readonly surnameStart: Int32Array;
  private readonly surnameRows: Int32Array;
  /** Each person row's given-name skeleton, an index into skeletons. */
  private readonly givenSkeletons: Int32Array;
  private readonly skeletons: string[];
  private readonly common = new Set<string>();
  /** Rows and phrase refs parsed so far (the same objects on every lookup). */
  private readonly refCache = new Map<number, GazRef>();
  private readonly phraseRefCache = new Map<number, GazRef[]>();

  constructor(packed: PackedGazetteer) {
    this.keyBytes = packed.keys.bytes;
    this.keyStart = packed.keys.offsets;
    const n = this.keyStart.length - 1;
    this.phrases = new KeyIndex(this.keyBytes, this.keyStart.subarray(0, n), this.keyStart.subarray(1));
    this.wordCounts = packed.wordCounts;
    this.surfaceRow = packed.surfaceRows;
    this.surfaceName = packed.surfaceNames;
    this.refStart = packed.refStart;
    this.refRows = packed.refRows;
    this.pairStart = packed.pairStart;
    this.pairIds = packed.pairIds;
    // A pair's key is the first two words of any of its phrases, a first word the first of any.
    const prefixes = (phraseOf: (i: number) => number, count: number, second: boolean): KeyIndex => {
      const from = new Int32Array(count);
      const to = new Int32Array(count);
      for (let i = 0; i < count; i++) {
        const p = phraseOf(i);
        const [first, next] = spaces(this.keyBytes, this.keyStart[p]!, this.keyStart[p + 1]!);
        from[i] = this.keyStart[p]!;
        to[i] = !second ? first : next < 0 ? this.keyStart[p + 1]! : next;
      }
      return new KeyIndex(this.keyBytes, from, to);
    };
    this.pairs = prefixes((i) => this.pairIds[this.pairStart[i]!]!, this.pairStart.length - 1, true);
    this.firsts = prefixes((i) => packed.firstPhrases[i]!, packed.firstPhrases.length, false);
    this.rowBlocks = packed.rowBlocks;
    this.rowKinds = packed.rowKinds;
    strings(packed.countryCodes).forEach((iso3, i) => this.countryRows.set(iso3, packed.countryRows[i]!));
    for (const word of strings(packed.common)) this.common.add(word);
    this.skeletons = strings(packed.skeletons);
    packed.surnameSkeletons.forEach((s, i) => this.peopleBySurname.set(this.skeletons[s]!, i));
    this.surnameStart = packed.surnameStart;
    this.surnameRows = packed.surnameRows;
    this.givenSkeletons = packed.givenSkeletons;
  }

  /** Everything a whole phrase names ("Kazakhstan", "Interfax-AVN"), in precedence order. */
  lookup(phrase: string): GazRef[] {
    return this.lookupKey(foldKey(phrase));
  }

  /** Like lookup, for a phrase already split into folded word keys joined by spaces. */
  lookupKey(phraseKey: string): GazRef[] {
    const p = this.phrases.find(phraseKey);
    return p < 0 ? NO_REFS : this.refsOf(p);
  }

  hasFirst(key: string): boolean {
    return this.firsts.find(key) >= 0 || this.phrases.find(key) >= 0;
  }

  country(iso3: string): CountryRow | undefined {
    const r = this.countryRows.get(iso3);
    return r === undefined ? undefined : (this.ref(r).row as CountryRow);
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
    const surname = this.peopleBySurname.get(consonants(words[words.length - 1]!));
    if (surname === undefined) return null;
    const skeleton = consonants(words[0]!);
    let hit: number | null = null;
    for (let j = this.surnameStart[surname]!; j < this.surnameStart[surname + 1]!; j++) {
      const r = this.surnameRows[j]!;
      if (this.skeletons[this.givenSkeletons[r]!] !== skeleton) continue;
      if (hit !== null) return null;
      hit = r;
    }
    return hit === null ? null : (this.ref(hit).row as PersonRow);
  }

  /** The pair's index, or -1 when no phrase starts with these two words. */
  pairOf(firstKey: string, secondKey: string): number {
    if (this.firsts.find(firstKey) < 0) return -1;
    return this.pairs.find(firstKey, secondKey);
  }

  /** Phrase ids of a pair (from pairOf), longest first: ids[from, to). */
  pairRange(pair: number): [from: number, to: number] {
    return [this.pairStart[pair]!, this.pairStart[pair + 1]!];
  }

  pairPhrase(j: number): number {
    return this.pairIds[j]!;
  }

  /** The one-word phrase with this key, or -1. */
  singleId(key: string): number {
    const p = this.phrases.find(key);
    return p >= 0 && this.wordCounts[p] === 1 ? p : -1;
  }

  wordCount(p: number): number {
    return this.wordCounts[p]!;
  }

  /** Whether words[from ..] continue phrase p after its first two words. */
  restMatches(p: number, words: readonly Word[], from: number): boolean {
    const n = this.wordCounts[p]!;
    if (n <= 2) return true;
    const end = this.keyStart[p + 1]!;
    return wordsContinue(this.keyBytes, spaces(this.keyBytes, this.keyStart[p]!, end)[1] + 1, end, words, from, n - 2);
  }

  refsOf(p: number): GazRef[] {
    let refs = this.phraseRefCache.get(p);
    if (!refs) {
      refs = [];
      for (let j = this.refStart[p]!; j < this.refStart[p + 1]!; j++) refs.push(this.ref(this.refRows[j]!));
      this.phraseRefCache.set(p, refs);
    }
    return refs;
  }

  surfaceOf(p: number): string {
    return nameOf(this.ref(this.surfaceRow[p]!), this.surfaceName[p]!);
  }

  private ref(r: number): GazRef {
    let ref = this.refCache.get(r);
    if (!ref) {
      const row: unknown = JSON.parse(rowText(this.rowBlocks, r));
      ref = { kind: KIND_NAMES[this.rowKinds[r]!]!, row } as GazRef;
      this.refCache.set(r, ref);
    }
    return ref;
  }
}


/** A row's name (index 0), one of its aliases (1 on), or a person's surname (SURNAME_NAME). */
function nameOf(ref: GazRef, i: number): string {
  const [name, aliases] = namesOf(ref);
  if (i === 0) return name;
  if (i === SURNAME_NAME) return name.slice(name.lastIndexOf(' ') + 1);
  return aliases[i - 1]!;
}

function namesOf(ref: GazRef): [string, readonly string[]] {
  switch (ref.kind) {
    case 'country':
      return [ref.row[1], ref.row[4]];
    case 'norp':
      return [ref.row[0], NO_WORDS];
    case 'org':
      return [ref.row[0], ref.row[4]];
    case 'place':
      return [ref.row[0], ref.row[8]];
    case 'person':
    case 'event':
      return [ref.row[0], ref.row[1]];
  }
}

/** Whether a code dated from..to (yyyymmdd, 0 open) is in force on `day` (yyyymmdd). */
function inForce(from: number, to: number, day: number): boolean {
  return (from === 0 || from <= day) && (to === 0 || day <= to);
}

/** yyyy-mm-dd as the yyyymmdd number the dated codes use. */
function dayNumber(date: string): number {
  return Number(date.replaceAll('-', ''));
}

/** The most specific dated CAMEO code active on `date` (yyyy-mm-dd); an undated code when no dated one is. */
export function activeCode(codes: readonly DatedCode[], date: string | null): string | null {
  let best: string | null = null;
  let bestFrom = -1;
  let fallback: string | null = null;
  const d = date ? dayNumber(date) : null;
  for (const [code, from, to] of codes) {
    if (from === 0 && to === 0) {
      fallback ??= code;
      continue;
    }
    if (d === null || !inForce(from, to, d)) continue;
    // (An open-ended post the lists never closed is closed by a fact that ends it: Karimov's "UZBGOV from 1990"
    // by his presidency's end in 2016.)
    if (to === 0 && codes.some(([c, f, t]) => c === code && t > 0 && f >= from && !inForce(f, t, d))) continue;
    // The latest appointment wins over an open-ended older post the lists never closed ("President of the
    // European Commission" from December 2019 over a German ministry since 2009); then the finer code.
    if (best === null || from > bestFrom || (from === bestFrom && code.length > best.length)) {
      best = code;
      bestFrom = from;
    }
  }
  return best ?? fallback;
}

/**
 * The office a known person held on `date` ("President" of RUS for Putin on 2021-08-25), where our facts
 * title it: the latest appointment active that day. Null without a date (the lists cannot say when).
 */
export function activeOffice(codes: readonly DatedCode[], date: string | null): { title: string; code: string } | null {
  if (!date) return null;
  const d = dayNumber(date);
  let best: { title: string; code: string } | null = null;
  let bestFrom = -1;
  for (const [code, from, to, title] of codes) {
    if (title === undefined || !inForce(from, to, d)) continue;
    if (from > bestFrom) {
      best = { title, code };
      bestFrom = from;
    }
  }
  return best;
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
    const pair = i + 1 < words.length ? gaz.pairOf(first, words[i + 1]!.key) : -1;
    if (pair >= 0) {
      const [from, to] = gaz.pairRange(pair);
      for (let j = from; j < to; j++) {
        const p = gaz.pairPhrase(j);
        const n = gaz.wordCount(p) - 1;
        if (i + n >= words.length || !gaz.restMatches(p, words, i + 2)) continue;
        const m: PhraseMatch = { wordStart: i, wordEnd: i + n + 1, start: words[i]!.start, end: words[i + n]!.end, refs: gaz.refsOf(p), surface: gaz.surfaceOf(p) };
        if (accept(m)) {
          matched = m;
          break;
        }
      }
    }
    const single = matched ? -1 : gaz.singleId(first);
    if (single >= 0) {
      const m: PhraseMatch = { wordStart: i, wordEnd: i + 1, start: words[i]!.start, end: words[i]!.end, refs: gaz.refsOf(single), surface: gaz.surfaceOf(single) };
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
    loaded = new Gazetteer(unpackGazetteer(gunzipSync(readFileSync(resolve(modelsDir, GAZETTEER_FILE)))));
  }
  return loaded;
}

/** Shared by every unknown phrase; frozen, so a caller that mutated it would fail loudly. */
const NO_REFS = Object.freeze([]) as unknown as GazRef[];
const NO_WORDS: string[] = [];

function strings(t: StringTable): string[] {
  return Array.from({ length: tableSize(t) }, (_, i) => stringAt(t, i));
}

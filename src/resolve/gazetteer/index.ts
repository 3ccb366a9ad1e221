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
 * took 31 MB of heap. Here a row is its JSON text in one buffer (3.2 MB), parsed on first use and kept
 * (an ingest touches a few thousand), and a phrase is an integer id with its rows in flat arrays: 9 MB
 * of heap; full-corpus ingest peak RSS 432 -> 415 MB. Lookups and their order are those of the tuple form.
 */
export class Gazetteer {
  /** Every phrase's id by its word keys joined by spaces. */
  private readonly phraseIds: Map<string, number>;
  /** Phrase keys by id (the Map's keys). */
  private readonly keys: string[];
  /** Words in each phrase. */
  private readonly wordCounts: Uint8Array;
  /** Rows of phrase p: refRows[refStart[p] .. refStart[p + 1]), in precedence order. */
  private readonly refStart: Int32Array;
  private readonly refRows: Int32Array;
  /** The phrase as written in the gazetteer: name `surfaceName[p]` of row `surfaceRow[p]` (see nameOf). */
  private readonly surfaceRow: Int32Array;
  private readonly surfaceName: Int32Array;
  /** Phrases of two words or more by their first two word keys ("caspian sea"): pairIds[pairStart[i] ..), longest first. */
  private readonly pairIndex = new Map<string, number>();
  private readonly pairStart: Int32Array;
  private readonly pairIds: Int32Array;
  /** First word keys of the phrases of two words or more. */
  private readonly firsts = new Set<string>();
  /** Rows as JSON text: row r is rowText[rowOffsets[r] .. rowOffsets[r + 1]), of kind rowKinds[r]. */
  private readonly rowText: Buffer;
  private readonly rowOffsets: Int32Array;
  private readonly rowKinds: Uint8Array;
  private readonly countryRows = new Map<string, number>();
  /** Known people's rows by surname skeleton, with each one's given-name skeleton. */
  private readonly peopleBySurname = new Map<string, number[]>();
  private readonly givenSkeletons = new Map<number, string>();
  private readonly common: Set<string>;
  /** Rows and phrase refs parsed so far (the same objects on every lookup). */
  private readonly refCache = new Map<number, GazRef>();
  private readonly phraseRefCache = new Map<number, GazRef[]>();

  constructor(data: GazetteerData) {
    if (data.version !== GAZETTEER_VERSION) throw new Error(`gazetteer version ${data.version}, expected ${GAZETTEER_VERSION}: rebuild it`);
    this.common = new Set(data.common);
    const b = new IndexBuilder();
    // Insertion order is precedence order for equal phrases: our facts first, then the bulk lists.
    for (const row of data.countries) {
      const r = b.row(KIND_CODES.country, row);
      this.countryRows.set(row[0], r);
      b.add(row[1], r, 0);
      row[4].forEach((n, i) => b.add(n, r, i + 1));
    }
    for (const row of data.norps) b.add(row[0], b.row(KIND_CODES.norp, row), 0);
    for (const row of data.orgs) {
      const r = b.row(KIND_CODES.org, row);
      b.add(row[0], r, 0);
      row[4].forEach((n, i) => b.add(n, r, i + 1));
    }
    for (const row of data.events) {
      const r = b.row(KIND_CODES.event, row);
      b.add(row[0], r, 0);
      row[1].forEach((n, i) => b.add(n, r, i + 1));
    }
    for (const row of data.places) {
      const r = b.row(KIND_CODES.place, row);
      b.add(row[0], r, 0);
      row[8].forEach((n, i) => b.add(n, r, i + 1));
    }
    const surnames = data.people.map((row) => lastWordKey(row[0]));
    const surnameCount = new Map<string, number>();
    for (const last of surnames) if (last) surnameCount.set(last, (surnameCount.get(last) ?? 0) + 1);
    data.people.forEach((row, i) => {
      const r = b.row(KIND_CODES.person, row);
      b.add(row[0], r, 0);
      row[1].forEach((n, j) => b.add(n, r, j + 1));
      // A surname only one known person has ("Nazarbayev") names them alone, as weak evidence.
      const last = surnames[i];
      if (last && last.length >= MIN_SURNAME_CHARS && surnameCount.get(last) === 1 && !this.common.has(last) && /^[a-z]/.test(last)) {
        b.add(row[0].slice(row[0].lastIndexOf(' ') + 1), r, SURNAME_NAME);
      }
      if (last) {
        push(this.peopleBySurname, b.intern(consonants(last)), r);
        this.givenSkeletons.set(r, b.intern(consonants(splitWords(row[0])[0]!.key)));
      }
    });
    const n = b.keys.length;
    this.keys = b.keys;
    this.phraseIds = b.ids;
    this.wordCounts = Uint8Array.from(b.wordCounts);
    this.surfaceRow = Int32Array.from(b.surfaceRows);
    this.surfaceName = Int32Array.from(b.surfaceNames);
    this.refStart = new Int32Array(n + 1);
    b.refs.forEach((rows, p) => (this.refStart[p + 1] = this.refStart[p]! + rows.length));
    this.refRows = Int32Array.from(b.refs.flat());
    // Longest first; a stable sort keeps insertion order among equal lengths.
    const pairs = [...b.pairs.entries()];
    this.pairStart = new Int32Array(pairs.length + 1);
    pairs.forEach(([key, ids], i) => {
      ids.sort((x, y) => b.wordCounts[y]! - b.wordCounts[x]!);
      this.pairIndex.set(key, i);
      this.pairStart[i + 1] = this.pairStart[i]! + ids.length;
    });
    this.pairIds = Int32Array.from(pairs.flatMap(([, ids]) => ids));
    for (const f of b.firsts) this.firsts.add(f);
    this.rowText = Buffer.from(b.rowJson.join(''), 'utf8');
    this.rowOffsets = Int32Array.from(b.rowOffsets);
    this.rowKinds = Uint8Array.from(b.rowKinds);
  }

  /** Everything a whole phrase names ("Kazakhstan", "Interfax-AVN"), in precedence order. */
  lookup(phrase: string): GazRef[] {
    return this.lookupKey(foldKey(phrase));
  }

  /** Like lookup, for a phrase already split into folded word keys joined by spaces. */
  lookupKey(phraseKey: string): GazRef[] {
    const p = this.phraseIds.get(phraseKey);
    return p === undefined ? NO_REFS : this.refsOf(p);
  }

  hasFirst(key: string): boolean {
    return this.firsts.has(key) || this.phraseIds.has(key);
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
    const rows = this.peopleBySurname.get(consonants(words[words.length - 1]!));
    if (!rows) return null;
    const skeleton = consonants(words[0]!);
    let hit: number | null = null;
    for (const r of rows) {
      if (this.givenSkeletons.get(r) !== skeleton) continue;
      if (hit !== null) return null;
      hit = r;
    }
    return hit === null ? null : (this.ref(hit).row as PersonRow);
  }

  /** The pair's index, or -1 when no phrase starts with these two words. */
  pairOf(firstKey: string, secondKey: string): number {
    if (!this.firsts.has(firstKey)) return -1;
    return this.pairIndex.get(`${firstKey} ${secondKey}`) ?? -1;
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
    const p = this.phraseIds.get(key);
    return p !== undefined && this.wordCounts[p] === 1 ? p : -1;
  }

  wordCount(p: number): number {
    return this.wordCounts[p]!;
  }

  /** Whether words[from ..] continue phrase p after its first two words. */
  restMatches(p: number, words: readonly Word[], from: number): boolean {
    const key = this.keys[p]!;
    const n = this.wordCounts[p]!;
    // Word keys hold no spaces: skip the first two words of the key, then compare word by word.
    let pos = key.indexOf(' ', key.indexOf(' ') + 1) + 1;
    for (let k = 2; k < n; k++) {
      const w = words[from + k - 2]!.key;
      if (!key.startsWith(w, pos)) return false;
      const end = pos + w.length;
      if (k === n - 1 ? end !== key.length : key.charCodeAt(end) !== 0x20) return false;
      pos = end + 1;
    }
    return true;
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
      const row: unknown = JSON.parse(this.rowText.toString('utf8', this.rowOffsets[r]!, this.rowOffsets[r + 1]!));
      ref = { kind: KIND_NAMES[this.rowKinds[r]!]!, row } as GazRef;
      this.refCache.set(r, ref);
    }
    return ref;
  }
}

const KIND_NAMES = ['country', 'place', 'norp', 'org', 'person', 'event'] as const satisfies readonly GazRef['kind'][];
const KIND_CODES = { country: 0, place: 1, norp: 2, org: 3, person: 4, event: 5 } as const satisfies Record<GazRef['kind'], number>;
/** The name index of a phrase that is a known person's surname alone. */
const SURNAME_NAME = -1;

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

/** The phrase index while it is built: growable arrays, turned into typed ones by the Gazetteer. */
class IndexBuilder {
  readonly keys: string[] = [];
  readonly ids = new Map<string, number>();
  readonly wordCounts: number[] = [];
  readonly refs: number[][] = [];
  readonly surfaceRows: number[] = [];
  readonly surfaceNames: number[] = [];
  readonly pairs = new Map<string, number[]>();
  readonly firsts = new Set<string>();
  readonly rowJson: string[] = [];
  readonly rowOffsets: number[] = [0];
  readonly rowKinds: number[] = [];
  /** One string per distinct word key (the data repeats them often). */
  private readonly interned = new Map<string, string>();

  intern(s: string): string {
    const known = this.interned.get(s);
    if (known !== undefined) return known;
    this.interned.set(s, s);
    return s;
  }

  row(kind: number, row: unknown): number {
    const json = JSON.stringify(row);
    this.rowJson.push(json);
    this.rowOffsets.push(this.rowOffsets[this.rowOffsets.length - 1]! + Buffer.byteLength(json, 'utf8'));
    this.rowKinds.push(kind);
    return this.rowKinds.length - 1;
  }

  add(name: string, row: number, nameIndex: number): void {
    const words = splitWords(name).map((w) => this.intern(w.key));
    if (words.length === 0) return;
    const phrase = words.length === 1 ? words[0]! : words.join(' ');
    const known = this.ids.get(phrase);
    if (known !== undefined) {
      if (!this.refs[known]!.includes(row)) this.refs[known]!.push(row);
      return;
    }
    const p = this.keys.length;
    this.ids.set(phrase, p);
    this.keys.push(phrase);
    this.wordCounts.push(Math.min(words.length, 255));
    this.refs.push([row]);
    this.surfaceRows.push(row);
    this.surfaceNames.push(nameIndex);
    if (words.length > 1) {
      this.firsts.add(words[0]!);
      push(this.pairs, `${words[0]} ${words[1]}`, p);
    }
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
    const file = resolve(modelsDir, 'gazetteer/gazetteer.json');
    loaded = new Gazetteer(JSON.parse(readFileSync(file, 'utf8')) as GazetteerData);
  }
  return loaded;
}

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

/** Consonant skeleton for transliteration-tolerant given names: "daniyal" and "danial" -> "dnl". */
function consonants(key: string): string {
  return key.replace(/[aeiouyjh'.-]/g, '').replace(/(.)\1+/g, '$1');
}

// What the tagger knows about one word form, computed once per distinct form and cached.
import { hashString, hashRange } from './hash.js';

export const enum Flag {
  InitCap = 1,
  AllCaps = 2,
  AllLower = 4,
  HasDigit = 8,
  AllDigits = 16,
  HasHyphen = 32,
  HasPeriod = 64,
  Initial = 128,
  Punct = 256,
  MixedCaps = 512,
  HasApostrophe = 1024,
  HasLetter = 2048,
}

export interface WordInfo {
  form: string;
  lowerForm: string;
  word: number;
  lower: number;
  shape: number;
  shortShape: number;
  /** Prefix hashes of length 1..4 then suffix hashes of length 1..4 (0 when the word is shorter). */
  affixes: Int32Array;
  /** Hashes of the word's cluster bit-string prefixes, then of its flat cluster ids (0 = unknown word). */
  clusters: Int32Array;
  flags: number;
  /** How the word is usually cased mid-sentence in unlabeled text (a CasingLookup bucket; 0 = unknown). */
  casing: number;
  /** The word's dense vector (see EmbeddingLookup), or undefined for a word without one. */
  vector: Float32Array | undefined;
  /** Cached by the feature extractor: the hashes of the word's context-free features. */
  intrinsic?: Int32Array;
  /** Cached by each run-time scorer (by its id): those features' summed label scores. */
  scores?: (Float64Array | undefined)[];
  /** Where the paired two-pass scorer of generation `pairedBy` keeps this word's scores (see PairedScorer). */
  pairedAt: number;
  pairedBy: number;
}

/** Corpus casing: lowercase form -> bucket of its capitalized share mid-sentence (undefined = rare word). */
export type CasingLookup = (lowerForm: string) => number | undefined;

/** Word clusters: form -> bit string, then the ids of its flat clusters (e.g. "0110101:12:201"). */
export type ClusterLookup = (form: string) => string | undefined;

/** Dense word vectors: form -> vector (all of one length; undefined = no vector). */
export type EmbeddingLookup = (form: string) => Float32Array | undefined;

export const CLUSTER_PREFIXES = [4, 6, 10, 20] as const;
/** Flat cluster ids a cluster string may carry after its bits. */
export const FLAT_CLUSTERS = 2;
const AFFIX_SEED = 0x51ed270b;

export function wordShape(form: string): string {
  let out = '';
  for (let i = 0; i < form.length && out.length < 16; i++) out += shapeChar(form, i);
  return out;
}

function shapeChar(form: string, i: number): string {
  const code = form.charCodeAt(i);
  if (code >= 65 && code <= 90) return 'X';
  if (code >= 97 && code <= 122) return 'x';
  if (code >= 48 && code <= 57) return 'd';
  const ch = form[i]!;
  if (code < 128) return ch;
  const upper = ch.toUpperCase();
  const lower = ch.toLowerCase();
  if (upper === lower) return ch;
  return ch === upper ? 'X' : 'x';
}

export function shortShape(shape: string): string {
  let out = '';
  for (let i = 0; i < shape.length; i++) if (shape[i] !== out[out.length - 1]) out += shape[i];
  return out;
}

export function computeWordInfo(
  form: string,
  clusters: ClusterLookup | null,
  casing: CasingLookup | null = null,
  embeddings: EmbeddingLookup | null = null,
): WordInfo {
  const lowerForm = form.toLowerCase();
  const shape = wordShape(form);
  const affixes = new Int32Array(8);
  const length = form.length;
  for (let n = 1; n <= 4 && n <= length; n++) {
    affixes[n - 1] = hashRange(form, 0, n, AFFIX_SEED + n);
    affixes[3 + n] = hashRange(form, length - n, length, AFFIX_SEED - n);
  }
  // One pass over the characters for the casing and character-class flags.
  let uppers = 0;
  let lowers = 0;
  let digits = 0;
  let others = 0;
  let innerUpper = false;
  for (let i = 0; i < length; i++) {
    const c = shapeChar(form, i);
    if (c === 'X') {
      uppers++;
      if (i > 0) innerUpper = true;
    } else if (c === 'x') lowers++;
    else if (c === 'd') digits++;
    else others++;
  }
  let flags = 0;
  if (length > 0 && shape[0] === 'X') flags |= Flag.InitCap;
  if (uppers > 0 && lowers === 0) flags |= Flag.AllCaps;
  if (lowers > 0 && uppers === 0) flags |= Flag.AllLower;
  if (digits > 0) flags |= Flag.HasDigit;
  if (digits > 0 && ALL_DIGITS.test(form)) flags |= Flag.AllDigits;
  if (length > 1 && form.includes('-')) flags |= Flag.HasHyphen;
  if (length > 1 && form.includes('.')) flags |= Flag.HasPeriod;
  if (length === 2 && uppers === 1 && form[1] === '.') flags |= Flag.Initial;
  if (uppers + lowers + digits === 0 && others > 0) flags |= Flag.Punct;
  if (uppers > 0 && lowers > 0 && innerUpper) flags |= Flag.MixedCaps;
  if (length > 2 && form.includes("'")) flags |= Flag.HasApostrophe;
  if (uppers + lowers > 0) flags |= Flag.HasLetter;

  const clusterHashes = new Int32Array(CLUSTER_PREFIXES.length + FLAT_CLUSTERS);
  if (clusters) {
    // ALL-CAPS words borrow the cluster of their usual casing.
    let bits = clusters(form);
    if (bits === undefined && (flags & Flag.AllCaps) !== 0) bits = clusters(lowerForm.charAt(0).toUpperCase() + lowerForm.slice(1));
    if (bits === undefined) bits = clusters(lowerForm);
    if (bits !== undefined) {
      let end = bits.indexOf(':');
      if (end < 0) end = bits.length;
      for (let k = 0; k < CLUSTER_PREFIXES.length; k++) {
        clusterHashes[k] = hashRange(bits, 0, Math.min(end, CLUSTER_PREFIXES[k]), 0x2545f491 + k);
      }
      for (let f = 0; f < FLAT_CLUSTERS && end < bits.length; f++) {
        const start = end + 1;
        end = bits.indexOf(':', start);
        if (end < 0) end = bits.length;
        clusterHashes[CLUSTER_PREFIXES.length + f] = hashRange(bits, start, end, 0x6a09e667 + f);
      }
    }
  }
  let vector: Float32Array | undefined;
  if (embeddings) {
    // As for clusters: ALL-CAPS words borrow the vector of their usual casing.
    vector = embeddings(form);
    if (vector === undefined && (flags & Flag.AllCaps) !== 0) vector = embeddings(lowerForm.charAt(0).toUpperCase() + lowerForm.slice(1));
    if (vector === undefined) vector = embeddings(lowerForm);
  }
  return {
    form,
    lowerForm,
    word: hashString(form, 0x1234567),
    lower: hashString(lowerForm, 0x7654321),
    shape: hashString(shape, 0x3141592),
    shortShape: hashString(shortShape(shape), 0x2718281),
    affixes,
    clusters: clusterHashes,
    flags,
    casing: casing ? (casing(lowerForm) ?? 0) : 0,
    vector,
    intrinsic: undefined,
    scores: undefined,
    pairedAt: 0,
    pairedBy: -1,
  };
}

const ALL_DIGITS = /^[\d.,]+$/;

/** A bounded cache of word infos (the product tags unbounded text). */
export class WordCache {
  private readonly map = new Map<string, WordInfo>();
  constructor(
    private readonly clusters: ClusterLookup | null,
    private readonly capacity = 50_000,
    private readonly casing: CasingLookup | null = null,
    private readonly embeddings: EmbeddingLookup | null = null,
  ) {}
  /** The cached words, to restore later (benchmarks repeat a run from the same state). */
  snapshot(): Map<string, WordInfo> {
    return new Map(this.map);
  }

  restore(snapshot: Map<string, WordInfo>): void {
    this.map.clear();
    for (const [form, info] of snapshot) this.map.set(form, info);
  }

  get(form: string): WordInfo {
    let info = this.map.get(form);
    if (info === undefined) {
      if (this.map.size >= this.capacity) this.map.clear();
      info = computeWordInfo(form, this.clusters, this.casing, this.embeddings);
      this.map.set(form, info);
    }
    return info;
  }
}

const QUOTE_MAP: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201a': "'",
  '\u201b': "'",
  '\u2032': "'",
  '`': "'",
  '\u201c': '"',
  '\u201d': '"',
  '\u201e': '"',
  '\u00ab': '"',
  '\u00bb': '"',
  '\u2013': '-',
  '\u2014': '--',
  '\u2212': '-',
  '[': '(',
  ']': ')',
  '{': '(',
  '}': ')',
};
const NEEDS_MAPPING = /[\u2018\u2019\u201a\u201b\u2032`\u201c\u201d\u201e\u00ab\u00bb\u2013\u2014\u2212[\]{}]/g;

/** Maps a product token to the form CoNLL-2003 (Reuters) would have used. */
export function conllForm(text: string): string {
  if (text === '``' || text === "''") return '"';
  NEEDS_MAPPING.lastIndex = 0;
  return NEEDS_MAPPING.test(text) ? text.replace(NEEDS_MAPPING, (ch) => QUOTE_MAP[ch] ?? ch) : text;
}

/** The hash of a word's lowercase form, exactly as WordInfo.lower (gazetteers are keyed by it). */
export function lowerHash(form: string): number {
  return hashString(form.toLowerCase(), 0x7654321);
}

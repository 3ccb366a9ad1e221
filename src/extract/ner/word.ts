// What the tagger knows about one word form, computed once per distinct form and cached.
import { hashString, mix } from './hash.js';

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
  /** Hashes of the word's cluster bit-string prefixes (0 = unknown word). */
  clusters: Int32Array;
  flags: number;
  /** Shape class of the lowercase form's title-case (used for ALL-CAPS headlines). */
  titleShape: number;
}

/** Word clusters: form -> bit string (e.g. "0110101"). */
export type ClusterLookup = (form: string) => string | undefined;

export const CLUSTER_PREFIXES = [4, 6, 10, 20] as const;
const AFFIX_SEED = 0x51ed270b;

const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const DIGIT = /\d/;
const LETTER = /\p{L}/u;
const INITIAL = /^\p{Lu}\.$/u;
const PUNCT_ONLY = /^[^\p{L}\d]+$/u;

export function wordShape(form: string): string {
  let out = '';
  for (let i = 0; i < form.length && out.length < 16; i++) {
    const ch = form[i]!;
    if (ch >= 'A' && ch <= 'Z') out += 'X';
    else if (ch >= 'a' && ch <= 'z') out += 'x';
    else if (ch >= '0' && ch <= '9') out += 'd';
    else if (UPPER.test(ch)) out += 'X';
    else if (LOWER.test(ch)) out += 'x';
    else out += ch;
  }
  return out;
}

export function shortShape(shape: string): string {
  let out = '';
  for (let i = 0; i < shape.length; i++) if (shape[i] !== out[out.length - 1]) out += shape[i];
  return out;
}

export function computeWordInfo(form: string, clusters: ClusterLookup | null): WordInfo {
  const lowerForm = form.toLowerCase();
  const shape = wordShape(form);
  const affixes = new Int32Array(8);
  for (let n = 1; n <= 4; n++) {
    if (form.length < n) break;
    affixes[n - 1] = hashString(form.slice(0, n), AFFIX_SEED + n);
    affixes[3 + n] = hashString(form.slice(-n), AFFIX_SEED - n);
  }
  let flags = 0;
  const hasUpper = UPPER.test(form);
  const hasLower = LOWER.test(form);
  if (UPPER.test(form[0] ?? '')) flags |= Flag.InitCap;
  if (hasUpper && !hasLower) flags |= Flag.AllCaps;
  if (hasLower && !hasUpper) flags |= Flag.AllLower;
  if (DIGIT.test(form)) flags |= Flag.HasDigit;
  if (/^[\d.,]+$/.test(form) && DIGIT.test(form)) flags |= Flag.AllDigits;
  if (form.includes('-') && form.length > 1) flags |= Flag.HasHyphen;
  if (form.includes('.') && form.length > 1) flags |= Flag.HasPeriod;
  if (INITIAL.test(form)) flags |= Flag.Initial;
  if (PUNCT_ONLY.test(form)) flags |= Flag.Punct;
  if (hasUpper && hasLower && UPPER.test(form.slice(1))) flags |= Flag.MixedCaps;
  if (form.includes("'") && form.length > 2) flags |= Flag.HasApostrophe;
  if (LETTER.test(form)) flags |= Flag.HasLetter;

  const clusterHashes = new Int32Array(CLUSTER_PREFIXES.length);
  if (clusters) {
    const title = lowerForm.charAt(0).toUpperCase() + lowerForm.slice(1);
    // ALL-CAPS words borrow the cluster of their usual casing.
    const bits =
      clusters(form) ?? ((flags & Flag.AllCaps) !== 0 ? (clusters(title) ?? clusters(lowerForm)) : clusters(lowerForm));
    if (bits !== undefined) {
      for (let k = 0; k < CLUSTER_PREFIXES.length; k++) {
        clusterHashes[k] = hashString(bits.slice(0, CLUSTER_PREFIXES[k]), 0x2545f491 + k);
      }
    }
  }
  const titleForm = lowerForm.charAt(0).toUpperCase() + lowerForm.slice(1);
  return {
    form,
    lowerForm,
    word: hashString(form, 0x1234567),
    lower: lowerHash(form),
    shape: hashString(shape, 0x3141592),
    shortShape: hashString(shortShape(shape), 0x2718281),
    affixes,
    clusters: clusterHashes,
    flags,
    titleShape: mix(0x1618033, hashString(shortShape(wordShape(titleForm)))),
  };
}

/** A bounded cache of word infos (the product tags unbounded text). */
export class WordCache {
  private readonly map = new Map<string, WordInfo>();
  constructor(
    private readonly clusters: ClusterLookup | null,
    private readonly capacity = 300_000,
  ) {}
  get(form: string): WordInfo {
    let info = this.map.get(form);
    if (info === undefined) {
      if (this.map.size >= this.capacity) this.map.clear();
      info = computeWordInfo(form, this.clusters);
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

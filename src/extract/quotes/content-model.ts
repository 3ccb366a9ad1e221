// A learned reading of what a cue verb introduces: for a candidate verb, either nothing, or the
// content span that follows it (its first and last token within the sentence). The score of a
// span is cue part + start part + end part + length part, all linear, so the best span is found
// in one pass per start (the end part of a token is computed once per document).
// Trained by scripts/train-quotes.ts on PolNeAR train (structured averaged perceptron); weights in
// models/quotes/content-model.json.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Token } from '../../analyze/index.js';
import { modelsDir } from '../../util/paths.js';
import { cueContextKey, cueFeatures, isCueCandidate, stem } from './cue-model.js';

/** How far after the cue the content may start, and how long it may be (tokens). */
export const START_WINDOW = 10;
export const MAX_SPAN = 80;
export const LENGTH_BUCKETS = 12;

const QUOTE = /^["“”«»'‘’]$/;
const CLASS_WORDS = new Set([
  'that', 'to', 'for', 'about', 'on', 'of', 'with', 'against', 'as', 'by', 'in', 'at', 'if', 'whether', 'how',
  'what', 'why', 'when', 'where', 'who', 'which', 'while', 'because', 'since', 'after', 'before', 'and', 'but',
  'or', 'is', 'was', 'are', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'could', 'should',
  'not', "n't", 'he', 'she', 'they', 'it', 'we', 'i', 'you', 'the', 'a', 'an', 'his', 'her', 'their', 'its',
  'according', 'said', 'says', 'say', 'including', 'even', 'also', 'there', 'this', 'those', 'these',
]);

const JOINERS = new Set(['ADP', 'SCONJ', 'CCONJ']);

/** Prepositions after a noun that make it a cue ("criticism of", "support for", "questions about", "claims that"). */
const NOUN_CUE_NEXT = new Set(['of', 'for', 'about', 'on', 'over', 'against', 'that', 'to']);

/** Tokens the content model reads: the cue model's candidates, and nouns heading a preposition or "that". */
export function isContentCandidate(toks: readonly Token[], lower: readonly string[], i: number): boolean {
  if (isCueCandidate(toks, i)) return true;
  return toks[i]!.pos === 'NOUN' && i + 1 < toks.length && NOUN_CUE_NEXT.has(lower[i + 1]!);
}

/** One document, as the model sees it. */
export interface ContentView {
  toks: readonly Token[];
  lower: readonly string[];
  /** Index one past the last token of token i's unit (sentence within a paragraph). */
  unitEnd: Int32Array;
  /** 1 when token i lies inside a quoted span, marks included. */
  inQuote: Uint8Array;
  /** Memo of each token's class (filled on use). */
  classes: (string | undefined)[];
  /** Memo of each token's class id (0 until used). */
  classIds: Int32Array;
  /** Memo of each token's cueContextKey. */
  cueKeys: (string | undefined)[];
}

/** Small integer ids of token classes, shared by all texts, so that cache keys are numbers. */
const CLASS_IDS = new Map<string, number>([['<s>', 1], ['</s>', 2]]);
const END_ID = 2;
/** Ids below this fit the numeric cache keys; rarer classes are scored without the cache. */
const ID_LIMIT = 4096;

/** Ids of joining words ("during", "and"), in their own space. */
const WORD_IDS = new Map<string, number>();
function wordId(w: string): number {
  let id = WORD_IDS.get(w);
  if (id === undefined) WORD_IDS.set(w, (id = WORD_IDS.size + 1));
  return id;
}

function clsId(v: ContentView, k: number): number {
  if (k < 0) return 1;
  if (k >= v.toks.length) return END_ID;
  let id = v.classIds[k]!;
  if (id === 0) {
    const c = cls(v, k);
    id = CLASS_IDS.get(c) ?? 0;
    if (id === 0) CLASS_IDS.set(c, (id = CLASS_IDS.size + 1));
    v.classIds[k] = id;
  }
  return id;
}

/** The class of token k for context features: function words and punctuation as such, else the tag. */
function cls(v: ContentView, k: number): string {
  if (k < 0) return '<s>';
  if (k >= v.toks.length) return '</s>';
  let c = v.classes[k];
  if (c === undefined) {
    const w = v.lower[k]!;
    c = v.classes[k] = QUOTE.test(w) ? 'Q' : CLASS_WORDS.has(w) || v.toks[k]!.pos === 'PUNCT' ? w : v.toks[k]!.pos;
  }
  return c;
}

export function cuePartFeatures(v: ContentView, c: number): string[] {
  return cueFeatures(v.toks, v.lower, c).map((f) => `c${f}`);
}

export function startFeatures(v: ContentView, c: number, k: number): string[] {
  const d = Math.min(k - c, 6);
  const w = cls(v, k);
  const p1 = cls(v, k - 1);
  const s = stem(v.lower[c]!);
  let that = false;
  for (let j = c + 1; j < k; j++) if (v.lower[j] === 'that') that = true;
  return [
    `sd=${d}`,
    `sdw=${d}|${w}`,
    `sw=${w}`,
    `sp1w=${p1}|${w}`,
    `sn=${w}|${cls(v, k + 1)}`,
    `ss=${s}|${w}`,
    `ssd=${s}|${d}`,
    `sthat=${that}|${w}`,
    `sq=${v.inQuote[k]}|${v.inQuote[c]}`,
  ];
}

/** The start part of the score of a content after cue c starting at k (the sum of startFeatures' weights), cached by context. */
export function startScore(model: ContentModel, v: ContentView, c: number, k: number, cueStem: string, thatBefore: boolean): number {
  const a = clsId(v, k);
  const b = clsId(v, k - 1);
  const n = clsId(v, k + 1);
  if (a >= ID_LIMIT || b >= ID_LIMIT || n >= ID_LIMIT || k - c > 15) return sumWeights(model.weights, startFeatures(v, c, k));
  let byStem = model.startCache.get(cueStem);
  if (!byStem) model.startCache.set(cueStem, (byStem = new Map()));
  const key = ((((k - c) * ID_LIMIT + a) * ID_LIMIT + b) * ID_LIMIT + n) * 8 + (thatBefore ? 4 : 0) + v.inQuote[k]! * 2 + v.inQuote[c]!;
  let x = byStem.get(key);
  if (x === undefined) byStem.set(key, (x = sumWeights(model.weights, startFeatures(v, c, k))));
  return x;
}

/** The end part of the score of a content ending at e (the sum of endFeatures' weights), cached by context. */
export function endScoreOf(model: ContentModel, v: ContentView, e: number): number {
  const unitEnd = v.unitEnd[e]!;
  const n1 = e + 1 < unitEnd;
  const joiner = n1 && JOINERS.has(v.toks[e + 1]!.pos);
  const a = clsId(v, e);
  const b = n1 ? clsId(v, e + 1) : END_ID;
  const c = e + 2 < unitEnd ? clsId(v, e + 2) : END_ID;
  // The word after a content is in its features when it joins something on ("during", "and").
  const jw = joiner ? wordId(v.lower[e + 1]!) : 0;
  const j2 = joiner ? clsId(v, e + 2) : 0;
  if (a >= ID_LIMIT || b >= ID_LIMIT || c >= ID_LIMIT || jw >= ID_LIMIT || j2 >= ID_LIMIT) return sumWeights(model.weights, endFeatures(v, e));
  let rest = 0;
  for (let k = e + 1; k < unitEnd && rest < 6; k++) if (v.toks[k]!.kind === 'word' || v.toks[k]!.kind === 'number') rest++;
  const key = (((a * ID_LIMIT + b) * ID_LIMIT + c) * 7 + rest) * 9 + v.inQuote[e]! * 3 + (n1 ? v.inQuote[e + 1]! : 2);
  let cache = model.endCache;
  if (joiner) {
    let byJoiner = model.joinerEndCache.get(key);
    if (!byJoiner) model.joinerEndCache.set(key, (byJoiner = new Map()));
    cache = byJoiner;
  }
  const k = joiner ? jw * ID_LIMIT + j2 : key;
  let x = cache.get(k);
  if (x === undefined) cache.set(k, (x = sumWeights(model.weights, endFeatures(v, e))));
  return x;
}

/** The class of what follows a content ending at e ("</s>" at the end of its unit). */
export function nextClass(v: ContentView, e: number): string {
  return e + 1 < v.unitEnd[e]! ? cls(v, e + 1) : '</s>';
}

/** The cue's own taste in endings ("said … </s>", "called for … ,"). */
export function cueEndFeature(cueStem: string, next: string): string {
  return `ce=${cueStem}|${next}`;
}

/** Features of the content ending at token e that do not depend on where it starts. */
export function endFeatures(v: ContentView, e: number): string[] {
  const unitEnd = v.unitEnd[e]!;
  const w = cls(v, e);
  const n1 = e + 1 < unitEnd ? cls(v, e + 1) : '</s>';
  const n2 = e + 2 < unitEnd ? cls(v, e + 2) : '</s>';
  let rest = 0;
  for (let k = e + 1; k < unitEnd && rest < 6; k++) if (v.toks[k]!.kind === 'word' || v.toks[k]!.kind === 'number') rest++;
  const restBucket = rest >= 6 ? 6 : rest >= 3 ? 3 : rest;
  return [
    `ew=${w}`,
    `en1=${n1}`,
    `ewn1=${w}|${n1}`,
    `en1n2=${n1}|${n2}`,
    `er=${restBucket}`,
    `ern1=${restBucket}|${n1}`,
    `eq=${v.inQuote[e]}|${e + 1 < unitEnd ? v.inQuote[e + 1] : 2}`,
    // The word that follows, when it joins something on ("during", "in", "as", "because").
    `en1w=${e + 1 < unitEnd && JOINERS.has(v.toks[e + 1]!.pos) ? v.lower[e + 1] : '-'}`,
    `en1wp=${e + 1 < unitEnd && JOINERS.has(v.toks[e + 1]!.pos) ? `${v.lower[e + 1]}|${cls(v, e + 2)}` : '-'}`,
  ];
}

export function lengthBucket(len: number): number {
  if (len < 8) return len;
  if (len < 12) return 8;
  if (len < 20) return 9;
  if (len < 35) return 10;
  return 11;
}

/** A coarse class of the content's first token, which decides how its end looks ("that" needs a verb). */
export function startClass(v: ContentView, k: number): string {
  const w = v.lower[k]!;
  if (w === 'that' || w === 'to' || w === 'whether' || w === 'if' || w === 'how' || w === 'what') return w;
  if (QUOTE.test(w)) return 'Q';
  const p = v.toks[k]!.pos;
  return p === 'PROPN' ? 'NOUN' : p;
}

/** Start-dependent end features: the length bucket and whether a verb was seen, each with the start class. */
export function lengthFeature(bucket: number, sc: string): string {
  return `el=${bucket}|${sc}`;
}
export function verbFeature(seen: boolean, sc: string): string {
  return `ev=${seen}|${sc}`;
}

/** What follows a content's end, coarsely (end of sentence, comma, and/but/or, a preposition or subordinator, else). */
export const NEXT_BUCKETS = 5;
export function nextBucket(v: ContentView, e: number): number {
  if (e + 1 >= v.unitEnd[e]!) return 0;
  const w = v.lower[e + 1]!;
  if (w === ',') return 1;
  if (w === 'and' || w === 'but' || w === 'or') return 2;
  const p = v.toks[e + 1]!.pos;
  return p === 'ADP' || p === 'SCONJ' ? 3 : 4;
}
/** How a content that opens with start class `sc` likes to end ("that …" at the sentence end, an object before "in"). */
export function startEndFeature(sc: string, bucket: number): string {
  return `se=${sc}|${bucket}`;
}

export function isVerbal(t: Token): boolean {
  return t.pos === 'VERB' || t.pos === 'AUX';
}

export interface ContentModel {
  weights: Map<string, number>;
  /** Weights of the cue part, keyed by the cue model's feature names (without the `c` prefix). */
  cueWeights: Map<string, number>;
  /** Weights of `elen=<bucket>`, by bucket. */
  lengthWeights: Float64Array;
  /** Per start class: length weights by bucket, then "no verb yet" and "verb seen" (cached on first use). */
  shapeCache: Map<string, Float64Array>;
  /** Scores of the start and end parts by what they depend on (few distinct contexts recur across texts). */
  startCache: Map<string, Map<number, number>>;
  endCache: Map<number, number>;
  joinerEndCache: Map<number, Map<number, number>>;
  /** Scores of the cue part by cueContextKey. */
  cueCache: Map<string, number>;
}

export interface Span {
  start: number;
  end: number;
  score: number;
}

let loaded: ContentModel | null | undefined;

export function loadContentModel(): ContentModel | null {
  if (loaded !== undefined) return loaded;
  const file = resolve(modelsDir, 'quotes', 'content-model.json');
  if (!existsSync(file)) return (loaded = null);
  const raw = JSON.parse(readFileSync(file, 'utf8')) as { weights: Record<string, number> };
  return (loaded = contentModelOf(new Map(Object.entries(raw.weights))));
}

export function contentModelOf(weights: Map<string, number>): ContentModel {
  const lengthWeights = new Float64Array(LENGTH_BUCKETS);
  for (let b = 0; b < LENGTH_BUCKETS; b++) lengthWeights[b] = weights.get(`elen=${b}`) ?? 0;
  const cueWeights = new Map<string, number>();
  for (const [name, x] of weights) if (name.startsWith('c')) cueWeights.set(name.slice(1), x);
  return { weights, cueWeights, lengthWeights, shapeCache: new Map(), startCache: new Map(), endCache: new Map(), joinerEndCache: new Map(), cueCache: new Map() };
}

/** Length and verb weights of contents whose first token has start class `sc`. */
function shapeOf(model: ContentModel, sc: string): Float64Array {
  let shape = model.shapeCache.get(sc);
  if (!shape) {
    shape = new Float64Array(LENGTH_BUCKETS + 2 + NEXT_BUCKETS);
    for (let b = 0; b < LENGTH_BUCKETS; b++) shape[b] = model.lengthWeights[b]! + (model.weights.get(lengthFeature(b, sc)) ?? 0);
    shape[LENGTH_BUCKETS] = model.weights.get(verbFeature(false, sc)) ?? 0;
    shape[LENGTH_BUCKETS + 1] = model.weights.get(verbFeature(true, sc)) ?? 0;
    for (let b = 0; b < NEXT_BUCKETS; b++) shape[LENGTH_BUCKETS + 2 + b] = model.weights.get(startEndFeature(sc, b)) ?? 0;
    model.shapeCache.set(sc, shape);
  }
  return shape;
}

export function sumWeights(weights: ReadonlyMap<string, number>, features: readonly string[]): number {
  let total = 0;
  for (const f of features) total += weights.get(f) ?? 0;
  return total;
}

/**
 * The best content after cue c, or null when "no content" scores higher. `endScore(e)` is the end
 * part of token e (memoized by the caller, once per document).
 */
export function bestSpan(model: ContentModel, v: ContentView, c: number, endScore: (e: number) => number, threshold = 0, onlyStart?: number): Span | null {
  const unitEnd = v.unitEnd[c]!;
  const cueKey = (v.cueKeys[c] ??= cueContextKey(v.toks, v.lower, c));
  let cueScore = model.cueCache.get(cueKey);
  if (cueScore === undefined) model.cueCache.set(cueKey, (cueScore = sumWeights(model.cueWeights, cueFeatures(v.toks, v.lower, c))));
  let best: Span | null = null;
  const lastStart = Math.min(unitEnd - 1, c + START_WINDOW);
  // With `onlyStart`, the best end of a content whose start is known (a rule found it).
  const firstStart = onlyStart ?? c + 1;
  if (firstStart <= c || firstStart > lastStart) return null;
  // The cue-dependent part of each end, by the class of the token after it.
  const cueStem = stem(v.lower[c]!);
  const lastTok = Math.min(unitEnd - 1, (onlyStart ?? lastStart) + MAX_SPAN - 1);
  const cueEnd = new Float64Array(Math.max(0, lastTok - c));
  const after = new Uint8Array(Math.max(0, lastTok - c));
  const byClass = new Map<string, number>();
  for (let e = firstStart; e <= lastTok; e++) {
    after[e - c - 1] = LENGTH_BUCKETS + 2 + nextBucket(v, e);
    const next = nextClass(v, e);
    let x = byClass.get(next);
    if (x === undefined) byClass.set(next, (x = model.weights.get(cueEndFeature(cueStem, next)) ?? 0));
    cueEnd[e - c - 1] = x;
  }
  let that = false;
  for (let j = c + 1; j < firstStart; j++) if (v.lower[j] === 'that') that = true;
  for (let k = firstStart; k <= (onlyStart ?? lastStart); k++) {
    const startPart = cueScore + startScore(model, v, c, k, cueStem, that);
    if (v.lower[k] === 'that') that = true;
    const byLength = shapeOf(model, startClass(v, k));
    const noVerb = byLength[LENGTH_BUCKETS]!;
    const verb = byLength[LENGTH_BUCKETS + 1]!;
    let seen = false;
    const lastEnd = Math.min(unitEnd - 1, k + MAX_SPAN - 1);
    for (let e = k; e <= lastEnd; e++) {
      if (!seen && isVerbal(v.toks[e]!)) seen = true;
      const score = startPart + endScore(e) + cueEnd[e - c - 1]! + byLength[lengthBucket(e - k)]! + (seen ? verb : noVerb) + byLength[after[e - c - 1]!]!;
      if (score > threshold && (!best || score > best.score)) best = { start: k, end: e, score };
    }
  }
  return best;
}

/** All features of a span (training). */
export function spanFeatures(v: ContentView, c: number, k: number, e: number): string[] {
  let seen = false;
  for (let j = k; j <= e; j++) if (isVerbal(v.toks[j]!)) seen = true;
  const sc = startClass(v, k);
  const b = lengthBucket(e - k);
  return [...cuePartFeatures(v, c), ...startFeatures(v, c, k), ...endFeatures(v, e), `elen=${b}`, lengthFeature(b, sc), verbFeature(seen, sc), cueEndFeature(stem(v.lower[c]!), nextClass(v, e)), startEndFeature(sc, nextBucket(v, e))];
}

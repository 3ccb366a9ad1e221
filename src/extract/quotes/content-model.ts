// A learned reading of what a cue verb introduces: for a candidate verb, either nothing, or the
// content span that follows it (its first and last token within the sentence). The score of a
// span is cue part + start part + end part + length part, all linear, so the best span is found
// in one pass per start (the end part of a token is computed once per document).
// Trained by scripts/train-quotes.ts on PolNeAR train (structured averaged perceptron); weights in
// models/quotes/content-model.json.
import type { Token } from '../../analyze/index.js';
import { BoundedMap } from '../../util/bounded-map.js';
import { readQuoteModel } from './model-file.js';
import { cueContextKey, cueFeatures, isCueCandidate, QUOTE_MEMO_LIMIT, stem } from './cue-model.js';

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
  /** Memo of each token's cueFeatures (the cue, trigger and content models all read them, each on a cache miss). */
  cueFeatureLists: (readonly string[] | undefined)[];
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

/**
 * The start part of the score of a content after cue c starting at k: the sum of startFeatures'
 * weights, in their order (so the same number), each weight looked up by the ids of its values.
 * Building the feature strings cost more than all the rest of scoring, and few values recur.
 */
export function startScore(model: ContentModel, v: ContentView, c: number, k: number, cueStem: string, thatBefore: boolean): number {
  const a = clsId(v, k);
  const b = clsId(v, k - 1);
  const n = clsId(v, k + 1);
  if (a >= ID_LIMIT || b >= ID_LIMIT || n >= ID_LIMIT) return sumWeights(model.weights, startFeatures(v, c, k));
  const t = model.templates;
  const st = stemWeightsOf(model, cueStem);
  const w = model.weights;
  const d = Math.min(k - c, 6);
  const dw = d * ID_LIMIT + a;
  const p1w = b * ID_LIMIT + a;
  const wn1 = a * ID_LIMIT + n;
  const thatW = (thatBefore ? ID_LIMIT : 0) + a;
  const q = v.inQuote[k]! * 2 + v.inQuote[c]!;
  let total = 0;
  total += t.sd.get(d) ?? learn(t.sd, d, w, `sd=${d}`);
  total += t.sdw.get(dw) ?? learn(t.sdw, dw, w, `sdw=${d}|${cls(v, k)}`);
  total += t.sw.get(a) ?? learn(t.sw, a, w, `sw=${cls(v, k)}`);
  total += t.sp1w.get(p1w) ?? learn(t.sp1w, p1w, w, `sp1w=${cls(v, k - 1)}|${cls(v, k)}`);
  total += t.sn.get(wn1) ?? learn(t.sn, wn1, w, `sn=${cls(v, k)}|${cls(v, k + 1)}`);
  total += st.byClass.get(a) ?? learnOfStem(model, st, st.byClass, a, 'ss', cls(v, k));
  total += st.byDistance.get(d) ?? learnOfStem(model, st, st.byDistance, d, 'ssd', `${d}`);
  total += t.sthat.get(thatW) ?? learn(t.sthat, thatW, w, `sthat=${thatBefore}|${cls(v, k)}`);
  total += t.sq.get(q) ?? learn(t.sq, q, w, `sq=${v.inQuote[k]}|${v.inQuote[c]}`);
  return total;
}

/**
 * The weight of a feature named `name`, remembered under a number that stands for it. Callers ask
 * `memo.get(key) ?? learn(…)`, so that the name is built only the first time.
 */
function learn(memo: Map<number, number>, key: number, weights: ReadonlyMap<string, number>, name: string): number {
  const x = weights.get(name) ?? 0;
  memo.set(key, x);
  return x;
}

/** The end part of the score of a content ending at e: the sum of endFeatures' weights, in their order, by value ids. */
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
  const rb = rest >= 6 ? 6 : rest >= 3 ? 3 : rest;
  const q = v.inQuote[e]! * 3 + (n1 ? v.inQuote[e + 1]! : 2);
  const t = model.templates;
  const w = model.weights;
  const n1Class = n1 ? cls(v, e + 1) : '</s>';
  const wn1 = a * ID_LIMIT + b;
  const n1n2 = b * ID_LIMIT + c;
  const rn1 = rb * ID_LIMIT + b;
  const jwp = jw * ID_LIMIT + j2;
  let total = 0;
  total += t.ew.get(a) ?? learn(t.ew, a, w, `ew=${cls(v, e)}`);
  total += t.en1.get(b) ?? learn(t.en1, b, w, `en1=${n1Class}`);
  total += t.ewn1.get(wn1) ?? learn(t.ewn1, wn1, w, `ewn1=${cls(v, e)}|${n1Class}`);
  total += t.en1n2.get(n1n2) ?? learn(t.en1n2, n1n2, w, `en1n2=${n1Class}|${e + 2 < unitEnd ? cls(v, e + 2) : '</s>'}`);
  total += t.er.get(rb) ?? learn(t.er, rb, w, `er=${rb}`);
  total += t.ern1.get(rn1) ?? learn(t.ern1, rn1, w, `ern1=${rb}|${n1Class}`);
  total += t.eq.get(q) ?? learn(t.eq, q, w, `eq=${v.inQuote[e]}|${n1 ? v.inQuote[e + 1] : 2}`);
  // jw 0 is "-", no joining word.
  total += t.en1w.get(jw) ?? learn(t.en1w, jw, w, `en1w=${joiner ? v.lower[e + 1] : '-'}`);
  total += t.en1wp.get(jwp) ?? learn(t.en1wp, jwp, w, `en1wp=${joiner ? `${v.lower[e + 1]}|${cls(v, e + 2)}` : '-'}`);
  return total;
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
  /** Weights of the start and end templates by the ids of their values (filled on first use). */
  templates: TemplateWeights;
  /** Per cue stem: its ss (by start class), ssd (by distance) and ce (by next class) weights. */
  stemCache: Map<string, StemWeights>;
  /** The ss, ssd and ce weights by stem (read from `weights` once). */
  stemTemplates: Map<string, StemTemplates>;
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
  const raw = readQuoteModel<{ weights: Record<string, number> }>('content-model.json');
  return (loaded = raw && contentModelOf(new Map(Object.entries(raw.weights))));
}

export function contentModelOf(weights: Map<string, number>): ContentModel {
  const lengthWeights = new Float64Array(LENGTH_BUCKETS);
  for (let b = 0; b < LENGTH_BUCKETS; b++) lengthWeights[b] = weights.get(`elen=${b}`) ?? 0;
  const cueWeights = new Map<string, number>();
  for (const [name, x] of weights) if (name.startsWith('c')) cueWeights.set(name.slice(1), x);
  return {
    weights,
    cueWeights,
    lengthWeights,
    shapeCache: new BoundedMap(QUOTE_MEMO_LIMIT),
    templates: templateWeights(),
    stemCache: new BoundedMap(QUOTE_MEMO_LIMIT),
    stemTemplates: stemTemplatesOf(weights),
    cueCache: new BoundedMap(QUOTE_MEMO_LIMIT),
  };
}

/** Memos of one weight per value tuple of each start and end template. */
interface TemplateWeights {
  sd: Map<number, number>;
  sdw: Map<number, number>;
  sw: Map<number, number>;
  sp1w: Map<number, number>;
  sn: Map<number, number>;
  sthat: Map<number, number>;
  sq: Map<number, number>;
  ew: Map<number, number>;
  en1: Map<number, number>;
  ewn1: Map<number, number>;
  en1n2: Map<number, number>;
  er: Map<number, number>;
  ern1: Map<number, number>;
  eq: Map<number, number>;
  en1w: Map<number, number>;
  en1wp: Map<number, number>;
}

function templateWeights(): TemplateWeights {
  const m = (): Map<number, number> => new BoundedMap(QUOTE_MEMO_LIMIT);
  return { sd: m(), sdw: m(), sw: m(), sp1w: m(), sn: m(), sthat: m(), sq: m(), ew: m(), en1: m(), ewn1: m(), en1n2: m(), er: m(), ern1: m(), eq: m(), en1w: m(), en1wp: m() };
}

interface StemWeights {
  stem: string;
  /** ss=stem|class by the class id. */
  byClass: Map<number, number>;
  /** ssd=stem|distance by the distance. */
  byDistance: Map<number, number>;
  /** ce=stem|next class, by the class id (END_ID at the end of the unit). */
  byNext: Map<number, number>;
  /** The model's ss, ssd and ce weights of this stem by value, when the stem has no "|" (else names are looked up whole). */
  named: StemTemplates | null;
}

/** One stem's weights of the stem templates, by the value after "stem|". */
interface StemTemplates {
  ss: Map<string, number>;
  ssd: Map<string, number>;
  ce: Map<string, number>;
}
const STEM_TEMPLATES = ['ss', 'ssd', 'ce'] as const;
const NO_STEM_WEIGHTS: StemTemplates = { ss: new Map(), ssd: new Map(), ce: new Map() };

/**
 * The stem templates' weights by stem, from the model's names ("ss=say|that"), read once: a cue
 * stem meets many classes, and building "ss=say|…" to look each up cost more than the rest of
 * scoring. A name splits at its first "|", so for a stem without "|" the two lookups agree.
 */
function stemTemplatesOf(weights: ReadonlyMap<string, number>): Map<string, StemTemplates> {
  const byStem = new Map<string, StemTemplates>();
  for (const [name, x] of weights) {
    const eq = name.indexOf('=');
    const template = STEM_TEMPLATES.find((t) => t.length === eq && name.startsWith(t));
    if (!template) continue;
    const bar = name.indexOf('|', eq + 1);
    if (bar < 0) continue;
    const stemName = name.slice(eq + 1, bar);
    let entry = byStem.get(stemName);
    if (!entry) byStem.set(stemName, (entry = { ss: new Map(), ssd: new Map(), ce: new Map() }));
    entry[template].set(name.slice(bar + 1), x);
  }
  return byStem;
}

function stemWeightsOf(model: ContentModel, cueStem: string): StemWeights {
  let st = model.stemCache.get(cueStem);
  if (!st) {
    const named = cueStem.includes('|') ? null : (model.stemTemplates.get(cueStem) ?? NO_STEM_WEIGHTS);
    model.stemCache.set(cueStem, (st = { stem: cueStem, byClass: new Map(), byDistance: new Map(), byNext: new Map(), named }));
  }
  return st;
}

/** The weight of `template=stem|value`, remembered under `key` in `memo` (as `learn`). */
function learnOfStem(model: ContentModel, st: StemWeights, memo: Map<number, number>, key: number, template: (typeof STEM_TEMPLATES)[number], value: string): number {
  const x = st.named ? (st.named[template].get(value) ?? 0) : (model.weights.get(`${template}=${st.stem}|${value}`) ?? 0);
  memo.set(key, x);
  return x;
}

/** Length and verb weights of contents whose first token has start class `sc`. */
/** Index of a shape's bound: the largest length + verb + next-bucket weight sum. */
const SHAPE_BOUND = LENGTH_BUCKETS + 2 + NEXT_BUCKETS;

function shapeOf(model: ContentModel, sc: string): Float64Array {
  let shape = model.shapeCache.get(sc);
  if (!shape) {
    shape = new Float64Array(SHAPE_BOUND + 1);
    for (let b = 0; b < LENGTH_BUCKETS; b++) shape[b] = model.lengthWeights[b]! + (model.weights.get(lengthFeature(b, sc)) ?? 0);
    shape[LENGTH_BUCKETS] = model.weights.get(verbFeature(false, sc)) ?? 0;
    shape[LENGTH_BUCKETS + 1] = model.weights.get(verbFeature(true, sc)) ?? 0;
    for (let b = 0; b < NEXT_BUCKETS; b++) shape[LENGTH_BUCKETS + 2 + b] = model.weights.get(startEndFeature(sc, b)) ?? 0;
    // The most the length, verb and next-bucket parts can add to a span (bestSpan's bound).
    const most = (from: number, to: number): number => Math.max(...shape!.subarray(from, to));
    shape[SHAPE_BOUND] = most(0, LENGTH_BUCKETS) + most(LENGTH_BUCKETS, LENGTH_BUCKETS + 2) + most(LENGTH_BUCKETS + 2, SHAPE_BOUND);
    model.shapeCache.set(sc, shape);
  }
  return shape;
}

export function sumWeights(weights: ReadonlyMap<string, number>, features: readonly string[]): number {
  let total = 0;
  for (const f of features) total += weights.get(f) ?? 0;
  return total;
}

/** Length bucket of each span length (e - k) the search reads. */
const BUCKET_OF = Uint8Array.from({ length: MAX_SPAN }, (_, len) => lengthBucket(len));
/** Per end token after the cue (index e - c - 1): end part, cue-end weight, next-bucket slot, verbal. Reused across calls. */
const WINDOW = START_WINDOW + MAX_SPAN;
const endPart = new Float64Array(WINDOW);
const cueEndPart = new Float64Array(WINDOW);
const afterSlot = new Uint8Array(WINDOW);
const verbal = new Uint8Array(WINDOW);
/** The largest end + cue-end part from each end token on. */
const tailMost = new Float64Array(WINDOW);
/**
 * Far above the rounding error of these sums (weights below 25, a few dozen of them, error below
 * 1e-11), so that a start whose bound falls short by more cannot hold a span that scores higher.
 */
const BOUND_MARGIN = 1e-6;

/**
 * The best content after cue c, or null when "no content" scores higher. `endScore(e)` is the end
 * part of token e (memoized by the caller, once per document). Each span's score is summed in the
 * same order as ever (start, end, cue-end, length, verb, next), from per-token parts gathered once.
 */
export function bestSpan(model: ContentModel, v: ContentView, c: number, endScore: (e: number) => number, threshold = 0, onlyStart?: number): Span | null {
  const unitEnd = v.unitEnd[c]!;
  const cueKey = (v.cueKeys[c] ??= cueContextKey(v.toks, v.lower, c));
  let cueScore = model.cueCache.get(cueKey);
  if (cueScore === undefined) model.cueCache.set(cueKey, (cueScore = sumWeights(model.cueWeights, (v.cueFeatureLists[c] ??= cueFeatures(v.toks, v.lower, c)))));
  const lastStart = Math.min(unitEnd - 1, c + START_WINDOW);
  // With `onlyStart`, the best end of a content whose start is known (a rule found it).
  const firstStart = onlyStart ?? c + 1;
  if (firstStart <= c || firstStart > lastStart) return null;
  const cueStem = stem(v.lower[c]!);
  const st = stemWeightsOf(model, cueStem);
  const lastTok = Math.min(unitEnd - 1, (onlyStart ?? lastStart) + MAX_SPAN - 1);
  for (let e = firstStart; e <= lastTok; e++) {
    const x = e - c - 1;
    endPart[x] = endScore(e);
    afterSlot[x] = LENGTH_BUCKETS + 2 + nextBucket(v, e);
    // The cue-dependent part of each end, by the class of the token after it.
    const next = e + 1 < unitEnd ? clsId(v, e + 1) : END_ID;
    cueEndPart[x] = st.byNext.get(next) ?? learnOfStem(model, st, st.byNext, next, 'ce', nextClass(v, e));
    verbal[x] = isVerbal(v.toks[e]!) ? 1 : 0;
  }
  for (let e = lastTok, most = -Infinity; e >= firstStart; e--) {
    const x = e - c - 1;
    most = Math.max(most, endPart[x]! + cueEndPart[x]!);
    tailMost[x] = most;
  }
  let that = false;
  for (let j = c + 1; j < firstStart; j++) if (v.lower[j] === 'that') that = true;
  let found = false;
  let bestStart = 0;
  let bestEnd = 0;
  let bestScore = 0;
  for (let k = firstStart; k <= (onlyStart ?? lastStart); k++) {
    const startPart = cueScore + startScore(model, v, c, k, cueStem, that);
    if (v.lower[k] === 'that') that = true;
    const byLength = shapeOf(model, startClass(v, k));
    // A start none of whose spans can beat the best so far (or pass the threshold) is skipped: the
    // same span wins, as the first of the highest scores.
    const bound = startPart + tailMost[k - c - 1]! + byLength[SHAPE_BOUND]! + BOUND_MARGIN;
    if (bound <= (found ? bestScore : threshold)) continue;
    const noVerb = byLength[LENGTH_BUCKETS]!;
    const verb = byLength[LENGTH_BUCKETS + 1]!;
    let seen = false;
    const lastEnd = Math.min(unitEnd - 1, k + MAX_SPAN - 1);
    for (let e = k; e <= lastEnd; e++) {
      const x = e - c - 1;
      if (verbal[x]) seen = true;
      const score = startPart + endPart[x]! + cueEndPart[x]! + byLength[BUCKET_OF[e - k]!]! + (seen ? verb : noVerb) + byLength[afterSlot[x]!]!;
      if (score > threshold && (!found || score > bestScore)) (found = true), (bestStart = k), (bestEnd = e), (bestScore = score);
    }
  }
  return found ? { start: bestStart, end: bestEnd, score: bestScore } : null;
}

/** All features of a span (training). */
export function spanFeatures(v: ContentView, c: number, k: number, e: number): string[] {
  let seen = false;
  for (let j = k; j <= e; j++) if (isVerbal(v.toks[j]!)) seen = true;
  const sc = startClass(v, k);
  const b = lengthBucket(e - k);
  return [...cuePartFeatures(v, c), ...startFeatures(v, c, k), ...endFeatures(v, e), `elen=${b}`, lengthFeature(b, sc), verbFeature(seen, sc), cueEndFeature(stem(v.lower[c]!), nextClass(v, e)), startEndFeature(sc, nextBucket(v, e))];
}

// A linear model that decides whether a verb is an attribution cue, from its form and its
// neighbours (subject before it, "that" or a quote mark after it, passive or infinitive use).
// Trained by scripts/train-quotes.ts on PolNeAR train with an averaged perceptron; the weights are
// models/quotes/cue-model.json. Only verbs (and verb forms wink tags as nouns) are scored.
import type { Token } from '../../analyze/index.js';
import { BoundedMap } from '../../util/bounded-map.js';
import { readQuoteModel } from './model-file.js';

/**
 * Entries each score memo of the quote models keeps before it starts afresh: memos keyed by corpus
 * text (cue contexts, stems) otherwise grow over a long ingest (~60-80 MB over 22,000 articles).
 */
export const QUOTE_MEMO_LIMIT = 4_096;

const QUOTE = /^["“”«»]$/;
const FUNCTION_WORDS = new Set([
  'that', 'to', 'for', 'about', 'on', 'of', 'with', 'against', 'as', 'by', 'in', 'at', 'if', 'whether', 'how',
  'what', 'why', 'is', 'was', 'are', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'could',
  'not', "n't", 'also', 'he', 'she', 'they', 'it', 'we', 'i', 'you', 'the', 'a', 'an', 'and', 'but', ',', ':', '.',
]);

/** A crude stem so that inflections share evidence ("ridiculed", "ridicules" -> "ridicul"). */
export function stem(w: string): string {
  if (w.length > 5 && w.endsWith('ing')) return w.slice(0, -3);
  if (w.length > 4 && w.endsWith('ied')) return w.slice(0, -3) + 'y';
  if (w.length > 4 && w.endsWith('ies')) return w.slice(0, -3) + 'y';
  if (w.length > 4 && w.endsWith('ed')) return w.slice(0, -2);
  if (w.length > 4 && w.endsWith('es')) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) return w.slice(0, -1);
  if (w.length > 4 && w.endsWith('e')) return w.slice(0, -1);
  return w;
}

/** Whether token i can be a cue at all. */
export function isCueCandidate(toks: readonly Token[], i: number): boolean {
  const t = toks[i]!;
  if (t.pos === 'VERB') return true;
  if (t.pos !== 'NOUN' || i === 0) return false;
  // wink tags "notes", "claims" after a name as nouns: accept a cue form right after a subject.
  const p = toks[i - 1]!.pos;
  return (p === 'PROPN' || p === 'PRON') && t.text.endsWith('s');
}

/**
 * A cue form wink tags as a noun after the comma closing an apposition, when a that-clause follows
 * ("Musaev, an economist at the institute, points out that …"). Not a training candidate: the cue model
 * scores it as it scores verbs.
 */
export function isAppositionNounCue(toks: readonly Token[], i: number): boolean {
  const t = toks[i]!;
  if (t.pos !== 'NOUN' || i === 0 || !t.text.endsWith('s') || toks[i - 1]!.text !== ',') return false;
  const that = (k: number): boolean => toks[k]?.text.toLowerCase() === 'that';
  return that(i + 1) || (toks[i + 1]?.pos === 'ADP' && that(i + 2));
}

function around(lower: readonly string[], toks: readonly Token[], k: number): string {
  if (k < 0) return '<s>';
  if (k >= toks.length) return '</s>';
  const w = lower[k]!;
  if (QUOTE.test(w)) return 'Q';
  return FUNCTION_WORDS.has(w) ? w : toks[k]!.pos;
}

export function cueFeatures(toks: readonly Token[], lower: readonly string[], i: number): string[] {
  return [...formFeatures(toks, lower, i), ...contextFeatures(toks, lower, i)];
}

/** Features of the word form and its tag alone. */
function formFeatures(toks: readonly Token[], lower: readonly string[], i: number): string[] {
  const w = lower[i]!;
  const suffix = w.endsWith('ing') ? 'ing' : w.endsWith('ed') ? 'ed' : w.endsWith('s') ? 's' : '0';
  return ['bias', `w=${w}`, `s=${stem(w)}`, `pos=${toks[i]!.pos}`, `suf=${suffix}`];
}

/** Everything cueFeatures depends on, as one string: a cache key for sums over those features. */
export function cueContextKey(toks: readonly Token[], lower: readonly string[], i: number): string {
  let soon = 0;
  for (let k = i + 1; k < toks.length && k <= i + 4; k++) {
    if (lower[k] === 'that') soon |= 1;
    if (QUOTE.test(lower[k]!)) soon |= 2;
  }
  for (let k = i - 1; k >= 0 && k >= i - 4; k--) if (QUOTE.test(lower[k]!)) soon |= 4;
  const w = toks[i]!.text;
  return `${lower[i]}\u0001${toks[i]!.pos}\u0001${around(lower, toks, i - 2)}\u0001${around(lower, toks, i - 1)}\u0001${around(lower, toks, i + 1)}\u0001${around(lower, toks, i + 2)}\u0001${soon}${w.charCodeAt(0) >= 65 && w.charCodeAt(0) <= 90 ? 1 : 0}`;
}

/** Features of the neighbourhood. */
function contextFeatures(toks: readonly Token[], lower: readonly string[], i: number): string[] {
  const s = stem(lower[i]!);
  const p1 = around(lower, toks, i - 1);
  const p2 = around(lower, toks, i - 2);
  const n1 = around(lower, toks, i + 1);
  const n2 = around(lower, toks, i + 2);
  let thatSoon = false;
  let quoteSoon = false;
  for (let k = i + 1; k < toks.length && k <= i + 4; k++) {
    if (lower[k] === 'that') thatSoon = true;
    if (QUOTE.test(lower[k]!)) quoteSoon = true;
  }
  let quoteBefore = false;
  for (let k = i - 1; k >= 0 && k >= i - 4; k--) if (QUOTE.test(lower[k]!)) quoteBefore = true;
  return [
    `p1=${p1}`,
    `p2p1=${p2}|${p1}`,
    `n1=${n1}`,
    `n1n2=${n1}|${n2}`,
    `s|n1=${s}|${n1}`,
    `s|p1=${s}|${p1}`,
    `that=${thatSoon}`,
    `s|that=${s}|${thatSoon}`,
    `qa=${quoteSoon}`,
    `qb=${quoteBefore}`,
    `s|qb=${s}|${quoteBefore}`,
    `cap=${/^[A-Z]/.test(toks[i]!.text)}`,
  ];
}

export interface CueModel {
  weights: Map<string, number>;
  bias: number;
  /** Stems the model has evidence for; any other verb is not a cue, and scoring it is skipped. */
  stems: Set<string>;
  /** Scores by cueContextKey. */
  scoreCache: Map<string, number>;
}

let loaded: CueModel | null | undefined;

export function loadCueModel(): CueModel | null {
  if (loaded !== undefined) return loaded;
  const raw = readQuoteModel<{ weights: Record<string, number>; stems: string[] }>('cue-model.json');
  if (!raw) return (loaded = null);
  const weights = new Map(Object.entries(raw.weights));
  const stems = new Set(raw.stems);
  loaded = { weights, bias: 0, stems, scoreCache: new BoundedMap(QUOTE_MEMO_LIMIT) };
  return loaded;
}

function sum(model: CueModel, features: readonly string[]): number {
  let total = 0;
  for (const f of features) total += model.weights.get(f) ?? 0;
  return total;
}

export function cueScore(model: CueModel, features: readonly string[]): number {
  return model.bias + sum(model, features);
}

/** Score of token i, cached by everything its features depend on (contexts of cue verbs recur); `features` may give them from a memo. */
export function scoreToken(model: CueModel, toks: readonly Token[], lower: readonly string[], i: number, key = cueContextKey(toks, lower, i), features = (): readonly string[] => cueFeatures(toks, lower, i)): number {
  let score = model.scoreCache.get(key);
  if (score === undefined) model.scoreCache.set(key, (score = model.bias + sum(model, features())));
  return score;
}

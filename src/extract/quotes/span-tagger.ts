// A token-level reading of attributed contents: each token is Outside, Begins, is Inside or Ends a
// content, or Continues one (C: a further fragment, "“A,” he said, “B.”", which PolNeAR annotates as
// one content), decoded by Viterbi over a sentence-within-paragraph unit. Features: the token, its
// neighbours, quotation marks, the nearest punctuation and the nearest cue on either side (the cue
// model's verdict), the nearest verb before it, and how the speech and broad readings of
// attribute.ts label it (stacking: those readings know the rules). PolNeAR puts the cue before,
// after or inside its content, and counts what many verbs introduce, so this reads spans the
// cue-anchored content model cannot and gives a second opinion on where a content starts and ends.
// Trained by scripts/train-quotes.ts on PolNeAR train (structured averaged perceptron); weights in
// models/quotes/span-tagger.json.
import { readQuoteModel } from './model-file.js';
import { stem } from './cue-model.js';
import type { ContentView } from './content-model.js';

/**
 * 0 O, 1 B, 2 I, 3 C, 4 E: C begins a further fragment of the content before ("“A,” he said, “B.”");
 * E ends a fragment of two or more tokens, so that where a content ends is read at its last token
 * too, not only at the first token after it (dev overlap F1 +0.004).
 */
export const LABELS = 5;
const O = 0;
const B = 1;
const I = 2;
const C = 3;
const E = 4;
/** The "previous label" of a unit's first token. */
const UNIT_START = LABELS;

const QUOTE = /^["“”«»'‘’]$/;
const CLASS_WORDS = new Set([
  'that', 'to', 'for', 'about', 'on', 'of', 'with', 'against', 'as', 'by', 'in', 'at', 'if', 'whether', 'how',
  'what', 'why', 'when', 'where', 'who', 'which', 'while', 'because', 'since', 'after', 'before', 'and', 'but',
  'or', 'is', 'was', 'are', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'could', 'should',
  'not', "n't", 'he', 'she', 'they', 'it', 'we', 'i', 'you', 'the', 'a', 'an', 'his', 'her', 'their', 'its',
  'according', 'said', 'says', 'say', 'including', 'even', 'also', 'there', 'this', 'those', 'these',
]);

/** What the tagger reads of a document: the content model's view plus where the cues are. */
export interface TaggerInput {
  view: ContentView;
  /** 1 where the token is a cue (the cue model's decision, outside quotation marks). */
  cue: Uint8Array;
  /** First token of each token's unit. */
  unitStart: Int32Array;
  /** The rule-and-model extractor's reading of each token (0 O, 1 B, 2 I), which the tagger weighs. */
  system: Uint8Array;
  /** The same for the broader PolNeAR-style reading (cue objects too). */
  broad: Uint8Array;
}

function cls(v: ContentView, k: number): string {
  const w = v.lower[k]!;
  return QUOTE.test(w) ? 'Q' : CLASS_WORDS.has(w) || v.toks[k]!.pos === 'PUNCT' ? w : v.toks[k]!.pos;
}

function bucket(d: number): number {
  return d <= 3 ? d : d <= 6 ? 5 : d <= 12 ? 9 : d <= 25 ? 20 : 40;
}

/**
 * Feature templates: a name and the kinds of its up to three values, "s" a string (numbered by a
 * Vocabulary) or "n" a small integer. A feature is a number (template and value ids packed in 53
 * bits), so that scoring a token costs map lookups by number, not by freshly built strings.
 */
const TEMPLATES: readonly (readonly [string, string])[] = [
  ['bias', ''], ['w', 's'], ['c', 's'], ['p1c', 'ss'], ['cn1', 'ss'], ['p2p1', 'ss'], ['n1n2', 'ss'], ['p1w', 'ss'],
  ['q', 'n'], ['qp1', 'ns'], ['first', 'ns'], ['last', 'ns'], ['ld', 'n'], ['ldc', 'ns'], ['ls', 's'], ['lsd', 'sn'],
  ['lcomma', 'nnn'], ['rd', 'n'], ['rdc', 'ns'], ['rs', 's'], ['rsd', 'sn'], ['rcomma', 'nn'], ['lr', 'nnn'],
  ['sys', 'nnn'], ['sysc', 'ns'], ['sysp1', 'nss'], ['sysn1', 'nss'], ['sysq', 'nn'], ['sysin', 'nn'], ['sysinc', 'nns'],
  ['lv', 'sn'], ['lvc', 'ns'], ['lw', 'ss'], ['br', 'nnn'], ['brs', 'nns'], ['afterCue', 'ss'], ['beforeCue', 'ss'],
  ['np', 'sn'], ['pp', 'sn'],
];
const TEMPLATE_INDEX = new Map(TEMPLATES.map(([name], t) => [name, t]));
/** Values per slot: ids below 2^15 (0 is an unknown string). */
const SLOT = 32768;
const MAX_ID = SLOT - 1;
const S2 = SLOT * SLOT;
/**
 * Each template's feature number with all values 0: tokenFeatures writes key(t, a, b, c) out as
 * TB[t] + a·S2 + b·SLOT + c: the same integer (every partial sum is exact below 2^53), without a
 * call per feature (key() was not inlined there; ~8% of the steady-state extraction time).
 */
const TB = Object.fromEntries(TEMPLATES.map(([name], t) => [name, t * SLOT * S2])) as Record<string, number>;

/** Numbers the string values of features; 0 stands for a string it does not know. */
export class Vocabulary {
  readonly ids = new Map<string, number>();
  readonly names: string[] = ['<unk>'];
  constructor(public grow: boolean, private readonly allow?: (value: string) => boolean) {}
  id(value: string): number {
    let id = this.ids.get(value);
    if (id !== undefined) return id;
    if (!this.grow || this.names.length > MAX_ID || (this.allow && !this.allow(value))) return 0;
    id = this.names.length;
    this.ids.set(value, id);
    this.names.push(value);
    return id;
  }
}

/** The feature number of template t with values a, b, c (string ids or integers + 2). */
function key(t: number, a = 0, b = 0, c = 0): number {
  return ((t * SLOT + a) * SLOT + b) * SLOT + c;
}

/** Integers (-1 and up) as slot values. */
function num(x: number): number {
  return x + 2;
}

/** A feature number as text ("p1c=VERB|that"), as the model file stores it. */
export function featureName(k: number, vocab: Vocabulary): string {
  const c = k % SLOT;
  const b = Math.floor(k / SLOT) % SLOT;
  const a = Math.floor(k / (SLOT * SLOT)) % SLOT;
  const t = Math.floor(k / (SLOT * SLOT * SLOT));
  const [name, kinds] = TEMPLATES[t]!;
  const values = [a, b, c].slice(0, kinds.length).map((v, i) => (kinds[i] === 's' ? vocab.names[v]! : String(v - 2)));
  return `${name}=${values.join('|')}`;
}

/** The feature number of a name read from the model file (strings numbered by `vocab`), or null. */
export function featureKey(name: string, vocab: Vocabulary): number | null {
  const eq = name.indexOf('=');
  const t = TEMPLATE_INDEX.get(name.slice(0, eq));
  if (t === undefined) return null;
  const kinds = TEMPLATES[t]![1];
  const parts = kinds.length ? name.slice(eq + 1).split('|') : [];
  if (parts.length !== kinds.length) return null;
  const ids = parts.map((p, i) => (kinds[i] === 's' ? (p === '<unk>' ? 0 : vocab.id(p)) : num(Number(p))));
  return key(t, ids[0], ids[1], ids[2]);
}

/** A string value without the separator of feature names. */
function clean(value: string): string {
  return value.includes('|') ? value.replace(/\|/g, '¦') : value;
}

/**
 * Feature numbers of every token, computed in one pass per direction: the nearest cue before and
 * after it within its unit (stem, distance, whether a comma or "that" lies between), the nearest
 * verb before it, and the rule-and-model readings around it.
 */
export function tokenFeatures(input: TaggerInput, vocab: Vocabulary): TokenFeatures {
  const { view: v, cue, unitStart } = input;
  const n = v.toks.length;
  // At most FEATURES_PER_TOKEN per token, in one flat buffer (no array per token to collect).
  const keys = new Float64Array(n * FEATURES_PER_TOKEN);
  const offsets = new Int32Array(n + 1);
  let at = 0;
  const wordId = new Int32Array(n);
  const clsId = new Int32Array(n);
  for (let k = 0; k < n; k++) {
    wordId[k] = vocab.id(clean(v.lower[k]!));
    clsId[k] = vocab.id(clean(cls(v, k)));
  }
  const START = vocab.id('<s>');
  const END = vocab.id('</s>');
  const stemIds = new Map<number, number>();
  const stemId = (k: number): number => {
    let id = stemIds.get(k);
    if (id === undefined) stemIds.set(k, (id = vocab.id(clean(stem(v.lower[k]!)))));
    return id;
  };
  // Nearest cue to the left: index, commas and "that" between.
  const leftCue = new Int32Array(n).fill(-1);
  const leftComma = new Uint8Array(n);
  const leftThat = new Uint8Array(n);
  for (let k = 0, last = -1, commas = 0, that = 0; k < n; k++) {
    if (unitStart[k] === k) (last = -1), (commas = 0), (that = 0);
    leftCue[k] = last;
    leftComma[k] = Math.min(commas, 2);
    leftThat[k] = that;
    if (cue[k]) (last = k), (commas = 0), (that = 0);
    else if (v.lower[k] === ',') commas++;
    else if (v.lower[k] === 'that') that = 1;
  }
  // Nearest verb to the left (PolNeAR reads the object of many verbs no cue list has: "derided the deal").
  const leftVerb = new Int32Array(n).fill(-1);
  for (let k = 0, last = -1; k < n; k++) {
    if (unitStart[k] === k) last = -1;
    leftVerb[k] = last;
    if (v.toks[k]!.pos === 'VERB' && !v.inQuote[k]) last = k;
  }
  const rightCue = new Int32Array(n).fill(-1);
  const rightComma = new Uint8Array(n);
  for (let k = n - 1, next = -1, commas = 0; k >= 0; k--) {
    if (k + 1 < n && v.unitEnd[k] === k + 1) (next = -1), (commas = 0);
    rightCue[k] = next;
    rightComma[k] = Math.min(commas, 2);
    if (cue[k]) (next = k), (commas = 0);
    else if (v.lower[k] === ',') commas++;
  }
  // Distance of each token from the start and to the end of the system's content around it.
  const sysFrom = new Int32Array(n).fill(-1);
  const sysTo = new Int32Array(n).fill(-1);
  for (let k = 0, start = -1; k < n; k++) {
    if (input.system[k] === 1) start = k;
    else if (input.system[k] !== 2) start = -1;
    sysFrom[k] = start >= 0 ? k - start : -1;
  }
  for (let k = n - 1, end = -1; k >= 0; k--) {
    const l = input.system[k]!;
    if ((l === 1 || l === 2) && end < 0) end = k;
    sysTo[k] = end >= 0 ? end - k : -1;
    if (l !== 2) end = -1;
  }
  // The nearest punctuation before and after each token in its unit (not quotation marks): contents end at clause edges.
  const isP = (k: number): boolean => v.toks[k]!.pos === 'PUNCT' && !QUOTE.test(v.lower[k]!);
  const nextP = new Int32Array(n).fill(-1);
  const prevP = new Int32Array(n).fill(-1);
  for (let k = n - 1, nx = -1; k >= 0; k--) {
    if (k + 1 < n && v.unitEnd[k] === k + 1) nx = -1;
    nextP[k] = nx;
    if (isP(k)) nx = k;
  }
  for (let k = 0, pv = -1; k < n; k++) {
    if (unitStart[k] === k) pv = -1;
    prevP[k] = pv;
    if (isP(k)) pv = k;
  }
  const NONE = vocab.id('-');
  for (let k = 0; k < n; k++) {
    const w = wordId[k]!;
    const c = clsId[k]!;
    const first = unitStart[k] === k;
    const last = v.unitEnd[k] === k + 1;
    const p1 = first ? START : clsId[k - 1]!;
    const p2 = k - 2 < unitStart[k]! ? START : clsId[k - 2]!;
    const n1 = last ? END : clsId[k + 1]!;
    const n2 = k + 2 >= v.unitEnd[k]! ? END : clsId[k + 2]!;
    const lc = leftCue[k]!;
    const rc = rightCue[k]!;
    const ls = lc >= 0 ? stemId(lc) : NONE;
    const rs = rc >= 0 ? stemId(rc) : NONE;
    const ld = num(lc >= 0 ? bucket(k - lc) : -1);
    const rd = num(rc >= 0 ? bucket(rc - k) : -1);
    const q = num(v.inQuote[k]! * 2 + (QUOTE.test(v.lower[k]!) ? 1 : 0));
    const sys = num(input.system[k]!);
    const sysPrev = num(first ? 5 : input.system[k - 1]!);
    const sysNext = num(last ? 5 : input.system[k + 1]!);
    const br = num(input.broad[k]!);
    offsets[k] = at;
    keys[at++] = TB.bias!;
    keys[at++] = TB.w! + w * S2;
    keys[at++] = TB.c! + c * S2;
    keys[at++] = TB.p1c! + p1 * S2 + c * SLOT;
    keys[at++] = TB.cn1! + c * S2 + n1 * SLOT;
    keys[at++] = TB.p2p1! + p2 * S2 + p1 * SLOT;
    keys[at++] = TB.n1n2! + n1 * S2 + n2 * SLOT;
    keys[at++] = TB.p1w! + p1 * S2 + w * SLOT;
    keys[at++] = TB.q! + q * S2;
    keys[at++] = TB.qp1! + q * S2 + p1 * SLOT;
    keys[at++] = TB.first! + num(first ? 1 : 0) * S2 + c * SLOT;
    keys[at++] = TB.last! + num(last ? 1 : 0) * S2 + c * SLOT;
    keys[at++] = TB.ld! + ld * S2;
    keys[at++] = TB.ldc! + ld * S2 + c * SLOT;
    keys[at++] = TB.ls! + ls * S2;
    keys[at++] = TB.lsd! + ls * S2 + ld * SLOT;
    keys[at++] = TB.lcomma! + ld * S2 + num(leftComma[k]!) * SLOT + num(leftThat[k]!);
    keys[at++] = TB.rd! + rd * S2;
    keys[at++] = TB.rdc! + rd * S2 + c * SLOT;
    keys[at++] = TB.rs! + rs * S2;
    keys[at++] = TB.rsd! + rs * S2 + rd * SLOT;
    keys[at++] = TB.rcomma! + rd * S2 + num(rightComma[k]!) * SLOT;
    keys[at++] = TB.lr! + ld * S2 + rd * SLOT + q;
    keys[at++] = TB.sys! + sysPrev * S2 + sys * SLOT + sysNext;
    keys[at++] = TB.sysc! + sys * S2 + c * SLOT;
    keys[at++] = TB.sysp1! + sys * S2 + p1 * SLOT + c;
    keys[at++] = TB.sysn1! + sys * S2 + c * SLOT + n1;
    keys[at++] = TB.sysq! + sys * S2 + q * SLOT;
    keys[at++] = TB.br! + num(first ? 5 : input.broad[k - 1]!) * S2 + br * SLOT + num(last ? 5 : input.broad[k + 1]!);
    keys[at++] = TB.brs! + br * S2 + sys * SLOT + c;
    if (sysFrom[k]! >= 0) { keys[at++] = TB.sysin! + num(bucket(sysFrom[k]!)) * S2 + num(bucket(sysTo[k]!)) * SLOT; keys[at++] = TB.sysinc! + num(Math.min(sysFrom[k]!, 3)) * S2 + num(Math.min(sysTo[k]!, 3)) * SLOT + c; }
    const lv = leftVerb[k]!;
    if (lv >= 0 && lv !== lc) { keys[at++] = TB.lv! + stemId(lv) * S2 + num(bucket(k - lv)) * SLOT; keys[at++] = TB.lvc! + num(bucket(k - lv)) * S2 + c * SLOT; }
    if (lc >= 0) { keys[at++] = TB.lw! + wordId[lc]! * S2 + (lc + 1 < n ? wordId[lc + 1]! : END) * SLOT; }
    if (lc === k - 1) { keys[at++] = TB.afterCue! + ls * S2 + c * SLOT; }
    if (rc === k + 1) { keys[at++] = TB.beforeCue! + rs * S2 + c * SLOT; }
    const np = nextP[k]!;
    const pp = prevP[k]!;
    keys[at++] = TB.np! + (np >= 0 ? clsId[np]! : END) * S2 + num(np >= 0 ? bucket(np - k) : -1) * SLOT;
    keys[at++] = TB.pp! + (pp >= 0 ? clsId[pp]! : START) * S2 + num(pp >= 0 ? bucket(k - pp) : -1) * SLOT;
  }
  offsets[n] = at;
  return { keys, offsets };
}

/** Feature numbers of token k: keys[offsets[k]] up to keys[offsets[k + 1]]. */
export interface TokenFeatures {
  keys: Float64Array;
  offsets: Int32Array;
}

const FEATURES_PER_TOKEN = 40;

/** Transition feature ids: previous label (or UNIT_START) × label. */
export function transitionIndex(prev: number, label: number): number {
  return prev * LABELS + label;
}

/**
 * Feature number -> its LABELS weights, open addressing over one typed array that holds each key
 * with its weights (one memory read per lookup, where key, row and weights arrays took three:
 * scoring looks up every feature of every token, and the table is larger than the cache). When
 * every weight is a whole number of hundredths in 16 bits (the model file rounds to hundredths),
 * a slot is 24 bytes, the key and the weights in hundredths (x / 100 gives back the same double as
 * the file's "x.yz"), which keeps 2.5 times as much of the table in cache. A JavaScript Map would
 * hash numbers above 2^31 as heap doubles, several times slower.
 */
export class FeatureTable {
  /** Keys (-1 when empty) at slot × stride; wide weights after each key. */
  private readonly keys: Float64Array;
  /** Compact weights in hundredths at slot × 8 + 4 (same buffer as keys), or null when wide. */
  private readonly hundredths: Int16Array | null;
  /** Float64 units per slot: compact 1 + LABELS / 4 rounded up (key, LABELS × int16), 1 + LABELS wide. */
  private readonly stride: number;
  private readonly mask: number;
  size = 0;

  /** `compact` only when every weight passes fitsHundredths. */
  constructor(capacity: number, readonly compact = false) {
    // At most 3/4 full: probes stay short and mostly within one cache line.
    let count = 16;
    while (count * 3 < capacity * 4) count *= 2;
    this.stride = compact ? 1 + Math.ceil(LABELS / 4) : 1 + LABELS;
    this.keys = new Float64Array(count * this.stride);
    this.hundredths = compact ? new Int16Array(this.keys.buffer) : null;
    for (let i = 0; i < this.keys.length; i += this.stride) this.keys[i] = -1;
    this.mask = count - 1;
  }

  /** Whether the compact table holds weight x exactly. */
  static fitsHundredths(x: number): boolean {
    const h = Math.round(x * 100);
    return Math.abs(h) <= 32767 && h / 100 === x;
  }

  /** Key k's slot, or the empty slot where it would go. */
  private slot(k: number): number {
    const lo = k >>> 0;
    const hi = (k / 4294967296) >>> 0;
    let h = Math.imul(lo ^ Math.imul(hi, 0x9e3779b1), 0x85ebca6b);
    h ^= h >>> 15;
    let i = h & this.mask;
    const { keys, stride } = this;
    for (;;) {
      const x = keys[i * stride]!;
      if (x === k || x === -1) return i;
      i = (i + 1) & this.mask;
    }
  }

  has(k: number): boolean {
    return this.keys[this.slot(k) * this.stride] === k;
  }

  /** Key k's weight of `label` (0 when the table lacks k). */
  weight(k: number, label: number): number {
    const i = this.slot(k);
    if (this.keys[i * this.stride] !== k) return 0;
    return this.hundredths ? this.hundredths[i * this.stride * 4 + 4 + label]! / 100 : this.keys[i * this.stride + 1 + label]!;
  }

  set(k: number, weights: ArrayLike<number>): void {
    const i = this.slot(k);
    if (this.keys[i * this.stride] !== k) this.size++;
    this.keys[i * this.stride] = k;
    for (let l = 0; l < LABELS; l++) {
      const x = weights[l] ?? 0;
      if (!this.hundredths) this.keys[i * this.stride + 1 + l] = x;
      else if (FeatureTable.fitsHundredths(x)) this.hundredths[i * this.stride * 4 + 4 + l] = Math.round(x * 100);
      else throw new Error(`span tagger: weight ${x} does not fit the compact table`);
    }
  }

  /** Adds key k's weights to scores[to … to + LABELS), label by label; nothing when the table lacks k. */
  addTo(k: number, scores: Float64Array, to: number): void {
    const i = this.slot(k);
    if (this.keys[i * this.stride] !== k) return;
    const h = this.hundredths;
    if (h) for (let l = 0, at = i * this.stride * 4 + 4; l < LABELS; l++) scores[to + l]! += h[at + l]! / 100;
    else for (let l = 0; l < LABELS; l++) scores[to + l]! += this.keys[i * this.stride + 1 + l]!;
  }
}

export interface SpanTagger {
  /** LABELS weights per feature number. */
  table: FeatureTable;
  /** (LABELS + 1) × LABELS transition weights (previous label or unit start, then label). */
  transitions: Float64Array;
  /** The string values the model knows. */
  vocab: Vocabulary;
}

let loaded: SpanTagger | null | undefined;

export function loadSpanTagger(): SpanTagger | null {
  if (loaded !== undefined) return loaded;
  const raw = readQuoteModel<{ transitions: number[]; weights: Record<string, number[]> }>('span-tagger.json');
  return (loaded = raw && spanTaggerOf(raw.weights, raw.transitions));
}

/** A tagger from named weights (the model file's form). */
export function spanTaggerOf(named: Record<string, number[]>, transitions: number[]): SpanTagger {
  const vocab = new Vocabulary(true);
  const entries = Object.entries(named);
  const compact = entries.every(([, ws]) => Array.from({ length: LABELS }, (_, l) => ws[l] ?? 0).every(FeatureTable.fitsHundredths));
  const table = new FeatureTable(entries.length, compact);
  for (const [name, ws] of entries) {
    const k = featureKey(name, vocab);
    // The first of two names for one number wins, as it always has.
    if (k === null || table.has(k)) continue;
    table.set(k, ws);
  }
  // At run time, strings the model does not know are all one unknown value.
  vocab.grow = false;
  return { table, transitions: Float64Array.from(transitions), vocab };
}

/** Viterbi's scores and back pointers, reused (every cell it reads it writes first). */
let viterbiDelta = new Float64Array(256 * LABELS);
let viterbiBack = new Uint8Array(256 * LABELS);

/**
 * The best label sequence of tokens [from, to) given per-token label scores (flat, LABELS per token).
 * I and E go on from B, I or C, and I goes on to I or E; a unit may open with I or E (a content
 * that began in the sentence before).
 */
export function viterbi(scores: Float64Array, transitions: Float64Array, from: number, to: number, out: Uint8Array): void {
  const len = to - from;
  if (len <= 0) return;
  if (viterbiDelta.length < len * LABELS) {
    viterbiDelta = new Float64Array(len * LABELS * 2);
    viterbiBack = new Uint8Array(len * LABELS * 2);
  }
  const delta = viterbiDelta;
  const back = viterbiBack;
  for (let l = 0; l < LABELS; l++) delta[l] = scores[from * LABELS + l]! + transitions[transitionIndex(UNIT_START, l)]!;
  for (let t = 1; t < len; t++) {
    for (let l = 0; l < LABELS; l++) {
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < LABELS; p++) {
        if (l === I && p === O) continue;
        // A further fragment needs a gap after the content it continues.
        if (l === C && p !== O) continue;
        // I and E go on from B, I or C; after I comes I or E.
        if ((l === I || l === E) && (p === O || p === E)) continue;
        if (p === I && l !== I && l !== E) continue;
        const x = delta[(t - 1) * LABELS + p]! + transitions[transitionIndex(p, l)]!;
        if (x > best) (best = x), (arg = p);
      }
      delta[t * LABELS + l] = best + scores[(from + t) * LABELS + l]!;
      back[t * LABELS + l] = arg;
    }
  }
  let l = 0;
  for (let x = 1; x < LABELS; x++) if (delta[(len - 1) * LABELS + x]! > delta[(len - 1) * LABELS + l]!) l = x;
  for (let t = len - 1; t >= 0; t--) {
    out[from + t] = l;
    l = back[t * LABELS + l]!;
  }
}

/** Labels of every token of a document (0 O, 1 B, 2 I, 3 C). */
export function tagDocument(model: SpanTagger, input: TaggerInput): Uint8Array {
  const n = input.view.toks.length;
  const scores = labelScores(model, input);
  const labels = new Uint8Array(n);
  for (let a = 0; a < n; a = input.view.unitEnd[a]!) viterbi(scores, model.transitions, a, input.view.unitEnd[a]!, labels);
  return labels;
}

/** Each token's score of each label (flat, LABELS per token). */
export function labelScores(model: SpanTagger, input: TaggerInput): Float64Array {
  const n = input.view.toks.length;
  const { keys, offsets } = tokenFeatures(input, model.vocab);
  const scores = new Float64Array(n * LABELS);
  const { table } = model;
  for (let k = 0; k < n; k++) for (let j = offsets[k]!; j < offsets[k + 1]!; j++) table.addTo(keys[j]!, scores, k * LABELS);
  return scores;
}

/**
 * Contents as [first, last] token of a label sequence, with their fragments: a content runs across
 * units while I follows, and a C fragment joins the content before it.
 */
export function spansOf(labels: Uint8Array): { start: number; end: number; fragments: [number, number][] }[] {
  const out: { start: number; end: number; fragments: [number, number][] }[] = [];
  let start = -1;
  const close = (end: number): void => {
    const last = out[out.length - 1];
    if (labels[start] === C && last) {
      last.end = end;
      last.fragments.push([start, end]);
    } else out.push({ start, end, fragments: [[start, end]] });
  };
  for (let k = 0; k <= labels.length; k++) {
    const l = k < labels.length ? labels[k]! : O;
    if ((l === I || l === E) && start >= 0) {
      // E ends its fragment.
      if (l === E) (close(k), (start = -1));
      continue;
    }
    if (start >= 0) close(k - 1);
    start = l === B || l === C ? k : -1;
  }
  return out;
}

/** Gold labels of a document from contents given as fragments in tokens (B, or C at a later fragment's first token). */
export function goldLabels(n: number, contents: readonly (readonly [number, number][])[]): Uint8Array {
  const labels = new Uint8Array(n);
  for (const fragments of contents) {
    fragments.forEach(([a, b], f) => {
      if (b < a || labels[a] !== O) return;
      labels[a] = f === 0 ? B : C;
      for (let k = a + 1; k <= b && k < n; k++) if (labels[k] === O) labels[k] = I;
      if (b > a && b < n && labels[b] === I) labels[b] = E;
    });
  }
  return labels;
}

// Linear sequence model: hashed feature rows × labels plus label transitions, decoded by Viterbi
// under BILOU constraints. Training weights (averaged perceptron) and the compact run-time form.
import { ALLOWED_TRANSITION as ALLOWED_IMPORTED, LABEL_COUNT, O as O_IMPORTED, labelPart } from './labels.js';
import {
  intrinsicFeatures,
  neighbourFeatures,
  writeIntrinsicFeatures,
  writeNeighbourFeatures,
  NEIGHBOUR_ROLES,
  type SentenceFeatures,
} from './features.js';
import type { WordInfo } from './word.js';

const L = LABEL_COUNT;
// Module-local copies: the tsx loader turns imported names into getter calls, too slow for Viterbi.
const O = O_IMPORTED;
const ALLOWED_TRANSITION = ALLOWED_IMPORTED;
const NEG = -1e300;
const SLOT_BYTES = 32;
const SLOT_INTS = SLOT_BYTES / 4;
if (8 + LABEL_COUNT > SLOT_BYTES) throw new Error('label rows do not fit a table slot');
/** Offsets of the neighbour roles (Neighbour.Prev, Next, Prev2, Next2) in a word's cached scores. */
const PREV = L;
const NEXT = 2 * L;
const PREV2 = 3 * L;
const NEXT2 = 4 * L;
/**
 * Dense word-vector features: a token's own vector, its previous word's and its next word's, each
 * with a D × L weight block (weights[(role * D + d) * L + label]).
 */
const DENSE_ROLES = 3;

/** Adds v · block `role` of dense weights to out[base .. base + L). */
function addVector(dense: Float32Array, role: number, v: Float32Array, out: Float64Array, base: number): void {
  const D = v.length;
  if (dense.length !== DENSE_ROLES * D * L) throw new Error('word vectors do not match the dense weights');
  for (let d = 0; d < D; d++) {
    const x = v[d]!;
    if (x === 0) continue;
    const at = (role * D + d) * L;
    for (let y = 0; y < L; y++) out[base + y]! += x * dense[at + y]!;
  }
}

/** Adds the dense-feature scores of a sentence (training form: SentenceFeatures.vectors) to `out`. */
function addDenseScores(dense: Float32Array | null, sentence: SentenceFeatures, out: Float64Array): void {
  const vectors = sentence.vectors;
  if (!dense || !vectors) return;
  const n = sentence.length;
  for (let i = 0; i < n; i++) {
    const self = vectors[i];
    const prev = i > 0 ? vectors[i - 1] : undefined;
    const next = i + 1 < n ? vectors[i + 1] : undefined;
    if (self) addVector(dense, 0, self, out, i * L);
    if (prev) addVector(dense, 1, prev, out, i * L);
    if (next) addVector(dense, 2, next, out, i * L);
  }
}

/** Scratch: the cached word scores of one sentence, padded by two boundary entries on each side. */
const SENTENCE_SCORES: Float64Array[] = [];

/** Anything that can fill per-token label scores for a sentence. */
export interface Scorer {
  emissions(sentence: SentenceFeatures, out: Float64Array): void;
  /** transitions[prev * L + next] */
  readonly transitions: Float64Array;
}

const buffers = {
  delta: new Float64Array(L * 256),
  back: new Int32Array(L * 256),
  emis: new Float64Array(L * 256),
};

/** Labels after which a new entity (or O) may start: O, L-*, U-*. */
const CLOSED_LABELS: Int32Array = Int32Array.from(
  Array.from({ length: L }, (_, y) => y).filter((y) => y === O || labelPart(y) >= 2),
);

/** Best label sequence; labels written into `out`. The start behaves like a preceding O. */
export function decode(scorer: Scorer, sentence: SentenceFeatures, out: Int32Array): void {
  const n = sentence.length;
  if (n === 0) return;
  if (buffers.delta.length < n * L) {
    buffers.delta = new Float64Array(n * L * 2);
    buffers.back = new Int32Array(n * L * 2);
    buffers.emis = new Float64Array(n * L * 2);
  }
  scorer.emissions(sentence, buffers.emis);
  decodeEmissions(buffers.emis, n, scorer.transitions, out);
}

/**
 * Viterbi over given emissions (token i's score of label y at emis[i * stride + offset + y]) and
 * transitions; labels written into `out`.
 */
export function decodeEmissions(emis: Float64Array, n: number, trans: Float64Array, out: Int32Array, stride = L, offset = 0): void {
  if (n === 0) return;
  if (buffers.delta.length < n * L) {
    buffers.delta = new Float64Array(n * L * 2);
    buffers.back = new Int32Array(n * L * 2);
    buffers.emis = new Float64Array(n * L * 2);
  }
  const { delta, back } = buffers;
  for (let y = 0; y < L; y++) {
    delta[y] = ALLOWED_TRANSITION[O * L + y] ? emis[offset + y]! + trans[O * L + y]! : NEG;
  }
  // BILOU: O, B-t and U-t follow a closed label (O, L-*, U-*); I-t and L-t follow B-t or I-t.
  // The closed labels are 0, 3, 4, 7, 8, 11, 12, 15, 16 (checked below): read once per position.
  for (let i = 1; i < n; i++) {
    const base = i * L;
    const prevBase = base - L;
    const e = i * stride + offset;
    const d0 = delta[prevBase]!;
    const d3 = delta[prevBase + 3]!;
    const d4 = delta[prevBase + 4]!;
    const d7 = delta[prevBase + 7]!;
    const d8 = delta[prevBase + 8]!;
    const d11 = delta[prevBase + 11]!;
    const d12 = delta[prevBase + 12]!;
    const d15 = delta[prevBase + 15]!;
    const d16 = delta[prevBase + 16]!;
    for (let y = 0; y < L; y++) {
      const part = y === O ? -1 : (y - 1) & 3;
      if (part === 1 || part === 2) {
        const b = y - part;
        const fromB = delta[prevBase + b]! + trans[b * L + y]!;
        const fromI = delta[prevBase + b + 1]! + trans[(b + 1) * L + y]!;
        if (fromB >= fromI) {
          delta[base + y] = fromB + emis[e + y]!;
          back[base + y] = b;
        } else {
          delta[base + y] = fromI + emis[e + y]!;
          back[base + y] = b + 1;
        }
        continue;
      }
      // The first best in label order wins, as a loop over the closed labels with `>` would pick.
      let best = NEG;
      let arg = 0;
      let s = d0 + trans[y]!;
      if (s > best) (best = s), (arg = 0);
      s = d3 + trans[3 * L + y]!;
      if (s > best) (best = s), (arg = 3);
      s = d4 + trans[4 * L + y]!;
      if (s > best) (best = s), (arg = 4);
      s = d7 + trans[7 * L + y]!;
      if (s > best) (best = s), (arg = 7);
      s = d8 + trans[8 * L + y]!;
      if (s > best) (best = s), (arg = 8);
      s = d11 + trans[11 * L + y]!;
      if (s > best) (best = s), (arg = 11);
      s = d12 + trans[12 * L + y]!;
      if (s > best) (best = s), (arg = 12);
      s = d15 + trans[15 * L + y]!;
      if (s > best) (best = s), (arg = 15);
      s = d16 + trans[16 * L + y]!;
      if (s > best) (best = s), (arg = 16);
      delta[base + y] = best + emis[e + y]!;
      back[base + y] = arg;
    }
  }
  let best = NEG;
  let arg = O;
  const lastBase = (n - 1) * L;
  for (let y = 0; y < L; y++) {
    // A sentence cannot end inside an open entity.
    if (y !== O && ((y - 1) & 3) < 2) continue;
    const s = delta[lastBase + y]! + trans[y * L + O]!;
    if (s > best) {
      best = s;
      arg = y;
    }
  }
  out[n - 1] = arg;
  for (let i = n - 1; i > 0; i--) out[i - 1] = back[i * L + out[i]!]!;
}

if ([0, 3, 4, 7, 8, 11, 12, 15, 16].join() !== [...CLOSED_LABELS].join()) throw new Error('closed labels moved: update decodeEmissions');

/** Averaged structured perceptron over hashed rows (training only: large and dense). */
export class PerceptronWeights implements Scorer {
  readonly mask: number;
  readonly weights: Float32Array;
  private readonly accumulated: Float64Array;
  readonly transitions: Float64Array;
  private readonly transAccumulated: Float64Array;
  /** Number of updates seen (the averaging clock). */
  private clock = 1;
  private averagedView: boolean = false;
  /** Dense word-vector weights (DENSE_ROLES × dimensions × L), or null without word vectors. */
  readonly dense: Float32Array | null;
  private readonly denseAccumulated: Float64Array | null;

  constructor(
    readonly bits: number,
    /** Dimensions of the word vectors (0 = none). */
    readonly denseDims = 0,
    /** How many dense roles learn (1: the token's own vector only; the neighbours' blocks stay zero). */
    readonly denseRoles = DENSE_ROLES,
  ) {
    this.mask = (1 << bits) - 1;
    this.weights = new Float32Array((this.mask + 1) * L);
    this.accumulated = new Float64Array((this.mask + 1) * L);
    this.transitions = new Float64Array(L * L);
    this.transAccumulated = new Float64Array(L * L);
    this.dense = denseDims > 0 ? new Float32Array(DENSE_ROLES * denseDims * L) : null;
    this.denseAccumulated = denseDims > 0 ? new Float64Array(DENSE_ROLES * denseDims * L) : null;
  }

  emissions(sentence: SentenceFeatures, out: Float64Array): void {
    emissionsFrom(this.weights, this.mask, sentence, out);
    addDenseScores(this.dense, sentence, out);
  }

  /** Dense-weight update of one token: +v toward gold, -v away from the prediction, per role. */
  private updateDense(sentence: SentenceFeatures, i: number, g: number, p: number, c: number): void {
    const dense = this.dense;
    const acc = this.denseAccumulated;
    const vectors = sentence.vectors;
    if (!dense || !acc || !vectors) return;
    const n = sentence.length;
    for (let role = 0; role < this.denseRoles; role++) {
      const j = role === 0 ? i : role === 1 ? i - 1 : i + 1;
      if (j < 0 || j >= n) continue;
      const v = vectors[j];
      if (!v) continue;
      const D = v.length;
      for (let d = 0; d < D; d++) {
        const x = v[d]!;
        if (x === 0) continue;
        const at = (role * D + d) * L;
        dense[at + g]! += x;
        acc[at + g]! += c * x;
        dense[at + p]! -= x;
        acc[at + p]! -= c * x;
      }
    }
  }

  tick(): void {
    this.clock++;
  }

  /** Perceptron update toward gold and away from the prediction. */
  update(sentence: SentenceFeatures, gold: ArrayLike<number>, predicted: ArrayLike<number>): void {
    if (this.averagedView) throw new Error('cannot train averaged weights');
    const { offsets, feats, length } = sentence;
    const c = this.clock;
    for (let i = 0; i < length; i++) {
      const g = gold[i]!;
      const p = predicted[i]!;
      if (g !== p) {
        for (let j = offsets[i]!; j < offsets[i + 1]!; j++) {
          const row = (feats[j]! & this.mask) * L;
          this.weights[row + g]! += 1;
          this.accumulated[row + g]! += c;
          this.weights[row + p]! -= 1;
          this.accumulated[row + p]! -= c;
        }
        this.updateDense(sentence, i, g, p, c);
      }
      const gPrev = i > 0 ? gold[i - 1]! : O;
      const pPrev = i > 0 ? predicted[i - 1]! : O;
      if (g !== p || gPrev !== pPrev) {
        this.transitions[gPrev * L + g]! += 1;
        this.transAccumulated[gPrev * L + g]! += c;
        this.transitions[pPrev * L + p]! -= 1;
        this.transAccumulated[pPrev * L + p]! -= c;
      }
    }
    const gLast = gold[length - 1]!;
    const pLast = predicted[length - 1]!;
    if (gLast !== pLast) {
      this.transitions[gLast * L + O]! += 1;
      this.transAccumulated[gLast * L + O]! += c;
      this.transitions[pLast * L + O]! -= 1;
      this.transAccumulated[pLast * L + O]! -= c;
    }
  }

  /** The averaged weights (w - acc / clock) as a new dense scorer. */
  averaged(): DenseScorer {
    const c = this.clock;
    const w = new Float32Array(this.weights.length);
    for (let i = 0; i < w.length; i++) {
      const v = this.weights[i]!;
      if (v !== 0 || this.accumulated[i] !== 0) w[i] = v - this.accumulated[i]! / c;
    }
    const t = new Float64Array(L * L);
    for (let i = 0; i < t.length; i++) t[i] = this.transitions[i]! - this.transAccumulated[i]! / c;
    let dense: Float32Array | null = null;
    if (this.dense && this.denseAccumulated) {
      dense = new Float32Array(this.dense.length);
      for (let i = 0; i < dense.length; i++) dense[i] = this.dense[i]! - this.denseAccumulated[i]! / c;
    }
    return new DenseScorer(this.mask, w, t, dense);
  }
}

function emissionsFrom(weights: Float32Array, mask: number, sentence: SentenceFeatures, out: Float64Array): void {
  const { offsets, feats, length } = sentence;
  if (sentence.words) throw new Error('training scorers need every feature inline');
  out.fill(0, 0, length * L);
  for (let i = 0; i < length; i++) {
    const base = i * L;
    for (let j = offsets[i]!; j < offsets[i + 1]!; j++) {
      const row = (feats[j]! & mask) * L;
      for (let y = 0; y < L; y++) out[base + y]! += weights[row + y]!;
    }
  }
}

export class DenseScorer implements Scorer {
  constructor(
    readonly mask: number,
    readonly weights: Float32Array,
    readonly transitions: Float64Array,
    /** Dense word-vector weights (see DENSE_ROLES), or null. */
    readonly dense: Float32Array | null = null,
  ) {}
  emissions(sentence: SentenceFeatures, out: Float64Array): void {
    emissionsFrom(this.weights, this.mask, sentence, out);
    addDenseScores(this.dense, sentence, out);
  }
}

/**
 * Run-time model: only the rows that carry weight, each as int8 × a per-row scale, found through a
 * small open-addressing table (bucket -> row) that stays in cache, unlike a 2^bits array.
 * Serialized little-endian: header, transitions, bucket ids (delta varints), scales, int8 rows.
 */
export class CompactScorer implements Scorer {
  private static nextId = 0;
  /** Index of this scorer's entry in WordInfo.scores. */
  readonly id = CompactScorer.nextId++;
  /** Built on first use: the tagger's passes score through PairedScorer's table instead. */
  private lookupTable: RowTable | undefined;

  constructor(
    readonly mask: number,
    /** Sorted buckets that have a row; row i belongs to buckets[i]. */
    readonly buckets: Int32Array,
    readonly scales: Float32Array,
    readonly rows: Int8Array,
    readonly transitions: Float64Array,
    /** Dense word-vector weights (float32, see DENSE_ROLES), or null. */
    readonly dense: Float32Array | null = null,
  ) {}

  /**
   * Open-addressing table of 32-byte slots, one cache-line half each: int32 bucket + 1 (0 = empty),
   * float32 row scale, then the row's int8 weights. One memory access per feature that has weights.
   */
  private table(): RowTable {
    if (this.lookupTable) return this.lookupTable;
    const { buckets, scales, rows, mask } = this;
    let bits = 4;
    while (1 << bits < buckets.length * 1.6) bits++;
    const buffer = new ArrayBuffer(SLOT_BYTES << bits);
    const t: RowTable = {
      keys: new Int32Array(buffer),
      scales: new Float32Array(buffer),
      weights: new Int8Array(buffer),
      shift: 32 - bits,
      mask: (1 << bits) - 1,
      present: new Int32Array((mask >>> 5) + 1),
    };
    for (let r = 0; r < buckets.length; r++) {
      const bucket = buckets[r]!;
      t.present[bucket >>> 5]! |= 1 << (bucket & 31);
      let slot = Math.imul(bucket, 0x9e3779b1) >>> t.shift;
      while (t.keys[slot * SLOT_INTS] !== 0) slot = (slot + 1) & t.mask;
      t.keys[slot * SLOT_INTS] = bucket + 1;
      t.scales[slot * SLOT_INTS + 1] = scales[r]!;
      for (let y = 0; y < L; y++) t.weights[slot * SLOT_BYTES + 8 + y] = rows[r * L + y]!;
    }
    return (this.lookupTable = t);
  }

  emissions(sentence: SentenceFeatures, out: Float64Array): void {
    const { length, words } = sentence;
    if (words) this.singleWordScores(words, length, out);
    else out.fill(0, 0, length * L);
    this.addFeatureRows(sentence, out);
    if (!words) addDenseScores(this.dense, sentence, out);
  }

  /** Adds the rows of the sentence's listed features (not its cached single-word ones) to `out`. */
  addFeatureRows(sentence: SentenceFeatures, out: Float64Array): void {
    const { offsets, feats, length } = sentence;
    // addRow, inlined by hand.
    const mask = this.mask;
    const { present, keys, scales, weights, shift, mask: tableMask } = this.table();
    for (let i = 0; i < length; i++) {
      const base = i * L;
      for (let j = offsets[i]!, end = offsets[i + 1]!; j < end; j++) {
        const bucket = feats[j]! & mask;
        if ((present[bucket >>> 5]! & (1 << (bucket & 31))) === 0) continue;
        let slot = Math.imul(bucket, 0x9e3779b1) >>> shift;
        let k = keys[slot * SLOT_INTS]!;
        while (k !== bucket + 1 && k !== 0) {
          slot = (slot + 1) & tableMask;
          k = keys[slot * SLOT_INTS]!;
        }
        if (k === 0) continue;
        const s = scales[slot * SLOT_INTS + 1]!;
        const at = slot * SLOT_BYTES + 8;
        for (let y = 0; y < L; y++) out[base + y]! += s * weights[at + y]!;
      }
    }
  }

  /** Adds the weights of a feature's row (if it has one) to out[base .. base + L). */
  private addRow(feature: number, out: Float64Array, base: number): void {
    const bucket = feature & this.mask;
    const { present, keys, scales, weights, shift, mask: tableMask } = this.table();
    if ((present[bucket >>> 5]! & (1 << (bucket & 31))) === 0) return;
    let slot = Math.imul(bucket, 0x9e3779b1) >>> shift;
    let k = keys[slot * SLOT_INTS]!;
    while (k !== bucket + 1) {
      if (k === 0) return;
      slot = (slot + 1) & tableMask;
      k = keys[slot * SLOT_INTS]!;
    }
    const s = scales[slot * SLOT_INTS + 1]!;
    const at = slot * SLOT_BYTES + 8;
    for (let y = 0; y < L; y++) out[base + y]! += s * weights[at + y]!;
  }

  /**
   * out[i] = the token's intrinsic scores + what each neighbour (±1, ±2) contributes to it, all taken
   * from per-word caches: together about half of a token's features, summed once per distinct word.
   */
  singleWordScores(words: readonly WordInfo[], n: number, out: Float64Array): void {
    const boundary = (this.boundary ??= this.scoresOf(null));
    // Each word's cached scores looked up once: sentence[j + 2] belongs to token j, with the
    // boundary's on either side.
    if (SENTENCE_SCORES.length < n + 4) SENTENCE_SCORES.length = 2 * n + 4;
    const row = SENTENCE_SCORES;
    row[0] = row[1] = row[n + 2] = row[n + 3] = boundary;
    for (let i = 0; i < n; i++) row[i + 2] = this.wordScores(words[i]!);
    for (let i = 0; i < n; i++) {
      const self = row[i + 2]!;
      const prev = row[i + 1]!;
      const next = row[i + 3]!;
      const prev2 = row[i]!;
      const next2 = row[i + 4]!;
      const base = i * L;
      for (let y = 0; y < L; y++) {
        out[base + y] = self[y]! + prev[PREV + y]! + next[NEXT + y]! + prev2[PREV2 + y]! + next2[NEXT2 + y]!;
      }
    }
  }

  /** Scores at the sentence boundary (a missing neighbour), in the same layout as wordScores. */
  private boundary: Float64Array | undefined;

  /**
   * A word's summed scores, computed once per word and scorer: [0, L) its context-free features, then
   * L per neighbour role (Neighbour order): what it adds to the token it precedes or follows.
   */
  private wordScores(w: WordInfo): Float64Array {
    const cache = (w.scores ??= []);
    return (cache[this.id] ??= this.scoresOf(w));
  }

  private scoresOf(w: WordInfo | null): Float64Array {
    const scores = new Float64Array(L * (1 + NEIGHBOUR_ROLES));
    if (w) for (const f of intrinsicFeatures(w)) this.addRow(f, scores, 0);
    for (let role = 0; role < NEIGHBOUR_ROLES; role++) {
      for (const f of neighbourFeatures(w, role)) this.addRow(f, scores, L * (1 + role));
    }
    if (w?.vector && this.dense) {
      addVector(this.dense, 0, w.vector, scores, 0);
      addVector(this.dense, 1, w.vector, scores, L * (1 + 0)); // as the previous word (Neighbour.Prev)
      addVector(this.dense, 2, w.vector, scores, L * (1 + 1)); // as the next word (Neighbour.Next)
    }
    return scores;
  }

  /** A copy keeping the `keep` rows with the largest weights (smaller table, fewer cache misses). */
  pruned(keep: number): CompactScorer {
    if (keep >= this.buckets.length) return this;
    const order = Array.from(this.buckets.keys()).sort((a, b) => this.scales[b]! - this.scales[a]! || a - b);
    const chosen = order.slice(0, keep).sort((a, b) => a - b);
    const buckets = Int32Array.from(chosen.map((r) => this.buckets[r]!));
    const scales = Float32Array.from(chosen.map((r) => this.scales[r]!));
    const rows = new Int8Array(chosen.length * L);
    chosen.forEach((r, i) => rows.set(this.rows.subarray(r * L, r * L + L), i * L));
    return new CompactScorer(this.mask, buckets, scales, rows, this.transitions, this.dense);
  }

  get rowCount(): number {
    return this.scales.length;
  }

  /** Quantizes a dense scorer, dropping rows whose largest weight is below `minWeight` of the global max. */
  static fromDense(dense: DenseScorer, pruneBelow = 0): CompactScorer {
    const bucketCount = dense.mask + 1;
    const w = dense.weights;
    const kept: number[] = [];
    const maxAbs: number[] = [];
    for (let b = 0; b < bucketCount; b++) {
      let m = 0;
      for (let y = 0; y < L; y++) m = Math.max(m, Math.abs(w[b * L + y]!));
      if (m > pruneBelow) {
        kept.push(b);
        maxAbs.push(m);
      }
    }
    const scales = new Float32Array(kept.length);
    const rows = new Int8Array(kept.length * L);
    kept.forEach((b, r) => {
      const scale = maxAbs[r]! / 127;
      scales[r] = scale;
      for (let y = 0; y < L; y++) rows[r * L + y] = Math.round(w[b * L + y]! / scale);
    });
    return new CompactScorer(dense.mask, Int32Array.from(kept), scales, rows, Float64Array.from(dense.transitions), dense.dense ? Float32Array.from(dense.dense) : null);
  }

  serialize(): Buffer {
    const parts: Buffer[] = [];
    const header = Buffer.alloc(12);
    header.writeUInt32LE(0x4e455231, 0); // "NER1"
    header.writeUInt32LE(Math.log2(this.mask + 1), 4);
    header.writeUInt32LE(this.scales.length, 8);
    parts.push(header);
    const trans = Buffer.alloc(L * L * 4);
    for (let i = 0; i < L * L; i++) trans.writeFloatLE(this.transitions[i]!, i * 4);
    parts.push(trans);
    const ids: number[] = [];
    let last = -1;
    for (const b of this.buckets) {
      let d = b - last;
      last = b;
      while (d >= 0x80) {
        ids.push((d & 0x7f) | 0x80);
        d >>>= 7;
      }
      ids.push(d);
    }
    const idLen = Buffer.alloc(4);
    idLen.writeUInt32LE(ids.length, 0);
    parts.push(idLen, Buffer.from(ids));
    parts.push(Buffer.from(this.scales.buffer, this.scales.byteOffset, this.scales.byteLength));
    parts.push(Buffer.from(this.rows.buffer, this.rows.byteOffset, this.rows.byteLength));
    if (this.dense) {
      // Optional trailer: "DNS1", vector dimensions, then the dense weights (float32).
      const trailer = Buffer.alloc(8);
      trailer.writeUInt32LE(0x444e5331, 0);
      trailer.writeUInt32LE(this.dense.length / (DENSE_ROLES * L), 4);
      parts.push(trailer, Buffer.from(Float32Array.from(this.dense).buffer));
    }
    return Buffer.concat(parts);
  }

  static deserialize(data: Buffer): CompactScorer {
    let at = 0;
    if (data.readUInt32LE(at) !== 0x4e455231) throw new Error('not a Dossier NER weight table');
    const bits = data.readUInt32LE(at + 4);
    const count = data.readUInt32LE(at + 8);
    at += 12;
    const transitions = new Float64Array(L * L);
    for (let i = 0; i < L * L; i++) transitions[i] = data.readFloatLE(at + i * 4);
    at += L * L * 4;
    const idBytes = data.readUInt32LE(at);
    at += 4;
    const buckets = new Int32Array(count);
    let bucket = -1;
    let row = 0;
    const idEnd = at + idBytes;
    while (at < idEnd) {
      let d = 0;
      let shift = 0;
      let byte: number;
      do {
        byte = data[at++]!;
        d |= (byte & 0x7f) << shift;
        shift += 7;
      } while (byte & 0x80);
      bucket += d;
      buckets[row++] = bucket;
    }
    const scales = new Float32Array(count);
    Buffer.from(scales.buffer).set(data.subarray(at, at + count * 4));
    at += count * 4;
    const rows = new Int8Array(count * L);
    Buffer.from(rows.buffer).set(data.subarray(at, at + count * L));
    at += count * L;
    let dense: Float32Array | null = null;
    if (at + 8 <= data.length && data.readUInt32LE(at) === 0x444e5331) {
      const size = DENSE_ROLES * data.readUInt32LE(at + 4) * L;
      dense = new Float32Array(size);
      Buffer.from(dense.buffer).set(data.subarray(at + 8, at + 8 + size * 4));
    }
    return new CompactScorer((1 << bits) - 1, buckets, scales, rows, transitions, dense);
  }
}

/** How many distinct values two sorted arrays hold together. */
function unionSize(a: Int32Array, b: Int32Array): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length || j < b.length) {
    if (j === b.length || (i < a.length && a[i]! < b[j]!)) i++;
    else if (i === a.length || b[j]! < a[i]!) j++;
    else {
      i++;
      j++;
    }
    n++;
  }
  return n;
}

/** A CompactScorer's lookup table (see CompactScorer.table). */
interface RowTable {
  keys: Int32Array;
  scales: Float32Array;
  weights: Int8Array;
  shift: number;
  mask: number;
  /** One bit per bucket: most features have no row, and this small bitset answers that from cache. */
  present: Int32Array;
}

const PAIR_SLOT_BYTES = 64;
const PAIR_SLOT_INTS = PAIR_SLOT_BYTES / 4;
/** Cached scores per word in PairedScorer's pool: both passes, own features and the four neighbour roles. */
const WORD_SCORES = 2 * L * (1 + NEIGHBOUR_ROLES);
/** Scratch: one word's single-word features, as PairedScorer scores them. */
const PAIR_WORD_FEATURES = new Int32Array(64);
const SECOND_CACHE_MASK = 1023;
const PAIR_FIRST_ROW = 12;
const PAIR_SECOND_ROW = 32;
if (PAIR_FIRST_ROW + L > PAIR_SECOND_ROW || PAIR_SECOND_ROW + L > PAIR_SLOT_BYTES) throw new Error('label rows do not fit a paired slot');

/**
 * Both passes' weights in one table: a 64-byte slot (one cache line) holds a bucket's pass-1 and
 * pass-2 rows, so the features the passes share are looked up once for both. Sums the same terms in
 * the same order as each scorer's own emissions, so the labels are identical.
 */
export class PairedScorer {
  private readonly slotsI32: Int32Array;
  private readonly slotsF32: Float32Array;
  private readonly slotsI8: Int8Array;
  private readonly present: Int32Array;
  private readonly tableShift: number;
  private readonly tableMask: number;

  constructor(
    readonly first: CompactScorer,
    readonly second: CompactScorer,
    /** Words whose scores the pool holds before it starts over (4,096: 5.6 MB; rescoring a word is cheap). */
    private readonly poolWords = 1 << 12,
  ) {
    if (first.mask !== second.mask) throw new Error('paired scorers need the same hash width');
    let bits = 4;
    while (1 << bits < unionSize(first.buckets, second.buckets) * 1.4) bits++;
    this.tableShift = 32 - bits;
    this.tableMask = (1 << bits) - 1;
    const buffer = new ArrayBuffer(PAIR_SLOT_BYTES << bits);
    this.slotsI32 = new Int32Array(buffer);
    this.slotsF32 = new Float32Array(buffer);
    this.slotsI8 = new Int8Array(buffer);
    this.present = new Int32Array((first.mask >>> 5) + 1);
    const place = (scorer: CompactScorer, scaleIndex: number, rowOffset: number): void => {
      for (let r = 0; r < scorer.buckets.length; r++) {
        const bucket = scorer.buckets[r]!;
        this.present[bucket >>> 5]! |= 1 << (bucket & 31);
        let slot = Math.imul(bucket, 0x9e3779b1) >>> this.tableShift;
        for (;;) {
          const key = this.slotsI32[slot * PAIR_SLOT_INTS]!;
          if (key === 0 || key === bucket + 1) break;
          slot = (slot + 1) & this.tableMask;
        }
        this.slotsI32[slot * PAIR_SLOT_INTS] = bucket + 1;
        this.slotsF32[slot * PAIR_SLOT_INTS + scaleIndex] = scorer.scales[r]!;
        for (let y = 0; y < L; y++) this.slotsI8[slot * PAIR_SLOT_BYTES + rowOffset + y] = scorer.rows[r * L + y]!;
      }
    };
    place(first, 1, PAIR_FIRST_ROW);
    place(second, 2, PAIR_SECOND_ROW);
    if (first.dense || second.dense) {
      // Both passes' dense weights interleaved per role and dimension: [pass-1 row, pass-2 row].
      const size = (first.dense ?? second.dense)!.length;
      if (first.dense && second.dense && first.dense.length !== second.dense.length) throw new Error('paired dense weights differ in size');
      const both = new Float64Array(2 * size);
      for (let r = 0; r < size / L; r++) {
        for (let y = 0; y < L; y++) {
          both[2 * r * L + y] = first.dense ? first.dense[r * L + y]! : 0;
          both[2 * r * L + L + y] = second.dense ? second.dense[r * L + y]! : 0;
        }
      }
      this.denseBoth = both;
    }
  }

  /** Both passes' dense word-vector weights (see constructor), or null. */
  private denseBoth: Float64Array | null = null;

  private static nextId = 0;
  /** Marks the words whose scores this scorer's pool holds (WordInfo.pairedBy), renewed when the pool starts over. */
  private generation = PairedScorer.nextId++;
  /**
   * Each word's cached scores for both passes, WORD_SCORES values from WordInfo.pairedAt: per role (own
   * features, then Neighbour order) the pass-1 scores then the pass-2 scores. Summed in the same order as
   * CompactScorer.wordScores. The sentence boundary's sit at 0. One array, not one per word: no
   * allocation per new word, and the per-token sum reads a single array.
   */
  private pool = new Float64Array(WORD_SCORES * 4096);
  private poolUsed = 0;
  /** Scratch: pool offsets of a sentence's words, padded by two boundary entries on each side. */
  private sentenceAt = new Int32Array(260);

  /** Pool offset of a word's scores, computed on first sight (`null` = the sentence boundary). */
  private wordScoresAt(w: WordInfo | null): number {
    if (w !== null && w.pairedBy === this.generation) return w.pairedAt;
    if (this.poolUsed + WORD_SCORES > this.pool.length) {
      const bigger = new Float64Array(this.pool.length * 2);
      bigger.set(this.pool);
      this.pool = bigger;
    }
    const at = this.poolUsed;
    this.poolUsed += WORD_SCORES;
    const scores = this.pool;
    for (let k = at; k < at + WORD_SCORES; k++) scores[k] = 0; // (a loop: fill() costs a builtin call)
    const feats = PAIR_WORD_FEATURES;
    if (w) {
      const end = writeIntrinsicFeatures(w, feats, 0);
      for (let j = 0; j < end; j++) this.addRows(feats[j]!, scores, at);
    }
    for (let role = 0; role < NEIGHBOUR_ROLES; role++) {
      const end = writeNeighbourFeatures(w, role, feats, 0);
      for (let j = 0; j < end; j++) this.addRows(feats[j]!, scores, at + 2 * L * (1 + role));
    }
    const vector = w?.vector;
    if (vector && this.denseBoth) {
      // The word vector's scores, both passes at once: its own, as the previous word (Neighbour.Prev),
      // as the next (Neighbour.Next). The pass-1 and pass-2 blocks of a role sit side by side, as in the pool.
      const both = this.denseBoth;
      const D = vector.length;
      if (both.length !== DENSE_ROLES * D * 2 * L) throw new Error('word vectors do not match the dense weights');
      for (let d = 0; d < D; d++) {
        const x = vector[d]!;
        if (x === 0) continue;
        for (let role = 0; role < DENSE_ROLES; role++) {
          const base = at + 2 * L * role;
          const from = (role * D + d) * 2 * L;
          for (let y = 0; y < 2 * L; y++) scores[base + y]! += x * both[from + y]!;
        }
      }
    }
    if (w) {
      w.pairedAt = at;
      w.pairedBy = this.generation;
    }
    return at;
  }

  /** Makes room for `words` new words' scores: past the pool's cap, it starts over (words are rescored on sight). */
  private reserve(words: number): void {
    if (this.poolUsed === 0) this.wordScoresAt(null);
    if (this.poolUsed + words * WORD_SCORES <= this.poolWords * WORD_SCORES) return;
    this.generation = PairedScorer.nextId++;
    this.poolUsed = 0;
    this.wordScoresAt(null);
  }

  /** Adds a feature's pass-1 and pass-2 rows (where it has them) at out[base, base + 2L). */
  private addRows(feature: number, out: Float64Array, base: number): void {
    const bucket = feature & this.first.mask;
    if ((this.present[bucket >>> 5]! & (1 << (bucket & 31))) === 0) return;
    const keys = this.slotsI32;
    let slot = Math.imul(bucket, 0x9e3779b1) >>> this.tableShift;
    let k = keys[slot * PAIR_SLOT_INTS]!;
    while (k !== bucket + 1) {
      if (k === 0) return;
      slot = (slot + 1) & this.tableMask;
      k = keys[slot * PAIR_SLOT_INTS]!;
    }
    const s1 = this.slotsF32[slot * PAIR_SLOT_INTS + 1]!;
    const s2 = this.slotsF32[slot * PAIR_SLOT_INTS + 2]!;
    const at = slot * PAIR_SLOT_BYTES;
    const weights = this.slotsI8;
    for (let y = 0; y < L; y++) {
      out[base + y]! += s1 * weights[at + PAIR_FIRST_ROW + y]!;
      out[base + L + y]! += s2 * weights[at + PAIR_SECOND_ROW + y]!;
    }
  }

  /**
   * Both passes' emissions from the pass-1 features: token i's pass-1 scores at out[i * 2L, + L), and
   * the shared features' part of its pass-2 scores right after (pass 2 then adds its own, addSecondRows).
   */
  emissions(sentence: SentenceFeatures, out: Float64Array, outAt: number): void {
    const { offsets, feats, length: n, words } = sentence;
    const L2 = 2 * L;
    if (words) {
      // Token j's own scores, plus what each neighbour (±1, ±2) adds, from per-word caches.
      this.reserve(n);
      if (this.sentenceAt.length < n + 4) this.sentenceAt = new Int32Array(2 * n + 4);
      const row = this.sentenceAt;
      row[0] = row[1] = row[n + 2] = row[n + 3] = 0;
      for (let i = 0; i < n; i++) row[i + 2] = this.wordScoresAt(words[i]!);
      const pool = this.pool;
      for (let i = 0; i < n; i++) {
        const self = row[i + 2]!;
        const prev = row[i + 1]! + 2 * PREV;
        const next = row[i + 3]! + 2 * NEXT;
        const prev2 = row[i]! + 2 * PREV2;
        const next2 = row[i + 4]! + 2 * NEXT2;
        const base = outAt + i * L2;
        for (let y = 0; y < L2; y++) {
          out[base + y] = pool[self + y]! + pool[prev + y]! + pool[next + y]! + pool[prev2 + y]! + pool[next2 + y]!;
        }
      }
    } else {
      out.fill(0, outAt, outAt + n * L2);
    }
    const mask = this.first.mask;
    const present = this.present;
    const keys = this.slotsI32;
    const scales = this.slotsF32;
    const weights = this.slotsI8;
    const shift = this.tableShift;
    const tableMask = this.tableMask;
    for (let i = 0; i < n; i++) {
      const base = outAt + i * L2;
      for (let j = offsets[i]!, end = offsets[i + 1]!; j < end; j++) {
        const bucket = feats[j]! & mask;
        if ((present[bucket >>> 5]! & (1 << (bucket & 31))) === 0) continue;
        let slot = Math.imul(bucket, 0x9e3779b1) >>> shift;
        let k = keys[slot * PAIR_SLOT_INTS]!;
        while (k !== bucket + 1 && k !== 0) {
          slot = (slot + 1) & tableMask;
          k = keys[slot * PAIR_SLOT_INTS]!;
        }
        if (k === 0) continue;
        const s1 = scales[slot * PAIR_SLOT_INTS + 1]!;
        const s2 = scales[slot * PAIR_SLOT_INTS + 2]!;
        const at = slot * PAIR_SLOT_BYTES;
        // A bucket missing from one pass has a zero scale there: adding +0 leaves the sum unchanged.
        for (let y = 0; y < L; y++) {
          out[base + y]! += s1 * weights[at + PAIR_FIRST_ROW + y]!;
          out[base + L + y]! += s2 * weights[at + PAIR_SECOND_ROW + y]!;
        }
      }
    }
  }

  /** Adds the pass-1 rows of the sentence's listed features to the pass-1 half of `out` (emissions layout). */
  addFirstRows(sentence: SentenceFeatures, out: Float64Array, outAt: number): void {
    const { offsets, feats, length: n } = sentence;
    const mask = this.first.mask;
    const present = this.present;
    const keys = this.slotsI32;
    const scales = this.slotsF32;
    const weights = this.slotsI8;
    const shift = this.tableShift;
    const tableMask = this.tableMask;
    for (let i = 0; i < n; i++) {
      const base = outAt + i * 2 * L;
      for (let j = offsets[i]!, end = offsets[i + 1]!; j < end; j++) {
        const bucket = feats[j]! & mask;
        if ((present[bucket >>> 5]! & (1 << (bucket & 31))) === 0) continue;
        let slot = Math.imul(bucket, 0x9e3779b1) >>> shift;
        let k = keys[slot * PAIR_SLOT_INTS]!;
        while (k !== bucket + 1 && k !== 0) {
          slot = (slot + 1) & tableMask;
          k = keys[slot * PAIR_SLOT_INTS]!;
        }
        if (k === 0) continue;
        const s1 = scales[slot * PAIR_SLOT_INTS + 1]!;
        const at = slot * PAIR_SLOT_BYTES + PAIR_FIRST_ROW;
        for (let y = 0; y < L; y++) out[base + y]! += s1 * weights[at + y]!;
      }
    }
  }

  /** Adds the pass-2 rows of the sentence's listed features to the pass-2 half of `out` (emissions layout). */
  addSecondRows(sentence: SentenceFeatures, out: Float64Array, outAt: number): void {
    const { offsets, feats, length: n } = sentence;
    const mask = this.first.mask;
    const present = this.present;
    const keys = this.slotsI32;
    const scales = this.slotsF32;
    const weights = this.slotsI8;
    const shift = this.tableShift;
    const tableMask = this.tableMask;
    // Pass 2's own features take few distinct values: their scaled rows are kept in a small
    // direct-mapped cache (s2 × an int8 weight is exact in a double, so the sums are unchanged).
    const cachedBucket = this.secondBucket;
    const cachedHasRow = this.secondHasRow;
    const cachedRows = this.secondRows;
    for (let i = 0; i < n; i++) {
      const base = outAt + i * 2 * L + L;
      for (let j = offsets[i]!, end = offsets[i + 1]!; j < end; j++) {
        const bucket = feats[j]! & mask;
        const c = bucket & SECOND_CACHE_MASK;
        if (cachedBucket[c] !== bucket) {
          cachedBucket[c] = bucket;
          cachedHasRow[c] = 0;
          if ((present[bucket >>> 5]! & (1 << (bucket & 31))) !== 0) {
            let slot = Math.imul(bucket, 0x9e3779b1) >>> shift;
            let k = keys[slot * PAIR_SLOT_INTS]!;
            while (k !== bucket + 1 && k !== 0) {
              slot = (slot + 1) & tableMask;
              k = keys[slot * PAIR_SLOT_INTS]!;
            }
            if (k !== 0) {
              cachedHasRow[c] = 1;
              const s2 = scales[slot * PAIR_SLOT_INTS + 2]!;
              const at = slot * PAIR_SLOT_BYTES + PAIR_SECOND_ROW;
              for (let y = 0; y < L; y++) cachedRows[c * L + y] = s2 * weights[at + y]!;
            }
          }
        }
        if (cachedHasRow[c] === 0) continue;
        const row = c * L;
        for (let y = 0; y < L; y++) out[base + y]! += cachedRows[row + y]!;
      }
    }
  }

  /** Direct-mapped cache of addSecondRows: bucket (-1 = empty), whether it has a pass-2 row, and that row scaled. */
  private readonly secondBucket = new Int32Array(SECOND_CACHE_MASK + 1).fill(-1);
  private readonly secondHasRow = new Uint8Array(SECOND_CACHE_MASK + 1);
  private readonly secondRows = new Float64Array((SECOND_CACHE_MASK + 1) * L);
}

// Word clusters learned from unlabeled text: each frequent word is described by the PPMI of its
// left and right neighbours, randomly projected to a dense vector, then split top-down by balanced
// spherical 2-means. A word's path of left/right decisions is its bit string (Brown-cluster-like).
import type { ConllDocument } from '../../../eval/conll.js';
import { corpusStream } from './corpus.js';
import { seededRandom } from './trainer.js';

export interface ClusterOptions {
  seed: number;
  log: (line: string) => void;
  vocabulary?: number;
  contexts?: number;
  dimensions?: number;
  maxDepth?: number;
  /** Sizes of the flat (spherical k-means) clusterings appended to each word's bit string. */
  flatSizes?: readonly number[];
}

export function buildClusters(sharedDataDir: string, trainDocs: readonly ConllDocument[], options: ClusterOptions): Map<string, string> {
  const V = options.vocabulary ?? 60000;
  const C = options.contexts ?? 1500;
  const D = options.dimensions ?? 200;
  const maxDepth = options.maxDepth ?? 22;
  const random = seededRandom(options.seed);

  // Tokenized corpus as word ids, sentences separated by -1.
  const { words, counts, stream, length } = corpusStream(sharedDataDir, trainDocs);
  options.log(`clusters: ${length} tokens, ${words.length} types`);

  const byFrequency = words.map((_, i) => i).sort((a, b) => counts[b]! - counts[a]! || (words[a]! < words[b]! ? -1 : 1));
  const vocab = byFrequency.filter((i) => counts[i]! >= 3).slice(0, V);
  const row = new Int32Array(words.length).fill(-1);
  vocab.forEach((id, r) => (row[id] = r));
  const ctx = new Int32Array(words.length).fill(-1);
  byFrequency.slice(0, C).forEach((id, c) => (ctx[id] = c));
  const BOUNDARY = C; // sentence edge as a context
  // Slots: the word before and the word after (each C frequent words plus the sentence edge).
  const width = 2 * (C + 1);

  const cooc = new Float32Array(vocab.length * width);
  for (let i = 0; i < length; i++) {
    const id = stream[i]!;
    if (id < 0) continue;
    const r = row[id]!;
    if (r < 0) continue;
    const left = i > 0 ? stream[i - 1]! : -1;
    const right = i + 1 < length ? stream[i + 1]! : -1;
    const lc = left < 0 ? BOUNDARY : ctx[left]!;
    const rc = right < 0 ? BOUNDARY : ctx[right]!;
    if (lc >= 0) cooc[r * width + lc]!++;
    if (rc >= 0) cooc[r * width + C + 1 + rc]!++;
  }

  // PPMI with smoothed context probabilities, then a Gaussian random projection.
  const colSum = new Float64Array(width);
  let total = 0;
  for (let r = 0; r < vocab.length; r++) {
    for (let c = 0; c < width; c++) {
      const v = cooc[r * width + c]!;
      colSum[c]! += v;
      total += v;
    }
  }
  let smoothedTotal = 0;
  const colP = new Float64Array(width);
  for (let c = 0; c < width; c++) smoothedTotal += (colP[c] = Math.pow(colSum[c]!, 0.75));
  for (let c = 0; c < width; c++) colP[c]! /= smoothedTotal;
  const projection = new Float32Array(width * D);
  for (let i = 0; i < projection.length; i++) projection[i] = gaussian(random);
  const vectors = new Float32Array(vocab.length * D);
  for (let r = 0; r < vocab.length; r++) {
    let rowSum = 0;
    for (let c = 0; c < width; c++) rowSum += cooc[r * width + c]!;
    if (rowSum === 0) continue;
    const pw = rowSum / total;
    const out = r * D;
    for (let c = 0; c < width; c++) {
      const v = cooc[r * width + c]!;
      if (v === 0) continue;
      const pmi = Math.log(v / total / (pw * colP[c]!));
      if (pmi <= 0) continue;
      const p = c * D;
      for (let d = 0; d < D; d++) vectors[out + d]! += pmi * projection[p + d]!;
    }
    normalize(vectors, out, D);
  }
  options.log(`clusters: ${vocab.length} word vectors`);

  const bitsOf = new Array<string>(vocab.length).fill('');
  const members = vocab.map((_, r) => r);
  split(members, '', 0);
  function split(set: number[], prefix: string, depth: number): void {
    for (const r of set) bitsOf[r] = prefix;
    if (set.length < 4 || depth >= maxDepth) return;
    const [left, right] = bisect(set);
    split(left, prefix + '0', depth + 1);
    split(right, prefix + '1', depth + 1);
  }
  function bisect(set: number[]): [number[], number[]] {
    const c1 = new Float32Array(D);
    const c2 = new Float32Array(D);
    // Deterministic seeding: a random member and the member least similar to it.
    const first = set[Math.floor(random() * set.length)]!;
    let far = set[0]!;
    let farSim = Infinity;
    for (const r of set) {
      const s = dot(vectors, r * D, vectors, first * D, D);
      if (s < farSim) {
        farSim = s;
        far = r;
      }
    }
    c1.set(vectors.subarray(first * D, first * D + D));
    c2.set(vectors.subarray(far * D, far * D + D));
    const score = new Float32Array(set.length);
    for (let iter = 0; iter < 8; iter++) {
      for (let k = 0; k < set.length; k++) {
        const at = set[k]! * D;
        score[k] = dot(vectors, at, c1, 0, D) - dot(vectors, at, c2, 0, D);
      }
      const threshold = balancedThreshold(score);
      c1.fill(0);
      c2.fill(0);
      for (let k = 0; k < set.length; k++) {
        const target = score[k]! > threshold ? c1 : c2;
        const at = set[k]! * D;
        for (let d = 0; d < D; d++) target[d]! += vectors[at + d]!;
      }
      normalize(c1, 0, D);
      normalize(c2, 0, D);
    }
    for (let k = 0; k < set.length; k++) {
      const at = set[k]! * D;
      score[k] = dot(vectors, at, c1, 0, D) - dot(vectors, at, c2, 0, D);
    }
    const threshold = balancedThreshold(score);
    const left: number[] = [];
    const right: number[] = [];
    for (let k = 0; k < set.length; k++) (score[k]! > threshold ? left : right).push(set[k]!);
    if (left.length === 0 || right.length === 0) {
      const half = set.length >> 1;
      return [set.slice(0, half), set.slice(half)];
    }
    return [left, right];
  }

  // Flat clusterings of the same vectors: a top-down split can strand near neighbours on either side
  // of an early cut, a flat partition cannot.
  const flat = (options.flatSizes ?? FLAT_CLUSTER_SIZES).map((k) => {
    const started = Date.now();
    const assignment = sphericalKMeans(vectors, vocab.length, D, k, random);
    options.log(`clusters: flat k-means, ${k} clusters, ${Date.now() - started} ms`);
    return assignment;
  });
  const result = new Map<string, string>();
  vocab.forEach((id, r) => result.set(words[id]!, (bitsOf[r]! || '0') + flat.map((a) => `:${a[r]}`).join('')));
  return result;
}

/** How many bits of the second clustering's path each word's two extra fields keep (see withSecondClustering). */
export const SECOND_CLUSTER_PREFIXES = [6, 12] as const;

/**
 * Each word's cluster string with a second clustering's path (built from another random projection)
 * cut to 6 and 12 bits in its two extra fields: `bits:xxxxxx:xxxxxxxxxxxx`. One projection's cuts
 * strand some near neighbours on either side; a second draw cuts elsewhere (dev F1 +0.1 to +0.2).
 */
export function withSecondClustering(primary: ReadonlyMap<string, string>, second: ReadonlyMap<string, string>): Map<string, string> {
  const result = new Map<string, string>();
  for (const [word, bits] of primary) {
    if (bits.includes(':')) throw new Error('cluster strings already carry extra fields');
    const other = second.get(word);
    result.set(word, other === undefined ? bits : [bits, ...SECOND_CLUSTER_PREFIXES.map((n) => other.slice(0, n))].join(':'));
  }
  return result;
}

/** The flat clusterings built by default (sizes k; a word's cluster string is then `bits:id1:id2`). */
export const FLAT_CLUSTER_SIZES: readonly number[] = [];

/** Spherical k-means (cosine) over unit vectors, seeded with distinct random members; cluster id per row. */
function sphericalKMeans(vectors: Float32Array, n: number, D: number, k: number, random: () => number, iterations = 10): Int32Array {
  const centroids = new Float32Array(k * D);
  const chosen = new Set<number>();
  for (let c = 0; c < k && chosen.size < n; c++) {
    let r = Math.floor(random() * n);
    while (chosen.has(r)) r = (r + 1) % n;
    chosen.add(r);
    centroids.set(vectors.subarray(r * D, r * D + D), c * D);
  }
  const assignment = new Int32Array(n);
  for (let iter = 0; iter <= iterations; iter++) {
    for (let r = 0; r < n; r++) {
      let best = 0;
      let bestSim = -Infinity;
      for (let c = 0; c < k; c++) {
        const s = dot(vectors, r * D, centroids, c * D, D);
        if (s > bestSim) {
          bestSim = s;
          best = c;
        }
      }
      assignment[r] = best;
    }
    if (iter === iterations) break;
    centroids.fill(0);
    for (let r = 0; r < n; r++) {
      const at = assignment[r]! * D;
      for (let d = 0; d < D; d++) centroids[at + d]! += vectors[r * D + d]!;
    }
    for (let c = 0; c < k; c++) normalize(centroids, c * D, D);
  }
  return assignment;
}

/** 0 unless that leaves less than 8% on one side; then the 8% / 92% quantile. */
function balancedThreshold(score: Float32Array): number {
  let above = 0;
  for (const s of score) if (s > 0) above++;
  const share = above / score.length;
  if (share >= 0.08 && share <= 0.92) return 0;
  const sorted = Float32Array.from(score).sort();
  const q = share < 0.08 ? 0.92 : 0.08;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

function dot(a: Float32Array, ai: number, b: Float32Array, bi: number, n: number): number {
  let s = 0;
  for (let d = 0; d < n; d++) s += a[ai + d]! * b[bi + d]!;
  return s;
}

function normalize(v: Float32Array, at: number, n: number): void {
  let s = 0;
  for (let d = 0; d < n; d++) s += v[at + d]! * v[at + d]!;
  if (s === 0) return;
  const inv = 1 / Math.sqrt(s);
  for (let d = 0; d < n; d++) v[at + d]! *= inv;
}

function gaussian(random: () => number): number {
  const u = Math.max(random(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

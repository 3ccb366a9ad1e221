// Averaged structured perceptron training with shuffling (seeded) and early stopping on a dev set.
import { PerceptronWeights, DenseScorer, decode, decodeEmissions, type Scorer } from '../model.js';
import type { SentenceFeatures } from '../features.js';
import { LABEL_COUNT, spansFromBilou } from '../labels.js';

export interface LabeledSentence {
  features: SentenceFeatures;
  gold: Int32Array;
}

export interface TrainOptions {
  bits: number;
  maxEpochs: number;
  /** Stop after this many epochs without a dev improvement. */
  patience: number;
  seed: number;
  /** Train exactly this many epochs and keep the last (used for jackknifing). */
  fixedEpochs?: number;
  /**
   * Perceptrons trained side by side on differently shuffled orders (default 1); the model is the
   * mean of their averaged weights, which evens out what one visiting order happened to learn.
   */
  members?: number;
  log?: (line: string) => void;
  /** Cost-augmented decoding in training: every wrong label's score is raised by this much (0 = plain perceptron). */
  cost?: number;
  /** Dimensions of the word vectors the sentences carry (SentenceFeatures.vectors; 0 = none). */
  denseDims?: number;
  /** Dense roles that learn: 3 (own, previous, next vector; the default) or 1 (own only). */
  denseRoles?: number;
}

export interface TrainResult {
  scorer: DenseScorer;
  epochs: number;
  devF1: number;
}

/** Mulberry32: a small deterministic PRNG for shuffling. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function train(data: readonly LabeledSentence[], dev: readonly LabeledSentence[] | null, options: TrainOptions): TrainResult {
  const memberCount = Math.max(1, options.members ?? 1);
  // Member 0 keeps the single-model seed, so members = 1 trains exactly as before.
  const members = Array.from({ length: memberCount }, (_, m) => ({
    weights: new PerceptronWeights(options.bits, options.denseDims ?? 0, options.denseRoles ?? 3),
    random: seededRandom(options.seed + m * 7919),
    order: data.map((_, i) => i),
  }));
  const predicted = new Int32Array(1024);
  const cost = options.cost ?? 0;
  const L = LABEL_COUNT;
  let emis = new Float64Array(L * 256);
  let best: TrainResult | null = null;
  let sinceBest = 0;
  const epochs = options.fixedEpochs ?? options.maxEpochs;
  const model = (): DenseScorer => meanOf(members.map((m) => m.weights.averaged()));
  for (let epoch = 1; epoch <= epochs; epoch++) {
    const started = Date.now();
    let mistakes = 0;
    for (const { weights, random, order } of members) {
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [order[i], order[j]] = [order[j]!, order[i]!];
      }
      for (const index of order) {
        const { features, gold } = data[index]!;
        if (cost > 0) {
          const n = features.length;
          if (emis.length < n * L) emis = new Float64Array(n * L * 2);
          weights.emissions(features, emis);
          for (let i = 0; i < n; i++) for (let y = 0; y < L; y++) if (y !== gold[i]) emis[i * L + y]! += cost;
          decodeEmissions(emis, n, weights.transitions, predicted);
        } else decode(weights, features, predicted);
        for (let i = 0; i < features.length; i++) {
          if (predicted[i] !== gold[i]) {
            weights.update(features, gold, predicted);
            mistakes++;
            break;
          }
        }
        weights.tick();
      }
    }
    if (options.fixedEpochs !== undefined) {
      options.log?.(`  epoch ${epoch}: ${mistakes} sentences wrong, ${Date.now() - started} ms`);
      continue;
    }
    const averaged = model();
    const f1 = dev ? spanF1(averaged, dev) : 0;
    options.log?.(`  epoch ${epoch}: ${mistakes} sentences wrong, dev F1 ${f1.toFixed(4)}, ${Date.now() - started} ms`);
    if (!best || f1 > best.devF1) {
      best = { scorer: averaged, epochs: epoch, devF1: f1 };
      sinceBest = 0;
    } else if (++sinceBest >= options.patience) {
      break;
    }
  }
  if (options.fixedEpochs !== undefined) return { scorer: model(), epochs, devF1: 0 };
  return best!;
}

/** The element-wise mean of scorers of the same width (one scorer is returned as it is). */
function meanOf(scorers: DenseScorer[]): DenseScorer {
  if (scorers.length === 1) return scorers[0]!;
  const [first, ...rest] = scorers as [DenseScorer, ...DenseScorer[]];
  const weights = Float32Array.from(first.weights);
  const transitions = Float64Array.from(first.transitions);
  for (const s of rest) {
    for (let i = 0; i < weights.length; i++) weights[i]! += s.weights[i]!;
    for (let i = 0; i < transitions.length; i++) transitions[i]! += s.transitions[i]!;
  }
  const k = scorers.length;
  for (let i = 0; i < weights.length; i++) weights[i]! /= k;
  for (let i = 0; i < transitions.length; i++) transitions[i]! /= k;
  let dense: Float32Array | null = null;
  if (first.dense) {
    dense = Float32Array.from(first.dense);
    for (const s of rest) for (let i = 0; i < dense.length; i++) dense[i]! += s.dense![i]!;
    for (let i = 0; i < dense.length; i++) dense[i]! /= k;
  }
  return new DenseScorer(first.mask, weights, transitions, dense);
}

/** Entity-level F1 of a scorer on labeled sentences (exact span and type). */
export function spanF1(scorer: Scorer, sentences: readonly LabeledSentence[]): number {
  let correct = 0;
  let guessed = 0;
  let gold = 0;
  const predicted = new Int32Array(1024);
  for (const s of sentences) {
    decode(scorer, s.features, predicted);
    const p = spansFromBilou(predicted, s.features.length);
    const g = spansFromBilou(s.gold);
    guessed += p.length;
    gold += g.length;
    const key = (x: { start: number; end: number; type: number }): string => `${x.start}:${x.end}:${x.type}`;
    const goldKeys = new Set(g.map(key));
    for (const x of p) if (goldKeys.has(key(x))) correct++;
  }
  const precision = guessed ? correct / guessed : 0;
  const recall = gold ? correct / gold : 0;
  return precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
}

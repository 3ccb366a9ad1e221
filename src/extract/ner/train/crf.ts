// A linear-chain CRF over the tagger's hashed rows: the same scorer form as the perceptron's (rows ×
// labels plus label transitions, BILOU-constrained Viterbi at run time), trained instead on the
// conditional log-likelihood of the gold labels, by AdaGrad over single sentences with early stopping
// on dev. Forward-backward runs over the same constrained label lattice the decoder searches
// (a sentence starts and ends next to an O), so training normalizes over exactly the sequences the
// tagger can output.
import { DenseScorer } from '../model.js';
import { ALLOWED_TRANSITION, LABEL_COUNT, O, labelPart } from '../labels.js';
import type { SentenceFeatures } from '../features.js';
import { seededRandom, spanF1, type LabeledSentence, type TrainOptions, type TrainResult } from './trainer.js';

const L = LABEL_COUNT;

export interface CrfOptions extends TrainOptions {
  /** AdaGrad's base step (default 0.2). */
  rate?: number;
  /** L2 penalty on the rows a sentence touches (a sparse approximation of the full penalty; default 0). */
  l2?: number;
  /** Keep a running average of the weights over the updates (as the averaged perceptron does) and stop on it. */
  average?: boolean;
}

/** True for labels after which a sentence may end (O, L-*, U-*). */
const CLOSES: Uint8Array = Uint8Array.from({ length: L }, (_, y) => (y === O || labelPart(y) >= 2 ? 1 : 0));

/** CRF weights while training: rows, transitions, AdaGrad's squared-gradient sums, and an optional average. */
class CrfWeights {
  readonly mask: number;
  readonly weights: Float32Array;
  readonly transitions = new Float64Array(L * L);
  private readonly squared: Float32Array;
  private readonly transSquared = new Float64Array(L * L);
  private readonly accumulated: Float64Array | null;
  private readonly transAccumulated: Float64Array | null;
  private clock = 1;

  constructor(bits: number, private readonly rate: number, average: boolean, private readonly l2: number) {
    this.mask = (1 << bits) - 1;
    this.weights = new Float32Array((this.mask + 1) * L);
    this.squared = new Float32Array((this.mask + 1) * L);
    this.accumulated = average ? new Float64Array((this.mask + 1) * L) : null;
    this.transAccumulated = average ? new Float64Array(L * L) : null;
    this.live = new DenseScorer(this.mask, this.weights, this.transitions);
  }

  /** Scores with the current weights (shared, not copied). */
  private readonly live: DenseScorer;

  /** One AdaGrad step on a sentence's negative log-likelihood; returns that loss. */
  step(sentence: SentenceFeatures, gold: Int32Array, lattice: CrfLattice): number {
    const n = sentence.length;
    if (n === 0) return 0;
    lattice.fill(this.live, sentence);
    const loss = lattice.forwardBackward(n, this.transitions, gold);
    const { marginal, pairCounts } = lattice;
    const { offsets, feats } = sentence;
    const { weights, squared, accumulated, rate, clock, l2 } = this;
    for (let i = 0; i < n; i++) {
      const base = i * L;
      const g = gold[i]!;
      for (let j = offsets[i]!; j < offsets[i + 1]!; j++) {
        const row = (feats[j]! & this.mask) * L;
        for (let y = 0; y < L; y++) {
          const at = row + y;
          const grad = marginal[base + y]! - (y === g ? 1 : 0) + l2 * weights[at]!;
          if (grad > -1e-6 && grad < 1e-6) continue;
          const sq = squared[at]! + grad * grad;
          squared[at] = sq;
          const delta = (-rate * grad) / Math.sqrt(sq);
          weights[at]! += delta;
          if (accumulated) accumulated[at]! += clock * delta;
        }
      }
    }
    for (let k = 0; k < L * L; k++) {
      const grad = pairCounts[k]!;
      if (grad === 0) continue;
      this.transSquared[k]! += grad * grad;
      const delta = (-rate * grad) / Math.sqrt(this.transSquared[k]!);
      this.transitions[k]! += delta;
      if (this.transAccumulated) this.transAccumulated[k]! += clock * delta;
    }
    this.clock++;
    return loss;
  }

  /** The weights to decode with: the running average when kept, else the current weights (copied). */
  snapshot(): DenseScorer {
    const c = this.clock;
    const w = new Float32Array(this.weights.length);
    const t = new Float64Array(L * L);
    if (this.accumulated && this.transAccumulated) {
      for (let i = 0; i < w.length; i++) w[i] = this.weights[i]! - this.accumulated[i]! / c;
      for (let i = 0; i < t.length; i++) t[i] = this.transitions[i]! - this.transAccumulated[i]! / c;
    } else {
      w.set(this.weights);
      t.set(this.transitions);
    }
    return new DenseScorer(this.mask, w, t);
  }
}

/** Scratch for one sentence's forward-backward, grown as needed. */
export class CrfLattice {
  emis = new Float64Array(L * 256);
  alpha = new Float64Array(L * 256);
  beta = new Float64Array(L * 256);
  scale = new Float64Array(256);
  marginal = new Float64Array(L * 256);
  /** Expected minus gold transition counts (the transitions' gradient). */
  readonly pairCounts = new Float64Array(L * L);
  private readonly expTrans = new Float64Array(L * L);

  private ensure(n: number): void {
    if (this.scale.length >= n) return;
    const size = n * 2;
    this.emis = new Float64Array(L * size);
    this.alpha = new Float64Array(L * size);
    this.beta = new Float64Array(L * size);
    this.scale = new Float64Array(size);
    this.marginal = new Float64Array(L * size);
  }

  fill(scorer: DenseScorer, sentence: SentenceFeatures): void {
    this.ensure(sentence.length);
    scorer.emissions(sentence, this.emis);
  }

  /**
   * Scaled forward-backward over the constrained lattice: fills token marginals and the transition
   * gradient, returns -log p(gold). Each position's emissions are shifted by their maximum and each
   * alpha row normalized, so nothing overflows; the shifts cancel between log Z and the gold score.
   */
  forwardBackward(n: number, trans: Float64Array, gold: Int32Array): number {
    const { emis, alpha, beta, scale, marginal, pairCounts, expTrans } = this;
    for (let k = 0; k < L * L; k++) expTrans[k] = ALLOWED_TRANSITION[k] ? Math.exp(trans[k]!) : 0;
    let logZ = 0;
    // Emissions to shifted exponentials in place.
    for (let i = 0; i < n; i++) {
      const base = i * L;
      let max = -Infinity;
      for (let y = 0; y < L; y++) if (emis[base + y]! > max) max = emis[base + y]!;
      for (let y = 0; y < L; y++) emis[base + y] = Math.exp(emis[base + y]! - max);
    }
    let goldScore = 0;
    // Forward.
    let sum = 0;
    for (let y = 0; y < L; y++) {
      const a = expTrans[O * L + y]! * emis[y]!;
      alpha[y] = a;
      sum += a;
    }
    scale[0] = sum;
    for (let y = 0; y < L; y++) alpha[y]! /= sum;
    for (let i = 1; i < n; i++) {
      const base = i * L;
      const prev = base - L;
      sum = 0;
      for (let y = 0; y < L; y++) {
        let s = 0;
        for (let p = 0; p < L; p++) s += alpha[prev + p]! * expTrans[p * L + y]!;
        const a = s * emis[base + y]!;
        alpha[base + y] = a;
        sum += a;
      }
      scale[i] = sum;
      for (let y = 0; y < L; y++) alpha[base + y]! /= sum;
    }
    // The end: only closed labels, then the transition to O.
    const last = (n - 1) * L;
    let end = 0;
    for (let y = 0; y < L; y++) if (CLOSES[y]) end += alpha[last + y]! * expTrans[y * L + O]!;
    for (let i = 0; i < n; i++) logZ += Math.log(scale[i]!);
    logZ += Math.log(end);
    // Backward, with the same scales.
    for (let y = 0; y < L; y++) beta[last + y] = CLOSES[y] ? expTrans[y * L + O]! / end : 0;
    for (let i = n - 2; i >= 0; i--) {
      const base = i * L;
      const next = base + L;
      const c = scale[i + 1]!;
      for (let p = 0; p < L; p++) {
        let s = 0;
        for (let y = 0; y < L; y++) s += expTrans[p * L + y]! * emis[next + y]! * beta[next + y]!;
        beta[base + p] = s / c;
      }
    }
    for (let i = 0; i < n * L; i++) marginal[i] = alpha[i]! * beta[i]!;
    // Transition gradient: expected pair counts minus the gold pairs (start and end included).
    pairCounts.fill(0);
    for (let y = 0; y < L; y++) pairCounts[O * L + y]! += marginal[y]!;
    for (let i = 1; i < n; i++) {
      const base = i * L;
      const prev = base - L;
      const c = scale[i]!;
      for (let p = 0; p < L; p++) {
        const a = alpha[prev + p]!;
        if (a === 0) continue;
        for (let y = 0; y < L; y++) {
          const t = expTrans[p * L + y]!;
          if (t === 0) continue;
          pairCounts[p * L + y]! += (a * t * emis[base + y]! * beta[base + y]!) / c;
        }
      }
    }
    for (let y = 0; y < L; y++) pairCounts[y * L + O]! += marginal[last + y]!;
    let prevGold = O;
    for (let i = 0; i < n; i++) {
      const g = gold[i]!;
      pairCounts[prevGold * L + g]! -= 1;
      goldScore += trans[prevGold * L + g]!;
      prevGold = g;
    }
    pairCounts[prevGold * L + O]! -= 1;
    goldScore += trans[prevGold * L + O]!;
    return logZ - (goldScore + this.goldEmissions(n, gold));
  }

  /** The gold labels' summed (shifted) emissions, read back from their exponentials: exact enough for a loss. */
  private goldEmissions(n: number, gold: Int32Array): number {
    let s = 0;
    for (let i = 0; i < n; i++) {
      const e = this.emis[i * L + gold[i]!]!;
      s += e > 0 ? Math.log(e) : -745;
    }
    return s;
  }
}

/** Trains a CRF with the perceptron trainer's stopping rule: best dev F1, `patience` epochs without a gain. */
export function trainCrf(data: readonly LabeledSentence[], dev: readonly LabeledSentence[] | null, options: CrfOptions): TrainResult {
  if ((options.denseDims ?? 0) > 0) throw new Error('the CRF trainer does not take word vectors');
  const model = new CrfWeights(options.bits, options.rate ?? 0.2, options.average ?? false, options.l2 ?? 0);
  const random = seededRandom(options.seed);
  const order = data.map((_, i) => i);
  const lattice = new CrfLattice();
  const epochs = options.fixedEpochs ?? options.maxEpochs;
  let best: TrainResult | null = null;
  let sinceBest = 0;
  for (let epoch = 1; epoch <= epochs; epoch++) {
    const started = Date.now();
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    let loss = 0;
    for (const index of order) {
      const { features, gold } = data[index]!;
      loss += model.step(features, gold, lattice);
    }
    if (options.fixedEpochs !== undefined) {
      options.log?.(`  epoch ${epoch}: loss ${loss.toFixed(1)}, ${Date.now() - started} ms`);
      continue;
    }
    const current = model.snapshot();
    const f1 = dev ? spanF1(current, dev) : 0;
    options.log?.(`  epoch ${epoch}: loss ${loss.toFixed(1)}, dev F1 ${f1.toFixed(4)}, ${Date.now() - started} ms`);
    if (!best || f1 > best.devF1) {
      best = { scorer: current, epochs: epoch, devF1: f1 };
      sinceBest = 0;
    } else if (++sinceBest >= options.patience) {
      break;
    }
  }
  if (options.fixedEpochs !== undefined) return { scorer: model.snapshot(), epochs, devF1: 0 };
  return best!;
}

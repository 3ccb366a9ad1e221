// Trains the span tagger (span-tagger.ts) on PolNeAR documents: a structured averaged perceptron
// over BIO labels, one Viterbi decode and update per unit. Features are interned to integers.
import type { PolnearDoc } from '../../eval/polnear.js';
import { featureName, goldLabels, LABELS, tokenFeatures, transitionIndex, viterbi, Vocabulary, type TaggerInput } from './span-tagger.js';
import { partitionPoint } from '../../util/sorted.js';
import { meanOfOrders, ShuffledOrder } from './training.js';

export interface TrainedTagger {
  transitions: number[];
  weights: Record<string, number[]>;
  tokens: number;
}

/** Each gold content as token ranges [first, last] of its fragments: the tokens whose midpoint lies inside. */
export function goldFragments(doc: PolnearDoc, input: TaggerInput): [number, number][][] {
  const { toks } = input.view;
  const mids = toks.map((t) => (t.start + t.end) / 2);
  const lowerBound = (x: number): number => partitionPoint(mids.length, (i) => mids[i]! < x);
  const out = doc.attributions.map((a) => a.content.fragments.map((f): [number, number] => [lowerBound(f.start), lowerBound(f.end) - 1]));
  return out.sort((x, y) => x[0]![0] - y[0]![0] || y[0]![1] - x[0]![1]);
}

/** Perceptrons averaged into the span tagger (SPAN_TAGGER_MEMBERS in the environment overrides, for measurements). */
const SPAN_TAGGER_MEMBERS = Number(process.env['SPAN_TAGGER_MEMBERS'] ?? 6);

export function trainSpanTagger(docs: readonly PolnearDoc[], inputs: readonly TaggerInput[], epochs = 10, seed0 = 9090, members = SPAN_TAGGER_MEMBERS): TrainedTagger {
  // A word seen once in train is an unknown value, as any word the model never saw is at run time.
  const wordCounts = new Map<string, number>();
  for (const input of inputs) for (const w of input.view.lower) wordCounts.set(w, (wordCounts.get(w) ?? 0) + 1);
  const vocab = new Vocabulary(true, (value) => (wordCounts.get(value) ?? 2) >= 2);
  const featureRow = new Map<number, number>();
  const keys: number[] = [];
  const intern = (fs: number[]): Int32Array =>
    Int32Array.from(fs, (f) => {
      let row = featureRow.get(f);
      if (row === undefined) {
        featureRow.set(f, (row = keys.length));
        keys.push(f);
      }
      return row;
    });
  const units: { doc: number; from: number; to: number }[] = [];
  const featIds: Int32Array[][] = [];
  const gold: Uint8Array[] = [];
  let tokens = 0;
  inputs.forEach((input, d) => {
    const n = input.view.toks.length;
    const { keys: fs, offsets } = tokenFeatures(input, vocab);
    featIds.push(Array.from({ length: n }, (_, k) => intern(Array.from(fs.subarray(offsets[k]!, offsets[k + 1]!)))));
    gold.push(goldLabels(n, goldFragments(docs[d]!, input)));
    for (let a = 0; a < n; a = input.view.unitEnd[a]!) units.push({ doc: d, from: a, to: input.view.unitEnd[a]! });
    tokens += n;
  });
  const names = keys.map((k) => featureName(k, vocab));
  // One order alone moved the attribution profile's dev F1 by a few tenths with any change to the readings.
  const [meanW, meanT] = meanOfOrders(members, seed0, (seed) => {
    const member = trainMember(seed);
    return [member.w, member.t];
  }) as [Float64Array, Float64Array];
  const round = (x: number): number => Math.round(x * 100) / 100;
  const weights: Record<string, number[]> = {};
  for (let i = 0; i < names.length; i++) {
    const avg = Array.from({ length: LABELS }, (_, l) => round(meanW[i * LABELS + l]!));
    // Small weights change few decisions (none on dev below 2) and would bloat the file and slow scoring.
    if (Math.max(...avg.map(Math.abs)) >= 2) weights[names[i]!] = avg;
  }
  const transitions = Array.from(meanT, round);
  return { transitions, weights, tokens };

  /** One averaged perceptron trained on the units in the order the seed draws. */
  function trainMember(seed: number): { w: Float64Array; t: Float64Array } {
    const w = new Float64Array(names.length * LABELS);
    const totals = new Float64Array(names.length * LABELS);
    const tw = new Float64Array((LABELS + 1) * LABELS);
    const ttotals = new Float64Array((LABELS + 1) * LABELS);
    let step = 1;
    const shuffled = new ShuffledOrder(units.length, seed);
    const maxLen = units.reduce((m, u) => Math.max(m, u.to - u.from), 0);
    const scores = new Float64Array((maxLen + 1) * LABELS);
    const pred = new Uint8Array(maxLen + 1);
    for (let epoch = 0; epoch < epochs; epoch++) {
      let errors = 0;
      for (const x of shuffled.next()) {
        const { doc, from, to } = units[x]!;
        const ids = featIds[doc]!;
        const g = gold[doc]!;
        const len = to - from;
        scores.fill(0, 0, len * LABELS);
        for (let t = 0; t < len; t++) {
          const row = ids[from + t]!;
          for (let j = 0; j < row.length; j++) {
            const base = row[j]! * LABELS;
            for (let l = 0; l < LABELS; l++) scores[t * LABELS + l]! += w[base + l]!;
          }
        }
        viterbi(scores, tw, 0, len, pred);
        let wrong = false;
        for (let t = 0; t < len; t++) {
          const gl = g[from + t]!;
          const pl = pred[t]!;
          const gp = t === 0 ? LABELS : g[from + t - 1]!;
          const pp = t === 0 ? LABELS : pred[t - 1]!;
          if (gl !== pl) {
            wrong = true;
            const row = ids[from + t]!;
            for (let j = 0; j < row.length; j++) {
              const base = row[j]! * LABELS;
              w[base + gl]! += 1;
              totals[base + gl]! += step;
              w[base + pl]! -= 1;
              totals[base + pl]! -= step;
            }
          }
          if (gl !== pl || gp !== pp) {
            tw[transitionIndex(gp, gl)]! += 1;
            ttotals[transitionIndex(gp, gl)]! += step;
            tw[transitionIndex(pp, pl)]! -= 1;
            ttotals[transitionIndex(pp, pl)]! -= step;
          }
        }
        if (wrong) errors++;
        step++;
      }
      process.stderr.write(`span tagger epoch ${epoch + 1}: ${errors} units wrong of ${units.length}\n`);
    }
    return { w: Float64Array.from(w, (x, i) => x - totals[i]! / step), t: Float64Array.from(tw, (x, i) => x - ttotals[i]! / step) };
  }
}

// The CRF trainer: forward-backward against brute-force enumeration, and a toy pattern learned.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CrfLattice, trainCrf } from './crf.js';
import { DenseScorer } from '../model.js';
import { ALLOWED_TRANSITION, LABEL_COUNT as L, O, bilouFromSpans, labelPart } from '../labels.js';
import { documentFeatures, type FeatureResources, type SentenceFeatures } from '../features.js';
import { WordCache } from '../word.js';
import { seededRandom } from './trainer.js';

/** A sentence of n tokens with one feature each (feature i on token i). */
function sentenceOf(n: number): SentenceFeatures {
  return { length: n, offsets: Int32Array.from({ length: n + 1 }, (_, i) => i), feats: Int32Array.from({ length: n }, (_, i) => i) };
}

test('CRF forward-backward: log-loss, token marginals and transition gradient equal brute-force enumeration', () => {
  const random = seededRandom(5);
  const n = 3;
  const mask = 3;
  const weights = Float32Array.from({ length: (mask + 1) * L }, () => (random() - 0.5) * 4);
  const transitions = Float64Array.from({ length: L * L }, () => (random() - 0.5) * 2);
  const gold = Int32Array.from([1, 3, 0]); // B-PER L-PER O
  const scorer = new DenseScorer(mask, weights, transitions);
  const lattice = new CrfLattice();
  lattice.fill(scorer, sentenceOf(n));
  const loss = lattice.forwardBackward(n, transitions, gold);

  // Every label sequence the decoder could output, with its score.
  const closes = (y: number): boolean => y === O || labelPart(y) >= 2;
  const score = (ys: number[]): number => {
    let s = transitions[O * L + ys[0]!]! + transitions[ys[n - 1]! * L + O]!;
    for (let i = 0; i < n; i++) s += weights[i * L + ys[i]!]!;
    for (let i = 1; i < n; i++) s += transitions[ys[i - 1]! * L + ys[i]!]!;
    return s;
  };
  let z = 0;
  const marginal = new Float64Array(n * L);
  const pairs = new Float64Array(L * L);
  const sequences: number[][] = [];
  for (let a = 0; a < L; a++) for (let b = 0; b < L; b++) for (let c = 0; c < L; c++) sequences.push([a, b, c]);
  for (const ys of sequences) {
    let ok = ALLOWED_TRANSITION[O * L + ys[0]!] === 1 && closes(ys[n - 1]!);
    for (let i = 1; i < n; i++) ok &&= ALLOWED_TRANSITION[ys[i - 1]! * L + ys[i]!] === 1;
    if (!ok) continue;
    const p = Math.exp(score(ys));
    z += p;
    for (let i = 0; i < n; i++) marginal[i * L + ys[i]!]! += p;
    pairs[O * L + ys[0]!]! += p;
    for (let i = 1; i < n; i++) pairs[ys[i - 1]! * L + ys[i]!]! += p;
    pairs[ys[n - 1]! * L + O]! += p;
  }
  assert.ok(Math.abs(loss - (Math.log(z) - score([...gold]))) < 1e-9, `loss ${loss}`);
  for (let k = 0; k < n * L; k++) assert.ok(Math.abs(lattice.marginal[k]! - marginal[k]! / z) < 1e-9, `marginal ${k}`);
  const goldPairs = new Float64Array(L * L);
  goldPairs[O * L + 1]! += 1;
  goldPairs[1 * L + 3]! += 1;
  goldPairs[3 * L + 0]! += 1;
  goldPairs[0 * L + O]! += 1;
  for (let k = 0; k < L * L; k++) assert.ok(Math.abs(lattice.pairCounts[k]! - (pairs[k]! / z - goldPairs[k]!)) < 1e-9, `pair ${k}`);
});

test('a CRF learns a toy pattern', () => {
  const resources: FeatureResources = { words: new WordCache(null), gazetteer: null, inlineIntrinsic: true };
  const names = ['Abel', 'Borin', 'Cato', 'Dunya', 'Egon', 'Faro', 'Gita', 'Hume'];
  const places = ['Arlo', 'Bexa', 'Cyro', 'Duma', 'Elva', 'Fira'];
  const data = Array.from({ length: 48 }, (_, i) => {
    const sentence = ['Mr', names[i % names.length]!, 'went', 'to', places[i % places.length]!, 'today', '.'];
    return {
      features: documentFeatures([sentence], resources, null)[0]!,
      gold: bilouFromSpans([{ start: 1, end: 2, type: 0 }, { start: 4, end: 5, type: 2 }], sentence.length),
    };
  });
  const result = trainCrf(data.slice(0, 40), data.slice(40), { bits: 14, maxEpochs: 5, patience: 2, seed: 7 });
  assert.equal(result.devF1, 1);
});

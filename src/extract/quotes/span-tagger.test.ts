import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FeatureTable, featureKey, featureName, goldLabels, LABELS, spansOf, transitionIndex, viterbi, Vocabulary } from './span-tagger.js';

test('gold labels and spans: a later fragment continues its content ("“A,” he said, “B.”")', () => {
  // Tokens 1-3 and 7-9 are one content in two fragments; 12-13 another.
  const labels = goldLabels(15, [[[1, 3], [7, 9]], [[12, 13]]]);
  assert.deepEqual(Array.from(labels), [0, 1, 2, 4, 0, 0, 0, 3, 2, 4, 0, 0, 1, 4, 0]);
  assert.deepEqual(spansOf(labels), [
    { start: 1, end: 9, fragments: [[1, 3], [7, 9]] },
    { start: 12, end: 13, fragments: [[12, 13]] },
  ]);
});

test('viterbi: I never follows O, and a further fragment needs a gap', () => {
  // Scores that favour I everywhere and C right after a B: the constraints must win.
  const n = 4;
  const scores = new Float64Array(n * LABELS);
  for (let k = 0; k < n; k++) scores[k * LABELS + 2] = 5;
  scores[0 * LABELS + 0] = 6; // O first
  scores[2 * LABELS + 3] = 9; // C at 2 (after I or B: not allowed)
  const out = new Uint8Array(n);
  viterbi(scores, new Float64Array((LABELS + 1) * LABELS), 0, n, out);
  for (let k = 1; k < n; k++) {
    if (out[k] === 2) assert.notEqual(out[k - 1], 0, `I after O at ${k}`);
    if (out[k] === 3) assert.equal(out[k - 1], 0, `C without a gap at ${k}`);
    if (out[k] === 4) assert.ok([1, 2, 3].includes(out[k - 1]!), `E without a content at ${k}`);
    if (out[k - 1] === 2) assert.ok(out[k] === 2 || out[k] === 4, `a content left open at ${k}`);
  }
  assert.equal(transitionIndex(LABELS, 0), LABELS * LABELS);
});

test('feature numbers: names round-trip, and the table finds keys above 2^32', () => {
  const vocab = new Vocabulary(true);
  const name = 'p1c=VERB|that';
  const k = featureKey(name, vocab);
  assert.ok(k !== null && k > 2 ** 32);
  assert.equal(featureName(k, vocab), name);
  assert.equal(featureName(featureKey('lcomma=-1|0|1', vocab)!, vocab), 'lcomma=-1|0|1');
  assert.equal(featureKey('nosuch=1', vocab), null);
  // A closed vocabulary numbers an unknown string 0, which no feature of a model built from names has.
  vocab.grow = false;
  assert.equal(vocab.id('never-seen'), 0);
  // Wide and compact (hundredths) tables give back the very same doubles.
  for (const compact of [false, true]) {
    const table = new FeatureTable(3, compact);
    table.set(k, [9.12, -84.95, 0.07, 179.79, -0.01]);
    table.set(k + 1, [5, 6, 7, 8, 9]);
    assert.equal(table.weight(k, 4), -0.01);
    assert.equal(table.weight(k, 0), 9.12);
    assert.equal(table.weight(k, 1), -84.95);
    assert.equal(table.weight(k, 2), 0.07);
    assert.equal(table.weight(k + 1, 3), 8);
    assert.ok(!table.has(k + 2));
    assert.equal(table.weight(k + 2, 1), 0);
    assert.equal(table.size, 2);
    // Scores add a key's weights label by label; an unknown key adds nothing.
    const scores = new Float64Array(2 * LABELS);
    table.addTo(k + 1, scores, LABELS);
    table.addTo(k + 2, scores, 0);
    assert.deepEqual(Array.from(scores), [0, 0, 0, 0, 0, 5, 6, 7, 8, 9]);
  }
  assert.ok(FeatureTable.fitsHundredths(-84.95) && !FeatureTable.fitsHundredths(0.125) && !FeatureTable.fitsHundredths(400));
  assert.throws(() => new FeatureTable(1, true).set(k, [0.125, 0, 0, 0, 0]));
});

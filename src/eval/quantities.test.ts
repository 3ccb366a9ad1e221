import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readRe3d } from './re3d.js';
import { figures, run, scoreDocument } from './quantities.js';

test('span scoring: exact after trimming, overlap, alternatives as one gold item', () => {
  const text = 'They gave more than $4 million and 6km of road.';
  const gold = [
    { begin: 10, end: 30, type: 'Money', value: 'more than $4 million' },
    { begin: 20, end: 30, type: 'Money', value: '$4 million' },
    { begin: 35, end: 38, type: 'Quantity', value: '6km' },
  ];
  const c = scoreDocument(text, [{ start: 20, end: 30 }, { start: 35, end: 46 }, { start: 0, end: 4 }], gold);
  assert.deepEqual(c, { predicted: 3, exactCorrect: 1, overlapCorrect: 2, goldItems: 2, exactFound: 1, overlapFound: 2 });
  const f = figures(c);
  assert.equal(f['precision'], 0.3333);
  assert.equal(f['recall'], 0.5);
  assert.equal(f['overlapRecall'], 1);
});

test('re3d reader: offsets index the text', () => {
  const docs = readRe3d();
  assert.ok(docs.length >= 90);
  const quantity = docs.flatMap((d) => d.entities.filter((e) => e.type === 'Money').map((e) => [d.text.slice(e.begin, e.end), e.value]));
  assert.ok(quantity.length > 20);
  for (const [slice, value] of quantity) assert.equal(slice, value);
});

test('eval quantities reports the contract keys', async () => {
  const report = await run({ split: 'test', limit: 3 });
  assert.equal(report.task, 'quantities');
  for (const key of ['precision', 'recall', 'f1']) {
    const v = report[key];
    assert.ok(typeof v === 'number' && v >= 0 && v <= 1, key);
  }
});

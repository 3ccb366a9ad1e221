import { test } from 'node:test';
import assert from 'node:assert/strict';
import { partitionPoint } from './sorted.js';

test('partitionPoint finds where a sorted prefix ends', () => {
  const xs = [1, 3, 3, 7];
  assert.equal(partitionPoint(xs.length, (i) => xs[i]! < 3), 1);
  assert.equal(partitionPoint(xs.length, (i) => xs[i]! <= 3), 3);
  assert.equal(partitionPoint(xs.length, (i) => xs[i]! < 0), 0);
  assert.equal(partitionPoint(xs.length, (i) => xs[i]! < 9), 4);
  assert.equal(partitionPoint(0, () => true), 0);
});

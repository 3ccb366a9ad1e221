import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BoundedMap } from './bounded-map.js';

test('BoundedMap forgets its entries when a new key would pass the capacity', () => {
  const memo = new BoundedMap<string, number>(2);
  memo.set('a', 1).set('b', 2);
  memo.set('a', 10); // an existing key is updated in place
  assert.deepEqual([...memo], [['a', 10], ['b', 2]]);
  memo.set('c', 3);
  assert.deepEqual([...memo], [['c', 3]]);
  assert.throws(() => new BoundedMap(0), /at least 1/);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseQuery, toFts5 } from './parse.js';
import { QueryError } from '../store/types.js';

test('words, phrases, prefixes, exclusions and OR render as safe FTS5', () => {
  assert.equal(toFts5(parseQuery('Akhmetov visit')), '("akhmetov" AND "visit")');
  assert.equal(toFts5(parseQuery('"oil field" Kazakh* -Russia')), '("oil field" AND "kazakh"*) NOT "russia"');
  assert.equal(toFts5(parseQuery('gas OR oil')), '("gas" OR "oil")');
  assert.equal(toFts5(parseQuery('NEAR( col:x ^y')), '("near" AND "col x" AND "y")');
});

test('malformed queries are QueryErrors with a message', () => {
  assert.throws(() => parseQuery('"unbalanced'), QueryError);
  assert.throws(() => parseQuery('OR gas'), QueryError);
  assert.throws(() => parseQuery('-gas'), QueryError);
});

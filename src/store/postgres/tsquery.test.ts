import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseQuery } from '../../query/parse.js';
import { toTsquery } from './tsquery.js';

test('renders words, phrases, prefixes, OR and exclusions as quoted tsquery lexemes', () => {
  assert.equal(toTsquery(parseQuery('oil gas')), "('oil' & 'gas')");
  assert.equal(toTsquery(parseQuery('"prime minister" akhmet*')), "(('prime' <-> 'minister') & 'akhmet':*)");
  assert.equal(toTsquery(parseQuery('moscow OR kiev -oil')), "('moscow' | 'kiev') & !'oil'");
  assert.equal(toTsquery(parseQuery('"oil gas"*')), "('oil' <-> 'gas':*)");
});

test('tsquery operators typed by the user are never rendered as operators', () => {
  const rendered = toTsquery(parseQuery("a&b | c:* !d <-> (e) 'f'"));
  // Every operator character outside quotes comes from the renderer, between whole quoted lexemes.
  const outside = rendered.replace(/'[^']*'/g, 'L');
  assert.match(outside, /^[L&|!<\->:*() ]+$/);
  assert.ok(!/L\s*L/.test(outside), 'no two lexemes without an operator');
  assert.equal(rendered, "(('a' <-> 'b') & 'c':* & 'd' & 'e' & 'f')");
});

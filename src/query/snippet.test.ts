import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseQuery } from './parse.js';
import { compileHighlighter, makeSnippet } from './snippet.js';

test('the snippet centres on the passage with the most query terms and marks them', () => {
  const body = `${'Filler words about nothing. '.repeat(20)}Oil output fell. ${'More filler text here. '.repeat(10)}Oil prices rose as Kazakh oil exports grew. ${'Tail text. '.repeat(30)}`;
  const s = makeSnippet(body, compileHighlighter(parseQuery('oil prices')));
  assert.match(s, /\u0002Oil\u0003 \u0002prices\u0003 rose/);
  assert.ok(s.startsWith('…') && s.endsWith('…'));
  assert.ok(s.length < 260);
});

test('prefixes and phrases highlight; excluded words do not', () => {
  const h = compileHighlighter(parseQuery('"gas field" Kazakh* -Russia'));
  const s = makeSnippet('The Kazakhstan gas field near Russia.', h);
  assert.equal(s, 'The \u0002Kazakhstan\u0003 \u0002gas field\u0003 near Russia.');
});

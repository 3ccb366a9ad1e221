import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readEdm } from './edm.js';

const one = (text: string) => [...readEdm(text, 'x.txt')];

test('header only: publication, volume, issue; no title or date; header not in body', () => {
  const [item] = one('Publication: Eurasia Daily Monitor Volume: 2 Issue: 2\n\nSumming up the main events, policymakers are disappointed.\n\nSecond paragraph.\n');
  assert.ok(item?.ok);
  assert.deepEqual(item.doc, {
    source: 'x.txt', title: null, date: null, dateBasis: null, publication: 'Eurasia Daily Monitor', volume: 2, issue: 2, url: null,
    body: 'Summing up the main events, policymakers are disappointed.\n\nSecond paragraph.',
  });
});

test('Title: and Date: lines', () => {
  const [item] = one('Publication: Dossier Example Monitor Volume: 1 Issue: 1\nTitle: Kazakhstan Hedges Its Bets\nDate: January 18, 2005\n\nWith commercial output still years away.');
  assert.ok(item?.ok);
  assert.deepEqual([item.doc.title, item.doc.date, item.doc.dateBasis, item.doc.body], ['Kazakhstan Hedges Its Bets', '2005-01-18', 'header', 'With commercial output still years away.']);
});

test('bare title and date lines, ISO Date: line', () => {
  const [a] = one('Publication: EDM Volume: 2 Issue: 2\n\nRussia and Kazakhstan Mark a Disappointing Year\nJanuary 4, 2005\n\nSumming up the main events.');
  assert.ok(a?.ok);
  assert.deepEqual([a.doc.title, a.doc.date, a.doc.body], ['Russia and Kazakhstan Mark a Disappointing Year', '2005-01-04', 'Summing up the main events.']);
  const [b] = one('Publication: EDM Volume: 2 Issue: 2\nDate: 2005-01-04\n\nSumming up the main events.');
  assert.ok(b?.ok);
  assert.deepEqual([b.doc.title, b.doc.date], [null, '2005-01-04']);
});

test('a short first prose paragraph ending in a period is prose, not a title', () => {
  const [item] = one('Publication: EDM Volume: 2 Issue: 2\n\nThe year ended badly.\n\nMore prose follows.');
  assert.ok(item?.ok);
  assert.equal(item.doc.title, null);
  assert.equal(item.doc.body, 'The year ended badly.\n\nMore prose follows.');
});

test('a header with nothing after it is a failure', () => {
  assert.deepEqual(one('Publication: EDM Volume: 2 Issue: 2\n\n'), [{ ok: false, file: 'x.txt', reason: 'EDM header but no article text after it' }]);
});

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

test('a byline and date run on after the issue number, and a byline line, are header, not prose', () => {
  const [a] = one('Publication: Eurasia Daily Monitor Volume: 7 Issue: 112 By: Vladimir Socor June 10, 2010 06:12 PM\n\nGEORGIA AND AZERBAIJAN SIGN A TRANSIT DEAL\n\nBy Vladimir Socor\n\nGeorgian Prime Minister Nika Gilauri signed the deal.');
  assert.ok(a?.ok);
  assert.deepEqual([a.doc.publication, a.doc.volume, a.doc.issue, a.doc.date, a.doc.dateBasis, a.doc.title, a.doc.body],
    ['Eurasia Daily Monitor', 7, 112, '2010-06-10', 'header', 'GEORGIA AND AZERBAIJAN SIGN A TRANSIT DEAL', 'Georgian Prime Minister Nika Gilauri signed the deal.']);
  const [b] = one('Publication: EDM Volume: 7 Issue: 1123\n\nBy Monday Russia had withdrawn\n\nBy the end of the year, prose had begun.');
  assert.ok(b?.ok);
  // Not a byline (lowercase words): a bare title line, as before.
  assert.deepEqual([b.doc.issue, b.doc.date, b.doc.title, b.doc.body], [1123, null, 'By Monday Russia had withdrawn', 'By the end of the year, prose had begun.']);
});

test('an archive date line with a time and an "Age:" note; a title line followed by its byline', () => {
  const text = 'Publication: Eurasia Daily Monitor Volume: 12 Issue: 45\nMarch 10, 2015 05:20 PM Age: 2 yrs\n\nMINSK TALKS STALL OVER GAS DEBT\nBy: Vladimir Socor\n\nUkraine paid.';
  const [item] = [...readEdm(text, 'x.txt')];
  assert.ok(item?.ok);
  assert.deepEqual([item.doc.date, item.doc.title, item.doc.body], ['2015-03-10', 'MINSK TALKS STALL OVER GAS DEBT', 'Ukraine paid.']);
});

test('a title and a date above the header, as copies saved from the web have them', () => {
  const [item] = one('Georgia Weighs the Costs of a Port Delay\n\nPublication: Eurasia Daily Monitor Volume: 21 Issue: 142\nBy: Nino Kapanadze\n\nOn September 12, the prime minister spoke.');
  assert.ok(item?.ok);
  assert.deepEqual([item.doc.title, item.doc.publication, item.doc.volume, item.doc.issue, item.doc.body], ['Georgia Weighs the Costs of a Port Delay', 'Eurasia Daily Monitor', 21, 142, 'On September 12, the prime minister spoke.']);
  const [dated] = one('Title: Minsk Talks Stall\nMarch 10, 2015\nPublication: EDM Volume: 12 Issue: 45\n\nUkraine paid.');
  assert.ok(dated?.ok);
  assert.deepEqual([dated.doc.title, dated.doc.date, dated.doc.body], ['Minsk Talks Stall', '2015-03-10', 'Ukraine paid.']);
});

test('prose above a Publication line is no header', () => {
  const [item] = one('The minister spoke at length about the port.\nPublication: EDM Volume: 2 Issue: 2\n\nMore prose.');
  assert.equal(item?.ok, false);
});

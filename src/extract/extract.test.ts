import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extract, extractFoundation, STAGES, type Stage } from './index.js';
import { toArticle } from '../ingest/article.js';

const article = toArticle({
  source: 'stage-test.txt',
  title: null,
  body:
    'Kazakhstan Prime Minister Danial Akhmetov said on December 22 that imports reached $3.27 billion in 2003 (Interfax-AVN, December 10).',
  date: '2004-12-23',
  dateBasis: 'metadata',
  publication: null,
  volume: null,
  issue: null,
  url: null,
});

test('extract reports each stage once, in order, and the timing changes nothing', () => {
  const seen: Stage[] = [];
  const timed = extract(article, { onStage: (stage, ms) => {
    assert.ok(ms >= 0);
    seen.push(stage);
  } });
  assert.deepEqual(seen, [...STAGES]);
  assert.deepEqual(timed, extract(article));
});

test('the foundation reading keeps sentences, dates and citations, and no trained extractor runs', () => {
  const seen: Stage[] = [];
  const full = extract(article);
  const base = extractFoundation(article, { onStage: (stage) => seen.push(stage) });
  assert.deepEqual(seen, ['analyze', 'dates']);
  assert.deepEqual(base.sentences, full.sentences);
  assert.deepEqual(base.dates, full.dates);
  assert.deepEqual(base.citations.map((c) => [c.raw, c.source, c.date]), full.citations.map((c) => [c.raw, c.source, c.date]));
  assert.equal(base.citations.length, 1);
  assert.deepEqual([base.entities, base.mentions, base.quotes, base.quantities], [[], [], [], []]);
  assert.ok(full.mentions.length > 0 && full.quantities.length > 0);
});

/** An article of one body and a publication date, as the metadata would give it. */
function articleOf(body: string, date: string) {
  return toArticle({ source: 'test.txt', title: null, body, date, dateBasis: 'metadata', publication: null, volume: null, issue: null, url: null });
}

test('a channel handle keeps its "@" and "_" in the outlet\'s name; a language note names no entity', () => {
  const x = extract(articleOf('The speaker warned against foreign agents (Telegram/@vv_volodin, August 22). Peskov agreed (Nasha Niva, March 10 [in Belarusian]).', '2024-09-12'));
  assert.ok(x.entities.some((e) => e.type === 'ORG' && e.name === 'Telegram/@vv_volodin'), JSON.stringify(x.entities.map((e) => e.name)));
  assert.ok(!x.mentions.some((m) => m.text === 'Belarusian'), 'no mention inside "[in Belarusian]"');
});

test('a role is dated by the day its sentence names, else by its citation\'s day, else by the publication date (DESIGN.md §2)', () => {
  const x = extract(articleOf('During his December 22 visit to Moscow, Kazakhstan Prime Minister Danial Akhmetov assured his hosts. Senate Chairman Nurtay Abikayev agreed (Panorama, December 24).', '2005-01-04'));
  const roles = Object.fromEntries(x.entities.filter((e) => e.roles.length).map((e) => [e.name, e.roles.map((r) => [r.title, r.date])]));
  assert.deepEqual(roles, { 'Danial Akhmetov': [['Prime Minister', '2004-12-22']], 'Nurtay Abikayev': [['Senate Chairman', '2004-12-24']] });
  const y = extract(articleOf('Senate Chairman Nurtay Abikayev agreed.', '2005-01-04'));
  assert.deepEqual(y.entities.filter((e) => e.roles.length).map((e) => e.roles.map((r) => r.date)), [['2005-01-04']]);
});

test('a date alone in parentheses continuing a citation is when a source reported, not a figure\'s year', () => {
  const x = extract(articleOf('Moscow called it a rotation (Interfax, February 3). Rybar said some 300 tonnes of ammunition had been left behind (February 2).', '2025-02-04'));
  assert.deepEqual(x.quantities.map((q) => [q.text, q.year]), [['some 300 tonnes', null]]);
});

test('"told The Economist … (The Economist, October 22)": one outlet, its entity and its date for both citations', () => {
  const ex = extract(
    toArticle({
      source: 'outlet-test.txt',
      title: null,
      body: 'Zelensky said in an interview with The Economist that Ukraine produced 200 drones a month (The Economist, October 22). He spoke to Radio Azattyq later (Azattyq, October 28).',
      date: '2025-11-03',
      dateBasis: 'metadata',
      publication: null,
      volume: null,
      issue: null,
      url: null,
    }),
  );
  const economist = ex.citations.filter((c) => /Economist/.test(c.raw));
  assert.deepEqual(economist.map((c) => [c.form, c.date]), [['inline', '2025-10-22'], ['parenthetical', '2025-10-22']]);
  assert.equal(new Set(economist.map((c) => c.entity)).size, 1);
  assert.equal(ex.entities.filter((e) => /Economist/.test(e.name)).length, 1);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { repoRoot } from '../../util/paths.js';
import { readRss } from './rss.js';

const fixtures = resolve(repoRoot, 'test/fixtures/ingest');
const limits = { maxDocChars: 1_000_000 };

test('RSS 2.0: one document per item, HTML stripped, pubDate as ISO, link as url', () => {
  const items = [...readRss(readFileSync(resolve(fixtures, 'feed.rss'), 'utf8'), 'feed.rss', limits)];
  assert.equal(items.length, 3);
  const [a, b, c] = items;
  assert.ok(a?.ok && b?.ok && c && !c.ok);
  assert.deepEqual(a.doc, {
    source: 'feed.rss#1', title: 'Tanker shuttle talks resume', date: '2005-03-15', dateBasis: 'metadata', publication: 'Caspian Wire',
    url: 'https://example.org/a/1', volume: null, issue: null,
    body: 'Talks on a tanker shuttle between Aktau and Baku resumed on Monday.\n\nBoth sides called them constructive.',
  });
  assert.equal(b.doc.title, 'Consortium tariff dispute & its fallout');
  assert.equal(b.doc.body, 'Shareholders disagreed over tariffs & quotas.');
  assert.equal(b.doc.date, '2005-03-16');
  assert.deepEqual(c, { ok: false, file: 'feed.rss#3', reason: 'feed item "Empty item" has no description or content' });
});

test('Atom: entries with html content or summary, alternate link, published date', () => {
  const items = [...readRss(readFileSync(resolve(fixtures, 'feed.atom'), 'utf8'), 'feed.atom', limits)];
  const [a, b] = items;
  assert.ok(a?.ok && b?.ok);
  assert.deepEqual([a.doc.title, a.doc.date, a.doc.url, a.doc.publication], ['Border commission meets in Osh', '2005-04-01', 'https://example.org/ledger/osh', 'Eurasian Ledger']);
  assert.equal(a.doc.body, 'The Kyrgyz-Uzbek border commission met in Osh on Friday.\n\nNo agreement was announced.');
  assert.deepEqual([b.doc.title, b.doc.body, b.doc.date, b.doc.url], ['Summary-only entry', 'A short note on customs posts.', '2005-04-03', 'https://example.org/ledger/summary']);
});

test('XML that is not a feed, and broken XML, are single failures', () => {
  assert.deepEqual([...readRss('<?xml version="1.0"?><svg></svg>', 'x.xml', limits)], [{ ok: false, file: 'x.xml', reason: 'XML file is not an RSS or Atom feed (no <rss><channel> or <feed>)' }]);
  const [broken] = [...readRss('<rss><channel><item><title>x</item></channel>', 'y.xml', limits)];
  assert.ok(broken && !broken.ok);
  assert.match(broken.reason, /^not well-formed XML: /);
});

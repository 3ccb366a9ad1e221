// Each real corpus reader on real files from the shared data, read in place.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharedDataDir } from '../util/paths.js';
import { readPaths } from './read.js';
import { collect, docs, failures } from './test-helpers.js';

const data = (p: string) => join(sharedDataDir, p);
const skip = existsSync(sharedDataDir) ? false : `no shared data at ${sharedDataDir}`;

test('EDM founding article: header fields, no title or date, prose only in the body', { skip }, async () => {
  const file = data('edm/000_0cf69e1f5984bc52.txt');
  const [item] = await collect(readPaths([file]));
  assert.ok(item?.ok);
  const { doc } = item;
  assert.deepEqual([doc.publication, doc.volume, doc.issue, doc.title, doc.date, doc.dateBasis], ['Eurasia Daily Monitor', 2, 2, null, null, null]);
  assert.match(doc.body, /^Summing up the main events of the widely hyped “Year of Russia in Kazakhstan,”/);
  assert.doesNotMatch(doc.body, /Publication:|Volume:/);
});

test('Reuters reut2-000.sgm: one document per non-empty body, titles, dates, entities decoded', { skip }, async () => {
  const file = data('reuters21578/reut2-000.sgm');
  const raw = readFileSync(file, 'latin1');
  const blocks = raw.match(/<REUTERS\b/g)!.length;
  const withBody = raw.match(/<BODY>/g)!.length;
  assert.equal(blocks, 1000);
  const items = await collect(readPaths([file]));
  assert.equal(failures(items).length, 0);
  const all = docs(items);
  assert.equal(all.length, withBody);
  assert.ok(all.length > 900 && all.length < 1000, `${all.length} of 1000 blocks have a body`);
  assert.deepEqual([all[0]!.source, all[0]!.title, all[0]!.date], [`${file}#1`, 'BAHIA COCOA REVIEW', '1987-02-26']);
  assert.match(all[0]!.body, /^Showers continued throughout the week in the Bahia cocoa zone, alleviating/);
  for (const d of all) {
    assert.doesNotMatch(d.body, /&#\d+;|&lt;|&amp;|\bReuter\s*$|[\x00-\x08\x0b\x0c\x0e-\x1f]/, d.source);
    assert.ok(d.date?.startsWith('1987-'), d.source);
  }
  assert.ok(all.some((d) => d.title?.includes('<')), 'a title with &lt; decoded');
});

test('BBC full text: title line, blank line, body', { skip }, async () => {
  const [item] = await collect(readPaths([data('bbc-fulltext/business/001.txt')]));
  assert.ok(item?.ok);
  assert.equal(item.doc.title, 'Ad sales boost Time Warner profit');
  assert.match(item.doc.body, /^Quarterly profits at US media giant TimeWarner jumped 76%/);
  const original = docs(await collect(readPaths([data('bbc-original-3cat/politics')])));
  assert.ok(original.length > 300 && original.every((d) => d.title), 'every BBC politics file has a title');
});

test('InSight Crime dev.tsv: title split from the text, one junk row reported with its line', { skip }, async () => {
  const file = data('conflibert-insightcrime/dev.tsv');
  const items = await collect(readPaths([file]));
  assert.equal(items.length, 332);
  assert.deepEqual(failures(items).map((f) => f.line), [116]);
  const [first] = docs(items);
  assert.equal(first!.title, 'Microtrafficking Getting Worse in Outskirts of Bogota, Colombia');
  assert.match(first!.body, /^Three years ago, a massive police operation swept through the Bronx/);
  assert.equal(first!.source, `${file}#1`);
  const titled = docs(items).filter((d) => d.title && d.title.length < 200).length;
  assert.ok(titled >= 325, `${titled} of 331 rows have a title`);
});

test('PolNeAR dev texts: title and date from metadata.tsv', { skip }, async () => {
  const all = docs(await collect(readPaths([data('polnear/data/dev/text')])));
  assert.equal(all.length, 84);
  assert.ok(all.every((d) => d.title && d.date && d.dateBasis === 'metadata' && d.publication));
  const stealth = all.find((d) => d.source.endsWith('breitbart_2016-09-12_stealth-over-health-hillary-clin.txt'))!;
  assert.deepEqual([stealth.date, stealth.publication], ['2016-09-12', 'breitbart']);
  assert.match(stealth.title!, /^Stealth Over Health: Hillary Clinton Was Headed to ER/);
});

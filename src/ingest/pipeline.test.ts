import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import type { RawDocument } from '../model/document.js';
import { openSqliteStore } from '../store/sqlite/index.js';
import { ingestItems, type IngestItem } from './pipeline.js';
import { scratchDir } from './test-helpers.js';

function doc(source: string, body: string): IngestItem {
  const raw: RawDocument = { source, title: null, body, date: '2004-12-24', dateBasis: 'metadata', publication: null, volume: null, issue: null, url: null };
  return { ok: true, doc: raw };
}

async function* feed(items: IngestItem[]): AsyncIterable<IngestItem> {
  yield* items;
}

test('an article is reported stored only once committed, and a second copy in the same batch is a duplicate extracted once', async () => {
  const dir = scratchDir();
  try {
    const path = join(dir, 'kb.db');
    const store = await openSqliteStore(path);
    await store.migrate();
    // Another connection sees only committed rows.
    const reader = new Database(path, { readonly: true });
    const committed = (count: number) => (reader.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n >= count;
    const bodyA = 'Kazakhstan Prime Minister Danial Akhmetov visited Moscow on December 22.';
    const bodyB = 'Akhmetov met Gazprom officials in Moscow to discuss oil and gas exports.';
    let seen = 0;
    const summary = await ingestItems(store, feed([doc('a.txt', bodyA), doc('b.txt', bodyB), doc('a-again.txt', bodyA)]), {
      onEvent: (event) => {
        if (event.kind === 'stored' && event.outcome === 'new') assert.ok(committed(++seen), `${event.source} reported before its commit`);
      },
    });
    reader.close();
    assert.deepEqual({ new: summary.new, duplicate: summary.duplicate, failed: summary.failed.length }, { new: 2, duplicate: 1, failed: 0 });
    assert.equal(summary.bytesExtracted, Buffer.byteLength(bodyA) + Buffer.byteLength(bodyB));
    assert.equal((await store.stats()).articles, 2);
    await store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import Database from 'better-sqlite3';
import { fixtureA, fixtureB, runStoreConformance } from '../../../test/store-conformance.js';
import { openSqliteStore } from './index.js';

const dir = mkdtempSync(join(tmpdir(), 'dossier-sqlite-'));
after(() => rmSync(dir, { recursive: true, force: true }));
runStoreConformance('sqlite', () => openSqliteStore(join(dir, 'test.db')));

/** Takes a current database back to the v3 schema (what v4 and v5 add, dropped), as a v3 Dossier left it. */
const TO_V3 = `
  DROP INDEX entities_type_magnitude; DROP INDEX entities_magnitude; DROP INDEX quotes_speaker_date; DROP INDEX article_entities_entity_date;
  ALTER TABLE entities DROP COLUMN quote_count; ALTER TABLE entities DROP COLUMN timeline; ALTER TABLE entities DROP COLUMN mention_magnitude;
  ALTER TABLE quotes DROP COLUMN date; DROP TABLE article_entity_sets;
  CREATE INDEX entities_type ON entities(type, mention_count DESC);
  CREATE INDEX quotes_speaker ON quotes(speaker_entity);
  CREATE INDEX article_entities_entity_date ON article_entities(entity_id, date, article);
  CREATE INDEX article_entities_type ON article_entities(type, article);
  PRAGMA user_version = 3;
`;

test('sqlite: the v4 and v5 migrations backfill what saves keep up to date', async () => {
  const path = join(dir, 'upgrade.db');
  let store = await openSqliteStore(path);
  await store.migrate();
  await store.save(fixtureA);
  await store.save(fixtureB);
  const written = { entity: await store.getEntity('Akhmetov'), moscow: await store.getEntity('Moscow'), search: await store.search({ text: 'Akhmetov' }), list: await store.listEntities({}) };
  await store.close();

  const db = new Database(path);
  db.exec(TO_V3);
  db.close();
  store = await openSqliteStore(path);
  try {
    await store.migrate();
    assert.deepEqual(await store.getEntity('Akhmetov'), written.entity);
    assert.deepEqual(await store.getEntity('Moscow'), written.moscow);
    assert.deepEqual({ ...(await store.search({ text: 'Akhmetov' })), tookMs: 0 }, { ...written.search, tookMs: 0 });
    assert.deepEqual(await store.listEntities({}), written.list);
  } finally {
    await store.close();
  }
});

test('sqlite: a batch stores each article all or nothing and counts entities as one-by-one saves do', async () => {
  const oneByOne = await openSqliteStore(join(dir, 'one-by-one.db'));
  const batched = await openSqliteStore(join(dir, 'batched.db'));
  try {
    await oneByOne.migrate();
    await batched.migrate();
    await oneByOne.save(fixtureA);
    await oneByOne.save(fixtureB);
    // A NOT NULL column left empty: the article fails after its entities were resolved and counted.
    const broken = { ...fixtureB, article: { ...fixtureB.article, id: 'broken' }, dates: [{ start: 0, end: 1, text: null as unknown as string, date: null, precision: 'day' as const, range: null }] };
    const outcomes = await batched.saveBatch!([fixtureA, broken, fixtureA, fixtureB]);
    assert.deepEqual(outcomes.map((o) => (o instanceof Error ? 'error' : o)), ['new', 'error', 'duplicate', 'new']);
    assert.equal(await batched.hasArticle('broken'), false);
    assert.deepEqual(await batched.stats(), await oneByOne.stats());
    for (const name of ['Akhmetov', 'Moscow', 'Gazprom', 'Interfax']) assert.deepEqual(await batched.getEntity(name), await oneByOne.getEntity(name), name);
    assert.deepEqual(await batched.listEntities({}), await oneByOne.listEntities({}));
  } finally {
    await oneByOne.close();
    await batched.close();
  }
});

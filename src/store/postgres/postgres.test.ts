// Runs against a real server (DOSSIER_TEST_PG, default the local one). Each run gets its own schema, dropped
// at the end, so runs never collide. An unreachable server FAILS the tests: CI is expected to start it.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, test } from 'node:test';
import pg from 'pg';
import type { Entity, Extraction } from '../../model/extraction.js';
import { fixtureA, fixtureB, runStoreConformance } from '../../../test/store-conformance.js';
import { openPostgresStore } from './index.js';

const url = process.env['DOSSIER_TEST_PG'] ?? 'postgres://postgres@127.0.0.1:5432/test';
const schema = `dossier_test_${randomBytes(6).toString('hex')}`;
/** Schemas this run may have created, all dropped at the end. */
const used = new Set<string>();

async function open(poolSize?: number, inSchema = schema) {
  used.add(inSchema);
  try {
    return await openPostgresStore(url, { schema: inSchema, ...(poolSize ? { poolSize } : {}) });
  } catch (err) {
    throw new Error(
      `PostgreSQL test server unreachable (${(err as Error).message}); start it, e.g. ` +
        '`pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start`, or set DOSSIER_TEST_PG',
    );
  }
}

after(async () => {
  if (used.size === 0) return;
  const admin = new pg.Client({ connectionString: url });
  try {
    await admin.connect();
    for (const name of used) await admin.query(`DROP SCHEMA IF EXISTS ${name} CASCADE`);
  } catch {
    // The server was never reachable: the tests have already failed with the reason.
  } finally {
    await admin.end().catch(() => undefined);
  }
});

runStoreConformance('postgres', () => open());

function person(id: string, name: string, aliases: string[] = []): Entity {
  return { id, type: 'PERSON', name, aliases, country: null, roles: [], geo: null, codes: {} };
}

/** Article i mentions Putin (full name with alias, or the lone surname), Sochi, Rosneft and a company of its own. */
function feedArticle(i: number): Extraction {
  const putin = i % 2 === 0 ? 'Vladimir Putin' : 'Putin';
  const company = `Company${i}`;
  const body = `${putin} met ${company} and Rosneft in Sochi.`;
  const span = (s: string) => ({ start: body.indexOf(s), end: body.indexOf(s) + s.length, text: s });
  return {
    article: { id: `feed-${i}`, source: `feed-${i}.txt`, publication: 'Feed', volume: null, issue: null, title: `Feed ${i}`, date: '2006-03-01', dateBasis: 'header', language: 'en', url: null, body },
    sentences: [{ start: 0, end: body.length }],
    entities: [
      person('e1', putin, i % 2 === 0 ? ['Putin'] : []),
      { id: 'e2', type: 'ORG', name: company, aliases: [], country: null, roles: [], geo: null, codes: {} },
      { id: 'e3', type: 'ORG', name: 'Rosneft', aliases: [], country: 'RUS', roles: [], geo: null, codes: {} },
      { id: 'e4', type: 'GPE', name: 'Sochi', aliases: [], country: 'RUS', roles: [], geo: { lat: 43.6, lon: 39.73, geonameId: 491422 }, codes: {} },
    ],
    mentions: [
      { ...span(putin), type: 'PERSON', entity: 'e1' },
      { ...span(company), type: 'ORG', entity: 'e2' },
      { ...span('Rosneft'), type: 'ORG', entity: 'e3' },
      { ...span('Sochi'), type: 'GPE', entity: 'e4' },
    ],
    quotes: [],
    citations: [],
    quantities: [],
    dates: [],
    events: [],
  };
}

test('postgres: two workers migrating a new schema and saving the same 20 articles at once store each once, with no duplicate entities', async () => {
  // A schema of its own, so both workers also race to create it and migrate from nothing.
  const [w1, w2] = await Promise.all([open(4, `${schema}_feed`), open(4, `${schema}_feed`)]);
  try {
    await Promise.all([w1.migrate(), w2.migrate()]);
    const articles = Array.from({ length: 20 }, (_, i) => feedArticle(i));
    // Each worker saves in its own order, several at a time, so the same article races on both.
    const run = async (store: typeof w1, order: Extraction[]) => Promise.all(order.map((a) => store.save(a)));
    const [o1, o2] = await Promise.all([run(w1, articles), run(w2, [...articles].reverse())]);
    const outcomes = new Map<string, string[]>();
    articles.forEach((a, i) => outcomes.set(a.article.id, [o1[i]!, o2[19 - i]!].sort()));
    for (const [id, o] of outcomes) assert.deepEqual(o, ['duplicate', 'new'], `${id} saved once`);

    const ids = new Set(articles.map((a) => a.article.id));
    const found = await w1.search({ text: '', limit: 200 });
    assert.equal(found.hits.filter((h) => ids.has(h.id)).length, 20);

    const people = await w1.listEntities({ q: 'putin', type: ['PERSON'] });
    assert.equal(people.total, 1, `one Putin, not ${people.items.map((p) => p.name).join(', ')}`);
    assert.equal(people.items[0]!.articleCount, 20);
    assert.equal(people.items[0]!.mentionCount, 20);
    for (const name of ['Rosneft', 'Sochi']) {
      const list = await w1.listEntities({ q: name });
      assert.equal(list.total, 1, `one ${name}`);
      assert.equal(list.items[0]!.articleCount, 20, `${name} counted in every article`);
    }
    const companies = await w1.listEntities({ q: 'company', limit: 100 });
    assert.equal(companies.total, 20);
    assert.ok(companies.items.every((c) => c.articleCount === 1));
  } finally {
    await Promise.all([w1.close(), w2.close()]);
  }
});

test('postgres: search syntax reaches PostgreSQL only as quoted lexemes', async () => {
  const store = await open();
  try {
    await store.migrate();
    // Characters that mean something in tsquery syntax are words or separators here, never operators.
    for (const text of ["Akhmetov's & | ! <-> :* ( ) \\", 'Moscow OR Gazprom -oil', '"Prime Minister" Akhmet*']) {
      const res = await store.search({ text });
      assert.ok(res.total >= 0, text);
    }
    const prefix = await store.search({ text: 'Akhmet*' });
    assert.ok(prefix.total >= 1, 'a prefix finds the stored article');
    const excluded = await store.search({ text: 'Akhmetov -Gazprom' });
    assert.ok(excluded.hits.every((h) => h.id !== 'b1'), 'an excluded word removes the article');
    const accented = { ...feedArticle(50), article: { ...feedArticle(50).article, id: 'accent-1', body: 'Talks in Zürich with Erdoğan.' }, mentions: [] };
    assert.equal(await store.save(accented), 'new');
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    const unaccent = (await admin.query("SELECT 1 FROM pg_extension WHERE extname = 'unaccent'")).rowCount === 1;
    await admin.end();
    if (unaccent) {
      const folded = await store.search({ text: 'zurich erdogan' });
      assert.deepEqual(folded.hits.map((h) => h.id), ['accent-1'], 'diacritics are folded as in SQLite');
      assert.match(folded.hits[0]!.snippet, /\u0002Zürich\u0003/);
    }
    const year = await store.search({ text: '', from: '2004', to: '2004' });
    assert.ok(year.hits.every((h) => h.date?.startsWith('2004')) && year.total >= 1, 'a partial date covers its year');
  } finally {
    await store.close();
  }
});

test('postgres: a ?schema= URL parameter selects the schema; NUL in text is stored without moving offsets', async () => {
  const sep = url.includes('?') ? '&' : '?';
  used.add(schema);
  const store = await openPostgresStore(`${url}${sep}schema=${schema}`);
  try {
    await store.migrate();
    assert.equal(await store.hasArticle('a1'), true, 'the URL reached the same schema as the other tests');
    const body = 'Bad\u0000byte near Kyiv.';
    const kyiv = { start: body.indexOf('Kyiv'), end: body.indexOf('Kyiv') + 4, text: 'Kyiv' };
    const ex: Extraction = {
      ...feedArticle(99),
      article: { ...feedArticle(99).article, id: 'nul-1', body },
      entities: [{ id: 'e1', type: 'GPE', name: 'Kyiv', aliases: [], country: 'UKR', roles: [], geo: null, codes: {} }],
      mentions: [{ ...kyiv, type: 'GPE', entity: 'e1' }],
      sentences: [{ start: 0, end: body.length }],
    };
    assert.equal(await store.save(ex), 'new');
    const back = await store.getArticle('nul-1');
    assert.ok(back);
    assert.equal(back.article.body, 'Bad\uFFFDbyte near Kyiv.');
    for (const m of back.mentions) assert.equal(back.article.body.slice(m.start, m.end), m.text);
  } finally {
    await store.close();
  }
});

test('postgres: the v2 migration backfills what saves keep up to date', async () => {
  const inSchema = `${schema}_upgrade`;
  let store = await open(undefined, inSchema);
  await store.migrate();
  await store.save(fixtureA);
  await store.save(fixtureB);
  const written = { entity: await store.getEntity('Akhmetov'), moscow: await store.getEntity('Moscow') };
  await store.close();

  // Back to v1, as a v1 Dossier left it: what v2 adds, dropped.
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(`SET search_path = ${inSchema};
      ALTER TABLE entities DROP COLUMN quote_count, DROP COLUMN timeline; ALTER TABLE quotes DROP COLUMN date;
      CREATE INDEX quotes_speaker ON quotes (speaker_entity); DELETE FROM schema_version WHERE version = 2;`);
  } finally {
    await admin.end();
  }
  store = await open(undefined, inSchema);
  try {
    await store.migrate();
    assert.deepEqual(await store.getEntity('Akhmetov'), written.entity);
    assert.deepEqual(await store.getEntity('Moscow'), written.moscow);
  } finally {
    await store.close();
  }
});

// Writes one extraction inside the caller's transaction, safe with several workers saving at once.
// - The article id is UNIQUE: INSERT … ON CONFLICT DO NOTHING makes a concurrent second save a 'duplicate'.
// - Entity resolution (the same rules as SQLite, src/resolve) is serialized per lookup key with
//   transaction-level advisory locks, taken in one sorted batch so two saves never deadlock on them.
//   Only keys that may still change are locked: a name key never changes once written, and a surname key
//   only goes from one person to "ambiguous", so an entity whose keys are all settled resolves without locks.
// - Shared rows (aliases, then entity counters) are touched last and in id order, keeping lock waits acyclic.
import { createHash } from 'node:crypto';
import type pg from 'pg';
import type { Entity, Extraction } from '../../model/extraction.js';
import { isSingleToken, keysOf, nameKey, newEntityId, surnameKey } from '../../resolve/index.js';
import type { SaveOutcome } from '../types.js';

/** First half of every resolution advisory lock key, so they never collide with other users of advisory locks. */
const RESOLVE_LOCK_CLASS = 0x446f73;

interface Plan {
  entity: Entity;
  keys: string[];
  surname: string | null;
  single: boolean;
}

/** Known state of entity_keys: absent (no entry), a global id, or null (an ambiguous surname). */
type KeyState = Map<string, string | null>;

export async function saveExtraction(client: pg.PoolClient, ex: Extraction): Promise<SaveOutcome> {
  const a = ex.article;
  const inserted = await client.query<{ rid: number }>(
    `INSERT INTO articles (id, source, publication, volume, issue, title, date, date_basis, language, url, body, sentences, events)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) ON CONFLICT (id) DO NOTHING RETURNING rid`,
    [a.id, a.source, a.publication, a.volume, a.issue, a.title, a.date, a.dateBasis, a.language, a.url ?? null, a.body,
      JSON.stringify(ex.sentences), JSON.stringify(ex.events)],
  );
  const rid = inserted.rows[0]?.rid;
  if (rid === undefined) return 'duplicate';

  const global = await resolveEntities(client, ex.entities);
  const g = (local: string | null | undefined): string | null => (local ? (global.get(local) ?? null) : null);

  const mentionCount = new Map<string, number>();
  for (const m of ex.mentions) if (m.entity) mentionCount.set(m.entity, (mentionCount.get(m.entity) ?? 0) + 1);

  await insertRows(client, 'article_entities', ['article', 'local_id', 'entity_id', 'mentions'], ['text', 'text', 'int'], rid,
    ex.entities.map((e) => [e.id, global.get(e.id)!, mentionCount.get(e.id) ?? 0]));
  const roles = ex.entities.flatMap((e) => e.roles.map((r) => [global.get(e.id)!, r.title, r.of, r.date ?? a.date]));
  await insertRows(client, 'roles', ['article', 'seq', 'entity_id', 'title', '"of"', 'date'], ['text', 'text', 'text', 'text'], rid, roles);
  await insertRows(client, 'mentions', ['article', 'seq', 'start', '"end"', 'text', 'type', 'local_id', 'entity_id'],
    ['int', 'int', 'text', 'text', 'text', 'text'], rid,
    ex.mentions.map((m) => [m.start, m.end, m.text, m.type, m.entity, g(m.entity)]));
  await insertRows(client, 'quotes',
    ['article', 'seq', 'start', '"end"', 'text', 'kind', 'speaker_local', 'speaker_entity', 'speaker_text', 'speaker_start', 'speaker_end', 'cue', 'cue_start', 'cue_end'],
    ['int', 'int', 'text', 'text', 'text', 'text', 'text', 'int', 'int', 'text', 'int', 'int'], rid,
    ex.quotes.map((q) => [q.start, q.end, q.text, q.kind, q.speaker, g(q.speaker), q.speakerText, q.speakerStart ?? null, q.speakerEnd ?? null, q.cue, q.cueStart, q.cueEnd]));
  await insertRows(client, 'citations', ['article', 'seq', 'start', '"end"', 'raw', 'source', 'local_id', 'entity_id', 'date', 'malformed', 'form'],
    ['int', 'int', 'text', 'text', 'text', 'text', 'text', 'boolean', 'text'], rid,
    ex.citations.map((c) => [c.start, c.end, c.raw, c.source, c.entity ?? null, g(c.entity), c.date, c.malformed, c.form ?? null]));
  await insertRows(client, 'quantities', ['article', 'seq', 'start', '"end"', 'text', 'value', 'value_max', 'unit', 'year', 'about'],
    ['int', 'int', 'text', 'float8', 'float8', 'text', 'int', 'text'], rid,
    ex.quantities.map((q) => [q.start, q.end, q.text, q.value, q.valueMax ?? null, q.unit, q.year, q.about]));
  await insertRows(client, 'dates', ['article', 'seq', 'start', '"end"', 'text', 'date', 'precision', 'range_from', 'range_to'],
    ['int', 'int', 'text', 'text', 'text', 'text', 'text'], rid,
    ex.dates.map((d) => [d.start, d.end, d.text, d.date, d.precision, d.range?.[0] ?? null, d.range?.[1] ?? null]));

  await updateSharedEntities(client, ex, global, mentionCount);
  return 'new';
}

/** Maps each local entity id to its global id, creating entities and lookup keys as SQLite's resolveGlobal does. */
async function resolveEntities(client: pg.PoolClient, entities: Entity[]): Promise<Map<string, string>> {
  const plans: Plan[] = entities.map((entity) => ({
    entity,
    keys: keysOf(entity),
    surname: entity.type === 'PERSON' ? surnameKey(entity.name) : null,
    single: isSingleToken(entity.name),
  }));
  const wanted = new Set<string>();
  for (const p of plans) {
    for (const k of p.keys) wanted.add(k);
    if (p.surname) wanted.add(p.surname);
  }
  const known = await readKeys(client, [...wanted]);
  const unsettled = plans.filter((p) => !isSettled(p, known));
  if (unsettled.length > 0) {
    const lockKeys = new Set<string>();
    for (const p of unsettled) {
      for (const k of p.keys) lockKeys.add(k);
      if (p.surname) lockKeys.add(p.surname);
      lockKeys.add(nameKey(p.entity.type, p.entity.name));
    }
    await lockKeysInOrder(client, [...lockKeys]);
    // Re-read under the locks: another save may have committed these keys meanwhile.
    for (const [k, v] of await readKeys(client, [...lockKeys])) known.set(k, v);
  }

  const global = new Map<string, string>();
  const newKeys: [string, string][] = [];
  const ambiguous: string[] = [];
  const created = new Set<string>();
  const newEntities: Entity[] = [];
  for (const p of plans) {
    const e = p.entity;
    let gid: string | null = null;
    for (const k of p.keys) {
      const hit = known.get(k);
      if (hit) {
        gid = hit;
        break;
      }
    }
    if (!gid && p.surname && p.single) gid = known.get(p.surname) ?? null;
    if (!gid) {
      gid = newEntityId(e.type, e.name);
      if (!created.has(gid)) {
        created.add(gid);
        newEntities.push({ ...e, id: gid });
      }
    }
    for (const k of p.keys) {
      if (!known.has(k)) {
        known.set(k, gid);
        newKeys.push([k, gid]);
      }
    }
    if (p.surname && !p.single) {
      // Register the surname; if another full-named person already holds it, it becomes ambiguous.
      if (!known.has(p.surname)) {
        known.set(p.surname, gid);
        newKeys.push([p.surname, gid]);
      } else if (known.get(p.surname) !== gid && known.get(p.surname) !== null) {
        known.set(p.surname, null);
        ambiguous.push(p.surname);
      }
    }
    global.set(e.id, gid);
  }

  if (newEntities.length > 0) {
    await client.query(
      `INSERT INTO entities (id, type, name, country, lat, lon, geoname_id, codes)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::float8[], $6::float8[], $7::int[], $8::jsonb[])
       ON CONFLICT (id) DO NOTHING`,
      [
        newEntities.map((e) => e.id),
        newEntities.map((e) => e.type),
        newEntities.map((e) => e.name),
        newEntities.map((e) => e.country),
        newEntities.map((e) => e.geo?.lat ?? null),
        newEntities.map((e) => e.geo?.lon ?? null),
        newEntities.map((e) => e.geo?.geonameId ?? null),
        newEntities.map((e) => JSON.stringify(e.codes ?? {})),
      ],
    );
  }
  if (newKeys.length > 0) {
    await client.query('INSERT INTO entity_keys (key, entity_id) SELECT * FROM unnest($1::text[], $2::text[]) ON CONFLICT (key) DO NOTHING', [
      newKeys.map((k) => k[0]),
      newKeys.map((k) => k[1]),
    ]);
  }
  if (ambiguous.length > 0) {
    await client.query('UPDATE entity_keys SET entity_id = NULL WHERE key = ANY($1::text[])', [ambiguous]);
  }
  return global;
}

/**
 * Whether concurrent saves can no longer change how this entity resolves, so it needs no lock: all its name
 * keys exist (they never change), and for a full-named person the surname is registered to it or ambiguous.
 */
function isSettled(p: Plan, known: KeyState): boolean {
  if (p.keys.length === 0 || !p.keys.every((k) => known.has(k))) return false;
  if (!p.surname || p.single) return true;
  if (!known.has(p.surname)) return false;
  const holder = known.get(p.surname);
  return holder === null || holder === known.get(p.keys[0]!);
}

async function readKeys(client: pg.PoolClient, keys: string[]): Promise<KeyState> {
  const known: KeyState = new Map();
  if (keys.length === 0) return known;
  const res = await client.query<{ key: string; entity_id: string | null }>(
    'SELECT key, entity_id FROM entity_keys WHERE key = ANY($1::text[])',
    [keys],
  );
  for (const r of res.rows) known.set(r.key, r.entity_id);
  return known;
}

/** Transaction-level advisory locks on the keys' hashes, ascending, so every saver takes them in one order. */
async function lockKeysInOrder(client: pg.PoolClient, keys: string[]): Promise<void> {
  const hashes = [...new Set(keys.map((k) => createHash('sha1').update(k).digest().readInt32BE(0)))].sort((x, y) => x - y);
  // unnest yields in array order and the function scan has no sort above it, so locks are taken in that order.
  await client.query('SELECT count(pg_advisory_xact_lock($1::int, h)) FROM unnest($2::int[]) AS h', [RESOLVE_LOCK_CLASS, hashes]);
}

/** Aliases and counters of global entities, which other saves share: written last, in id order. */
async function updateSharedEntities(
  client: pg.PoolClient,
  ex: Extraction,
  global: Map<string, string>,
  mentionCount: Map<string, number>,
): Promise<void> {
  const aliases = new Set<string>();
  interface Update { country: string | null; lat: number | null; lon: number | null; geonameId: number | null; mentions: number }
  const updates = new Map<string, Update>();
  for (const e of ex.entities) {
    const gid = global.get(e.id)!;
    for (const n of [e.name, ...e.aliases]) aliases.add(JSON.stringify([gid, n]));
    const u = updates.get(gid) ?? { country: null, lat: null, lon: null, geonameId: null, mentions: 0 };
    // Like SQLite's coalesce per local entity: the first value given wins.
    u.country ??= e.country;
    u.lat ??= e.geo?.lat ?? null;
    u.lon ??= e.geo?.lon ?? null;
    u.geonameId ??= e.geo?.geonameId ?? null;
    u.mentions += mentionCount.get(e.id) ?? 0;
    updates.set(gid, u);
  }
  if (updates.size === 0) return;
  const pairs = [...aliases].map((s) => JSON.parse(s) as [string, string]).sort((x, y) => cmp(x[0], y[0]) || cmp(x[1], y[1]));
  await client.query('INSERT INTO entity_aliases (entity_id, alias) SELECT * FROM unnest($1::text[], $2::text[]) ON CONFLICT DO NOTHING', [
    pairs.map((x) => x[0]),
    pairs.map((x) => x[1]),
  ]);
  const ids = [...updates.keys()].sort(cmp);
  const rows = ids.map((id) => updates.get(id)!);
  await client.query('SELECT count(*) FROM (SELECT 1 FROM entities WHERE id = ANY($1::text[]) ORDER BY id FOR UPDATE) locked', [ids]);
  await client.query(
    `UPDATE entities e SET country = coalesce(e.country, u.country), lat = coalesce(e.lat, u.lat), lon = coalesce(e.lon, u.lon),
       geoname_id = coalesce(e.geoname_id, u.geoname_id), mention_count = e.mention_count + u.mentions, article_count = e.article_count + 1
     FROM unnest($1::text[], $2::text[], $3::float8[], $4::float8[], $5::int[], $6::int[]) AS u(id, country, lat, lon, geoname_id, mentions)
     WHERE e.id = u.id`,
    [ids, rows.map((r) => r.country), rows.map((r) => r.lat), rows.map((r) => r.lon), rows.map((r) => r.geonameId), rows.map((r) => r.mentions)],
  );
}

/** Bulk insert of one article's facts: one statement, each column an array; seq numbers the rows when asked. */
async function insertRows(
  client: pg.PoolClient,
  table: string,
  columns: string[],
  types: string[],
  article: number,
  rows: unknown[][],
): Promise<void> {
  if (rows.length === 0) return;
  const withSeq = columns[1] === 'seq';
  const arrays = types.map((_, i) => rows.map((r) => r[i] ?? null));
  const unnest = types.map((t, i) => `$${i + 2}::${t}[]`).join(', ');
  const select = withSeq ? `$1::int, (ord - 1)::int, ${types.map((_, i) => `c${i}`).join(', ')}` : `$1::int, ${types.map((_, i) => `c${i}`).join(', ')}`;
  const alias = `u(${types.map((_, i) => `c${i}`).join(', ')}, ord)`;
  await client.query(`INSERT INTO ${table} (${columns.join(', ')}) SELECT ${select} FROM unnest(${unnest}) WITH ORDINALITY AS ${alias}`, [
    article,
    ...arrays,
  ]);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

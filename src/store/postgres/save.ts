// Writes one extraction inside the caller's transaction, safe with several workers saving at once.
// - The article id is UNIQUE: INSERT … ON CONFLICT DO NOTHING makes a concurrent second save a 'duplicate'.
// - Entity resolution (the same rules as SQLite, src/resolve) is serialized per lookup key with
//   transaction-level advisory locks, taken in one sorted batch so two saves never deadlock on them.
//   Only keys that may still change are locked: a name key never changes once written, and a surname key
//   only goes from one person to "ambiguous", so an entity whose keys are all settled resolves without locks.
// - Shared rows are locked last in one global order (entity rows by id, then aliases sorted): waits stay acyclic.
// - Three or four round trips per article: the writes are batched as data-modifying CTEs over unnest() arrays.
import { createHash } from 'node:crypto';
import type pg from 'pg';
import type { Entity, Extraction } from '../../model/extraction.js';
import { isSingleToken, keysOf, loneSurnameKey, nameKey, newEntityId, surnameKey } from '../../resolve/index.js';
import { entityCounters, mentionCounts } from '../counters.js';
import type { SaveOutcome } from '../types.js';

/** First half of every resolution advisory lock key, so they never collide with other users of advisory locks. */
const RESOLVE_LOCK_CLASS = 0x446f73;

interface Plan {
  entity: Entity;
  keys: string[];
  surname: string | null;
  single: boolean;
  /** A full-named person's surname as an entity's whole name ("Putin"): claimed while the surname is free. */
  lone: string | null;
}

/** Known state of entity_keys: absent (no entry), a global id, or null (an ambiguous surname). */
type KeyState = Map<string, string | null>;

export async function saveExtraction(client: pg.PoolClient, ex: Extraction): Promise<SaveOutcome> {
  const a = ex.article;
  const plans = planEntities(ex.entities);
  // One round trip: claim the article id and read the lookup keys its entities need (an optimistic read).
  const first = new Statement();
  first.with(`ins AS (INSERT INTO articles (id, source, publication, volume, issue, title, date, date_basis, language, url, body, sentences, events)
    VALUES (${first.p(a.id, 'text')}, ${first.p(a.source, 'text')}, ${first.p(a.publication, 'text')}, ${first.p(a.volume, 'int')},
      ${first.p(a.issue, 'int')}, ${first.p(a.title, 'text')}, ${first.p(a.date, 'text')}, ${first.p(a.dateBasis, 'text')},
      ${first.p(a.language, 'text')}, ${first.p(a.url ?? null, 'text')}, ${first.p(a.body, 'text')},
      ${first.p(JSON.stringify(ex.sentences), 'json')}, ${first.p(JSON.stringify(ex.events), 'json')})
    ON CONFLICT (id) DO NOTHING RETURNING rid)`);
  const claimed = await first.run<{ rid: number | null; keys: [string, string | null][] }>(
    client,
    'dossier_save_article',
    `SELECT (SELECT rid FROM ins) AS rid,
       (SELECT coalesce(json_agg(json_build_array(key, entity_id)), '[]') FROM entity_keys WHERE key = ANY(${first.p(wantedKeys(plans), 'text[]')})) AS keys`,
  );
  const rid = claimed.rid;
  if (rid === null) return 'duplicate';

  const resolved = await resolveEntities(client, plans, new Map(claimed.keys));
  const global = resolved.global;
  const g = (local: string | null | undefined): string | null => (local ? (global.get(local) ?? null) : null);
  const mentionCount = mentionCounts(ex);
  const shared = sharedUpdates(ex, global, mentionCount);

  // Second: write new entities and keys (under the resolution locks), then lock the shared entity rows in id order.
  const second = new Statement();
  const created = resolved.created;
  second.with(`new_entities AS (INSERT INTO entities (id, type, name, country, lat, lon, geoname_id, codes)
      SELECT * FROM unnest(${second.p(created.map((e) => e.id), 'text[]')}, ${second.p(created.map((e) => e.type), 'text[]')},
        ${second.p(created.map((e) => e.name), 'text[]')}, ${second.p(created.map((e) => e.country), 'text[]')},
        ${second.p(created.map((e) => e.geo?.lat ?? null), 'float8[]')}, ${second.p(created.map((e) => e.geo?.lon ?? null), 'float8[]')},
        ${second.p(created.map((e) => e.geo?.geonameId ?? null), 'int[]')}, ${second.p(created.map((e) => JSON.stringify(e.codes ?? {})), 'jsonb[]')})
      ON CONFLICT (id) DO NOTHING)`);
  second.with(`new_keys AS (INSERT INTO entity_keys (key, entity_id)
      SELECT * FROM unnest(${second.p(resolved.newKeys.map((k) => k[0]), 'text[]')}, ${second.p(resolved.newKeys.map((k) => k[1]), 'text[]')})
      ON CONFLICT (key) DO NOTHING)`);
  second.with(`ambiguous AS (UPDATE entity_keys SET entity_id = NULL WHERE key = ANY(${second.p(resolved.ambiguous, 'text[]')}))`);
  // Our own new rows are invisible to this snapshot and to everyone else, so they need no lock here.
  await second.run(client, 'dossier_save_entities', `SELECT count(*) FROM (SELECT 1 FROM entities WHERE id = ANY(${second.p(shared.ids, 'text[]')}) ORDER BY id FOR UPDATE) locked`);

  // Third: counters, aliases (sorted, after every row lock) and the article's own facts, in one statement.
  const third = new Statement();
  const article = third.p(rid, 'int');
  const u = shared.rows;
  // The counters, and the month's entry of the timeline (as SQLite keeps them; see its v4 migration).
  const month = third.p(a.date ? a.date.slice(0, 7) : null, 'text');
  third.with(`counters AS (UPDATE entities e SET country = coalesce(e.country, u.country), lat = coalesce(e.lat, u.lat), lon = coalesce(e.lon, u.lon),
        geoname_id = coalesce(e.geoname_id, u.geoname_id), mention_count = e.mention_count + u.mentions, article_count = e.article_count + 1,
        quote_count = e.quote_count + u.quotes,
        timeline = CASE WHEN ${month} IS NULL THEN e.timeline
                        ELSE jsonb_set(e.timeline, ARRAY[${month}], to_jsonb(coalesce((e.timeline ->> ${month})::int, 0) + u.mentions)) END
      FROM unnest(${third.p(shared.ids, 'text[]')}, ${third.p(u.map((r) => r.country), 'text[]')}, ${third.p(u.map((r) => r.lat), 'float8[]')},
        ${third.p(u.map((r) => r.lon), 'float8[]')}, ${third.p(u.map((r) => r.geonameId), 'int[]')}, ${third.p(u.map((r) => r.mentions), 'int[]')},
        ${third.p(u.map((r) => r.quotes), 'int[]')})
        AS u(id, country, lat, lon, geoname_id, mentions, quotes)
      WHERE e.id = u.id)`);
  third.with(`aliases AS (INSERT INTO entity_aliases (entity_id, alias)
      SELECT * FROM unnest(${third.p(shared.aliases.map((x) => x[0]), 'text[]')}, ${third.p(shared.aliases.map((x) => x[1]), 'text[]')})
      ON CONFLICT DO NOTHING)`);
  third.insert('article_entities', ['local_id', 'entity_id', 'mentions'], ['text', 'text', 'int'], article, false,
    ex.entities.map((e) => [e.id, global.get(e.id)!, mentionCount.get(e.id) ?? 0]));
  third.insert('roles', ['entity_id', 'title', '"of"', 'date'], ['text', 'text', 'text', 'text'], article, true,
    ex.entities.flatMap((e) => e.roles.map((r) => [global.get(e.id)!, r.title, r.of, r.date ?? a.date])));
  third.insert('mentions', ['start', '"end"', 'text', 'type', 'local_id', 'entity_id'], ['int', 'int', 'text', 'text', 'text', 'text'], article, true,
    ex.mentions.map((m) => [m.start, m.end, m.text, m.type, m.entity, g(m.entity)]));
  third.insert('quotes',
    ['start', '"end"', 'text', 'kind', 'speaker_local', 'speaker_entity', 'speaker_text', 'speaker_start', 'speaker_end', 'cue', 'cue_start', 'cue_end', 'date'],
    ['int', 'int', 'text', 'text', 'text', 'text', 'text', 'int', 'int', 'text', 'int', 'int', 'text'], article, true,
    ex.quotes.map((q) => [q.start, q.end, q.text, q.kind, q.speaker, g(q.speaker), q.speakerText, q.speakerStart ?? null, q.speakerEnd ?? null, q.cue, q.cueStart, q.cueEnd, a.date]));
  third.insert('citations', ['start', '"end"', 'raw', 'source', 'local_id', 'entity_id', 'date', 'malformed', 'form'],
    ['int', 'int', 'text', 'text', 'text', 'text', 'text', 'boolean', 'text'], article, true,
    ex.citations.map((c) => [c.start, c.end, c.raw, c.source, c.entity ?? null, g(c.entity), c.date, c.malformed, c.form ?? null]));
  third.insert('quantities', ['start', '"end"', 'text', 'value', 'value_max', 'unit', 'year', 'about'],
    ['int', 'int', 'text', 'float8', 'float8', 'text', 'int', 'text'], article, true,
    ex.quantities.map((q) => [q.start, q.end, q.text, q.value, q.valueMax ?? null, q.unit, q.year, q.about]));
  third.insert('dates', ['start', '"end"', 'text', 'date', 'precision', 'range_from', 'range_to'],
    ['int', 'int', 'text', 'text', 'text', 'text', 'text'], article, true,
    ex.dates.map((d) => [d.start, d.end, d.text, d.date, d.precision, d.range?.[0] ?? null, d.range?.[1] ?? null]));
  await third.run(client, 'dossier_save_facts', 'SELECT 1');
  return 'new';
}

function planEntities(entities: Entity[]): Plan[] {
  return entities.map((entity) => ({
    entity,
    keys: keysOf(entity),
    surname: entity.type === 'PERSON' ? surnameKey(entity.name) : null,
    single: isSingleToken(entity.name),
    lone: entity.type === 'PERSON' && !isSingleToken(entity.name) ? loneSurnameKey(entity.name) : null,
  }));
}

function wantedKeys(plans: Plan[]): string[] {
  const wanted = new Set<string>();
  for (const p of plans) {
    for (const k of p.keys) wanted.add(k);
    if (p.surname) wanted.add(p.surname);
    if (p.lone) wanted.add(p.lone);
  }
  return [...wanted];
}

interface Resolution {
  global: Map<string, string>;
  /** Entities to create, with their global id as id. */
  created: Entity[];
  newKeys: [string, string][];
  ambiguous: string[];
}

/** Maps each local entity to its global id by the rules of SQLite's resolveGlobal; returns the writes to make. */
async function resolveEntities(client: pg.PoolClient, plans: Plan[], known: KeyState): Promise<Resolution> {
  const unsettled = plans.filter((p) => !isSettled(p, known));
  if (unsettled.length > 0) {
    const lockKeys = new Set<string>();
    for (const p of unsettled) {
      for (const k of p.keys) lockKeys.add(k);
      if (p.surname) lockKeys.add(p.surname);
      if (p.lone) lockKeys.add(p.lone);
      lockKeys.add(nameKey(p.entity.type, p.entity.name));
    }
    await lockKeysInOrder(client, [...lockKeys]);
    // Re-read under the locks (a new statement, so a new snapshot): another save may have committed these keys.
    for (const [k, v] of await readKeys(client, [...lockKeys])) known.set(k, v);
  }

  const out: Resolution = { global: new Map(), created: [], newKeys: [], ambiguous: [] };
  const createdIds = new Set<string>();
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
    if (!gid && p.surname && p.lone && !known.has(p.surname)) gid = known.get(p.lone) ?? null;
    if (!gid) {
      gid = newEntityId(e.type, e.name);
      if (!createdIds.has(gid)) {
        createdIds.add(gid);
        out.created.push({ ...e, id: gid });
      }
    }
    for (const k of p.keys) {
      if (!known.has(k)) {
        known.set(k, gid);
        out.newKeys.push([k, gid]);
      }
    }
    if (p.surname && !p.single) {
      // Register the surname; if another full-named person already holds it, it becomes ambiguous.
      if (!known.has(p.surname)) {
        known.set(p.surname, gid);
        out.newKeys.push([p.surname, gid]);
      } else if (known.get(p.surname) !== gid && known.get(p.surname) !== null) {
        known.set(p.surname, null);
        out.ambiguous.push(p.surname);
      }
    }
    out.global.set(e.id, gid);
  }
  return out;
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
    { name: 'dossier_read_keys', text: 'SELECT key, entity_id FROM entity_keys WHERE key = ANY($1::text[])', values: [keys] },
  );
  for (const r of res.rows) known.set(r.key, r.entity_id);
  return known;
}

/** Transaction-level advisory locks on the keys' hashes, ascending, so every saver takes them in one order. */
async function lockKeysInOrder(client: pg.PoolClient, keys: string[]): Promise<void> {
  const hashes = [...new Set(keys.map((k) => createHash('sha1').update(k).digest().readInt32BE(0)))].sort((x, y) => x - y);
  // unnest yields in array order and the function scan has no sort above it, so locks are taken in that order.
  await client.query({
    name: 'dossier_lock_keys',
    text: 'SELECT count(pg_advisory_xact_lock($1::int, h)) FROM unnest($2::int[]) AS h',
    values: [RESOLVE_LOCK_CLASS, hashes],
  });
}

/** Per global entity (sorted by id): the enrichment and counts this article adds, and its names as aliases (sorted). */
function sharedUpdates(ex: Extraction, global: Map<string, string>, mentionCount: Map<string, number>) {
  const aliases = new Map<string, [string, string]>();
  for (const e of ex.entities) {
    const gid = global.get(e.id)!;
    for (const n of [e.name, ...e.aliases]) aliases.set(`${gid}\u0000${n}`, [gid, n]);
  }
  const counters = entityCounters(ex, global, mentionCount);
  const ids = [...counters.keys()].sort(cmp);
  return {
    ids,
    counters,
    rows: ids.map((id) => counters.get(id)!),
    aliases: [...aliases.values()].sort((x, y) => cmp(x[0], y[0]) || cmp(x[1], y[1])),
  };
}

/**
 * One statement built from data-modifying CTEs, so a save costs a few round trips, not one per table.
 * Every CTE is always present (empty arrays insert nothing), so the text never varies and can be prepared.
 */
class Statement {
  private readonly params: unknown[] = [];
  private readonly ctes: string[] = [];

  /** A typed placeholder for a value. */
  p(value: unknown, type: string): string {
    this.params.push(storable(value));
    return `$${this.params.length}::${type}`;
  }

  with(cte: string): void {
    this.ctes.push(cte);
  }

  /** Bulk insert of one article's rows, each column an array; seq numbers the rows in extraction order. */
  insert(table: string, columns: string[], types: string[], article: string, withSeq: boolean, rows: unknown[][]): void {
    const arrays = types.map((t, i) => this.p(rows.map((r) => r[i] ?? null), `${t}[]`));
    const names = types.map((_, i) => `c${i}`);
    this.with(`${table}_rows AS (INSERT INTO ${table} (article, ${withSeq ? 'seq, ' : ''}${columns.join(', ')})
      SELECT ${article}, ${withSeq ? '(ord - 1)::int, ' : ''}${names.join(', ')}
      FROM unnest(${arrays.join(', ')}) WITH ORDINALITY AS u(${names.join(', ')}, ord))`);
  }

  /** Runs as a named prepared statement: the text is the same on every save, so each connection plans it once. */
  async run<T = Row>(client: pg.PoolClient, name: string, main: string): Promise<T> {
    const text = this.ctes.length > 0 ? `WITH ${this.ctes.join(',\n')}\n${main}` : main;
    return (await client.query({ name, text, values: this.params })).rows[0] as T;
  }
}

type Row = Record<string, unknown>;

const NUL = /\u0000/g;

/**
 * PostgreSQL text cannot hold NUL: it becomes U+FFFD, one UTF-16 unit like NUL, so every offset stays true
 * (the body and each fact's text change alike). JSON strings are left alone: json keeps "\u0000" escaped.
 */
function storable(value: unknown): unknown {
  if (typeof value === 'string') return value.includes('\u0000') ? value.replace(NUL, '\uFFFD') : value;
  if (Array.isArray(value)) return value.some((v) => typeof v === 'string' && v.includes('\u0000')) ? value.map(storable) : value;
  return value;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

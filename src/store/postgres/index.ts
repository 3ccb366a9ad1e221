// The team store: PostgreSQL with a generated weighted tsvector (GIN), ts_rank_cd ranking and ts_headline
// snippets. Several workers may migrate and save at once: migrations run under an advisory lock, each
// article is one transaction, and entity resolution is serialized per lookup key (see ./save.ts).
import pg from 'pg';
import type { Entity, Extraction } from '../../model/extraction.js';
import { parseQuery } from '../../query/parse.js';
import {
  QueryError,
  type EntityDossier,
  type EntityFilter,
  type EntitySummary,
  type FacetCount,
  type GraphData,
  type GraphQuery,
  type QuoteRecord,
  type SaveOutcome,
  type SearchQuery,
  type SearchHit,
  type SearchResult,
  type SourceSummary,
  type Store,
  type StoreStats,
} from '../types.js';
import { FTS_CONFIG, migrations } from './migrations.js';
import { saveExtraction } from './save.js';
import { toTsquery } from './tsquery.js';
import {
  articleFromRow,
  citationFromRow,
  dateFromRow,
  entityFromRow,
  eventsFromRow,
  likeLiteral,
  mentionFromRow,
  quantityFromRow,
  quoteFromRow,
  quoteRecordFromRow,
  roleSpans,
  sentencesFromRow,
  summaryFromRow,
  timelineFromRow,
  type Row,
} from '../rows.js';
import { checkDate, clampLimit } from '../params.js';


export interface PostgresOptions {
  /** Schema for every table (created by migrate()); default: the server's search_path. */
  schema?: string;
  /** Connections in the pool; default 10. */
  poolSize?: number;
}

const FACET_SAMPLE = 1000;
/** The entity page: co-mentions over the entity's most recent articles, and its latest articles and quotes. */
const CO_MENTION_SAMPLE = 200;
const PAGE_ARTICLES = 50;
const PAGE_QUOTES = 20;
/** Session-level advisory lock key held while migrating ("dossier" in ASCII). */
const MIGRATION_LOCK = 0x646f7373696572;
const HEADLINE_OPTIONS = 'StartSel=\u0002, StopSel=\u0003, MaxWords=24, MinWords=10, MaxFragments=2, FragmentDelimiter=" … "';
const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;
/** SQLSTATEs worth one more attempt of a whole save: serialization failure, deadlock. */
const RETRYABLE = new Set(['40001', '40P01']);

/** Opens a pool on `url`; a `?schema=name` parameter in the URL works like options.schema. */
export async function openPostgresStore(url: string, options: PostgresOptions = {}): Promise<Store> {
  const parsed = new URL(url);
  const schemaParam = parsed.searchParams.get('schema');
  if (schemaParam !== null) {
    parsed.searchParams.delete('schema');
    url = parsed.toString();
    options = { schema: schemaParam, ...options };
  }
  if (options.schema !== undefined && !SCHEMA_NAME.test(options.schema)) {
    throw new Error(`the schema name "${options.schema}" must be lower-case letters, digits and _`);
  }
  const pool = new pg.Pool({
    connectionString: url,
    max: options.poolSize ?? 10,
    ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
  });
  // An idle connection dropped by the server must not crash the process; the next query reconnects.
  pool.on('error', () => undefined);
  try {
    await pool.query('SELECT 1');
  } catch (err) {
    await pool.end();
    throw new Error(`cannot reach PostgreSQL at ${redact(url)}: ${(err as Error).message}`);
  }
  return new PostgresStore(pool, options.schema ?? null);
}

class PostgresStore implements Store {
  constructor(
    private readonly pool: pg.Pool,
    private readonly schema: string | null,
  ) {}

  private async rows<T = Row>(sql: string, params: unknown[] = []): Promise<T[]> {
    return (await this.pool.query(sql, params)).rows as T[];
  }

  async migrate(): Promise<void> {
    const client = await this.pool.connect();
    try {
      // Several workers may start at once: the first migrates, the others wait and then find nothing to do.
      await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
      try {
        if (this.schema) await client.query(`CREATE SCHEMA IF NOT EXISTS ${this.schema}`);
        await client.query('CREATE TABLE IF NOT EXISTS schema_version (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())');
        const current = (await client.query('SELECT coalesce(max(version), 0) AS v FROM schema_version')).rows[0] as { v: number };
        if (current.v > migrations.length) {
          throw new Error(`the database schema is version ${current.v}, newer than this Dossier (${migrations.length}); upgrade Dossier`);
        }
        for (let v = current.v; v < migrations.length; v++) {
          await client.query('BEGIN');
          try {
            await client.query(migrations[v]!);
            await client.query('INSERT INTO schema_version (version) VALUES ($1)', [v + 1]);
            await client.query('COMMIT');
          } catch (err) {
            await client.query('ROLLBACK');
            throw err;
          }
        }
      } finally {
        await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
      }
    } finally {
      client.release();
    }
  }

  async hasArticle(id: string): Promise<boolean> {
    return (await this.rows('SELECT 1 FROM articles WHERE id = $1', [id])).length > 0;
  }

  async save(ex: Extraction): Promise<SaveOutcome> {
    for (let attempt = 1; ; attempt++) {
      const client = await this.pool.connect();
      let broken = false;
      try {
        await client.query('BEGIN');
        const outcome = await saveExtraction(client, ex);
        await client.query(outcome === 'new' ? 'COMMIT' : 'ROLLBACK');
        return outcome;
      } catch (err) {
        await client.query('ROLLBACK').catch(() => {
          broken = true;
        });
        const code = (err as { code?: string }).code;
        if (attempt < 3 && code && RETRYABLE.has(code)) continue;
        throw err;
      } finally {
        client.release(broken);
      }
    }
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    const started = performance.now();
    const limit = clampLimit(query.limit, 20);
    const offset = Math.max(0, Math.floor(query.offset ?? 0));
    const clauses = parseQuery(query.text ?? '');
    const params: unknown[] = [];
    const p = (value: unknown): string => {
      params.push(value);
      return `$${params.length}`;
    };
    const where: string[] = [];
    const fts = clauses.length > 0;
    const tsq = fts ? `to_tsquery('${FTS_CONFIG}', ${p(toTsquery(clauses))})` : '';
    if (fts) where.push(`a.tsv @@ ${tsq}`);
    if (query.from) where.push(`a.date >= ${p(checkDate(query.from, 'from'))}`);
    // '~' sorts after any date character, so a partial bound ("2004") includes all of 2004.
    if (query.to) where.push(`a.date <= ${p(`${checkDate(query.to, 'to')}~`)}`);
    for (const id of query.entity ?? []) {
      where.push(`a.rid IN (SELECT article FROM article_entities WHERE entity_id = ${p(id)})`);
    }
    if (query.type?.length) {
      where.push(`a.rid IN (SELECT ae.article FROM article_entities ae JOIN entities e ON e.id = ae.entity_id WHERE e.type = ANY(${p(query.type)}::text[]))`);
    }
    if (query.country?.length) {
      where.push(`a.rid IN (SELECT ae.article FROM article_entities ae JOIN entities e ON e.id = ae.entity_id WHERE e.country = ANY(${p(query.country)}::text[]))`);
    }
    for (const s of query.source ?? []) {
      where.push(`a.rid IN (SELECT article FROM citations WHERE lower(source) = lower(${p(s)}))`);
    }
    const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const score = fts ? `ts_rank_cd(a.tsv, ${tsq}, 1)` : '0::real';
    const order = 'score DESC, date DESC NULLS LAST, rid DESC';
    // Two statements run side by side: the page of hits with headlines (the costly part, only for the page),
    // and the total with facets over the top matches, from one materialized ranking.
    const pageParams = [...params];
    const q = (value: unknown): string => {
      pageParams.push(value);
      return `$${pageParams.length}`;
    };
    const snippet = fts ? `ts_headline('${FTS_CONFIG}', a.body, ${tsq}, ${q(HEADLINE_OPTIONS)})` : 'substr(a.body, 1, 200)';
    const pageSql = `SELECT a.id, a.title, a.date, a.date_basis AS "dateBasis", a.publication, a.source, ${snippet} AS snippet, p.score
      FROM (SELECT a.rid, a.date, ${score} AS score FROM articles a ${whereSql} ORDER BY ${order} LIMIT ${q(limit)} OFFSET ${q(offset)}) p
      JOIN articles a ON a.rid = p.rid ORDER BY p.score DESC, p.date DESC NULLS LAST, p.rid DESC`;
    const facetSql = `WITH m AS MATERIALIZED (SELECT a.rid, a.date, ${score} AS score FROM articles a ${whereSql}),
      top AS (SELECT rid FROM m ORDER BY ${order} LIMIT ${FACET_SAMPLE}),
      named AS (SELECT ae.article, e.id, e.name, e.type, e.country FROM article_entities ae JOIN entities e ON e.id = ae.entity_id
              WHERE ae.article IN (SELECT rid FROM top)),
      -- Each facet counts the matching articles that name the entity, type or country (as its filter selects them).
      facets AS (
        SELECT * FROM (SELECT 'entity' AS facet, id AS value, min(name) AS label, count(DISTINCT article)::int AS count,
                         row_number() OVER (ORDER BY count(DISTINCT article) DESC, id) AS ord
                       FROM named GROUP BY id ORDER BY count DESC, id LIMIT 15) x
        UNION ALL SELECT * FROM (SELECT 'type', type, type, count(DISTINCT article)::int AS s, row_number() OVER (ORDER BY count(DISTINCT article) DESC, type)
                       FROM named GROUP BY type ORDER BY s DESC, type LIMIT 15) y
        UNION ALL SELECT * FROM (SELECT 'country', country, country, count(DISTINCT article)::int AS s, row_number() OVER (ORDER BY count(DISTINCT article) DESC, country)
                       FROM named WHERE country IS NOT NULL GROUP BY country ORDER BY s DESC, country LIMIT 15) z
        UNION ALL SELECT * FROM (SELECT 'source', min(source), min(source), count(DISTINCT article)::int AS s,
                         row_number() OVER (ORDER BY count(DISTINCT article) DESC, lower(source))
                       FROM citations WHERE article IN (SELECT rid FROM top) AND source IS NOT NULL
                       GROUP BY lower(source) ORDER BY s DESC, lower(source) LIMIT 15) w)
      SELECT (SELECT count(*)::int FROM m) AS total, (SELECT coalesce(json_agg(f), '[]') FROM facets f) AS facets`;
    try {
      const [hits, [counted]] = await Promise.all([
        this.rows<SearchHit>(pageSql, pageParams),
        this.rows<{ total: number; facets: (FacetCount & { facet: keyof SearchResult['facets']; ord: number })[] }>(facetSql, params),
      ]);
      const facets: SearchResult['facets'] = { entity: [], type: [], country: [], source: [] };
      for (const f of counted!.facets.sort((x, y) => x.ord - y.ord)) facets[f.facet].push({ value: f.value, label: f.label, count: f.count });
      return { total: counted!.total, hits, facets, tookMs: performance.now() - started };
    } catch (err) {
      // 42601 syntax_error, 22023 invalid_parameter_value: what a text-search parser reports on bad input.
      const code = (err as { code?: string }).code;
      if (code === '42601' || code === '22023') throw new QueryError(`the query cannot be searched: ${(err as Error).message}`);
      throw err;
    }
  }

  async getArticle(id: string): Promise<(Extraction & { entityIds: Record<string, string> }) | null> {
    const a = (await this.rows('SELECT * FROM articles WHERE id = $1', [id]))[0];
    if (!a) return null;
    const r = a['rid'] as number;
    const byArticle = (table: string) => this.rows(`SELECT * FROM ${table} WHERE article = $1 ORDER BY start, seq`, [r]);
    const [localEntities, aliases, roles, mentions, quotes, citations, quantities, dates] = await Promise.all([
      this.rows(`SELECT ae.local_id, e.* FROM article_entities ae JOIN entities e ON e.id = ae.entity_id WHERE ae.article = $1 ORDER BY ae.local_id`, [r]),
      this.rows<{ entity_id: string; alias: string }>(
        `SELECT entity_id, alias FROM entity_aliases WHERE entity_id IN (SELECT entity_id FROM article_entities WHERE article = $1)
         ORDER BY entity_id, alias`,
        [r],
      ),
      this.rows<{ entity_id: string; title: string; of: string | null; date: string | null }>(
        'SELECT entity_id, title, "of", date FROM roles WHERE article = $1 ORDER BY seq',
        [r],
      ),
      byArticle('mentions'),
      byArticle('quotes'),
      byArticle('citations'),
      byArticle('quantities'),
      byArticle('dates'),
    ]);
    const aliasesOf = groupBy(aliases, (x) => x.entity_id);
    const rolesOf = groupBy(roles, (x) => x.entity_id);
    const entityIds: Record<string, string> = {};
    const entities: Entity[] = localEntities.map((e) => {
      const gid = e['id'] as string;
      entityIds[e['local_id'] as string] = gid;
      return {
        ...entityFromRow(e, (aliasesOf.get(gid) ?? []).map((x) => x.alias)),
        id: e['local_id'] as string,
        roles: (rolesOf.get(gid) ?? []).map(({ title, of, date }) => ({ title, of, date })),
      };
    });
    entities.sort((x, y) => Number(x.id.slice(1)) - Number(y.id.slice(1)));
    return {
      article: articleFromRow(a),
      sentences: sentencesFromRow(a),
      entities,
      mentions: mentions.map(mentionFromRow),
      quotes: quotes.map(quoteFromRow),
      citations: citations.map(citationFromRow),
      quantities: quantities.map(quantityFromRow),
      dates: dates.map(dateFromRow),
      events: eventsFromRow(a),
      entityIds,
    };
  }

  async listEntities(filter: EntityFilter): Promise<{ total: number; items: EntitySummary[] }> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (filter.q) {
      params.push(`%${likeLiteral(filter.q)}%`);
      where.push(`(name ILIKE $${params.length} OR id IN (SELECT entity_id FROM entity_aliases WHERE alias ILIKE $${params.length}))`);
    }
    if (filter.type?.length) {
      params.push(filter.type);
      where.push(`type = ANY($${params.length}::text[])`);
    }
    if (filter.country?.length) {
      params.push(filter.country);
      where.push(`country = ANY($${params.length}::text[])`);
    }
    const w = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const n = params.length;
    const [total, items] = await Promise.all([
      this.rows<{ n: number }>(`SELECT count(*)::int AS n FROM entities ${w}`, params),
      this.rows(`SELECT * FROM entities ${w} ORDER BY mention_count DESC, name, id LIMIT $${n + 1} OFFSET $${n + 2}`, [
        ...params,
        clampLimit(filter.limit, 50),
        Math.max(0, Math.floor(filter.offset ?? 0)),
      ]),
    ]);
    return { total: total[0]!.n, items: items.map(summaryFromRow) };
  }

  async getEntity(idOrName: string): Promise<EntityDossier | null> {
    let e = (await this.rows('SELECT * FROM entities WHERE id = $1', [idOrName]))[0];
    e ??= (
      await this.rows(
        `SELECT e.* FROM entities e WHERE lower(e.name) = lower($1)
           OR e.id IN (SELECT entity_id FROM entity_aliases WHERE lower(alias) = lower($1))
         ORDER BY (lower(e.name) = lower($1)) DESC, e.mention_count DESC, e.id LIMIT 1`,
        [idOrName],
      )
    )[0];
    // A person by surname alone ("Lukashenka"), when the text only ever gave the full name.
    e ??= (
      await this.rows(
        `SELECT * FROM entities WHERE type = 'PERSON' AND lower(name) LIKE '% ' || lower($1) ESCAPE '\\'
         ORDER BY mention_count DESC, id LIMIT 1`,
        [likeLiteral(idOrName)],
      )
    )[0];
    if (!e) return null;
    const id = e['id'] as string;
    const [aliases, roleStatements, quotes, sample, articles] = await Promise.all([
      this.rows<{ alias: string }>('SELECT alias FROM entity_aliases WHERE entity_id = $1 ORDER BY alias', [id]),
      this.rows<Parameters<typeof roleSpans>[0][number]>(
        `SELECT r.title, r."of", r.date, a.id AS "articleId" FROM roles r JOIN articles a ON a.rid = r.article
         WHERE r.entity_id = $1 ORDER BY r.date NULLS FIRST, r.article, r.seq`,
        [id],
      ),
      this.listQuotes({ speaker: id, limit: PAGE_QUOTES }),
      // Co-mentions over the entity's most recent CO_MENTION_SAMPLE articles, as the SQLite store counts them.
      this.rows<Row & { together: number; sampled: number }>(
        `WITH recent AS (SELECT ae.article FROM article_entities ae JOIN articles a ON a.rid = ae.article WHERE ae.entity_id = $1
                         GROUP BY ae.article, a.date ORDER BY a.date DESC NULLS LAST, ae.article DESC LIMIT ${CO_MENTION_SAMPLE}),
              together AS (SELECT o.entity_id, count(DISTINCT o.article)::int AS together FROM article_entities o
                           WHERE o.article IN (SELECT article FROM recent) AND o.entity_id <> $1 GROUP BY o.entity_id)
         SELECT e.*, t.together, (SELECT count(*)::int FROM recent) AS sampled FROM together t JOIN entities e ON e.id = t.entity_id
         ORDER BY t.together DESC, e.mention_count DESC, e.id LIMIT 20`,
        [id],
      ),
      this.rows<EntityDossier['articles'][number]>(
        `SELECT a.id, a.title, a.date, sum(ae.mentions)::int AS mentions FROM article_entities ae JOIN articles a ON a.rid = ae.article
         WHERE ae.entity_id = $1 GROUP BY a.rid ORDER BY a.date DESC NULLS LAST, a.rid DESC LIMIT ${PAGE_ARTICLES}`,
        [id],
      ),
    ]);
    const aliasList = aliases.map((x) => x.alias);
    const full = entityFromRow(e, aliasList);
    return {
      ...summaryFromRow(e),
      aliases: aliasList,
      roles: roleSpans(roleStatements),
      geo: full.geo,
      codes: full.codes,
      quoteCount: e['quote_count'] as number,
      quotes: quotes.items,
      coMentions: sample.map((c) => ({ ...summaryFromRow(c), together: c.together })),
      coMentionArticles: sample[0]?.sampled ?? 0,
      articles,
      timeline: timelineFromRow(e),
    };
  }

  async listQuotes(filter: { speaker?: string; q?: string; limit?: number; offset?: number }): Promise<{ total: number; items: QuoteRecord[] }> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (filter.speaker) {
      params.push(filter.speaker);
      where.push(`q.speaker_entity = $${params.length}`);
    }
    if (filter.q) {
      params.push(`%${likeLiteral(filter.q)}%`);
      where.push(`q.text ILIKE $${params.length}`);
    }
    const w = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const n = params.length;
    const [total, rows] = await Promise.all([
      this.rows<{ n: number }>(`SELECT count(*)::int AS n FROM quotes q ${w}`, params),
      this.rows(
        `SELECT q.*, a.id AS article_id, a.title AS article_title, a.date AS article_date FROM quotes q
         JOIN articles a ON a.rid = q.article ${w} ORDER BY ${filter.speaker ? 'q.date' : 'a.date'} DESC NULLS LAST, q.article DESC, q.start, q.seq
         LIMIT $${n + 1} OFFSET $${n + 2}`,
        [...params, clampLimit(filter.limit, 50), Math.max(0, Math.floor(filter.offset ?? 0))],
      ),
    ]);
    return {
      total: total[0]!.n,
      items: rows.map(quoteRecordFromRow),
    };
  }

  async listSources(filter: { limit?: number }): Promise<SourceSummary[]> {
    return this.rows<SourceSummary>(
      `SELECT min(c.source) AS source, max(c.entity_id) AS entity, count(*)::int AS citations, count(DISTINCT c.article)::int AS articles,
              min(coalesce(c.date, a.date)) AS first, max(coalesce(c.date, a.date)) AS last
       FROM citations c JOIN articles a ON a.rid = c.article WHERE c.source IS NOT NULL
       GROUP BY lower(c.source) ORDER BY citations DESC, lower(c.source) LIMIT $1`,
      [clampLimit(filter.limit, 100)],
    );
  }

  async places(filter: { limit?: number }): Promise<(EntitySummary & { geo: NonNullable<Entity['geo']> })[]> {
    const rows = await this.rows(
      'SELECT * FROM entities WHERE lat IS NOT NULL AND lon IS NOT NULL ORDER BY mention_count DESC, id LIMIT $1',
      [clampLimit(filter.limit, 500, 5000)],
    );
    return rows.map((r) => ({
      ...summaryFromRow(r),
      geo: { lat: r['lat'] as number, lon: r['lon'] as number, geonameId: r['geoname_id'] as number | null },
    }));
  }

  async graph(query: GraphQuery): Promise<GraphData> {
    const limit = clampLimit(query.limit, 300, 5000);
    const nodes = query.type?.length
      ? await this.rows('SELECT * FROM entities WHERE type = ANY($1::text[]) ORDER BY mention_count DESC, id LIMIT $2', [query.type, limit])
      : await this.rows('SELECT * FROM entities ORDER BY mention_count DESC, id LIMIT $1', [limit]);
    const ids = nodes.map((n) => n['id'] as string);
    if (ids.length === 0) return { nodes: [], edges: [] };
    const minWeight = Math.max(1, Math.floor(query.minWeight ?? 1));
    const [coMentions, quoteLinks] = await Promise.all([
      this.rows<{ s: string; t: string; w: number }>(
        `SELECT a.entity_id AS s, b.entity_id AS t, count(*)::int AS w FROM article_entities a
         JOIN article_entities b ON b.article = a.article AND a.entity_id < b.entity_id
         WHERE a.entity_id = ANY($1::text[]) AND b.entity_id = ANY($1::text[])
         GROUP BY a.entity_id, b.entity_id HAVING count(*) >= $2 ORDER BY w DESC, s, t LIMIT 20000`,
        [ids, minWeight],
      ),
      // A quote link: a speaker quoted in an article that mentions the other entity inside the quote's span.
      this.rows<{ s: string; t: string; w: number }>(
        `SELECT q.speaker_entity AS s, m.entity_id AS t, count(*)::int AS w FROM quotes q
         JOIN mentions m ON m.article = q.article AND m.start >= q.start AND m."end" <= q."end"
         WHERE q.speaker_entity = ANY($1::text[]) AND m.entity_id = ANY($1::text[]) AND m.entity_id <> q.speaker_entity
         GROUP BY q.speaker_entity, m.entity_id LIMIT 5000`,
        [ids],
      ),
    ]);
    return {
      nodes: nodes.map(summaryFromRow),
      edges: [
        ...coMentions.map((e) => ({ source: e.s, target: e.t, weight: e.w, kind: 'co-mention' as const })),
        ...quoteLinks.map((e) => ({ source: e.s, target: e.t, weight: e.w, kind: 'quote' as const })),
      ],
    };
  }

  async stats(): Promise<StoreStats> {
    const [s] = await this.rows<StoreStats>(
      `SELECT (SELECT count(*)::int FROM articles) AS articles,
              (SELECT count(*)::int FROM entities) AS entities,
              (SELECT count(*)::int FROM mentions) AS mentions,
              (SELECT count(*)::int FROM quotes) AS quotes,
              (SELECT count(*)::int FROM citations) AS citations,
              (SELECT count(*)::int FROM quantities) AS quantities,
              (SELECT coalesce(sum(octet_length(body)), 0)::float8 FROM articles) AS "bodyBytes",
              (SELECT min(date) FROM articles) AS "firstDate",
              (SELECT max(date) FROM articles) AS "lastDate"`,
    );
    return s!;
  }

  private closed = false;

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pool.end();
  }
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}


/** The URL without its password, for error messages. */
function redact(url: string): string {
  return url.replace(/(\/\/[^:/@]+):[^@]*@/, '$1:***@');
}

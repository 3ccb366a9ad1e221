// The embedded store: one SQLite file (WAL), FTS5 search with bm25 and highlighted snippets,
// every fact in a table keyed by article and offsets. Each article is written in one transaction.
import Database from 'better-sqlite3';
import type { DateBasis, Entity, Extraction } from '../../model/extraction.js';
import { parseQuery, toFts5 } from '../../query/parse.js';
import { compileHighlighter, makeSnippet } from '../../query/snippet.js';
import { isSingleToken, keysOf, loneSurnameKey, newEntityId, surnameKey } from '../../resolve/index.js';
import {
  QueryError,
  type EntityDossier,
  type EntityFilter,
  type EntitySummary,
  type FacetCount,
  type GraphData,
  type GraphQuery,
  type BatchOutcome,
  type QuoteRecord,
  type SaveOutcome,
  type SearchQuery,
  type SearchResult,
  type SourceSummary,
  type Store,
  type StoreStats,
} from '../types.js';
import { entityCounters, mentionCounts, type EntityCounter } from '../counters.js';
import { migrations } from './migrations.js';
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
  sentencesFromRow,
  magnitude,
  quoteRecordFromRow,
  roleSpans,
  summaryFromRow,
  timelineFromRow,
  type Row,
} from '../rows.js';
import { checkDate, clampLimit } from '../params.js';

type Db = Database.Database;

/** Facets count over at most this many matching articles. */
const FACET_SAMPLE = 1000;
/** The entity page counts co-mentions over at most this many of the entity’s most recent articles. */
const CO_MENTION_SAMPLE = 200;
/** The entity page lists this many of the latest articles and quotes; the paged endpoints have the rest. */
const PAGE_ARTICLES = 50;
const PAGE_QUOTES = 20;
/**
 * Pages the WAL may hold before a checkpoint copies them into the database (SQLite's default is 1,000).
 * Every save rewrites the tail pages of a dozen append-only tables and the rows of popular entities: a
 * longer interval copies each such page once per checkpoint instead of once per few articles.
 */
const WAL_CHECKPOINT_PAGES = 8000;
/** Most-mentioned first. The magnitude (bit length of the count) leads so the rank indexes serve the order. */
const BY_MENTIONS = 'mention_magnitude DESC, mention_count DESC, name';
/**
 * The entities in that order, unfiltered: walk the magnitude index from the top (the planner, seeing one
 * huge low bucket, would rather sort the whole table). A filter that drops most rows is better scanned.
 */
const RANKED_ENTITIES = 'entities INDEXED BY entities_magnitude';

export async function openSqliteStore(path: string, opts: { cacheMB?: number } = {}): Promise<Store> {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  // A page cache (32 MB unless asked) and no mmap: file pages mapped into the process would count
  // against the ingest's memory budget, and the page cache serves search just as well.
  db.pragma(`cache_size = -${Math.round((opts.cacheMB ?? 32) * 1024)}`);
  db.pragma(`wal_autocheckpoint = ${WAL_CHECKPOINT_PAGES}`);
  return new SqliteStore(db);
}

class SqliteStore implements Store {
  private writer: Writer | null = null;

  constructor(private readonly db: Db) {}

  async migrate(): Promise<void> {
    const version = this.db.pragma('user_version', { simple: true }) as number;
    if (version > migrations.length) {
      throw new Error(`the database schema is version ${version}, newer than this Dossier (${migrations.length}); upgrade Dossier`);
    }
    for (let v = version; v < migrations.length; v++) {
      this.db.transaction(() => {
        this.db.exec(migrations[v]!);
        this.db.pragma(`user_version = ${v + 1}`);
      })();
    }
  }

  async hasArticle(id: string): Promise<boolean> {
    return this.cached('SELECT 1 FROM articles WHERE id = ?').get(id) !== undefined;
  }

  async save(ex: Extraction): Promise<SaveOutcome> {
    const [outcome] = await this.saveBatch([ex]);
    if (outcome instanceof Error) throw outcome;
    return outcome!;
  }

  async saveBatch(extractions: readonly Extraction[]): Promise<BatchOutcome[]> {
    this.writer ??= new Writer(this.db);
    return this.writer.saveBatch(extractions);
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    const started = performance.now();
    const limit = clampLimit(query.limit, 20);
    const offset = Math.max(0, Math.floor(query.offset ?? 0));
    const clauses = parseQuery(query.text ?? '');
    const where: string[] = [];
    const params: unknown[] = [];
    const fts = clauses.length > 0;
    if (fts) {
      where.push('articles_fts MATCH ?');
      params.push(toFts5(clauses));
    }
    if (query.from) {
      where.push('a.date >= ?');
      params.push(checkDate(query.from, 'from'));
    }
    if (query.to) {
      where.push('a.date <= ?');
      // '~' sorts after any date character, so a partial bound ("2004") includes all of 2004.
      params.push(`${checkDate(query.to, 'to')}~`);
    }
    for (const id of query.entity ?? []) {
      where.push('a.rowid IN (SELECT article FROM article_entities WHERE entity_id = ?)');
      params.push(id);
    }
    if (query.type?.length) {
      // Types are few and unselective: check each candidate article's own rows (its primary-key range).
      where.push(`EXISTS (SELECT 1 FROM article_entities t WHERE t.article = a.rowid AND t.type IN (${marks(query.type)}))`);
      params.push(...query.type);
    }
    if (query.country?.length) {
      where.push(`a.rowid IN (SELECT article FROM article_entities WHERE country IN (${marks(query.country)}))`);
      params.push(...query.country);
    }
    for (const s of query.source ?? []) {
      where.push('a.rowid IN (SELECT article FROM citations WHERE source = ? COLLATE NOCASE)');
      params.push(s);
    }
    const from = fts ? 'articles_fts JOIN articles a ON a.rowid = articles_fts.rowid' : 'articles a';
    const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const matchOnly = fts && where.length === 1;
    // Ranking is the expensive part: rank only the page shown; facets and the total come from the
    // unranked match set (capped), and snippets are cut from the page's bodies in JS.
    const order = fts ? 'articles_fts.rank' : 'a.date DESC, a.rowid DESC';
    try {
      const pageSql = matchOnly
        ? 'SELECT rowid AS r, rank AS score FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rank LIMIT ? OFFSET ?'
        : `SELECT a.rowid AS r, ${fts ? 'articles_fts.rank' : '0'} AS score FROM ${from} ${whereSql} ORDER BY ${order} LIMIT ? OFFSET ?`;
      const page = this.cached(pageSql).all(...params, limit, offset) as { r: number; score: number }[];
      const matchSql = matchOnly
        ? 'SELECT rowid AS r FROM articles_fts WHERE articles_fts MATCH ? LIMIT ?'
        : `SELECT a.rowid AS r FROM ${from} ${whereSql} LIMIT ?`;
      const matched = this.cached(matchSql).pluck().all(...params, FACET_SAMPLE) as number[];
      const countSql = matchOnly ? 'SELECT count(*) AS n FROM articles_fts WHERE articles_fts MATCH ?' : `SELECT count(*) AS n FROM ${from} ${whereSql}`;
      const total = matched.length < FACET_SAMPLE ? matched.length : (this.cached(countSql).get(...params) as { n: number }).n;
      const highlighter = compileHighlighter(clauses);
      const row = this.cached('SELECT id, title, date, date_basis, publication, source, body FROM articles WHERE rowid = ?');
      const facets = this.facets(JSON.stringify(matched));
      return {
        total,
        hits: page.map((p) => {
          const h = row.get(p.r) as Row;
          return {
            id: h['id'] as string,
            title: h['title'] as string | null,
            date: h['date'] as string | null,
            dateBasis: h['date_basis'] as DateBasis,
            publication: h['publication'] as string | null,
            source: h['source'] as string,
            snippet: makeSnippet(h['body'] as string, highlighter),
            score: -p.score,
          };
        }),
        facets,
        tookMs: performance.now() - started,
      };
    } catch (err) {
      if (err instanceof Database.SqliteError && /fts5|syntax/i.test(err.message)) throw new QueryError(`the query cannot be searched: ${err.message}`);
      throw err;
    }
  }

  private readonly statements = new Map<string, Database.Statement>();
  private cached(sql: string): Database.Statement {
    let st = this.statements.get(sql);
    if (!st) {
      st = this.db.prepare(sql);
      this.statements.set(sql, st);
    }
    return st;
  }

  /**
   * Facet counts over the given article rowids (a JSON array): how many of those articles name each entity,
   * type and country, counted here from one short row per article (faster than GROUP BY on text keys).
   */
  private facets(rowids: string): SearchResult['facets'] {
    const rows = this.cached('SELECT ids, types, countries FROM article_entity_sets WHERE article IN (SELECT value FROM json_each(?))')
      .raw()
      .all(rowids) as [string, string, string][];
    const entities = new Map<string, number>();
    const types = new Map<string, number>();
    const countries = new Map<string, number>();
    const bump = (m: Map<string, number>, list: string) => {
      if (list) for (const k of list.split(',')) m.set(k, (m.get(k) ?? 0) + 1);
    };
    for (const [ids, t, c] of rows) {
      bump(entities, ids);
      bump(types, t);
      bump(countries, c);
    }
    const topEntities = mostFrequent(entities, 15, rows.length);
    const names = new Map(
      (this.cached('SELECT id, name FROM entities WHERE id IN (SELECT value FROM json_each(?))').raw().all(JSON.stringify(topEntities.map(([id]) => id))) as [string, string][]),
    );
    const entity: FacetCount[] = topEntities.map(([value, count]) => ({ value, label: names.get(value) ?? value, count }));
    const sources = this.cached(`SELECT min(source) AS source, count(DISTINCT article) AS c FROM citations
        WHERE article IN (SELECT value FROM json_each(?)) AND source IS NOT NULL GROUP BY source COLLATE NOCASE ORDER BY c DESC LIMIT 15`)
      .all(rowids) as Row[];
    const top = (m: Map<string, number>): FacetCount[] =>
      [...m].sort((a, b) => b[1] - a[1]).slice(0, 15).map(([value, count]) => ({ value, label: value, count }));
    return {
      entity,
      type: top(types),
      country: top(countries),
      source: sources.map((s) => ({ value: s['source'] as string, label: s['source'] as string, count: s['c'] as number })),
    };
  }

  async getArticle(id: string): Promise<(Extraction & { entityIds: Record<string, string> }) | null> {
    const a = this.db.prepare('SELECT * FROM articles WHERE id = ?').get(id) as Row | undefined;
    if (!a) return null;
    const r = a['rowid'] as number;
    const entityIds: Record<string, string> = {};
    const localEntities = this.db
      .prepare(`SELECT ae.local_id, e.* FROM article_entities ae JOIN entities e ON e.id = ae.entity_id WHERE ae.article = ? ORDER BY ae.local_id`)
      .all(r) as Row[];
    const aliasStmt = this.db.prepare('SELECT alias FROM entity_aliases WHERE entity_id = ?').pluck();
    const roleStmt = this.db.prepare('SELECT title, "of", date FROM roles WHERE entity_id = ? AND article = ?');
    const entities: Entity[] = localEntities.map((e) => {
      entityIds[e['local_id'] as string] = e['id'] as string;
      return {
        ...entityFromRow(e, aliasStmt.all(e['id']) as string[]),
        id: e['local_id'] as string,
        roles: roleStmt.all(e['id'], r) as Entity['roles'],
      };
    });
    entities.sort((x, y) => Number(x.id.slice(1)) - Number(y.id.slice(1)));
    const rows = (table: string) => this.db.prepare(`SELECT * FROM ${table} WHERE article = ? ORDER BY start`).all(r) as Row[];
    return {
      article: articleFromRow(a),
      sentences: sentencesFromRow(a),
      entities,
      mentions: rows('mentions').map(mentionFromRow),
      quotes: rows('quotes').map(quoteFromRow),
      citations: rows('citations').map(citationFromRow),
      quantities: rows('quantities').map(quantityFromRow),
      dates: rows('dates').map(dateFromRow),
      events: eventsFromRow(a),
      entityIds,
    };
  }

  async listEntities(filter: EntityFilter): Promise<{ total: number; items: EntitySummary[] }> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (filter.q) {
      where.push(`(name LIKE ? ESCAPE '\\' OR id IN (SELECT entity_id FROM entity_aliases WHERE alias LIKE ? ESCAPE '\\'))`);
      const like = `%${likeLiteral(filter.q)}%`;
      params.push(like, like);
    }
    if (filter.type?.length) {
      where.push(`type IN (${marks(filter.type)})`);
      params.push(...filter.type);
    }
    if (filter.country?.length) {
      where.push(`country IN (${marks(filter.country)})`);
      params.push(...filter.country);
    }
    const w = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const total = (this.db.prepare(`SELECT count(*) AS n FROM entities ${w}`).get(...params) as { n: number }).n;
    const items = this.db
      .prepare(`SELECT * FROM ${where.length ? 'entities' : RANKED_ENTITIES} ${w} ORDER BY ${BY_MENTIONS} LIMIT ? OFFSET ?`)
      .all(...params, clampLimit(filter.limit, 50), Math.max(0, filter.offset ?? 0)) as Row[];
    return { total, items: items.map(summaryFromRow) };
  }

  async getEntity(idOrName: string): Promise<EntityDossier | null> {
    let e = this.cached('SELECT * FROM entities WHERE id = ?').get(idOrName) as Row | undefined;
    e ??= this.cached(`SELECT e.* FROM entities e WHERE e.name = ? COLLATE NOCASE
                 OR e.id IN (SELECT entity_id FROM entity_aliases WHERE alias = ? COLLATE NOCASE)
                 ORDER BY (e.name = ? COLLATE NOCASE) DESC, e.mention_count DESC LIMIT 1`)
      .get(idOrName, idOrName, idOrName) as Row | undefined;
    // A person by surname alone ("Lukashenka"), when the text only ever gave the full name.
    e ??= this.cached(`SELECT * FROM entities WHERE type = 'PERSON' AND name LIKE '% ' || ? ESCAPE '\\' COLLATE NOCASE
                 ORDER BY mention_count DESC, id LIMIT 1`)
      .get(likeLiteral(idOrName)) as Row | undefined;
    if (!e) return null;
    const id = e['id'] as string;
    const aliases = this.cached('SELECT alias FROM entity_aliases WHERE entity_id = ? ORDER BY alias').pluck().all(id) as string[];
    const roles = roleSpans(
      this.cached(`SELECT r.title, r."of", r.date, a.id AS articleId FROM roles r JOIN articles a ON a.rowid = r.article
                   WHERE r.entity_id = ? ORDER BY r.date, r.article`).all(id) as Parameters<typeof roleSpans>[0],
    );
    const quotes = (await this.listQuotes({ speaker: id, limit: PAGE_QUOTES })).items;
    const { coMentions, sampled } = this.coMentions(id);
    const full = entityFromRow(e, aliases);
    return {
      ...summaryFromRow(e),
      aliases,
      roles,
      geo: full.geo,
      codes: full.codes,
      quoteCount: e['quote_count'] as number,
      quotes,
      coMentions,
      coMentionArticles: sampled,
      articles: this.latestArticles(id),
      timeline: timelineFromRow(e),
    };
  }

  /**
   * Co-mentions over the entity's most recent CO_MENTION_SAMPLE articles: exact for most entities, and a
   * bounded cost (one short row per article) for the few, a country or a wire service, in thousands.
   */
  private coMentions(id: string): { coMentions: EntityDossier['coMentions']; sampled: number } {
    const sets = this.cached(`SELECT ids FROM article_entity_sets WHERE article IN
        (SELECT article FROM article_entities WHERE entity_id = ? ORDER BY date DESC, article DESC LIMIT ?)`)
      .pluck()
      .all(id, CO_MENTION_SAMPLE) as string[];
    const together = new Map<string, number>();
    for (const set of sets) for (const other of set.split(',')) if (other !== id) together.set(other, (together.get(other) ?? 0) + 1);
    const top = mostFrequent(together, 40, sets.length);
    const details = new Map(
      (this.cached('SELECT * FROM entities WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify(top.map(([o]) => o))) as Row[]).map((r) => [r['id'] as string, r]),
    );
    const coMentions = top
      .map(([o, n]) => ({ ...summaryFromRow(details.get(o)!), together: n }))
      .sort((a, b) => b.together - a.together || b.mentionCount - a.mentionCount)
      .slice(0, 20);
    return { coMentions, sampled: sets.length };
  }

  /** The entity's PAGE_ARTICLES latest articles, read from the head of its index (an article may hold it twice). */
  private latestArticles(id: string): EntityDossier['articles'] {
    const mentions = new Map<number, number>();
    for (const [article, n] of this.cached('SELECT article, mentions FROM article_entities WHERE entity_id = ? ORDER BY date DESC, article DESC')
      .raw()
      .iterate(id) as IterableIterator<[number, number]>) {
      if (!mentions.has(article) && mentions.size === PAGE_ARTICLES) break;
      mentions.set(article, (mentions.get(article) ?? 0) + n);
    }
    const rows = this.cached('SELECT rowid, id, title, date FROM articles WHERE rowid IN (SELECT value FROM json_each(?))')
      .all(JSON.stringify([...mentions.keys()])) as { rowid: number; id: string; title: string | null; date: string | null }[];
    const byRowid = new Map(rows.map((r) => [r.rowid, r]));
    return [...mentions].map(([rowid, n]) => {
      const a = byRowid.get(rowid)!;
      return { id: a.id, title: a.title, date: a.date, mentions: n };
    });
  }

  async listQuotes(filter: { speaker?: string; q?: string; limit?: number; offset?: number }): Promise<{ total: number; items: QuoteRecord[] }> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (filter.speaker) {
      where.push('q.speaker_entity = ?');
      params.push(filter.speaker);
    }
    if (filter.q) {
      where.push(`q.text LIKE ? ESCAPE '\\'`);
      params.push(`%${likeLiteral(filter.q)}%`);
    }
    const w = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const total = (this.cached(`SELECT count(*) AS n FROM quotes q ${w}`).get(...params) as { n: number }).n;
    // Latest first. A speaker's quotes come in the order of their (speaker, date, article) index; all quotes
    // by the articles' date index.
    const order = filter.speaker ? 'q.date DESC, q.article DESC, q.start' : 'a.date DESC, q.article DESC, q.start';
    const rows = this.cached(`SELECT q.*, a.id AS article_id, a.title AS article_title, a.date AS article_date FROM quotes q
                JOIN articles a ON a.rowid = q.article ${w} ORDER BY ${order} LIMIT ? OFFSET ?`)
      .all(...params, clampLimit(filter.limit, 50), Math.max(0, filter.offset ?? 0)) as Row[];
    return { total, items: rows.map(quoteRecordFromRow) };
  }

  async listSources(filter: { limit?: number }): Promise<SourceSummary[]> {
    const rows = this.db
      .prepare(`SELECT min(c.source) AS source, max(c.entity_id) AS entity, count(*) AS citations, count(DISTINCT c.article) AS articles,
                       min(coalesce(c.date, a.date)) AS first, max(coalesce(c.date, a.date)) AS last
                FROM citations c JOIN articles a ON a.rowid = c.article WHERE c.source IS NOT NULL
                GROUP BY c.source COLLATE NOCASE ORDER BY citations DESC LIMIT ?`)
      .all(clampLimit(filter.limit, 100)) as Row[];
    return rows.map((r) => ({
      source: r['source'] as string,
      entity: r['entity'] as string | null,
      citations: r['citations'] as number,
      articles: r['articles'] as number,
      first: r['first'] as string | null,
      last: r['last'] as string | null,
    }));
  }

  async places(filter: { limit?: number }): Promise<(EntitySummary & { geo: NonNullable<Entity['geo']> })[]> {
    const rows = this.db
      .prepare(`SELECT * FROM entities WHERE lat IS NOT NULL AND lon IS NOT NULL ORDER BY ${BY_MENTIONS} LIMIT ?`)
      .all(clampLimit(filter.limit, 500, 5000)) as Row[];
    return rows.map((r) => ({
      ...summaryFromRow(r),
      geo: { lat: r['lat'] as number, lon: r['lon'] as number, geonameId: r['geoname_id'] as number | null },
    }));
  }

  async graph(query: GraphQuery): Promise<GraphData> {
    const limit = clampLimit(query.limit, 300, 5000);
    const typeFilter = query.type?.length ? `AND type IN (${marks(query.type)})` : '';
    const nodes = this.db
      .prepare(`SELECT * FROM ${query.type?.length ? 'entities' : RANKED_ENTITIES} WHERE 1 ${typeFilter} ORDER BY ${BY_MENTIONS} LIMIT ?`)
      .all(...(query.type ?? []), limit) as Row[];
    const ids = nodes.map((n) => n['id'] as string);
    if (ids.length === 0) return { nodes: [], edges: [] };
    this.db.exec('CREATE TEMP TABLE IF NOT EXISTS graph_nodes (id TEXT PRIMARY KEY) WITHOUT ROWID; DELETE FROM graph_nodes;');
    const ins = this.db.prepare('INSERT OR IGNORE INTO graph_nodes VALUES (?)');
    this.db.transaction(() => ids.forEach((i) => ins.run(i)))();
    const minWeight = Math.max(1, Math.floor(query.minWeight ?? 1));
    const coMentions = this.coMentionEdges(ids, minWeight);
    // A quote link: a speaker quoted in an article that mentions the other entity inside the quote's span.
    const quoteLinks = this.db
      .prepare(`SELECT q.speaker_entity AS s, m.entity_id AS t, count(*) AS w FROM quotes q
                JOIN mentions m ON m.article = q.article AND m.start >= q.start AND m."end" <= q."end"
                WHERE q.speaker_entity IN (SELECT id FROM graph_nodes) AND m.entity_id IN (SELECT id FROM graph_nodes)
                  AND m.entity_id <> q.speaker_entity
                GROUP BY q.speaker_entity, m.entity_id LIMIT 5000`)
      .all() as Row[];
    return {
      nodes: nodes.map(summaryFromRow),
      edges: [
        ...coMentions,
        ...quoteLinks.map((e) => ({ source: e['s'] as string, target: e['t'] as string, weight: e['w'] as number, kind: 'quote' as const })),
      ],
    };
  }

  /**
   * Co-mention edges among the given entities: in how many articles each pair appears together. One pass
   * over the articles' entity sets (one short row each), counting in memory; the heaviest edges first.
   */
  private coMentionEdges(ids: string[], minWeight: number): GraphData['edges'] {
    const index = new Map(ids.map((id, i) => [id, i]));
    const n = ids.length;
    const weights = new Map<number, number>();
    const present: number[] = [];
    for (const set of this.cached('SELECT ids FROM article_entity_sets').pluck().iterate() as IterableIterator<string>) {
      present.length = 0;
      for (const id of set.split(',')) {
        const i = index.get(id);
        if (i !== undefined) present.push(i);
      }
      for (let x = 0; x < present.length; x++) {
        for (let y = x + 1; y < present.length; y++) {
          // Each pair once, named in id order as source and target.
          const [a, b] = ids[present[x]!]! < ids[present[y]!]! ? [present[x]!, present[y]!] : [present[y]!, present[x]!];
          const key = a * n + b;
          weights.set(key, (weights.get(key) ?? 0) + 1);
        }
      }
    }
    return [...weights]
      .filter(([, w]) => w >= minWeight)
      .sort((p, q) => q[1] - p[1])
      .slice(0, 20000)
      .map(([key, w]) => ({ source: ids[Math.floor(key / n)]!, target: ids[key % n]!, weight: w, kind: 'co-mention' as const }));
  }

  async stats(): Promise<StoreStats> {
    const one = (sql: string) => (this.db.prepare(sql).get() as { n: number | string | null }).n;
    return {
      articles: one('SELECT count(*) AS n FROM articles') as number,
      entities: one('SELECT count(*) AS n FROM entities') as number,
      mentions: one('SELECT count(*) AS n FROM mentions') as number,
      quotes: one('SELECT count(*) AS n FROM quotes') as number,
      citations: one('SELECT count(*) AS n FROM citations') as number,
      quantities: one('SELECT count(*) AS n FROM quantities') as number,
      bodyBytes: (one('SELECT coalesce(sum(length(CAST(body AS BLOB))), 0) AS n FROM articles') as number) ?? 0,
      firstDate: one('SELECT min(date) AS n FROM articles') as string | null,
      lastDate: one('SELECT max(date) AS n FROM articles') as string | null,
    };
  }

  async close(): Promise<void> {
    if (this.db.open) {
      this.db.pragma('optimize');
      this.db.close();
    }
  }
}

/** How surnameKey() keys begin (name keys begin with their type and a bar). */
const SURNAME_KEY_PREFIX = 'PERSON~';
/** Caches above this many entries start over: a bound on the ingest's memory, whatever the corpus. */
const CACHE_LIMIT = 50_000;

/**
 * The write path: one IMMEDIATE transaction per batch of articles and a savepoint per article inside it,
 * with statements prepared once. A commit writes every page the batch dirtied (the tails of the fact
 * tables, the entity rows and index pages, a new full-text segment) once, however many articles share
 * them; that page traffic, not the rows, was most of a one-article transaction's cost.
 * What a save already knows is not asked again: lookup keys that can no longer change (a name key once
 * written, an ambiguous surname) and aliases already stored are remembered for the life of the store. A
 * key another process may still change (a surname held by one person) is always read from the database.
 */
class Writer {
  private readonly settledKeys = new Map<string, string | null>();
  private readonly knownAliases = new Set<string>();
  private readonly st;
  readonly saveBatch: (extractions: readonly Extraction[]) => BatchOutcome[];

  constructor(db: Db) {
    // Called inside the batch's transaction, better-sqlite3 makes this a savepoint: a failing article
    // rolls back alone.
    const article = db.transaction((ex: Extraction, totals: EntityTotals): SaveOutcome => this.write(ex, totals));
    const batch = db.transaction((extractions: readonly Extraction[]): BatchOutcome[] => {
      const totals = new EntityTotals();
      const outcomes = extractions.map((ex): BatchOutcome => {
        // An article's counts join the batch's only once its savepoint is released.
        const own = new EntityTotals();
        try {
          const outcome = article(ex, own);
          totals.merge(own);
          return outcome;
        } catch (err) {
          this.forget();
          // An error SQLite answered by rolling back the whole transaction (a full disk) fails the batch.
          if (!db.inTransaction) throw err;
          return err instanceof Error ? err : new Error(String(err));
        }
      });
      this.applyTotals(totals);
      return outcomes;
    });
    this.saveBatch = (extractions) => {
      try {
        return batch.immediate(extractions);
      } catch (err) {
        this.forget();
        throw err;
      }
    };
    this.st = {
      exists: db.prepare('SELECT 1 FROM articles WHERE id = ?'),
      article: db.prepare(`INSERT INTO articles (id, source, publication, volume, issue, title, date, date_basis, language, url, body, sentences, events, ingested_at)
                           VALUES (@id, @source, @publication, @volume, @issue, @title, @date, @dateBasis, @language, @url, @body, @sentences, @events, @ingestedAt)`),
      fts: db.prepare('INSERT INTO articles_fts (rowid, title, body) VALUES (?, ?, ?)'),
      findKey: db.prepare('SELECT entity_id FROM entity_keys WHERE key = ?').raw(),
      putKey: db.prepare('INSERT OR IGNORE INTO entity_keys (key, entity_id) VALUES (?, ?)'),
      poisonKey: db.prepare('UPDATE entity_keys SET entity_id = NULL WHERE key = ? AND entity_id IS NOT NULL'),
      newEntity: db.prepare(`INSERT OR IGNORE INTO entities (id, type, name, country, lat, lon, geoname_id, codes) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`),
      // The counters and one month's timeline entry of one entity; the magnitude is written only when it changes.
      count: db.prepare(`UPDATE entities SET country = coalesce(country, @country), lat = coalesce(lat, @lat), lon = coalesce(lon, @lon),
                           geoname_id = coalesce(geoname_id, @geonameId), mention_count = mention_count + @mentions, article_count = article_count + @articles,
                           quote_count = quote_count + @quotes,
                           timeline = CASE WHEN @month IS NULL THEN timeline ELSE json_set(timeline, @month, coalesce(timeline ->> @month, 0) + @monthMentions) END
                         WHERE id = @id RETURNING mention_count`).pluck(),
      // Further months of the same entity in one batch (a batch rarely spans a month's end).
      month: db.prepare('UPDATE entities SET timeline = json_set(timeline, @month, coalesce(timeline ->> @month, 0) + @monthMentions) WHERE id = @id'),
      magnitude: db.prepare('UPDATE entities SET mention_magnitude = ? WHERE id = ?'),
      alias: db.prepare('INSERT OR IGNORE INTO entity_aliases (entity_id, alias) VALUES (?, ?)'),
      articleEntity: db.prepare('INSERT INTO article_entities (article, local_id, entity_id, mentions, type, country, date) VALUES (?, ?, ?, ?, ?, ?, ?)'),
      entitySet: db.prepare('INSERT INTO article_entity_sets (article, ids, types, countries) VALUES (?, ?, ?, ?)'),
      role: db.prepare('INSERT INTO roles (entity_id, title, "of", date, article) VALUES (?, ?, ?, ?, ?)'),
      mention: db.prepare('INSERT INTO mentions (article, start, "end", text, type, local_id, entity_id) VALUES (?, ?, ?, ?, ?, ?, ?)'),
      quote: db.prepare(`INSERT INTO quotes (article, start, "end", text, kind, speaker_local, speaker_entity, speaker_text, speaker_start, speaker_end, cue, cue_start, cue_end, date)
                         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      citation: db.prepare('INSERT INTO citations (article, start, "end", raw, source, local_id, entity_id, date, malformed, form) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)'),
      quantity: db.prepare('INSERT INTO quantities (article, start, "end", text, value, value_max, unit, year, about) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)'),
      date: db.prepare('INSERT INTO dates (article, start, "end", text, date, precision, range_from, range_to) VALUES (?, ?, ?, ?, ?, ?, ?, ?)'),
    };
  }

  /** Writes a batch's entity counts, one row update per entity however many of its articles name it. */
  private applyTotals(totals: EntityTotals): void {
    const w = this.st;
    for (const [gid, t] of totals.byEntity) {
      let first: string | null = null;
      let firstMentions = 0;
      for (const [month, n] of t.months) {
        if (first === null) {
          first = month;
          firstMentions = n;
        } else w.month.run({ month, monthMentions: n, id: gid });
      }
      // json_set appends a new month, so the first month goes in before the others, as one by one.
      const total = w.count.get({ ...t.counter, articles: t.articles, month: first, monthMentions: firstMentions, id: gid }) as number;
      const m = magnitude(total);
      if (m !== magnitude(total - t.counter.mentions)) w.magnitude.run(m, gid);
    }
  }

  private write(ex: Extraction, totals: EntityTotals): SaveOutcome {
    const w = this.st;
    const a = ex.article;
    if (w.exists.get(a.id)) return 'duplicate';
    const r = Number(
      w.article.run({
        id: a.id,
        source: a.source,
        publication: a.publication,
        volume: a.volume,
        issue: a.issue,
        title: a.title,
        date: a.date,
        dateBasis: a.dateBasis,
        language: a.language,
        url: a.url ?? null,
        body: a.body,
        sentences: JSON.stringify(ex.sentences),
        events: JSON.stringify(ex.events),
        ingestedAt: new Date().toISOString(),
      }).lastInsertRowid,
    );
    w.fts.run(r, a.title ?? '', a.body);

    const mentionCount = mentionCounts(ex);
    const global = new Map<string, string>();
    for (const e of ex.entities) {
      const gid = this.resolve(e);
      global.set(e.id, gid);
      for (const n of [e.name, ...e.aliases]) this.alias(gid, n);
      for (const role of e.roles) w.role.run(gid, role.title, role.of, role.date ?? a.date, r);
      w.articleEntity.run(r, e.id, gid, mentionCount.get(e.id) ?? 0, e.type, e.country, a.date);
    }
    const g = (local: string | null | undefined) => (local ? (global.get(local) ?? null) : null);
    const counters = entityCounters(ex, global, mentionCount);
    totals.add(counters, a.date ? `$."${a.date.slice(0, 7)}"` : null);
    if (counters.size > 0) {
      const distinct = (values: (string | null)[]) => [...new Set(values.filter((v) => v !== null))].join(',');
      w.entitySet.run(r, [...counters.keys()].join(','), distinct(ex.entities.map((e) => e.type)), distinct(ex.entities.map((e) => e.country)));
    }
    for (const m of ex.mentions) w.mention.run(r, m.start, m.end, m.text, m.type, m.entity, g(m.entity));
    for (const q of ex.quotes) {
      w.quote.run(r, q.start, q.end, q.text, q.kind, q.speaker, g(q.speaker), q.speakerText, q.speakerStart ?? null, q.speakerEnd ?? null, q.cue, q.cueStart, q.cueEnd, a.date);
    }
    for (const c of ex.citations) w.citation.run(r, c.start, c.end, c.raw, c.source, c.entity ?? null, g(c.entity), c.date, c.malformed ? 1 : 0, c.form ?? null);
    for (const q of ex.quantities) w.quantity.run(r, q.start, q.end, q.text, q.value, q.valueMax ?? null, q.unit, q.year, q.about);
    for (const d of ex.dates) w.date.run(r, d.start, d.end, d.text, d.date, d.precision, d.range?.[0] ?? null, d.range?.[1] ?? null);
    return 'new';
  }

  /** Finds the global entity for an article's entity, creating it (and its lookup keys) when new. */
  private resolve(e: Entity): string {
    const keys = keysOf(e);
    let gid: string | null = null;
    for (const k of keys) {
      gid = this.lookup(k);
      if (gid) break;
    }
    const sKey = e.type === 'PERSON' ? surnameKey(e.name) : null;
    const single = isSingleToken(e.name);
    if (!gid && sKey && single) gid = this.lookup(sKey);
    // A full name's surname, unless already ambiguous: who holds it, read once for the takeover of a
    // surname met alone and for registering it below.
    const fullSurname = sKey && !single && this.settledKeys.get(sKey) !== null ? sKey : null;
    const holder = fullSurname ? (this.st.findKey.get(fullSurname) as [string | null] | undefined) : undefined;
    if (!gid && fullSurname && !holder) {
      const lone = loneSurnameKey(e.name);
      if (lone) gid = this.lookup(lone);
    }
    if (!gid) {
      gid = newEntityId(e.type, e.name);
      // The id hashes a name key, so an existing row with it is this same entity.
      this.st.newEntity.run(gid, e.type, e.name, e.country, e.geo?.lat ?? null, e.geo?.lon ?? null, e.geo?.geonameId ?? null, JSON.stringify(e.codes ?? {}));
    }
    for (const k of keys) {
      if (this.settledKeys.has(k)) continue;
      if (this.st.putKey.run(k, gid).changes === 1) this.remember(k, gid);
    }
    if (fullSurname) {
      // Register the surname; if another full-named person already holds it, it becomes ambiguous.
      if (!holder) this.st.putKey.run(fullSurname, gid);
      else if (holder[0] === null) this.remember(fullSurname, null);
      else if (holder[0] !== gid) {
        this.st.poisonKey.run(fullSurname);
        this.remember(fullSurname, null);
      }
    }
    return gid;
  }

  /** A key's entity, or null when absent or ambiguous. */
  private lookup(key: string): string | null {
    const settled = this.settledKeys.get(key);
    if (settled !== undefined) return settled;
    const row = this.st.findKey.get(key) as [string | null] | undefined;
    if (!row) return null;
    // A name key never changes once written; a surname key may still turn ambiguous, unless it already is.
    if (row[0] === null || !key.startsWith(SURNAME_KEY_PREFIX)) this.remember(key, row[0]);
    return row[0];
  }

  /** What was remembered may have been rolled back with a failed write: read everything afresh. */
  private forget(): void {
    this.settledKeys.clear();
    this.knownAliases.clear();
  }

  private remember(key: string, gid: string | null): void {
    if (this.settledKeys.size >= CACHE_LIMIT) this.settledKeys.clear();
    this.settledKeys.set(key, gid);
  }

  private alias(gid: string, alias: string): void {
    const k = `${gid}\u0000${alias}`;
    if (this.knownAliases.has(k)) return;
    this.st.alias.run(gid, alias);
    if (this.knownAliases.size >= CACHE_LIMIT) this.knownAliases.clear();
    this.knownAliases.add(k);
  }
}

/** What a batch's articles add to each entity row, summed so each row is updated once per batch. */
class EntityTotals {
  readonly byEntity = new Map<string, { counter: EntityCounter; articles: number; months: Map<string, number> }>();

  /** One article's counters; `month` is its JSON path in the timeline, null when the article is undated. */
  add(counters: ReadonlyMap<string, EntityCounter>, month: string | null): void {
    for (const [gid, c] of counters) {
      const t = this.byEntity.get(gid);
      if (!t) {
        this.byEntity.set(gid, { counter: { ...c }, articles: 1, months: month === null ? new Map() : new Map([[month, c.mentions]]) });
        continue;
      }
      addCounter(t.counter, c);
      t.articles++;
      if (month !== null) t.months.set(month, (t.months.get(month) ?? 0) + c.mentions);
    }
  }

  merge(other: EntityTotals): void {
    for (const [gid, o] of other.byEntity) {
      const t = this.byEntity.get(gid);
      if (!t) {
        this.byEntity.set(gid, o);
        continue;
      }
      addCounter(t.counter, o.counter);
      t.articles += o.articles;
      for (const [month, n] of o.months) t.months.set(month, (t.months.get(month) ?? 0) + n);
    }
  }
}

/** Adds counts; the first place data given wins, as coalesce does against the stored row. */
function addCounter(into: EntityCounter, c: EntityCounter): void {
  into.country ??= c.country;
  into.lat ??= c.lat;
  into.lon ??= c.lon;
  into.geonameId ??= c.geonameId;
  into.mentions += c.mentions;
  into.quotes += c.quotes;
}

/**
 * The k most frequent keys, most frequent first (ties in insertion order), without sorting the long tail:
 * counts are at most maxCount, so a histogram of them gives the cut-off count.
 */
function mostFrequent(counts: Map<string, number>, k: number, maxCount: number): [string, number][] {
  const histogram = new Array<number>(maxCount + 1).fill(0);
  for (const n of counts.values()) histogram[Math.min(n, maxCount)]!++;
  let cutoff = maxCount;
  for (let above = 0; cutoff > 1 && above + histogram[cutoff]! < k; cutoff--) above += histogram[cutoff]!;
  return [...counts].filter(([, n]) => n >= cutoff).sort((a, b) => b[1] - a[1]).slice(0, k);
}

function marks(values: readonly unknown[]): string {
  return values.map(() => '?').join(', ');
}


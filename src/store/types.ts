// The one interface every store implements (SQLite for a laptop, PostgreSQL for a team); both pass
// the same conformance suite in test/store-conformance.ts. Async so either backend fits.
import type { DateBasis, Entity, EntityType, Extraction, Quote, Role } from '../model/extraction.js';

export type SaveOutcome = 'new' | 'duplicate';
/** One article's outcome in a batch: stored, already known, or the reason it was not stored. */
export type BatchOutcome = SaveOutcome | Error;

export interface SearchQuery {
  /** Full-text query; words are ANDed, "quoted phrases" kept, a trailing * is a prefix. Empty = all. */
  text: string;
  limit?: number;
  offset?: number;
  /** Inclusive ISO dates on the publication date. */
  from?: string;
  to?: string;
  /** Facet filters: global entity ids the article mentions, entity types, country codes, cited sources. */
  entity?: string[];
  type?: EntityType[];
  country?: string[];
  source?: string[];
}

export interface FacetCount {
  value: string;
  label: string;
  count: number;
}

export interface SearchHit {
  id: string;
  title: string | null;
  date: string | null;
  /** Where the date comes from: an "inferred" date is read from the text, not stated by the source. */
  dateBasis: DateBasis;
  publication: string | null;
  source: string;
  /** Snippet of the body with matches wrapped in \u0002 … \u0003 (never HTML: the UI renders text). */
  snippet: string;
  score: number;
}

export interface SearchResult {
  total: number;
  hits: SearchHit[];
  facets: { entity: FacetCount[]; type: FacetCount[]; country: FacetCount[]; source: FacetCount[] };
  tookMs: number;
}

/** A cross-article entity: one per real-world thing, resolved at store time. */
export interface EntitySummary {
  id: string;
  type: EntityType;
  name: string;
  country: string | null;
  mentionCount: number;
  articleCount: number;
}

export interface EntityFilter {
  q?: string;
  type?: EntityType[];
  country?: string[];
  limit?: number;
  offset?: number;
}

/** One role of an entity across the corpus: every statement of the same title (of the same place) folded together. */
export interface RoleSpan extends Role {
  /** `date` is the earliest dated statement, this the latest. */
  lastDate: string | null;
  /** How many times the corpus states it. */
  count: number;
  /** The article of the earliest statement. */
  articleId: string;
}

export interface QuoteRecord extends Quote {
  articleId: string;
  articleTitle: string | null;
  articleDate: string | null;
  /** Global entity id of the speaker, when resolved. */
  speakerEntity: string | null;
}

/**
 * An entity's page. Long lists are cut to their latest items; the paged endpoints (quotes by speaker,
 * search by entity) hold the rest, and the counts say how many there are.
 */
export interface EntityDossier extends EntitySummary {
  aliases: string[];
  roles: RoleSpan[];
  geo: Entity['geo'];
  codes: Record<string, string>;
  /** All quotes the entity is the speaker of; `quotes` holds the latest of them. */
  quoteCount: number;
  quotes: QuoteRecord[];
  /** Counted over the entity's most recent articles (`coMentionArticles` of them). */
  coMentions: (EntitySummary & { together: number })[];
  coMentionArticles: number;
  /** The latest articles; `articleCount` says how many there are. */
  articles: { id: string; title: string | null; date: string | null; mentions: number }[];
  /** Mentions per month (YYYY-MM), for the timeline chart. */
  timeline: { period: string; count: number }[];
}

export interface SourceSummary {
  source: string;
  entity: string | null;
  citations: number;
  articles: number;
  first: string | null;
  last: string | null;
}

export interface StoreStats {
  articles: number;
  entities: number;
  mentions: number;
  quotes: number;
  citations: number;
  quantities: number;
  bodyBytes: number;
  firstDate: string | null;
  lastDate: string | null;
}

export interface GraphQuery {
  minWeight?: number;
  limit?: number;
  type?: EntityType[];
}

export interface GraphData {
  nodes: EntitySummary[];
  edges: { source: string; target: string; weight: number; kind: 'co-mention' | 'quote' }[];
}

export interface Store {
  /** Creates or upgrades the schema (versioned migrations). */
  migrate(): Promise<void>;
  hasArticle(id: string): Promise<boolean>;
  /** Stores one article and all its facts in one transaction; a known id is a duplicate. */
  save(extraction: Extraction): Promise<SaveOutcome>;
  /**
   * Stores several articles, in order, each one all or nothing: an article that fails is its Error in the
   * result and the others are stored. Every outcome is durable when the promise resolves; if the batch as
   * a whole cannot be written (the promise rejects), none of its articles is. Batches spread per-commit
   * work (index pages, search segments) over many articles. A store without it saves one by one.
   */
  saveBatch?(extractions: readonly Extraction[]): Promise<BatchOutcome[]>;
  search(query: SearchQuery): Promise<SearchResult>;
  getArticle(id: string): Promise<(Extraction & { entityIds: Record<string, string> }) | null>;
  listEntities(filter: EntityFilter): Promise<{ total: number; items: EntitySummary[] }>;
  /** By global id, or else the best match by name. */
  getEntity(idOrName: string): Promise<EntityDossier | null>;
  listQuotes(filter: { speaker?: string; q?: string; limit?: number; offset?: number }): Promise<{ total: number; items: QuoteRecord[] }>;
  listSources(filter: { limit?: number }): Promise<SourceSummary[]>;
  places(filter: { limit?: number }): Promise<(EntitySummary & { geo: NonNullable<Entity['geo']> })[]>;
  graph(query: GraphQuery): Promise<GraphData>;
  stats(): Promise<StoreStats>;
  close(): Promise<void>;
}

/** A query the store cannot run (bad syntax, bad date): the caller shows the message, HTTP answers 400. */
export class QueryError extends Error {
  override name = 'QueryError';
}

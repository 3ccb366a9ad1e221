// Request and response schemas of the HTTP API. One zod schema per shape: requests are parsed with
// them, responses checked against them, and the OpenAPI document is generated from the same objects.
import { z } from 'zod';
import { EntityType, Entity, Extraction, Quote, Role } from '../model/extraction.js';

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
  }, 'not a calendar date');

/** A query parameter that may repeat (?type=PERSON&type=ORG): always an array after parsing. */
function repeated<T extends z.ZodType>(item: T) {
  return z.preprocess(
    (value) => (value === undefined || value === '' ? undefined : Array.isArray(value) ? value.filter((v) => v !== '') : [value]),
    z.array(item).optional(),
  );
}

function pageLimit(max: number) {
  return z.coerce.number({ error: 'must be a number' }).int('must be an integer').min(1).max(max).optional();
}
const pageOffset = z.coerce.number({ error: 'must be a number' }).int('must be an integer').min(0).max(1_000_000).optional();

export const SearchParams = z.object({
  q: z.string().max(1000).default(''),
  limit: pageLimit(200),
  offset: pageOffset,
  from: isoDate.optional(),
  to: isoDate.optional(),
  entity: repeated(z.string().min(1).max(200)),
  type: repeated(EntityType),
  country: repeated(z.string().min(2).max(3)),
  source: repeated(z.string().min(1).max(300)),
});

export const IdParams = z.object({ id: z.string().min(1).max(300) });

export const EntityListParams = z.object({
  q: z.string().max(300).optional(),
  type: repeated(EntityType),
  country: repeated(z.string().min(2).max(3)),
  limit: pageLimit(500),
  offset: pageOffset,
});

export const QuoteListParams = z.object({
  speaker: z.string().max(300).optional(),
  q: z.string().max(1000).optional(),
  limit: pageLimit(500),
  offset: pageOffset,
});

export const LimitParams = z.object({ limit: pageLimit(5000) });

export const GraphParams = z.object({
  minWeight: z.coerce.number({ error: 'must be a number' }).int().min(1).max(100_000).optional(),
  limit: pageLimit(2000),
  type: repeated(EntityType),
});

export const IngestBody = z.object({
  documents: z
    .array(
      z.object({
        title: z.string().max(2000).nullable().optional(),
        body: z.string().min(1).max(2_000_000),
        date: isoDate.nullable().optional(),
        source: z.string().max(2000).optional(),
        publication: z.string().max(500).nullable().optional(),
        url: z.string().max(2000).nullable().optional(),
        /** 'html': the body is a web page, read like an ingested .html file (text only is kept). */
        format: z.enum(['text', 'html']).optional(),
      }),
    )
    .min(1)
    .max(1000),
});
export type IngestBody = z.infer<typeof IngestBody>;

// ---- responses ----

export const ErrorResponse = z.object({ error: z.string() });

const FacetCount = z.object({ value: z.string(), label: z.string(), count: z.number() });

export const SearchHit = z.object({
  id: z.string(),
  title: z.string().nullable(),
  date: z.string().nullable(),
  publication: z.string().nullable(),
  source: z.string(),
  snippet: z.string().describe('Body excerpt; matches are wrapped in U+0002 … U+0003 (plain text, never HTML)'),
  score: z.number(),
});

export const SearchResult = z.object({
  total: z.number(),
  hits: z.array(SearchHit),
  facets: z.object({
    entity: z.array(FacetCount),
    type: z.array(FacetCount),
    country: z.array(FacetCount),
    source: z.array(FacetCount),
  }),
  tookMs: z.number(),
});

export const ArticleResponse = Extraction.extend({
  entityIds: z.record(z.string(), z.string()).describe('Article-local entity id -> global entity id'),
});

export const EntitySummary = z.object({
  id: z.string(),
  type: EntityType,
  name: z.string(),
  country: z.string().nullable(),
  mentionCount: z.number(),
  articleCount: z.number(),
});

export const EntityList = z.object({ total: z.number(), items: z.array(EntitySummary) });

export const QuoteRecord = Quote.extend({
  articleId: z.string(),
  articleTitle: z.string().nullable(),
  articleDate: z.string().nullable(),
  speakerEntity: z.string().nullable(),
});

export const RoleSpan = Role.extend({
  lastDate: z.string().nullable().describe('Latest dated statement of the role; `date` is the earliest'),
  count: z.number().describe('How many times the corpus states the role'),
  articleId: z.string().describe('Article of the earliest statement'),
});

export const EntityDossier = EntitySummary.extend({
  aliases: z.array(z.string()),
  roles: z.array(RoleSpan).describe('One entry per title and place, over the whole corpus'),
  geo: Entity.shape.geo,
  codes: z.record(z.string(), z.string()),
  quoteCount: z.number().describe('All quotes with this entity as speaker (GET /api/quotes?speaker= pages them)'),
  quotes: z.array(QuoteRecord).describe('The latest quotes'),
  coMentions: z.array(EntitySummary.extend({ together: z.number() })).describe('Counted over the most recent articles'),
  coMentionArticles: z.number().describe('How many of the most recent articles the co-mentions were counted over'),
  articles: z
    .array(z.object({ id: z.string(), title: z.string().nullable(), date: z.string().nullable(), mentions: z.number() }))
    .describe('The latest articles; articleCount says how many there are (GET /api/search?entity= pages them)'),
  timeline: z.array(z.object({ period: z.string(), count: z.number() })).describe('Mentions per month (YYYY-MM)'),
});

export const QuoteList = z.object({ total: z.number(), items: z.array(QuoteRecord) });

export const SourceList = z.array(
  z.object({
    source: z.string(),
    entity: z.string().nullable(),
    citations: z.number(),
    articles: z.number(),
    first: z.string().nullable(),
    last: z.string().nullable(),
  }),
);

export const PlaceList = z.array(EntitySummary.extend({ geo: Entity.shape.geo.unwrap() }));

export const GraphResponse = z.object({
  nodes: z.array(EntitySummary),
  edges: z.array(
    z.object({ source: z.string(), target: z.string(), weight: z.number(), kind: z.enum(['co-mention', 'quote']) }),
  ),
});

export const StatsResponse = z.object({
  articles: z.number(),
  entities: z.number(),
  mentions: z.number(),
  quotes: z.number(),
  citations: z.number(),
  quantities: z.number(),
  bodyBytes: z.number(),
  firstDate: z.string().nullable(),
  lastDate: z.string().nullable(),
});

export const IngestResponse = z.object({
  read: z.number(),
  new: z.number(),
  duplicate: z.number(),
  failed: z.array(z.object({ source: z.string(), reason: z.string() })),
  ids: z.array(z.string()),
});
export type IngestResponse = z.infer<typeof IngestResponse>;

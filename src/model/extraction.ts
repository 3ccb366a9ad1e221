// The knowledge model: one schema per fact kind, the Extraction JSON contract of DESIGN.md §2.
// Types are inferred from the schemas so validation at the edges and the code never drift apart.
import { z } from 'zod';

export const EntityType = z.enum(['PERSON', 'ORG', 'GPE', 'LOC', 'FAC', 'NORP', 'EVENT', 'MISC']);
export type EntityType = z.infer<typeof EntityType>;

export const DateBasis = z.enum(['header', 'metadata', 'inferred', 'none']);
export type DateBasis = z.infer<typeof DateBasis>;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const Article = z.object({
  id: z.string(),
  source: z.string(),
  publication: z.string().nullable(),
  volume: z.number().int().nullable(),
  issue: z.number().int().nullable(),
  title: z.string().nullable(),
  date: isoDate.nullable(),
  dateBasis: DateBasis,
  language: z.string(),
  url: z.string().nullable().optional(),
  body: z.string(),
});
export type Article = z.infer<typeof Article>;

export const Span = z.object({ start: z.number().int(), end: z.number().int() });
export type Span = z.infer<typeof Span>;

export const Role = z.object({
  title: z.string(),
  of: z.string().nullable(),
  date: isoDate.nullable(),
});
export type Role = z.infer<typeof Role>;

export const Geo = z.object({ lat: z.number(), lon: z.number(), geonameId: z.number().int().nullable() });
export type Geo = z.infer<typeof Geo>;

export const Entity = z.object({
  id: z.string(),
  type: EntityType,
  name: z.string(),
  aliases: z.array(z.string()),
  country: z.string().nullable(),
  roles: z.array(Role),
  geo: Geo.nullable(),
  codes: z.record(z.string(), z.string()),
});
export type Entity = z.infer<typeof Entity>;

export const Mention = Span.extend({
  text: z.string(),
  type: EntityType,
  entity: z.string().nullable(),
});
export type Mention = z.infer<typeof Mention>;

export const QuoteKind = z.enum(['direct', 'indirect', 'mixed']);
export const Quote = Span.extend({
  text: z.string(),
  kind: QuoteKind,
  speaker: z.string().nullable(),
  speakerText: z.string().nullable(),
  speakerStart: z.number().int().nullable().optional(),
  speakerEnd: z.number().int().nullable().optional(),
  cue: z.string().nullable(),
  cueStart: z.number().int().nullable(),
  cueEnd: z.number().int().nullable(),
});
export type Quote = z.infer<typeof Quote>;

export const Citation = Span.extend({
  raw: z.string(),
  source: z.string().nullable(),
  /** The ORG entity of the outlet, when the entity recognizer has run. */
  entity: z.string().nullable().optional(),
  date: isoDate.nullable(),
  malformed: z.boolean(),
  /** 'parenthetical' for "(Source, Month Day)", 'inline' for "El Tiempo reported". */
  form: z.enum(['parenthetical', 'inline']).optional(),
});
export type Citation = z.infer<typeof Citation>;

export const Quantity = Span.extend({
  text: z.string(),
  value: z.number(),
  unit: z.string().nullable(),
  /** Upper bound of a range ("5-10 km"), else absent. */
  valueMax: z.number().optional(),
  year: z.number().int().nullable(),
  about: z.string().nullable(),
});
export type Quantity = z.infer<typeof Quantity>;

export const DatePrecision = z.enum(['day', 'month', 'year', 'decade']);
export const DateMention = Span.extend({
  text: z.string(),
  date: isoDate.nullable(),
  precision: DatePrecision,
  range: z.tuple([isoDate, isoDate]).nullable(),
});
export type DateMention = z.infer<typeof DateMention>;

export const EventActor = z.object({ entity: z.string().nullable(), code: z.string() });
export const Event = Span.extend({
  sentence: z.number().int(),
  date: isoDate.nullable(),
  source: EventActor,
  target: EventActor,
  code: z.string(),
  quadClass: z.number().int(),
  goldstein: z.number(),
  location: z.string().nullable(),
});
export type Event = z.infer<typeof Event>;

export const Extraction = z.object({
  article: Article,
  sentences: z.array(Span),
  entities: z.array(Entity),
  mentions: z.array(Mention),
  quotes: z.array(Quote),
  citations: z.array(Citation),
  quantities: z.array(Quantity),
  dates: z.array(DateMention),
  events: z.array(Event),
});
export type Extraction = z.infer<typeof Extraction>;

/** JSON Schema of the Extraction, for API users. */
export function extractionJsonSchema(): unknown {
  return z.toJSONSchema(Extraction);
}

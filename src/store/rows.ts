// Rows to model records, shared by every store: both schemas use the same column names, so a fact
// is read back the same way whichever database holds it. JSON columns arrive as text from SQLite and
// parsed from PostgreSQL; integers-as-booleans from SQLite, booleans from PostgreSQL.
import type { Article, Citation, DateMention, Entity, EntityType, Extraction, Mention, Quantity, Quote } from '../model/extraction.js';
import type { EntityDossier, EntitySummary, QuoteRecord, RoleSpan } from './types.js';

export type Row = Record<string, unknown>;

function json<T>(value: unknown, fallback: T): T {
  if (value == null) return fallback;
  return (typeof value === 'string' ? JSON.parse(value) : value) as T;
}

export function articleFromRow(a: Row): Article {
  return {
    id: a['id'] as string,
    source: a['source'] as string,
    publication: a['publication'] as string | null,
    volume: a['volume'] as number | null,
    issue: a['issue'] as number | null,
    title: a['title'] as string | null,
    date: a['date'] as string | null,
    dateBasis: a['date_basis'] as Article['dateBasis'],
    language: a['language'] as string,
    url: a['url'] as string | null,
    body: a['body'] as string,
  };
}

export function sentencesFromRow(a: Row): Extraction['sentences'] {
  return json(a['sentences'], []);
}

export function eventsFromRow(a: Row): Extraction['events'] {
  return json(a['events'], []);
}

export function mentionFromRow(m: Row): Mention {
  return {
    start: m['start'] as number,
    end: m['end'] as number,
    text: m['text'] as string,
    type: m['type'] as EntityType,
    entity: m['local_id'] as string | null,
  };
}

export function quoteFromRow(q: Row): Quote {
  return {
    start: q['start'] as number,
    end: q['end'] as number,
    text: q['text'] as string,
    kind: q['kind'] as Quote['kind'],
    speaker: q['speaker_local'] as string | null,
    speakerText: q['speaker_text'] as string | null,
    speakerStart: q['speaker_start'] as number | null,
    speakerEnd: q['speaker_end'] as number | null,
    cue: q['cue'] as string | null,
    cueStart: q['cue_start'] as number | null,
    cueEnd: q['cue_end'] as number | null,
  };
}

export function citationFromRow(c: Row): Citation {
  return {
    start: c['start'] as number,
    end: c['end'] as number,
    raw: c['raw'] as string,
    source: c['source'] as string | null,
    entity: c['local_id'] as string | null,
    date: c['date'] as string | null,
    malformed: Boolean(c['malformed']),
    ...(c['form'] ? { form: c['form'] as 'parenthetical' | 'inline' } : {}),
  };
}

export function quantityFromRow(q: Row): Quantity {
  return {
    start: q['start'] as number,
    end: q['end'] as number,
    text: q['text'] as string,
    value: q['value'] as number,
    unit: q['unit'] as string | null,
    ...(q['value_max'] != null ? { valueMax: q['value_max'] as number } : {}),
    year: q['year'] as number | null,
    about: q['about'] as string | null,
  };
}

export function dateFromRow(d: Row): DateMention {
  return {
    start: d['start'] as number,
    end: d['end'] as number,
    text: d['text'] as string,
    date: d['date'] as string | null,
    precision: d['precision'] as DateMention['precision'],
    range: d['range_from'] ? [d['range_from'] as string, d['range_to'] as string] : null,
  };
}

export function entityFromRow(e: Row, aliases: string[]): Entity {
  return {
    id: e['id'] as string,
    type: e['type'] as EntityType,
    name: e['name'] as string,
    aliases: aliases.filter((x) => x !== e['name']),
    country: e['country'] as string | null,
    roles: [],
    geo: e['lat'] != null ? { lat: e['lat'] as number, lon: e['lon'] as number, geonameId: e['geoname_id'] as number | null } : null,
    codes: json<Record<string, string>>(e['codes'], {}),
  };
}

export function summaryFromRow(e: Row): EntitySummary {
  return {
    id: e['id'] as string,
    type: e['type'] as EntityType,
    name: e['name'] as string,
    country: e['country'] as string | null,
    mentionCount: e['mention_count'] as number,
    articleCount: e['article_count'] as number,
  };
}

export function quoteRecordFromRow(q: Row): QuoteRecord {
  return {
    ...quoteFromRow(q),
    articleId: q['article_id'] as string,
    articleTitle: q['article_title'] as string | null,
    articleDate: q['article_date'] as string | null,
    speakerEntity: q['speaker_entity'] as string | null,
  };
}

/** An entity's role statements, in date order (undated first), folded into one span per title and place. */
export function roleSpans(statements: { title: string; of: string | null; date: string | null; articleId: string }[]): RoleSpan[] {
  const spans = new Map<string, RoleSpan>();
  for (const r of statements) {
    const key = `${r.title}\u0000${r.of ?? ''}`;
    const span = spans.get(key);
    if (!span) spans.set(key, { title: r.title, of: r.of, date: r.date, lastDate: r.date, count: 1, articleId: r.articleId });
    else {
      span.count++;
      if (r.date !== null) {
        // The first dated statement is the earliest: an undated one seen before it gives way.
        if (span.date === null) {
          span.date = r.date;
          span.articleId = r.articleId;
        }
        span.lastDate = r.date;
      }
    }
  }
  return [...spans.values()].sort((x, y) => cmpNullsFirst(x.date, y.date) || cmpNullsFirst(x.title, y.title));
}

function cmpNullsFirst(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return a < b ? -1 : 1;
}

/** The stored monthly timeline (a JSON object of period to mentions) in period order. */
export function timelineFromRow(e: Row): EntityDossier['timeline'] {
  const months = typeof e['timeline'] === 'string' ? (JSON.parse(e['timeline']) as Record<string, number>) : ((e['timeline'] ?? {}) as Record<string, number>);
  return Object.entries(months)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([period, count]) => ({ period, count }));
}

/**
 * The rank index key of a mention count: 0 below 64, then one more for each doubling (64–127 is 1). It
 * changes only when a count doubles, and the long tail of rarely mentioned entities never moves.
 */
export function magnitude(count: number): number {
  return count >= 64 ? 26 - Math.clz32(count) : 0;
}

/** A user's text as a LIKE pattern that matches it literally (with ESCAPE '\'). */
export function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

// extract(article) -> Extraction: a pure, deterministic composition of the stages.
import { analyze, type Analysis } from '../analyze/index.js';
import type { Article, Extraction } from '../model/extraction.js';
import { extractCitations } from './citations/index.js';
import type { ExtractContext } from './context.js';
import { extractDates } from './dates/index.js';
import { extractEntities } from './entities/index.js';
import { extractQuantities } from './quantities/index.js';
import { extractQuotes } from './quotes/index.js';

export function extract(article: Article, analysis: Analysis = analyze(article.body)): Extraction {
  const ctx: ExtractContext = { article, analysis };
  const dates = extractDates(ctx);
  const layer = extractEntities(ctx);
  const citations = linkCitationSources(extractCitations(ctx), layer.entities);
  const quotes = extractQuotes(ctx, layer);
  const quantities = extractQuantities({ ...ctx, dates });
  return {
    article,
    sentences: analysis.sentences,
    entities: layer.entities,
    mentions: layer.mentions,
    quotes,
    citations,
    quantities,
    dates,
    events: [],
  };
}

/** A cited outlet points at its ORG entity when the recognizer found one of the same name. */
function linkCitationSources(citations: Extraction['citations'], entities: Extraction['entities']): Extraction['citations'] {
  const byName = new Map<string, string>();
  for (const e of entities) {
    if (e.type !== 'ORG') continue;
    for (const n of [e.name, ...e.aliases]) byName.set(n.toLowerCase(), e.id);
  }
  return citations.map((c) => (c.source && byName.has(c.source.toLowerCase()) ? { ...c, entity: byName.get(c.source.toLowerCase())! } : c));
}

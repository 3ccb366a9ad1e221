// extract(article) -> Extraction: a pure, deterministic composition of the stages.
import { analyze, type Analysis } from '../analyze/index.js';
import type { Article, Extraction } from '../model/extraction.js';
import { extractCitations } from './citations/index.js';
import type { ExtractContext } from './context.js';
import { extractDates } from './dates/index.js';
import { extractEntities } from './entities/index.js';
import { extractQuantities } from './quantities/index.js';
import { extractQuotes } from './quotes/index.js';
import { linkOutlets } from './outlets.js';

export function extract(article: Article, analysis: Analysis = analyze(article.body)): Extraction {
  const ctx: ExtractContext = { article, analysis };
  const dates = extractDates(ctx);
  const { citations, layer } = linkOutlets(extractCitations(ctx), extractEntities(ctx));
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


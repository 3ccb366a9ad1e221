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

/** The stages extract() times when asked to, in the order it runs them. */
export const STAGES = ['analyze', 'dates', 'entities', 'quotes', 'quantities'] as const;
export type Stage = (typeof STAGES)[number];

export interface ExtractOptions {
  /** Analysis already made of this body, not made again. */
  analysis?: Analysis;
  /** Told how long each stage took (ms), for the benchmark's breakdown; outlets count with entities. */
  onStage?: (stage: Stage, ms: number) => void;
}

export function extract(article: Article, opts: ExtractOptions = {}): Extraction {
  const time = timer(opts.onStage);
  const analysis = opts.analysis ?? time('analyze', () => analyze(article.body));
  const ctx: ExtractContext = { article, analysis };
  const dates = time('dates', () => extractDates(ctx));
  const { citations, layer } = time('entities', () => {
    const found = extractCitations(ctx);
    return linkOutlets(found, extractEntities({ ...ctx, dates, citations: found }));
  });
  const quotes = time('quotes', () => extractQuotes(ctx, layer));
  const quantities = time('quantities', () => extractQuantities({ ...ctx, dates, citations }));
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

/**
 * What the foundation of the pipeline keeps of an article, without the trained extractors: its
 * sentences, dates and parenthetical citations. The benchmark measures read + analyze + store with it.
 */
export function extractFoundation(article: Article, opts: ExtractOptions = {}): Extraction {
  const time = timer(opts.onStage);
  const analysis = opts.analysis ?? time('analyze', () => analyze(article.body));
  const ctx: ExtractContext = { article, analysis };
  const dates = time('dates', () => extractDates(ctx));
  return {
    article,
    sentences: analysis.sentences,
    entities: [],
    mentions: [],
    quotes: [],
    citations: extractCitations(ctx),
    quantities: [],
    dates,
    events: [],
  };
}

function timer(onStage: ExtractOptions['onStage']): <T>(stage: Stage, run: () => T) => T {
  if (!onStage) return (_stage, run) => run();
  return (stage, run) => {
    const t = performance.now();
    const out = run();
    onStage(stage, performance.now() - t);
    return out;
  };
}

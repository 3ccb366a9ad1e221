// read -> normalize -> analyze -> extract -> store, one article at a time: a failure is reported
// with its file and reason and the batch goes on; a known article is skipped before any analysis.
import type { RawDocument } from '../model/document.js';
import { extract } from '../extract/index.js';
import type { Article, Extraction } from '../model/extraction.js';
import type { Store } from '../store/types.js';
import type { ExtractPool } from './pool.js';
import { toArticle } from './article.js';

export type IngestItem = { ok: true; doc: RawDocument } | { ok: false; file: string; reason: string; line?: number };

export interface IngestFailure {
  file: string;
  reason: string;
  line?: number;
}

export interface IngestSummary {
  read: number;
  new: number;
  duplicate: number;
  failed: IngestFailure[];
  /** UTF-8 bytes of normalized body text that went through analysis and extraction. */
  bytesExtracted: number;
  ms: number;
}

export type IngestEvent =
  | { kind: 'stored'; outcome: 'new' | 'duplicate'; source: string; title: string | null }
  | { kind: 'failed'; failure: IngestFailure };

export interface IngestOptions {
  onEvent?: (event: IngestEvent, summary: IngestSummary) => void;
  /** Extract on worker threads; without it, extraction runs on this thread. */
  pool?: ExtractPool;
}

export async function ingestItems(store: Store, items: AsyncIterable<IngestItem>, opts: IngestOptions = {}): Promise<IngestSummary> {
  const started = performance.now();
  const onEvent = opts.onEvent ?? (() => {});
  const summary: IngestSummary = { read: 0, new: 0, duplicate: 0, failed: [], bytesExtracted: 0, ms: 0 };
  const fail = (failure: IngestFailure) => {
    summary.failed.push(failure);
    onEvent({ kind: 'failed', failure }, summary);
  };
  const stored = (outcome: 'new' | 'duplicate', article: Article) => {
    summary[outcome]++;
    onEvent({ kind: 'stored', outcome, source: article.source, title: article.title }, summary);
  };
  // With a pool, keep a few articles in flight per worker and store each as its extraction arrives.
  const inFlight = new Set<Promise<void>>();
  const maxInFlight = opts.pool ? opts.pool.size * 4 : 1;
  const finish = async (article: Article, extraction: Promise<Extraction> | Extraction) => {
    try {
      stored(await store.save(await extraction), article);
    } catch (err) {
      fail({ file: article.source, reason: err instanceof Error ? err.message : String(err) });
    }
  };

  for await (const item of items) {
    summary.read++;
    if (!item.ok) {
      fail({ file: item.file, reason: item.reason, ...(item.line !== undefined ? { line: item.line } : {}) });
      continue;
    }
    let article: Article;
    try {
      article = toArticle(item.doc);
      if (!article.body) throw new Error('no text left after normalization');
      if (await store.hasArticle(article.id)) {
        stored('duplicate', article);
        continue;
      }
    } catch (err) {
      fail({ file: item.doc.source, reason: err instanceof Error ? err.message : String(err) });
      continue;
    }
    summary.bytesExtracted += Buffer.byteLength(article.body);
    if (!opts.pool) {
      let extraction: Extraction;
      try {
        extraction = extract(article);
      } catch (err) {
        fail({ file: article.source, reason: `extraction failed: ${err instanceof Error ? err.message : String(err)}` });
        continue;
      }
      await finish(article, extraction);
      continue;
    }
    const task = finish(article, opts.pool.extract(article)).finally(() => inFlight.delete(task));
    inFlight.add(task);
    if (inFlight.size >= maxInFlight) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  summary.ms = performance.now() - started;
  return summary;
}

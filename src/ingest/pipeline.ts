// read -> normalize -> analyze -> extract -> store, one article at a time: a failure is reported
// with its file and reason and the batch goes on; a known article is skipped before any analysis.
// Extractions reach the store in small batches (one commit each, every article still all or nothing);
// an article is reported stored only once its batch is committed.
import type { RawDocument } from '../model/document.js';
import { extract } from '../extract/index.js';
import type { Article, Extraction } from '../model/extraction.js';
import type { BatchOutcome, Store } from '../store/types.js';
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
  /** What runs on this thread when there is no pool (the benchmark swaps in a timed or reduced one). */
  extractor?: (article: Article) => Extraction;
}

/** Articles per store batch, and the most body text one batch holds (long articles commit sooner). */
const BATCH_ARTICLES = 64;
const BATCH_BYTES = 1 << 20;
/** A batch waits at most this long for more articles, so a slow feed still commits promptly. */
const BATCH_WAIT_MS = 1000;

/** Collects extractions and hands them to the store a batch at a time, one batch after another. */
class SaveBatcher {
  private pending: Extraction[] = [];
  private bytes = 0;
  private timer: NodeJS.Timeout | null = null;
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly store: Store,
    private readonly settle: (ex: Extraction, outcome: BatchOutcome) => void,
  ) {}

  /** Queues one extraction; resolves at once unless it fills a batch, then when that batch is written. */
  add(ex: Extraction): Promise<void> {
    this.pending.push(ex);
    this.bytes += ex.article.body.length;
    if (this.pending.length >= BATCH_ARTICLES || this.bytes >= BATCH_BYTES) return this.flush();
    this.timer ??= setTimeout(() => void this.flush(), BATCH_WAIT_MS).unref();
    return Promise.resolve();
  }

  /** Writes what is queued; resolves when every batch so far is written (never rejects). */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const batch = this.pending;
    this.pending = [];
    this.bytes = 0;
    if (batch.length > 0) this.writing = this.writing.then(() => this.write(batch));
    return this.writing;
  }

  private async write(batch: Extraction[]): Promise<void> {
    let outcomes: BatchOutcome[];
    try {
      outcomes = this.store.saveBatch ? await this.store.saveBatch(batch) : await saveOneByOne(this.store, batch);
    } catch (err) {
      const failure = err instanceof Error ? err : new Error(String(err));
      outcomes = batch.map(() => failure);
    }
    batch.forEach((ex, i) => this.settle(ex, outcomes[i]!));
  }
}

async function saveOneByOne(store: Store, batch: readonly Extraction[]): Promise<BatchOutcome[]> {
  const outcomes: BatchOutcome[] = [];
  for (const ex of batch) {
    try {
      outcomes.push(await store.save(ex));
    } catch (err) {
      outcomes.push(err instanceof Error ? err : new Error(String(err)));
    }
  }
  return outcomes;
}

export async function ingestItems(store: Store, items: AsyncIterable<IngestItem>, opts: IngestOptions = {}): Promise<IngestSummary> {
  const started = performance.now();
  const onEvent = opts.onEvent ?? (() => {});
  const extractor = opts.extractor ?? ((article: Article) => extract(article));
  const summary: IngestSummary = { read: 0, new: 0, duplicate: 0, failed: [], bytesExtracted: 0, ms: 0 };
  const fail = (failure: IngestFailure) => {
    summary.failed.push(failure);
    onEvent({ kind: 'failed', failure }, summary);
  };
  const stored = (outcome: 'new' | 'duplicate', article: Article) => {
    summary[outcome]++;
    onEvent({ kind: 'stored', outcome, source: article.source, title: article.title }, summary);
  };
  // Articles past the known-article check and not yet committed: a second copy of one waits for the
  // first to be stored (and is then a duplicate) rather than being extracted again.
  const queued = new Set<string>();
  const batcher = new SaveBatcher(store, (ex, outcome) => {
    queued.delete(ex.article.id);
    if (outcome instanceof Error) fail({ file: ex.article.source, reason: outcome.message });
    else stored(outcome, ex.article);
  });
  // With a pool, keep a few articles in flight per worker and queue each extraction as it arrives.
  const inFlight = new Set<Promise<void>>();
  const maxInFlight = opts.pool ? opts.pool.size * 4 : 1;
  const finish = async (article: Article, extraction: Promise<Extraction>) => {
    let ex: Extraction;
    try {
      ex = await extraction;
    } catch (err) {
      queued.delete(article.id);
      fail({ file: article.source, reason: `extraction failed: ${err instanceof Error ? err.message : String(err)}` });
      return;
    }
    await batcher.add(ex);
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
      if (queued.has(article.id)) {
        await Promise.all(inFlight);
        await batcher.flush();
      }
      if (await store.hasArticle(article.id)) {
        stored('duplicate', article);
        continue;
      }
    } catch (err) {
      fail({ file: item.doc.source, reason: err instanceof Error ? err.message : String(err) });
      continue;
    }
    summary.bytesExtracted += Buffer.byteLength(article.body);
    queued.add(article.id);
    if (!opts.pool) {
      let extraction: Extraction;
      try {
        extraction = extractor(article);
      } catch (err) {
        queued.delete(article.id);
        fail({ file: article.source, reason: `extraction failed: ${err instanceof Error ? err.message : String(err)}` });
        continue;
      }
      await batcher.add(extraction);
      continue;
    }
    const task = finish(article, opts.pool.extract(article)).finally(() => inFlight.delete(task));
    inFlight.add(task);
    if (inFlight.size >= maxInFlight) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  await batcher.flush();
  summary.ms = performance.now() - started;
  return summary;
}

// `dossier ingest PATH…`: progress bar on a terminal, plain lines otherwise, a summary at the end,
// exit 1 when any input failed (everything else is stored).
// Light imports only: the ingest machinery is imported once the heap is bounded (see ingestCommand).
import type cliProgress from 'cli-progress';
import { boundHeapGrowth, youngGenerationTo } from '../../ingest/heap.js';
import { FORMAT_NAMES, type FormatName } from '../../ingest/types.js';
import type { IngestSummary } from '../../ingest/pipeline.js';
import { describeFailure, printJson, UsageError } from '../output.js';

/**
 * SQLite's page cache while ingesting (32 MB for serving): a batch's writes touch a few hot pages per
 * table. Full corpus, 16 -> 6 MB: peak RSS 344-345 -> 331-336 MB, seconds not worse (interleaved
 * 96.6 -> 89.5), ~1 MB more read from the page cache.
 */
const INGEST_CACHE_MB = 6;

/**
 * V8's young generation while ingesting (both semispaces; V8 grows it to 32 MB): an article's garbage
 * is short-lived. Full corpus peak RSS 32 MB: 407-411, 16 MB: 364, 8 MB: 350-353; CPU time within run
 * noise, and GC time lower at 8 (scavenges 3.3 -> 2.5 s per 3,500 articles: twice as many, each cheaper).
 */
const YOUNG_GENERATION_MB = 8;

export interface IngestOptions {
  db?: string;
  format?: string;
  json?: boolean;
  quiet?: boolean;
  workers?: string;
}

export async function ingestCommand(paths: string[], opts: IngestOptions): Promise<number> {
  if (paths.length === 0) throw new UsageError('ingest needs at least one file or folder (or - for standard input)');
  if (opts.format && !(FORMAT_NAMES as readonly string[]).includes(opts.format)) {
    throw new UsageError(`unknown --format "${opts.format}"; use one of ${FORMAT_NAMES.join(', ')}`);
  }
  const format = opts.format as FormatName | undefined;
  // One extraction thread unless asked: each worker loads its own models (~170 MB), so on a
  // multi-core machine --workers N buys speed with memory the ingest budget (< 300 MB) does not have.
  const workers = opts.workers === undefined ? 1 : Number(opts.workers);
  if (!Number.isInteger(workers) || workers < 1 || workers > 64) throw new UsageError(`--workers must be a whole number from 1 to 64, not "${opts.workers}"`);
  // Before the ingest machinery and the models load (their imports do): loading them grows V8's young
  // generation to 32 MB, past the size the ingest holds it at. Not with worker threads: the flags are
  // process-wide and would hold each worker's young generation at its start-up size (2 workers over
  // 1,074 BBC articles: 0.31 MB/s bounded against 0.66 MB/s), and --workers trades memory for speed.
  if (workers === 1) boundHeapGrowth();
  const [{ default: Progress }, { countInputs, readPaths }, { ingestItems }, { createExtractPool }, { dbLocation, openStore }] = await Promise.all([
    import('cli-progress'),
    import('../../ingest/read.js'),
    import('../../ingest/pipeline.js'),
    import('../../ingest/pool.js'),
    import('../db.js'),
  ]);
  let youngGrown: (() => void) | null = null;
  const store = await openStore(dbLocation(opts.db), { cacheMB: INGEST_CACHE_MB });
  const pool = workers > 1 ? createExtractPool(workers) : undefined;
  const tty = process.stderr.isTTY === true && !opts.quiet && !opts.json;
  let bar: cliProgress.SingleBar | null = null;
  try {
    if (tty) {
      const total = await countInputs(paths, format ? { format } : {});
      bar = new Progress.SingleBar(
        { format: ' {bar} {value}/{total} docs | {new} new, {duplicate} dup, {failed} failed | {eta_formatted} left', hideCursor: true, etaBuffer: 200 },
        Progress.Presets.shades_classic,
      );
      bar.start(total ?? 0, 0, { new: 0, duplicate: 0, failed: 0 });
    }
    // The young generation's size is checked per document read (a batch of events can see it grow twice).
    const items = afterEach(readPaths(paths, format ? { format } : {}), () => youngGrown?.());
    const summary = await ingestItems(store, items, { pool, onEvent: (event, s) => {
      // The first batch has loaded the models: from here on, the young generation may grow once.
      (youngGrown ??= pool ? () => {} : youngGenerationTo(YOUNG_GENERATION_MB))();
      if (bar) {
        if (s.read > bar.getTotal()) bar.setTotal(s.read);
        bar.update(s.read, { new: s.new, duplicate: s.duplicate, failed: s.failed.length });
      } else if (!opts.quiet && !opts.json) {
        if (event.kind === 'failed') process.stderr.write(`failed  ${describeFailure(event.failure)}\n`);
        else process.stderr.write(`${event.outcome === 'new' ? 'new    ' : 'dup    '} ${event.source}\n`);
      }
    } });
    bar?.stop();
    report(summary, opts);
    return summary.failed.length > 0 ? 1 : 0;
  } finally {
    bar?.stop();
    await pool?.close();
    await store.close();
  }
}

async function* afterEach<T>(items: AsyncIterable<T>, check: () => void): AsyncGenerator<T> {
  for await (const item of items) {
    check();
    yield item;
  }
}

function report(s: IngestSummary, opts: IngestOptions): void {
  const mb = s.bytesExtracted / 1e6;
  if (opts.json) {
    const peakRssMB = Math.round(process.resourceUsage().maxRSS / 1024);
    printJson({ read: s.read, new: s.new, duplicate: s.duplicate, failed: s.failed, seconds: s.ms / 1000, mbExtracted: mb, peakRssMB });
    return;
  }
  const secs = s.ms / 1000;
  process.stderr.write(
    `read ${s.read}, new ${s.new}, duplicate ${s.duplicate}, failed ${s.failed.length}` +
      ` in ${secs.toFixed(1)} s (${mb.toFixed(2)} MB extracted${secs > 0 ? `, ${(mb / secs).toFixed(2)} MB/s` : ''})\n`,
  );
  for (const f of s.failed) process.stderr.write(`  ${describeFailure(f)}\n`);
}

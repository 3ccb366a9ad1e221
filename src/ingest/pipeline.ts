// read -> normalize -> analyze -> extract -> store, one article at a time: a failure is reported
// with its file and reason and the batch goes on; a known article is skipped before any analysis.
import type { RawDocument } from '../model/document.js';
import { extract } from '../extract/index.js';
import type { Store } from '../store/types.js';
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

export async function ingestItems(
  store: Store,
  items: AsyncIterable<IngestItem>,
  onEvent: (event: IngestEvent, summary: IngestSummary) => void = () => {},
): Promise<IngestSummary> {
  const started = performance.now();
  const summary: IngestSummary = { read: 0, new: 0, duplicate: 0, failed: [], bytesExtracted: 0, ms: 0 };
  for await (const item of items) {
    summary.read++;
    if (!item.ok) {
      const failure: IngestFailure = { file: item.file, reason: item.reason, ...(item.line !== undefined ? { line: item.line } : {}) };
      summary.failed.push(failure);
      onEvent({ kind: 'failed', failure }, summary);
      continue;
    }
    try {
      const article = toArticle(item.doc);
      if (!article.body) throw new Error('no text left after normalization');
      let outcome: 'new' | 'duplicate' = 'duplicate';
      if (!(await store.hasArticle(article.id))) {
        summary.bytesExtracted += Buffer.byteLength(article.body);
        outcome = await store.save(extract(article));
      }
      summary[outcome]++;
      onEvent({ kind: 'stored', outcome, source: article.source, title: article.title }, summary);
    } catch (err) {
      const failure = { file: item.doc.source, reason: err instanceof Error ? err.message : String(err) };
      summary.failed.push(failure);
      onEvent({ kind: 'failed', failure }, summary);
    }
  }
  summary.ms = performance.now() - started;
  return summary;
}

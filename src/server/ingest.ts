// POST /api/ingest on top of the ingest pipeline: posted documents become RawDocuments (HTML ones go
// through the HTML reader first) and are stored one by one, failures reported with their source.
import type { RawDocument } from '../model/document.js';
import { toArticle } from '../ingest/article.js';
import { ingestItems, type IngestItem } from '../ingest/pipeline.js';
import { readHtml } from '../ingest/readers/html.js';
import { rawDocument } from '../ingest/types.js';
import type { Store } from '../store/types.js';
import type { IngestBody, IngestResponse } from './schemas.js';

type PostedDocument = IngestBody['documents'][number];

function* toItems(posted: PostedDocument, index: number): Iterable<IngestItem> {
  const source = posted.source || `api:${index + 1}`;
  if (posted.format === 'html') {
    for (const item of readHtml(posted.body, source)) {
      if (!item.ok) yield item;
      else yield { ok: true, doc: withOverrides(item.doc, posted) };
    }
    return;
  }
  yield {
    ok: true,
    doc: rawDocument({
      source, body: posted.body, title: posted.title ?? null, date: posted.date ?? null,
      dateBasis: posted.date ? 'metadata' : null, publication: posted.publication ?? null, url: posted.url ?? null,
    }),
  };
}

function withOverrides(doc: RawDocument, posted: PostedDocument): RawDocument {
  return {
    ...doc,
    title: posted.title ?? doc.title,
    date: posted.date ?? doc.date,
    dateBasis: posted.date ? 'metadata' : doc.dateBasis,
    publication: posted.publication ?? doc.publication,
    url: posted.url ?? doc.url,
  };
}

export function pipelineIngest(store: Store): (documents: PostedDocument[]) => Promise<IngestResponse> {
  return async (documents) => {
    const ids: string[] = [];
    async function* items(): AsyncIterable<IngestItem> {
      for (const [index, posted] of documents.entries()) {
        for (const item of toItems(posted, index)) {
          if (item.ok) ids.push(toArticle(item.doc).id);
          yield item;
        }
      }
    }
    const summary = await ingestItems(store, items());
    return {
      read: summary.read,
      new: summary.new,
      duplicate: summary.duplicate,
      failed: summary.failed.map((f) => ({ source: f.file, reason: f.reason })),
      ids,
    };
  };
}

// From what a reader yields to the Article every stage indexes into: normalized body, stable id,
// and a publication date from the format or, failing that, inferred from the text.
import type { Article } from '../model/extraction.js';
import type { RawDocument } from '../model/document.js';
import { inferPublicationDate } from '../extract/dates/index.js';
import { articleId, normalizeText } from './normalize.js';

export function toArticle(doc: RawDocument): Article {
  const body = normalizeText(doc.body);
  const title = doc.title ? normalizeText(doc.title).replace(/\s+/g, ' ') || null : null;
  let date = doc.date;
  let dateBasis: Article['dateBasis'] = date ? (doc.dateBasis ?? 'metadata') : 'none';
  if (!date) {
    date = inferPublicationDate(body, { publication: doc.publication, volume: doc.volume, issue: doc.issue });
    if (date) dateBasis = 'inferred';
  }
  return {
    id: articleId(body),
    source: doc.source,
    publication: doc.publication,
    volume: doc.volume,
    issue: doc.issue,
    title,
    date,
    dateBasis,
    language: 'en',
    url: doc.url,
    body,
  };
}

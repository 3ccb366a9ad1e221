// HTML pages: main content by @mozilla/readability over linkedom, reduced to text; metadata from
// <meta>, <time>, JSON-LD and the canonical link. Scripts, styles and attributes never reach the body.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { toIsoDate } from '../dates.js';
import { nodeToText, type TextNodeLike } from '../html-text.js';
import { failure, rawDocument, type ReadItem } from '../types.js';
import { hasEdmHeader, readEdm } from './edm.js';

/** The part of linkedom's Document this reader uses (the project compiles without the DOM lib). */
interface ElementLike extends TextNodeLike {
  getAttribute(name: string): string | null;
  textContent: string | null;
  remove(): void;
}
interface DocumentLike extends TextNodeLike {
  title: string;
  body: ElementLike | null;
  querySelector(selector: string): ElementLike | null;
  querySelectorAll(selector: string): ArrayLike<ElementLike>;
}

/** Page furniture dropped when Readability finds no article and the whole body is used. */
const BOILERPLATE = 'script, style, noscript, template, nav, header, footer, aside, form, iframe, [role="navigation"], [role="banner"], [role="contentinfo"], [aria-hidden="true"]';

const MIN_ARTICLE_CHARS = 200;

function meta(doc: DocumentLike, ...keys: string[]): string | null {
  for (const key of keys) {
    const el = doc.querySelector(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`);
    const v = el?.getAttribute('content')?.trim();
    if (v) return v;
  }
  return null;
}

/** datePublished from JSON-LD blocks (objects, arrays, @graph). */
function jsonLdDate(doc: DocumentLike): string | null {
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length; i++) {
    let data: unknown;
    try {
      data = JSON.parse(scripts[i]!.textContent ?? '');
    } catch {
      continue;
    }
    const stack: unknown[] = [data];
    while (stack.length) {
      const v = stack.pop();
      if (Array.isArray(v)) stack.push(...v);
      else if (v && typeof v === 'object') {
        const o = v as Record<string, unknown>;
        const d = toIsoDate(typeof o['datePublished'] === 'string' ? o['datePublished'] : null);
        if (d) return d;
        if (o['@graph']) stack.push(o['@graph']);
      }
    }
  }
  return null;
}

function publishedDate(doc: DocumentLike): string | null {
  return (
    toIsoDate(meta(doc, 'article:published_time', 'og:article:published_time', 'datePublished', 'pubdate', 'publishdate', 'date', 'dc.date', 'DC.date.issued', 'dcterms.created')) ??
    jsonLdDate(doc) ??
    toIsoDate(doc.querySelector('time[datetime]')?.getAttribute('datetime')) ??
    toIsoDate(doc.querySelector('time[pubdate]')?.textContent)
  );
}

function collapse(s: string | null | undefined): string | null {
  const t = s?.replace(/\s+/g, ' ').trim();
  return t ? t : null;
}

export function* readHtml(text: string, source: string): Iterable<ReadItem> {
  const { document } = parseHTML(text);
  const doc = document as unknown as DocumentLike;
  // Metadata first: Readability rewrites the document it parses.
  const h1 = collapse(doc.querySelector('h1')?.textContent);
  let title = collapse(meta(doc, 'og:title', 'twitter:title')) ?? collapse(doc.title) ?? h1;
  // "Georgia Weighs Costs of Anaklia Port Delay - Jamestown": the page title is the headline and the site's name.
  if (h1 && title && title !== h1 && title.startsWith(h1) && /^\s*[-–—|:·]/.test(title.slice(h1.length))) title = h1;
  const date = publishedDate(doc);
  const url = doc.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim() || meta(doc, 'og:url');
  const publication = meta(doc, 'og:site_name', 'application-name');

  let body = '';
  try {
    const article = new Readability<string>(document as never, { serializer: (node) => nodeToText(node as unknown as TextNodeLike) }).parse();
    body = article?.content ?? '';
  } catch {
    body = ''; // Readability gives up on some odd DOMs; fall back to the whole body below
  }
  // A short or missing Readability result means it found no article: use the page minus its furniture.
  if (body.length < MIN_ARTICLE_CHARS && doc.body) {
    const { document: fresh } = parseHTML(text);
    const freshDoc = fresh as unknown as DocumentLike;
    const furniture = freshDoc.querySelectorAll(BOILERPLATE);
    for (let i = furniture.length - 1; i >= 0; i--) furniture[i]!.remove();
    const whole = freshDoc.body ? nodeToText(freshDoc.body) : '';
    if (whole) body = whole;
  }
  if (!body) {
    yield failure(source, 'HTML page has no readable text');
    return;
  }
  // A saved EDM page carries its "Publication: … Volume: … Issue: …" line and byline in the text: they are
  // the article's metadata, not its prose.
  const [edm] = hasEdmHeader(body) ? readEdm(body, source) : [];
  if (edm?.ok) {
    const doc = edm.doc;
    yield { ok: true, doc: { ...doc, title: doc.title ?? title, date: date ?? doc.date, dateBasis: date ? 'metadata' : doc.dateBasis, url: url || null } };
    return;
  }
  yield { ok: true, doc: rawDocument({ source, title, body, date, dateBasis: date ? 'metadata' : null, url: url || null, publication }) };
}

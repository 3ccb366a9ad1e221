// RSS 2.0 and Atom feeds: one document per <item>/<entry>; HTML in descriptions is reduced to text.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { toIsoDate } from '../dates.js';
import { formatBytes } from '../decode.js';
import { htmlToText } from '../html-text.js';
import { failure, rawDocument, type ReadItem } from '../types.js';

type XmlValue = string | number | boolean | XmlNode | XmlValue[] | null | undefined;
interface XmlNode {
  [key: string]: XmlValue;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: true,
  htmlEntities: true,
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
});

function asNode(v: XmlValue): XmlNode | null {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? v : null;
}
function first(v: XmlValue): XmlValue {
  return Array.isArray(v) ? v[0] : v;
}

/** All text under a parsed value (Atom xhtml content arrives as nested elements). */
function textOf(v: XmlValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v !== 'object') return String(v);
  if (Array.isArray(v)) return v.map(textOf).join(' ');
  return Object.entries(v)
    .filter(([k]) => !k.startsWith('@_'))
    .map(([, child]) => textOf(child))
    .join(' ');
}

function field(node: XmlNode, ...names: string[]): string | null {
  for (const name of names) {
    const t = textOf(first(node[name])).trim();
    if (t) return t;
  }
  return null;
}

/** Atom <link rel="alternate" href> (or the first link); RSS <link>text</link>. */
function linkOf(node: XmlNode): string | null {
  const links = node['link'];
  const list = Array.isArray(links) ? links : links === undefined ? [] : [links];
  let fallback: string | null = null;
  for (const l of list) {
    const n = asNode(l);
    const href = n ? n['@_href'] : null;
    if (typeof href === 'string') {
      const rel = n?.['@_rel'];
      if (rel === undefined || rel === 'alternate') return href;
      fallback ??= href;
    } else if (!n && l !== null && l !== undefined && String(l).trim()) return String(l).trim();
  }
  return fallback ?? field(node, 'guid', 'id');
}

export function* readRss(text: string, source: string, limits: { maxDocChars: number }): Iterable<ReadItem> {
  // The parser is lenient about broken markup; a feed that is not well-formed is reported, not guessed at.
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    yield failure(source, `not well-formed XML: ${valid.err.msg}`, valid.err.line);
    return;
  }
  let root: XmlNode;
  try {
    root = parser.parse(text) as XmlNode;
  } catch (err) {
    yield failure(source, `not well-formed XML: ${(err instanceof Error ? err.message : String(err)).split('\n')[0]}`);
    return;
  }
  const rss = asNode(root['rss']) ?? asNode(root['rdf:RDF']);
  const channel = rss ? asNode(first(rss['channel'])) : null;
  const feed = asNode(root['feed']);
  const container = channel ?? feed;
  if (!container) {
    yield failure(source, 'XML file is not an RSS or Atom feed (no <rss><channel> or <feed>)');
    return;
  }
  const publication = field(container, 'title');
  const entries = (container['item'] ?? container['entry'] ?? rss?.['item'] ?? []) as XmlValue[];
  let n = 0;
  for (const raw of entries) {
    n++;
    const entry = asNode(raw);
    const itemSource = `${source}#${n}`;
    if (!entry) continue;
    const html = longest(field(entry, 'content:encoded'), field(entry, 'content'), field(entry, 'description'), field(entry, 'summary'));
    if (html && html.length > limits.maxDocChars) {
      yield failure(itemSource, `feed item is ${formatBytes(html.length)}, over the ${formatBytes(limits.maxDocChars)} limit for one article`);
      continue;
    }
    const body = html ? htmlToText(html) : '';
    const title = field(entry, 'title');
    if (!body) {
      yield failure(itemSource, `feed item${title ? ` "${title.slice(0, 60)}"` : ''} has no description or content`);
      continue;
    }
    const date = toIsoDate(field(entry, 'pubDate', 'published', 'dc:date', 'updated', 'dcterms:created'));
    yield {
      ok: true,
      doc: rawDocument({
        source: itemSource,
        title: title ? htmlToText(title) : null,
        body,
        date,
        dateBasis: date ? 'metadata' : null,
        publication,
        url: linkOf(entry),
      }),
    };
  }
  if (n === 0) yield failure(source, 'feed has no items');
}

function longest(...values: (string | null)[]): string | null {
  let best: string | null = null;
  for (const v of values) if (v && (!best || v.length > best.length)) best = v;
  return best;
}

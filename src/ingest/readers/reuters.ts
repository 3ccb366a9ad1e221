// Reuters-21578 SGML: one document per <REUTERS> block that has a non-empty <BODY>.
import { toIsoDate } from '../dates.js';
import { formatBytes } from '../decode.js';
import { failure, rawDocument, type ReadItem } from '../types.js';

const NEWID = /\bNEWID="(\d+)"/;
const ENTITY = /&(?:#(\d+)|(lt|gt|amp|quot|apos));/g;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const SIGNATURE = 'reuter';

/** Text between <TAG> and </TAG> inside [from, to), or null. indexOf, not regexes: this is the hot loop. */
function element(text: string, tag: string, from: number, to: number): string | null {
  const open = text.indexOf(`<${tag}>`, from);
  if (open === -1 || open >= to) return null;
  const start = open + tag.length + 2;
  const close = text.indexOf(`</${tag}>`, start);
  return close === -1 || close > to ? null : text.slice(start, close);
}

/** Drop the wire signature closing most bodies (" Reuter", " REUTER", "&\tReuter" on the last line). */
export function stripSignature(body: string): string {
  const trimmed = body.trimEnd();
  const at = trimmed.length - SIGNATURE.length;
  if (at < 0 || trimmed.slice(at).toLowerCase() !== SIGNATURE) return trimmed;
  if (at > 0 && !/\s/.test(trimmed[at - 1]!)) return trimmed;
  return trimmed.slice(0, at).trimEnd();
}

/** SGML entities to characters; control characters (&#2; &#3; &#5; …) carry no text and are dropped. */
export function decodeSgmlEntities(text: string): string {
  if (text.indexOf('&') === -1) return text;
  return text.replace(ENTITY, decodeEntity);
}

function decodeEntity(_: string, code: string | undefined, name: string | undefined): string {
  if (name) return NAMED[name]!;
  const n = Number(code);
  if (n === 9 || n === 10 || n === 13) return String.fromCharCode(n);
  return n < 32 || n === 127 ? '' : String.fromCodePoint(n);
}

/**
 * The wire text is hard-wrapped at ~70 columns: join wrapped lines into paragraphs, one paragraph per
 * indented line (prose paragraphs and table rows alike), separated by a blank line.
 */
export function reflowWireText(text: string): string {
  const paragraphs: string[] = [];
  let current = '';
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const indent = paragraphIndent(text, lineStart);
    const line = text.slice(lineStart + indent, lineEnd).trim();
    lineStart = lineEnd + 1;
    if (line === '') {
      if (current) paragraphs.push(current);
      current = '';
    } else if (indent > 0 && current) {
      paragraphs.push(current);
      current = line;
    } else current = current ? `${current} ${line}` : line;
  }
  if (current) paragraphs.push(current);
  return paragraphs.join('\n\n');
}

/** Length of the indent that starts a paragraph at `i` (`&\t` as this copy writes it, a tab, 2+ spaces), or 0. */
function paragraphIndent(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c === 38 /* & */ && text.charCodeAt(i + 1) === 92 /* backslash */ && text.charCodeAt(i + 2) === 116 /* t */) return 3;
  if (c === 9) return 1;
  if (c === 32 && text.charCodeAt(i + 1) === 32) return 2;
  return 0;
}

export function* readReuters(text: string, source: string, limits: { maxDocChars: number }): Iterable<ReadItem> {
  let blocks = 0;
  for (let open = text.indexOf('<REUTERS'); open !== -1; ) {
    const close = text.indexOf('</REUTERS>', open);
    const end = close === -1 ? text.length : close;
    const tagEnd = text.indexOf('>', open);
    blocks++;
    const id = NEWID.exec(text.slice(open, tagEnd))?.[1] ?? String(blocks);
    const docSource = `${source}#${id}`;
    const rawBody = element(text, 'BODY', tagEnd, end);
    const rawTitle = element(text, 'TITLE', tagEnd, end);
    const rawDate = element(text, 'DATE', tagEnd, end);
    open = close === -1 ? -1 : text.indexOf('<REUTERS', close);
    if (rawBody === null) continue; // BRIEF (title only) and UNPROC (bare tables) carry no article body
    if (rawBody.length > limits.maxDocChars) {
      yield failure(docSource, `document is ${formatBytes(rawBody.length)}, over the ${formatBytes(limits.maxDocChars)} limit for one article`);
      continue;
    }
    const body = stripSignature(reflowWireText(decodeSgmlEntities(rawBody)));
    if (!body) continue;
    const title = rawTitle ? decodeSgmlEntities(rawTitle).replace(/\s+/g, ' ').trim() || null : null;
    const date = toIsoDate(rawDate);
    yield {
      ok: true,
      doc: rawDocument({ source: docSource, title, body, date, dateBasis: date ? 'metadata' : null, publication: 'Reuters' }),
    };
  }
  if (blocks === 0) yield failure(source, 'no <REUTERS> documents in this SGML file');
}

// Reuters-21578 SGML: one document per <REUTERS> block that has a non-empty <BODY>.
import { toIsoDate } from '../dates.js';
import { formatBytes } from '../decode.js';
import { failure, rawDocument, type ReadItem } from '../types.js';

const BLOCK = /<REUTERS\b([^>]*)>([\s\S]*?)<\/REUTERS>/g;
const NEWID = /\bNEWID="(\d+)"/;
const DATE = /<DATE>([\s\S]*?)<\/DATE>/;
const TITLE = /<TITLE>([\s\S]*?)<\/TITLE>/;
const BODY = /<BODY>([\s\S]*?)<\/BODY>/;
const ENTITY = /&(?:#(\d+)|(lt|gt|amp|quot|apos));/g;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
/** The wire signature closing most bodies: " Reuter" / " REUTER" / "&\tReuter" on the last line. */
const SIGNATURE = /\s*\bReuter\s*$/i;
/** A line starting a paragraph or table row: indented, or marked with the `&\t` this copy uses for indent. */
const PARAGRAPH_START = /^(?:&\\t|\t| {2,})/;

/** SGML entities to characters; control characters (&#2; &#3; &#5; …) carry no text and are dropped. */
export function decodeSgmlEntities(text: string): string {
  return text.replace(ENTITY, (_, code: string | undefined, name: string | undefined) => {
    if (name) return NAMED[name]!;
    const n = Number(code);
    if (n === 9 || n === 10 || n === 13) return String.fromCharCode(n);
    return n < 32 || n === 127 ? '' : String.fromCodePoint(n);
  });
}

/**
 * The wire text is hard-wrapped at ~70 columns: join wrapped lines into paragraphs, one paragraph per
 * indented line (prose paragraphs and table rows alike), separated by a blank line.
 */
export function reflowWireText(text: string): string {
  const paragraphs: string[] = [];
  let current = '';
  for (const raw of text.split('\n')) {
    const startsParagraph = PARAGRAPH_START.test(raw);
    const line = raw.replace(PARAGRAPH_START, '').trim();
    if (line === '') {
      if (current) paragraphs.push(current);
      current = '';
      continue;
    }
    if (startsParagraph && current) {
      paragraphs.push(current);
      current = line;
    } else current = current ? `${current} ${line}` : line;
  }
  if (current) paragraphs.push(current);
  return paragraphs.join('\n\n');
}

export function* readReuters(text: string, source: string, limits: { maxDocChars: number }): Iterable<ReadItem> {
  let blocks = 0;
  for (const m of text.matchAll(BLOCK)) {
    blocks++;
    const attrs = m[1]!;
    const inner = m[2]!;
    const id = NEWID.exec(attrs)?.[1] ?? String(blocks);
    const docSource = `${source}#${id}`;
    const bodyMatch = BODY.exec(inner);
    if (!bodyMatch) continue; // BRIEF (title only) and UNPROC (bare tables) carry no article body
    if (bodyMatch[1]!.length > limits.maxDocChars) {
      yield failure(docSource, `document is ${formatBytes(bodyMatch[1]!.length)}, over the ${formatBytes(limits.maxDocChars)} limit for one article`);
      continue;
    }
    const body = reflowWireText(decodeSgmlEntities(bodyMatch[1]!)).replace(SIGNATURE, '');
    if (!body) continue;
    const titleRaw = TITLE.exec(inner)?.[1];
    const title = titleRaw ? decodeSgmlEntities(titleRaw).replace(/\s+/g, ' ').trim() || null : null;
    const date = toIsoDate(DATE.exec(inner)?.[1]);
    yield {
      ok: true,
      doc: rawDocument({ source: docSource, title, body, date, dateBasis: date ? 'metadata' : null, publication: 'Reuters' }),
    };
  }
  if (blocks === 0) yield failure(source, 'no <REUTERS> documents in this SGML file');
}

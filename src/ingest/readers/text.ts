// Plain text (whole file is the body) and BBC-style text (title line, blank line, body).
import { failure, rawDocument, type ReadItem } from '../types.js';

const MAX_TITLE_CHARS = 200;
const TITLE_THEN_BLANK = /^\ufeff?([^\r\n]+)\r?\n[ \t]*\r?\n/;

export function* readPlainText(text: string, source: string): Iterable<ReadItem> {
  const body = text.replace(/^\ufeff/, '').trim();
  if (!body) yield failure(source, 'file holds only whitespace');
  else yield { ok: true, doc: rawDocument({ source, body }) };
}

/** Title and body when the text has a short first line followed by a blank line, else null. */
export function splitTitleBlankBody(text: string): { title: string; body: string } | null {
  const m = TITLE_THEN_BLANK.exec(text);
  if (!m) return null;
  const title = m[1]!.trim();
  if (!title || title.length > MAX_TITLE_CHARS) return null;
  const body = text.slice(m[0].length).trim();
  return body ? { title, body } : null;
}

export function* readBbc(text: string, source: string): Iterable<ReadItem> {
  const parts = splitTitleBlankBody(text);
  if (parts) yield { ok: true, doc: rawDocument({ source, title: parts.title, body: parts.body }) };
  else yield* readPlainText(text, source);
}

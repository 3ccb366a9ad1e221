// EDM-style text: "Publication: … Volume: N Issue: N", then optional title and date lines, then the prose.
import { toIsoDate } from '../dates.js';
import { failure, rawDocument, type ReadItem } from '../types.js';

// Archive copies often run the byline and the date on after the issue number ("Issue: 112 By: Vladimir
// Socor June 10, 2010"): the header keeps that tail, and a date in it is the publication date.
export const EDM_HEADER = /^[ \t]*Publication:[ \t]*(.+?)[ \t]+Volume:[ \t]*(\d+)[ \t]+Issue:[ \t]*(\d+)(?!\d)(.*)$/i;
const TITLE_LINE = /^Title:[ \t]*(.+)$/i;
const DATE_LINE = /^Date:[ \t]*(.+)$/i;
/** "By Vladimir Socor", "By: Roger McDermott and Paul Goble": a byline, metadata rather than prose. */
const BYLINE_NAME = "\\p{Lu}[\\p{L}\\p{M}.'’-]*(?:[ \\t]+(?:(?:de|da|van|von|der|al|bin|ibn)[ \\t]+)?\\p{Lu}[\\p{L}\\p{M}.'’-]*)*";
const BYLINE = new RegExp(`^By:?[ \\t]+${BYLINE_NAME}(?:(?:,|,? and)[ \\t]+${BYLINE_NAME})*$`, 'u');
const MAX_BYLINE_CHARS = 100;
const MAX_TITLE_CHARS = 200;
/** Header, title and date lines come before the prose; more than this many lines is prose. */
const MAX_HEAD_LINES = 4;

/** The first line of the text, without its line break. */
export function firstLine(text: string): string {
  const nl = text.indexOf('\n');
  return (nl === -1 ? text : text.slice(0, nl)).replace(/^\ufeff/, '').replace(/\r$/, '');
}

export function* readEdm(text: string, source: string): Iterable<ReadItem> {
  const lines = lineSpans(text);
  let i = 0;
  while (i < lines.length && lines[i]!.text.trim() === '') i++;
  const header = i < lines.length ? EDM_HEADER.exec(lines[i]!.text.replace(/^\ufeff/, '')) : null;
  if (!header) {
    yield failure(source, 'no "Publication: … Volume: … Issue: …" header on the first line');
    return;
  }
  i++;
  let title: string | null = null;
  let date: string | null = dateIn(header[4]!);
  for (let seen = 0; i < lines.length && seen < MAX_HEAD_LINES; i++) {
    const line = lines[i]!.text.trim();
    if (line === '') continue;
    seen++;
    let m: RegExpExecArray | null;
    if (!title && (m = TITLE_LINE.exec(line))) title = m[1]!.trim();
    else if (!date && (m = DATE_LINE.exec(line)) && toIsoDate(m[1]!)) date = toIsoDate(m[1]!);
    else if (!date && toIsoDate(line, { whole: true })) date = toIsoDate(line, { whole: true });
    else if (line.length <= MAX_BYLINE_CHARS && BYLINE.test(line)) continue;
    else if (!title && isBareTitle(lines, i)) title = line;
    else break;
  }
  const body = i < lines.length ? text.slice(lines[i]!.start).trim() : '';
  if (!body) {
    yield failure(source, 'EDM header but no article text after it');
    return;
  }
  yield {
    ok: true,
    doc: rawDocument({
      source,
      body,
      title,
      date,
      dateBasis: date ? 'header' : null,
      publication: header[1]!.trim(),
      volume: Number(header[2]),
      issue: Number(header[3]),
    }),
  };
}

/** The first date written in `text` (a header's tail), if any. */
function dateIn(text: string): string | null {
  for (const m of text.matchAll(/(?:^|[\s,;|(])(?=[\p{L}\d])/gu)) {
    const found = toIsoDate(text.slice(m.index + m[0].length));
    if (found) return found;
  }
  return null;
}

/** A short line standing alone (blank line or a date line after it), not a sentence of prose. */
function isBareTitle(lines: LineSpan[], i: number): boolean {
  const line = lines[i]!.text.trim();
  if (line.length > MAX_TITLE_CHARS || /[.:;,]$/.test(line)) return false;
  const next = lines[i + 1]?.text.trim();
  // A byline may follow the title directly ("… DEBT" / "By: Vladimir Socor").
  return next === '' || (next !== undefined && (DATE_LINE.test(next) || toIsoDate(next, { whole: true }) !== null || (next.length <= MAX_BYLINE_CHARS && BYLINE.test(next))));
}

interface LineSpan {
  start: number;
  text: string;
}

function lineSpans(text: string): LineSpan[] {
  const spans: LineSpan[] = [];
  let start = 0;
  // Only the head is inspected: stop splitting once enough lines are known.
  while (start <= text.length && spans.length < 64) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    spans.push({ start, text: text.slice(start, end).replace(/\r$/, '') });
    if (nl === -1) break;
    start = nl + 1;
  }
  return spans;
}

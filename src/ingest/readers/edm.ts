// EDM-style text: "Publication: … Volume: N Issue: N", then optional title and date lines, then the prose.
// Copies saved from the web may put the title (and a date) above the header instead.
import { toIsoDate } from '../dates.js';
import { failure, rawDocument, type ReadItem } from '../types.js';

// Archive copies often run the byline and the date on after the issue number ("Issue: 112 By: Vladimir
// Socor June 10, 2010"): the header keeps that tail, and a date in it is the publication date.
const EDM_HEADER = /^[ \t]*Publication:[ \t]*(.+?)[ \t]+Volume:[ \t]*(\d+)[ \t]+Issue:[ \t]*(\d+)(?!\d)(.*)$/i;
const TITLE_LINE = /^Title:[ \t]*(.+)$/i;
const DATE_LINE = /^Date:[ \t]*(.+)$/i;
/** "By Vladimir Socor", "By: Roger McDermott and Paul Goble": a byline, metadata rather than prose. */
const BYLINE_NAME = "\\p{Lu}[\\p{L}\\p{M}.'’-]*(?:[ \\t]+(?:(?:de|da|van|von|der|al|bin|ibn)[ \\t]+)?\\p{Lu}[\\p{L}\\p{M}.'’-]*)*";
const BYLINE = new RegExp(`^By:?[ \\t]+${BYLINE_NAME}(?:(?:,|,? and)[ \\t]+${BYLINE_NAME})*$`, 'u');
const MAX_BYLINE_CHARS = 100;
const MAX_TITLE_CHARS = 200;
/** Header, title and date lines come before the prose; more than this many lines is prose. */
const MAX_HEAD_LINES = 4;
/** Copies saved from the web often put the title (and a date) above the header: this many lines at most. */
const MAX_LINES_ABOVE_HEADER = 2;

/**
 * Where the EDM header is: its line index and match, on the first line with text or below at most
 * MAX_LINES_ABOVE_HEADER short lines (a title, a date) standing above it.
 */
function findHeader(lines: readonly LineSpan[]): { at: number; header: RegExpExecArray; above: string[] } | null {
  const above: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.text.replace(/^\ufeff/, '');
    if (line.trim() === '') continue;
    const header = EDM_HEADER.exec(line);
    if (header) return { at: i, header, above };
    if (above.length === MAX_LINES_ABOVE_HEADER || line.trim().length > MAX_TITLE_CHARS || /[.;,]$/.test(line.trim())) return null;
    above.push(line.trim());
  }
  return null;
}

/** Whether the text opens with an EDM header (on its first line, or below a title). */
export function hasEdmHeader(text: string): boolean {
  return findHeader(lineSpans(text)) !== null;
}

export function* readEdm(text: string, source: string): Iterable<ReadItem> {
  const lines = lineSpans(text);
  const found = findHeader(lines);
  if (!found) {
    yield failure(source, 'no "Publication: … Volume: … Issue: …" header at the top (the first line, or under a title)');
    return;
  }
  const { header } = found;
  let i = found.at + 1;
  let title: string | null = null;
  let date: string | null = dateIn(header[4]!);
  for (const line of found.above) {
    const written = toIsoDate(line.replace(DATE_LINE, '$1'), { whole: true });
    if (!date && written) date = written;
    else if (!title && !written) title = line.replace(TITLE_LINE, '$1').trim();
  }
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

// EDM-style text: "Publication: … Volume: N Issue: N", then optional title and date lines, then the prose.
import { toIsoDate } from '../dates.js';
import { failure, rawDocument, type ReadItem } from '../types.js';

export const EDM_HEADER = /^[ \t]*Publication:[ \t]*(.+?)[ \t]+Volume:[ \t]*(\d+)[ \t]+Issue:[ \t]*(\d+)[ \t]*$/i;
const TITLE_LINE = /^Title:[ \t]*(.+)$/i;
const DATE_LINE = /^Date:[ \t]*(.+)$/i;
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
  let date: string | null = null;
  for (let seen = 0; i < lines.length && seen < MAX_HEAD_LINES; i++) {
    const line = lines[i]!.text.trim();
    if (line === '') continue;
    seen++;
    let m: RegExpExecArray | null;
    if (!title && (m = TITLE_LINE.exec(line))) title = m[1]!.trim();
    else if (!date && (m = DATE_LINE.exec(line)) && toIsoDate(m[1]!)) date = toIsoDate(m[1]!);
    else if (!date && toIsoDate(line, { whole: true })) date = toIsoDate(line, { whole: true });
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

/** A short line standing alone (blank line or a date line after it), not a sentence of prose. */
function isBareTitle(lines: LineSpan[], i: number): boolean {
  const line = lines[i]!.text.trim();
  if (line.length > MAX_TITLE_CHARS || /[.:;,]$/.test(line)) return false;
  const next = lines[i + 1]?.text.trim();
  return next === '' || (next !== undefined && (DATE_LINE.test(next) || toIsoDate(next, { whole: true }) !== null));
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

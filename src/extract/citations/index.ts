// Source citations: parenthetical "(Interfax-AVN, December 10)" and inline "El Tiempo reported".
//
// Offsets: a parenthetical citation covers its whole parenthesis (brackets included), and when one
// parenthesis names several sources — "(Interfax, December 10; RIA Novosti, December 11)" or
// "(Interfax, Kommersant, December 10)" — each source is its own citation with that same whole
// parenthesis as raw/start/end and its own date. An inline citation covers cue and name, plus a date
// right after the verb ("Reuters reported on Monday"). Always body.slice(start, end) === raw.
// Dates resolve against the publication date and never into its future.
import type { ExtractContext } from '../context.js';
import type { Citation } from '../../model/extraction.js';
import { findInlineCitations } from './inline.js';
import { findParentheticals, parseParenthetical, partDate, type DateOnlyParenthetical } from './parenthetical.js';
import { parseIso } from '../dates/calendar.js';

/** How far after an inline attribution, in the same paragraph, a parenthesis citing that outlet may date it. */
const SAME_PASSAGE_CHARS = 300;

export function extractCitations(ctx: ExtractContext): Citation[] {
  return findCitations(ctx.article.body, ctx.article.date);
}

export function findCitations(body: string, reference: string | null): Citation[] {
  const out: Citation[] = [];
  const dateOnly: DateOnlyParenthetical[] = [];
  for (const p of findParentheticals(body, dateOnly)) {
    for (const part of p.parts) {
      out.push({
        start: p.start,
        end: p.end,
        raw: p.raw,
        source: part.source,
        date: partDate(part, reference),
        malformed: part.source === null,
        form: 'parenthetical',
      });
    }
  }
  const parentheticals = out.slice();
  const taken = out.map((c) => [c.start, c.end] as const);
  const cited = new Set(parentheticals.flatMap((c) => (c.source ? [c.source] : [])));
  // "he told Vedomosti in an interview … (Vedomosti, February 24)": the parenthesis dates the attribution
  // (not one that dates an earlier year's report: "(Kursiv, December 28, 2023)" in a 2024 article).
  const sameYear = (p: Citation): boolean => reference === null || p.date === null || p.date.slice(0, 4) === reference.slice(0, 4) || !/\b(?:19|20)\d\d\b/.test(p.raw);
  for (const c of findInlineCitations(body, reference, cited)) {
    if (taken.some(([a, b]) => a < c.end && c.start < b)) continue;
    taken.push([c.start, c.end]);
    const closing = c.date ? undefined : parentheticals.find((p) => p.start >= c.end && p.start - c.end <= SAME_PASSAGE_CHARS && !body.slice(c.end, p.start).includes('\n') && !!p.source && sameOutlet(p.source, c.source));
    const date = c.date ?? (closing && sameYear(closing) ? closing.date : null);
    out.push({ start: c.start, end: c.end, raw: body.slice(c.start, c.end), source: c.source, date, malformed: false, form: 'inline' });
  }
  out.sort((a, b) => a.start - b.start);
  // "Civil.ge reported that … (May 13).", "(Civil.ge, May 2). … the next evening (May 3).": a date alone in
  // parentheses cites the source cited last before it, within a few paragraphs.
  const continued: Citation[] = [];
  for (const p of dateOnly) {
    const previous = out.findLast((c) => c.end <= p.start && c.source !== null);
    if (!previous || p.start - previous.end > CONTINUATION_CHARS) continue;
    const date = partDate({ source: previous.source, sourceOffset: -1, ...p.date }, reference);
    continued.push({ start: p.start, end: p.end, raw: p.raw, source: previous.source, date, malformed: false, form: 'parenthetical' });
    // The inline attribution it closes takes its date: "Interfax reported that … (February 21)".
    if (previous.form === 'inline' && previous.date === null && p.start - previous.end <= SAME_PASSAGE_CHARS && !body.slice(previous.end, p.start).includes('\n')) previous.date = date;
  }
  return continued.length ? [...out, ...continued].sort((a, b) => a.start - b.start) : out;
}

/** How far after the last cited source a date alone in parentheses may continue it. */
const CONTINUATION_CHARS = 1500;

/**
 * Where the outlet's name lies in the body (for an ORG mention), recomputed from the citation's raw
 * text: null for a citation without a source.
 */
export function citationSourceSpan(c: Citation): { start: number; end: number } | null {
  if (!c.source) return null;
  if (c.form !== 'inline') {
    const parts = parseParenthetical(c.raw);
    if (parts) {
      const wanted = c.date ? parseIso(c.date) : null;
      const same = parts.filter((p) => p.source === c.source && p.sourceOffset >= 0);
      const part = same.find((p) => !wanted || (p.month === wanted.month && p.day === wanted.day)) ?? same[0];
      if (part) return { start: c.start + part.sourceOffset, end: c.start + part.sourceOffset + c.source.length };
    }
  }
  const at = c.raw.indexOf(c.source);
  return at < 0 ? null : { start: c.start + at, end: c.start + at + c.source.length };
}

/**
 * Whether two names cite one outlet: "The Economist" and "Economist", "Radio Azattyq" and "Azattyq" (one
 * is the other with a leading article, or with whole words before or after it).
 */
export function sameOutlet(a: string, b: string): boolean {
  const fold = (x: string): string => x.toLowerCase().replace(/^the\s+/, '').replace(/\s+/g, ' ').trim();
  const [x, y] = [fold(a), fold(b)];
  if (x === y) return true;
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  return short.length >= 3 && (long.endsWith(' ' + short) || long.startsWith(short + ' '));
}

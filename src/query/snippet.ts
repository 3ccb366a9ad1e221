// A highlighted excerpt of a body for a parsed query: the window of text that holds the most distinct
// query terms, matches wrapped in \u0002 … \u0003. Done here rather than by the database because it
// is an order of magnitude cheaper than FTS5's snippet() over external-content tables.
import type { Clause } from './parse.js';

const MARK_OPEN = '\u0002';
const MARK_CLOSE = '\u0003';

export function compileHighlighter(clauses: Clause[]): RegExp | null {
  const parts = clauses
    .filter((c) => !c.negated)
    .map((c) => c.words.map(escapeRegExp).join('[^\\p{L}\\p{N}]+') + (c.prefix ? '[\\p{L}\\p{N}]*' : ''));
  if (parts.length === 0) return null;
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${parts.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}

export function makeSnippet(body: string, highlighter: RegExp | null, width = 220): string {
  const matches: { start: number; end: number; term: string }[] = [];
  if (highlighter) {
    highlighter.lastIndex = 0;
    for (let m = highlighter.exec(body); m && matches.length < 200; m = highlighter.exec(body)) {
      matches.push({ start: m.index, end: m.index + m[0].length, term: m[0].toLowerCase() });
    }
  }
  if (matches.length === 0) return clip(body, 0, width);
  // The window starting at some match that covers the most distinct terms (then the most matches).
  let best = 0;
  let bestScore = -1;
  for (let i = 0; i < matches.length; i++) {
    const terms = new Set<string>();
    let count = 0;
    for (let j = i; j < matches.length && matches[j]!.end - matches[i]!.start <= width; j++) {
      terms.add(matches[j]!.term);
      count++;
    }
    const score = terms.size * 1000 + count;
    if (score > bestScore) {
      bestScore = score;
      best = i;
    }
  }
  const anchor = matches[best]!.start;
  let from = Math.max(0, anchor - Math.floor(width / 4));
  if (from > 0) {
    const space = body.indexOf(' ', from);
    from = space >= 0 && space < anchor ? space + 1 : anchor;
  }
  let to = Math.min(body.length, from + width);
  if (to < body.length) {
    const space = body.lastIndexOf(' ', to);
    if (space > from) to = space;
  }
  let out = from > 0 ? '…' : '';
  let at = from;
  for (const m of matches) {
    if (m.start < from || m.end > to) continue;
    out += body.slice(at, m.start) + MARK_OPEN + body.slice(m.start, m.end) + MARK_CLOSE;
    at = m.end;
  }
  out += body.slice(at, to) + (to < body.length ? '…' : '');
  return out.replace(/\s+/g, ' ');
}

function clip(body: string, from: number, width: number): string {
  if (body.length <= width) return body.replace(/\s+/g, ' ');
  const space = body.lastIndexOf(' ', from + width);
  return `${body.slice(from, space > from ? space : from + width).replace(/\s+/g, ' ')}…`;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

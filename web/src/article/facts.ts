// The facts of an article as highlightable spans, and their nesting: quotes contain mentions,
// citations contain dates. Spans are sorted once and nested with a stack (O(n log n)); a span that
// crosses its parent's end is clipped there so the text is cut into well-formed segments.
import type { ArticleData } from '../api.js';
import { typeFamily } from '../format.js';

export type FactKind = 'person' | 'org' | 'place' | 'other' | 'quote' | 'citation' | 'quantity' | 'date';

export const FACT_KINDS: { kind: FactKind; label: string }[] = [
  { kind: 'person', label: 'People' },
  { kind: 'org', label: 'Organizations' },
  { kind: 'place', label: 'Places' },
  { kind: 'other', label: 'Groups & other' },
  { kind: 'quote', label: 'Quotes' },
  { kind: 'citation', label: 'Citations' },
  { kind: 'quantity', label: 'Quantities' },
  { kind: 'date', label: 'Dates' },
];

export interface Fact {
  /** DOM id of the span: stable within the article. */
  key: string;
  kind: FactKind;
  start: number;
  end: number;
  /** Article-local entity id (mentions), speaker id (quotes). */
  entity: string | null;
  /** Hover text. */
  title: string;
}

export interface SpanNode {
  fact: Fact;
  start: number;
  end: number;
  children: SpanNode[];
}

// Outer kinds first when two spans cover the same characters.
const NESTING_RANK: Record<FactKind, number> = { quote: 0, citation: 1, person: 2, org: 2, place: 2, other: 2, quantity: 3, date: 4 };

export function articleFacts(data: ArticleData): Fact[] {
  const names = new Map(data.entities.map((e) => [e.id, e.name]));
  const facts: Fact[] = [];
  data.mentions.forEach((m, i) => {
    const name = m.entity ? names.get(m.entity) : undefined;
    facts.push({ key: `m${i}`, kind: typeFamily(m.type), start: m.start, end: m.end, entity: m.entity, title: `${m.type}${name && name !== m.text ? ` · ${name}` : ''}` });
  });
  data.quotes.forEach((q, i) => {
    const speaker = (q.speaker ? names.get(q.speaker) : null) ?? q.speakerText;
    facts.push({ key: `q${i}`, kind: 'quote', start: q.start, end: q.end, entity: q.speaker, title: `${q.kind} quote${speaker ? ` · ${speaker}` : ' · speaker unknown'}${q.cue ? ` (${q.cue})` : ''}` });
  });
  data.citations.forEach((c, i) => {
    facts.push({ key: `c${i}`, kind: 'citation', start: c.start, end: c.end, entity: c.entity ?? null, title: c.malformed ? 'citation (malformed)' : `citation · ${c.source ?? '?'}${c.date ? ` · ${c.date}` : ''}` });
  });
  data.quantities.forEach((q, i) => {
    facts.push({ key: `n${i}`, kind: 'quantity', start: q.start, end: q.end, entity: null, title: `${q.value.toLocaleString('en-US')}${q.unit ? ` ${q.unit}` : ''}${q.about ? ` · ${q.about}` : ''}` });
  });
  data.dates.forEach((d, i) => {
    facts.push({ key: `d${i}`, kind: 'date', start: d.start, end: d.end, entity: null, title: d.date ? `${d.date} (${d.precision})` : 'date' });
  });
  return facts;
}

export function nestFacts(bodyLength: number, facts: readonly Fact[]): SpanNode[] {
  const sorted = facts
    .filter((f) => f.start >= 0 && f.end <= bodyLength && f.start < f.end)
    .sort((a, b) => a.start - b.start || b.end - a.end || NESTING_RANK[a.kind] - NESTING_RANK[b.kind]);
  const roots: SpanNode[] = [];
  const stack: SpanNode[] = [];
  for (const fact of sorted) {
    while (stack.length && stack[stack.length - 1]!.end <= fact.start) stack.pop();
    const parent = stack[stack.length - 1];
    const end = parent ? Math.min(fact.end, parent.end) : fact.end;
    if (end <= fact.start) continue;
    const node: SpanNode = { fact, start: fact.start, end, children: [] };
    (parent ? parent.children : roots).push(node);
    stack.push(node);
  }
  return roots;
}

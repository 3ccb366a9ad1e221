// `dossier eval quantities`: figure spans against re3d's Quantity and Money annotations (evaluation
// only; nothing is tuned to it). Reported, no target.
//
// Definitions:
// - Gold: every Quantity and Money span. re3d annotates alternatives ("grant of $530,000" and
//   "$530,000"; "more than $4 million" and "$4 million"), so overlapping gold spans form one gold
//   item; an item is found when any of its spans is matched.
// - Exact match: predicted span equals an annotated span, after trimming whitespace and punctuation
//   at both edges. `precision`, `recall`, `f1` are exact-match figures.
// - Overlap match: predicted span and an annotated span share at least one character
//   (`overlapPrecision`, `overlapRecall`, `overlapF1`).
// - Precision counts a prediction once, correct when it matches any annotated span; recall counts gold
//   items. re3d documents carry no publication date: dates are found with a null reference (their spans
//   still mask years out of the figures).
import { analyze } from '../analyze/index.js';
import { findDates } from '../extract/dates/index.js';
import { extractQuantities } from '../extract/quantities/index.js';
import type { Article, Quantity } from '../model/extraction.js';
import { readRe3d, type Re3dEntity } from './re3d.js';
import type { EvalArgs, EvalReport, EvalTask } from './types.js';

const GOLD_TYPES = new Set(['Quantity', 'Money']);

export interface SpanCounts {
  predicted: number;
  exactCorrect: number;
  overlapCorrect: number;
  goldItems: number;
  exactFound: number;
  overlapFound: number;
}

export const run: EvalTask = async (args: EvalArgs): Promise<EvalReport> => {
  const docs = readRe3d().slice(0, args.limit ?? Infinity);
  process.stderr.write(`eval quantities: ${docs.length} re3d documents\n`);
  const total = emptyCounts();
  const perType: Record<string, { goldItems: number; exactFound: number; overlapFound: number }> = {};
  let chars = 0;
  let ms = 0;
  for (const doc of docs) {
    chars += doc.text.length;
    const t0 = performance.now();
    const predicted = quantitiesOf(doc.text);
    ms += performance.now() - t0;
    const gold = doc.entities.filter((e) => GOLD_TYPES.has(e.type));
    add(total, scoreDocument(doc.text, predicted, gold));
    for (const type of GOLD_TYPES) {
      const c = scoreDocument(doc.text, predicted, gold.filter((e) => e.type === type));
      const slot = (perType[type] ??= { goldItems: 0, exactFound: 0, overlapFound: 0 });
      slot.goldItems += c.goldItems;
      slot.exactFound += c.exactFound;
      slot.overlapFound += c.overlapFound;
    }
  }
  return {
    task: 'quantities',
    documents: docs.length,
    ...figures(total),
    recallPerType: Object.fromEntries(
      Object.entries(perType).map(([k, v]) => [k, { exact: ratio(v.exactFound, v.goldItems), overlap: ratio(v.overlapFound, v.goldItems), gold: v.goldItems }]),
    ),
    charsPerSecond: ms > 0 ? Math.round(chars / (ms / 1000)) : 0,
  };
};

/** The figures the extractor reports for a text with no publication date (analysis, dates, quantities). */
export function quantitiesOf(text: string): Quantity[] {
  const article: Article = {
    id: 'eval', source: 're3d', publication: null, volume: null, issue: null, title: null,
    date: null, dateBasis: 'none', language: 'en', body: text,
  };
  const analysis = analyze(text);
  return extractQuantities({ article, analysis, dates: findDates(text, null) });
}

export function scoreDocument(text: string, predicted: { start: number; end: number }[], gold: Re3dEntity[]): SpanCounts {
  const goldSpans = gold.map((g) => trim(text, g.begin, g.end));
  const exact = new Set(goldSpans.map(([a, b]) => `${a}:${b}`));
  const overlaps = (p: [number, number], g: [number, number]): boolean => p[0] < g[1] && g[0] < p[1];
  const predictedSpans = predicted.map((p) => trim(text, p.start, p.end));
  const c = emptyCounts();
  c.predicted = predictedSpans.length;
  for (const p of predictedSpans) {
    if (exact.has(`${p[0]}:${p[1]}`)) c.exactCorrect++;
    if (goldSpans.some((g) => overlaps(p, g))) c.overlapCorrect++;
  }
  for (const item of goldItems(goldSpans)) {
    c.goldItems++;
    if (item.some((g) => predictedSpans.some((p) => p[0] === g[0] && p[1] === g[1]))) c.exactFound++;
    if (item.some((g) => predictedSpans.some((p) => overlaps(p, g)))) c.overlapFound++;
  }
  return c;
}

/** Overlapping gold spans are alternatives of one item (connected by overlap, in offset order). */
function goldItems(spans: [number, number][]): [number, number][][] {
  const sorted = [...spans].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const items: [number, number][][] = [];
  let reach = -1;
  for (const s of sorted) {
    if (items.length > 0 && s[0] < reach) items[items.length - 1]!.push(s);
    else items.push([s]);
    reach = Math.max(reach, s[1]);
  }
  return items;
}

function trim(text: string, start: number, end: number): [number, number] {
  let a = start;
  let b = end;
  while (a < b && /[\s.,;:!?()"“”'‘’]/.test(text[a]!)) a++;
  while (b > a && /[\s.,;:!?()"“”'‘’]/.test(text[b - 1]!)) b--;
  return [a, b];
}

function emptyCounts(): SpanCounts {
  return { predicted: 0, exactCorrect: 0, overlapCorrect: 0, goldItems: 0, exactFound: 0, overlapFound: 0 };
}

function add(into: SpanCounts, c: SpanCounts): void {
  for (const k of Object.keys(into) as (keyof SpanCounts)[]) into[k] += c[k];
}

function ratio(a: number, b: number): number {
  return b === 0 ? 0 : Math.round((a / b) * 10000) / 10000;
}

function f1(p: number, r: number): number {
  return p + r === 0 ? 0 : Math.round(((2 * p * r) / (p + r)) * 10000) / 10000;
}

export function figures(c: SpanCounts): Record<string, unknown> {
  const precision = ratio(c.exactCorrect, c.predicted);
  const recall = ratio(c.exactFound, c.goldItems);
  const overlapPrecision = ratio(c.overlapCorrect, c.predicted);
  const overlapRecall = ratio(c.overlapFound, c.goldItems);
  return {
    precision,
    recall,
    f1: f1(precision, recall),
    overlapPrecision,
    overlapRecall,
    overlapF1: f1(overlapPrecision, overlapRecall),
    counts: { ...c },
  };
}

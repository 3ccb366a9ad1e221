// `dossier eval quotes`: quote attribution scored on PolNeAR (see polnear.ts for the annotator protocol).
//
// The headline figures are those of the extractor the product runs (speech: quotes and reported
// statements, stances and findings of a named source); `attributionProfile` is the PolNeAR-style
// reading: the same span tagger without the speech filters, so it also keeps what any verb or cue
// noun introduces (beliefs, discussions, findings), as PolNeAR annotates them.
//
// Definitions (all over attributions; a gold item is one annotated Content with its Source):
// - Words: wink word and number tokens of the text (punctuation and quote marks do not count); a
//   token belongs to a span when its midpoint lies inside it (inside any fragment of a
//   discontinuous gold Content).
// - Overlap match: a predicted quote and a gold Content match when shared words / max(predicted
//   words, gold words) >= 0.5. Matching is one-to-one, greedy by that ratio.
// - Exact match: identical start and end after trimming whitespace, punctuation and quotation marks
//   at both edges; a discontinuous gold Content is taken from its first fragment's start to its last
//   fragment's end. One-to-one.
// - Source accuracy: over overlap-matched pairs whose gold has a Source, the share where the
//   predicted source phrase, or the speaker we report (a pronoun's antecedent), overlaps the gold
//   Source by at least one character. PolNeAR has no coreference links, so nothing else counts.
import { analyze, type Analysis } from '../analyze/index.js';
import { findAttributions, type AttributeOptions, type Attribution } from '../extract/quotes/attribute.js';
import { attributionOptions, quoteOptions } from '../extract/quotes/index.js';
import { partitionPoint } from '../util/sorted.js';
import { readPolnear, type Attribution as GoldAttribution, type PolnearDoc } from './polnear.js';
import type { EvalArgs, EvalReport, EvalTask } from './types.js';

export interface QuoteCounts {
  gold: number;
  predicted: number;
  overlapMatched: number;
  exactMatched: number;
  sourceEvaluated: number;
  sourceCorrect: number;
  words: number;
  ms: number;
}

export const run: EvalTask = async (args: EvalArgs): Promise<EvalReport> => {
  const docs = readPolnear(args.split, args.limit);
  process.stderr.write(`eval quotes: ${docs.length} PolNeAR ${args.split} documents (first annotator per text)\n`);
  const counts = scoreDocuments(docs, quoteOptions(), (done) => {
    if (done % 20 === 0) process.stderr.write(`  speech ${done}/${docs.length}\n`);
  });
  // The broader PolNeAR-style profile (cue objects too), for comparison with the gold's scope.
  const broad = scoreDocuments(docs, attributionOptions());
  return { task: 'quotes', split: args.split, documents: docs.length, ...figures(counts), attributionProfile: figures(broad) };
};

export function figures(c: QuoteCounts): Record<string, unknown> {
  const ratio = (a: number, b: number): number => (b === 0 ? 0 : round(a / b));
  const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : round((2 * p * r) / (p + r)));
  const overlapPrecision = ratio(c.overlapMatched, c.predicted);
  const overlapRecall = ratio(c.overlapMatched, c.gold);
  const exactPrecision = ratio(c.exactMatched, c.predicted);
  const exactRecall = ratio(c.exactMatched, c.gold);
  return {
    overlapF1: f1(overlapPrecision, overlapRecall),
    exactF1: f1(exactPrecision, exactRecall),
    sourceAccuracy: ratio(c.sourceCorrect, c.sourceEvaluated),
    overlapPrecision,
    overlapRecall,
    exactPrecision,
    exactRecall,
    counts: {
      gold: c.gold,
      predicted: c.predicted,
      overlapMatched: c.overlapMatched,
      exactMatched: c.exactMatched,
      sourceEvaluated: c.sourceEvaluated,
      sourceCorrect: c.sourceCorrect,
    },
    wordsPerSecond: c.ms > 0 ? Math.round((c.words / c.ms) * 1000) : null,
  };
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}

/** Scores every document; `options` lets tuning scripts try settings on train and dev. */
export function scoreDocuments(docs: PolnearDoc[], options: AttributeOptions, progress?: (done: number) => void): QuoteCounts {
  const total: QuoteCounts = { gold: 0, predicted: 0, overlapMatched: 0, exactMatched: 0, sourceEvaluated: 0, sourceCorrect: 0, words: 0, ms: 0 };
  docs.forEach((doc, i) => {
    const analysis = analyze(doc.text);
    const t0 = performance.now();
    const predicted = findAttributions(analysis, options);
    total.ms += performance.now() - t0;
    const c = scoreDocument(doc, analysis, predicted);
    for (const k of Object.keys(c) as (keyof QuoteCounts)[]) total[k] += c[k];
    progress?.(i + 1);
  });
  return total;
}

export function scoreDocument(doc: PolnearDoc, analysis: Analysis, predicted: Attribution[]): QuoteCounts {
  const mids: number[] = [];
  for (const t of analysis.tokens) if (t.kind === 'word' || t.kind === 'number') mids.push((t.start + t.end) / 2);
  const firstAtOrAfter = (x: number): number => partitionPoint(mids.length, (i) => mids[i]! < x);
  const wordsIn = (start: number, end: number): [number, number] => [firstAtOrAfter(start), firstAtOrAfter(end)];
  const gold = doc.attributions;
  const goldRanges = gold.map((g) => g.content.fragments.map((f) => wordsIn(f.start, f.end)));
  const goldLen = goldRanges.map((rs) => rs.reduce((n, [a, b]) => n + (b - a), 0));
  const predRanges = predicted.map((p) => wordsIn(p.start, p.end));

  // Overlap matching, one-to-one, greedy by ratio.
  const pairs: { p: number; g: number; score: number }[] = [];
  predicted.forEach((_, p) => {
    const [pa, pb] = predRanges[p]!;
    const plen = pb - pa;
    gold.forEach((_, g) => {
      let shared = 0;
      for (const [ga, gb] of goldRanges[g]!) shared += Math.max(0, Math.min(pb, gb) - Math.max(pa, ga));
      const score = shared / Math.max(plen, goldLen[g]!, 1);
      if (shared > 0 && score >= 0.5) pairs.push({ p, g, score });
    });
  });
  pairs.sort((a, b) => b.score - a.score || a.p - b.p || a.g - b.g);
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  let overlapMatched = 0;
  let sourceEvaluated = 0;
  let sourceCorrect = 0;
  for (const { p, g } of pairs) {
    if (usedP.has(p) || usedG.has(g)) continue;
    usedP.add(p);
    usedG.add(g);
    overlapMatched++;
    const source = gold[g]!.source;
    if (!source) continue;
    sourceEvaluated++;
    if (sourceMatches(predicted[p]!, source.fragments)) sourceCorrect++;
  }

  // Exact matching on trimmed boundaries.
  const goldKeys = new Map<string, number>();
  for (const g of gold) {
    const key = trimmedKey(doc.text, g.content.fragments[0]!.start, g.content.fragments[g.content.fragments.length - 1]!.end);
    goldKeys.set(key, (goldKeys.get(key) ?? 0) + 1);
  }
  let exactMatched = 0;
  for (const p of predicted) {
    const key = trimmedKey(doc.text, p.start, p.end);
    const left = goldKeys.get(key) ?? 0;
    if (left > 0) {
      exactMatched++;
      goldKeys.set(key, left - 1);
    }
  }
  return { gold: gold.length, predicted: predicted.length, overlapMatched, exactMatched, sourceEvaluated, sourceCorrect, words: mids.length, ms: 0 };
}

function sourceMatches(p: Attribution, gold: GoldAttribution['content']['fragments']): boolean {
  const overlaps = (s: number | null, e: number | null): boolean => s !== null && e !== null && gold.some((f) => s < f.end && e > f.start);
  return overlaps(p.sourceStart, p.sourceEnd) || overlaps(p.speakerStart, p.speakerEnd);
}

const EDGE = /[\s\p{P}\p{S}]/u;

function trimmedKey(text: string, start: number, end: number): string {
  let a = start;
  let b = end;
  while (a < b && EDGE.test(text[a]!)) a++;
  while (b > a && EDGE.test(text[b - 1]!)) b--;
  return `${a}:${b}`;
}


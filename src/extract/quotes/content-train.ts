// Trains the content model (content-model.ts) on PolNeAR documents: a structured averaged
// perceptron over "no content" or (start, end) for every candidate cue verb outside quotation marks.
// Features are interned to integers so that an epoch over PolNeAR train takes seconds.
import type { Analysis } from '../../analyze/index.js';
import type { PolnearDoc } from '../../eval/polnear.js';
import { partitionPoint } from '../../util/sorted.js';
import { contentViewOf } from './attribute.js';
import { stem } from './cue-model.js';
import { cueEndFeature, cuePartFeatures, isContentCandidate, endFeatures, isVerbal, nextClass, lengthBucket, lengthFeature, LENGTH_BUCKETS, MAX_SPAN, START_WINDOW, startClass, startFeatures, verbFeature, nextBucket, NEXT_BUCKETS, startEndFeature, type ContentView } from './content-model.js';
import { FeatureInterner, meanOfOrders, ShuffledOrder } from './training.js';

interface Example {
  doc: number;
  cue: number;
  cueIds: Int32Array;
  /** Feature ids of each start k = cue + 1 + index. */
  startIds: Int32Array[];
  /** Per start: ids of the length features by bucket, then of "no verb yet" and "verb seen". */
  shapeIds: Int32Array[];
  /** Id of the cue-dependent end feature of each end e = cue + 1 + index. */
  cueEndIds: Int32Array;
  /** Gold span, or null for "no content". */
  gold: [number, number] | null;
}

interface DocData {
  unitEnd: Int32Array;
  verbal: Uint8Array;
  /** nextBucket of each token. */
  after: Uint8Array;
  endIds: Int32Array[];
}

export interface TrainedContent {
  weights: Record<string, number>;
  examples: number;
}

/** The last candidate verb of each gold cue that precedes its content, with the gold content span in tokens. */
export function goldSpans(doc: PolnearDoc, v: ContentView): Map<number, [number, number] | 'skip'> {
  const out = new Map<number, [number, number] | 'skip'>();
  const { toks } = v;
  const tokenFrom = (offset: number): number => partitionPoint(toks.length, (i) => toks[i]!.end <= offset);
  for (const a of doc.attributions) {
    if (!a.cue) continue;
    const cs = a.content.fragments[0]!.start;
    const ce = a.content.fragments[a.content.fragments.length - 1]!.end;
    let last = -1;
    for (const f of a.cue.fragments) {
      if (f.end > cs) continue;
      for (let i = tokenFrom(f.start); i < toks.length && toks[i]!.start < f.end; i++) if (isContentCandidate(toks, v.lower, i)) last = i;
    }
    if (last < 0) continue;
    let k = tokenFrom(cs);
    let e = tokenFrom(ce) - 1;
    while (e > k && toks[e]!.start >= ce) e--;
    const unitEnd = v.unitEnd[last]!;
    if (k <= last || k - last > START_WINDOW || k >= unitEnd) {
      out.set(last, 'skip');
      continue;
    }
    e = Math.min(e, unitEnd - 1, k + MAX_SPAN - 1);
    if (e < k) continue;
    out.set(last, [k, e]);
  }
  return out;
}

export function trainContentModel(docs: PolnearDoc[], analyses: Analysis[], epochs = 6, seed0 = 4242, members = CONTENT_MEMBERS): TrainedContent {
  const interner = new FeatureInterner();
  const intern = (fs: string[]): Int32Array => interner.intern(fs);
  const names = interner.names;
  for (let b = 0; b < LENGTH_BUCKETS; b++) intern([`elen=${b}`]);
  const examples: Example[] = [];
  const docData: DocData[] = [];
  docs.forEach((doc, d) => {
    const v = contentViewOf(analyses[d]!);
    const gold = goldSpans(doc, v);
    const endIds: Int32Array[] = [];
    for (let e = 0; e < v.toks.length; e++) endIds.push(intern(endFeatures(v, e)));
    docData.push({ unitEnd: v.unitEnd, endIds, verbal: Uint8Array.from(v.toks, (t) => (isVerbal(t) ? 1 : 0)), after: Uint8Array.from(v.toks, (_, e) => nextBucket(v, e)) });
    for (let c = 0; c < v.toks.length; c++) {
      if (v.inQuote[c] || !isContentCandidate(v.toks, v.lower, c)) continue;
      const g = gold.get(c);
      if (g === 'skip') continue;
      const startIds: Int32Array[] = [];
      const lastStart = Math.min(v.unitEnd[c]! - 1, c + START_WINDOW);
      const shapeIds: Int32Array[] = [];
      for (let k = c + 1; k <= lastStart; k++) {
        startIds.push(intern(startFeatures(v, c, k)));
        const sc = startClass(v, k);
        const shape: string[] = [];
        for (let b = 0; b < LENGTH_BUCKETS; b++) shape.push(lengthFeature(b, sc));
        shape.push(verbFeature(false, sc), verbFeature(true, sc));
        for (let b = 0; b < NEXT_BUCKETS; b++) shape.push(startEndFeature(sc, b));
        shapeIds.push(intern(shape));
      }
      const cueStem = stem(v.lower[c]!);
      const lastTok = Math.min(v.unitEnd[c]! - 1, lastStart + MAX_SPAN - 1);
      const cueEndNames: string[] = [];
      for (let e = c + 1; e <= lastTok; e++) cueEndNames.push(cueEndFeature(cueStem, nextClass(v, e)));
      examples.push({ doc: d, cue: c, cueIds: intern(cuePartFeatures(v, c)), startIds, shapeIds, cueEndIds: intern(cueEndNames), gold: g ?? null });
    }
  });

  // One order alone moved PolNeAR dev F1 by half a point when 11 train sentences changed.
  const [mean] = meanOfOrders(members, seed0, (seed) => [trainMember(seed)]) as [Float64Array];
  const weights: Record<string, number> = {};
  for (let i = 0; i < names.length; i++) {
    const avg = mean[i]!;
    if (Math.abs(avg) >= 0.05) weights[names[i]!] = Math.round(avg * 100) / 100;
  }
  return { weights, examples: examples.length };

  function trainMember(seed: number): Float64Array {
    const w = new Float64Array(names.length);
    const totals = new Float64Array(names.length);
    let step = 1;
    const sum = (xs: Int32Array): number => {
      let t = 0;
      for (let i = 0; i < xs.length; i++) t += w[xs[i]!]!;
      return t;
    };
    const update = (xs: Int32Array, by: number): void => {
      for (let i = 0; i < xs.length; i++) {
        w[xs[i]!]! += by;
        totals[xs[i]!]! += by * step;
      }
    };
    const updateSpan = (ex: Example, span: [number, number], by: number): void => {
      const dd = docData[ex.doc]!;
      update(ex.cueIds, by);
      update(ex.startIds[span[0] - ex.cue - 1]!, by);
      update(dd.endIds[span[1]]!, by);
      const si = span[0] - ex.cue - 1;
      const shape = ex.shapeIds[si]!;
      let seen = false;
      for (let j = span[0]; j <= span[1]; j++) if (dd.verbal[j]) seen = true;
      const b = lengthBucket(span[1] - span[0]);
      for (const id of [b, shape[b]!, shape[LENGTH_BUCKETS + (seen ? 1 : 0)]!, ex.cueEndIds[span[1] - ex.cue - 1]!, shape[LENGTH_BUCKETS + 2 + dd.after[span[1]]!]!]) {
        w[id]! += by;
        totals[id]! += by * step;
      }
    };
    const shuffled = new ShuffledOrder(examples.length, seed);
    for (let epoch = 0; epoch < epochs; epoch++) {
      const order = shuffled.next();
      let errors = 0;
      for (const x of order) {
        const ex = examples[x]!;
        const dd = docData[ex.doc]!;
        const unitEnd = dd.unitEnd[ex.cue]!;
        const cueScore = sum(ex.cueIds);
        let best: [number, number] | null = null;
        let bestScore = 0;
        // End scores of the tokens this cue can reach.
        const from = ex.cue + 1;
        const to = Math.min(unitEnd - 1, ex.cue + START_WINDOW + MAX_SPAN);
        const endScore = new Float64Array(Math.max(0, to - from + 1));
        for (let e = from; e <= to; e++) endScore[e - from] = sum(dd.endIds[e]!);
        ex.startIds.forEach((sIds, si) => {
          const k = ex.cue + 1 + si;
          const ss = cueScore + sum(sIds);
          const shape = ex.shapeIds[si]!;
          const noVerb = w[shape[LENGTH_BUCKETS]!]!;
          const verb = w[shape[LENGTH_BUCKETS + 1]!]!;
          let seen = false;
          const lastEnd = Math.min(unitEnd - 1, k + MAX_SPAN - 1);
          for (let e = k; e <= lastEnd; e++) {
            if (!seen && dd.verbal[e]) seen = true;
            const b = lengthBucket(e - k);
            const score = ss + endScore[e - from]! + w[ex.cueEndIds[e - ex.cue - 1]!]! + w[b]! + w[shape[b]!]! + (seen ? verb : noVerb) + w[shape[LENGTH_BUCKETS + 2 + dd.after[e]!]!]!;
            if (score > bestScore) {
              bestScore = score;
              best = [k, e];
            }
          }
        });
        const g = ex.gold;
        const same = g === null ? best === null : best !== null && best[0] === g[0] && best[1] === g[1];
        if (!same) {
          errors++;
          if (g) updateSpan(ex, g, 1);
          if (best) updateSpan(ex, best, -1);
        }
        step++;
      }
      process.stderr.write(`content epoch ${epoch + 1}: ${errors} errors of ${examples.length}\n`);
    }
    return Float64Array.from(w, (x, i) => x - totals[i]! / step);
  }
}

/** Perceptrons averaged into the content model (CONTENT_MEMBERS in the environment overrides, for measurements). */
const CONTENT_MEMBERS = Number(process.env['CONTENT_MEMBERS'] ?? 9);

// Learns the cue lexicon of quote attribution from PolNeAR train (one annotator per text, see
// src/eval/polnear.ts): for every word form, how often it heads an annotated Cue and how often it
// occurs at all. The extractor treats a form as a cue when both figures are high enough.
// It also trains the cue model (src/extract/quotes/cue-model.ts): an averaged perceptron over the
// verbs of train, positive when the verb lies inside an annotated Cue.
// Then the content model (content-train.ts): what a cue verb introduces, start and end; last, the
// trigger model (trigger-model.ts): whether a candidate introduces a content at all.
// Last, the span tagger (span-tagger.ts), which reads contents token by token given the readings of
// the models above, so it is trained on their output (they are loaded from the files just written).
// Run: node --import tsx scripts/train-quotes.ts   (writes models/quotes/cues.json, cue-model.json, content-model.json, trigger-model.json, span-tagger.json)
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyze, type Token } from '../src/analyze/index.js';
import { cueFeatures, isCueCandidate } from '../src/extract/quotes/cue-model.js';
import { goldSpans, trainContentModel } from '../src/extract/quotes/content-train.js';
import { taggerInputOf, triggerCandidates } from '../src/extract/quotes/attribute.js';
import { broadReadingOptions, quoteOptions } from '../src/extract/quotes/index.js';
import { trainSpanTagger } from '../src/extract/quotes/span-tagger-train.js';
import { trainTriggerModel, type TriggerExample } from '../src/extract/quotes/trigger-model.js';
import { ShuffledOrder } from '../src/extract/quotes/training.js';
import { readPolnear } from '../src/eval/polnear.js';
import { modelsDir } from '../src/util/paths.js';

const docs = readPolnear('train');
const cueCount = new Map<string, number>();
const occurrences = new Map<string, number>();
const examples: { features: string[]; label: 1 | -1 }[] = [];

const analyses = docs.map((doc) => analyze(doc.text));
for (const [d, doc] of docs.entries()) {
  const { tokens } = analyses[d]!;
  for (const t of tokens) {
    if (t.kind !== 'word') continue;
    const form = t.text.toLowerCase();
    occurrences.set(form, (occurrences.get(form) ?? 0) + 1);
  }
  // The head of a cue: its first verb token, else its first word ("according to" -> "according").
  let ti = 0;
  const starts = doc.attributions
    .filter((a) => a.cue)
    .map((a) => a.cue!.fragments[0]!)
    .sort((x, y) => x.start - y.start);
  for (const frag of starts) {
    while (ti < tokens.length && tokens[ti]!.end <= frag.start) ti++;
    let head: string | null = null;
    for (let k = ti; k < tokens.length && tokens[k]!.start < frag.end; k++) {
      const t = tokens[k]!;
      if (t.kind !== 'word') continue;
      if (head === null) head = t.text.toLowerCase();
      if (t.pos === 'VERB') {
        head = t.text.toLowerCase();
        break;
      }
    }
    if (head) cueCount.set(head, (cueCount.get(head) ?? 0) + 1);
  }
  // Cue-model examples: every candidate verb, positive when inside a gold Cue fragment.
  const toks: Token[] = tokens.filter((t) => t.pos !== 'SPACE' && t.end > t.start);
  const lower = toks.map((t) => t.text.toLowerCase());
  const cueFrags = doc.attributions.flatMap((a) => a.cue?.fragments ?? []).sort((x, y) => x.start - y.start);
  let f = 0;
  for (let i = 0; i < toks.length; i++) {
    if (!isCueCandidate(toks, i)) continue;
    const t = toks[i]!;
    while (f < cueFrags.length && cueFrags[f]!.end <= t.start) f++;
    const inside = f < cueFrags.length && cueFrags[f]!.start <= t.start && t.end <= cueFrags[f]!.end;
    examples.push({ features: cueFeatures(toks, lower, i), label: inside ? 1 : -1 });
  }
  process.stderr.write('.');
}
process.stderr.write('\n');

const cues: Record<string, [number, number]> = {};
for (const [form, n] of [...cueCount].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))) {
  if (n < 2) continue;
  cues[form] = [n, Math.max(n, occurrences.get(form) ?? n)];
}
// Averaged perceptron, examples in a fixed pseudo-random order per epoch.
const weights = new Map<string, number>();
const totals = new Map<string, number>();
let step = 1;
const shuffled = new ShuffledOrder(examples.length, 12345);
for (let epoch = 0; epoch < 8; epoch++) {
  const order = shuffled.next();
  let errors = 0;
  for (const k of order) {
    const { features, label } = examples[k]!;
    let score = 0;
    for (const name of features) score += weights.get(name) ?? 0;
    if (label * score <= 0) {
      errors++;
      for (const name of features) {
        weights.set(name, (weights.get(name) ?? 0) + label);
        totals.set(name, (totals.get(name) ?? 0) + label * step);
      }
    }
    step++;
  }
  process.stderr.write(`epoch ${epoch + 1}: ${errors} errors of ${examples.length}\n`);
}
const averaged: Record<string, number> = {};
// Verbs whose stem has positive evidence; only these are scored at run time (speed).
const stems: string[] = [];
for (const [name, w] of [...weights].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
  const avg = w - (totals.get(name) ?? 0) / step;
  if (name.startsWith('s=') && avg > 0) stems.push(name.slice(2));
  // Small weights change few decisions (checked on dev) and would triple the file.
  if (Math.abs(avg) >= 2) averaged[name] = Math.round(avg * 100) / 100;
}

const dir = resolve(modelsDir, 'quotes');
mkdirSync(dir, { recursive: true });
const out = {
  about: 'Cue word forms: [times heading an attribution cue, occurrences] in PolNeAR train, first annotator per text.',
  documents: docs.length,
  cues,
};
writeFileSync(resolve(dir, 'cues.json'), JSON.stringify(out, null, 0).replace(/\],"/g, '],\n"') + '\n');
writeFileSync(
  resolve(dir, 'cue-model.json'),
  `{"about":"Averaged perceptron weights of src/extract/quotes/cue-model.ts, PolNeAR train.","examples":${examples.length},\n"stems":${JSON.stringify(stems)},\n"weights":{\n` +
    Object.entries(averaged).map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(',\n') +
    '\n}}\n',
);
// The content model: what a cue verb introduces (src/extract/quotes/content-model.ts).
const content = trainContentModel(docs, analyses);
writeFileSync(
  resolve(dir, 'content-model.json'),
  `{"about":"Structured averaged perceptron weights of src/extract/quotes/content-model.ts, PolNeAR train.","examples":${content.examples},\n"weights":{\n` +
    Object.entries(content.weights).map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(',\n') +
    '\n}}\n',
);
process.stderr.write(`wrote ${Object.keys(content.weights).length} content-model weights\n`);
// The trigger model: positive where a gold content follows the candidate (content-train.ts's labels).
const triggerExamples: TriggerExample[] = [];
for (const [d, doc] of docs.entries()) {
  const { view, candidates } = triggerCandidates(analyses[d]!);
  const gold = goldSpans(doc, view);
  for (const c of candidates) {
    const g = gold.get(c.token);
    if (g !== 'skip') triggerExamples.push({ features: c.features, positive: g !== undefined });
  }
}
const trigger = trainTriggerModel(triggerExamples);
writeFileSync(
  resolve(dir, 'trigger-model.json'),
  `{"about":"Logistic regression weights of src/extract/quotes/trigger-model.ts, PolNeAR train.","examples":${triggerExamples.length},\n"weights":{\n` +
    Object.entries(trigger).map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(',\n') +
    '\n}}\n',
);
process.stderr.write(`wrote ${Object.keys(trigger).length} trigger-model weights from ${triggerExamples.length} candidates\n`);
// The span tagger, on the readings of the models just written (quoteOptions loads them now).
const taggerInputs = analyses.map((analysis) => taggerInputOf(analysis, quoteOptions(), broadReadingOptions()));
// 6 epochs: dev overlap F1 0.7191 against 0.7156 at 4, 0.7174 at 10, 0.7170 at 15 (mean of 3 orders; the tagger is now the mean of 6, see models/quotes/README.md).
const tagger = trainSpanTagger(docs, taggerInputs, 6);
writeFileSync(
  resolve(dir, 'span-tagger.json'),
  `{"about":"BIO+C span tagger of src/extract/quotes/span-tagger.ts (structured averaged perceptron), PolNeAR train; weights per label O, B, I, C, E.","tokens":${tagger.tokens},\n"transitions":${JSON.stringify(tagger.transitions)},\n"weights":{\n` +
    Object.entries(tagger.weights).map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`).join(',\n') +
    '\n}}\n',
);
process.stderr.write(`wrote ${Object.keys(tagger.weights).length} span-tagger features\n`);
process.stderr.write(`wrote ${Object.keys(cues).length} cue forms and ${Object.keys(averaged).length} cue-model weights from ${docs.length} documents\n`);

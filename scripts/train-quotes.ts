// Learns the cue lexicon of quote attribution from PolNeAR train (one annotator per text, see
// src/eval/polnear.ts): for every word form, how often it heads an annotated Cue and how often it
// occurs at all. The extractor treats a form as a cue when both figures are high enough.
// Run: node --import tsx scripts/train-quotes.ts   (writes models/quotes/cues.json)
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyze } from '../src/analyze/index.js';
import { readPolnear } from '../src/eval/polnear.js';
import { modelsDir } from '../src/util/paths.js';

const docs = readPolnear('train');
const cueCount = new Map<string, number>();
const occurrences = new Map<string, number>();

for (const doc of docs) {
  const { tokens } = analyze(doc.text);
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
  process.stderr.write('.');
}
process.stderr.write('\n');

const cues: Record<string, [number, number]> = {};
for (const [form, n] of [...cueCount].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))) {
  if (n < 2) continue;
  cues[form] = [n, Math.max(n, occurrences.get(form) ?? n)];
}
const dir = resolve(modelsDir, 'quotes');
mkdirSync(dir, { recursive: true });
const out = {
  about: 'Cue word forms: [times heading an attribution cue, occurrences] in PolNeAR train, first annotator per text.',
  documents: docs.length,
  cues,
};
writeFileSync(resolve(dir, 'cues.json'), JSON.stringify(out, null, 0).replace(/\],"/g, '],\n"') + '\n');
process.stderr.write(`wrote ${Object.keys(cues).length} cue forms from ${docs.length} documents\n`);

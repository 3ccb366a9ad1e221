// `dossier eval ner`: CoNLL-2003 entity-level scores (conlleval semantics) of the committed tagger,
// its tagging speed, and out-of-domain PER/ORG/LOC figures on re3d (the tagger's and the entity layer's).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EvalTask, Split } from './types.js';
import { sharedDataDir, modelsDir } from '../util/paths.js';
import { parseConll, scoreChunks, prf, type ConllDocument, type PRF } from './conll.js';
import { loadModel, type NerTagger } from '../extract/ner/tagger.js';
import { iob1FromSpans, spansFromBilou } from '../extract/ner/labels.js';
import { recognizeWith, type NerLabel } from '../extract/ner/index.js';
import type { EntityType } from '../model/extraction.js';
import { readRe3d, type Re3dDocument, type Re3dEntity } from './re3d.js';

const SPLIT_FILES: Record<Split, string> = { train: 'eng.train', dev: 'eng.testa', test: 'eng.testb' };

export const run: EvalTask = async (args) => {
  const path = conllPath(args.split);
  const text = readFileSync(path, 'utf8');
  const docs = parseConll(text).slice(0, args.limit ?? undefined);
  const loadStarted = performance.now();
  const { tagger } = loadModel(join(modelsDir, 'ner'));
  const loadMs = performance.now() - loadStarted;
  process.stderr.write(`ner: model loaded in ${loadMs.toFixed(0)} ms; tagging ${docs.length} documents of ${path}\n`);

  // Steady state, as in a running product: warm the JIT and the word cache on other text (the train
  // split, never the evaluated one), then time one pass over the split; its unseen words stay cold.
  warmUp(tagger, args.split === 'train' ? docs.slice(0, 100) : readConllSplit('train'));
  // Speed on one core = tokens / CPU time of this (single-threaded) loop; wall time is reported too.
  // The machine may be shared, so the pass runs three times from the same warmed-up state (the test
  // words not yet cached each time) and the best run counts; all three are reported.
  const cacheAfterWarmUp = tagger.resources.words.snapshot();
  let predicted: Int32Array[][] = [];
  const runs: { cpuSeconds: number; seconds: number }[] = [];
  for (let run = 0; run < 3; run++) {
    tagger.resources.words.restore(cacheAfterWarmUp);
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    const labels = docs.map((doc) => tagger.tagDocument(doc.sentences.map((s) => s.tokens)));
    const cpu = process.cpuUsage(cpuStarted);
    runs.push({ cpuSeconds: (cpu.user + cpu.system) / 1e6, seconds: (performance.now() - started) / 1000 });
    if (run === 0) predicted = labels;
  }
  const cpuSeconds = Math.min(...runs.map((r) => r.cpuSeconds));
  const seconds = Math.min(...runs.map((r) => r.seconds));
  let tokens = 0;
  const pairs: { gold: string[]; predicted: string[] }[] = [];
  docs.forEach((doc, d) =>
    doc.sentences.forEach((s, i) => {
      tokens += s.tokens.length;
      pairs.push({ gold: s.tags, predicted: iob1FromSpans(spansFromBilou(predicted[d]![i]!, s.tokens.length), s.tokens.length) });
    }),
  );
  const score = scoreChunks(pairs);
  if (args.predictions) writeFileSync(args.predictions, conllevalLines(text, pairs, docs, args.limit === undefined));

  const perType: Record<string, PRF> = {};
  for (const [type, s] of Object.entries(score.perType)) perType[type] = round({ precision: s.precision, recall: s.recall, f1: s.f1 });
  const outOfDomain = args.limit === undefined ? await evaluateRe3dBoth(tagger) : undefined;
  return {
    task: 'ner',
    split: args.split,
    ...round({ precision: score.precision, recall: score.recall, f1: score.f1 }),
    perType,
    tokensPerSecond: Math.round(tokens / cpuSeconds),
    tokensPerSecondWall: Math.round(tokens / seconds),
    tokensPerSecondRuns: runs.map((r) => Math.round(tokens / r.cpuSeconds)),
    tokens,
    entities: score.counts,
    modelLoadMs: Math.round(loadMs),
    ...(outOfDomain ?? {}),
  };
};

const conllPath = (split: Split): string => join(sharedDataDir, 'conll2003', SPLIT_FILES[split]);
const readConllSplit = (split: Split): ConllDocument[] => parseConll(readFileSync(conllPath(split), 'utf8'));

/** Tags documents and drops them (kept out of the timed run's heap). */
function warmUp(tagger: NerTagger, docs: ConllDocument[]): void {
  for (const doc of docs) tagger.tagDocument(doc.sentences.map((s) => s.tokens));
}

function round<T extends Record<string, number>>(figures: T): T {
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(figures)) out[k] = Math.round(v * 10000) / 10000;
  return out as T;
}

/**
 * `token gold predicted` for every token line of the original file, in order (DOCSTART lines kept,
 * predicted O), blank lines where the file has them: conlleval.pl on this reproduces our figure.
 */
function conllevalLines(
  text: string,
  pairs: { gold: string[]; predicted: string[] }[],
  docs: ConllDocument[],
  wholeFile: boolean,
): string {
  const wanted = docs.reduce((n, d) => n + d.sentences.length, 0);
  const out: string[] = [];
  let sentence = 0;
  let position = 0;
  let inSentence = false;
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (trimmed === '') {
      if (inSentence) {
        sentence++;
        position = 0;
        inSentence = false;
      }
      if (out.length > 0 && out[out.length - 1] !== '') out.push('');
      continue;
    }
    const fields = trimmed.split(/\s+/);
    if (fields[0] === '-DOCSTART-') {
      if (wholeFile || sentence < wanted) out.push(`-DOCSTART- O O`);
      continue;
    }
    if (sentence >= wanted) break;
    inSentence = true;
    const pair = pairs[sentence]!;
    out.push(`${fields[0]} ${pair.gold[position]} ${pair.predicted[position]}`);
    position++;
  }
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out.join('\n') + '\n';
}

// ---- re3d (out of domain) ----

const RE3D_TYPES: Record<string, NerLabel> = { Person: 'PER', Organisation: 'ORG', Location: 'LOC' };
/** The product's entity types as re3d's: a facility is a location there. */
const PRODUCT_TYPES: Partial<Record<EntityType, NerLabel>> = { PERSON: 'PER', ORG: 'ORG', GPE: 'LOC', LOC: 'LOC', FAC: 'LOC' };

type Re3dScores = PRF & { documents: number; perType: Record<string, PRF> };
type LabeledSpan = { start: number; end: number; label: NerLabel };

/**
 * re3d scored twice: the tagger alone (`re3d`), and the entity layer the product stores (`re3dEntities`:
 * the tagger's spans refined by the gazetteer, titles and rules, as `dossier extract` prints its mentions).
 */
async function evaluateRe3dBoth(tagger: NerTagger): Promise<{ re3d: Re3dScores; re3dEntities: Re3dScores } | undefined> {
  const docs = readRe3d();
  if (docs.length === 0) return undefined;
  // Loaded only now: wink's model and the entity layer are large and would slow the timed CoNLL run's garbage collection.
  const { analyze } = await import('../analyze/index.js');
  const { extract } = await import('../extract/index.js');
  const re3d = scoreRe3d(docs, (text) => recognizeWith(tagger, analyze(text)));
  const re3dEntities = scoreRe3d(docs, (text, id) => {
    const article = { id, source: 're3d', publication: null, volume: null, issue: null, title: null, date: null, dateBasis: 'none' as const, language: 'en' as const, url: null, body: text };
    const spans: LabeledSpan[] = [];
    for (const m of extract(article).mentions) {
      const label = PRODUCT_TYPES[m.type];
      if (label) spans.push({ start: m.start, end: m.end, label });
    }
    return spans;
  });
  return { re3d, re3dEntities };
}

/**
 * PER/ORG/LOC against re3d. re3d also annotates noun phrases ("the army", "west of Damascus") and
 * nested alternatives; a CoNLL-style tagger marks names. Gold is therefore the name-like annotated
 * spans (capitalized, not opening with a determiner or pronoun), overlaps resolved toward the
 * shorter span; a prediction is correct when it matches any annotated span of its type exactly.
 */
function scoreRe3d(docs: readonly Re3dDocument[], spansOf: (text: string, id: string) => readonly LabeledSpan[]): Re3dScores {
  const labels: NerLabel[] = ['PER', 'ORG', 'LOC'];
  const counts = Object.fromEntries(labels.map((l) => [l, { correct: 0, guessed: 0, gold: 0, goldFound: 0 }]));
  for (const doc of docs) {
    const annotated = doc.entities.filter((e) => RE3D_TYPES[e.type]);
    const anyKey = new Set(annotated.map((e) => `${e.begin}:${e.end}:${RE3D_TYPES[e.type]}`));
    const gold = selectNonOverlapping(annotated.filter((e) => isNameLike(doc.text.slice(e.begin, e.end))));
    const goldKey = new Set(gold.map((e) => `${e.begin}:${e.end}:${RE3D_TYPES[e.type]}`));
    for (const e of gold) counts[RE3D_TYPES[e.type]!]!.gold++;
    for (const span of spansOf(doc.text, doc.id)) {
      if (span.label === 'MISC') continue;
      const c = counts[span.label]!;
      const key = `${span.start}:${span.end}:${span.label}`;
      c.guessed++;
      if (anyKey.has(key)) c.correct++;
      if (goldKey.has(key)) c.goldFound++;
    }
  }
  const perType: Record<string, PRF> = {};
  const total = { correct: 0, guessed: 0, gold: 0, goldFound: 0 };
  for (const l of labels) {
    const c = counts[l]!;
    perType[l] = round(prfSplit(c));
    total.correct += c.correct;
    total.guessed += c.guessed;
    total.gold += c.gold;
    total.goldFound += c.goldFound;
  }
  return { ...round(prfSplit(total)), documents: docs.length, perType };
}

function prfSplit(c: { correct: number; guessed: number; gold: number; goldFound: number }): PRF {
  const precision = prf({ correct: c.correct, guessed: c.guessed, gold: c.gold }).precision;
  const recall = c.gold ? c.goldFound / c.gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

const NOT_A_NAME = /^(?:the|a|an|it|its|this|that|these|those|their|his|her|they|he|she|we|our)\b/i;

function isNameLike(text: string): boolean {
  return /^\p{Lu}/u.test(text) && !NOT_A_NAME.test(text);
}

function selectNonOverlapping(entities: Re3dEntity[]): Re3dEntity[] {
  const sorted = [...entities].sort(
    (a, b) => a.end - a.begin - (b.end - b.begin) || (b.confidence ?? 0) - (a.confidence ?? 0) || a.begin - b.begin,
  );
  const chosen: Re3dEntity[] = [];
  for (const e of sorted) {
    if (chosen.some((c) => c.begin < e.end && e.begin < c.end)) continue;
    chosen.push(e);
  }
  return chosen;
}

// The two-pass tagger: pass 1 tags each sentence from local evidence; pass 2 adds what pass 1 said
// about the same words elsewhere in the document. Plus loading and saving the model directory.
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { gzipSync, gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import {
  aggregationFeatures,
  baseFeatures,
  documentContext,
  firstPassCounts,
  firstPassOnlyInScratch,
  sentenceFeaturesInScratch,
  withAggregation,
  withFirstPass,
  type FeatureResources,
  type SentenceFeatures,
} from './features.js';
import { CompactScorer, PairedScorer, decode, decodeEmissions, type Scorer } from './model.js';
import { LABEL_COUNT } from './labels.js';
import { Gazetteer } from './gazetteer.js';
import { WordCache, type CasingLookup, type ClusterLookup } from './word.js';

export interface ModelMeta {
  format: 1;
  bits: number;
  trainedOn: string;
  epochs: { stage1: number; stage2: number };
  dev: { stage1F1: number; stage2F1: number };
  clusterWords: number;
  gazetteerEntries: number;
  /** Pass 1 also sees the contexts of a word's other occurrences in the document (aggregationFeatures). */
  firstPassAggregation?: boolean;
}

/**
 * Distinct words whose features and scores the tagger keeps before starting over: at 16,384 words the
 * caches take ~35 MB; at the classes' defaults (50,000 / 65,536) ~130 MB, most of ingest's memory budget.
 */
const CACHED_WORDS = 16_384;

export class NerTagger {
  readonly resources: FeatureResources;

  constructor(
    clusters: ClusterLookup | null,
    gazetteer: Gazetteer | null,
    readonly stage1: Scorer,
    readonly stage2: Scorer | null,
    casing: CasingLookup | null = null,
    /** The model's pass 1 was trained with context aggregation (ModelMeta.firstPassAggregation). */
    readonly aggregate = false,
  ) {
    this.resources = { words: new WordCache(clusters, CACHED_WORDS, casing), gazetteer, inlineIntrinsic: false };
    this.paired = stage1 instanceof CompactScorer && stage2 instanceof CompactScorer ? new PairedScorer(stage1, stage2, CACHED_WORDS) : null;
  }

  /** Both passes' weights in one table, when both are compact (the committed model). */
  private readonly paired: PairedScorer | null;
  /** Scratch: both passes' emissions of a whole document (PairedScorer.emissions layout). */
  private emissions = new Float64Array(2 * LABEL_COUNT * 4096);

  /** BILOU label ids per sentence of one document (sentences of CoNLL-like token forms). */
  tagDocument(doc: readonly (readonly string[])[]): Int32Array[] {
    const paired = this.paired;
    if (!paired) {
      const { sentences, context } = baseFeatures(doc, this.resources);
      const first = decodeAll(this.stage1, this.aggregate ? withAggregation(sentences, context) : sentences);
      if (!this.stage2) return first;
      return decodeAll(this.stage2, withFirstPass(sentences, context, first));
    }
    // Pass 1, scoring the shared features for pass 2 on the way; then pass 2 adds its own features.
    // Each sentence's features are scored as soon as they are made, so they stay in scratch memory.
    const L = LABEL_COUNT;
    const context = documentContext(doc, this.resources);
    const { infos } = context;
    let tokens = 0;
    for (const s of infos) tokens += s.length;
    if (this.emissions.length < tokens * 2 * L) this.emissions = new Float64Array(tokens * 4 * L);
    const first: Int32Array[] = new Array(infos.length);
    let at = 0;
    for (let s = 0; s < infos.length; s++) {
      const n = infos[s]!.length;
      paired.emissions(sentenceFeaturesInScratch(context, s, this.resources), this.emissions, at * 2 * L);
      if (this.aggregate) paired.addFirstRows(aggregationFeatures(context, s, false), this.emissions, at * 2 * L);
      const out = new Int32Array(n);
      decodeEmissions(this.emissions, n, paired.first.transitions, out, 2 * L, at * 2 * L);
      first[s] = out;
      at += n;
    }
    const counts = firstPassCounts(context, first);
    const second: Int32Array[] = new Array(infos.length);
    at = 0;
    for (let s = 0; s < infos.length; s++) {
      const n = infos[s]!.length;
      paired.addSecondRows(firstPassOnlyInScratch(context, s, counts, first[s]!), this.emissions, at * 2 * L);
      const out = new Int32Array(n);
      decodeEmissions(this.emissions, n, paired.second.transitions, out, 2 * L, at * 2 * L + L);
      second[s] = out;
      at += n;
    }
    return second;
  }
}

export function decodeAll(scorer: Scorer, sentences: readonly SentenceFeatures[]): Int32Array[] {
  return sentences.map((f) => {
    const out = new Int32Array(f.length);
    decode(scorer, f, out);
    return out;
  });
}

// ---- model directory format ----

export const MODEL_FILES = {
  meta: 'meta.json',
  stage1: 'weights.stage1.bin.gz',
  stage2: 'weights.stage2.bin.gz',
  clusters: 'clusters.tsv.gz',
  gazetteer: 'gazetteer.bin.gz',
  casing: 'casing.tsv.gz',
} as const;

/** `bucket<TAB>word` lines (corpus casing buckets of lowercase words). */
export function parseCasing(text: string): Map<string, number> {
  const map = new Map<string, number>();
  for (const line of text.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab > 0) map.set(line.slice(tab + 1), Number(line.slice(0, tab)));
  }
  return map;
}

export function serializeCasing(casing: Map<string, number>): string {
  const lines = [...casing].sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([word, bucket]) => `${bucket}\t${word}`);
  return lines.join('\n') + '\n';
}

export function parseClusters(text: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const line of text.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab > 0) map.set(line.slice(tab + 1), line.slice(0, tab));
  }
  return map;
}

export function serializeClusters(clusters: Map<string, string>): string {
  const lines: string[] = [];
  for (const [word, bits] of [...clusters].sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : a[0] < b[0] ? -1 : 1))) {
    lines.push(`${bits}\t${word}`);
  }
  return lines.join('\n') + '\n';
}

export function saveModel(
  dir: string,
  parts: {
    meta: ModelMeta;
    stage1: CompactScorer;
    stage2: CompactScorer | null;
    clusters: Map<string, string>;
    gazetteer: Gazetteer;
    casing: Map<string, number> | null;
  },
): void {
  mkdirSync(dir, { recursive: true });
  const gz = (data: Buffer | string): Buffer => gzipSync(data, { level: 9 });
  writeFileSync(join(dir, MODEL_FILES.meta), JSON.stringify(parts.meta, null, 2) + '\n');
  writeFileSync(join(dir, MODEL_FILES.stage1), gz(parts.stage1.serialize()));
  if (parts.stage2) writeFileSync(join(dir, MODEL_FILES.stage2), gz(parts.stage2.serialize()));
  writeFileSync(join(dir, MODEL_FILES.clusters), gz(serializeClusters(parts.clusters)));
  writeFileSync(join(dir, MODEL_FILES.gazetteer), gz(parts.gazetteer.serialize()));
  if (parts.casing) writeFileSync(join(dir, MODEL_FILES.casing), gz(serializeCasing(parts.casing)));
}

export function loadModel(dir: string): { tagger: NerTagger; meta: ModelMeta } {
  const meta = JSON.parse(readFileSync(join(dir, MODEL_FILES.meta), 'utf8')) as ModelMeta;
  const read = (name: string): Buffer => gunzipSync(readFileSync(join(dir, name)));
  const clusters = parseClusters(read(MODEL_FILES.clusters).toString('utf8'));
  const gazetteer = Gazetteer.deserialize(read(MODEL_FILES.gazetteer));
  const stage1 = CompactScorer.deserialize(read(MODEL_FILES.stage1));
  let stage2: CompactScorer | null = null;
  try {
    stage2 = CompactScorer.deserialize(read(MODEL_FILES.stage2));
  } catch {
    stage2 = null;
  }
  const casing = existsSync(join(dir, MODEL_FILES.casing)) ? parseCasing(read(MODEL_FILES.casing).toString('utf8')) : null;
  const tagger = new NerTagger(
    (form) => clusters.get(form),
    gazetteer,
    stage1,
    stage2,
    casing ? (lower) => casing.get(lower) : null,
    meta.firstPassAggregation === true,
  );
  return { tagger, meta };
}

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
import { WordCache, type CasingLookup, type ClusterLookup, type EmbeddingLookup } from './word.js';

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
    /** Dense word vectors, when the passes were trained with them (weights with a dense part). */
    embeddings: EmbeddingLookup | null = null,
  ) {
    this.resources = { words: new WordCache(clusters, CACHED_WORDS, casing, embeddings), gazetteer, inlineIntrinsic: false };
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
  embeddings: 'embeddings.bin.gz',
} as const;

const EMBEDDINGS_MAGIC = 0x4e454d31; // "NEM1"

/**
 * Word vectors: `NEM1`, word count, dimensions, byte length of the words (UTF-8, one per line), the
 * words, a float32 scale per word, then int8 components per word (component = int8 × scale).
 */
export function serializeEmbeddings(vectors: ReadonlyMap<string, Float32Array>): Buffer {
  const entries = [...vectors].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const D = entries.length ? entries[0]![1].length : 0;
  const text = Buffer.from(entries.map(([w]) => w).join('\n'), 'utf8');
  const header = Buffer.alloc(16);
  header.writeUInt32LE(EMBEDDINGS_MAGIC, 0);
  header.writeUInt32LE(entries.length, 4);
  header.writeUInt32LE(D, 8);
  header.writeUInt32LE(text.length, 12);
  const scales = new Float32Array(entries.length);
  const values = new Int8Array(entries.length * D);
  entries.forEach(([, v], i) => {
    let m = 0;
    for (let d = 0; d < D; d++) m = Math.max(m, Math.abs(v[d]!));
    const scale = m / 127;
    scales[i] = scale;
    for (let d = 0; d < D; d++) values[i * D + d] = scale > 0 ? Math.round(v[d]! / scale) : 0;
  });
  return Buffer.concat([header, text, Buffer.from(scales.buffer), Buffer.from(values.buffer)]);
}

export function parseEmbeddings(data: Buffer): Map<string, Float32Array> {
  if (data.readUInt32LE(0) !== EMBEDDINGS_MAGIC) throw new Error('not a Dossier word-vector file');
  const count = data.readUInt32LE(4);
  const D = data.readUInt32LE(8);
  const textBytes = data.readUInt32LE(12);
  let at = 16;
  const words = count > 0 ? data.toString('utf8', at, at + textBytes).split('\n') : [];
  at += textBytes;
  const scales = new Float32Array(count);
  Buffer.from(scales.buffer).set(data.subarray(at, at + count * 4));
  at += count * 4;
  const values = new Int8Array(data.buffer, data.byteOffset + at, count * D);
  const map = new Map<string, Float32Array>();
  for (let i = 0; i < count; i++) {
    const v = new Float32Array(D);
    for (let d = 0; d < D; d++) v[d] = values[i * D + d]! * scales[i]!;
    map.set(words[i]!, v);
  }
  return map;
}

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
    embeddings?: Map<string, Float32Array> | null;
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
  if (parts.embeddings) writeFileSync(join(dir, MODEL_FILES.embeddings), gz(serializeEmbeddings(parts.embeddings)));
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
  const embeddings = stage1.dense && existsSync(join(dir, MODEL_FILES.embeddings)) ? parseEmbeddings(read(MODEL_FILES.embeddings)) : null;
  const tagger = new NerTagger(
    (form) => clusters.get(form),
    gazetteer,
    stage1,
    stage2,
    casing ? (lower) => casing.get(lower) : null,
    meta.firstPassAggregation === true,
    embeddings ? (form) => embeddings.get(form) : null,
  );
  return { tagger, meta };
}

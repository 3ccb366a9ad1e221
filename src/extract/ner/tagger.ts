// The two-pass tagger: pass 1 tags each sentence from local evidence; pass 2 adds what pass 1 said
// about the same words elsewhere in the document. Plus loading and saving the model directory.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { gzipSync, gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { baseFeatures, withFirstPass, type FeatureResources, type SentenceFeatures } from './features.js';
import { CompactScorer, decode, type Scorer } from './model.js';
import { Gazetteer } from './gazetteer.js';
import { WordCache, type ClusterLookup } from './word.js';

export interface ModelMeta {
  format: 1;
  bits: number;
  trainedOn: string;
  epochs: { stage1: number; stage2: number };
  dev: { stage1F1: number; stage2F1: number };
  clusterWords: number;
  gazetteerEntries: number;
}

export class NerTagger {
  readonly resources: FeatureResources;

  constructor(
    clusters: ClusterLookup | null,
    gazetteer: Gazetteer | null,
    readonly stage1: Scorer,
    readonly stage2: Scorer | null,
  ) {
    this.resources = { words: new WordCache(clusters), gazetteer, inlineIntrinsic: false };
  }

  /** BILOU label ids per sentence of one document (sentences of CoNLL-like token forms). */
  tagDocument(doc: readonly (readonly string[])[]): Int32Array[] {
    const { sentences, context } = baseFeatures(doc, this.resources);
    const first = decodeAll(this.stage1, sentences);
    if (!this.stage2) return first;
    return decodeAll(this.stage2, withFirstPass(sentences, context, first));
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
} as const;

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
  parts: { meta: ModelMeta; stage1: CompactScorer; stage2: CompactScorer | null; clusters: Map<string, string>; gazetteer: Gazetteer },
): void {
  mkdirSync(dir, { recursive: true });
  const gz = (data: Buffer | string): Buffer => gzipSync(data, { level: 9 });
  writeFileSync(join(dir, MODEL_FILES.meta), JSON.stringify(parts.meta, null, 2) + '\n');
  writeFileSync(join(dir, MODEL_FILES.stage1), gz(parts.stage1.serialize()));
  if (parts.stage2) writeFileSync(join(dir, MODEL_FILES.stage2), gz(parts.stage2.serialize()));
  writeFileSync(join(dir, MODEL_FILES.clusters), gz(serializeClusters(parts.clusters)));
  writeFileSync(join(dir, MODEL_FILES.gazetteer), gz(parts.gazetteer.serialize()));
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
  const tagger = new NerTagger((form) => clusters.get(form), gazetteer, stage1, stage2);
  return { tagger, meta };
}

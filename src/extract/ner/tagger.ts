// The two-pass tagger: pass 1 tags each sentence from local evidence; pass 2 adds what pass 1 said
// about the same words elsewhere in the document. Plus loading and saving the model directory.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { gzipSync, gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { documentFeatures, type FeatureResources } from './features.js';
import { CompactScorer, decode, type Scorer } from './model.js';
import { Gazetteer, GAZ_CLASSES } from './gazetteer.js';
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
    this.resources = { words: new WordCache(clusters), gazetteer };
  }

  /** BILOU label ids per sentence of one document (sentences of CoNLL-like token forms). */
  tagDocument(doc: readonly (readonly string[])[]): Int32Array[] {
    const first = tagPass(doc, this.resources, this.stage1, null);
    if (!this.stage2) return first;
    return tagPass(doc, this.resources, this.stage2, first);
  }
}

export function tagPass(
  doc: readonly (readonly string[])[],
  resources: FeatureResources,
  scorer: Scorer,
  firstPass: Int32Array[] | null,
): Int32Array[] {
  const feats = documentFeatures(doc, resources, firstPass);
  return feats.map((f) => {
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

/** Gazetteer entries as: u8 length, u8 class mask, then length int32 word hashes. */
export function serializeGazetteer(gazetteer: Gazetteer): Buffer {
  const entries = gazetteer.toEntries();
  let size = 4;
  for (const [hashes] of entries) size += 2 + 4 * hashes.length;
  const buf = Buffer.alloc(size);
  buf.writeUInt32LE(entries.length, 0);
  let at = 4;
  for (const [hashes, mask] of entries) {
    buf[at++] = hashes.length;
    buf[at++] = mask;
    for (const h of hashes) {
      buf.writeInt32LE(h, at);
      at += 4;
    }
  }
  return buf;
}

export function deserializeGazetteer(buf: Buffer): Gazetteer {
  const gazetteer = new Gazetteer();
  const count = buf.readUInt32LE(0);
  let at = 4;
  const hashes: number[] = [];
  for (let e = 0; e < count; e++) {
    const length = buf[at++]!;
    const mask = buf[at++]!;
    hashes.length = 0;
    for (let i = 0; i < length; i++) {
      hashes.push(buf.readInt32LE(at));
      at += 4;
    }
    for (let c = 0; c < GAZ_CLASSES.length; c++) if (mask & (1 << c)) gazetteer.add(hashes, 1 << c);
  }
  return gazetteer;
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
  writeFileSync(join(dir, MODEL_FILES.gazetteer), gz(serializeGazetteer(parts.gazetteer)));
}

export function loadModel(dir: string): { tagger: NerTagger; meta: ModelMeta } {
  const meta = JSON.parse(readFileSync(join(dir, MODEL_FILES.meta), 'utf8')) as ModelMeta;
  const read = (name: string): Buffer => gunzipSync(readFileSync(join(dir, name)));
  const clusters = parseClusters(read(MODEL_FILES.clusters).toString('utf8'));
  const gazetteer = deserializeGazetteer(read(MODEL_FILES.gazetteer));
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

// Trains Dossier's named-entity tagger on CoNLL-2003 eng.train (early stopping on eng.testa) and
// writes models/ner/: quantized weights for both passes, word clusters and the gazetteer.
// Deterministic: fixed seeds, no clock in the output. Run: node --import tsx scripts/train-ner.ts
import { join } from 'node:path';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { modelsDir, sharedDataDir } from '../src/util/paths.js';
import { readConll, type ConllDocument } from '../src/eval/conll.js';
import { documentFeatures, type FeatureResources } from '../src/extract/ner/features.js';
import { bilouFromSpans, spansFromIob } from '../src/extract/ner/labels.js';
import { CompactScorer, decode, type DenseScorer, type Scorer } from '../src/extract/ner/model.js';
import { WordCache } from '../src/extract/ner/word.js';
import { buildGazetteer, addLabeledEntities } from '../src/extract/ner/train/gazetteers.js';
import { Gazetteer } from '../src/extract/ner/gazetteer.js';
import { buildClusters, withSecondClustering } from '../src/extract/ner/train/clusters.js';
import { buildCasing } from '../src/extract/ner/train/casing.js';
import { train as trainPerceptron, spanF1, type LabeledSentence, type TrainOptions, type TrainResult } from '../src/extract/ner/train/trainer.js';
import { trainCrf } from '../src/extract/ner/train/crf.js';
import { saveModel, parseClusters, parseEmbeddings, serializeEmbeddings, MODEL_FILES } from '../src/extract/ner/tagger.js';
import { buildEmbeddings } from '../src/extract/ner/train/embeddings.js';
import { gunzipSync } from 'node:zlib';

const BITS = Number(process.env['NER_BITS'] ?? 21);
const FOLDS = Number(process.env['NER_FOLDS'] ?? 4);
const MAX_EPOCHS = Number(process.env['NER_MAX_EPOCHS'] ?? 20);
const PATIENCE = Number(process.env['NER_PATIENCE'] ?? 3);
// NER_SEED: another seed gives another shuffle order and jackknife draw (used to measure run-to-run noise).
const SEED = Number(process.env['NER_SEED'] ?? 20031);
// Perceptrons averaged per model (differently shuffled), for the two passes and the jackknife taggers.
const MEMBERS = Number(process.env['NER_MEMBERS'] ?? 3);
const JACKKNIFE_MEMBERS = Number(process.env['NER_JACKKNIFE_MEMBERS'] ?? 1);
// Rows kept per pass in the saved model (the largest): both passes' rows then fit the tagger's
// smaller paired table (2^17 slots, 8 MB), for a dev F1 cost within noise.
const KEEP_ROWS = Number(process.env['NER_KEEP_ROWS'] ?? 75_000);
// NER_COST=c: cost-augmented training (every wrong label scores +c while training decodes; no clear dev gain, off).
const COST = Number(process.env['NER_COST'] ?? 0);
// NER_DUMP=dir: the dense (unquantized) weights of both passes, for offline measurements.
const DUMP = process.env['NER_DUMP'];
// NER_AGGREGATE=1: pass 1 also sees the contexts of a word's other occurrences in the document; pass 2 keeps its features.
const AGGREGATE = process.env['NER_AGGREGATE'] === '1';
// NER_OBJECTIVE=crf: each pass is a linear-chain CRF (log-likelihood, AdaGrad; NER_CRF_RATE, NER_CRF_L2, NER_CRF_AVERAGE=1)
// instead of averaged perceptrons (the default).
const OBJECTIVE = process.env['NER_OBJECTIVE'] ?? 'perceptron';
if (OBJECTIVE !== 'perceptron' && OBJECTIVE !== 'crf') throw new Error(`NER_OBJECTIVE must be perceptron or crf, not ${OBJECTIVE}`);
const CRF_RATE = Number(process.env['NER_CRF_RATE'] ?? 0.2);
const CRF_AVERAGE = process.env['NER_CRF_AVERAGE'] === '1';
const CRF_L2 = Number(process.env['NER_CRF_L2'] ?? 0);
const train = (data: readonly LabeledSentence[], dev: readonly LabeledSentence[] | null, options: TrainOptions): TrainResult =>
  OBJECTIVE === 'crf' ? trainCrf(data, dev, { ...options, rate: CRF_RATE, average: CRF_AVERAGE, l2: CRF_L2 }) : trainPerceptron(data, dev, options);
const outDir = process.env['NER_OUT'] ?? join(modelsDir, 'ner');
const started = Date.now();
const log = (line: string): void => console.error(`[${((Date.now() - started) / 1000).toFixed(1)}s] ${line}`);

const conllDir = join(sharedDataDir, 'conll2003');
// NER_EXTRA_TRAIN=path (measurements only): more documents in CoNLL form appended to train, e.g. machine-tagged text.
const extraTrain = process.env['NER_EXTRA_TRAIN'];
const trainDocs = [...readConll(join(conllDir, 'eng.train')), ...(extraTrain ? readConll(extraTrain) : [])];
const devDocs = readConll(join(conllDir, 'eng.testa'));
log(`read ${trainDocs.length} train and ${devDocs.length} dev documents`);

// NER_SECOND_CLUSTERS: seed of the second clustering in each word's extra cluster fields (0 = none; it
// should differ from NER_SEED, which seeds the first).
const SECOND_CLUSTER_SEED = Number(process.env['NER_SECOND_CLUSTERS'] ?? 7);
// Word clusters from unlabeled text (rebuilt unless NER_REUSE_CLUSTERS=1 and a file exists).
let clusters: Map<string, string>;
const clusterFile = join(outDir, MODEL_FILES.clusters);
if (process.env['NER_REUSE_CLUSTERS'] === '1' && existsSync(clusterFile)) {
  clusters = parseClusters(gunzipSync(readFileSync(clusterFile)).toString('utf8'));
  log(`reused ${clusters.size} clusters`);
} else {
  clusters = buildClusters(sharedDataDir, trainDocs, { seed: SEED, log });
  if (SECOND_CLUSTER_SEED !== 0) clusters = withSecondClustering(clusters, buildClusters(sharedDataDir, trainDocs, { seed: SECOND_CLUSTER_SEED, log }));
  log(`built clusters for ${clusters.size} words`);
}
const { gazetteer: external, stats } = buildGazetteer(sharedDataDir, { minedOrganizations: process.env['NER_MINED_ORGS'] === '1' });
log(`gazetteer: ${JSON.stringify(stats)}`);
// NER_TRAIN_GAZETTEER=1 (no clear dev gain yet): the saved gazetteer adds every train entity name;
// each train document instead sees the names of the other folds only (jackknife), as unseen text would.
const TRAIN_GAZETTEER = process.env['NER_TRAIN_GAZETTEER'] === '1';
const withTrainNames = (docs: readonly ConllDocument[]): Gazetteer => {
  const g = Gazetteer.deserialize(external.serialize());
  if (TRAIN_GAZETTEER) addLabeledEntities(g, docs);
  return g;
};
const gazetteer = withTrainNames(trainDocs);
// Corpus casing of each word (NER_CASING=1 adds it; no clear dev gain yet).
const casing = process.env['NER_CASING'] === '1' ? buildCasing(sharedDataDir, trainDocs) : null;
log(`corpus casing: ${casing ? casing.size : 0} words`);
// NER_EMBED=d: dense word vectors of d dimensions (skip-gram with negative sampling over the cluster
// corpus) as real-valued features of the token and its ±1 neighbours (0 = none, the default: see models/ner/README.md).
// NER_EMBED_FILE=path: unit vectors cached there by an earlier run are reused (written there if absent).
const EMBED = Number(process.env['NER_EMBED'] ?? 0);
const EMBED_SCALE = Number(process.env['NER_EMBED_SCALE'] ?? 1);
// NER_EMBED_ROLES=1: only the token's own vector is a feature (3, the default: its ±1 neighbours' too).
const EMBED_ROLES = Number(process.env['NER_EMBED_ROLES'] ?? 3);
let embeddings: Map<string, Float32Array> | null = null;
if (EMBED > 0) {
  const cached = process.env['NER_EMBED_FILE'];
  let unit: Map<string, Float32Array>;
  if (cached && existsSync(cached)) {
    unit = parseEmbeddings(readFileSync(cached));
    log(`reused ${unit.size} word vectors from ${cached}`);
  } else {
    unit = buildEmbeddings(sharedDataDir, trainDocs, {
      seed: Number(process.env['NER_EMBED_SEED'] ?? 20031),
      log,
      dimensions: EMBED,
      window: Number(process.env['NER_EMBED_WINDOW'] ?? 2),
      epochs: Number(process.env['NER_EMBED_EPOCHS'] ?? 3),
      lowercase: process.env['NER_EMBED_LOWER'] === '1',
    });
    if (cached) writeFileSync(cached, serializeEmbeddings(unit));
  }
  const scaled = new Map<string, Float32Array>();
  for (const [w, v] of unit) scaled.set(w, v.map((x) => x * EMBED_SCALE));
  // Through the saved (int8) form, so training sees the vectors the tagger will.
  embeddings = parseEmbeddings(serializeEmbeddings(scaled));
  if ([...embeddings.values()].some((v) => v.length !== EMBED)) throw new Error(`word vectors are not ${EMBED}-dimensional`);
  log(`word vectors: ${embeddings.size} words, ${EMBED} dimensions, scale ${EMBED_SCALE}`);
}
const vectors = embeddings;
const words = new WordCache((f) => clusters.get(f), 2_000_000, casing ? (lower) => casing.get(lower) : null, vectors ? (f) => vectors.get(f) : null);
const resources: FeatureResources = { words, gazetteer, inlineIntrinsic: true };
const foldResources: FeatureResources[] = Array.from({ length: FOLDS }, (_, fold) =>
  TRAIN_GAZETTEER ? { words, gazetteer: withTrainNames(trainDocs.filter((_, d) => d % FOLDS !== fold)), inlineIntrinsic: true } : resources,
);
log(`gazetteer with train names: ${gazetteer.size} nodes`);

const forms = (doc: ConllDocument): string[][] => doc.sentences.map((s) => s.tokens);
const goldOf = (doc: ConllDocument): Int32Array[] =>
  doc.sentences.map((s) => bilouFromSpans(spansFromIob(s.tags), s.tokens.length));

/** Features of train documents (`jackknife`: each with its fold's gazetteer) or dev documents. */
function labeled(docs: readonly ConllDocument[], firstPass: Int32Array[][] | null, jackknife: boolean): LabeledSentence[][] {
  return docs.map((doc, d) => {
    const feats = documentFeatures(forms(doc), jackknife ? foldResources[d % FOLDS]! : resources, firstPass ? firstPass[d]! : null, !firstPass && AGGREGATE);
    const gold = goldOf(doc);
    return feats.map((features, s) => ({ features, gold: gold[s]! }));
  });
}

function tagDocs(scorer: Scorer, docs: readonly LabeledSentence[][]): Int32Array[][] {
  return docs.map((doc) =>
    doc.map((s) => {
      const out = new Int32Array(s.features.length);
      decode(scorer, s.features, out);
      return out;
    }),
  );
}

// Pass 1.
const train1 = labeled(trainDocs, null, true);
const dev1 = labeled(devDocs, null, false);
log(`pass-1 features: ${train1.flat().reduce((n, s) => n + s.features.feats.length, 0)} on train`);
const stage1 = train(train1.flat(), dev1.flat(), { bits: BITS, maxEpochs: MAX_EPOCHS, patience: PATIENCE, seed: SEED, members: MEMBERS, log, cost: COST, denseDims: EMBED, denseRoles: EMBED_ROLES });
const dump = (name: string, dense: DenseScorer): void => {
  if (!DUMP) return;
  mkdirSync(DUMP, { recursive: true });
  writeFileSync(join(DUMP, `${name}.weights.f32`), Buffer.from(dense.weights.buffer, dense.weights.byteOffset, dense.weights.byteLength));
  writeFileSync(join(DUMP, `${name}.trans.f64`), Buffer.from(dense.transitions.buffer));
};
dump('stage1', stage1.scorer);
const compact1 = CompactScorer.fromDense(stage1.scorer);
log(`pass 1: best epoch ${stage1.epochs}, dev F1 ${stage1.devF1.toFixed(4)}, quantized ${spanF1(compact1, dev1.flat()).toFixed(4)}, ${compact1.rowCount} rows`);

let compact2: CompactScorer | null = null;
let stage2F1 = 0;
let stage2Epochs = 0;
if (process.env['NER_SINGLE_PASS'] !== '1') {
  // Jackknifed pass-1 labels for train, so pass 2 learns how far pass 1 can be trusted on unseen text.
  const trainFirst: Int32Array[][] = new Array(trainDocs.length);
  for (let fold = 0; fold < FOLDS; fold++) {
    const rest = train1.filter((_, d) => d % FOLDS !== fold).flat();
    const model = train(rest, null, { bits: BITS, maxEpochs: stage1.epochs, patience: 0, seed: SEED + fold + 1, fixedEpochs: stage1.epochs, members: JACKKNIFE_MEMBERS, cost: COST, denseDims: EMBED, denseRoles: EMBED_ROLES });
    const held = CompactScorer.fromDense(model.scorer);
    train1.forEach((doc, d) => {
      if (d % FOLDS === fold) trainFirst[d] = tagDocs(held, [doc])[0]!;
    });
    log(`jackknife fold ${fold + 1}/${FOLDS} done`);
  }
  const devFirst = tagDocs(compact1, dev1);
  const train2 = labeled(trainDocs, trainFirst, true);
  const dev2 = labeled(devDocs, devFirst, false);
  const stage2 = train(train2.flat(), dev2.flat(), { bits: BITS, maxEpochs: MAX_EPOCHS, patience: PATIENCE, seed: SEED + 100, members: MEMBERS, log, cost: COST, denseDims: EMBED, denseRoles: EMBED_ROLES });
  dump('stage2', stage2.scorer);
  compact2 = CompactScorer.fromDense(stage2.scorer);
  stage2F1 = spanF1(compact2, dev2.flat());
  stage2Epochs = stage2.epochs;
  log(`pass 2: best epoch ${stage2.epochs}, dev F1 ${stage2.devF1.toFixed(4)}, quantized ${stage2F1.toFixed(4)}, ${compact2.rowCount} rows`);
}

// The saved passes, pruned; the dev F1 of pass 2 is measured again behind the pruned pass 1.
const saved1 = compact1.pruned(KEEP_ROWS);
const saved2 = compact2 ? compact2.pruned(KEEP_ROWS) : null;
const savedF1 = { stage1F1: spanF1(saved1, dev1.flat()), stage2F1: 0 };
if (saved2) savedF1.stage2F1 = spanF1(saved2, labeled(devDocs, tagDocs(saved1, dev1), false).flat());
log(`saved passes keep ${saved1.rowCount} and ${saved2?.rowCount ?? 0} rows: dev F1 ${savedF1.stage1F1.toFixed(4)}, ${savedF1.stage2F1.toFixed(4)}`);

saveModel(outDir, {
  meta: {
    format: 1,
    bits: BITS,
    trainedOn: 'conll2003/eng.train (early stopping on eng.testa)',
    epochs: { stage1: stage1.epochs, stage2: stage2Epochs },
    dev: { stage1F1: Number(savedF1.stage1F1.toFixed(4)), stage2F1: Number(savedF1.stage2F1.toFixed(4)) },
    clusterWords: clusters.size,
    gazetteerEntries: gazetteer.size,
    ...(AGGREGATE ? { firstPassAggregation: true } : {}),
  },
  stage1: saved1,
  stage2: saved2,
  clusters,
  gazetteer,
  casing,
  embeddings,
});
log(`saved to ${outDir}`);

// Fast checks of the tagger's parts on tiny synthetic data (and that the committed cluster file loads).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { bilouFromSpans, iob1FromSpans, spansFromBilou, spansFromIob, LABEL_NAMES, ALLOWED_TRANSITION, LABEL_COUNT } from './labels.js';
import { documentFeatures, type FeatureResources } from './features.js';
import { WordCache, computeWordInfo, conllForm, lowerHash, CLUSTER_PREFIXES } from './word.js';
import { Gazetteer, GAZ_CLASSES } from './gazetteer.js';
import { CompactScorer, PairedScorer, decode, type Scorer } from './model.js';
import { train } from './train/trainer.js';
import { NerTagger, MODEL_FILES, parseClusters, serializeClusters, parseEmbeddings, serializeEmbeddings } from './tagger.js';
import { modelsDir } from '../../util/paths.js';
import { toTaggerTokens } from './tokens.js';
import { casingBucket } from './train/casing.js';
import { addLabeledEntities } from './train/gazetteers.js';
import { analyze } from '../../analyze/index.js';

test('IOB1 -> spans -> BILOU -> spans -> IOB1 round-trips, B- only between adjacent same-type chunks', () => {
  const iob = ['I-PER', 'I-PER', 'B-PER', 'O', 'I-ORG', 'I-LOC', 'I-LOC', 'O'];
  const spans = spansFromIob(iob);
  assert.deepEqual(spans, [
    { start: 0, end: 2, type: 0 },
    { start: 2, end: 3, type: 0 },
    { start: 4, end: 5, type: 1 },
    { start: 5, end: 7, type: 2 },
  ]);
  const bilou = bilouFromSpans(spans, iob.length);
  assert.deepEqual([...bilou].map((l) => LABEL_NAMES[l]), ['B-PER', 'L-PER', 'U-PER', 'O', 'U-ORG', 'B-LOC', 'L-LOC', 'O']);
  assert.deepEqual(iob1FromSpans(spansFromBilou(bilou), iob.length), iob);
});

test('BILOU transitions forbid I after O and a type change inside an entity', () => {
  const id = (name: string): number => LABEL_NAMES.indexOf(name);
  assert.equal(ALLOWED_TRANSITION[id('O') * LABEL_COUNT + id('I-PER')], 0);
  assert.equal(ALLOWED_TRANSITION[id('B-PER') * LABEL_COUNT + id('L-ORG')], 0);
  assert.equal(ALLOWED_TRANSITION[id('B-PER') * LABEL_COUNT + id('L-PER')], 1);
  assert.equal(ALLOWED_TRANSITION[id('L-PER') * LABEL_COUNT + id('U-LOC')], 1);
});

test('gazetteer marks the longest match with B/I/L/U positions', () => {
  const g = new Gazetteer();
  g.add(['new', 'york'].map(lowerHash), 1 << 2);
  g.add(['new', 'york', 'city'].map(lowerHash), 1 << 2);
  g.add(['york'].map(lowerHash), 1 << 0);
  const words = ['in', 'New', 'York', 'City', 'today'];
  const classes = GAZ_CLASSES.length;
  const out = new Uint8Array(words.length * classes);
  g.match(words.map(lowerHash), words.length, out);
  assert.deepEqual([0, 1, 2, 3, 4].map((i) => out[i * classes + 2]), [0, 1, 2, 3, 0]);
  assert.deepEqual([0, 1, 2, 3, 4].map((i) => out[i * classes + 0]), [0, 0, 4, 0, 0]);
});

test('product tokens map to CoNLL forms: curly quotes, brackets and hyphenated names', () => {
  assert.equal(conllForm('’s'), "'s");
  assert.equal(conllForm('“'), '"');
  const a = analyze('[Russian President Vladimir] Putin’s aide met Interfax-AVN in Kazakh-Russian talks.');
  const forms = toTaggerTokens(a).flatMap((s) => s.forms);
  assert.deepEqual(forms, ['Russian', 'President', 'Vladimir', 'Putin', "'s", 'aide', 'met', 'Interfax-AVN', 'in', 'Kazakh-Russian', 'talks', '.']);
});

test('a perceptron learns a toy pattern and its quantized form decodes the same', () => {
  const resources: FeatureResources = { words: new WordCache(null), gazetteer: null, inlineIntrinsic: true };
  const names = ['Abel', 'Borin', 'Cato', 'Dunya', 'Egon', 'Faro', 'Gita', 'Hume'];
  const places = ['Arlo', 'Bexa', 'Cyro', 'Duma', 'Elva', 'Fira'];
  const docs: string[][][] = [];
  const gold: Int32Array[] = [];
  for (let i = 0; i < 48; i++) {
    const who = names[i % names.length]!;
    const where = places[i % places.length]!;
    const sentence = ['Mr', who, 'went', 'to', where, 'today', '.'];
    docs.push([sentence]);
    gold.push(bilouFromSpans([{ start: 1, end: 2, type: 0 }, { start: 4, end: 5, type: 2 }], sentence.length));
  }
  const data = docs.map((doc, i) => ({ features: documentFeatures(doc, resources, null)[0]!, gold: gold[i]! }));
  const result = train(data.slice(0, 40), data.slice(40), { bits: 14, maxEpochs: 5, patience: 2, seed: 7 });
  assert.equal(result.devF1, 1);
  const compact = CompactScorer.fromDense(result.scorer);
  const restored = CompactScorer.deserialize(compact.serialize());
  const tagger = new NerTagger(null, null, restored, null);
  const labels = tagger.tagDocument([['Mr', 'Zeno', 'went', 'to', 'Gora', 'today', '.']])[0]!;
  assert.deepEqual([...labels].map((l) => LABEL_NAMES[l]), ['O', 'U-PER', 'O', 'O', 'U-LOC', 'O', 'O']);
  const out = new Int32Array(7);
  decode(compact, data[41]!.features, out);
  assert.deepEqual([...out], [...gold[41]!]);
});

test('tagging-time emissions (per-word cached intrinsic and neighbour scores) equal the inline sum', () => {
  const gazetteer = new Gazetteer();
  gazetteer.add(['new', 'york'].map(lowerHash), 1 << 2);
  const doc = [['SOCCER', '-', 'ABEL', 'WINS'], ['Mr', 'Abel', 'flew', 'to', 'New', 'York', '.'], ['Abel']];
  const inline = documentFeatures(doc, { words: new WordCache((f) => (f === 'Abel' ? '0110' : undefined)), gazetteer, inlineIntrinsic: true }, null);
  const cached = documentFeatures(doc, { words: new WordCache((f) => (f === 'Abel' ? '0110' : undefined)), gazetteer, inlineIntrinsic: false }, null);
  // A scorer with a (pseudo-random) row for every bucket, so every feature counts.
  const bits = 12;
  const rows = Int8Array.from({ length: (1 << bits) * LABEL_COUNT }, (_, i) => ((i * 2654435761) >>> 24) - 128);
  const buckets = Int32Array.from({ length: 1 << bits }, (_, i) => i);
  const scorer = new CompactScorer((1 << bits) - 1, buckets, new Float32Array(1 << bits).fill(0.01), rows, new Float64Array(LABEL_COUNT * LABEL_COUNT));
  for (let s = 0; s < doc.length; s++) {
    assert.ok(cached[s]!.feats.length < inline[s]!.feats.length, 'single-word features are left out of feats');
    const a = new Float64Array(doc[s]!.length * LABEL_COUNT);
    const b = new Float64Array(doc[s]!.length * LABEL_COUNT);
    scorer.emissions(inline[s]!, a);
    scorer.emissions(cached[s]!, b);
    for (let i = 0; i < a.length; i++) assert.ok(Math.abs(a[i]! - b[i]!) < 1e-9, `sentence ${s}, score ${i}: ${a[i]} vs ${b[i]}`);
  }
});

test('the paired two-pass tagger labels exactly as scoring each pass on its own', () => {
  const bits = 12;
  const randomScorer = (seed: number, every: number): CompactScorer => {
    const buckets = Int32Array.from({ length: 1 << bits }, (_, i) => i).filter((b) => (b * seed) % every === 0);
    const rows = Int8Array.from({ length: buckets.length * LABEL_COUNT }, (_, i) => (((i + seed) * 2654435761) >>> 24) - 128);
    const transitions = Float64Array.from({ length: LABEL_COUNT * LABEL_COUNT }, (_, i) => ((i * seed) % 7) - 3);
    return new CompactScorer((1 << bits) - 1, buckets, new Float32Array(buckets.length).fill(0.05), rows, transitions);
  };
  const stage1 = randomScorer(3, 2);
  const stage2 = randomScorer(5, 3);
  const plain = (c: CompactScorer): Scorer => ({ transitions: c.transitions, emissions: (s, out) => c.emissions(s, out) });
  const paired = new NerTagger(null, null, stage1, stage2);
  const separate = new NerTagger(null, null, plain(stage1), plain(stage2));
  const doc = [['Mr', 'Abel', 'flew', 'to', 'New', 'York', '.'], ['ABEL', 'WINS'], ['Abel', 'of', 'York', 'said', 'Abel', 'would', 'stay']];
  const a = paired.tagDocument(doc).map((s) => [...s]);
  const b = separate.tagDocument(doc).map((s) => [...s]);
  assert.deepEqual(a, b);
  assert.ok(a.flat().some((l) => l !== 0), 'random weights tag something, so the comparison means something');
  // With context aggregation in pass 1 (pass-1 rows only), the paired path still matches.
  const pairedAgg = new NerTagger(null, null, stage1, stage2, null, true);
  const separateAgg = new NerTagger(null, null, plain(stage1), plain(stage2), null, true);
  assert.deepEqual(pairedAgg.tagDocument(doc).map((s) => [...s]), separateAgg.tagDocument(doc).map((s) => [...s]));
});

test('a sports header ("SOCCER - ...") adds topic features to the capitalized words of its document only', () => {
  const resources: FeatureResources = { words: new WordCache(null), gazetteer: null, inlineIntrinsic: true };
  const body = ['Seattle', 'beat', 'Texas'];
  const withTopic = documentFeatures([['SOCCER', '-', 'RESULTS'], body], resources, null)[1]!;
  const plain = documentFeatures([['Results', 'of', 'Sunday'], body], resources, null)[1]!;
  const count = (f: typeof plain, i: number): number => f.offsets[i + 1]! - f.offsets[i]!;
  assert.deepEqual([0, 1, 2].map((i) => count(withTopic, i) - count(plain, i)), [2, 0, 2]);
});

test('context aggregation: a capitalized word sees the neighbours of its other occurrences only', () => {
  const resources: FeatureResources = { words: new WordCache(null), gazetteer: null, inlineIntrinsic: true };
  const doc = [['Mr', 'Abel', 'flew', 'to', 'York', '.'], ['Abel', 'said', 'abel']];
  const plain = documentFeatures(doc, resources, null);
  const agg = documentFeatures(doc, resources, null, true);
  const count = (f: { offsets: Int32Array }[], s: number, i: number): number => f[s]!.offsets[i + 1]! - f[s]!.offsets[i]!;
  assert.equal(count(agg, 0, 1) - count(plain, 0, 1), 4, 'Abel sees ±1, ±2 of its one other capitalized occurrence');
  assert.equal(count(agg, 1, 0) - count(plain, 1, 0), 4);
  assert.equal(count(agg, 0, 4) - count(plain, 0, 4), 0, 'York occurs once');
  assert.equal(count(agg, 1, 2) - count(plain, 1, 2), 0, 'lowercase tokens see nothing');
});

test('training helpers: corpus casing buckets and train entity names in the gazetteer', () => {
  assert.equal(casingBucket(0, 50), 9, 'always lowercase, frequent');
  assert.equal(casingBucket(5, 5), 6, 'always capitalized, rare');
  assert.equal(casingBucket(3, 10), 3);
  const g = new Gazetteer();
  const added = addLabeledEntities(g, [{ sentences: [{ tokens: ['Abel', 'Borin', 'met', 'Acme', 'Corp', 'in', 'X'], tags: ['I-PER', 'I-PER', 'O', 'I-ORG', 'I-ORG', 'O', 'I-LOC'] }] }]);
  assert.equal(added, 2, 'one-letter names are skipped');
  const words = ['Acme', 'Corp', 'and', 'Abel', 'Borin'];
  const classes = GAZ_CLASSES.length;
  const out = new Uint8Array(words.length * classes);
  g.match(words.map(lowerHash), words.length, out);
  assert.deepEqual([0, 1].map((i) => out[i * classes + 1]), [1, 3], 'ORG B, L');
  assert.deepEqual([3, 4].map((i) => out[i * classes + 0]), [1, 3], 'PER B, L');
});

test('paired scores stay exact when the per-word score pool fills up and starts over', () => {
  const bits = 12;
  const randomScorer = (seed: number): CompactScorer => {
    const buckets = Int32Array.from({ length: 1 << bits }, (_, i) => i).filter((b) => (b * seed) % 3 !== 1);
    const rows = Int8Array.from({ length: buckets.length * LABEL_COUNT }, (_, i) => (((i + seed) * 2654435761) >>> 24) - 128);
    return new CompactScorer((1 << bits) - 1, buckets, new Float32Array(buckets.length).fill(0.05), rows, new Float64Array(LABEL_COUNT * LABEL_COUNT));
  };
  const first = randomScorer(3);
  const second = randomScorer(5);
  // Room for 8 words: the 30 distinct words below make the pool start over several times.
  const paired = new PairedScorer(first, second, 8);
  const words = new WordCache(null);
  const resources: FeatureResources = { words, gazetteer: null, inlineIntrinsic: false };
  const vocabulary = Array.from({ length: 30 }, (_, i) => `Word${i}`);
  for (let round = 0; round < 3; round++) {
    const doc = Array.from({ length: 5 }, (_, s) => Array.from({ length: 6 }, (_, i) => vocabulary[(s * 7 + i * 3 + round) % 30]!));
    for (const sentence of documentFeatures(doc, resources, null)) {
      const n = sentence.length;
      const both = new Float64Array(2 * LABEL_COUNT * n + 5);
      paired.emissions(sentence, both, 5);
      const one = new Float64Array(LABEL_COUNT * n);
      const two = new Float64Array(LABEL_COUNT * n);
      first.emissions(sentence, one);
      second.emissions(sentence, two);
      for (let i = 0; i < n; i++) {
        for (let y = 0; y < LABEL_COUNT; y++) {
          assert.equal(both[5 + i * 2 * LABEL_COUNT + y], one[i * LABEL_COUNT + y]);
          assert.equal(both[5 + i * 2 * LABEL_COUNT + LABEL_COUNT + y], two[i * LABEL_COUNT + y]);
        }
      }
    }
  }
});

test('cluster strings: bit-string prefixes, then optional flat cluster ids', () => {
  const plain = computeWordInfo('Abel', () => '0110101');
  const flat = computeWordInfo('Abel', () => '0110101:12:201');
  const otherFlat = computeWordInfo('Abel', () => '0110101:13:201');
  const prefixes = CLUSTER_PREFIXES.length;
  assert.deepEqual([...flat.clusters.subarray(0, prefixes)], [...plain.clusters.subarray(0, prefixes)], 'the bits hash alike');
  assert.deepEqual([...plain.clusters.subarray(prefixes)], [0, 0], 'no flat ids, no flat features');
  assert.ok(flat.clusters[prefixes] !== 0 && flat.clusters[prefixes + 1] !== 0);
  assert.notEqual(flat.clusters[prefixes], otherFlat.clusters[prefixes]);
  assert.equal(flat.clusters[prefixes + 1], otherFlat.clusters[prefixes + 1]);
  const unknown = computeWordInfo('Zzyzx', () => undefined);
  assert.ok(unknown.clusters.every((h) => h === 0));
});

test('the committed cluster file loads, one bit string per word', () => {
  const clusters = parseClusters(gunzipSync(readFileSync(join(modelsDir, 'ner', MODEL_FILES.clusters))).toString('utf8'));
  assert.ok(clusters.size > 10_000, `${clusters.size} words`);
  for (const word of ['the', 'said', 'Germany']) assert.match(clusters.get(word) ?? '', /^[01]+(?::\d+)*$/, word);
  // A serialized map parses back to itself.
  assert.deepEqual(parseClusters(serializeClusters(clusters)), clusters);
});

test('word vectors (NER_EMBED): the tagger names words it never saw by their vectors, and the saved forms decode the same', () => {
  // Names and places that share no letters: only their vectors tell them apart.
  const vector = (kind: number, i: number): Float32Array => Float32Array.from({ length: 4 }, (_, d) => (d === kind ? 1 : 0) + ((i * 7 + d * 3) % 5) * 0.01);
  const names = ['Abel', 'Borin', 'Cato', 'Dunya', 'Egon', 'Faro'];
  const places = ['Xarlo', 'Yexa', 'Zyro', 'Quma', 'Wilva', 'Vira'];
  const vectors = new Map<string, Float32Array>();
  names.forEach((w, i) => vectors.set(w, vector(0, i)));
  places.forEach((w, i) => vectors.set(w, vector(1, i)));
  vectors.set('Tomo', vector(0, 9)); // unseen in training
  vectors.set('Pell', vector(1, 9));
  const saved = parseEmbeddings(serializeEmbeddings(vectors));
  assert.deepEqual([...saved.keys()].sort(), [...vectors.keys()].sort());
  for (const [w, v] of vectors) for (let d = 0; d < 4; d++) assert.ok(Math.abs(saved.get(w)![d]! - v[d]!) < 0.01, w);
  const resources: FeatureResources = { words: new WordCache(null, 1000, null, (f) => saved.get(f)), gazetteer: null, inlineIntrinsic: true };
  const data: { features: ReturnType<typeof documentFeatures>[number]; gold: Int32Array }[] = [];
  for (let i = 0; i < 36; i++) {
    // Two word orders, so that position alone does not give the type away.
    const [a, b] = i % 2 ? [names[i % 6]!, places[(i + 1) % 6]!] : [places[i % 6]!, names[(i + 1) % 6]!];
    const sentence = [a, 'and', b, 'met', '.'];
    const gold = bilouFromSpans([{ start: 0, end: 1, type: i % 2 ? 0 : 2 }, { start: 2, end: 3, type: i % 2 ? 2 : 0 }], sentence.length);
    data.push({ features: documentFeatures([sentence], resources, null)[0]!, gold });
  }
  const result = train(data.slice(0, 30), data.slice(30), { bits: 14, maxEpochs: 8, patience: 3, seed: 7, denseDims: 4 });
  assert.ok(result.scorer.dense, 'the scorer has dense weights');
  const restored = CompactScorer.deserialize(CompactScorer.fromDense(result.scorer).serialize());
  const tagger = new NerTagger(null, null, restored, null, null, false, (f) => saved.get(f));
  const labels = tagger.tagDocument([['Pell', 'and', 'Tomo', 'met', '.']])[0]!;
  assert.deepEqual([...labels].map((l) => LABEL_NAMES[l]), ['U-LOC', 'O', 'U-PER', 'O', 'O']);
});


// Dense word vectors learned from the same unlabeled text as the word clusters: skip-gram with
// negative sampling (word2vec), single-threaded and seeded, so a rebuild gives the same vectors.
import type { ConllDocument } from '../../../eval/conll.js';
import { corpusStream } from './corpus.js';
import { seededRandom } from './trainer.js';

export interface EmbeddingOptions {
  seed: number;
  log: (line: string) => void;
  /** Most frequent words (seen at least `minCount` times) that get a vector. */
  vocabulary?: number;
  minCount?: number;
  dimensions?: number;
  /** Largest distance of a context word (each position draws its own window in 1..window). */
  window?: number;
  negative?: number;
  epochs?: number;
  /** Frequent-word subsampling threshold (word2vec's `sample`). */
  sample?: number;
  learningRate?: number;
  /** Lowercase every token before counting (vectors then keyed by lowercase form). */
  lowercase?: boolean;
}

/** Word -> vector (centered over the vocabulary, unit length). */
export function buildEmbeddings(sharedDataDir: string, trainDocs: readonly ConllDocument[], options: EmbeddingOptions): Map<string, Float32Array> {
  const V = options.vocabulary ?? 60000;
  const minCount = options.minCount ?? 3;
  const D = options.dimensions ?? 50;
  const W = options.window ?? 2;
  const NEG = options.negative ?? 5;
  const epochs = options.epochs ?? 3;
  const sample = options.sample ?? 1e-4;
  const lr = options.learningRate ?? 0.025;
  const random = seededRandom(options.seed);
  const norm = options.lowercase ? (t: string): string => t.toLowerCase() : (t: string): string => t;

  // Tokenized corpus as word ids, sentences separated by -1.
  const { words, counts, stream, length } = corpusStream(sharedDataDir, trainDocs, norm);
  const byFrequency = words.map((_, i) => i).sort((a, b) => counts[b]! - counts[a]! || (words[a]! < words[b]! ? -1 : 1));
  const vocab = byFrequency.filter((i) => counts[i]! >= minCount).slice(0, V);
  const row = new Int32Array(words.length).fill(-1);
  vocab.forEach((id, r) => (row[id] = r));
  const n = vocab.length;
  const freq = new Float64Array(n);
  vocab.forEach((id, r) => (freq[r] = counts[id]!));
  // The corpus as vocabulary rows (other words dropped), sentences separated by -1.
  const corpus = new Int32Array(length);
  let size = 0;
  let tokens = 0;
  for (let i = 0; i < length; i++) {
    const id = stream[i]!;
    if (id < 0) {
      if (size > 0 && corpus[size - 1] !== -1) corpus[size++] = -1;
      continue;
    }
    const r = row[id]!;
    if (r >= 0) {
      corpus[size++] = r;
      tokens++;
    }
  }
  options.log(`embeddings: ${length} tokens, ${n} words, ${tokens} tokens in vocabulary`);

  // Negative-sampling table: unigram counts ^ 0.75.
  const TABLE = 1 << 22;
  const table = new Int32Array(TABLE);
  {
    let total = 0;
    for (let r = 0; r < n; r++) total += Math.pow(freq[r]!, 0.75);
    let r = 0;
    let cumulative = Math.pow(freq[0]!, 0.75) / total;
    for (let t = 0; t < TABLE; t++) {
      table[t] = r;
      if (t / TABLE > cumulative && r < n - 1) {
        r++;
        cumulative += Math.pow(freq[r]!, 0.75) / total;
      }
    }
  }
  // Probability of keeping an occurrence of each word (subsampling of frequent words).
  const keep = new Float64Array(n);
  for (let r = 0; r < n; r++) {
    const f = freq[r]! / tokens;
    keep[r] = Math.min(1, (Math.sqrt(f / sample) + 1) * (sample / f));
  }

  const syn0 = new Float32Array(n * D);
  const syn1 = new Float32Array(n * D);
  for (let i = 0; i < syn0.length; i++) syn0[i] = (random() - 0.5) / D;
  const neu1e = new Float32Array(D);
  const sentence = new Int32Array(4096);
  const totalSteps = epochs * tokens;
  let processed = 0;
  for (let epoch = 0; epoch < epochs; epoch++) {
    const started = Date.now();
    let loss = 0;
    let pairs = 0;
    let at = 0;
    while (at < size) {
      // One sentence, subsampled.
      let len = 0;
      let raw = 0;
      while (at < size && corpus[at] !== -1) {
        const r = corpus[at++]!;
        raw++;
        if (keep[r]! >= 1 || random() < keep[r]!) {
          if (len < sentence.length) sentence[len++] = r;
        }
      }
      at++;
      const alpha = lr * Math.max(1e-4, 1 - processed / totalSteps);
      processed += raw;
      for (let i = 0; i < len; i++) {
        const center = sentence[i]!;
        const b = W - Math.floor(random() * W); // window 1..W
        for (let j = Math.max(0, i - b); j <= Math.min(len - 1, i + b); j++) {
          if (j === i) continue;
          const l1 = sentence[j]! * D;
          neu1e.fill(0);
          for (let k = 0; k <= NEG; k++) {
            let target: number;
            let label: number;
            if (k === 0) {
              target = center;
              label = 1;
            } else {
              target = table[Math.floor(random() * TABLE)]!;
              if (target === center) continue;
              label = 0;
            }
            const l2 = target * D;
            let f = 0;
            for (let d = 0; d < D; d++) f += syn0[l1 + d]! * syn1[l2 + d]!;
            const sig = f > 20 ? 1 : f < -20 ? 0 : 1 / (1 + Math.exp(-f));
            loss -= label ? Math.log(Math.max(sig, 1e-12)) : Math.log(Math.max(1 - sig, 1e-12));
            const g = (label - sig) * alpha;
            for (let d = 0; d < D; d++) {
              neu1e[d]! += g * syn1[l2 + d]!;
              syn1[l2 + d]! += g * syn0[l1 + d]!;
            }
          }
          for (let d = 0; d < D; d++) syn0[l1 + d]! += neu1e[d]!;
          pairs++;
        }
      }
    }
    options.log(`embeddings: epoch ${epoch + 1}/${epochs}, ${pairs} pairs, loss ${(loss / Math.max(1, pairs)).toFixed(3)}, ${Date.now() - started} ms`);
  }

  // Centered (the mean vector removed) and unit length.
  const mean = new Float64Array(D);
  for (let r = 0; r < n; r++) for (let d = 0; d < D; d++) mean[d]! += syn0[r * D + d]! / n;
  const result = new Map<string, Float32Array>();
  for (let r = 0; r < n; r++) {
    const v = new Float32Array(D);
    let s = 0;
    for (let d = 0; d < D; d++) {
      v[d] = syn0[r * D + d]! - mean[d]!;
      s += v[d]! * v[d]!;
    }
    const inv = s > 0 ? 1 / Math.sqrt(s) : 0;
    for (let d = 0; d < D; d++) v[d]! *= inv;
    result.set(words[vocab[r]!]!, v);
  }
  return result;
}

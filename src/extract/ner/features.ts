// Feature extraction: every feature is an int (template id mixed with value hashes), reduced to a
// weight-row index by the model's mask. Sentences are processed as whole documents so that
// document-level evidence (casing elsewhere, first-pass labels of the same word) can be used.
import { mix as mixImported } from './hash.js';
import { Flag as FlagImported, type WordCache, type WordInfo, CLUSTER_PREFIXES, FLAT_CLUSTERS } from './word.js';
import { GAZ_CLASSES, type Gazetteer } from './gazetteer.js';
import { partitionPoint } from '../../util/sorted.js';
import { LABEL_COUNT as LABEL_COUNT_IMPORTED, O as O_IMPORTED } from './labels.js';

// Module-local copies of imported bindings: the tsx loader turns each imported name into a getter
// call, which the hot loops below would pay once per token and feature.
const mix = mixImported;
const LABEL_COUNT = LABEL_COUNT_IMPORTED;
const O = O_IMPORTED;
const labelType = (label: number): number => (label - 1) >> 2;
const Flag = {
  InitCap: FlagImported.InitCap,
  AllCaps: FlagImported.AllCaps,
  AllLower: FlagImported.AllLower,
  HasDigit: FlagImported.HasDigit,
  Punct: FlagImported.Punct,
  HasLetter: FlagImported.HasLetter,
} as const;
const CLUSTER_COUNT = CLUSTER_PREFIXES.length + FLAT_CLUSTERS;
/** Where the flat cluster ids start in WordInfo.clusters. */
const FLAT_AT = CLUSTER_PREFIXES.length;
if (CLUSTER_COUNT > 8) throw new Error('cluster templates need more ids');

const enum T {
  Bias = 1,
  Word,
  Lower,
  Shape,
  ShortShape,
  Prefix,
  Suffix = Prefix + 4,
  Cluster = Suffix + 4,
  LowerPrev = Cluster + 8,
  LowerPrev2,
  LowerNext,
  LowerNext2,
  ShapePrev,
  ShapeNext,
  BigramPrev,
  BigramNext,
  ShapeTrigram,
  ClusterPrev,
  ClusterNext = ClusterPrev + 8,
  FlagBit = ClusterNext + 8,
  FirstInSentence,
  CapsSentence,
  CapsSentenceLower,
  Gaz,
  GazPrev,
  GazNext,
  DocCapsElsewhere,
  DocLowerElsewhere,
  Length,
  WordShapeNext,
  WordShapePrev,
  P1Type,
  P1Majority,
  P1Label,
  P1Prev,
  P1Next,
  P1Self,
  FlagsAll,
  P1MajorityPrev,
  P1MajorityNext,
  CorpusCasing,
  CorpusCasingHere,
  AggPrev,
  AggNext,
  AggPrev2,
  AggNext2,
  // Ids of features tried and dropped (see models/ner/README.md), kept so the committed weights' hashes stay put.
  Unused1,
  Unused2,
  Unused3,
  Unused4,
  Unused5,
  Unused6,
  TopicGaz,
  TopicCluster,
}

const BOUNDARY_BEFORE = 0x5a5a5a5a | 0;
const BOUNDARY_AFTER = 0x3c3c3c3c | 0;
const GAZ_COUNT = GAZ_CLASSES.length;

export interface FeatureResources {
  words: WordCache;
  gazetteer: Gazetteer | null;
  /**
   * Training lists every feature per token. Tagging leaves out the features that depend on one word
   * alone (the token's own, or one neighbour's: see neighbourFeatures): scorers sum those once per
   * distinct word and cache the result (see SentenceFeatures.words).
   */
  inlineIntrinsic: boolean;
}

/** One sentence's features: token i owns feats[offsets[i] .. offsets[i+1]). Values are raw hashes. */
export interface SentenceFeatures {
  length: number;
  offsets: Int32Array;
  feats: Int32Array;
  /** Present when the single-word (intrinsic, neighbour) features were left out of `feats`: the words, to score them from. */
  words?: readonly WordInfo[];
  /**
   * Training only (the single-word features listed inline): each token's dense word vector, if any word
   * has one. The tagger reads the vectors from `words` and caches their scores per word instead.
   */
  vectors?: readonly (Float32Array | undefined)[];
}

/** Features of a word independent of its context (cached on the word). */
export function intrinsicFeatures(w: WordInfo): Int32Array {
  if (w.intrinsic) return w.intrinsic;
  w.intrinsic = WORD_SCRATCH.slice(0, writeIntrinsicFeatures(w, WORD_SCRATCH, 0));
  return w.intrinsic;
}

/** A word's single-word features are written here before they are copied or scored. */
const WORD_SCRATCH = new Int32Array(64);

/** Writes intrinsicFeatures(w) into out from `at` (nothing allocated); returns where they end. */
export function writeIntrinsicFeatures(w: WordInfo, out: Int32Array, at: number): number {
  let k = at;
  out[k++] = T.Bias;
  out[k++] = mix(T.Word, w.word);
  out[k++] = mix(T.Lower, w.lower);
  out[k++] = mix(T.Shape, w.shape);
  out[k++] = mix(T.ShortShape, w.shortShape);
  out[k++] = mix(T.Length, w.form.length > 8 ? 9 : w.form.length);
  for (let a = 0; a < 4; a++) {
    if (w.affixes[a] !== 0) out[k++] = mix(T.Prefix + a, w.affixes[a]!);
    if (w.affixes[4 + a] !== 0) out[k++] = mix(T.Suffix + a, w.affixes[4 + a]!);
  }
  for (let c = 0; c < CLUSTER_COUNT; c++) {
    if (w.clusters[c] !== 0) out[k++] = mix(T.Cluster + c, w.clusters[c]!);
  }
  if (w.casing !== 0) out[k++] = mix(T.CorpusCasing, w.casing);
  out[k++] = mix(T.FlagsAll, w.flags);
  for (let b = 0; b < 12; b++) if ((w.flags & (1 << b)) !== 0) out[k++] = mix(T.FlagBit, b);
  return k;
}

/**
 * Where a word stands relative to the token being scored. Features that see only one neighbouring
 * word are, like intrinsic ones, left out at tagging time and scored once per word (and role).
 */
export const enum Neighbour {
  Prev = 0,
  Next,
  Prev2,
  Next2,
}
export const NEIGHBOUR_ROLES = 4;

/** The features a word contributes to the token it neighbours (`null` = the sentence boundary). */
export function neighbourFeatures(w: WordInfo | null, role: Neighbour): Int32Array {
  return WORD_SCRATCH.slice(0, writeNeighbourFeatures(w, role, WORD_SCRATCH, 0));
}

/** Writes neighbourFeatures(w, role) into out from `at` (nothing allocated); returns where they end. */
export function writeNeighbourFeatures(w: WordInfo | null, role: Neighbour, out: Int32Array, at: number): number {
  let k = at;
  switch (role) {
    case Neighbour.Prev:
      out[k++] = mix(T.LowerPrev, w ? w.lower : BOUNDARY_BEFORE);
      out[k++] = mix(T.ShapePrev, w ? w.shortShape : BOUNDARY_BEFORE);
      if (w && w.clusters[0] !== 0) out[k++] = mix(T.ClusterPrev, w.clusters[0]!);
      if (w && w.clusters[2] !== 0) out[k++] = mix(T.ClusterPrev + 2, w.clusters[2]!);
      if (w) for (let f = FLAT_AT; f < CLUSTER_COUNT; f++) if (w.clusters[f] !== 0) out[k++] = mix(T.ClusterPrev + f, w.clusters[f]!);
      break;
    case Neighbour.Next:
      out[k++] = mix(T.LowerNext, w ? w.lower : BOUNDARY_AFTER);
      out[k++] = mix(T.ShapeNext, w ? w.shortShape : BOUNDARY_AFTER);
      if (w && w.clusters[0] !== 0) out[k++] = mix(T.ClusterNext, w.clusters[0]!);
      if (w && w.clusters[2] !== 0) out[k++] = mix(T.ClusterNext + 2, w.clusters[2]!);
      if (w) for (let f = FLAT_AT; f < CLUSTER_COUNT; f++) if (w.clusters[f] !== 0) out[k++] = mix(T.ClusterNext + f, w.clusters[f]!);
      break;
    case Neighbour.Prev2:
      out[k++] = mix(T.LowerPrev2, w ? w.lower : BOUNDARY_BEFORE);
      break;
    case Neighbour.Next2:
      out[k++] = mix(T.LowerNext2, w ? w.lower : BOUNDARY_AFTER);
      break;
  }
  return k;
}

/** First-pass labels of a document (per sentence), for the second-pass features. */
export type FirstPass = readonly ArrayLike<number>[];

const scratch = {
  feats: new Int32Array(1 << 16),
  gaz: new Uint8Array(256 * GAZ_COUNT),
  lower: new Int32Array(256),
  majority: new Int32Array(256),
  offsets: new Int32Array(257),
};

function ensureScratch(tokens: number): void {
  if (scratch.gaz.length < tokens * GAZ_COUNT) {
    scratch.gaz = new Uint8Array(tokens * GAZ_COUNT * 2);
    scratch.lower = new Int32Array(tokens * 2);
  }
  if (scratch.feats.length < tokens * 160) scratch.feats = new Int32Array(tokens * 320);
  if (scratch.offsets.length < tokens + 1) scratch.offsets = new Int32Array(tokens * 2 + 1);
}

function isCapsSentence(infos: readonly WordInfo[]): boolean {
  let caps = 0;
  let letters = 0;
  for (const w of infos) {
    if ((w.flags & Flag.HasLetter) === 0) continue;
    letters++;
    if ((w.flags & Flag.AllCaps) !== 0 && w.form.length > 1) caps++;
  }
  return caps >= 2 && caps >= letters * 0.6;
}

interface DocStats {
  /** lower hash -> bit 1: capitalized mid-sentence in a normal sentence; bit 2: lowercase there. */
  casing: Map<number, number>;
  /** Lower hash of the document's header topic (the ALL-CAPS word before " - " opening its first sentence); 0 = none. */
  topic: number;
}

function documentStats(doc: readonly WordInfo[][], caps: readonly boolean[]): DocStats {
  const casing = new Map<number, number>();
  for (let s = 0; s < doc.length; s++) {
    if (caps[s]) continue;
    const infos = doc[s]!;
    for (let i = 1; i < infos.length; i++) {
      const w = infos[i]!;
      const bit = (w.flags & Flag.InitCap) !== 0 ? 1 : (w.flags & Flag.AllLower) !== 0 ? 2 : 0;
      if (bit !== 0) casing.set(w.lower, (casing.get(w.lower) ?? 0) | bit);
    }
  }
  return { casing, topic: headerTopic(doc[0]) };
}

/**
 * The topic a Reuters header opens its document with ("SOCCER - ...", "CRICKET - ..."): the lower hash of
 * an ALL-CAPS word before a lone "-"; 0 = none. In sports a city names a club (ORG) and a country a
 * national side (LOC), so the topic with the token's gazetteer classes (COUNTRY among them) tells them apart.
 * (One or two capitalized header words, "RUGBY UNION", did worse on dev.)
 */
function headerTopic(first: readonly WordInfo[] | undefined): number {
  return first && first.length > 2 && (first[0]!.flags & Flag.AllCaps) !== 0 && first[0]!.form.length > 2 && first[1]!.form === '-' ? first[0]!.lower : 0;
}

/** lower hash -> pass-1 label counts over the capitalized occurrences of the word in the document. */
function labelCounts(doc: readonly WordInfo[][], firstPass: FirstPass): Map<number, Int32Array> {
  const labels = new Map<number, Int32Array>();
  for (let s = 0; s < doc.length; s++) {
    const infos = doc[s]!;
    const pass = firstPass[s]!;
    for (let i = 0; i < infos.length; i++) {
      const w = infos[i]!;
      if ((w.flags & Flag.InitCap) === 0) continue;
      let counts = labels.get(w.lower);
      if (!counts) labels.set(w.lower, (counts = new Int32Array(LABEL_COUNT)));
      counts[pass[i]!]!++;
    }
  }
  return labels;
}

/** What pass 2 needs besides pass 1's features: the words and casing evidence of the document. */
export interface DocumentContext {
  infos: WordInfo[][];
  caps: boolean[];
  stats: DocStats;
  /** lower hash -> positions (sentence * 2^16 + index) of the word's capitalized occurrences; built on first use. */
  occurrences?: Map<number, number[]>;
}

/**
 * Extracts features for every sentence of a document. With `firstPass`, adds the second-pass
 * (document consistency) features computed from those labels.
 */
export function documentFeatures(
  doc: readonly (readonly string[])[],
  resources: FeatureResources,
  firstPass: FirstPass | null,
  /** Adds context aggregation (see aggregationFeatures). */
  aggregate = false,
): SentenceFeatures[] {
  const { sentences, context } = baseFeatures(doc, resources);
  const base = aggregate ? withAggregation(sentences, context) : sentences;
  return firstPass ? withFirstPass(base, context, firstPass) : base;
}

/** Pass-1 features with context aggregation: each sentence's base features plus its aggregation features. */
export function withAggregation(base: readonly SentenceFeatures[], context: DocumentContext): SentenceFeatures[] {
  return base.map((sentence, s) => {
    const agg = aggregationFeatures(context, s, false);
    const n = sentence.length;
    const offsets = new Int32Array(n + 1);
    const feats = new Int32Array(sentence.offsets[n]! + agg.offsets[n]!);
    let k = 0;
    for (let i = 0; i < n; i++) {
      offsets[i] = k;
      feats.set(sentence.feats.subarray(sentence.offsets[i]!, sentence.offsets[i + 1]!), k);
      k += sentence.offsets[i + 1]! - sentence.offsets[i]!;
      feats.set(agg.feats.subarray(agg.offsets[i]!, agg.offsets[i + 1]!), k);
      k += agg.offsets[i + 1]! - agg.offsets[i]!;
    }
    offsets[n] = k;
    return sentence.words ? { length: n, offsets, feats, words: sentence.words } : withVectors({ length: n, offsets, feats }, sentence.vectors);
  });
}

/** Other occurrences of a word whose contexts a token sees (the nearest in the document). */
const AGGREGATE_OCCURRENCES = 8;
const POSITION = 1 << 16;

/**
 * Context aggregation (Ratinov & Roth 2009), pass 1 only: a capitalized token also sees the words at
 * ±1 and ±2 around the nearest other capitalized occurrences of its word in the document, so a name's
 * clearer mentions inform its bare ones. Held in scratch memory unless `keep`.
 */
export function aggregationFeatures(context: DocumentContext, s: number, keep: boolean): SentenceFeatures {
  const infos = context.infos[s]!;
  const n = infos.length;
  const occurrences = (context.occurrences ??= capitalizedOccurrences(context.infos));
  ensureScratch(n);
  const out = scratch.feats;
  const offsets = keep ? new Int32Array(n + 1) : scratch.offsets;
  let k = 0;
  for (let i = 0; i < n; i++) {
    offsets[i] = k;
    const w = infos[i]!;
    if ((w.flags & Flag.InitCap) === 0 || i >= POSITION) continue;
    const list = occurrences.get(w.lower);
    if (!list || list.length < 2) continue;
    // This token's place in the list (document order), then the nearest others on either side.
    const here = s * POSITION + i;
    const at = partitionPoint(list.length, (m) => list[m]! < here);
    let left = at - 1;
    let right = at + 1;
    for (let taken = 0; taken < AGGREGATE_OCCURRENCES && (left >= 0 || right < list.length); taken++) {
      const useLeft = right >= list.length || (left >= 0 && here - list[left]! <= list[right]! - here);
      const occurrence = useLeft ? list[left--]! : list[right++]!;
      const other = context.infos[Math.floor(occurrence / POSITION)]!;
      const j = occurrence % POSITION;
      out[k++] = mix(T.AggPrev, j > 0 ? other[j - 1]!.lower : BOUNDARY_BEFORE);
      out[k++] = mix(T.AggNext, j + 1 < other.length ? other[j + 1]!.lower : BOUNDARY_AFTER);
      out[k++] = mix(T.AggPrev2, j > 1 ? other[j - 2]!.lower : BOUNDARY_BEFORE);
      out[k++] = mix(T.AggNext2, j + 2 < other.length ? other[j + 2]!.lower : BOUNDARY_AFTER);
    }
  }
  offsets[n] = k;
  return { length: n, offsets, feats: keep ? out.slice(0, k) : out };
}

function capitalizedOccurrences(doc: readonly WordInfo[][]): Map<number, number[]> {
  const map = new Map<number, number[]>();
  for (let s = 0; s < doc.length; s++) {
    const infos = doc[s]!;
    for (let i = 0; i < infos.length && i < POSITION; i++) {
      const w = infos[i]!;
      if ((w.flags & Flag.InitCap) === 0) continue;
      const list = map.get(w.lower);
      if (list) list.push(s * POSITION + i);
      else map.set(w.lower, [s * POSITION + i]);
    }
  }
  return map;
}

/** Pass-1 features of a document, plus the context that pass 2 reuses. */
export function baseFeatures(
  doc: readonly (readonly string[])[],
  resources: FeatureResources,
): { sentences: SentenceFeatures[]; context: DocumentContext } {
  const context = documentContext(doc, resources);
  const { infos, caps, stats } = context;
  const sentences = infos.map((sentence, s) => sentenceFeatures(sentence, caps[s]!, stats, resources, true));
  return { sentences, context };
}

/** A document's words and casing evidence, which both passes' features read. */
export function documentContext(doc: readonly (readonly string[])[], resources: FeatureResources): DocumentContext {
  const infos = doc.map((forms) => forms.map((f) => resources.words.get(f)));
  const caps = infos.map(isCapsSentence);
  return { infos, caps, stats: documentStats(infos, caps) };
}

/**
 * Pass-1 features of sentence `s` (as baseFeatures), held in scratch memory: valid until the next
 * call into this module. For a tagger that scores each sentence at once, nothing is copied.
 */
export function sentenceFeaturesInScratch(context: DocumentContext, s: number, resources: FeatureResources): SentenceFeatures {
  return sentenceFeatures(context.infos[s]!, context.caps[s]!, context.stats, resources, false);
}

/** What pass 1 said about each word of a document, as the pass-2 features read it. */
export type FirstPassCounts = Map<number, Int32Array>;

export function firstPassCounts(context: DocumentContext, firstPass: FirstPass): FirstPassCounts {
  return labelCounts(context.infos, firstPass);
}

/**
 * Only the pass-2-specific features (what pass 1 said) of sentence `s`, held in scratch memory (see
 * sentenceFeaturesInScratch): the tagger scores the shared pass-1 features for both passes in one
 * sweep and adds these afterwards.
 */
export function firstPassOnlyInScratch(context: DocumentContext, s: number, counts: FirstPassCounts, pass: ArrayLike<number>): SentenceFeatures {
  const infos = context.infos[s]!;
  return firstPassFeatures({ length: infos.length, offsets: scratch.offsets, feats: scratch.feats }, infos, counts, pass, false, false);
}

/** Pass-2 features: pass-1 features plus what pass 1 said about the same words in the document. */
export function withFirstPass(base: readonly SentenceFeatures[], context: DocumentContext, firstPass: FirstPass): SentenceFeatures[] {
  const labels = labelCounts(context.infos, firstPass);
  return base.map((sentence, s) => firstPassFeatures(sentence, context.infos[s]!, labels, firstPass[s]!, true, true));
}

function sentenceFeatures(
  infos: readonly WordInfo[],
  capsSentence: boolean,
  stats: DocStats,
  resources: FeatureResources,
  /** false: the result lives in scratch memory (see sentenceFeaturesInScratch). */
  keep: boolean,
): SentenceFeatures {
  const n = infos.length;
  ensureScratch(n);
  const lower = scratch.lower;
  for (let i = 0; i < n; i++) lower[i] = infos[i]!.lower;
  const gaz = scratch.gaz;
  if (resources.gazetteer) resources.gazetteer.match(lower, n, gaz);
  else gaz.fill(0, 0, n * GAZ_COUNT);

  const out = scratch.feats;
  const offsets = keep ? new Int32Array(n + 1) : scratch.offsets;
  const topic = stats.topic;
  let k = 0;
  for (let i = 0; i < n; i++) {
    offsets[i] = k;
    const w = infos[i]!;
    const prev = i > 0 ? infos[i - 1]! : null;
    const next = i + 1 < n ? infos[i + 1]! : null;
    const prevLower = prev ? prev.lower : BOUNDARY_BEFORE;
    const nextLower = next ? next.lower : BOUNDARY_AFTER;
    const prevShape = prev ? prev.shortShape : BOUNDARY_BEFORE;
    const nextShape = next ? next.shortShape : BOUNDARY_AFTER;

    if (resources.inlineIntrinsic) {
      const intrinsic = intrinsicFeatures(w);
      out.set(intrinsic, k);
      k += intrinsic.length;
    }
    if (resources.inlineIntrinsic) {
      out[k++] = mix(T.LowerPrev, prevLower);
      out[k++] = mix(T.LowerNext, nextLower);
      out[k++] = mix(T.LowerPrev2, i > 1 ? infos[i - 2]!.lower : BOUNDARY_BEFORE);
      out[k++] = mix(T.LowerNext2, i + 2 < n ? infos[i + 2]!.lower : BOUNDARY_AFTER);
      out[k++] = mix(T.ShapePrev, prevShape);
      out[k++] = mix(T.ShapeNext, nextShape);
    }
    out[k++] = mix(mix(T.BigramPrev, prevLower), w.lower);
    out[k++] = mix(mix(T.BigramNext, w.lower), nextLower);
    out[k++] = mix(mix(mix(T.ShapeTrigram, prevShape), w.shortShape), nextShape);
    out[k++] = mix(mix(T.WordShapePrev, prevLower), w.shortShape);
    out[k++] = mix(mix(T.WordShapeNext, w.shortShape), nextLower);
    if (resources.inlineIntrinsic) {
      if (prev) {
        if (prev.clusters[0] !== 0) out[k++] = mix(T.ClusterPrev, prev.clusters[0]!);
        if (prev.clusters[2] !== 0) out[k++] = mix(T.ClusterPrev + 2, prev.clusters[2]!);
        for (let f = FLAT_AT; f < CLUSTER_COUNT; f++) if (prev.clusters[f] !== 0) out[k++] = mix(T.ClusterPrev + f, prev.clusters[f]!);
      }
      if (next) {
        if (next.clusters[0] !== 0) out[k++] = mix(T.ClusterNext, next.clusters[0]!);
        if (next.clusters[2] !== 0) out[k++] = mix(T.ClusterNext + 2, next.clusters[2]!);
        for (let f = FLAT_AT; f < CLUSTER_COUNT; f++) if (next.clusters[f] !== 0) out[k++] = mix(T.ClusterNext + f, next.clusters[f]!);
      }
    }
    const flags = w.flags;
    if (topic !== 0 && (flags & Flag.InitCap) !== 0) {
      let mask = 0;
      for (let c = 0; c < GAZ_COUNT; c++) if (gaz[i * GAZ_COUNT + c] !== 0) mask |= 1 << c;
      out[k++] = mix(mix(T.TopicGaz, topic), mask);
      out[k++] = mix(mix(T.TopicCluster, topic), w.clusters[0]!);
    }
    if (i === 0 || (prev !== null && (prev.flags & Flag.Punct) !== 0 && (i === 1 || prev.form === '"'))) {
      out[k++] = mix(mix(T.FirstInSentence, flags & (Flag.InitCap | Flag.AllCaps)), i === 0 ? 0 : 1);
    }
    if (capsSentence) {
      out[k++] = mix(T.CapsSentence, flags & (Flag.AllCaps | Flag.HasDigit | Flag.Punct));
      out[k++] = mix(T.CapsSentenceLower, w.lower);
    }
    for (let c = 0; c < GAZ_COUNT; c++) {
      const g = gaz[i * GAZ_COUNT + c]!;
      if (g !== 0) out[k++] = mix(mix(T.Gaz, c * 8 + g), flags & (Flag.InitCap | Flag.AllLower));
      if (i > 0) {
        const gp = gaz[(i - 1) * GAZ_COUNT + c]!;
        if (gp !== 0) out[k++] = mix(T.GazPrev, c * 8 + gp);
      }
      if (i + 1 < n) {
        const gn = gaz[(i + 1) * GAZ_COUNT + c]!;
        if (gn !== 0) out[k++] = mix(T.GazNext, c * 8 + gn);
      }
    }
    if ((flags & Flag.HasLetter) !== 0 && (i === 0 || capsSentence || (flags & Flag.AllCaps) !== 0)) {
      // How the word is cased where casing is informative (mid-sentence, normal text).
      const casing = stats.casing.get(w.lower) ?? 0;
      out[k++] = mix(mix(T.DocCapsElsewhere, casing), capsSentence ? 1 : i === 0 ? 2 : 3);
      // And how it is cased in the unlabeled corpora.
      if (w.casing !== 0) out[k++] = mix(mix(T.CorpusCasingHere, w.casing), capsSentence ? 1 : i === 0 ? 2 : 3);
    }
  }
  offsets[n] = k;
  const feats = keep ? out.slice(0, k) : out;
  if (!resources.inlineIntrinsic) return { length: n, offsets, feats, words: infos };
  return withVectors({ length: n, offsets, feats }, infos.some((w) => w.vector !== undefined) ? infos.map((w) => w.vector) : undefined);
}

function withVectors(sentence: SentenceFeatures, vectors: readonly (Float32Array | undefined)[] | undefined): SentenceFeatures {
  if (vectors) sentence.vectors = vectors;
  return sentence;
}

function firstPassFeatures(
  base: SentenceFeatures,
  infos: readonly WordInfo[],
  labels: Map<number, Int32Array>,
  pass: ArrayLike<number>,
  includeBase: boolean,
  /** false: the result lives in scratch memory (and `base` must not: its features are not read). */
  keep: boolean,
): SentenceFeatures {
  const n = base.length;
  if (!keep && includeBase) throw new Error('scratch features cannot include the base features');
  ensureScratch(n);
  const out = scratch.feats;
  const offsets = keep ? new Int32Array(n + 1) : scratch.offsets;
  // The document-wide majority type of each token's word (-1 = mostly O, -2 = no evidence).
  if (scratch.majority.length < n) scratch.majority = new Int32Array(n * 2);
  const majority = scratch.majority;
  for (let i = 0; i < n; i++) {
    const counts = (infos[i]!.flags & Flag.InitCap) !== 0 ? labels.get(infos[i]!.lower) : undefined;
    majority[i] = counts ? majorityType(counts) : -2;
  }
  let k = 0;
  for (let i = 0; i < n; i++) {
    offsets[i] = k;
    if (includeBase) {
      out.set(base.feats.subarray(base.offsets[i]!, base.offsets[i + 1]!), k);
      k += base.offsets[i + 1]! - base.offsets[i]!;
    }
    const w = infos[i]!;
    const flags = w.flags;
    out[k++] = mix(T.P1Self, pass[i]!);
    out[k++] = mix(T.P1Prev, i > 0 ? pass[i - 1]! : -1);
    out[k++] = mix(T.P1Next, i + 1 < n ? pass[i + 1]! : -1);
    out[k++] = mix(T.P1MajorityPrev, i > 0 ? majority[i - 1]! : -3);
    out[k++] = mix(T.P1MajorityNext, i + 1 < n ? majority[i + 1]! : -3);
    const counts = (flags & Flag.InitCap) !== 0 ? labels.get(w.lower) : undefined;
    if (counts) {
      let total = 0;
      const typeCounts = TYPE_COUNTS;
      typeCounts.fill(0);
      for (let l = 0; l < LABEL_COUNT; l++) {
        const c = counts[l]!;
        if (c === 0) continue;
        total += c;
        if (l !== O) {
          typeCounts[labelType(l)] += c;
          out[k++] = mix(T.P1Label, l);
        }
      }
      let best = -1;
      let bestCount = counts[O]!;
      for (let t = 0; t < 4; t++) {
        const c = typeCounts[t]!;
        if (c === 0) continue;
        const share = c / total;
        const bucket = share >= 1 ? 3 : share >= 0.66 ? 2 : share >= 0.34 ? 1 : 0;
        out[k++] = mix(T.P1Type, t * 4 + bucket);
        if (c > bestCount) {
          best = t;
          bestCount = c;
        }
      }
      out[k++] = mix(T.P1Majority, total > 1 ? best : 100 + best);
    }
  }
  offsets[n] = k;
  const feats = keep ? out.slice(0, k) : out;
  if (base.words && includeBase) return { length: n, offsets, feats, words: base.words };
  return includeBase ? withVectors({ length: n, offsets, feats }, base.vectors) : { length: n, offsets, feats };
}

const TYPE_COUNTS = new Int32Array(4);

function majorityType(counts: Int32Array): number {
  const typeCounts = TYPE_COUNTS;
  typeCounts.fill(0);
  for (let l = 1; l < LABEL_COUNT; l++) typeCounts[labelType(l)] += counts[l]!;
  let best = -1;
  let bestCount = counts[O]!;
  for (let t = 0; t < 4; t++) {
    if (typeCounts[t]! > bestCount) {
      best = t;
      bestCount = typeCounts[t]!;
    }
  }
  return best;
}

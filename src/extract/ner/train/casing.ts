// Corpus casing: how often each word is capitalized where casing carries meaning (mid-sentence, in
// normal text) across the unlabeled corpora and CoNLL train. Tells a sentence-initial or ALL-CAPS
// "Bank" (usually lowercase elsewhere) from "Reuters" (always capitalized).
import type { ConllDocument } from '../../../eval/conll.js';
import { tokenizeText, unlabeledTexts } from './corpus.js';

const SENTENCE_OPENERS = new Set(['.', '!', '?', '"', ':', ';', '(', '-', '--', "'"]);
const HAS_LOWER = /\p{Ll}/u;
const HAS_UPPER = /\p{Lu}/u;

/** Bucket of a word seen `count` times mid-sentence, `capitalized` of them with a capital initial. */
export function casingBucket(capitalized: number, count: number): number {
  const share = capitalized / count;
  const band = share < 0.01 ? 1 : share < 0.1 ? 2 : share < 0.5 ? 3 : share < 0.9 ? 4 : share < 0.99 ? 5 : 6;
  return count >= 20 ? band + 8 : band;
}

/** lowercase form -> casing bucket, for words seen at least `minCount` times mid-sentence. */
export function buildCasing(sharedDataDir: string, trainDocs: readonly ConllDocument[], minCount = 3): Map<string, number> {
  const capitalized = new Map<string, number>();
  const total = new Map<string, number>();
  const count = (tokens: readonly string[]): void => {
    for (let i = 1; i < tokens.length; i++) {
      const token = tokens[i]!;
      if (SENTENCE_OPENERS.has(tokens[i - 1]!) || !HAS_LOWER.test(token)) continue; // opener or ALL CAPS
      const lower = token.toLowerCase();
      total.set(lower, (total.get(lower) ?? 0) + 1);
      if (HAS_UPPER.test(token[0]!)) capitalized.set(lower, (capitalized.get(lower) ?? 0) + 1);
    }
  };
  for (const text of unlabeledTexts(sharedDataDir)) {
    for (const line of text.split(/\n+/)) count(tokenizeText(line));
  }
  for (const doc of trainDocs) for (const s of doc.sentences) count(s.tokens);
  const buckets = new Map<string, number>();
  for (const [lower, n] of total) {
    if (n >= minCount) buckets.set(lower, casingBucket(capitalized.get(lower) ?? 0, n));
  }
  return buckets;
}

// The trained named-entity tagger (PER / ORG / LOC / MISC) over the analysis tokens of an article.
// Spans are character offsets into the body. The model loads lazily, once per process.
import { join } from 'node:path';
import type { Analysis } from '../../analyze/index.js';
import { modelsDir } from '../../util/paths.js';
import { loadModel, type NerTagger } from './tagger.js';
import { ENTITY_TYPES, spansFromBilou } from './labels.js';
import { toTaggerTokens } from './tokens.js';

export type NerLabel = 'PER' | 'ORG' | 'LOC' | 'MISC';
export interface NerSpan {
  start: number;
  end: number;
  label: NerLabel;
  /** Token index range [tokenStart, tokenEnd) into analysis.tokens. */
  tokenStart: number;
  tokenEnd: number;
}

let cached: NerTagger | null = null;

/** The committed model in models/ner (loaded on first use). */
export function nerTagger(): NerTagger {
  if (!cached) cached = loadModel(join(modelsDir, 'ner')).tagger;
  return cached;
}

export function recognize(analysis: Analysis): NerSpan[] {
  return recognizeWith(nerTagger(), analysis);
}

export function recognizeWith(tagger: NerTagger, analysis: Analysis): NerSpan[] {
  const sentences = toTaggerTokens(analysis);
  const labels = tagger.tagDocument(sentences.map((s) => s.forms));
  const spans: NerSpan[] = [];
  sentences.forEach((sentence, s) => {
    for (const span of spansFromBilou(labels[s]!, sentence.forms.length)) {
      const first = sentence.tokenStart[span.start]!;
      const last = sentence.tokenEnd[span.end - 1]!;
      spans.push({
        start: analysis.tokens[first]!.start,
        end: analysis.tokens[last - 1]!.end,
        label: ENTITY_TYPES[span.type]!,
        tokenStart: first,
        tokenEnd: last,
      });
    }
  });
  return spans;
}

// PLACEHOLDER (being built): the trained sequence tagger. Spans are character offsets into the body.
import type { Analysis } from '../../analyze/index.js';

export type NerLabel = 'PER' | 'ORG' | 'LOC' | 'MISC';
export interface NerSpan {
  start: number;
  end: number;
  label: NerLabel;
  /** Token index range [tokenStart, tokenEnd) into analysis.tokens. */
  tokenStart: number;
  tokenEnd: number;
}

export function recognize(_analysis: Analysis): NerSpan[] {
  return [];
}

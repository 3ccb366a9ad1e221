// PLACEHOLDER (being built): parenthetical and in-text source citations.
import type { ExtractContext } from '../context.js';
import type { Citation } from '../../model/extraction.js';

export function extractCitations(_ctx: ExtractContext): Citation[] {
  return [];
}

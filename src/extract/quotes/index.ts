// PLACEHOLDER (being built): direct, indirect and mixed quotes with speaker and cue.
import type { EntityLayer, ExtractContext } from '../context.js';
import type { Quote } from '../../model/extraction.js';

export function extractQuotes(_ctx: ExtractContext, _layer: EntityLayer): Quote[] {
  return [];
}

// PLACEHOLDER (being built): money, counts, percentages with what they measure.
import type { DatedContext } from '../context.js';
import type { Quantity } from '../../model/extraction.js';

export function extractQuantities(_ctx: DatedContext): Quantity[] {
  return [];
}

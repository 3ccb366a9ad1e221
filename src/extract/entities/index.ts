// PLACEHOLDER (being built): people, organizations and places with titles, roles and countries.
import type { EntityLayer, ExtractContext } from '../context.js';

export function extractEntities(_ctx: ExtractContext): EntityLayer {
  return { entities: [], mentions: [] };
}

// A cited outlet is an organization: every citation's source becomes an ORG mention of an ORG entity,
// even where the tagger read the name as a place ("Turkistan", "Panorama") or missed it.
import type { Citation, Entity, Mention } from '../model/extraction.js';
import { foldName } from '../resolve/index.js';
import { citationSourceSpan } from './citations/index.js';
import type { EntityLayer } from './context.js';

const LANGUAGE_NOTE = /\[in [^\]]{2,40}\]/g;

export function linkOutlets(citations: Citation[], layer: EntityLayer): { citations: Citation[]; layer: EntityLayer } {
  if (!citations.some((c) => c.source || c.raw.includes('[in '))) return { citations, layer };
  let entities: Entity[] = layer.entities.slice();
  let mentions: Mention[] = layer.mentions.slice();
  let nextId = entities.reduce((n, e) => Math.max(n, Number(e.id.slice(1)) || 0), 0) + 1;
  const orgByName = new Map<string, Entity>();
  for (const e of entities) if (e.type === 'ORG') for (const n of [e.name, ...e.aliases]) orgByName.set(foldName(n), e);

  // A language note ("[in Russian]") names no entity of the article.
  for (const c of citations) {
    for (const note of c.raw.matchAll(LANGUAGE_NOTE)) {
      const start = c.start + note.index!;
      const end = start + note[0].length;
      mentions = mentions.filter((m) => m.end <= start || m.start >= end);
    }
  }

  const linked = citations.map((c) => {
    const span = c.source ? citationSourceSpan(c) : null;
    if (!c.source) return c;
    // A date alone in parentheses continues a source named before: the same outlet, no mention of its own.
    if (!span) {
      const known = orgByName.get(foldName(c.source));
      return known ? { ...c, entity: known.id } : c;
    }
    const overlapping = mentions.filter((m) => m.start < span.end && span.start < m.end);
    // ("(The Economist, October 22)": the mention may leave the outlet's article out.)
    const source = c.source;
    const withoutArticle = (m: Mention): boolean => m.start > span.start && /^the\s+$/i.test(source.slice(0, m.start - span.start));
    const exact = overlapping.find((m) => (m.start === span.start || withoutArticle(m)) && m.end === span.end && m.type === 'ORG' && m.entity);
    if (exact) return { ...c, entity: exact.entity };
    let org = orgByName.get(foldName(c.source)) ?? orgByName.get(foldName(c.source.replace(/^the\s+/i, '')));
    if (!org) {
      org = { id: `e${nextId++}`, type: 'ORG', name: c.source, aliases: [], country: null, roles: [], geo: null, codes: {} };
      entities.push(org);
      orgByName.set(foldName(c.source), org);
    }
    mentions = mentions.filter((m) => !overlapping.includes(m));
    mentions.push({ start: span.start, end: span.end, text: c.source, type: 'ORG', entity: org.id });
    return { ...c, entity: org.id };
  });

  mentions.sort((a, b) => a.start - b.start || a.end - b.end);
  // A place entity that only ever stood for the outlet has no mention left: drop it.
  // Ids are renumbered in order of first mention so they stay e1, e2, … without gaps.
  const renamed = new Map<string, string>();
  for (const m of mentions) if (m.entity && !renamed.has(m.entity)) renamed.set(m.entity, `e${renamed.size + 1}`);
  entities = entities.filter((e) => renamed.has(e.id)).map((e) => ({ ...e, id: renamed.get(e.id)! }));
  entities.sort((a, b) => Number(a.id.slice(1)) - Number(b.id.slice(1)));
  const rename = (id: string | null | undefined) => (id ? (renamed.get(id) ?? null) : null);
  mentions = mentions.map((m) => ({ ...m, entity: rename(m.entity) }));
  return { citations: linked.map((c) => (c.entity ? { ...c, entity: rename(c.entity) } : c)), layer: { entities, mentions } };
}

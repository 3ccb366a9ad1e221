// What one article adds to the entity rows it touches, the same in every store.
import type { Extraction } from '../model/extraction.js';

/** One global entity's enrichment and counts from one article (several local entities may resolve to it). */
export interface EntityCounter {
  country: string | null;
  lat: number | null;
  lon: number | null;
  geonameId: number | null;
  mentions: number;
  quotes: number;
}

/** Mentions per local entity id. */
export function mentionCounts(ex: Extraction): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of ex.mentions) if (m.entity) counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
  return counts;
}

/** Per global entity (in the order the article first names it), given each local entity's global id. */
export function entityCounters(ex: Extraction, global: ReadonlyMap<string, string>, mentions: ReadonlyMap<string, number>): Map<string, EntityCounter> {
  const counters = new Map<string, EntityCounter>();
  for (const e of ex.entities) {
    const gid = global.get(e.id)!;
    const c = counters.get(gid) ?? { country: null, lat: null, lon: null, geonameId: null, mentions: 0, quotes: 0 };
    // The first value given wins, as coalesce does against the stored one.
    c.country ??= e.country;
    c.lat ??= e.geo?.lat ?? null;
    c.lon ??= e.geo?.lon ?? null;
    c.geonameId ??= e.geo?.geonameId ?? null;
    c.mentions += mentions.get(e.id) ?? 0;
    counters.set(gid, c);
  }
  for (const q of ex.quotes) {
    const speaker = q.speaker ? global.get(q.speaker) : undefined;
    if (speaker) counters.get(speaker)!.quotes++;
  }
  return counters;
}

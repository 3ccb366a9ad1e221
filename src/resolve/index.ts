// Cross-article identity: which global entity an article's entity is. Keys are type-scoped,
// case- and diacritic-folded names; a lone surname joins a person only when that surname is unambiguous.
import { createHash } from 'node:crypto';
import type { Entity, EntityType } from '../model/extraction.js';

export function foldName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’']s$/u, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * A name's key across the transliterations the region's names come in: "Zourabichvili" and "Zurabishvili",
 * "Pashinyan" and "Pashinian", "Zhaparov" and "Japarov", "Rakhmon" and "Rahmon", "Meredow" and "Meredov".
 */
export function transliterationKey(name: string): string {
  return foldName(name)
    .replace(/dzh|zh|dj/g, 'j')
    .replace(/kh/g, 'h')
    .replace(/tch|sch|sh|ch/g, 's')
    .replace(/ou/g, 'u')
    .replace(/ts|tz/g, 'c')
    .replace(/w/g, 'v')
    .replace(/ph/g, 'f')
    .replace(/y/g, 'i')
    .replace(/(\p{L})\1+/gu, '$1');
}

export function nameKey(type: EntityType, name: string): string {
  return `${type}|${foldName(name)}`;
}

/** The key a single-token person mention ("Akhmetov") looks up to find "Danial Akhmetov". */
export function surnameKey(name: string): string | null {
  const parts = foldName(name).split(' ');
  return parts.length >= 1 && parts[parts.length - 1]!.length > 1 ? `PERSON~${parts[parts.length - 1]}` : null;
}

/**
 * For a full name ("Vladimir Putin"), the name key of an entity named by its surname alone ("Putin"),
 * which the first full name to claim that surname takes over.
 */
export function loneSurnameKey(name: string): string | null {
  const parts = foldName(name).split(' ');
  return parts.length >= 2 && parts[parts.length - 1]!.length > 1 ? `PERSON|${parts[parts.length - 1]}` : null;
}

export function isSingleToken(name: string): boolean {
  return !foldName(name).includes(' ');
}

/**
 * Every key an entity should be found by: its name and aliases. A person's one-word alias ("Bush",
 * "Vladimir") is no key: George W. Bush and Jeb Bush would both be found by it. The surname key, which
 * turns ambiguous when a second full name claims it, does that job instead.
 */
export function keysOf(entity: Pick<Entity, 'type' | 'name' | 'aliases'>): string[] {
  const keys = new Set<string>();
  for (const n of [entity.name, ...entity.aliases]) {
    if (entity.type === 'PERSON' && n !== entity.name && isSingleToken(n)) continue;
    if (foldName(n)) keys.add(nameKey(entity.type, n));
  }
  return [...keys];
}

export function newEntityId(type: EntityType, name: string): string {
  return createHash('sha1').update(nameKey(type, name)).digest('hex').slice(0, 12);
}

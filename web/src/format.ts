// Small display helpers shared by the pages.
import type { EntityType } from '../../src/model/extraction.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** 2004-12-22 -> 22 Dec 2004; 2004-12 -> Dec 2004; null -> an em dash. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  const [year, month, day] = iso.split('-');
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  if (!monthName) return year ?? iso;
  return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}

export function formatNumber(n: number): string {
  return n.toLocaleString('en-US');
}

export const TYPE_LABELS: Record<EntityType, string> = {
  PERSON: 'Person', ORG: 'Organization', GPE: 'Country / city', LOC: 'Location', FAC: 'Facility',
  NORP: 'Group', EVENT: 'Event', MISC: 'Other',
};

/** The colour family a type is drawn in: people, organizations, places, other. */
export function typeFamily(type: string): 'person' | 'org' | 'place' | 'other' {
  if (type === 'PERSON') return 'person';
  if (type === 'ORG') return 'org';
  if (type === 'GPE' || type === 'LOC' || type === 'FAC') return 'place';
  return 'other';
}

export function articleTitle(a: { title: string | null; publication?: string | null; date?: string | null }): string {
  return a.title ?? `${a.publication ?? 'Article'}${a.date ? `, ${formatDate(a.date)}` : ''}`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatNumber(n)} ${n === 1 ? one : many}`;
}

/** The browser tab's title (plain text: document.title never parses markup). */
export function pageTitle(...parts: (string | null | undefined)[]): string {
  return [...parts.filter((p): p is string => Boolean(p)), 'Dossier'].join(' · ');
}

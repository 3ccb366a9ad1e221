// PLACEHOLDER (being built): absolute and relative dates, normalized against the publication date.
import type { ExtractContext } from '../context.js';
import type { DateMention } from '../../model/extraction.js';

export function extractDates(_ctx: ExtractContext): DateMention[] {
  return [];
}

/** Publication date from evidence in the text when the format gives none. */
export function inferPublicationDate(_body: string, _hints: { publication: string | null; volume: number | null; issue: number | null }): string | null {
  return null;
}

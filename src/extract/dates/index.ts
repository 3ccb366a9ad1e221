// Absolute and relative dates, normalized against the publication date and never after it.
import type { ExtractContext } from '../context.js';
import type { DateMention } from '../../model/extraction.js';
import { scanDates } from './scan.js';

export { inferPublicationDate, type PublicationHints } from './infer.js';
export { resolveMonthDay, resolveWeekday } from './calendar.js';

export function extractDates(ctx: ExtractContext): DateMention[] {
  return findDates(ctx.article.body, ctx.article.date);
}

/** Date mentions of any text against a reference date (null: only dates with an explicit year resolve). */
export function findDates(text: string, reference: string | null): DateMention[] {
  return scanDates(text, reference).map(({ start, end, text: t, date, precision, range }) => ({ start, end, text: t, date, precision, range }));
}

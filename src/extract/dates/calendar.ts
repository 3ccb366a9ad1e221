// Calendar arithmetic on ISO dates (UTC, no clock) and the "never after the reference" resolution rule
// shared by dates, citations and publication-date inference.

export interface Ymd {
  year: number;
  month: number; // 1..12
  day: number; // 1..31
}

const pad2 = (n: number): string => (n < 10 ? '0' + n : String(n));

export function iso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

export function parseIso(date: string): Ymd {
  return { year: +date.slice(0, 4), month: +date.slice(5, 7), day: +date.slice(8, 10) };
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function lastOfMonth(year: number, month: number): string {
  return iso(year, month, daysInMonth(year, month));
}

/** Days since 1970-01-01 of an ISO date, for comparisons and offsets. */
export function dayNumber(date: string): number {
  const { year, month, day } = parseIso(date);
  return Math.round(Date.UTC(year, month - 1, day) / 86_400_000);
}

export function fromDayNumber(n: number): string {
  const d = new Date(n * 86_400_000);
  return iso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

export function addDays(date: string, days: number): string {
  return fromDayNumber(dayNumber(date) + days);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: string): number {
  return (((dayNumber(date) + 4) % 7) + 7) % 7;
}

/**
 * A month and day without a year, placed in the latest year that does not put it after the reference:
 * "December 22" in an article of 2005-01-04 is 2004-12-22, "January 3" is 2005-01-03.
 * Returns null without a reference (the year is unknown) or for an impossible day.
 */
export function resolveMonthDay(month: number, day: number, reference: string | null): string | null {
  if (!reference) return null;
  const ref = parseIso(reference);
  let year = ref.year;
  if (month > ref.month || (month === ref.month && day > ref.day)) year -= 1;
  if (day > daysInMonth(year, month)) {
    // 29 February of a year that has none: the previous leap year is too far to be meant.
    return null;
  }
  return iso(year, month, day);
}

/** A month without a year, in the latest year that does not start it after the reference. */
export function resolveMonth(month: number, reference: string | null): number | null {
  if (!reference) return null;
  const ref = parseIso(reference);
  return month > ref.month ? ref.year - 1 : ref.year;
}

/** The latest given weekday on or before the reference ("on Monday" in news is past or today). */
export function resolveWeekday(dayOfWeek: number, reference: string | null): string | null {
  if (!reference) return null;
  const back = (weekday(reference) - dayOfWeek + 7) % 7;
  return addDays(reference, -back);
}

export const MONTH_NUMBER: ReadonlyMap<string, number> = new Map([
  ['january', 1], ['jan', 1],
  ['february', 2], ['feb', 2],
  ['march', 3], ['mar', 3],
  ['april', 4], ['apr', 4],
  ['may', 5],
  ['june', 6], ['jun', 6],
  ['july', 7], ['jul', 7],
  ['august', 8], ['aug', 8],
  ['september', 9], ['sep', 9], ['sept', 9],
  ['october', 10], ['oct', 10],
  ['november', 11], ['nov', 11],
  ['december', 12], ['dec', 12],
]);

export const WEEKDAY_NUMBER: ReadonlyMap<string, number> = new Map([
  ['sunday', 0], ['monday', 1], ['tuesday', 2], ['wednesday', 3], ['thursday', 4], ['friday', 5], ['saturday', 6],
]);

/** Regex source for a month name or its abbreviation (with optional dot), capitalized as in prose. */
export const MONTH_SOURCE =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)';
export const WEEKDAY_SOURCE = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
/** A month or weekday name as written in running text ("Wednesday", "Sept"): it ends a name before it. */
export const CALENDAR_WORD = new RegExp(`^(?:${WEEKDAY_SOURCE}|${MONTH_SOURCE})$`);

export function monthNumber(name: string): number | null {
  return MONTH_NUMBER.get(name.toLowerCase().replace(/\.$/, '')) ?? null;
}

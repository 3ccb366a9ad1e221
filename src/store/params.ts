// Checks every store applies to caller-supplied paging and date bounds, so both answer alike.
import { QueryError } from './types.js';

/** The most items one call returns unless a method allows more. */
export const MAX_LIMIT = 200;

export function clampLimit(limit: number | undefined, fallback: number, max = MAX_LIMIT): number {
  if (limit === undefined || !Number.isFinite(limit)) return fallback;
  return Math.min(max, Math.max(1, Math.floor(limit)));
}

/** A date bound as YYYY, YYYY-MM or YYYY-MM-DD, else a QueryError naming the parameter. */
export function checkDate(value: string, name: string): string {
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(value)) throw new QueryError(`--${name} must be a date like 2004-12-31, not "${value}"`);
  return value;
}

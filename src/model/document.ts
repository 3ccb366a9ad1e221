// What a reader yields before analysis: the raw fields of one article as its format carries them.
import type { DateBasis } from './extraction.js';

export interface RawDocument {
  /** Path or URL, plus a locator inside the file for multi-document formats ("reut2-000.sgm#12"). */
  source: string;
  title: string | null;
  /** Text exactly as read; normalization happens later, once, for every format. */
  body: string;
  /** ISO YYYY-MM-DD when the format carries a date. */
  date: string | null;
  dateBasis: Extract<DateBasis, 'header' | 'metadata'> | null;
  publication: string | null;
  volume: number | null;
  issue: number | null;
  url: string | null;
}

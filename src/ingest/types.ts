// The reader contract: every format yields ReadItems, one per document or per failure, never throws.
import type { RawDocument } from '../model/document.js';

export const FORMAT_NAMES = ['edm', 'text', 'bbc', 'html', 'jsonl', 'rss', 'reuters', 'insightcrime'] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];

export type ReadFailure = { ok: false; file: string; reason: string; line?: number };
export type ReadItem = { ok: true; doc: RawDocument } | ReadFailure;

export interface ReadOptions {
  /** Force one format instead of choosing by extension or sniffing. */
  format?: FormatName;
  /** Largest single article in bytes (default 20 MB); multi-document files may be larger. */
  maxFileBytes?: number;
  /** Where `-` reads from (default process.stdin). */
  stdin?: NodeJS.ReadableStream;
}

/** A reader over a whole decoded file. `maxDocChars` caps each document inside a multi-document file. */
export type TextReader = (text: string, source: string, limits: { maxDocChars: number }) => Iterable<ReadItem>;

/** One line of a line-oriented file; `text` is null when the line could not be decoded or was too long. */
export interface Line {
  /** 1-based line number. */
  number: number;
  text: string | null;
  /** Why `text` is null. */
  problem?: string;
}
export type LineReader = (lines: AsyncIterable<Line>, source: string) => AsyncIterable<ReadItem>;

export function failure(file: string, reason: string, line?: number): ReadFailure {
  return line === undefined ? { ok: false, file, reason } : { ok: false, file, reason, line };
}

/** A RawDocument with every optional field empty, so readers only state what their format carries. */
export function rawDocument(fields: Partial<RawDocument> & Pick<RawDocument, 'source' | 'body'>): RawDocument {
  return {
    title: null,
    date: null,
    dateBasis: null,
    publication: null,
    volume: null,
    issue: null,
    url: null,
    ...fields,
  };
}

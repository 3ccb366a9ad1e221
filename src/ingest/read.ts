// Walk paths, choose a reader per file, yield one ReadItem per document or failure; never throw.
import { closeSync, createReadStream, fstatSync, openSync, readSync, statSync, type Dirent } from 'node:fs';
import { open, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { decodeBytes, describeFsError, formatBytes, binaryReason, type Encoding } from './decode.js';
import { kindByExtension, MULTI_DOCUMENT_FORMATS, sniffKind, sniffTextShape, type FileKind } from './formats.js';
import { splitLines } from './lines.js';
import { readEdm } from './readers/edm.js';
import { readHtml } from './readers/html.js';
import { readInsightCrime } from './readers/insightcrime.js';
import { readJsonl } from './readers/jsonl.js';
import { polnearMetaFor, withPolnearMeta } from './readers/polnear.js';
import { readReuters } from './readers/reuters.js';
import { readRss } from './readers/rss.js';
import { readBbc, readPlainText } from './readers/text.js';
import { failure, type FormatName, type LineReader, type ReadItem, type ReadOptions, type TextReader } from './types.js';

export type { FormatName, ReadItem, ReadOptions } from './types.js';
export { FORMAT_NAMES } from './types.js';

export const DEFAULT_MAX_FILE_BYTES = 20 * 1024 * 1024;
/** A multi-document file read whole (Reuters SGML, a feed) may be this many times the one-article limit. */
const MULTI_DOCUMENT_FACTOR = 10;
const STREAM_CHUNK_BYTES = 1024 * 1024;
const STDIN = '-';

const TEXT_READERS: Record<Exclude<FormatName, 'jsonl' | 'insightcrime'>, TextReader> = {
  edm: readEdm,
  text: readPlainText,
  bbc: readBbc,
  html: readHtml,
  rss: readRss,
  reuters: readReuters,
};
const LINE_READERS: Record<'jsonl' | 'insightcrime', LineReader> = { jsonl: readJsonl, insightcrime: readInsightCrime };
/** Reuters-21578 predates UTF-8: its few non-ASCII bytes are latin-1. */
const ENCODING: Partial<Record<FormatName, Encoding>> = { reuters: 'utf-8-or-latin1' };

/** Files a folder walk skips: documentation and metadata tables that sit beside corpora are not articles. */
const NOT_ARTICLES = /^(?:readme|license|licence|copying|changelog|notice|authors|metadata)(?:\.[a-z]+)?$/i;

interface Limits {
  maxFileBytes: number;
}

export async function* readPaths(paths: string[], opts: ReadOptions = {}): AsyncIterable<ReadItem> {
  const limits: Limits = { maxFileBytes: opts.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES };
  for (const path of paths) {
    if (path === STDIN) {
      try {
        yield* readStdin(opts.stdin ?? process.stdin, opts.format, limits);
      } catch (err) {
        yield failure('stdin', describeFsError(err));
      }
      continue;
    }
    let isDirectory: boolean;
    try {
      // Synchronous, as the file itself is read: a caller may name thousands of files, and an awaited
      // stat each cost more than reading the file (~0.5 ms of promise and thread-pool round trip).
      isDirectory = statSync(path).isDirectory();
    } catch (err) {
      yield failure(path, describeFsError(err));
      continue;
    }
    if (!isDirectory) {
      yield* readOneFile(path, opts.format ?? kindByExtension(path), limits);
      continue;
    }
    for await (const entry of walk(path)) {
      if ('reason' in entry) yield failure(entry.file, entry.reason);
      else yield* readOneFile(entry.file, opts.format ?? entry.kind, limits);
    }
  }
}

type WalkEntry = { file: string; kind: FileKind } | { file: string; reason: string };

/** Files under a folder with a known extension, in name order; dotfiles and node_modules skipped. */
async function* walk(dir: string): AsyncIterable<WalkEntry> {
  let entries: Dirent[];
  try {
    entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  } catch (err) {
    yield { file: dir, reason: describeFsError(err) };
    return;
  }
  for (const entry of entries) {
    const name = entry.name;
    if (name.startsWith('.') || name === 'node_modules') continue;
    const full = join(dir, name);
    let isDirectory = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const target = await stat(full);
        [isDirectory, isFile] = [target.isDirectory(), target.isFile()];
      } catch (err) {
        yield { file: full, reason: describeFsError(err) };
        continue;
      }
    }
    if (isDirectory) yield* walk(full);
    else if (isFile && !NOT_ARTICLES.test(name)) {
      const kind = kindByExtension(name);
      if (kind) yield { file: full, kind };
    }
  }
}

async function* readOneFile(file: string, kind: FileKind | null, limits: Limits): AsyncIterable<ReadItem> {
  try {
    if (kind === null) kind = sniffKind(await readHead(file));
    if (kind === 'jsonl' || kind === 'insightcrime') {
      yield* readLineFile(file, kind, limits);
      return;
    }
    const isMulti = kind !== 'txt' && MULTI_DOCUMENT_FORMATS.has(kind);
    const maxBytes = isMulti ? limits.maxFileBytes * MULTI_DOCUMENT_FACTOR : limits.maxFileBytes;
    const bytes = readWholeFile(file, maxBytes);
    if (typeof bytes === 'number') {
      yield failure(file, `file is ${formatBytes(bytes)}, over the ${formatBytes(maxBytes)} limit for ${isMulti ? 'one file' : 'one article'}`);
      return;
    }
    const decoded = decodeBytes(bytes, kind === 'txt' ? 'utf-8' : (ENCODING[kind] ?? 'utf-8'));
    if (!decoded.ok) {
      yield failure(file, decoded.reason);
      return;
    }
    if (kind === 'txt') {
      const meta = await polnearMetaFor(file);
      for (const item of TEXT_READERS[sniffTextShape(decoded.text)](decoded.text, file, { maxDocChars: limits.maxFileBytes })) {
        yield item.ok && meta ? { ok: true, doc: withPolnearMeta(item.doc, meta) } : item;
      }
      return;
    }
    yield* TEXT_READERS[kind](decoded.text, file, { maxDocChars: limits.maxFileBytes });
  } catch (err) {
    yield failure(file, describeFsError(err));
  }
}

/**
 * The file's bytes, or its size when over `maxBytes` (checked before reading). Synchronous on purpose:
 * for article-sized files four syscalls beat the promise API's thread-pool round trips several times over.
 */
function readWholeFile(file: string, maxBytes: number): Buffer | number {
  const fd = openSync(file, 'r');
  try {
    const size = fstatSync(fd).size;
    if (size > maxBytes) return size;
    const buf = Buffer.allocUnsafe(size);
    let read = 0;
    while (read < size) {
      const n = readSync(fd, buf, read, size - read, read);
      if (n === 0) break;
      read += n;
    }
    return read === size ? buf : buf.subarray(0, read);
  } finally {
    closeSync(fd);
  }
}

async function readHead(file: string, bytes = 4096): Promise<string> {
  const handle = await open(file, 'r');
  try {
    const buf = Buffer.alloc(bytes);
    const { bytesRead } = await handle.read(buf, 0, bytes, 0);
    return buf.subarray(0, bytesRead).toString('utf8');
  } finally {
    await handle.close();
  }
}

async function* readLineFile(file: string, format: 'jsonl' | 'insightcrime', limits: Limits): AsyncIterable<ReadItem> {
  yield* readLineStream(createReadStream(file, { highWaterMark: STREAM_CHUNK_BYTES }), file, format, limits);
}

/** Stream lines to a line reader; a binary or empty stream is one failure, not one per line. */
async function* readLineStream(
  chunks: AsyncIterable<Uint8Array | string>,
  source: string,
  format: 'jsonl' | 'insightcrime',
  limits: Limits,
): AsyncIterable<ReadItem> {
  const iterator = chunks[Symbol.asyncIterator]();
  const firstChunk = await iterator.next();
  if (firstChunk.done) {
    yield failure(source, 'empty file');
    return;
  }
  const head = typeof firstChunk.value === 'string' ? Buffer.from(firstChunk.value) : firstChunk.value;
  const binary = binaryReason(head);
  if (binary) {
    yield failure(source, binary);
    return;
  }
  async function* rejoined(): AsyncIterable<Uint8Array | string> {
    yield head;
    for (let r = await iterator.next(); !r.done; r = await iterator.next()) yield r.value;
  }
  let produced = false;
  for await (const item of LINE_READERS[format](splitLines(rejoined(), limits.maxFileBytes), source)) {
    produced = true;
    yield item;
  }
  if (!produced) yield failure(source, 'file holds only whitespace');
}

async function* readStdin(stream: NodeJS.ReadableStream, format: FormatName | undefined, limits: Limits): AsyncIterable<ReadItem> {
  const source = 'stdin';
  const iterator = (stream as AsyncIterable<Uint8Array | string>)[Symbol.asyncIterator]();
  const first = await iterator.next();
  if (first.done) {
    yield failure(source, 'empty input on stdin');
    return;
  }
  const head = typeof first.value === 'string' ? Buffer.from(first.value) : Buffer.from(first.value);
  const kind: FileKind = format ?? sniffKind(head.subarray(0, 4096).toString('utf8'));
  async function* all(): AsyncIterable<Uint8Array | string> {
    yield head;
    for (let r = await iterator.next(); !r.done; r = await iterator.next()) yield r.value;
  }
  if (kind === 'jsonl' || kind === 'insightcrime') {
    yield* readLineStream(all(), source, kind, limits);
    return;
  }
  const isMulti = kind !== 'txt' && MULTI_DOCUMENT_FORMATS.has(kind);
  const maxBytes = isMulti ? limits.maxFileBytes * MULTI_DOCUMENT_FACTOR : limits.maxFileBytes;
  const parts: Buffer[] = [];
  let size = 0;
  for await (const chunk of all()) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk);
    size += buf.length;
    if (size > maxBytes) {
      yield failure(source, `input is over the ${formatBytes(maxBytes)} limit for ${isMulti ? 'one file' : 'one article'}`);
      return;
    }
    parts.push(buf);
  }
  const decoded = decodeBytes(Buffer.concat(parts), kind === 'txt' ? 'utf-8' : (ENCODING[kind] ?? 'utf-8'));
  if (!decoded.ok) {
    yield failure(source, decoded.reason);
    return;
  }
  const reader = TEXT_READERS[kind === 'txt' ? sniffTextShape(decoded.text) : kind];
  yield* reader(decoded.text, source, { maxDocChars: limits.maxFileBytes });
}

/**
 * A cheap estimate of how many ReadItems readPaths will yield, for a progress bar: one per article file,
 * lines for JSONL/TSV, <REUTERS> blocks for SGML, items for feeds. Null when stdin is among the paths.
 */
export async function countInputs(paths: string[], opts: ReadOptions = {}): Promise<number | null> {
  let total = 0;
  for (const path of paths) {
    if (path === STDIN) return null;
    let isDirectory: boolean;
    try {
      // Synchronous, as the file itself is read: a caller may name thousands of files, and an awaited
      // stat each cost more than reading the file (~0.5 ms of promise and thread-pool round trip).
      isDirectory = statSync(path).isDirectory();
    } catch {
      total++;
      continue;
    }
    if (!isDirectory) {
      total += await estimateDocuments(path, opts.format ?? kindByExtension(path));
      continue;
    }
    for await (const entry of walk(path)) total += 'reason' in entry ? 1 : await estimateDocuments(entry.file, opts.format ?? entry.kind);
  }
  return total;
}

const COUNT_SAMPLE_BYTES = 8 * 1024 * 1024;
const MARKERS: Partial<Record<FileKind, RegExp>> = {
  jsonl: /^[ \t]*\S/gm,
  insightcrime: /^[ \t]*\S/gm,
  reuters: /<BODY>/g,
  rss: /<(?:item|entry)\b/g,
};

/** Count record markers in the file (or in its first 8 MB, scaled up by size). */
async function estimateDocuments(file: string, kind: FileKind | null): Promise<number> {
  const marker = kind ? MARKERS[kind] : undefined;
  if (!marker) return 1;
  try {
    const size = (await stat(file)).size;
    const handle = await open(file, 'r');
    try {
      const buf = Buffer.alloc(Math.min(size, COUNT_SAMPLE_BYTES));
      const { bytesRead } = await handle.read(buf, 0, buf.length, 0);
      const sample = buf.subarray(0, bytesRead).toString('latin1');
      const count = (sample.match(marker) ?? []).length;
      return Math.max(1, bytesRead < size ? Math.round((count * size) / bytesRead) : count);
    } finally {
      await handle.close();
    }
  } catch {
    return 1;
  }
}

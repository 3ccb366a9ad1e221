// Shared by the ingest tests: collect an async stream, make a scratch folder.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { RawDocument } from '../model/document.js';
import type { ReadFailure, ReadItem } from './types.js';

export async function collect<T>(items: AsyncIterable<T> | Iterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

export function docs(items: ReadItem[]): RawDocument[] {
  return items.flatMap((i) => (i.ok ? [i.doc] : []));
}

export function failures(items: ReadItem[]): ReadFailure[] {
  return items.flatMap((i) => (i.ok ? [] : [i]));
}

const scratchDirs: string[] = [];
// Removed when the test file's process ends, so test runs leave nothing in the system's temp folder.
process.once('exit', () => {
  for (const dir of scratchDirs) rmSync(dir, { recursive: true, force: true });
});

export function scratchDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-ingest-'));
  scratchDirs.push(dir);
  return dir;
}

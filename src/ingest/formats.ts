// Which reader a file gets: by extension, else by looking at its first bytes.
import { extname } from 'node:path';
import { hasEdmHeader } from './readers/edm.js';
import { splitTitleBlankBody } from './readers/text.js';
import type { FormatName } from './types.js';

/** `txt` means "sniff between EDM, BBC-style and plain text". */
export type FileKind = FormatName | 'txt';

const BY_EXTENSION: Record<string, FileKind> = {
  '.txt': 'txt',
  '.text': 'txt',
  '.edm': 'edm',
  '.htm': 'html',
  '.html': 'html',
  '.xhtml': 'html',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.rss': 'rss',
  '.atom': 'rss',
  '.xml': 'rss',
  '.sgm': 'reuters',
  '.sgml': 'reuters',
  '.tsv': 'insightcrime',
};

/** Whole-file formats holding many documents: the file may exceed the one-article limit. */
export const MULTI_DOCUMENT_FORMATS: ReadonlySet<FormatName> = new Set(['reuters', 'rss', 'jsonl', 'insightcrime']);

export function kindByExtension(file: string): FileKind | null {
  return BY_EXTENSION[extname(file).toLowerCase()] ?? null;
}

/** EDM header, else short title line + blank line (BBC), else plain text. */
export function sniffTextShape(text: string): 'edm' | 'bbc' | 'text' {
  if (hasEdmHeader(text)) return 'edm';
  return splitTitleBlankBody(text) ? 'bbc' : 'text';
}

/** Format from the first few KB of content, for stdin and files with no known extension. */
export function sniffKind(head: string): FileKind {
  const start = head.replace(/^\ufeff/, '').trimStart().slice(0, 4096);
  if (start.startsWith('<')) {
    if (/<!DOCTYPE lewis|<REUTERS\b/i.test(start)) return 'reuters';
    if (/<(?:rss|feed|rdf:RDF)\b/.test(start)) return 'rss';
    if (/<(?:!doctype html|html|head|body|article|div|p)\b/i.test(start)) return 'html';
    if (start.startsWith('<?xml')) return 'rss';
  }
  if (start.startsWith('{')) return 'jsonl';
  return 'txt';
}

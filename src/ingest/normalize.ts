// One normalization for every format, so offsets and article ids agree across readers.
import { createHash } from 'node:crypto';

/**
 * NFC, unified line breaks, runs of spaces folded to one, single line breaks inside a paragraph
 * kept (they may be meaningful in headers), blank-line runs folded to one blank line, trimmed.
 */
export function normalizeText(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000\t\f\v ]+/g, ' ')
    .replace(/[\u200b\ufeff]/g, '')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Stable article id: a hash of the normalized body, so re-ingesting the same text adds nothing. */
export function articleId(normalizedBody: string): string {
  return createHash('sha256').update(normalizedBody).digest('hex').slice(0, 16);
}

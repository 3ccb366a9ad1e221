// Bytes to text, with one plain-words reason when the bytes are not an article.

export type Decoded = { ok: true; text: string } | { ok: false; reason: string };

const utf8Fatal = new TextDecoder('utf-8', { fatal: true });
const latin1 = new TextDecoder('latin1');
const utf16le = new TextDecoder('utf-16le');
const utf16be = new TextDecoder('utf-16be');

const BINARY_SAMPLE_BYTES = 64 * 1024;
const MAX_CONTROL_RATIO = 0.05;

/** Why these bytes look binary (NUL bytes, many control characters), or null if they look like text. */
export function binaryReason(bytes: Uint8Array): string | null {
  const n = Math.min(bytes.length, BINARY_SAMPLE_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return 'binary file (contains NUL bytes)';
    // Tab, LF, CR, FF and ESC appear in real text; other C0 bytes and DEL do not.
    if ((b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12 && b !== 27) || b === 127) control++;
  }
  if (n > 0 && control / n > MAX_CONTROL_RATIO) {
    return `binary file (${Math.round((100 * control) / n)}% control characters)`;
  }
  return null;
}

/** Byte offset of the first invalid UTF-8 sequence, or -1. Only run after a fatal decode failed. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) { i++; continue; }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) { need = 1; min = 0x80; }
    else if (b >= 0xe0 && b <= 0xef) { need = 2; min = 0x800; }
    else if (b >= 0xf0 && b <= 0xf4) { need = 3; min = 0x10000; }
    else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

export type Encoding = 'utf-8' | 'utf-8-or-latin1';

/**
 * Decode a whole file: UTF-16 when it has a BOM, else UTF-8 (BOM dropped). `utf-8-or-latin1` is for
 * legacy formats (Reuters) whose bytes are latin-1 when they are not UTF-8.
 */
export function decodeBytes(bytes: Uint8Array, encoding: Encoding = 'utf-8'): Decoded {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return checkText(utf16le.decode(bytes));
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return checkText(utf16be.decode(bytes));
  const binary = binaryReason(bytes);
  if (binary) return { ok: false, reason: binary };
  let text: string;
  try {
    text = utf8Fatal.decode(bytes);
  } catch {
    if (encoding === 'utf-8-or-latin1') text = latin1.decode(bytes);
    else return { ok: false, reason: `invalid UTF-8 at byte ${firstInvalidUtf8(bytes)}` };
  }
  return checkText(text);
}

function checkText(text: string): Decoded {
  if (text.length === 0) return { ok: false, reason: 'empty file' };
  if (text.trim().length === 0) return { ok: false, reason: 'file holds only whitespace' };
  return { ok: true, text };
}

/** Decode one line of a line-oriented file (no binary sniffing: a line is judged by its bytes alone). */
export function decodeLine(bytes: Uint8Array): { text: string } | { problem: string } {
  try {
    return { text: utf8Fatal.decode(bytes) };
  } catch {
    return { problem: `invalid UTF-8 at byte ${firstInvalidUtf8(bytes)} of the line` };
  }
}

const MB = 1024 * 1024;

/** "52.4 MB", "20 MB", "812 KB", "17 bytes". */
export function formatBytes(bytes: number): string {
  if (bytes >= MB) {
    const mb = bytes / MB;
    return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
  }
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

const ERRNO_WORDS: Record<string, string> = {
  ENOENT: 'no such file or folder',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'is a folder, not a file',
  ENOTDIR: 'a part of the path is not a folder',
  ELOOP: 'too many symbolic links (a link loop?)',
  EMFILE: 'too many open files',
  ENAMETOOLONG: 'path is too long',
  EIO: 'input/output error while reading',
  EBUSY: 'file is busy',
};

/** A file-system error in plain words, one line, no stack. */
export function describeFsError(err: unknown): string {
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && ERRNO_WORDS[code]) return `${ERRNO_WORDS[code]} (${code})`;
  const message = err instanceof Error ? err.message : String(err);
  return message.split('\n')[0]!;
}

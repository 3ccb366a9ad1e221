// Phrase keys looked up in place: an open-addressing hash table over byte ranges of one UTF-8 buffer,
// so the gazetteer's ~60,000 phrase keys, ~29,000 two-word prefixes and ~14,000 first words need no
// JS string or Map each (those took ~6.4 MB of heap; these tables take ~1 MB outside it). A query
// string is hashed and compared as the UTF-8 bytes it would encode to (ASCII without encoding).

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const SPACE = 0x20;

function hashBytes(h: number, bytes: Uint8Array, from: number, to: number): number {
  for (let i = from; i < to; i++) h = Math.imul(h ^ bytes[i]!, FNV_PRIME);
  return h;
}

/** A query word: the string when it is ASCII (char codes are its bytes), else its UTF-8 bytes. */
type Query = string | Uint8Array;

/** Null for a string with a lone surrogate: it encodes to no key's bytes (keys are well formed). */
function queryOf(s: string): Query | null {
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) >= 0x80) {
      const bytes = Buffer.from(s, 'utf8');
      return bytes.toString('utf8') === s ? bytes : null;
    }
  }
  return s;
}

function hashQuery(h: number, q: Query): number {
  if (typeof q !== 'string') return hashBytes(h, q, 0, q.length);
  for (let i = 0; i < q.length; i++) h = Math.imul(h ^ q.charCodeAt(i), FNV_PRIME);
  return h;
}

/** Where q ends when bytes[pos ..] start with it, else -1. */
function matchAt(q: Query, bytes: Uint8Array, pos: number, end: number): number {
  if (pos + q.length > end) return -1;
  if (typeof q === 'string') {
    for (let i = 0; i < q.length; i++) if (q.charCodeAt(i) !== bytes[pos + i]) return -1;
  } else {
    for (let i = 0; i < q.length; i++) if (q[i] !== bytes[pos + i]) return -1;
  }
  return pos + q.length;
}

/** Keys [start[e], end[e]) of `bytes`, found by their text: entry e, or -1. */
export class KeyIndex {
  private readonly slots: Int32Array;
  private readonly mask: number;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly start: Int32Array,
    private readonly end: Int32Array,
  ) {
    let size = 16;
    while (size < start.length * 2) size *= 2;
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    for (let e = 0; e < start.length; e++) {
      let s = hashBytes(FNV_OFFSET, bytes, start[e]!, end[e]!) & this.mask;
      while (this.slots[s] !== 0) s = (s + 1) & this.mask;
      this.slots[s] = e + 1;
    }
  }

  get size(): number {
    return this.start.length;
  }

  /** The entry whose key is `a`, or `a b` (two word keys) when b is given. */
  find(a: string, b?: string): number {
    const qa = queryOf(a);
    if (qa === null) return -1;
    let qb: Query | null = null;
    let h = hashQuery(FNV_OFFSET, qa);
    if (b !== undefined) {
      qb = queryOf(b);
      if (qb === null) return -1;
      h = hashQuery(Math.imul(h ^ SPACE, FNV_PRIME), qb);
    }
    for (let s = h & this.mask; ; s = (s + 1) & this.mask) {
      const e = this.slots[s]! - 1;
      if (e < 0) return -1;
      const to = this.end[e]!;
      let pos = matchAt(qa, this.bytes, this.start[e]!, to);
      if (pos >= 0 && qb !== null) pos = pos < to && this.bytes[pos] === SPACE ? matchAt(qb, this.bytes, pos + 1, to) : -1;
      if (pos === to) return e;
    }
  }
}

/**
 * Whether the words from `from` on continue key [pos, end) of bytes, word by word (keys are word keys
 * joined by single spaces, and word keys hold no spaces).
 */
export function wordsContinue(bytes: Uint8Array, pos: number, end: number, words: readonly { key: string }[], from: number, count: number): boolean {
  for (let k = 0; k < count; k++) {
    const q = queryOf(words[from + k]!.key);
    if (q === null) return false;
    const after = matchAt(q, bytes, pos, end);
    if (after < 0) return false;
    if (k === count - 1 ? after !== end : bytes[after] !== SPACE) return false;
    pos = after + 1;
  }
  return true;
}

/** The UTF-8 offsets of the first and second spaces in bytes[from, to) (-1 when missing). */
export function spaces(bytes: Uint8Array, from: number, to: number): [first: number, second: number] {
  const first = bytes.indexOf(SPACE, from);
  if (first < 0 || first >= to) return [-1, -1];
  const second = bytes.indexOf(SPACE, first + 1);
  return [first, second < 0 || second >= to ? -1 : second];
}

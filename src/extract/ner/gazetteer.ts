// Multi-token gazetteer over lowercased word hashes: a trie stored in one Map with exact numeric keys
// (node id * 2^32 + word hash), so matching a sentence allocates nothing per token.
export const GAZ_CLASSES = ['PER', 'ORG', 'LOC', 'MISC', 'FIRST', 'LAST'] as const;
export type GazClass = (typeof GAZ_CLASSES)[number];
export const MAX_GAZ_TOKENS = 8;

export class Gazetteer {
  private readonly edges = new Map<number, number>();
  /** Class bit mask of the entries ending at each node (index = node id). */
  private readonly masks: number[] = [0];

  add(lowerHashes: readonly number[], classBit: number): void {
    if (lowerHashes.length === 0 || lowerHashes.length > MAX_GAZ_TOKENS) return;
    let node = 0;
    for (const h of lowerHashes) {
      const key = node * 4294967296 + (h >>> 0);
      let next = this.edges.get(key);
      if (next === undefined) {
        next = this.masks.length;
        this.masks.push(0);
        this.edges.set(key, next);
      }
      node = next;
    }
    this.masks[node]! |= classBit;
  }

  get size(): number {
    return this.masks.length;
  }

  /**
   * For each class, marks tokens covered by the longest match starting at each position (skipping
   * starts inside an earlier match of the same class). out[i * classes + c] = 0 none, 1 B, 2 I, 3 L, 4 U.
   */
  match(lowerHashes: ArrayLike<number>, length: number, out: Uint8Array): void {
    const classes = GAZ_CLASSES.length;
    out.fill(0, 0, length * classes);
    const coveredUntil = new Int32Array(classes);
    for (let start = 0; start < length; start++) {
      let node = 0;
      // longest end (exclusive) per class from this start
      let found = 0;
      const longest = LONGEST;
      longest.fill(0);
      for (let i = start; i < length && i - start < MAX_GAZ_TOKENS; i++) {
        const next = this.edges.get(node * 4294967296 + (lowerHashes[i]! >>> 0));
        if (next === undefined) break;
        node = next;
        const mask = this.masks[node]!;
        if (mask !== 0) {
          for (let c = 0; c < classes; c++) if ((mask & (1 << c)) !== 0) longest[c] = i + 1;
          found = 1;
        }
      }
      if (found === 0) continue;
      for (let c = 0; c < classes; c++) {
        const end = longest[c]!;
        if (end === 0 || start < coveredUntil[c]!) continue;
        coveredUntil[c] = end;
        if (end - start === 1) out[start * classes + c] = 4;
        else {
          out[start * classes + c] = 1;
          for (let i = start + 1; i < end - 1; i++) out[i * classes + c] = 2;
          out[(end - 1) * classes + c] = 3;
        }
      }
    }
  }

  /** Serializes as lines of `classMask<TAB>hash hash …` walking the trie (compact and deterministic). */
  toEntries(): [number[], number][] {
    const children = new Map<number, [number, number][]>();
    for (const [key, child] of this.edges) {
      const parent = Math.floor(key / 4294967296);
      const hash = (key - parent * 4294967296) | 0;
      let list = children.get(parent);
      if (!list) children.set(parent, (list = []));
      list.push([hash, child]);
    }
    const entries: [number[], number][] = [];
    const walk = (node: number, path: number[]): void => {
      const mask = this.masks[node]!;
      if (mask !== 0) entries.push([path.slice(), mask]);
      const list = children.get(node);
      if (!list) return;
      list.sort((a, b) => a[0] - b[0]);
      for (const [hash, child] of list) {
        path.push(hash);
        walk(child, path);
        path.pop();
      }
    };
    walk(0, []);
    return entries;
  }
}

const LONGEST = new Int32Array(GAZ_CLASSES.length);

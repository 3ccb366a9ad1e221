// Multi-token gazetteer over lowercased word hashes: a trie whose edges (node, word hash) -> child
// live in one open-addressing table of typed arrays, so matching allocates nothing and loading is
// a bulk insert.
// COUNTRY marks the LOC names that are countries: in sports a country is a national team (LOC in
// CoNLL-2003) while a city is a club (ORG), so the two must be told apart.
export const GAZ_CLASSES = ['PER', 'ORG', 'LOC', 'MISC', 'FIRST', 'LAST', 'COUNTRY'] as const;
export type GazClass = (typeof GAZ_CLASSES)[number];
export const MAX_GAZ_TOKENS = 8;

export class Gazetteer {
  private edgeParent = new Int32Array(1 << 10).fill(-1);
  private edgeHash = new Int32Array(1 << 10);
  private edgeChild = new Int32Array(1 << 10);
  private edgeCount = 0;
  /** Class bit mask of the entries ending at each node (index = node id). */
  private masks = new Uint8Array(1 << 10);
  private nodeCount = 1;
  /** A bitset over (node, hash): most words start no entry, and this says so from cache. */
  private readonly edgeBits = new Int32Array(1 << 17);

  get size(): number {
    return this.nodeCount;
  }

  private slotOf(node: number, hash: number): number {
    const mask = this.edgeParent.length - 1;
    let slot = (Math.imul(node, 0x27d4eb2d) ^ Math.imul(hash, 0x9e3779b1)) & mask;
    for (;;) {
      const p = this.edgeParent[slot]!;
      if (p === -1 || (p === node && this.edgeHash[slot] === hash)) return slot;
      slot = (slot + 1) & mask;
    }
  }

  private child(node: number, hash: number): number {
    const bloom = edgeBloom(node, hash);
    if ((this.edgeBits[bloom >>> 5]! & (1 << (bloom & 31))) === 0) return -1;
    const slot = this.slotOf(node, hash);
    return this.edgeParent[slot] === -1 ? -1 : this.edgeChild[slot]!;
  }

  private addEdge(node: number, hash: number, child: number): void {
    if ((this.edgeCount + 1) * 2 > this.edgeParent.length) this.growEdges();
    const slot = this.slotOf(node, hash);
    this.edgeParent[slot] = node;
    this.edgeHash[slot] = hash;
    this.edgeChild[slot] = child;
    this.edgeCount++;
    const bloom = edgeBloom(node, hash);
    this.edgeBits[bloom >>> 5]! |= 1 << (bloom & 31);
  }

  private growEdges(): void {
    const [parents, hashes, children] = [this.edgeParent, this.edgeHash, this.edgeChild];
    const size = parents.length * 2;
    this.edgeParent = new Int32Array(size).fill(-1);
    this.edgeHash = new Int32Array(size);
    this.edgeChild = new Int32Array(size);
    this.edgeCount = 0;
    for (let i = 0; i < parents.length; i++) if (parents[i] !== -1) this.addEdge(parents[i]!, hashes[i]!, children[i]!);
  }

  private newNode(): number {
    if (this.nodeCount === this.masks.length) {
      const bigger = new Uint8Array(this.masks.length * 2);
      bigger.set(this.masks);
      this.masks = bigger;
    }
    return this.nodeCount++;
  }

  add(lowerHashes: readonly number[], classBit: number): void {
    if (lowerHashes.length === 0 || lowerHashes.length > MAX_GAZ_TOKENS) return;
    let node = 0;
    for (const h of lowerHashes) {
      let next = this.child(node, h);
      if (next < 0) {
        next = this.newNode();
        this.addEdge(node, h, next);
      }
      node = next;
    }
    this.masks[node]! |= classBit;
  }

  /**
   * For each class, marks tokens covered by the longest match starting at each position (skipping
   * starts inside an earlier match of the same class). out[i * classes + c] = 0 none, 1 B, 2 I, 3 L, 4 U.
   */
  match(lowerHashes: ArrayLike<number>, length: number, out: Uint8Array): void {
    const classes = GAZ_CLASSES.length;
    out.fill(0, 0, length * classes);
    const coveredUntil = COVERED_UNTIL;
    coveredUntil.fill(0);
    const longest = LONGEST;
    for (let start = 0; start < length; start++) {
      let node = 0;
      let found = false;
      for (let i = start; i < length && i - start < MAX_GAZ_TOKENS; i++) {
        const next = this.child(node, lowerHashes[i]!);
        if (next < 0) break;
        node = next;
        const mask = this.masks[node]!;
        if (mask !== 0) {
          if (!found) longest.fill(0);
          found = true;
          for (let c = 0; c < classes; c++) if ((mask & (1 << c)) !== 0) longest[c] = i + 1;
        }
      }
      if (!found) continue;
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

  /** Binary form: node count, edge count, masks, then (parent, hash, child) int32 triples in slot order. */
  serialize(): Buffer {
    const buf = Buffer.alloc(8 + this.nodeCount + this.edgeCount * 12);
    buf.writeUInt32LE(this.nodeCount, 0);
    buf.writeUInt32LE(this.edgeCount, 4);
    buf.set(this.masks.subarray(0, this.nodeCount), 8);
    let at = 8 + this.nodeCount;
    for (let i = 0; i < this.edgeParent.length; i++) {
      if (this.edgeParent[i] === -1) continue;
      buf.writeInt32LE(this.edgeParent[i]!, at);
      buf.writeInt32LE(this.edgeHash[i]!, at + 4);
      buf.writeInt32LE(this.edgeChild[i]!, at + 8);
      at += 12;
    }
    return buf;
  }

  static deserialize(buf: Buffer): Gazetteer {
    const g = new Gazetteer();
    const nodes = buf.readUInt32LE(0);
    const edges = buf.readUInt32LE(4);
    g.masks = new Uint8Array(nodes);
    g.masks.set(buf.subarray(8, 8 + nodes));
    g.nodeCount = nodes;
    let size = 1 << 10;
    while (size < edges * 2 + 2) size *= 2;
    g.edgeParent = new Int32Array(size).fill(-1);
    g.edgeHash = new Int32Array(size);
    g.edgeChild = new Int32Array(size);
    const triples = new Int32Array(edges * 3);
    Buffer.from(triples.buffer).set(buf.subarray(8 + nodes, 8 + nodes + edges * 12));
    for (let e = 0; e < edges; e++) g.addEdge(triples[e * 3]!, triples[e * 3 + 1]!, triples[e * 3 + 2]!);
    return g;
  }
}

const LONGEST = new Int32Array(GAZ_CLASSES.length);
const COVERED_UNTIL = new Int32Array(GAZ_CLASSES.length);

function edgeBloom(node: number, hash: number): number {
  return (Math.imul(node ^ hash, 0x9e3779b1) ^ hash) >>> 10;
}

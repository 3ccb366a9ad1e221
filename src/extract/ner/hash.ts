// 32-bit hashing for feature indices: strings are hashed once per word form, features combine ints.
export function hashString(text: string, seed = 0x811c9dc5): number {
  return hashRange(text, 0, text.length, seed);
}

/** hashString(text.slice(start, end), seed) without the slice. */
export function hashRange(text: string, start: number, end: number, seed = 0x811c9dc5): number {
  let h = seed | 0;
  for (let i = start; i < end; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return mixBits(h);
}

/** Combines two ints into one well-spread 32-bit int (murmur3-style finalizer). */
export function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0xcc9e2d51);
  h = (h << 15) | (h >>> 17);
  h = Math.imul(h ^ b, 0x1b873593);
  return mixBits(h);
}

function mixBits(x: number): number {
  let h = x;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}

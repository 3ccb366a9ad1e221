/**
 * A memo that forgets everything once it holds `capacity` entries. Caches of per-word or per-context
 * scores keyed by corpus text grow without end over a long ingest; clearing at a cap keeps memory
 * flat, and the cost is recomputing recent entries (their next use refills the memo).
 */
export class BoundedMap<K, V> extends Map<K, V> {
  constructor(readonly capacity: number) {
    super();
    if (!(capacity >= 1)) throw new RangeError(`BoundedMap capacity must be at least 1, got ${capacity}`);
  }

  override set(key: K, value: V): this {
    if (this.size >= this.capacity && !this.has(key)) this.clear();
    return super.set(key, value);
  }
}

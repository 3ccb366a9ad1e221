// Shared pieces of the quote models' training: dense feature ids and a reproducible example order.

/** Feature strings numbered densely in order of first sight, so training can run over typed arrays. */
export class FeatureInterner {
  private readonly ids = new Map<string, number>();
  /** The feature string of each id. */
  readonly names: string[] = [];

  intern(features: readonly string[]): Int32Array {
    const out = new Int32Array(features.length);
    features.forEach((f, i) => {
      let id = this.ids.get(f);
      if (id === undefined) {
        id = this.names.length;
        this.ids.set(f, id);
        this.names.push(f);
      }
      out[i] = id;
    });
    return out;
  }
}

/** Example indices reshuffled in place each epoch by a fixed generator, so training is reproducible. */
export class ShuffledOrder {
  private readonly order: number[];

  constructor(count: number, private seed: number) {
    this.order = Array.from({ length: count }, (_, i) => i);
  }

  /** The next epoch's order (Fisher–Yates, continuing the generator). */
  next(): readonly number[] {
    const order = this.order;
    for (let i = order.length - 1; i > 0; i--) {
      this.seed = (this.seed * 1103515245 + 12345) & 0x7fffffff;
      const j = this.seed % (i + 1);
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    return order;
  }
}

/**
 * The element-wise mean of the arrays several training runs return, run m seeded with seed0 + 7919·m:
 * averaging perceptrons that visit the examples in their own orders keeps one order's luck out of the
 * model, which would otherwise be redrawn by any change to the number of examples.
 */
export function meanOfOrders(members: number, seed0: number, trainOne: (seed: number) => Float64Array[]): Float64Array[] {
  let mean: Float64Array[] = [];
  for (let m = 0; m < members; m++) {
    const arrays = trainOne(seed0 + m * 7919);
    if (m === 0) mean = arrays.map((a) => new Float64Array(a.length));
    arrays.forEach((a, k) => {
      const out = mean[k]!;
      for (let i = 0; i < a.length; i++) out[i]! += a[i]! / members;
    });
  }
  return mean;
}


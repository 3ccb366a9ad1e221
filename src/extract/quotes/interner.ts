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

/**
 * The first index in [0, length) at which `before` turns false, for a sequence sorted so that it
 * holds for a prefix only (binary search; `length` when it holds everywhere).
 */
export function partitionPoint(length: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

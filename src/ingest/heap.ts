// A batch ingest's heap: by default V8 lets the young generation grow to 32 MB and the old generation
// to several times its live data before it collects; over a long batch that is hundreds of MB of
// garbage (the 25,000-article ingest peaked at 700 MB; one full collection near its end freed 200 MB).
// Ingest lets the old generation grow by a twentieth over live data (a fifth: 2,761 Reuters articles,
// peak 410 -> 330 MB, same time; a tenth: full corpus 350 -> 342 MB, ~1.5x the full collections, +0.1 s
// of GC per 25 s; a twentieth, with smaller NER and quote memos: 317 -> 305 MB) and holds the young one
// at 8 MB. These V8 flags are read at run time and are process-wide (worker threads included). The
// young generation's flag only stops growth: set before the models load, it stays at 2 MB while they
// load; `youngGenerationTo` then lets it grow in one step to the size asked for and stops it there
// (--max-semi-space-size, which would say so, is a start-up flag).
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';

const BOUNDED = ['--semi-space-growth-factor=1', '--heap-growing-percent=5'];
const DEFAULTS = ['--semi-space-growth-factor=2', '--heap-growing-percent=0'];

/** Bound heap growth for the rest of the process (the ingest command) or until `unboundHeapGrowth`. */
export function boundHeapGrowth(): void {
  for (const flag of BOUNDED) setFlagsFromString(flag);
}

/** V8's own growth policy again (a benchmark that measures other things after an ingest). */
export function unboundHeapGrowth(): void {
  for (const flag of DEFAULTS) setFlagsFromString(flag);
}

function youngGenerationMB(): number {
  const space = getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
  return space ? space.space_size / 1048576 : 0;
}

/**
 * After `boundHeapGrowth`: let the young generation (both semispaces) grow once, from its size now to
 * `targetMB`, at V8's next expansion. Call the returned check now and then (per article): once the young
 * generation has grown, it stops growth again. V8 grows by an integer factor, so the target is reached
 * in one step only when it is a multiple of the size now (2 MB after boundHeapGrowth at start-up).
 */
export function youngGenerationTo(targetMB: number): () => void {
  const now = youngGenerationMB();
  const factor = Math.floor(targetMB / now);
  if (factor <= 1) return () => {};
  setFlagsFromString(`--semi-space-growth-factor=${factor}`);
  let done = false;
  return () => {
    if (done || youngGenerationMB() <= now) return;
    setFlagsFromString('--semi-space-growth-factor=1');
    done = true;
  };
}

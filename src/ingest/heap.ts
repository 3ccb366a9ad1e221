// A batch ingest's heap: by default V8 lets the young generation grow to 32 MB and the old generation
// to several times its live data before it collects; over a long batch that is hundreds of MB of
// garbage (the 25,000-article ingest peaked at 700 MB; one full collection near its end freed 200 MB).
// Ingest keeps the young generation at the size it has and lets the old one grow by a fifth over live
// data (2,761 Reuters articles: peak 410 -> 330 MB, same time). These V8 flags are read at run time
// and are process-wide (worker threads included). The young generation's flag only stops growth: set
// after the models load (as `dossier ingest` and bench do), V8 has already grown it to 32 MB; set
// before, it stays at 2 MB, ~30-40 MB less RSS for ~15-20% more CPU in scavenges (700 BBC articles).
// The CLI cannot cap it in between (--max-semi-space-size is a start-up flag).
import { setFlagsFromString } from 'node:v8';

const BOUNDED = ['--semi-space-growth-factor=1', '--heap-growing-percent=20'];
const DEFAULTS = ['--semi-space-growth-factor=2', '--heap-growing-percent=0'];

/** Bound heap growth for the rest of the process (the ingest command) or until `unboundHeapGrowth`. */
export function boundHeapGrowth(): void {
  for (const flag of BOUNDED) setFlagsFromString(flag);
}

/** V8's own growth policy again (a benchmark that measures other things after an ingest). */
export function unboundHeapGrowth(): void {
  for (const flag of DEFAULTS) setFlagsFromString(flag);
}

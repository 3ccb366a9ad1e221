// `dossier bench`: throughput of read + analyze + extract + store on one core against a wink-nlp-only
// pass over the same text (and of read + analyze + store alone, the foundation without the trained
// extractors), each stage's share of the time, and search / entity latency over the ~25,000-article
// shared corpus.
// Figures compare within one run: machines here are noisy.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { readPaths } from '../../ingest/read.js';
import { toArticle } from '../../ingest/article.js';
import { ingestItems } from '../../ingest/pipeline.js';
import { extract, extractFoundation, STAGES, type Stage } from '../../extract/index.js';
import type { Article, Extraction } from '../../model/extraction.js';
import { createExtractPool } from '../../ingest/pool.js';
import { boundHeapGrowth, unboundHeapGrowth } from '../../ingest/heap.js';
import { openSqliteStore } from '../../store/sqlite/index.js';
import type { Store } from '../../store/types.js';
import { launcherPath, sharedDataDir } from '../../util/paths.js';
import { printJson, UsageError } from '../output.js';

export interface BenchOptions {
  db: string;
  sampleMb: string;
  skipCorpus?: boolean;
  http?: boolean;
  connections: string;
  pauseMs: string;
  seconds: string;
  rounds: string;
}

/** Share of the throughput sample both sides run through untimed first. */
const WARM_UP_SHARE = 0.1;

/** The corpora of the scale target: Reuters-21578 (its .sgm files, not the word lists beside them), BBC News, InSight Crime. */
export function corpusPaths(): string[] {
  const reuters = join(sharedDataDir, 'reuters21578');
  return [
    ...readdirSync(reuters).filter((f) => f.endsWith('.sgm')).sort().map((f) => join(reuters, f)),
    join(sharedDataDir, 'bbc-fulltext'),
    join(sharedDataDir, 'conflibert-insightcrime'),
  ];
}

export async function benchCommand(opts: BenchOptions): Promise<number> {
  const rounds = Number(opts.rounds);
  if (!Number.isInteger(rounds) || rounds < 1 || rounds > 20) throw new UsageError(`--rounds must be a whole number from 1 to 20, not "${opts.rounds}"`);
  const figures: Record<string, unknown> = {};
  const sampleFiles = pickSample(join(sharedDataDir, 'bbc-fulltext'), Number(opts.sampleMb) * 1e6);
  log(`throughput sample: ${sampleFiles.length} BBC articles`);

  // Throughput under the heap policy `dossier ingest` runs with, for both sides.
  boundHeapGrowth();
  // Both sides first run untimed over the same warm-up slice (models loaded, code compiled), then are
  // timed over the whole sample: the figures compare steady-state speed, not start-up.
  const warmFiles = sampleFiles.slice(0, Math.max(1, Math.round(sampleFiles.length * WARM_UP_SHARE)));

  // Baseline: wink-nlp's own full pipeline over the same normalized bodies.
  const bodies: string[] = [];
  for await (const item of readPaths(sampleFiles)) if (item.ok) bodies.push(toArticle(item.doc).body);
  const bytes = bodies.reduce((n, b) => n + Buffer.byteLength(b), 0);
  const nlp = winkNLP(model);
  const winkPass = (texts: readonly string[]): number => {
    let tokens = 0;
    for (const b of texts) {
      const doc = nlp.readDoc(b);
      tokens += doc.tokens().out().length + doc.sentences().length();
    }
    return tokens;
  };
  winkPass(bodies.slice(0, warmFiles.length));

  // Ours: read from disk, normalize, analyze, extract, store in a fresh database, on this one thread;
  // then the same with only the foundation's stages (analyze, dates, citations). The three passes take
  // turns, `rounds` times, and each ratio is the median of its rounds' ratios: a burst of load on a
  // shared machine then moves one round, not the figure.
  const tmp = mkdtempSync(join(tmpdir(), 'dossier-bench-'));
  let tokens = 0;
  const wink: number[] = [];
  const full: number[] = [];
  const foundation: number[] = [];
  // Stage times count only during timed passes (not their warm-ups), summed over the rounds.
  const stageMs = new Map<Stage, number>(STAGES.map((s) => [s, 0]));
  let counting = false;
  const onStage = (stage: Stage, ms: number) => {
    if (counting) stageMs.set(stage, stageMs.get(stage)! + ms);
  };
  let fullSeconds = 0;
  let storeSeconds = 0;
  try {
    for (let r = 0; r < rounds; r++) {
      const t = performance.now();
      tokens = winkPass(bodies);
      wink.push(bytes / 1e6 / ((performance.now() - t) / 1000));
      const f = await timedIngest(join(tmp, `full-${r}`), warmFiles, sampleFiles, (a) => extract(a, { onStage }), (on) => (counting = on));
      full.push(f.mb / f.seconds);
      fullSeconds += f.seconds;
      storeSeconds += f.storeSeconds;
      const g = await timedIngest(join(tmp, `foundation-${r}`), warmFiles, sampleFiles, (a) => extractFoundation(a));
      foundation.push(g.mb / g.seconds);
      log(`round ${r + 1}/${rounds}: wink-only ${round(wink[r]!)} MB/s, ours ${round(full[r]!)} MB/s, read + analyze + store alone ${round(foundation[r]!)} MB/s`);
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  const ratios = full.map((x, i) => round(x / wink[i]!));
  const foundationRatios = foundation.map((x, i) => round(x / wink[i]!));
  figures['winkMBps'] = round(median(wink));
  figures['extractMBps'] = round(median(full));
  figures['ratio'] = median(ratios);
  figures['ratioRuns'] = ratios;
  figures['sampleMB'] = round(bytes / 1e6);
  // Where the one-thread time goes: each stage's share, the store's, and the rest (reading, normalizing).
  const shares: Record<string, number> = {};
  let staged = 0;
  for (const [stage, ms] of stageMs) {
    shares[stage] = round(ms / 1000 / fullSeconds);
    staged += ms;
  }
  shares['store'] = round(storeSeconds / fullSeconds);
  shares['readAndNormalize'] = round(1 - (staged / 1000 + storeSeconds) / fullSeconds);
  figures['stageShare'] = shares;
  figures['foundationMBps'] = round(median(foundation));
  figures['foundationRatio'] = median(foundationRatios);
  figures['foundationRatioRuns'] = foundationRatios;
  log(`wink-only ${figures['winkMBps']} MB/s (${tokens} tokens), ours ${figures['extractMBps']} MB/s, ratio ${figures['ratio']}; read + analyze + store alone ${figures['foundationMBps']} MB/s, ratio ${figures['foundationRatio']} (medians of ${rounds} rounds)`);
  // Workers run under V8's own heap policy, as `dossier ingest --workers N` runs them.
  unboundHeapGrowth();
  figures['workersSpeedup'] = await workersSpeedup(warmFiles, sampleFiles, figures['extractMBps'] as number);

  if (!opts.skipCorpus) Object.assign(figures, await corpusFigures(resolve(opts.db)));
  if (opts.http) figures['http'] = await httpFigures(resolve(opts.db), Number(opts.connections), Number(opts.pauseMs), Number(opts.seconds));
  printJson({ task: 'bench', ...figures });
  return 0;
}

/**
 * One timed ingest of `files` into a fresh database with `extractor`, after an untimed pass over
 * `warmFiles` into another; `timing` is told when the timed pass starts and ends. Returns the MB
 * extracted, the seconds, and the seconds of them the store spent writing batches.
 */
async function timedIngest(
  dir: string,
  warmFiles: string[],
  files: string[],
  extractor: (article: Article) => Extraction,
  timing: (on: boolean) => void = () => {},
): Promise<{ mb: number; seconds: number; storeSeconds: number }> {
  mkdirSync(dir, { recursive: true });
  const warmStore = await openSqliteStore(join(dir, 'warm-up.db'));
  await warmStore.migrate();
  await ingestItems(warmStore, readPaths(warmFiles), { extractor });
  await warmStore.close();
  const store = await openSqliteStore(join(dir, 'bench.db'));
  await store.migrate();
  let storeMs = 0;
  const saveBatch = store.saveBatch!.bind(store);
  const timedStore: Store = Object.assign(Object.create(store) as Store, {
    saveBatch: async (extractions: readonly Extraction[]) => {
      const started = performance.now();
      try {
        return await saveBatch(extractions);
      } finally {
        storeMs += performance.now() - started;
      }
    },
  });
  timing(true);
  const t = performance.now();
  const summary = await ingestItems(timedStore, readPaths(files), { extractor });
  const seconds = (performance.now() - t) / 1000;
  timing(false);
  await store.close();
  return { mb: summary.bytesExtracted / 1e6, seconds, storeSeconds: storeMs / 1000 };
}

/** The same sample through a pool of two extraction workers (warmed the same way), relative to the one-thread figure. */
async function workersSpeedup(warmFiles: string[], files: string[], singleMBps: number): Promise<number> {
  const tmp = mkdtempSync(join(tmpdir(), 'dossier-bench-'));
  const pool = createExtractPool(2);
  try {
    const warmStore = await openSqliteStore(join(tmp, 'warm-up.db'));
    await warmStore.migrate();
    await ingestItems(warmStore, readPaths(warmFiles), { pool });
    await warmStore.close();
    const store = await openSqliteStore(join(tmp, 'bench.db'));
    await store.migrate();
    const t = performance.now();
    const summary = await ingestItems(store, readPaths(files), { pool });
    const mbps = summary.bytesExtracted / 1e6 / ((performance.now() - t) / 1000);
    await store.close();
    log(`2 workers: ${round(mbps)} MB/s`);
    return round(mbps / singleMBps);
  } finally {
    await pool.close();
    rmSync(tmp, { recursive: true, force: true });
  }
}

async function corpusFigures(dbPath: string): Promise<Record<string, unknown>> {
  const figures: Record<string, unknown> = {};
  if (!existsSync(dbPath)) {
    // A child process started as users start it (bin/dossier), so its peak RSS is the ingest's alone.
    mkdirSync(dirname(dbPath), { recursive: true });
    log(`building the corpus database ${dbPath} (once; reused by later runs)`);
    const started = performance.now();
    const child = spawnSync(launcherPath, ['ingest', '--db', dbPath, '--json', ...corpusPaths()], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 << 20 });
    const last = child.stdout.trim().split('\n').pop() ?? '{}';
    const summary = JSON.parse(last) as { read: number; new: number; duplicate: number; failed: unknown[]; peakRssMB?: number; mbExtracted?: number };
    figures['corpusIngest'] = { read: summary.read, new: summary.new, duplicate: summary.duplicate, failed: summary.failed.length, seconds: round((performance.now() - started) / 1000), mbExtracted: summary.mbExtracted };
    figures['peakRssMB'] = summary.peakRssMB ?? null;
  } else {
    log(`reusing the corpus database ${dbPath} (delete it to re-measure ingest and peak RSS)`);
    figures['peakRssMB'] = null;
  }
  const store = await openSqliteStore(dbPath);
  try {
    const stats = await store.stats();
    figures['corpusArticles'] = stats.articles;
    const queries = await twoWordQueries(store, 300);
    figures['searchP95ms'] = round(await p95(queries, (q) => store.search({ text: q, limit: 20 })));
    const ents = (await store.listEntities({ limit: 200 })).items.map((e) => e.id);
    figures['entityP95ms'] = ents.length ? round(await p95(ents, (id) => store.getEntity(id))) : null;
    log(`search p95 ${figures['searchP95ms']} ms over ${queries.length} two-word queries; entity p95 ${figures['entityP95ms']} ms`);
  } finally {
    await store.close();
  }
  return figures;
}

/**
 * API latency under load: wrk (Debian's package) holds `connections` connections open against
 * `dossier serve` on this corpus, in a process of its own (this one's heap holds the extraction models,
 * whose collections would pause the server); each connection pauses a random 0.5–1.5 × `pauseMs` between
 * requests (a fixed pause would send all connections in lockstep bursts), so the offered load is about
 * connections × 1000 / pauseMs requests per second (0 = as fast as it answers).
 */
async function httpFigures(dbPath: string, connections: number, pauseMs: number, seconds: number): Promise<Record<string, unknown>> {
  const wrk = spawnSync('wrk', ['--version'], { encoding: 'utf8' });
  if (wrk.error) throw new UsageError('bench --http needs wrk (apt-get install wrk)');
  const store = await openSqliteStore(dbPath);
  const server = await serveProcess(dbPath);
  const tmp = mkdtempSync(join(tmpdir(), 'dossier-wrk-'));
  try {
    const queries = await twoWordQueries(store, 300);
    const entities = (await store.listEntities({ limit: 200 })).items.map((e) => e.id);
    const out: Record<string, unknown> = { connections, pauseMs, seconds };
    for (const [name, paths] of [
      ['search', queries.map((q) => `/api/search?q=${encodeURIComponent(q)}&limit=20`)],
      ['entity', entities.map((id) => `/api/entities/${id}`)],
    ] as const) {
      // Steady state, as p95() measures the store: every path once first, so the new process's code is
      // compiled and SQLite's page cache holds what the run reads (a first touch after start is not load).
      for (const path of paths) await (await fetch(`${server.url}${path}`)).arrayBuffer();
      const script = join(tmp, `${name}.lua`);
      writeFileSync(script, wrkScript(paths, pauseMs));
      const result = await runAsync('wrk', ['-t2', `-c${connections}`, `-d${seconds}s`, '--timeout', '10s', '-s', script, server.url]);
      const m = /RESULT (\d+) (\d+) ([\d.]+) ([\d.]+) ([\d.]+)/.exec(result);
      if (!m) throw new Error(`wrk printed no result: ${result.slice(-400)}`);
      out[name] = { requests: Number(m[1]), errors: Number(m[2]), rps: round(Number(m[1]) / seconds), p50ms: Number(m[3]), p95ms: Number(m[4]), p99ms: Number(m[5]) };
      log(`http ${name}: ${JSON.stringify(out[name])}`);
    }
    return out;
  } finally {
    await server.close();
    await store.close();
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** `dossier serve --port 0` on the database, as a user starts it; resolves with its address once it listens. */
function serveProcess(dbPath: string): Promise<{ url: string; close(): Promise<void> }> {
  const child = spawn(launcherPath, ['serve', '--db', dbPath, '--port', '0'], { stdio: ['ignore', 'ignore', 'pipe'] });
  const exited = new Promise<void>((resolveExit) => child.once('exit', () => resolveExit()));
  return new Promise((resolveServer, reject) => {
    let said = '';
    let started = false;
    const fail = (why: string) => {
      child.kill('SIGKILL');
      reject(new Error(`dossier serve ${why}: ${said.slice(-400)}`));
    };
    const timer = setTimeout(() => fail('did not start within 60 s'), 60_000);
    child.once('exit', () => {
      if (!started) fail('exited');
    });
    child.stderr.on('data', (chunk: Buffer) => {
      said += chunk.toString();
      const m = / at (http:\/\/\S+) /.exec(said);
      if (started || !m) return;
      started = true;
      clearTimeout(timer);
      resolveServer({
        url: m[1]!,
        close: async () => {
          child.kill('SIGTERM');
          await exited;
        },
      });
    });
  });
}

function wrkScript(paths: readonly string[], pauseMs: number): string {
  return `local paths = { ${paths.map((p) => JSON.stringify(p)).join(', ')} }
local i = math.random(#paths)
request = function()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end
${pauseMs > 0 ? `delay = function() return math.random(${Math.ceil(pauseMs / 2)}, ${Math.ceil((pauseMs * 3) / 2)}) end` : ''}
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT %d %d %.3f %.3f %.3f\\n", summary.requests, e.connect + e.read + e.write + e.status + e.timeout,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000))
end
`;
}

function runAsync(cmd: string, args: string[]): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let text = '';
    child.stdout.on('data', (d: Buffer) => (text += d.toString()));
    child.stderr.on('data', (d: Buffer) => (text += d.toString()));
    child.on('error', reject);
    child.on('close', () => resolvePromise(text));
  });
}

/** Deterministic two-word queries drawn from the corpus's own titles (a fixed-seed generator). */
async function twoWordQueries(store: Store, n: number): Promise<string[]> {
  const titles = (await store.search({ text: '', limit: 200 })).hits.map((h) => h.title ?? '');
  const words = [...new Set(titles.join(' ').toLowerCase().match(/\b[a-z]{4,}\b/g) ?? [])].sort();
  let seed = 42;
  const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const out: string[] = [];
  for (let i = 0; i < n && words.length > 1; i++) out.push(`${words[Math.floor(rand() * words.length)]} ${words[Math.floor(rand() * words.length)]}`);
  return out;
}

async function p95<T>(inputs: T[], run: (x: T) => Promise<unknown>): Promise<number> {
  for (const x of inputs.slice(0, 20)) await run(x); // warm the caches
  const times: number[] = [];
  for (const x of inputs) {
    const t = performance.now();
    await run(x);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.min(times.length - 1, Math.floor(times.length * 0.95))]!;
}

function pickSample(dir: string, maxBytes: number): string[] {
  const files: string[] = [];
  let total = 0;
  for (const sub of readdirSync(dir).sort()) {
    const p = join(dir, sub);
    if (!statSync(p).isDirectory()) continue;
    for (const f of readdirSync(p).sort()) {
      if (!f.endsWith('.txt')) continue;
      const file = join(p, f);
      total += statSync(file).size;
      files.push(file);
      if (total >= maxBytes) return files;
    }
  }
  return files;
}

function median(xs: readonly number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

function log(msg: string): void {
  process.stderr.write(`bench: ${msg}\n`);
}

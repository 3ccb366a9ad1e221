// Extraction on several cores: a fixed pool of worker threads, each with its own models loaded once.
import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import type { Article, Extraction } from '../model/extraction.js';

export interface ExtractPool {
  size: number;
  extract(article: Article): Promise<Extraction>;
  close(): Promise<void>;
}

type Pending = { resolve: (x: Extraction) => void; reject: (e: Error) => void };

export function createExtractPool(size: number): ExtractPool {
  const url = new URL('./extract-worker.js', import.meta.url);
  // Under tsx (tests, scripts) the worker is the .ts source; compiled, it is the .js beside this file.
  const file = fileURLToPath(url).replace(/\.js$/, import.meta.url.endsWith('.ts') ? '.ts' : '.js');
  const workers = Array.from({ length: size }, () => new Worker(file, import.meta.url.endsWith('.ts') ? { execArgv: ['--import', 'tsx'] } : {}));
  const pending = new Map<number, Pending>();
  const load = new Array<number>(size).fill(0);
  let next = 0;
  workers.forEach((w, i) => {
    w.on('message', (msg: { id: number; extraction?: Extraction; error?: string }) => {
      load[i]!--;
      const p = pending.get(msg.id);
      pending.delete(msg.id);
      if (!p) return;
      if (msg.error !== undefined) p.reject(new Error(msg.error));
      else p.resolve(msg.extraction!);
    });
    w.on('error', (err) => {
      for (const p of pending.values()) p.reject(err);
      pending.clear();
    });
  });
  return {
    size,
    extract(article) {
      const id = next++;
      // The least-loaded worker, so one long article does not hold up a queue behind it.
      let best = 0;
      for (let i = 1; i < size; i++) if (load[i]! < load[best]!) best = i;
      load[best]!++;
      return new Promise<Extraction>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        workers[best]!.postMessage({ id, article });
      });
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}

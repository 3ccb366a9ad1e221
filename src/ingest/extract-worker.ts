// A worker thread that runs the pure extract() on articles it is sent; the store stays on the main thread.
import { parentPort } from 'node:worker_threads';
import { extract } from '../extract/index.js';
import type { Article } from '../model/extraction.js';

parentPort?.on('message', (msg: { id: number; article: Article }) => {
  try {
    parentPort!.postMessage({ id: msg.id, extraction: extract(msg.article) });
  } catch (err) {
    parentPort!.postMessage({ id: msg.id, error: err instanceof Error ? err.message : String(err) });
  }
});

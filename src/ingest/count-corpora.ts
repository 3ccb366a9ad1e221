// Reads whole corpora through readPaths and prints documents, failures, time, MB/s and peak RSS.
// Usage: node --import tsx src/ingest/count-corpora.ts [--jsonl-mb N] [PATH…]
// With no paths: all of reuters21578 (*.sgm), bbc-fulltext and conflibert-insightcrime. The readers' modules
// are loaded before timing starts. CPU-seconds are shown beside wall time because shared machines are noisy.
import { createWriteStream, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { sharedDataDir } from '../util/paths.js';
import { readPaths } from './read.js';

function bytesUnder(path: string): number {
  const info = statSync(path);
  if (!info.isDirectory()) return info.size;
  return readdirSync(path).reduce((sum, name) => sum + bytesUnder(join(path, name)), 0);
}

async function measure(label: string, paths: string[]): Promise<void> {
  const bytes = paths.reduce((sum, p) => sum + bytesUnder(p), 0);
  const started = performance.now();
  const cpuStart = process.cpuUsage();
  let documents = 0;
  let titled = 0;
  let dated = 0;
  const failures: string[] = [];
  for await (const item of readPaths(paths)) {
    if (item.ok) {
      documents++;
      if (item.doc.title) titled++;
      if (item.doc.date) dated++;
    } else failures.push(`${item.file}${item.line ? `:${item.line}` : ''}: ${item.reason}`);
  }
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuStart);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const mb = bytes / 1024 / 1024;
  console.log(
    `${label.padEnd(24)} docs ${String(documents).padStart(6)}  titled ${String(titled).padStart(6)}  dated ${String(dated).padStart(6)}  failed ${String(failures.length).padStart(3)}  ${mb.toFixed(1).padStart(6)} MB  ${seconds.toFixed(2).padStart(6)} s  ${(mb / seconds).toFixed(1).padStart(6)} MB/s wall  ${(mb / cpuSeconds).toFixed(1).padStart(6)} MB/s per CPU-second`,
  );
  for (const f of failures.slice(0, 5)) console.log(`    failed: ${f}`);
  if (failures.length > 5) console.log(`    … and ${failures.length - 5} more`);
}

/** A synthetic JSONL file of roughly `mb` megabytes of article-sized lines. */
async function writeJsonl(file: string, mb: number): Promise<void> {
  const out = createWriteStream(file);
  const paragraph = 'Officials in Astana said on Monday that a second export route for Kazakh crude would be studied before the end of the year. ';
  let written = 0;
  for (let i = 0; written < mb * 1024 * 1024; i++) {
    const line = JSON.stringify({ title: `Article ${i}`, body: paragraph.repeat(30), date: '2005-03-14', source: 'Synthetic Wire', url: `https://example.org/${i}` }) + '\n';
    written += Buffer.byteLength(line);
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

const args = process.argv.slice(2);
const jsonlFlag = args.indexOf('--jsonl-mb');
const jsonlMb = jsonlFlag >= 0 ? Number(args.splice(jsonlFlag, 2)[1]) : 0;
const started = performance.now();
if (args.length > 0) await measure('given paths', args);
else {
  const reuters = join(sharedDataDir, 'reuters21578');
  const sgm = readdirSync(reuters).filter((n) => n.endsWith('.sgm')).sort().map((n) => join(reuters, n));
  await measure('reuters21578 (*.sgm)', sgm);
  await measure('bbc-fulltext', [join(sharedDataDir, 'bbc-fulltext')]);
  await measure('conflibert-insightcrime', [join(sharedDataDir, 'conflibert-insightcrime')]);
}
if (jsonlMb > 0) {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-jsonl-'));
  const file = join(dir, 'synthetic.jsonl');
  await writeJsonl(file, jsonlMb);
  await measure(`synthetic JSONL`, [file]);
  rmSync(dir, { recursive: true, force: true });
}
console.log(`total ${((performance.now() - started) / 1000).toFixed(2)} s, peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);

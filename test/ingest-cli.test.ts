// The ingest and extract commands as a user runs them: a batch with broken files, re-runs, a killed process, a closed pipe.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync, truncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { repoRoot, sharedDataDir } from '../src/util/paths.js';
import { extract } from '../src/extract/index.js';
import { toArticle } from '../src/ingest/article.js';

const cli = join(repoRoot, 'dist/src/cli/main.js');
const seed = join(sharedDataDir, 'edm/000_0cf69e1f5984bc52.txt');

function dossier(args: string[], input?: string) {
  return spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', input, timeout: 120_000 });
}

function article(i: number): string {
  return JSON.stringify({
    title: `Report ${i}`,
    body: `Officials in Astana met on March ${(i % 27) + 1} to discuss report number ${i}. Minister Yerlan Saparbayev said that exports rose by ${i} percent (Steppe Herald, March ${(i % 27) + 1}).`,
    date: '2005-04-01',
    source: `feed-${i}`,
  });
}

test('a batch with broken files stores the rest, names each failure, and exits 1; a re-run adds nothing', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-ingest-'));
  try {
    const inputs = join(dir, 'in');
    mkdirSync(inputs);
    writeFileSync(join(inputs, 'good.jsonl'), `${article(1)}\n{not json}\n${article(2)}\n`);
    writeFileSync(join(inputs, 'empty.txt'), '');
    writeFileSync(join(inputs, 'binary.txt'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 1, 2, 3, 0, 0]));
    writeFileSync(join(inputs, 'latin1.txt'), Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0xff, 0xfe, 0x0a]));
    writeFileSync(join(inputs, 'page.html'), '<html><head><title>Payload</title><script>window.__pwned = 1</script></head><body><article><h1>Payload</h1><p>Officials in Astana met on March 3. <img src=x onerror="window.__pwned=2"> The talks went on for hours and produced a long communiqué about railways and pipelines across the steppe.</p></article></body></html>');
    writeFileSync(join(inputs, 'huge.txt'), '');
    truncateSync(join(inputs, 'huge.txt'), 50 * 1024 * 1024); // sparse: refused by size before any read
    const db = join(dir, 'kb.db');
    const first = dossier(['ingest', '--db', db, inputs, join(dir, 'missing.txt'), seed]);
    assert.equal(first.status, 1, first.stderr);
    assert.match(first.stderr, /read \d+, new 4, duplicate 0, failed 6/);
    assert.match(first.stderr, /good\.jsonl:2: .*JSON/i);
    assert.match(first.stderr, /empty\.txt: .*empty/i);
    assert.match(first.stderr, /binary\.txt: .*binary/i);
    assert.match(first.stderr, /latin1\.txt: .*UTF-8/i);
    assert.match(first.stderr, /missing\.txt: /);
    assert.match(first.stderr, /huge\.txt: file is 50(\.0)? MB, over the 20 MB limit/);
    assert.doesNotMatch(first.stderr, /\n\s+at /, 'no stack traces');

    const again = dossier(['ingest', '--db', db, '--json', inputs, seed]);
    const summary = JSON.parse(again.stdout.trim().split('\n').pop()!) as { new: number; duplicate: number };
    assert.equal(summary.new, 0);
    assert.equal(summary.duplicate, 4);

    const search = dossier(['search', '--db', db, '--json', 'Astana']);
    assert.equal(search.status, 0, search.stderr);
    const hits = (JSON.parse(search.stdout) as { hits: { title: string }[] }).hits;
    assert.equal(hits.length, 3);
    const html = dossier(['search', '--db', db, '--json', 'communiqué']);
    const body = (JSON.parse(html.stdout) as { hits: { snippet: string }[] }).hits[0]!.snippet;
    assert.doesNotMatch(body, /pwned|<script|onerror/);

    const bad = dossier(['search', '--db', db, '"unbalanced']);
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /^dossier: .*quotation mark/);
    const badDate = dossier(['search', '--db', db, 'Astana', '--from', 'last week']);
    assert.equal(badDate.status, 2);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a process killed mid-ingest leaves no half-written article, and the next run completes the batch', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-crash-'));
  try {
    const total = 400;
    const feed = join(dir, 'feed.jsonl');
    writeFileSync(feed, Array.from({ length: total }, (_, i) => article(i)).join('\n'));
    const db = join(dir, 'kb.db');
    await new Promise<void>((resolve, reject) => {
      const child = spawn(process.execPath, [cli, 'ingest', '--db', db, feed], { stdio: ['ignore', 'ignore', 'pipe'] });
      let stored = 0;
      child.stderr.on('data', (chunk: Buffer) => {
        stored += (chunk.toString().match(/^new /gm) ?? []).length;
        if (stored >= 20 && !child.killed) child.kill('SIGKILL');
      });
      child.on('exit', (_code, signal) => (signal === 'SIGKILL' ? resolve() : reject(new Error(`ingest ended before it could be killed (${signal})`))));
    });

    const conn = new Database(db, { readonly: true });
    const rows = conn.prepare('SELECT rowid, id, source, title, body, date FROM articles').all() as { rowid: number; source: string; title: string; body: string; date: string }[];
    assert.ok(rows.length >= 20 && rows.length < total, `killed part-way (${rows.length} stored)`);
    for (const r of rows) {
      const expected = extract(toArticle({ source: r.source, title: r.title, body: r.body, date: r.date, dateBasis: 'metadata', publication: null, volume: null, issue: null, url: null }));
      const count = (table: string) => (conn.prepare(`SELECT count(*) AS n FROM ${table} WHERE article = ?`).get(r.rowid) as { n: number }).n;
      assert.equal(count('mentions'), expected.mentions.length, `mentions of ${r.source}`);
      assert.equal(count('citations'), expected.citations.length, `citations of ${r.source}`);
      assert.equal(count('quotes'), expected.quotes.length, `quotes of ${r.source}`);
    }
    const fts = (conn.prepare('SELECT count(*) AS n FROM articles_fts').get() as { n: number }).n;
    assert.equal(fts, rows.length, 'the search index holds exactly the stored articles');
    conn.close();

    const rerun = dossier(['ingest', '--db', db, '--json', feed]);
    assert.equal(rerun.status, 0, rerun.stderr);
    const summary = JSON.parse(rerun.stdout.trim().split('\n').pop()!) as { new: number; duplicate: number };
    assert.equal(summary.duplicate, rows.length);
    assert.equal(summary.new, total - rows.length);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('extract --all names a broken document, prints the others and exits 1', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-extract-'));
  try {
    const file = join(dir, 'feed.jsonl');
    writeFileSync(file, `${article(1)}\n{not json}\n${article(2)}\n`);
    const run = dossier(['extract', '--all', '--json', file]);
    assert.equal(run.status, 1, run.stderr);
    assert.match(run.stderr, /feed\.jsonl:2: .*JSON/i);
    const titles = run.stdout.trim().split('\n').map((line) => (JSON.parse(line) as { article: { title: string } }).article.title);
    assert.deepEqual(titles, ['Report 1', 'Report 2']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('ingest --workers 2 stores what one thread stores', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-workers-'));
  try {
    const feed = join(dir, 'feed.jsonl');
    writeFileSync(feed, `${Array.from({ length: 12 }, (_, i) => article(i)).join('\n')}\n`);
    const facts = (db: string) => {
      const kb = new Database(db, { readonly: true });
      try {
        return ['articles', 'mentions', 'quotes', 'citations', 'quantities', 'dates', 'entities'].map((t) => kb.prepare(`SELECT count(*) AS n FROM ${t}`).get());
      } finally {
        kb.close();
      }
    };
    const one = dossier(['ingest', '--db', join(dir, 'one.db'), '--json', feed, seed]);
    assert.equal(one.status, 0, one.stderr);
    const two = dossier(['ingest', '--db', join(dir, 'two.db'), '--json', '--workers', '2', feed, seed]);
    assert.equal(two.status, 0, two.stderr);
    assert.equal((JSON.parse(two.stdout.trim().split('\n').pop()!) as { new: number }).new, 13);
    assert.deepEqual(facts(join(dir, 'two.db')), facts(join(dir, 'one.db')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a reader that closes the pipe early ("dossier extract x.txt | head") ends the command quietly', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-pipe-'));
  try {
    const file = join(dir, 'long.txt');
    const paragraph = 'Kazakh Prime Minister Danial Akhmetov said on December 22 that Russia remains the top priority (Panorama, December 24). ';
    writeFileSync(file, `Publication: Eurasia Daily Monitor Volume: 2 Issue: 2\n\n${paragraph.repeat(400)}\n`);
    // Enough JSON to overrun the pipe's buffer, so the CLI still writes after head has gone.
    const run = spawnSync('sh', ['-c', `"${process.execPath}" "${cli}" extract --json "${file}" | head -c 10`], { encoding: 'utf8' });
    assert.equal(run.status, 0);
    assert.equal(run.stdout.length, 10);
    assert.doesNotMatch(run.stderr, /EPIPE|Unhandled/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

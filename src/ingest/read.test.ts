import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { repoRoot } from '../util/paths.js';
import { countInputs, readPaths } from './read.js';
import { collect, docs, failures, scratchDir } from './test-helpers.js';

const fixtures = resolve(repoRoot, 'test/fixtures/ingest');
const EDM = 'Publication: Test Monitor Volume: 3 Issue: 7\n\nThe prose of the article starts here and goes on.\n';

test('a binary file (NUL bytes) is one failure, the rest of the batch continues', async () => {
  const dir = scratchDir();
  writeFileSync(join(dir, 'a.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x14, 0x00]));
  writeFileSync(join(dir, 'b.txt'), EDM);
  const items = await collect(readPaths([dir]));
  assert.equal(items.length, 2);
  assert.deepEqual(failures(items), [{ ok: false, file: join(dir, 'a.txt'), reason: 'binary file (contains NUL bytes)' }]);
  assert.equal(docs(items)[0]!.publication, 'Test Monitor');
});

test('a .txt whose title stands above the EDM header is read as EDM', async () => {
  const dir = scratchDir();
  writeFileSync(join(dir, 'titled.txt'), `Ports and Promises\n\n${EDM}`);
  const [doc] = docs(await collect(readPaths([dir])));
  assert.deepEqual([doc?.title, doc?.publication, doc?.issue], ['Ports and Promises', 'Test Monitor', 7]);
});

test('a file of control characters is binary', async () => {
  const dir = scratchDir();
  const bytes = Buffer.alloc(1000, 0x41);
  for (let i = 0; i < 1000; i += 5) bytes[i] = 0x01;
  writeFileSync(join(dir, 'ctl.txt'), bytes);
  const [item] = await collect(readPaths([join(dir, 'ctl.txt')]));
  assert.ok(item && !item.ok);
  assert.equal(item.reason, 'binary file (20% control characters)');
});

test('an empty file and a whitespace-only file are failures', async () => {
  const dir = scratchDir();
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'blank.html'), ' \n\t\n ');
  writeFileSync(join(dir, 'empty.jsonl'), '');
  writeFileSync(join(dir, 'blank.jsonl'), '\n  \n');
  const items = await collect(readPaths([dir]));
  assert.deepEqual(
    items.map((i) => (i.ok ? 'ok' : `${i.file.slice(dir.length + 1)}: ${i.reason}`)),
    ['blank.html: file holds only whitespace', 'blank.jsonl: file holds only whitespace', 'empty.jsonl: empty file', 'empty.txt: empty file'],
  );
});

test('invalid UTF-8 is rejected with the byte offset; Reuters SGML falls back to latin-1', async () => {
  const dir = scratchDir();
  writeFileSync(join(dir, 'bad.txt'), Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from(' au lait, a whole article.')]));
  const sgm = '<REUTERS NEWID="7"><DATE> 5-MAR-1987 09:48:57.06</DATE><TEXT><TITLE>CAF\xc9 NEWS</TITLE><BODY>A caf\xe9 opened.\n Reuter\n&#3;</BODY></TEXT></REUTERS>';
  writeFileSync(join(dir, 'old.sgm'), Buffer.from(sgm, 'latin1'));
  const items = await collect(readPaths([join(dir, 'bad.txt'), join(dir, 'old.sgm')]));
  assert.deepEqual(items[0], { ok: false, file: join(dir, 'bad.txt'), reason: 'invalid UTF-8 at byte 3' });
  const doc = docs(items)[0]!;
  assert.equal(doc.title, 'CAFÉ NEWS');
  assert.equal(doc.body, 'A café opened.');
  assert.equal(doc.date, '1987-03-05');
});

test('a file over the size limit is refused before it is read', async () => {
  const dir = scratchDir();
  writeFileSync(join(dir, 'big.txt'), 'word '.repeat(11_000)); // 55,000 bytes
  const [item] = await collect(readPaths([join(dir, 'big.txt')], { maxFileBytes: 20 * 1024 }));
  assert.ok(item && !item.ok);
  assert.equal(item.reason, 'file is 54 KB, over the 20 KB limit for one article');
});

test('a JSONL file may exceed the limit, but one line may not; the next lines still yield', async () => {
  const dir = scratchDir();
  const line = (body: string) => JSON.stringify({ title: 't', body });
  writeFileSync(join(dir, 'big.jsonl'), [line('a'.repeat(3000)), line('short one'), line('b'.repeat(3000)), line('short two')].join('\n'));
  const items = await collect(readPaths([join(dir, 'big.jsonl')], { maxFileBytes: 1024 }));
  assert.deepEqual(docs(items).map((d) => d.body), ['short one', 'short two']);
  assert.deepEqual(failures(items).map((f) => [f.line, f.reason]), [
    [1, 'line is 3 KB, over the 1 KB limit for one document'],
    [3, 'line is 3 KB, over the 1 KB limit for one document'],
  ]);
});

test('a missing path and an unreadable path give errno reasons in plain words', async () => {
  const dir = scratchDir();
  const missing = join(dir, 'nope.txt');
  const items = await collect(readPaths([missing]));
  assert.deepEqual(items, [{ ok: false, file: missing, reason: 'no such file or folder (ENOENT)' }]);

  const locked = join(dir, 'locked.txt');
  writeFileSync(locked, EDM);
  chmodSync(locked, 0o000);
  const [item] = await collect(readPaths([locked]));
  chmodSync(locked, 0o644);
  // root reads anything; everyone else must get a clear EACCES reason
  if (process.getuid?.() !== 0) assert.deepEqual(item, { ok: false, file: locked, reason: 'permission denied (EACCES)' });
  else assert.ok(item?.ok);
});

test('JSONL: a line that is not JSON names its line number; a line without body fails; others yield', async () => {
  const items = await collect(readPaths([join(fixtures, 'articles.jsonl')]));
  const file = join(fixtures, 'articles.jsonl');
  assert.deepEqual(failures(items).map((f) => ({ file: f.file, line: f.line, reason: f.reason.split(':')[0] })), [
    { file, line: 3, reason: 'JSON object has no "body" or "text" string' },
    { file, line: 4, reason: 'line is not valid JSON (this line is not JSON)' },
  ]);
  const [first, second] = docs(items);
  assert.deepEqual(first, {
    source: `${file}#1`, title: 'Pipeline study announced', body: 'Officials announced a study of a second pipeline.',
    date: '2005-03-14', dateBasis: 'metadata', publication: 'Steppe Herald', volume: null, issue: null, url: 'https://example.org/p/1',
  });
  assert.equal(second!.body, 'A wire item with text instead of body.');
  assert.equal(second!.date, '2005-03-16');
  assert.equal(second!.url, 'https://example.org/wire/2');
  assert.equal(second!.source, `${file}#5`);
});

test('HTML: scripts, styles, nav, footer and img onerror leave no trace; metadata read', async () => {
  const [item] = await collect(readPaths([join(fixtures, 'article.html')]));
  assert.ok(item?.ok);
  const doc = item.doc;
  assert.doesNotMatch(doc.body, /LEAK|alert|onerror|tracker|<|>/);
  assert.match(doc.body, /^Officials in Astana said on Monday/m);
  assert.match(doc.body, /the interests of all the littoral states/);
  assert.ok(doc.body.includes('\n\n'), 'paragraphs kept apart');
  assert.equal(doc.title, 'Astana Weighs a Second Export Route');
  assert.equal(doc.date, '2005-03-14');
  assert.equal(doc.dateBasis, 'metadata');
  assert.equal(doc.url, 'https://example.org/news/astana-second-route');
  assert.equal(doc.publication, 'Steppe Herald');
});

test('HTML with no article structure falls back to the page text without furniture', async () => {
  const dir = scratchDir();
  const page = '<html><head><title>Short</title><script>var x = "SCRIPT";</script></head><body><nav>Menu</nav><div>A brief note: talks resumed.</div><img src=x onerror="alert(1)"><footer>Foot</footer></body></html>';
  writeFileSync(join(dir, 'short.html'), page);
  const [item] = await collect(readPaths([join(dir, 'short.html')]));
  assert.ok(item?.ok);
  assert.equal(item.doc.body, 'A brief note: talks resumed.');
  assert.equal(item.doc.title, 'Short');
});

test('a saved EDM web page: its Publication line and byline are metadata, the headline without the site name is the title', async () => {
  const dir = scratchDir();
  const prose = 'On September 12, Prime Minister Irakli Kobakhidze told reporters in Tbilisi that the port would be built. '.repeat(6);
  const page = `<html><head><title>Georgia Weighs Port Costs - Jamestown</title><meta property="article:published_time" content="2024-09-16T10:00:00Z"></head>
<body><nav>Home</nav><article><h1>Georgia Weighs Port Costs</h1><p>Publication: Eurasia Daily Monitor Volume: 21 Issue: 142</p><p>By: Nino Kapanadze</p><p>${prose}</p><p>${prose}</p></article><footer>Subscribe</footer></body></html>`;
  writeFileSync(join(dir, 'edm.html'), page);
  const [item] = await collect(readPaths([join(dir, 'edm.html')]));
  assert.ok(item?.ok);
  const doc = item.doc;
  assert.deepEqual([doc.title, doc.publication, doc.volume, doc.issue, doc.date, doc.dateBasis], ['Georgia Weighs Port Costs', 'Eurasia Daily Monitor', 21, 142, '2024-09-16', 'metadata']);
  assert.match(doc.body, /^On September 12/);
  assert.doesNotMatch(doc.body, /Publication:|Nino Kapanadze/);
});

test('.txt files are sniffed: EDM header, BBC title + blank line, else plain text', async () => {
  const dir = scratchDir();
  writeFileSync(join(dir, '1.txt'), EDM);
  writeFileSync(join(dir, '2.txt'), 'Short title here\n\nBody paragraph one.\n\nBody two.\n');
  writeFileSync(join(dir, '3.txt'), 'Just prose that runs on without a title line.\nSecond line of prose.\n');
  const [edm, bbc, plain] = docs(await collect(readPaths([dir])));
  assert.deepEqual([edm!.publication, edm!.volume, edm!.issue, edm!.title, edm!.body], ['Test Monitor', 3, 7, null, 'The prose of the article starts here and goes on.']);
  assert.deepEqual([bbc!.title, bbc!.body], ['Short title here', 'Body paragraph one.\n\nBody two.']);
  assert.deepEqual([plain!.title, plain!.body], [null, 'Just prose that runs on without a title line.\nSecond line of prose.']);
});

test('folder walks skip dotfiles, node_modules, READMEs and unknown extensions, in name order', async () => {
  const dir = scratchDir();
  mkdirSync(join(dir, 'node_modules'));
  mkdirSync(join(dir, '.git'));
  mkdirSync(join(dir, 'sub'));
  writeFileSync(join(dir, 'node_modules', 'x.txt'), EDM);
  writeFileSync(join(dir, '.git', 'x.txt'), EDM);
  writeFileSync(join(dir, '.hidden.txt'), EDM);
  writeFileSync(join(dir, 'README.TXT'), 'About this corpus\n\nNot an article.');
  writeFileSync(join(dir, 'notes.ann'), 'T1\tSource 0 2\tXX');
  writeFileSync(join(dir, 'b.txt'), EDM);
  writeFileSync(join(dir, 'sub', 'a.txt'), EDM);
  const items = await collect(readPaths([dir]));
  assert.deepEqual(items.map((i) => (i.ok ? i.doc.source.slice(dir.length + 1) : i.reason)), ['b.txt', join('sub', 'a.txt')]);
  assert.equal(await countInputs([dir]), 2);
});

test('`-` reads stdin, sniffing the format unless one is given', async () => {
  const edm = await collect(readPaths(['-'], { stdin: Readable.from([Buffer.from(EDM)]) }));
  assert.equal(docs(edm)[0]!.volume, 3);
  assert.equal(docs(edm)[0]!.source, 'stdin');
  const jsonl = await collect(readPaths(['-'], { stdin: Readable.from(['{"body":"one"}\n{"bo', 'dy":"two"}\n']) }));
  assert.deepEqual(docs(jsonl).map((d) => [d.body, d.source]), [['one', 'stdin#1'], ['two', 'stdin#2']]);
  const forced = await collect(readPaths(['-'], { format: 'text', stdin: Readable.from([Buffer.from(EDM)]) }));
  assert.equal(docs(forced)[0]!.publication, null);
  const empty = await collect(readPaths(['-'], { stdin: Readable.from([]) }));
  assert.deepEqual(empty, [{ ok: false, file: 'stdin', reason: 'empty input on stdin' }]);
  assert.equal(await countInputs(['-']), null);
});

test('the format option overrides extensions; unknown extensions are sniffed when named', async () => {
  const dir = scratchDir();
  writeFileSync(join(dir, 'feed.dat'), '<?xml version="1.0"?><rss><channel><title>F</title><item><title>T</title><description>D text</description></item></channel></rss>');
  writeFileSync(join(dir, 'lines.txt'), '{"body":"x"}\n{"body":"y"}\n');
  const sniffed = await collect(readPaths([join(dir, 'feed.dat')]));
  assert.equal(docs(sniffed)[0]!.body, 'D text');
  const forced = await collect(readPaths([join(dir, 'lines.txt')], { format: 'jsonl' }));
  assert.deepEqual(docs(forced).map((d) => d.body), ['x', 'y']);
});

test('countInputs estimates documents: lines for JSONL, items for feeds, bodies for SGML', async () => {
  assert.equal(await countInputs([join(fixtures, 'articles.jsonl'), join(fixtures, 'feed.rss'), join(fixtures, 'article.html')]), 4 + 3 + 1);
  assert.equal(await countInputs([join(scratchDir(), 'missing')]), 1);
});

test('a stream error on stdin is one failure, not a crash', async () => {
  const broken = new Readable({ read() { this.destroy(Object.assign(new Error('EIO: i/o error, read'), { code: 'EIO' })); } });
  const items = await collect(readPaths(['-'], { stdin: broken }));
  assert.deepEqual(items, [{ ok: false, file: 'stdin', reason: 'input/output error while reading (EIO)' }]);
});

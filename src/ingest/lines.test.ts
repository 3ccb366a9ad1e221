import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitLines } from './lines.js';
import { collect } from './test-helpers.js';

async function* chunks(...parts: (string | Buffer)[]): AsyncIterable<Buffer> {
  for (const p of parts) yield Buffer.isBuffer(p) ? p : Buffer.from(p);
}

test('lines split across chunks, CRLF and a missing final newline', async () => {
  const lines = await collect(splitLines(chunks('one\r\ntw', 'o\n\nthr', 'ee'), 100));
  assert.deepEqual(lines, [
    { number: 1, text: 'one' },
    { number: 2, text: 'two' },
    { number: 3, text: '' },
    { number: 4, text: 'three' },
  ]);
});

test('a multibyte character split between chunks decodes; invalid bytes name their offset', async () => {
  const euro = Buffer.from('€');
  const lines = await collect(splitLines(chunks(Buffer.concat([Buffer.from('a'), euro.subarray(0, 1)]), Buffer.concat([euro.subarray(1), Buffer.from('\nab\xff', 'latin1')])), 100));
  assert.deepEqual(lines, [
    { number: 1, text: 'a€' },
    { number: 2, text: null, problem: 'invalid UTF-8 at byte 2 of the line' },
  ]);
});

test('an over-long line is skipped while streaming and reported with its size', async () => {
  const lines = await collect(splitLines(chunks('x'.repeat(60), 'y'.repeat(60), 'z\nok\n'), 100));
  assert.deepEqual(lines, [
    { number: 1, text: null, problem: 'line is 121 bytes, over the 100 bytes limit for one document' },
    { number: 2, text: 'ok' },
  ]);
});

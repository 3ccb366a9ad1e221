import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeBytes, describeFsError, firstInvalidUtf8, formatBytes } from './decode.js';

test('formatBytes speaks like the failure messages', () => {
  assert.equal(formatBytes(Math.round(52.4 * 1024 * 1024)), '52.4 MB');
  assert.equal(formatBytes(20 * 1024 * 1024), '20 MB');
  assert.equal(formatBytes(2048), '2 KB');
  assert.equal(formatBytes(17), '17 bytes');
});

test('errno codes become plain words; other errors keep only their first line', () => {
  assert.equal(describeFsError(Object.assign(new Error('EACCES: permission denied, open x'), { code: 'EACCES' })), 'permission denied (EACCES)');
  assert.equal(describeFsError(Object.assign(new Error('x'), { code: 'EISDIR' })), 'is a folder, not a file (EISDIR)');
  assert.equal(describeFsError(new Error('first line\n    at stack frame')), 'first line');
});

test('firstInvalidUtf8 finds truncated, overlong and surrogate sequences', () => {
  assert.equal(firstInvalidUtf8(Buffer.from('héllo')), -1);
  assert.equal(firstInvalidUtf8(Buffer.from([0x61, 0xc3])), 1); // truncated
  assert.equal(firstInvalidUtf8(Buffer.from([0x61, 0x62, 0xc0, 0xaf])), 2); // overlong '/'
  assert.equal(firstInvalidUtf8(Buffer.from([0xed, 0xa0, 0x80])), 0); // UTF-16 surrogate
  assert.equal(firstInvalidUtf8(Buffer.from([0xf0, 0x9f, 0x98, 0x80, 0xff])), 4);
});

test('decodeBytes: BOMs, UTF-16, and latin-1 only when the format allows it', () => {
  assert.deepEqual(decodeBytes(Buffer.from('\ufeffhello', 'utf8')), { ok: true, text: 'hello' });
  assert.deepEqual(decodeBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('hi there', 'utf16le')])), { ok: true, text: 'hi there' });
  assert.deepEqual(decodeBytes(Buffer.from([0x63, 0x61, 0x66, 0xe9])), { ok: false, reason: 'invalid UTF-8 at byte 3' });
  assert.deepEqual(decodeBytes(Buffer.from([0x63, 0x61, 0x66, 0xe9]), 'utf-8-or-latin1'), { ok: true, text: 'café' });
});

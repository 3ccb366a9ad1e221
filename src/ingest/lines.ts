// Split a byte stream into decoded lines without ever holding more than one line (capped) in memory.
import { decodeLine, formatBytes } from './decode.js';
import type { Line } from './types.js';

const LF = 10;
const CR = 13;

/**
 * Yields every line (CRLF or LF), numbered from 1. A line longer than `maxLineBytes` is skipped while
 * streaming and yielded with text null and a reason, so one huge record cannot exhaust memory.
 */
export async function* splitLines(chunks: AsyncIterable<Uint8Array | string>, maxLineBytes: number): AsyncIterable<Line> {
  let parts: Buffer[] = [];
  let partBytes = 0;
  let overflowBytes = 0; // > 0 while skipping the rest of a too-long line
  let number = 0;

  const finish = (last: Buffer): Line => {
    number++;
    if (overflowBytes > 0) {
      const total = overflowBytes + last.length;
      overflowBytes = 0;
      return { number, text: null, problem: `line is ${formatBytes(total)}, over the ${formatBytes(maxLineBytes)} limit for one document` };
    }
    let bytes = parts.length === 0 ? last : Buffer.concat([...parts, last]);
    parts = [];
    partBytes = 0;
    if (bytes.length > 0 && bytes[bytes.length - 1] === CR) bytes = bytes.subarray(0, bytes.length - 1);
    if (bytes.length > maxLineBytes) {
      return { number, text: null, problem: `line is ${formatBytes(bytes.length)}, over the ${formatBytes(maxLineBytes)} limit for one document` };
    }
    const decoded = decodeLine(bytes);
    return 'text' in decoded ? { number, text: decoded.text } : { number, text: null, problem: decoded.problem };
  };

  for await (const chunk of chunks) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    let start = 0;
    for (let nl = buf.indexOf(LF, start); nl !== -1; nl = buf.indexOf(LF, start)) {
      yield finish(buf.subarray(start, nl));
      start = nl + 1;
    }
    if (start < buf.length) {
      const rest = buf.subarray(start);
      if (overflowBytes > 0) overflowBytes += rest.length;
      else if (partBytes + rest.length > maxLineBytes) {
        overflowBytes = partBytes + rest.length;
        parts = [];
        partBytes = 0;
      } else {
        // Copy: the stream may reuse its chunk buffer.
        parts.push(Buffer.from(rest));
        partBytes += rest.length;
      }
    }
  }
  if (partBytes > 0 || overflowBytes > 0) yield finish(Buffer.alloc(0));
}

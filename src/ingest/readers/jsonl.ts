// JSON Lines: one article object per line, {title, body|text, date, source, url}; blank lines skipped.
// Common aliases are read too (content, published, publisher/sourceName, link/sourceUrl).
import { toIsoDate } from '../dates.js';
import { failure, rawDocument, type Line, type ReadItem } from '../types.js';

const BODY_FIELDS = ['body', 'text', 'content'] as const;
const URL_LIKE = /^[a-z][a-z0-9+.-]*:\/\//i;

function str(v: unknown): string | null {
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : null;
}
function int(v: unknown): number | null {
  const n = typeof v === 'string' ? Number(v) : v;
  return typeof n === 'number' && Number.isInteger(n) ? n : null;
}

/** First ~40 characters of a bad line, for the failure reason. */
function excerpt(line: string): string {
  const s = line.trim();
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}

export async function* readJsonl(lines: AsyncIterable<Line>, source: string): AsyncIterable<ReadItem> {
  for await (const line of lines) {
    if (line.text === null) {
      yield failure(source, line.problem ?? 'unreadable line', line.number);
      continue;
    }
    const text = line.number === 1 ? line.text.replace(/^\ufeff/, '') : line.text;
    if (text.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (err) {
      const detail = err instanceof SyntaxError ? `: ${err.message.split('\n')[0]}` : '';
      yield failure(source, `line is not valid JSON (${excerpt(text)})${detail}`, line.number);
      continue;
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      yield failure(source, 'line is JSON but not an object', line.number);
      continue;
    }
    const obj = value as Record<string, unknown>;
    const bodyField = BODY_FIELDS.find((f) => str(obj[f]) !== null);
    if (!bodyField) {
      yield failure(source, 'JSON object has no "body" or "text" string', line.number);
      continue;
    }
    const date = toIsoDate(str(obj['date']) ?? str(obj['published']) ?? str(obj['publication_date']));
    // "source" names the outlet, unless it is a URL: then it is where the article lives.
    const declaredSource = str(obj['source']);
    const sourceIsUrl = declaredSource !== null && URL_LIKE.test(declaredSource);
    yield {
      ok: true,
      doc: rawDocument({
        source: `${source}#${line.number}`,
        body: obj[bodyField] as string,
        title: str(obj['title']),
        date,
        dateBasis: date ? 'metadata' : null,
        publication: str(obj['publication']) ?? str(obj['publisher']) ?? str(obj['sourceName']) ?? (sourceIsUrl ? null : declaredSource),
        volume: int(obj['volume']),
        issue: int(obj['issue']),
        url: str(obj['url']) ?? str(obj['link']) ?? str(obj['sourceUrl']) ?? (sourceIsUrl ? declaredSource : null),
      }),
    };
  }
}

// InSight Crime TSV (ConfliBERT): column 1 is "Title. Full text" (CSV-style quoted when it holds quotes),
// columns 2-8 are binary labels. No header row in the published files; one is skipped if present.
import { failure, rawDocument, type Line, type ReadItem } from '../types.js';

const MAX_TITLE_CHARS = 300;
/**
 * The title ends at the first sentence end: ". " (or "? " / "! "), or "?"/"!"/"." glued to the capital
 * that starts the text ("…Gang Truce?Before Bishop…"). Initials such as "U.S." do not end it.
 */
const TITLE_END = /(?<![A-Z]\.[A-Z]|\b[A-Z])[.?!]["”’]?(?: +|(?=[A-Z“"])|$)/g;

/** Unquote a CSV-style field: "…""x""…" -> …"x"… */
function unquote(field: string): string {
  if (field.length >= 2 && field.startsWith('"') && field.endsWith('"')) return field.slice(1, -1).replace(/""/g, '"');
  return field;
}

export function splitTitle(text: string): { title: string | null; body: string } {
  TITLE_END.lastIndex = 0;
  const m = TITLE_END.exec(text);
  if (!m || m.index > MAX_TITLE_CHARS) return { title: null, body: text.trim() };
  const punct = text[m.index]!;
  const title = text.slice(0, m.index + (punct === '.' ? 0 : 1)).trim();
  return { title: title || null, body: text.slice(m.index + m[0].length).trim() };
}

function hasLabelColumns(columns: string[]): boolean {
  return columns.length > 1 && columns.slice(1).every((c) => /^\s*-?\d+(\.\d+)?\s*$/.test(c));
}

function looksLikeHeader(columns: string[]): boolean {
  return columns.length > 1 && columns.slice(1).every((c) => c.trim() !== '' && !/^-?\d+(\.\d+)?$/.test(c.trim()));
}

export async function* readInsightCrime(lines: AsyncIterable<Line>, source: string): AsyncIterable<ReadItem> {
  let sawRow = false;
  for await (const line of lines) {
    if (line.text === null) {
      yield failure(source, line.problem ?? 'unreadable line', line.number);
      continue;
    }
    if (line.text.trim() === '') continue;
    const columns = line.text.split('\t');
    if (!sawRow && line.number === 1 && looksLikeHeader(columns)) continue;
    if (!sawRow && !hasLabelColumns(columns)) {
      yield failure(source, 'TSV is not in the InSight Crime layout (article text, then numeric label columns)', line.number);
      return;
    }
    sawRow = true;
    const text = unquote(columns[0]!.trim());
    const { title, body } = splitTitle(text);
    if (!body) {
      yield failure(source, `row has no article text after its title ("${text.slice(0, 60)}")`, line.number);
      continue;
    }
    yield { ok: true, doc: rawDocument({ source: `${source}#${line.number}`, title, body, publication: 'InSight Crime' }) };
  }
}

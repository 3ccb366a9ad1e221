// `dossier extract FILE`: the Extraction JSON of one document, no database.
import { readPaths } from '../../ingest/read.js';
import { FORMAT_NAMES, type FormatName } from '../../ingest/types.js';
import { toArticle } from '../../ingest/article.js';
import { extract } from '../../extract/index.js';
import type { Extraction } from '../../model/extraction.js';
import { describeFailure, printJson, UsageError } from '../output.js';

export async function extractCommand(file: string, opts: { json?: boolean; format?: string; all?: boolean }): Promise<number> {
  if (opts.format && !(FORMAT_NAMES as readonly string[]).includes(opts.format)) {
    throw new UsageError(`unknown --format "${opts.format}"; use one of ${FORMAT_NAMES.join(', ')}`);
  }
  let count = 0;
  let failed = 0;
  for await (const item of readPaths([file], opts.format ? { format: opts.format as FormatName } : {})) {
    if (!item.ok) {
      const failure = describeFailure(item);
      if (!opts.all) throw new UsageError(failure);
      // With --all, a broken document is named and the file's other documents still come out (exit 1).
      process.stderr.write(`dossier: ${failure}\n`);
      failed++;
      continue;
    }
    const ex = extract(toArticle(item.doc));
    if (opts.json) printJson(ex);
    else printSummary(ex);
    count++;
    if (!opts.all) break;
  }
  if (count === 0 && failed === 0) throw new UsageError(`${file}: no document found`);
  return failed > 0 ? 1 : 0;
}

function printSummary(ex: Extraction): void {
  const a = ex.article;
  const out: string[] = [];
  out.push(`${a.title ?? '(untitled)'} — ${a.publication ?? 'unknown publication'}, ${a.date ?? 'undated'} (date: ${a.dateBasis})`);
  out.push(`${ex.sentences.length} sentences, ${ex.entities.length} entities, ${ex.quotes.length} quotes, ${ex.citations.length} citations, ${ex.quantities.length} quantities, ${ex.dates.length} dates`);
  if (ex.entities.length) out.push('\nEntities');
  for (const e of ex.entities) {
    const roles = e.roles.map((r) => `${r.title}${r.of ? ` of ${r.of}` : ''}`).join('; ');
    out.push(`  ${e.type.padEnd(6)} ${e.name}${e.country ? ` [${e.country}]` : ''}${roles ? ` — ${roles}` : ''}`);
  }
  if (ex.quotes.length) out.push('\nQuotes');
  for (const q of ex.quotes) out.push(`  ${q.speakerText ?? '?'} (${q.cue ?? q.kind}): ${clip(q.text, 100)}`);
  if (ex.citations.length) out.push('\nCitations');
  for (const c of ex.citations) out.push(`  ${c.raw}  -> ${c.source ?? '(no source)'} ${c.date ?? ''}${c.malformed ? ' [malformed]' : ''}`);
  if (ex.quantities.length) out.push('\nQuantities');
  for (const q of ex.quantities) out.push(`  ${q.text} = ${q.value}${q.valueMax !== undefined ? `–${q.valueMax}` : ''}${q.unit ? ` ${q.unit}` : ''}${q.year ? ` (${q.year})` : ''}${q.about ? ` — ${q.about}` : ''}`);
  process.stdout.write(`${out.join('\n')}\n`);
}

function clip(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

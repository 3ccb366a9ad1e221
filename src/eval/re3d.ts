// Reader for re3d (Dstl's Relationship and Entity Extraction Evaluation Dataset), read in place from
// the shared data: one folder per source, each with documents.json and entities.json as mongoexport
// JSON lines. Offsets are character offsets into the document text; re3d annotates alternatives
// (nested and overlapping spans, several types on one span), which callers resolve as they need.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharedDataDir } from '../util/paths.js';

export interface Re3dEntity {
  begin: number;
  end: number;
  /** re3d's type: Person, Organisation, Location, Nationality, Temporal, Quantity, Money, … */
  type: string;
  value: string;
  /** The annotators' confidence, where given (breaks ties between overlapping alternatives). */
  confidence?: number;
}

export interface Re3dDocument {
  id: string;
  /** The source folder ("BBC Online", "CENTCOM", …). */
  source: string;
  text: string;
  entities: Re3dEntity[];
}

export const re3dRoot = join(sharedDataDir, 're3d');

/** Every re3d document with its entities sorted by offset; [] when the data set is absent. */
export function readRe3d(root: string = re3dRoot): Re3dDocument[] {
  if (!existsSync(root)) return [];
  const docs: Re3dDocument[] = [];
  for (const folder of readdirSync(root).sort()) {
    const docsPath = join(root, folder, 'documents.json');
    const entitiesPath = join(root, folder, 'entities.json');
    if (!existsSync(docsPath) || !existsSync(entitiesPath)) continue;
    const byDoc = new Map<string, Re3dEntity[]>();
    for (const e of jsonLines<Re3dEntity & { documentId: string }>(entitiesPath)) {
      const list = byDoc.get(e.documentId) ?? [];
      list.push({ begin: e.begin, end: e.end, type: e.type, value: e.value, ...(e.confidence === undefined ? {} : { confidence: e.confidence }) });
      byDoc.set(e.documentId, list);
    }
    for (const d of jsonLines<{ _id: string; text: string }>(docsPath)) {
      const entities = (byDoc.get(d._id) ?? []).sort((a, b) => a.begin - b.begin || a.end - b.end);
      docs.push({ id: d._id, source: folder, text: d.text, entities });
    }
  }
  return docs;
}

function jsonLines<T>(path: string): T[] {
  const out: T[] = [];
  for (const line of readFileSync(path, 'utf8').split('\n')) if (line.trim()) out.push(JSON.parse(line) as T);
  return out;
}

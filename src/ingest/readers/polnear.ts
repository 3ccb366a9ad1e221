// PolNeAR texts (<root>/<compartment>/text/<name>.txt) are title-blank-body files; <root>/metadata.tsv
// supplies their publisher, date and title. Looked up only when that layout is present.
import { readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { toIsoDate } from '../dates.js';
import type { RawDocument } from '../../model/document.js';

export interface PolnearMeta {
  title: string | null;
  date: string | null;
  publisher: string | null;
}

const tables = new Map<string, Promise<Map<string, PolnearMeta> | null>>();

function clean(v: string | undefined): string | null {
  const t = v?.trim();
  return t && t !== 'None' ? t : null;
}

async function loadTable(path: string): Promise<Map<string, PolnearMeta> | null> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return null; // no metadata beside the texts: not a PolNeAR tree
  }
  const rows = text.split(/\r?\n/);
  const header = rows[0]!.split('\t');
  const col = (name: string) => header.indexOf(name);
  const [iComp, iFile, iTitle, iDate, iPub] = [col('compartment'), col('filename'), col('title'), col('publication_date'), col('publisher')];
  if (iComp < 0 || iFile < 0) return null;
  const table = new Map<string, PolnearMeta>();
  for (let r = 1; r < rows.length; r++) {
    const cells = rows[r]!.split('\t');
    if (cells.length <= iFile) continue;
    table.set(`${cells[iComp]}\t${cells[iFile]}`, {
      title: clean(cells[iTitle]),
      date: toIsoDate(clean(cells[iDate])),
      publisher: clean(cells[iPub]),
    });
  }
  return table;
}

/** Metadata for a text file laid out as PolNeAR lays it out, else null. */
export async function polnearMetaFor(file: string): Promise<PolnearMeta | null> {
  const textDir = dirname(file);
  if (basename(textDir) !== 'text' || !file.endsWith('.txt')) return null;
  const compartmentDir = dirname(textDir);
  const tablePath = join(dirname(compartmentDir), 'metadata.tsv');
  let table = tables.get(tablePath);
  if (!table) {
    table = loadTable(tablePath);
    tables.set(tablePath, table);
  }
  return (await table)?.get(`${basename(compartmentDir)}\t${basename(file, '.txt')}`) ?? null;
}

/** The document with the metadata's title, date and publisher filled in. */
export function withPolnearMeta(doc: RawDocument, meta: PolnearMeta): RawDocument {
  return {
    ...doc,
    title: meta.title ?? doc.title,
    date: meta.date ?? doc.date,
    dateBasis: meta.date ? 'metadata' : doc.dateBasis,
    publication: meta.publisher ?? doc.publication,
  };
}

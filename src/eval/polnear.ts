// Reader for PolNeAR (Newell et al. 2018): article texts plus brat standoff attributions.
// Offsets in the .ann files count Unicode code points; we convert them to UTF-16 string indices
// so that text.slice(start, end) works in JavaScript.
//
// Annotator protocol: several .ann files exist for some texts (agreement checks). We keep exactly
// one per text, deterministically: the first .ann filename in code-unit order.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { sharedDataDir } from '../util/paths.js';
import type { Split } from './types.js';

/** A span that may be discontinuous in brat (`10 20;25 40`); fragments in text order. */
export interface Fragments {
  fragments: { start: number; end: number }[];
}

export interface Attribution {
  content: Fragments;
  cue: Fragments | null;
  source: Fragments | null;
}

export interface PolnearDoc {
  id: string;
  text: string;
  annotator: string;
  attributions: Attribution[];
}

export const polnearDir = resolve(sharedDataDir, 'polnear', 'data');

/** Names (without .txt) of the texts in a split, sorted. */
export function listPolnear(split: Split): string[] {
  const dir = resolve(polnearDir, split, 'text');
  if (!existsSync(dir)) throw new Error(`PolNeAR split not found: ${dir}`);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => f.slice(0, -4))
    .sort();
}

/** Reads one split; `limit` keeps the first N texts. Texts without any .ann are skipped. */
export function readPolnear(split: Split, limit?: number): PolnearDoc[] {
  const annDir = resolve(polnearDir, split, 'attributions');
  const annFiles = readdirSync(annDir).filter((f) => f.endsWith('.ann')).sort();
  const firstAnnOf = new Map<string, string>();
  for (const f of annFiles) {
    // `<text name>_<annotator>.ann`
    const base = f.slice(0, f.lastIndexOf('_'));
    if (!firstAnnOf.has(base)) firstAnnOf.set(base, f);
  }
  const docs: PolnearDoc[] = [];
  for (const id of listPolnear(split)) {
    if (limit !== undefined && docs.length >= limit) break;
    const ann = firstAnnOf.get(id);
    if (!ann) continue;
    const text = readFileSync(resolve(polnearDir, split, 'text', `${id}.txt`), 'utf8');
    const annotator = ann.slice(ann.lastIndexOf('_') + 1, -4);
    docs.push({ id, text, annotator, attributions: parseAnn(readFileSync(resolve(annDir, ann), 'utf8'), text) });
  }
  return docs;
}

/** Parses brat standoff; `text` is needed to convert code-point offsets to UTF-16 indices. */
export function parseAnn(ann: string, text: string): Attribution[] {
  const toUtf16 = codePointToUtf16(text);
  const spans = new Map<string, { type: string; frags: Fragments }>();
  const events: Record<string, string>[] = [];
  for (const line of ann.split('\n')) {
    const cols = line.split('\t');
    const id = cols[0] ?? '';
    if (id.startsWith('T') && cols.length >= 2) {
      const spaceAt = cols[1]!.indexOf(' ');
      if (spaceAt < 0) continue;
      const type = cols[1]!.slice(0, spaceAt);
      const fragments = cols[1]!
        .slice(spaceAt + 1)
        .split(';')
        .map((p) => p.trim().split(/\s+/).map(Number))
        .filter((p) => p.length === 2 && Number.isFinite(p[0]) && Number.isFinite(p[1]))
        .map(([s, e]) => ({ start: toUtf16(s!), end: toUtf16(e!) }));
      if (fragments.length) spans.set(id, { type, frags: { fragments } });
    } else if (id.startsWith('E') && cols.length >= 2) {
      const args: Record<string, string> = {};
      for (const part of cols[1]!.trim().split(/\s+/)) {
        const colon = part.indexOf(':');
        if (colon > 0) args[part.slice(0, colon)] = part.slice(colon + 1);
      }
      events.push(args);
    }
  }
  const out: Attribution[] = [];
  for (const args of events) {
    const content = args['Content'] ? spans.get(args['Content']) : undefined;
    if (!content || content.type !== 'Content') continue;
    const cue = args['Cue'] ? spans.get(args['Cue'])?.frags ?? null : null;
    const source = args['Source'] ? spans.get(args['Source'])?.frags ?? null : null;
    out.push({ content: content.frags, cue, source });
  }
  out.sort((a, b) => a.content.fragments[0]!.start - b.content.fragments[0]!.start);
  return out;
}

/** Maps a code-point offset to a UTF-16 index; identity when the text has no astral characters. */
export function codePointToUtf16(text: string): (cp: number) => number {
  if (!/[\uD800-\uDBFF]/.test(text)) return (cp) => cp;
  const map: number[] = [];
  let u = 0;
  for (const ch of text) {
    map.push(u);
    u += ch.length;
  }
  map.push(u);
  return (cp) => map[Math.min(cp, map.length - 1)]!;
}

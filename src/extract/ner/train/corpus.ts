// Unlabeled text for word clusters, read in place from the shared corpora and tokenized CoNLL-style.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ConllDocument } from '../../../eval/conll.js';

const TOKEN = /[\p{L}\d]+(?:[-.&/][\p{L}\d]+)*(?:'(?![sS]\b)\p{L}+)*\.?|'[sS]\b|\S/gu;
const ABBREVIATION = new Set(['mr.', 'mrs.', 'ms.', 'dr.', 'st.', 'inc.', 'corp.', 'co.', 'ltd.', 'jr.', 'sr.', 'gen.', 'sen.', 'rep.', 'gov.', 'lt.', 'col.', 'maj.', 'capt.', 'prof.', 'bros.', 'no.', 'vs.']);
const QUOTES = /[\u2018\u2019\u201b\u2032`]/g;
const DQUOTES = /[\u201c\u201d\u201e\u00ab\u00bb]/g;

/** CoNLL-like tokens of a line of running text. */
export function tokenizeText(text: string): string[] {
  const out: string[] = [];
  const normalized = text.replace(QUOTES, "'").replace(DQUOTES, '"');
  for (const m of normalized.matchAll(TOKEN)) {
    const token = m[0];
    if (token.length > 2 && token.endsWith('.') && !token.slice(0, -1).includes('.') && !ABBREVIATION.has(token.toLowerCase())) {
      out.push(token.slice(0, -1), '.');
    } else out.push(token);
  }
  return out;
}

function decodeSgml(text: string): string {
  return text
    .replace(/&#(\d+);/g, (_, n: string) => (Number(n) < 32 ? ' ' : String.fromCharCode(Number(n))))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Paragraph-sized texts from Reuters-21578, BBC, InSight Crime and PolNeAR. */
export function* unlabeledTexts(sharedDataDir: string): Generator<string> {
  const reuters = join(sharedDataDir, 'reuters21578');
  if (existsSync(reuters)) {
    for (const file of readdirSync(reuters).filter((f) => f.endsWith('.sgm')).sort()) {
      const sgml = readFileSync(join(reuters, file), 'latin1');
      for (const m of sgml.matchAll(/<BODY>([\s\S]*?)<\/BODY>/g)) yield decodeSgml(m[1]!);
      for (const m of sgml.matchAll(/<TITLE>([\s\S]*?)<\/TITLE>/g)) yield decodeSgml(m[1]!);
    }
  }
  const bbc = join(sharedDataDir, 'bbc-fulltext');
  if (existsSync(bbc)) {
    for (const topic of readdirSync(bbc).sort()) {
      const dir = join(bbc, topic);
      if (!/^[a-z]+$/.test(topic)) continue;
      for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
        yield readFileSync(join(dir, file), 'latin1');
      }
    }
  }
  const insight = join(sharedDataDir, 'conflibert-insightcrime');
  if (existsSync(insight)) {
    for (const file of readdirSync(insight).filter((f) => f.endsWith('.tsv')).sort()) {
      for (const line of readFileSync(join(insight, file), 'utf8').split('\n')) {
        const text = line.split('\t')[0];
        if (text) yield text;
      }
    }
  }
  const polnear = join(sharedDataDir, 'polnear', 'data');
  if (existsSync(polnear)) {
    for (const split of ['train', 'dev', 'test']) {
      const dir = join(polnear, split, 'text');
      if (!existsSync(dir)) continue;
      for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) yield readFileSync(join(dir, file), 'utf8');
    }
  }
}

/** The unlabeled corpora and the CoNLL train tokens as word ids (in order of first sight), sentences separated by -1. */
export interface CorpusStream {
  words: string[];
  counts: number[];
  stream: Int32Array;
  length: number;
}

/** Reads and interns the corpus the clusters and the word vectors learn from; `normalize` maps each token first. */
export function corpusStream(sharedDataDir: string, trainDocs: readonly ConllDocument[], normalize: (token: string) => string = (t) => t): CorpusStream {
  const ids = new Map<string, number>();
  const words: string[] = [];
  const counts: number[] = [];
  let stream = new Int32Array(1 << 22);
  let length = 0;
  const push = (id: number): void => {
    if (length === stream.length) {
      const bigger = new Int32Array(stream.length * 2);
      bigger.set(stream);
      stream = bigger;
    }
    stream[length++] = id;
  };
  const pushToken = (raw: string): void => {
    const token = normalize(raw);
    let id = ids.get(token);
    if (id === undefined) {
      id = words.length;
      ids.set(token, id);
      words.push(token);
      counts.push(0);
    }
    counts[id]!++;
    push(id);
  };
  for (const text of unlabeledTexts(sharedDataDir)) {
    for (const line of text.split(/\n+/)) {
      const tokens = tokenizeText(line);
      if (tokens.length === 0) continue;
      for (const t of tokens) pushToken(t);
      push(-1);
    }
  }
  for (const doc of trainDocs) {
    for (const s of doc.sentences) {
      for (const t of s.tokens) pushToken(t);
      push(-1);
    }
  }
  return { words, counts, stream, length };
}


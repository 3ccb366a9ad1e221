// The word view of an article that the entity layer works on: gazetteer-compatible words with their
// sentence, wink's part of speech, capitalization and what separates each word from the previous one.
import type { Analysis } from '../../analyze/index.js';
import { splitWords, type Word } from '../../resolve/gazetteer/index.js';
import { partitionPoint } from '../../util/sorted.js';

/** What lies between a word and the previous one. */
export const enum Gap {
  /** Only spaces (or nothing): "Senate Chairman". */
  Space = 0,
  /** Spaces and editorial brackets: "[Russian President Vladimir] Putin". */
  Bracket = 1,
  /** A comma (with spaces). */
  Comma = 2,
  /** Anything else: other punctuation, a line break, the start of a sentence. */
  Break = 3,
}

export interface WordView {
  body: string;
  words: Word[];
  sentence: Int32Array;
  /** Gap between words[i-1] and words[i]; words[0] gets Break. */
  gap: Uint8Array;
  /** 1 when the word starts with an upper-case letter or a digit. */
  capital: Uint8Array;
  /** 1 when wink tagged the containing token PROPN. */
  propn: Uint8Array;
  /** 1 when the word is the first of its sentence (ignoring opening quotes and brackets). */
  sentenceInitial: Uint8Array;
  /** Per sentence: 1 when it is written in capitals (a headline): capitalization then says nothing. */
  allCaps: Uint8Array;
}

const UPPER_OR_DIGIT = /^[\p{Lu}\p{N}]/u;

export function buildWordView(analysis: Analysis): WordView {
  const body = analysis.body;
  const words = splitWords(body);
  const n = words.length;
  const sentence = new Int32Array(n);
  const gap = new Uint8Array(n);
  const capital = new Uint8Array(n);
  const propn = new Uint8Array(n);
  const sentenceInitial = new Uint8Array(n);
  const sentences = analysis.sentences;
  const tokens = analysis.tokens;
  let s = 0;
  let t = 0;
  for (let i = 0; i < n; i++) {
    const w = words[i]!;
    while (s + 1 < sentences.length && sentences[s + 1]!.start <= w.start) s++;
    sentence[i] = s;
    while (t + 1 < tokens.length && tokens[t]!.end <= w.start) t++;
    const tok = tokens[t];
    if (tok && tok.start <= w.start && w.start < tok.end && tok.pos === 'PROPN') propn[i] = 1;
    const c = body.charCodeAt(w.start);
    if (c < 128 ? (c >= 65 && c <= 90) || (c >= 48 && c <= 57) : UPPER_OR_DIGIT.test(body[w.start]!)) capital[i] = 1;
    if (i === 0 || sentence[i - 1] !== s) {
      gap[i] = Gap.Break;
      sentenceInitial[i] = 1;
    } else gap[i] = classifyGap(body, words[i - 1]!.end, w.start);
  }
  const allCaps = new Uint8Array(sentences.length);
  const upperCount = new Int32Array(sentences.length);
  const letterCount = new Int32Array(sentences.length);
  for (let i = 0; i < n; i++) {
    const w = words[i]!;
    for (let k = w.start; k < w.end; k++) {
      const c = body.charCodeAt(k);
      if (c >= 65 && c <= 90) upperCount[sentence[i]!]++;
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) letterCount[sentence[i]!]++;
    }
  }
  for (let k = 0; k < sentences.length; k++) allCaps[k] = letterCount[k]! >= 8 && upperCount[k]! / letterCount[k]! > 0.8 ? 1 : 0;
  return { body, words, sentence, gap, capital, propn, sentenceInitial, allCaps };
}

function classifyGap(body: string, from: number, to: number): Gap {
  let kind: Gap = Gap.Space;
  // "Soldiers’ Mothers", "Workers’ Party": a plural possessive links the words of a name as a space does.
  if ((body[from] === '’' || body[from] === "'") && body[from - 1] === 's' && /^\p{Lu}/u.test(body[to] ?? '')) from++;
  for (let k = from; k < to; k++) {
    const c = body[k]!;
    if (c === ' ') continue;
    if (c === '[' || c === ']') kind = kind === Gap.Space ? Gap.Bracket : kind;
    else if (c === ',') kind = Gap.Comma;
    else return Gap.Break;
  }
  return kind;
}

/** Whether word k is a hyphen or dash written with no space on either side ("post-Soviet", "North–South"). */
export function gluedHyphen(view: WordView, k: number): boolean {
  const w = view.words;
  return k > 0 && k + 1 < w.length && w[k]!.key === '-' && w[k - 1]!.end === w[k]!.start && w[k]!.end === w[k + 1]!.start;
}

/** First word index whose start >= offset (binary search). */
export function wordAt(view: WordView, offset: number): number {
  return partitionPoint(view.words.length, (i) => view.words[i]!.start < offset);
}

/** The folded words [ws, we) as one key, as gazetteer phrases are keyed ("caspian sea"). */
export function keyOf(view: WordView, ws: number, we: number): string {
  if (we <= ws) return '';
  let key = view.words[ws]!.key;
  for (let k = ws + 1; k < we; k++) key += ' ' + view.words[k]!.key;
  return key;
}

/** Surface text of words [a, b) as they appear, with brackets and runs of spaces reduced to one space. */
export function surfaceOf(view: WordView, a: number, b: number): string {
  let out = '';
  for (let i = a; i < b; i++) {
    const w = view.words[i]!;
    if (i > a && view.words[i - 1]!.end < w.start) {
      // Glued punctuation stays as written ("Telegram/@vv_volodin"); a gap with a space is one space.
      const gap = view.body.slice(view.words[i - 1]!.end, w.start);
      // (A plural possessive inside a name keeps its apostrophe: "Workers’ Party of Korea".)
      out += /^['’]\s+$/.test(gap) && /s$/.test(view.words[i - 1]!.key) ? gap[0] + ' ' : /\s/.test(gap) ? ' ' : gap;
    }
    out += view.body.slice(w.start, w.end);
  }
  return out;
}

const OPENS_QUOTE = /^\s*["“]$/;
const CLOSES_QUOTE = /^[,.]?["”]/;

/**
 * When words[a] opens a quotation (`"Nacho"`, `“El Chapo”`) of at most `maxWords` space-separated
 * words that closes right after its last word, the index after that word; otherwise -1.
 */
export function quotedRunAt(view: WordView, a: number, maxWords: number): number {
  const { words, body } = view;
  if (a === 0 || a >= words.length || !OPENS_QUOTE.test(body.slice(words[a - 1]!.end, words[a]!.start))) return -1;
  for (let b = a + 1; b <= Math.min(words.length, a + maxWords); b++) {
    if (CLOSES_QUOTE.test(body.slice(words[b - 1]!.end, words[b - 1]!.end + 2))) return b;
    if (b < words.length && view.gap[b] !== Gap.Space) return -1;
  }
  return -1;
}

/** The quoted runs (nicknames) inside words [ws, we), as word ranges. */
export function quotedRunsIn(view: WordView, ws: number, we: number): [number, number][] {
  const runs: [number, number][] = [];
  for (let k = ws + 1; k < we; k++) {
    const b = quotedRunAt(view, k, we - k);
    if (b > 0 && b < we) {
      runs.push([k, b]);
      k = b - 1;
    }
  }
  return runs;
}

/** A person's name as written in words [ws, we), without a quoted nickname: `Ignacio "Nacho" Coronel` -> "Ignacio Coronel". */
export function nameSurfaceOf(view: WordView, ws: number, we: number): string {
  const runs = quotedRunsIn(view, ws, we);
  if (runs.length === 0) return surfaceOf(view, ws, we);
  const parts: string[] = [];
  let k = ws;
  for (const [a, b] of runs) {
    if (a > k) parts.push(surfaceOf(view, k, a));
    k = b;
  }
  if (k < we) parts.push(surfaceOf(view, k, we));
  return parts.join(' ');
}

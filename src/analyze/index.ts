// Sentences and tokens with exact offsets into the normalized body (wink-nlp), plus the
// quote-splitting fix: wink cuts `…?” asks X` from its speaker; we merge such splits.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Span } from '../model/extraction.js';

export interface Token {
  start: number;
  end: number;
  text: string;
  /** Universal POS tag from wink-nlp (PROPN, NOUN, VERB, PUNCT, …). */
  pos: string;
  /** wink's token type: word, number, punctuation, currency, symbol, … */
  kind: string;
  /** Index into Analysis.sentences. */
  sentence: number;
}

export interface Analysis {
  body: string;
  sentences: Span[];
  tokens: Token[];
  /** Index of the first token of each sentence; tokensOfSentence(i) = tokens[sentenceTokenStart[i] .. sentenceTokenStart[i+1]). */
  sentenceTokenStart: number[];
}

// wink-eng-lite-web-model's metaCER() JSON-stringifies its module-level model in place, so each new wink
// instance stringified the string before it again, doubling its backslashes: some 20 instances on (tens of
// thousands of documents in one process) the string no longer fit in memory. Its first result is kept.
const metaCER: unknown = (model.metaCER as () => unknown)();
const stableModel: typeof model = Object.assign(Object.create(null) as typeof model, model, { metaCER: () => metaCER });

// Only what the stages use: sentence boundaries and POS (wink's own entity spans cost time and go unused).
/** A fresh wink instance (exported for the test that builds many). */
export const newWink = () => winkNLP(stableModel, ['sbd', 'pos']);
let nlp = newWink();
const its = nlp.its;
/**
 * wink adds every word it has not seen to its lexicon for good (~1–1.5 MB per 1,000 articles, so tens
 * of MB over a 25,000-article ingest); a fresh instance every so many documents (~0.1–0.4 s to build)
 * keeps that bounded. What wink learned shows only in the POS of a few words next to a possessive
 * it learned whole (the split below fixes the possessive's own tokens); a fresh instance limits that.
 */
const DOCUMENTS_PER_WINK = 2000;
let documentsRead = 0;

/** Abbreviated ranks and titles, which wink may take for a sentence's end (it splits off the dot of some). */
const TITLE_ABBREVIATION = /^(?:Gen|Lt|Col|Maj|Capt|Adm|Sgt|Cpl|Brig|Cmdr|Gov|Sen|Rep|Prof|Amb)\.?$/;

/** Whether tokens [a, b] end with an abbreviated rank ("Maj.") or "(ret.)", which stand before a name. */
function endsWithAbbreviation(tokens: readonly Token[], a: number, b: number): boolean {
  let k = b;
  if (tokens[k]!.text === ')' && k - 1 >= a) k--;
  const dotApart = tokens[k]!.text === '.' && k - 1 >= a && tokens[k - 1]!.end === tokens[k]!.start;
  const word = dotApart ? tokens[k - 1]!.text : tokens[k]!.text;
  if (!dotApart && !word.endsWith('.')) return false;
  if (tokens[b]!.text === ')') return /^ret\.?$/i.test(word);
  return TITLE_ABBREVIATION.test(word);
}

const CLOSING_QUOTE = /["”’»]$/;
const POSSESSIVE = /^\p{L}[\p{L}\p{M}.-]*?(['’][sS])$/u;
/** Contractions of "is"/"has"/"us", not possessives: left as wink gives them. */
const CONTRACTION = /^(?:it|he|she|that|there|here|what|who|where|how|let)['’]s$/i;

/** Letters wink does not take for word characters (Latin Extended-A and -B, IPA): "ğ", "ə", "ė", "ș", "ł". */
const WINK_UNREAD = /[\u0100-\u02af]/;
/** Those without a decomposition to an ASCII base letter. */
const WINK_FOLD: Record<string, string> = { ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ħ: 'h', Ħ: 'H', ı: 'i', ə: 'e', Ə: 'E', ŋ: 'n', Ŋ: 'N', ŧ: 't', Ŧ: 'T', œ: 'o', Œ: 'O', ſ: 's', ƒ: 'f', ĸ: 'k' };

/** The body with every such letter replaced by one ASCII letter (one UTF-16 unit for one), for wink to read. */
export function foldForWink(body: string): string {
  if (!WINK_UNREAD.test(body)) return body;
  return body.replace(/[\u0100-\u02af]/g, (c) => {
    const base = c.normalize('NFD').charAt(0);
    if (base.charCodeAt(0) < 128) return base;
    return WINK_FOLD[c] ?? (c === c.toUpperCase() ? 'X' : 'x');
  });
}

export function analyze(body: string): Analysis {
  if (++documentsRead > DOCUMENTS_PER_WINK) {
    nlp = newWink();
    documentsRead = 1;
  }
  // wink reads the body with its Latin Extended letters folded (same length, so offsets hold): it cuts
  // "Erdoğan", "Əliyev", "Nausėda" and "Chișinău" apart at every such letter.
  const winkText = foldForWink(body);
  const doc = nlp.readDoc(winkText);
  const texts = doc.tokens().out() as string[];
  const poses = doc.tokens().out(its.pos) as string[];
  const kinds = doc.tokens().out(its.type) as string[];
  const sentenceTokenSpans = doc.sentences().out(its.span) as unknown as [number, number][];

  // wink learns new words across documents, so a possessive ("Clinton's", "men's") comes out as one
  // token or as two depending on what it read before. Splitting it always keeps the tokens a function
  // of the text (a neighbour's POS may still differ).
  const tokens: Token[] = [];
  const firstOf = new Array<number>(texts.length);
  let platformXSeen = false;
  const lastOf = new Array<number>(texts.length);
  let cursor = 0;
  for (let i = 0; i < texts.length; i++) {
    const text = texts[i]!;
    let start = winkText.indexOf(text, cursor);
    let surface = winkText === body || start < 0 ? text : body.slice(start, start + text.length);
    // wink may alter a token's surface (rare); fall back to the cursor so offsets stay monotonic.
    if (start < 0 || start - cursor > 64) {
      start = skipSpace(body, cursor);
      surface = body.slice(start, Math.min(body.length, start + text.length));
    }
    const end = start + surface.length;
    firstOf[i] = tokens.length;
    const possessive = mayBePossessive(surface) && !CONTRACTION.test(surface) ? POSSESSIVE.exec(surface) : null;
    // "wrote on X. Muttaqi later told …": the platform X and a full stop, not an initial (split again below).
    const platformX = surface === 'X.' && /^(?:on|via)$/i.test(tokens[tokens.length - 1]?.text ?? '');
    if (platformX) {
      platformXSeen = true;
      tokens.push({ start, end: start + 1, text: 'X', pos: 'PROPN', kind: kinds[i]!, sentence: 0 });
      tokens.push({ start: start + 1, end, text: '.', pos: 'PUNCT', kind: 'punctuation', sentence: 0 });
    } else if (possessive) {
      const cut = end - possessive[1]!.length;
      // A lower-case word wink learned whole ("men's") comes tagged PROPN; split, its head is the noun
      // wink tags it as when it splits the word itself.
      const pos = poses[i] === 'PROPN' && !/^\p{Lu}/u.test(surface) ? 'NOUN' : poses[i]!;
      tokens.push({ start, end: cut, text: body.slice(start, cut), pos, kind: kinds[i]!, sentence: 0 });
      tokens.push({ start: cut, end, text: body.slice(cut, end), pos: 'PART', kind: 'word', sentence: 0 });
    } else {
      tokens.push({ start, end, text: surface, pos: poses[i]!, kind: kinds[i]!, sentence: 0 });
    }
    lastOf[i] = tokens.length - 1;
    cursor = end;
  }

  // Merge a sentence into the previous one when the previous ends in a closing quote and this one
  // starts in lower case (`“…?” asks political analyst X.`), or when it begins with a closing quote.
  const merged: [number, number][] = [];
  for (const [wa, wb] of sentenceTokenSpans) {
    const a = firstOf[wa]!;
    const b = lastOf[wb]!;
    const prev = merged[merged.length - 1];
    const first = tokens[a];
    if (prev && first) {
      const lastOfPrev = tokens[prev[1]]!;
      const startsLower = /^[a-z]/.test(first.text);
      const quoteEnded = CLOSING_QUOTE.test(lastOfPrev.text) || /^["”’]$/.test(first.text);
      const sameParagraph = !body.slice(lastOfPrev.end, first.start).includes('\n');
      // "Civil.ge quoted …", "Eurasianet.org wrote …": a dot between letters, with no space after it, ends no sentence.
      const inWebAddress = lastOfPrev.text === '.' && first.start === lastOfPrev.end && startsLower && prev[1] > prev[0] && tokens[prev[1] - 1]!.end === lastOfPrev.start;
      // "The For Reforms! movement": an exclamation mark before a lower-case word is part of a name. A "?" is left
      // alone: merging there too cost the retrained quote models 0.3 points of PolNeAR dev F1.
      const exclaimed = lastOfPrev.text === '!' && startsLower;
      // "Sen. David Perdue (R-Ga.) said": an abbreviation's dot inside a parenthesis, then a lower-case word.
      const bracketed = lastOfPrev.text === ')' && startsLower;
      // "Maj. Gen. Igor Konashenkov", "Col. Gen. (ret.) Leonid Ivashov": a rank's abbreviation stands before a name.
      const rank = endsWithAbbreviation(tokens, prev[0], prev[1]);
      if (sameParagraph && ((quoteEnded && startsLower) || /^[”’]$/.test(first.text) || inWebAddress || exclaimed || bracketed || (rank && /^\p{Lu}/u.test(first.text)))) {
        prev[1] = b;
        continue;
      }
    }
    merged.push([a, b]);
  }

  // A sentence wink ran on past "on X." (read as an initial) ends at its full stop.
  const split = platformXSeen ? splitAfterPlatformX(tokens, merged) : merged;

  const sentences: Span[] = [];
  const sentenceTokenStart: number[] = [];
  split.forEach(([a, b], si) => {
    if (!tokens[a] || !tokens[b]) return; // wink reports one empty sentence for an empty text
    for (let t = a; t <= b; t++) tokens[t]!.sentence = si;
    sentences.push({ start: tokens[a]!.start, end: tokens[b]!.end });
    sentenceTokenStart.push(a);
  });
  return { body, sentences, tokens, sentenceTokenStart };
}

/** Sentence token spans cut after "on X." / "via X." where a capital or a quotation follows. */
function splitAfterPlatformX(tokens: readonly Token[], spans: readonly [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  for (const [a, b] of spans) {
    let from = a;
    for (let k = a + 2; k < b; k++) {
      if (tokens[k]!.text === '.' && tokens[k - 1]!.text === 'X' && tokens[k - 1]!.end === tokens[k]!.start && /^(?:on|via)$/i.test(tokens[k - 2]!.text) && /^[\p{Lu}“"‘]/u.test(tokens[k + 1]!.text)) {
        out.push([from, k]);
        from = k + 1;
      }
    }
    out.push([from, b]);
  }
  return out;
}

export function tokensOfSentence(analysis: Analysis, sentence: number): Token[] {
  const from = analysis.sentenceTokenStart[sentence] ?? analysis.tokens.length;
  const to = analysis.sentenceTokenStart[sentence + 1] ?? analysis.tokens.length;
  return analysis.tokens.slice(from, to);
}

/** A cheap pre-check for POSSESSIVE: the surface ends in an apostrophe and an s. */
function mayBePossessive(surface: string): boolean {
  const n = surface.length;
  if (n < 3 || (surface.charCodeAt(n - 1) | 0x20) !== 0x73) return false;
  const c = surface.charCodeAt(n - 2);
  return c === 0x27 || c === 0x2019;
}

function skipSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && /\s/.test(text[i]!)) i++;
  return i;
}

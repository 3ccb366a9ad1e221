// From the analysis tokens (wink) to the token forms the tagger was trained on (CoNLL-2003 / Reuters):
// whitespace tokens dropped, `Kazakh - Russian` written without spaces merged back into one token,
// curly quotes and apostrophes made straight, editorial square brackets left out.
import type { Analysis } from '../../analyze/index.js';
import { conllForm } from './word.js';

export interface TaggerSentence {
  forms: string[];
  /** For tagger token k: the analysis tokens [tokenStart[k], tokenEnd[k]). */
  tokenStart: number[];
  tokenEnd: number[];
}

const HYPHEN = /^[-\u2010\u2011]$/;
const WORDISH = /[\p{L}\d]$/u;
const WORDISH_START = /^[\p{L}\d]/u;
const SPACE = /^\s*$/;

export function toTaggerTokens(analysis: Analysis): TaggerSentence[] {
  const { tokens, sentenceTokenStart } = analysis;
  const out: TaggerSentence[] = [];
  for (let s = 0; s < sentenceTokenStart.length; s++) {
    const from = sentenceTokenStart[s]!;
    const to = sentenceTokenStart[s + 1] ?? tokens.length;
    const sentence: TaggerSentence = { forms: [], tokenStart: [], tokenEnd: [] };
    for (let t = from; t < to; t++) {
      const token = tokens[t]!;
      const text = token.text;
      if (SPACE.test(text) || text === '[' || text === ']') continue;
      const k = sentence.forms.length - 1;
      const prevEnd = k >= 0 ? tokens[sentence.tokenEnd[k]! - 1]!.end : -1;
      // Join `word-word` (wink splits hyphens; CoNLL keeps Kazakh-Russian, Interfax-AVN whole).
      const next = tokens[t + 1];
      if (
        k >= 0 &&
        HYPHEN.test(text) &&
        prevEnd === token.start &&
        next !== undefined &&
        t + 1 < to &&
        next.start === token.end &&
        WORDISH.test(sentence.forms[k]!) &&
        WORDISH_START.test(next.text)
      ) {
        sentence.forms[k] += '-' + conllForm(next.text);
        sentence.tokenEnd[k] = t + 2;
        t++;
        continue;
      }
      sentence.forms.push(conllForm(text));
      sentence.tokenStart.push(t);
      sentence.tokenEnd.push(t + 1);
    }
    if (sentence.forms.length > 0) out.push(sentence);
  }
  return out;
}

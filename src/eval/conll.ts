// CoNLL-2003 reader and a scorer with conlleval.pl's entity-level semantics (exact span + type).
import { readFileSync } from 'node:fs';

export interface ConllSentence {
  tokens: string[];
  /** Gold tags as written in the file (IOB1 for CoNLL-2003). */
  tags: string[];
}

export interface ConllDocument {
  sentences: ConllSentence[];
}

/**
 * Reads a CoNLL file into documents. Documents are delimited by -DOCSTART- lines; in the shared copy
 * the first -DOCSTART- was moved to the end, so a DOCSTART closes the running document, whatever its position.
 * `docstartCount` lets the predictions writer reproduce the file token for token.
 */
export function readConll(path: string): ConllDocument[] {
  return parseConll(readFileSync(path, 'utf8'));
}

export function parseConll(text: string): ConllDocument[] {
  const documents: ConllDocument[] = [];
  let sentences: ConllSentence[] = [];
  let tokens: string[] = [];
  let tags: string[] = [];
  const endSentence = (): void => {
    if (tokens.length > 0) sentences.push({ tokens, tags });
    tokens = [];
    tags = [];
  };
  const endDocument = (): void => {
    endSentence();
    if (sentences.length > 0) documents.push({ sentences });
    sentences = [];
  };
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (trimmed === '') {
      endSentence();
      continue;
    }
    const fields = trimmed.split(/\s+/);
    if (fields[0] === '-DOCSTART-') {
      endDocument();
      continue;
    }
    tokens.push(fields[0]!);
    tags.push(fields[fields.length - 1]!);
  }
  endDocument();
  return documents;
}

/** Per-type and overall chunk counts, as conlleval.pl counts them. */
export interface ChunkCounts {
  correct: number;
  guessed: number;
  gold: number;
}

export type PRF = {
  precision: number;
  recall: number;
  f1: number;
};

export interface ChunkScore extends PRF {
  perType: Record<string, PRF & ChunkCounts>;
  counts: ChunkCounts;
  tokens: number;
}

function splitTag(tag: string): [string, string] {
  if (tag === 'O' || tag === '') return ['O', ''];
  const dash = tag.indexOf('-');
  return dash < 0 ? [tag, ''] : [tag.slice(0, dash), tag.slice(dash + 1)];
}

// conlleval.pl endOfChunk / startOfChunk, verbatim in meaning (B, I, E, S, O, brackets).
function endOfChunk(prevTag: string, tag: string, prevType: string, type: string): boolean {
  let end = false;
  if (prevTag === 'B' && tag === 'B') end = true;
  if (prevTag === 'B' && tag === 'S') end = true;
  if (prevTag === 'B' && tag === 'O') end = true;
  if (prevTag === 'I' && tag === 'B') end = true;
  if (prevTag === 'I' && tag === 'S') end = true;
  if (prevTag === 'I' && tag === 'O') end = true;
  if (prevTag === 'E' && tag === 'E') end = true;
  if (prevTag === 'E' && tag === 'I') end = true;
  if (prevTag === 'E' && tag === 'O') end = true;
  if (prevTag === 'E' && tag === 'S') end = true;
  if (prevTag === 'E' && tag === 'B') end = true;
  if (prevTag === 'S' && tag === 'E') end = true;
  if (prevTag === 'S' && tag === 'I') end = true;
  if (prevTag === 'S' && tag === 'O') end = true;
  if (prevTag === 'S' && tag === 'S') end = true;
  if (prevTag === 'S' && tag === 'B') end = true;
  if (prevTag !== 'O' && prevTag !== '.' && prevType !== type) end = true;
  if (prevTag === ']') end = true;
  if (prevTag === '[') end = true;
  return end;
}

function startOfChunk(prevTag: string, tag: string, prevType: string, type: string): boolean {
  let start = false;
  if (prevTag === 'B' && tag === 'B') start = true;
  if (prevTag === 'I' && tag === 'B') start = true;
  if (prevTag === 'O' && tag === 'B') start = true;
  if (prevTag === 'O' && tag === 'I') start = true;
  if (prevTag === 'E' && tag === 'E') start = true;
  if (prevTag === 'E' && tag === 'I') start = true;
  if (prevTag === 'O' && tag === 'E') start = true;
  if (prevTag === 'O' && tag === 'I') start = true;
  if (prevTag === 'S' && tag === 'E') start = true;
  if (prevTag === 'S' && tag === 'I') start = true;
  if (prevTag === 'S' && tag === 'S') start = true;
  if (prevTag === 'S' && tag === 'B') start = true;
  if (prevTag === 'E' && tag === 'S') start = true;
  if (prevTag === 'B' && tag === 'S') start = true;
  if (prevTag === 'I' && tag === 'S') start = true;
  if (prevTag === 'O' && tag === 'S') start = true;
  if (prevTag === 'E' && tag === 'B') start = true;
  if (tag !== 'O' && tag !== '.' && prevType !== type) start = true;
  if (tag === '[') start = true;
  if (tag === ']') start = true;
  return start;
}

/**
 * Scores sentences of (gold, predicted) tags exactly as conlleval.pl does: a chunk is correct when
 * gold and guess start together, end together and carry the same type. Sentence boundaries end chunks.
 */
export function scoreChunks(sentences: Iterable<{ gold: readonly string[]; predicted: readonly string[] }>): ChunkScore {
  const perTypeCounts = new Map<string, ChunkCounts>();
  const bump = (type: string, key: keyof ChunkCounts): void => {
    let c = perTypeCounts.get(type);
    if (!c) perTypeCounts.set(type, (c = { correct: 0, guessed: 0, gold: 0 }));
    c[key]++;
  };
  const total: ChunkCounts = { correct: 0, guessed: 0, gold: 0 };
  let tokens = 0;
  for (const { gold, predicted } of sentences) {
    let inCorrect = false;
    let lastCorrect = 'O';
    let lastCorrectType = '';
    let lastGuessed = 'O';
    let lastGuessedType = '';
    let lastCorrectChunkType = '';
    const n = gold.length;
    for (let i = 0; i <= n; i++) {
      // i === n is the sentence boundary: conlleval treats it as an O token that is not counted.
      const [correct, correctType] = i < n ? splitTag(gold[i]!) : ['O', ''];
      const [guessed, guessedType] = i < n ? splitTag(predicted[i] ?? 'O') : ['O', ''];
      const endCorrect = endOfChunk(lastCorrect, correct, lastCorrectType, correctType);
      const endGuessed = endOfChunk(lastGuessed, guessed, lastGuessedType, guessedType);
      const startCorrect = startOfChunk(lastCorrect, correct, lastCorrectType, correctType);
      const startGuessed = startOfChunk(lastGuessed, guessed, lastGuessedType, guessedType);
      if (inCorrect) {
        if (endCorrect && endGuessed && lastGuessedType === lastCorrectType) {
          inCorrect = false;
          total.correct++;
          bump(lastCorrectChunkType, 'correct');
        } else if (endCorrect !== endGuessed || guessedType !== correctType) {
          inCorrect = false;
        }
      }
      if (startCorrect && startGuessed && guessedType === correctType) {
        inCorrect = true;
        lastCorrectChunkType = correctType;
      }
      if (i < n) {
        if (startCorrect) {
          total.gold++;
          bump(correctType, 'gold');
        }
        if (startGuessed) {
          total.guessed++;
          bump(guessedType, 'guessed');
        }
        tokens++;
      }
      lastGuessed = guessed;
      lastCorrect = correct;
      lastGuessedType = guessedType;
      lastCorrectType = correctType;
    }
  }
  const perType: Record<string, PRF & ChunkCounts> = {};
  for (const type of [...perTypeCounts.keys()].sort()) {
    const c = perTypeCounts.get(type)!;
    perType[type] = { ...prf(c), ...c };
  }
  return { ...prf(total), perType, counts: total, tokens };
}

export function prf(c: ChunkCounts): PRF {
  const precision = c.guessed > 0 ? c.correct / c.guessed : 0;
  const recall = c.gold > 0 ? c.correct / c.gold : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

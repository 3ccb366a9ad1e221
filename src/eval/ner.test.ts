import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseConll, scoreChunks } from './conll.js';

// Hand-checked against conlleval.pl's rules: IOB1, a chunk starts on B- or on a type change.
const EXAMPLE = [
  { gold: ['I-ORG', 'O', 'I-PER', 'O', 'O', 'I-LOC'], predicted: ['I-ORG', 'O', 'I-PER', 'O', 'O', 'I-ORG'] },
  { gold: ['I-PER', 'I-PER'], predicted: ['I-PER', 'B-PER'] },
  { gold: ['I-MISC', 'B-MISC'], predicted: ['I-MISC', 'I-MISC'] },
  { gold: ['I-ORG', 'I-LOC'], predicted: ['I-ORG', 'I-LOC'] },
];

test('scoreChunks reproduces conlleval on a hand-checked example', () => {
  const s = scoreChunks(EXAMPLE);
  assert.deepEqual(s.counts, { correct: 4, guessed: 8, gold: 8 });
  assert.equal(s.f1, 0.5);
  assert.equal(s.tokens, 12);
  assert.deepEqual(
    Object.fromEntries(Object.entries(s.perType).map(([t, c]) => [t, [c.correct, c.guessed, c.gold]])),
    { LOC: [1, 1, 2], MISC: [0, 1, 2], ORG: [2, 3, 2], PER: [1, 3, 2] },
  );
  assert.equal(s.perType['ORG']!.precision, 2 / 3);
  assert.equal(s.perType['PER']!.recall, 0.5);
});

test('a chunk that runs past the gold end is wrong', () => {
  const s = scoreChunks([{ gold: ['I-PER', 'O', 'I-LOC'], predicted: ['I-PER', 'I-PER', 'I-LOC'] }]);
  assert.deepEqual(s.counts, { correct: 1, guessed: 2, gold: 2 });
});

test('parseConll splits documents at -DOCSTART- wherever it stands', () => {
  const docs = parseConll('EU NNP I-NP I-ORG\nrejects VBZ I-VP O\n\nPeter NNP I-NP I-PER\n\n-DOCSTART- -X- O O\n\nBonn NNP I-NP I-LOC\n\n-DOCSTART- -X- O O\n');
  assert.equal(docs.length, 2);
  assert.deepEqual(docs[0]!.sentences.map((s) => s.tokens), [['EU', 'rejects'], ['Peter']]);
  assert.deepEqual(docs[1]!.sentences[0]!.tags, ['I-LOC']);
});

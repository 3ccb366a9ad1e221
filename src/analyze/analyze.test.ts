import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, newWink } from './index.js';

test('token offsets index the body exactly', () => {
  const body = 'Kazakhstan’s imports from Russia in 2003 totaled $3.27 billion. Mr. Smith can’t agree.';
  const a = analyze(body);
  for (const t of a.tokens) assert.equal(body.slice(t.start, t.end), t.text);
  assert.equal(a.sentences.length, 2);
});

test('a quote ending in ?” stays with its trailing speaker cue', () => {
  const body = '“But what did we get from the Year of Russia in Kazakhstan?” asks political analyst Gulbigash Omarova. To maintain normal relations, Omarova says more.';
  const a = analyze(body);
  assert.equal(a.sentences.length, 2);
  assert.match(body.slice(a.sentences[0]!.start, a.sentences[0]!.end), /asks political analyst Gulbigash Omarova\.$/);
});

test('an empty or blank text has no sentences and no tokens', () => {
  for (const body of ['', '   ']) {
    const a = analyze(body);
    assert.equal(a.sentences.length, 0);
    assert.equal(a.tokens.length, 0);
  }
});

test('analysis depends on the text alone, not on what was analyzed before', () => {
  const text = "The chairman of Mrs. Zhambylova's campaign spoke about Mrs. Zhambylova's tax plans.";
  const first = analyze(text);
  // wink caches "Zhambylova's" as one word when it meets it before a comma, and reuses it later.
  analyze("The trip mattered more than Zhambylova's, said an aide.");
  const again = analyze(text);
  assert.deepEqual(again, first);
  assert.ok(first.tokens.some((t) => t.text === "'s" && t.pos === 'PART'), 'the possessive is its own token');
});

test('a lower-case possessive wink learned whole is split the same way', () => {
  const text = 'The committee heard about the regiment’s losses and the regiment’s pay.';
  const first = analyze(text);
  analyze('Nobody counted more losses than the regiment’s, an officer said.');
  const again = analyze(text);
  assert.deepEqual(again.tokens.map((t) => t.text), first.tokens.map((t) => t.text));
  const head = again.tokens.find((t) => t.text === 'regiment');
  assert.equal(head?.pos, 'NOUN');
  assert.ok(!again.tokens.some((t) => t.text === 'It’s'), 'contractions are not possessives');
});

test('a web address ends no sentence', () => {
  const body = 'The portal Civil.ge quoted him. Eurasianet.org wrote that. He left.';
  const a = analyze(body);
  assert.deepEqual(a.sentences.map((s) => body.slice(s.start, s.end)), ['The portal Civil.ge quoted him.', 'Eurasianet.org wrote that.', 'He left.']);
});

test('an exclamation mark before a lower-case word ends no sentence', () => {
  const body = 'The For Reforms! movement announced a rally. He left! Then silence.';
  const a = analyze(body);
  assert.deepEqual(a.sentences.map((s) => body.slice(s.start, s.end)), ['The For Reforms! movement announced a rally.', 'He left!', 'Then silence.']);
});

test('an abbreviation\'s dot inside a parenthesis before a lower-case word ends no sentence', () => {
  const a = analyze('Republicans worry. Sen. David Perdue (R-Ga.) said he did not. The end.');
  assert.deepEqual(a.sentences.map((s) => a.body.slice(s.start, s.end)), ['Republicans worry.', 'Sen. David Perdue (R-Ga.) said he did not.', 'The end.']);
});

test('an abbreviated rank or "(ret.)" before a name ends no sentence', () => {
  const body = 'It was so. Maj. Gen. Igor Konashenkov denied it. Col. Gen. (ret.) Leonid Ivashov doubts it. He left.';
  const a = analyze(body);
  assert.deepEqual(a.sentences.map((s) => body.slice(s.start, s.end)), [
    'It was so.',
    'Maj. Gen. Igor Konashenkov denied it.',
    'Col. Gen. (ret.) Leonid Ivashov doubts it.',
    'He left.',
  ]);
});

test('names with Latin Extended letters stay whole words ("Erdoğan", "Əliyev", "Nausėda", "Chișinău", "Łukasz")', () => {
  const body = 'Ilham Əliyev met Recep Tayyip Erdoğan in Şuşa; Gitanas Nausėda flew to Chișinău with Łukasz Kowalski.';
  const a = analyze(body);
  for (const t of a.tokens) assert.equal(body.slice(t.start, t.end), t.text);
  const words = a.tokens.filter((t) => t.kind === 'word').map((t) => t.text);
  for (const name of ['Əliyev', 'Erdoğan', 'Şuşa', 'Nausėda', 'Chișinău', 'Łukasz']) assert.ok(words.includes(name), name);
  assert.equal(a.tokens.find((t) => t.text === 'Erdoğan')?.pos, 'PROPN');
});

test('wink instances can be rebuilt without end (its model\'s metaCER text once doubled with each instance)', () => {
  for (let i = 0; i < 30; i++) newWink();
  const doc = newWink().readDoc('Kazakhstan ships oil. Russia buys it.');
  assert.equal(doc.sentences().length(), 2);
});

test('"wrote on X." ends a sentence: the platform, not an initial before the next name', () => {
  const body = 'Mujahid wrote on X. Muttaqi later told reporters that talks went well. He posted on X on Monday.';
  const a = analyze(body);
  assert.deepEqual(a.sentences.map((s) => body.slice(s.start, s.end)), ['Mujahid wrote on X.', 'Muttaqi later told reporters that talks went well.', 'He posted on X on Monday.']);
  for (const t of a.tokens) assert.equal(body.slice(t.start, t.end), t.text);
});

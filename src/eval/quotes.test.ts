import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../analyze/index.js';
import type { Attribution } from '../extract/quotes/attribute.js';
import { codePointToUtf16, parseAnn, type PolnearDoc } from './polnear.js';
import { figures, scoreDocument } from './quotes.js';

test('brat offsets in code points become UTF-16 indices; discontinuous spans are kept', () => {
  const text = '😀 Smith said the plan failed. “A,” he said, “B.”';
  const toUtf16 = codePointToUtf16(text);
  assert.equal(toUtf16(2), 3);
  const ann = [
    'T1\tSource 2 7\tSmith',
    'T2\tCue 8 12\tsaid',
    'T3\tContent 13 28\tthe plan failed',
    'E1\tAttribution:T9 Content:T3 Cue:T2 Source:T1',
    'T4\tContent 30 34;44 49\t“A,” “B.”',
    'T5\tCue 38 42\tsaid',
    'E2\tAttribution-no-source:T8 Content:T4 Cue:T5',
  ].join('\n');
  const atts = parseAnn(ann, text);
  assert.equal(atts.length, 2);
  const [first, second] = atts;
  assert.equal(text.slice(first!.source!.fragments[0]!.start, first!.source!.fragments[0]!.end), 'Smith');
  assert.equal(text.slice(first!.content.fragments[0]!.start, first!.content.fragments[0]!.end), 'the plan failed');
  assert.equal(second!.source, null);
  assert.equal(second!.content.fragments.length, 2);
  assert.equal(text.slice(second!.content.fragments[1]!.start, second!.content.fragments[1]!.end), '“B.”');
});

function pred(text: string, content: string, source: string | null): Attribution {
  const start = text.indexOf(content);
  const s = source === null ? null : text.indexOf(source);
  return {
    start, end: start + content.length, kind: 'indirect', cueStart: 0, cueEnd: 0,
    sourceStart: s, sourceEnd: s === null ? null : s + source!.length,
    speakerStart: s, speakerEnd: s === null ? null : s + source!.length, resolved: false,
  };
}

test('overlap, exact and source scoring follow their documented definitions', () => {
  const text = 'Smith said that the plan failed badly last year. Jones thinks taxes will rise.';
  const span = (t: string) => ({ fragments: [{ start: text.indexOf(t), end: text.indexOf(t) + t.length }] });
  const doc: PolnearDoc = {
    id: 'd', text, annotator: 'x',
    attributions: [
      { content: span('that the plan failed badly last year'), cue: span('said'), source: span('Smith') },
      { content: span('taxes will rise'), cue: span('thinks'), source: span('Jones') },
    ],
  };
  const analysis = analyze(text);
  // Exact after edge trimming (the final period), overlapping the second with the wrong source,
  // and a spurious third prediction.
  const c = scoreDocument(doc, analysis, [
    pred(text, 'that the plan failed badly last year.', 'Smith'),
    pred(text, 'taxes will', 'Smith'),
    pred(text, 'Jones', null),
  ]);
  assert.equal(c.gold, 2);
  assert.equal(c.predicted, 3);
  assert.equal(c.overlapMatched, 2); // "taxes will" shares 2 of 3 words
  assert.equal(c.exactMatched, 1);
  assert.equal(c.sourceEvaluated, 2);
  assert.equal(c.sourceCorrect, 1);
  const f = figures(c);
  assert.equal(f['overlapF1'], 0.8);
  assert.equal(f['sourceAccuracy'], 0.5);
  // Below half the longer span's words, no match.
  const miss = scoreDocument(doc, analysis, [pred(text, 'taxes', 'Jones')]);
  assert.equal(miss.overlapMatched, 0);
});

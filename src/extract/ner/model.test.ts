// The committed model (models/ner) loads fast and tags the founding article's people as PER.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharedDataDir } from '../../util/paths.js';
import { analyze } from '../../analyze/index.js';
import { recognize, nerTagger } from './index.js';

const seed = readFileSync(join(sharedDataDir, 'edm', '000_0cf69e1f5984bc52.txt'), 'utf8');

test('the committed model loads in under a second (of CPU time: the machine may be shared)', () => {
  const started = process.cpuUsage();
  nerTagger();
  const used = process.cpuUsage(started);
  const ms = (used.user + used.system) / 1000;
  assert.ok(ms < 1000, `model load took ${ms.toFixed(0)} ms of CPU`);
});

test('the seed article: people are PER, companies are not, no place is PER', () => {
  const analysis = analyze(seed);
  const spans = recognize(analysis);
  const labelOf = new Map<string, string[]>();
  for (const s of spans) {
    assert.equal(seed.slice(s.start, s.end), seed.slice(analysis.tokens[s.tokenStart]!.start, analysis.tokens[s.tokenEnd - 1]!.end));
    const text = seed.slice(s.start, s.end);
    labelOf.set(text, [...(labelOf.get(text) ?? []), s.label]);
  }
  for (const person of ['Nurtay Abikayev', 'Gulbigash Omarova', 'Andrei Kurtov', 'Danial Akhmetov']) {
    assert.deepEqual(labelOf.get(person)?.[0], 'PER', `${person}: ${JSON.stringify(labelOf.get(person))}`);
  }
  assert.ok(
    spans.some((s) => s.label === 'PER' && seed.slice(s.start, s.end).endsWith('Putin')),
    'Putin is PER',
  );
  for (const company of ['Gazprom', 'Kazmunaygaz', 'CIS']) {
    assert.ok(!(labelOf.get(company) ?? []).includes('PER'), `${company} is not PER`);
  }
  for (const place of ['Kazakhstan', 'Russia', 'Moscow', 'Almaty', 'Ukraine', 'Uzbekistan', 'Orenburg', 'Central Asia']) {
    assert.ok(!(labelOf.get(place) ?? []).includes('PER'), `${place} is not PER`);
  }
});

test('ALL-CAPS headlines and curly apostrophes still find the names', () => {
  const body = 'PUTIN MEETS NAZARBAYEV IN MOSCOW\n\nRussia’s President Vladimir Putin met Kazakhstan’s President Nursultan Nazarbayev in Moscow.';
  const spans = recognize(analyze(body)).map((s) => `${body.slice(s.start, s.end)}/${s.label}`);
  assert.ok(spans.includes('Vladimir Putin/PER'), spans.join(' '));
  assert.ok(spans.includes('Nursultan Nazarbayev/PER'), spans.join(' '));
  assert.ok(spans.includes('Moscow/LOC'), spans.join(' '));
  assert.ok(spans.includes('MOSCOW/LOC'), spans.join(' '));
});

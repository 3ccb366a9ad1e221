import { test } from 'node:test';
import assert from 'node:assert/strict';
import { linkOutlets } from './outlets.js';
import type { Citation } from '../model/extraction.js';

test('a cited outlet read as a place becomes an ORG entity with its own mention', () => {
  const body = 'Omarova spoke in Turkistan (Turkistan, December 16).';
  const raw = '(Turkistan, December 16)';
  const start = body.indexOf(raw);
  const citation: Citation = { start, end: start + raw.length, raw, source: 'Turkistan', date: '2004-12-16', malformed: false, form: 'parenthetical' };
  const src = body.indexOf('Turkistan', start);
  const place = body.indexOf('Turkistan');
  const { citations, layer } = linkOutlets([citation], {
    entities: [
      { id: 'e1', type: 'PERSON', name: 'Omarova', aliases: [], country: null, roles: [], geo: null, codes: {} },
      { id: 'e2', type: 'GPE', name: 'Turkistan', aliases: [], country: 'KAZ', roles: [], geo: null, codes: {} },
    ],
    mentions: [
      { start: 0, end: 7, text: 'Omarova', type: 'PERSON', entity: 'e1' },
      { start: place, end: place + 9, text: 'Turkistan', type: 'GPE', entity: 'e2' },
      { start: src, end: src + 9, text: 'Turkistan', type: 'GPE', entity: 'e2' },
    ],
  });
  const outlet = layer.mentions.find((m) => m.start === src)!;
  assert.equal(outlet.type, 'ORG');
  assert.equal(layer.entities.find((e) => e.id === outlet.entity)?.type, 'ORG');
  assert.equal(citations[0]!.entity, outlet.entity);
  assert.equal(layer.mentions.find((m) => m.start === place)?.type, 'GPE', 'the town keeps its place mention');
  assert.deepEqual(layer.entities.map((e) => e.id), ['e1', 'e2', 'e3']);
});

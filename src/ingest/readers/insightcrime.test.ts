import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readInsightCrime, splitTitle } from './insightcrime.js';
import type { Line } from '../types.js';
import { collect, docs, failures } from '../test-helpers.js';

test('the title ends at the first sentence end, not at initials such as U.S.', () => {
  assert.deepEqual(splitTitle('EPL Muscles in on El Naya Drug Corridor. The killing of four people.'), { title: 'EPL Muscles in on El Naya Drug Corridor', body: 'The killing of four people.' });
  assert.deepEqual(splitTitle('U.S. Special Forces Trained Mexican Troops. The report says.'), { title: 'U.S. Special Forces Trained Mexican Troops', body: 'The report says.' });
  assert.deepEqual(splitTitle('Can Ameripol Combat Cyber Crime?Following the most recent meeting.'), { title: 'Can Ameripol Combat Cyber Crime?', body: 'Following the most recent meeting.' });
  assert.equal(splitTitle('x'.repeat(400) + '. Rest.').title, null);
});

async function* lines(...texts: string[]): AsyncIterable<Line> {
  let number = 0;
  for (const text of texts) yield { number: ++number, text };
}

test('rows: CSV quotes undone, labels ignored, a header row skipped, a row without text reported', async () => {
  const items = await collect(readInsightCrime(lines(
    'text\tl1\tl2\tl3\tl4\tl5\tl6\tl7',
    '"Gangs Tax Buses. The ""ganchos"" (hooks) collect fees."\t1\t0\t0\t0\t0\t0\t0',
    'search. \t0\t0\t0\t0\t0\t0\t0',
    '',
  ), 'dev.tsv'));
  assert.deepEqual(docs(items).map((d) => [d.source, d.title, d.body]), [['dev.tsv#2', 'Gangs Tax Buses', 'The "ganchos" (hooks) collect fees.']]);
  assert.deepEqual(failures(items), [{ ok: false, file: 'dev.tsv', line: 3, reason: 'row has no article text after its title ("search.")' }]);
});

test('a TSV of another layout is one failure, not a document per row', async () => {
  const items = await collect(readInsightCrime(lines('compartment\tfilename\ttitle', 'train\tx\tSome Title', 'dev\ty\tOther'), 'metadata.tsv'));
  assert.deepEqual(items, [{ ok: false, file: 'metadata.tsv', line: 2, reason: 'TSV is not in the InSight Crime layout (article text, then numeric label columns)' }]);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toIsoDate } from './dates.js';

test('toIsoDate reads the date forms feeds, pages and wires use, keeping the day as written', () => {
  const cases: [string, string | null][] = [
    ['2005-01-04', '2005-01-04'],
    ['2005-01-04T23:30:00-05:00', '2005-01-04'],
    ['Tue, 04 Jan 2005 10:00:00 GMT', '2005-01-04'],
    ['January 4, 2005', '2005-01-04'],
    ['Tuesday, January 4, 2005', '2005-01-04'],
    ['4 January 2005', '2005-01-04'],
    ['Sept. 30, 2005', '2005-09-30'],
    ['26-FEB-1987 15:01:01.79', '1987-02-26'],
    [' 5-MAR-1987 09:48:57.06', '1987-03-05'],
    ['2005-02-30', null],
    ['yesterday', null],
    ['', null],
  ];
  for (const [input, expected] of cases) assert.equal(toIsoDate(input), expected, input);
});

test('whole: only a date (and a time) may stand on the line', () => {
  assert.equal(toIsoDate('January 4, 2005', { whole: true }), '2005-01-04');
  assert.equal(toIsoDate('2005-01-04 10:00 GMT', { whole: true }), '2005-01-04');
  assert.equal(toIsoDate('January 4, 2005 was a cold day in Almaty.', { whole: true }), null);
  assert.equal(toIsoDate('January 4, 2005 was a cold day in Almaty.'), '2005-01-04');
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { transliterationKey } from './index.js';

test('one transliteration key for the spellings of one surname, and none shared by different ones', () => {
  const same: [string, string][] = [
    ['Zourabichvili', 'Zurabishvili'],
    ['Pashinyan', 'Pashinian'],
    ['Zhaparov', 'Japarov'],
    ['Rakhmon', 'Rahmon'],
    ['Meredow', 'Meredov'],
    ['Aliyev', 'Aliev'],
    ['Hoffmann', 'Hoffman'],
  ];
  for (const [a, b] of same) assert.equal(transliterationKey(a), transliterationKey(b), `${a} ~ ${b}`);
  const different: [string, string][] = [
    ['Ivanov', 'Ivanova'],
    ['Grigoryan', 'Gasparyan'],
    ['Lavrov', 'Lebedev'],
  ];
  for (const [a, b] of different) assert.notEqual(transliterationKey(a), transliterationKey(b), `${a} / ${b}`);
});

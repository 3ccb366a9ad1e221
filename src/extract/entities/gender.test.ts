import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nameGender, personGenders } from './gender.js';

test('a name\'s gender: the surname\'s Slavic or Turkic ending first, then the given name', () => {
  assert.equal(nameGender('Ilham Aliyev'), 'm');
  assert.equal(nameGender('Mehriban Aliyeva'), 'f');
  assert.equal(nameGender('Gulbigash Omarova'), 'f');
  assert.equal(nameGender('Jorge Villanueva'), 'm');
  assert.equal(nameGender('Nicola Sturgeon'), 'f');
  assert.equal(nameGender('Matti Pitkäniitty'), 'm');
  assert.equal(nameGender('Stéphane Séjourné'), 'm');
  assert.equal(nameGender('Gordon Brown'), 'm');
  // One word alone may be a surname: no guess.
  assert.equal(nameGender('Brown'), null);
  assert.equal(nameGender('Zhomart Kazbekuly'), null);
});

test('given names of the region are read as the region reads them, before the general lists', () => {
  // The lists call "Nikol" a woman's name and "Nino" a man's.
  assert.equal(nameGender('Nikol Pashinyan'), 'm');
  assert.equal(nameGender('Nino Khelaia'), 'f');
  assert.equal(nameGender('Nurlan Kazbekuly'), 'm');
  assert.equal(nameGender('Tilekbek Mamyrkul'), 'm');
});

test('an honorific or gendered title in the article outweighs the name', () => {
  const body = 'Ms James met Lord Butler and spokeswoman Kim Lee.';
  const mention = (text: string, entity: string) => ({ start: body.indexOf(text), end: body.indexOf(text) + text.length, text, type: 'PERSON' as const, entity });
  const genders = personGenders(body, [mention('James', 'a'), mention('Butler', 'b'), mention('Kim Lee', 'c')], new Map([['a', 'Rhys James'], ['b', 'Robin Butler']]));
  assert.deepEqual([...genders], [['a', 'f'], ['b', 'm'], ['c', 'f']]);
});

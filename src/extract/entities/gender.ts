// The grammatical gender a person's name or title shows, so that "she said" is not given to a man.
// Evidence, strongest first: an honorific or gendered title before one of the person's mentions in
// the article ("Mrs May", "Queen Elizabeth"), the surname's Slavic or Turkic gender ending
// ("Aliyev", "Omarova"), then the given name (gender-detection-from-name's lists).
import { createRequire } from 'node:module';
import type { Mention } from '../../model/extraction.js';

export type Gender = 'm' | 'f';

/** Words before a name that say its bearer's gender (lower case, without the full stop). */
const GENDERED_WORDS: ReadonlyMap<string, Gender> = new Map([
  ...['mr', 'mister', 'sir', 'lord', 'monsieur', 'king', 'prince', 'duke', 'emperor', 'sheikh', 'archduke', 'tsar', 'czar', 'sultan', 'emir', 'shah', 'pope', 'father', 'brother', 'uncle', 'grandfather', 'businessman', 'congressman', 'chairman', 'spokesman', 'councilman', 'sportsman', 'man', 'boy', 'son', 'husband', 'widower', 'nephew', 'grandson', 'stepfather', 'boyfriend'].map((w) => [w, 'm'] as const),
  ...['mrs', 'ms', 'miss', 'madam', 'madame', 'mme', 'lady', 'dame', 'baroness', 'queen', 'princess', 'duchess', 'empress', 'countess', 'sheikha', 'tsarina', 'sister', 'mother', 'aunt', 'grandmother', 'businesswoman', 'congresswoman', 'chairwoman', 'spokeswoman', 'councilwoman', 'sportswoman', 'actress', 'woman', 'girl', 'daughter', 'wife', 'widow', 'niece', 'granddaughter', 'stepmother', 'girlfriend'].map((w) => [w, 'f'] as const),
]);

/** The gender a word says of the person it names ("spokeswoman", "Mr", "queen"), if any (lower case). */
export function genderedWord(word: string): Gender | undefined {
  return GENDERED_WORDS.get(word);
}

/** The word just before `offset` (lower case, a trailing full stop dropped), or null. */
function wordBefore(body: string, offset: number): string | null {
  const m = /([\p{L}]+)\.?\s+$/u.exec(body.slice(Math.max(0, offset - 20), offset));
  return m ? m[1]!.toLowerCase() : null;
}

/** Slavic and Turkic surnames take their bearer's gender: Aliyev, Tokayev, Kozlowski / Omarova, Aliyeva, Kozlowska. */
const MALE_SURNAME = /\p{Ll}(?:ov|ev|yev|sky|skiy|skyy|skyi|ski)$/u;
const FEMALE_SURNAME = /\p{Ll}(?:ova|eva|yeva|skaya|skaia|ska)$/u;

let givenNames: ((name: string) => 'male' | 'female' | 'unknown') | undefined;

/**
 * Given names of the region the package's lists read otherwise or not at all: "Nikol" (Pashinyan) is a
 * woman's name there, "Nino" a man's. Facts about names, checked before the lists.
 */
const REGIONAL_GIVEN_NAMES: ReadonlyMap<string, Gender> = new Map([
  ...['nikol', 'gia', 'kakha', 'mamuka', 'bidzina', 'otar', 'nodar', 'mikheil', 'ararat', 'arayik', 'vahagn', 'hovik', 'jeyhun', 'rovshan', 'ilgar', 'elchin', 'vugar', 'novruz', 'emomali', 'shavkat', 'ilkhom', 'bakhtiyor', 'azamat', 'nurlan', 'yerlan', 'bolat', 'rustam', 'alisher', 'sardor', 'sherzod', 'dilshod', 'bakhtiyar', 'sadyr', 'temir', 'daniyar', 'kyrylo', 'gitanas', 'edgars', 'kuldar',
    // Finnish and Estonian men's names the lists read as women's ("Matti", "Petteri").
    'matti', 'mikko', 'jussi', 'jukka', 'antti', 'petteri', 'sauli', 'pekka', 'heikki', 'kimmo', 'juha', 'ilkka', 'timo', 'ville', 'jyrki', 'esko', 'erkki', 'kari', 'olli', 'lauri', 'valtteri', 'kalle', 'jari', 'toomas', 'jüri', 'juri', 'jaak', 'urmas', 'hanno', 'margus',
    // Georgian and Russian men's names the lists read as women's ("Shalva", "Nika", "Yuri").
    'shalva', 'nika', 'yuri', 'levan', 'irakli', 'zurab', 'giorgi', 'tengiz', 'revaz', 'alyaksandr', 'ihar', 'viktar', 'siarhei', 'uladzimir', 'franak',
    // French and Italian men's names the lists read as women's.
    'stéphane', 'stephane', 'jean', 'luca',
    // Russian and Ukrainian spellings the lists lack.
    'yevgeny', 'yevgeniy', 'evgeny', 'evgeniy', 'yevhen', 'dmytro', 'oleksandr', 'oleksiy', 'mykola', 'mykhailo', 'vasyl', 'andriy'].map((w) => [w, 'm'] as const),
  ...['nino', 'khatia', 'eka', 'tinatin', 'zaruhi', 'mehriban', 'gulnara', 'aigerim', 'zhanar', 'dilnoza', 'gulbigash', 'evika', 'dovile', 'dovilė', 'yevgenia', 'yevgeniya', 'evgenia', 'oksana', 'nataliya', 'yuliia', 'battsetseg'].map((w) => [w, 'f'] as const),
]);
/** Central Asian given names in "-bek" are men's (Kamchybek, Akylbek, Almazbek). */
const MALE_GIVEN_ENDING = /\p{Ll}bek$/u;

/** Whether a word is a given name the region's names or the package's lists know ("Vitali", "Kakha"). */
export function isGivenName(word: string): boolean {
  return givenNameGender(word) !== null;
}

/** The given name's gender: the region's names, then the package's lists (loaded on first use: about 20 MB of maps). */
function givenNameGender(name: string): Gender | null {
  const regional = REGIONAL_GIVEN_NAMES.get(name.toLowerCase()) ?? (MALE_GIVEN_ENDING.test(name) ? 'm' : undefined);
  if (regional) return regional;
  givenNames ??= (createRequire(import.meta.url)('gender-detection-from-name') as typeof import('gender-detection-from-name')).getGender;
  const g = givenNames(name);
  return g === 'male' ? 'm' : g === 'female' ? 'f' : null;
}

/**
 * A person's gender from the name alone. A male surname ending settles it ("Ilham Aliyev"; the given
 * name's lists call Ilham female); a female one ("-ova", "-eva") unless the given name is a man's
 * ("Jorge Villanueva", "Giacomo Casanova").
 */
export function nameGender(name: string): Gender | null {
  const words = name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
  if (words.length === 0) return null;
  const first = words[0]!.split('-')[0]!;
  const last = words[words.length - 1]!;
  if (words.length > 1 && MALE_SURNAME.test(last)) return 'm';
  const given = words.length > 1 ? givenNameGender(first) : null;
  if (words.length > 1 && FEMALE_SURNAME.test(last) && given !== 'm') return 'f';
  return given;
}

/**
 * The gender of each person entity of an article: an honorific or gendered title before any of its
 * mentions ("Mrs May", "spokeswoman Maria Zakharova") when they agree, else its name's.
 */
export function personGenders(body: string, mentions: readonly Mention[], names: ReadonlyMap<string, string>): Map<string, Gender> {
  const titled = new Map<string, Gender | 'both'>();
  for (const m of mentions) {
    if (m.type !== 'PERSON' || m.entity === null) continue;
    const word = wordBefore(body, m.start);
    const g = word ? GENDERED_WORDS.get(word) : undefined;
    if (!g) continue;
    const seen = titled.get(m.entity);
    titled.set(m.entity, seen === undefined || seen === g ? g : 'both');
  }
  const genders = new Map<string, Gender>();
  for (const m of mentions) {
    if (m.type !== 'PERSON' || m.entity === null || genders.has(m.entity)) continue;
    const t = titled.get(m.entity);
    const g = t === 'both' ? null : (t ?? nameGender(names.get(m.entity) ?? m.text));
    if (g) genders.set(m.entity, g);
  }
  return genders;
}

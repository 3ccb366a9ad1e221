// Organization names mined from the unlabeled corpora: a run of capitalized words closed by a legal
// form ("Texaco Inc", "Swiss Bank Corp", "Volkswagen AG") names a company, and so does the run without
// its legal form ("Texaco", "Swiss Bank"); a run closed by an institution's head noun ("Labour Party",
// "Bank of England") names an organization when the corpora use it at least twice.
import { unlabeledTexts, tokenizeText } from './corpus.js';

const LEGAL_FORMS = new Set([
  'inc', 'inc.', 'corp', 'corp.', 'co', 'co.', 'ltd', 'ltd.', 'plc', 'ag', 'sa', 's.a.', 'nv', 'n.v.', 'spa', 's.p.a.', 'bhd', 'llc',
  'gmbh', 'bancorp', 'bancshares', 'corporation', 'incorporated', 'limited',
]);
const HEADS = new Set([
  'party', 'association', 'federation', 'council', 'committee', 'commission', 'bank', 'ministry', 'university', 'institute',
  'organisation', 'organization', 'agency', 'front', 'movement', 'league', 'fund', 'airlines', 'airways', 'exchange', 'club',
  'board', 'authority', 'foundation', 'society', 'group', 'holdings', 'industries', 'securities', 'brothers',
]);
/** Lowercase words that may sit inside a company name between capitalized ones ("Mabon Nugent and Co"). */
const JOINERS = new Set(['&', 'and', "'s"]);
const CAPITALIZED = /^[A-Z][\p{L}\d.'-]*$/u;

export interface MinedOrganizations {
  /** Full names (legal form included) and company names without the legal form. */
  names: string[];
}

/**
 * Reads the corpora twice: first how often each word is written lowercase (a capitalized word that is
 * mostly lowercase elsewhere, "But", "The", "Shares", is a sentence opener, not part of a name), then the names.
 */
export function mineOrganizations(sharedDataDir: string): MinedOrganizations {
  const lowerCount = new Map<string, number>();
  const capCount = new Map<string, number>();
  const lines: string[][] = [];
  for (const text of unlabeledTexts(sharedDataDir)) {
    for (const line of text.split(/\n+/)) {
      const tokens = tokenizeText(line);
      if (tokens.length === 0) continue;
      const letters = tokens.filter((t) => /\p{L}/u.test(t));
      // Headlines in capitals say nothing about casing.
      if (letters.length > 0 && letters.filter((t) => t === t.toUpperCase()).length * 2 > letters.length) continue;
      lines.push(tokens);
      for (const t of tokens) {
        const key = t.toLowerCase();
        const counts = t === key ? lowerCount : capCount;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    }
  }
  const usuallyLower = (t: string): boolean => {
    const key = t.toLowerCase();
    return (lowerCount.get(key) ?? 0) > (capCount.get(key) ?? 0);
  };
  const companies = new Map<string, number>();
  const institutions = new Map<string, number>();
  const singleStems = new Map<string, number>();
  const bump = (m: Map<string, number>, tokens: string[]): void => {
    const name = tokens.join(' ');
    m.set(name, (m.get(name) ?? 0) + 1);
  };
  for (const tokens of lines) {
    for (let i = 1; i < tokens.length; i++) {
      const word = tokens[i]!;
      const lower = word.toLowerCase();
      const legal = LEGAL_FORMS.has(lower);
      if (!CAPITALIZED.test(word) || (!legal && !HEADS.has(lower))) continue;
      let start = i;
      while (start > 0) {
        const before = tokens[start - 1]!;
        if (CAPITALIZED.test(before) && !LEGAL_FORMS.has(before.toLowerCase()) && !before.endsWith('-based')) start--;
        else if (JOINERS.has(before) && start >= 2 && CAPITALIZED.test(tokens[start - 2]!)) start -= 2;
        else break;
      }
      while (start < i && (usuallyLower(tokens[start]!) || JOINERS.has(tokens[start]!))) start++;
      let end = i + 1;
      if (!legal && start === i && tokens[i + 1] === 'of') {
        while (end + 1 < tokens.length && end - i < 3 && CAPITALIZED.test(tokens[end + 1]!) && !usuallyLower(tokens[end + 1]!)) end++;
        end = end === i + 1 ? end : end + 1;
        if (end === i + 1) continue;
      }
      if (start === i && end === i + 1) continue;
      if (end - start > 6) continue;
      const name = tokens.slice(start, end);
      if (legal) {
        bump(companies, name);
        const stem = name.slice(0, -1);
        if (stem.length > 1 && !JOINERS.has(stem[stem.length - 1]!)) bump(companies, stem);
        else if (stem.length === 1) bump(singleStems, stem);
      } else bump(institutions, name);
    }
  }
  const names = [...companies.keys()];
  // A one-word stem counts when its legal form follows it often enough: "Texaco" is a company, but
  // "American" or "General" only open company names.
  for (const [stem, n] of singleStems) {
    if (n >= 2 && n * 10 >= (capCount.get(stem.toLowerCase()) ?? 0) && !HEADS.has(stem.toLowerCase())) names.push(stem);
  }
  for (const [name, n] of institutions) if (n >= 2) names.push(name);
  return { names: names.sort() };
}

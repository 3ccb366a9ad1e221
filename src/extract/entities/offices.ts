// The office lexicon: which words make a title ("Senate Chairman", "political analyst"), which of them
// can end one (heads), and how a title is written and coded. Keys are folded words (see splitWords).

export type TitleStyle = 'office' | 'descriptor';

/** Sector suffix of a CAMEO actor code for an office head; '' when the office says nothing about the sector. */
type Sector = 'GOV' | 'LEG' | 'MIL' | 'JUD' | 'MED' | 'BUS' | 'OPP' | '';

interface Head {
  style: TitleStyle;
  sector: Sector;
}

const office = (sector: Sector): Head => ({ style: 'office', sector });
const descriptor = (sector: Sector = ''): Head => ({ style: 'descriptor', sector });

/** Words that can end a title. Multi-word heads are built from modifiers plus one of these. */
export const HEADS: ReadonlyMap<string, Head> = new Map<string, Head>([
  ['president', office('GOV')],
  ['vice-president', office('GOV')],
  ['premier', office('GOV')],
  ['minister', office('GOV')],
  ['chairman', office('GOV')],
  ['chairwoman', office('GOV')],
  ['chair', office('GOV')],
  ['speaker', office('LEG')],
  ['ambassador', office('GOV')],
  ['envoy', office('GOV')],
  ['consul', office('GOV')],
  ['governor', office('GOV')],
  ['mayor', office('GOV')],
  ['akim', office('GOV')],
  ['hokim', office('GOV')],
  ['secretary', office('GOV')],
  ['secretary-general', office('GOV')],
  ['director-general', office('GOV')],
  ['attorney-general', office('JUD')],
  ['inspector-general', office('GOV')],
  ['chancellor', office('GOV')],
  ['king', office('GOV')],
  ['queen', office('GOV')],
  ['prince', office('GOV')],
  ['emir', office('GOV')],
  ['senator', office('LEG')],
  ['sen.', office('LEG')],
  ['deputy', office('LEG')],
  ['lawmaker', office('LEG')],
  ['legislator', office('LEG')],
  ['parliamentarian', office('LEG')],
  ['general', office('MIL')],
  ['gen.', office('MIL')],
  ['admiral', office('MIL')],
  ['colonel', office('MIL')],
  ['col.', office('MIL')],
  ['commander', office('MIL')],
  ['judge', office('JUD')],
  ['prosecutor', office('JUD')],
  ['prosecutor-general', office('JUD')],
  ['ombudsman', office('GOV')],
  ['commissioner', office('GOV')],
  ['patriarch', office('')],
  ['mufti', office('')],
  ['pope', office('')],
  ['archbishop', office('')],
  ['imam', office('')],
  ['ceo', office('BUS')],
  ['officer', descriptor('BUS')],
  ['director', descriptor('')],
  ['lieutenant', office('MIL')],
  ['lt.', office('MIL')],
  ['major', office('MIL')],
  ['maj.', office('MIL')],
  ['captain', office('MIL')],
  ['capt.', office('MIL')],
  ['adm.', office('MIL')],
  ['brigadier', office('MIL')],
  ['brig.', office('MIL')],
  ['sergeant', office('MIL')],
  ['sgt.', office('MIL')],
  ['chief', descriptor('')],
  ['head', descriptor('')],
  ['leader', descriptor('')],
  ['spokesman', descriptor('GOV')],
  ['spokeswoman', descriptor('GOV')],
  ['spokesperson', descriptor('GOV')],
  ['representative', descriptor('')],
  ['official', descriptor('GOV')],
  ['diplomat', descriptor('GOV')],
  ['analyst', descriptor('')],
  ['observer', descriptor('')],
  ['expert', descriptor('')],
  ['commentator', descriptor('MED')],
  ['journalist', descriptor('MED')],
  ['correspondent', descriptor('MED')],
  ['reporter', descriptor('MED')],
  ['columnist', descriptor('MED')],
  ['editor', descriptor('MED')],
  ['editor-in-chief', descriptor('MED')],
  ['commander-in-chief', office('MIL')],
  ['professor', descriptor('')],
  ['prof.', descriptor('')],
  ['scholar', descriptor('')],
  ['researcher', descriptor('')],
  ['economist', descriptor('')],
  ['historian', descriptor('')],
  ['scientist', descriptor('')],
  ['lawyer', descriptor('')],
  ['activist', descriptor('')],
  ['dissident', descriptor('OPP')],
  ['businessman', descriptor('BUS')],
  ['businesswoman', descriptor('BUS')],
  ['tycoon', descriptor('BUS')],
  ['oligarch', descriptor('BUS')],
  ['banker', descriptor('BUS')],
  ['executive', descriptor('BUS')],
  ['founder', descriptor('')],
  ['politician', descriptor('')],
  ['adviser', descriptor('GOV')],
  ['advisor', descriptor('GOV')],
  ['aide', descriptor('GOV')],
  ['negotiator', descriptor('GOV')],
  ['specialist', descriptor('')],
  ['consultant', descriptor('')],
  ['fellow', descriptor('')],
  ['co-founder', descriptor('')],
  ['lecturer', descriptor('')],
  ['strategist', descriptor('')],
  ['pollster', descriptor('')],
  ['sociologist', descriptor('')],
]);

/** Words naming what an office is for ("Foreign", "Agriculture and Livestock Development"): inside a title, not an organization. */
export const PORTFOLIOS: ReadonlySet<string> = new Set([
  'foreign', 'interior', 'finance', 'economy', 'economic', 'energy', 'justice', 'trade', 'agriculture', 'emergency', 'emergencies', 'education',
  'health', 'culture', 'transport', 'industry', 'labor', 'labour', 'information', 'communications', 'livestock', 'development', 'fisheries',
  'forestry', 'environment', 'environmental', 'water', 'mines', 'mining', 'mineral', 'petroleum', 'resources', 'planning', 'housing', 'tourism',
  'sports', 'youth', 'telecommunications', 'technology', 'science', 'commerce', 'investment', 'infrastructure', 'construction', 'works', 'home',
  'internal', 'rural', 'land', 'lands', 'irrigation', 'food', 'electricity', 'treasury', 'budget', 'revenue', 'customs', 'immigration',
  'employment', 'welfare', 'integration', 'reconstruction', 'commonwealth', 'cooperation', 'strategic', 'industries', 'digital', 'fuel', 'fuels',
  'transformation', 'veterans', 'reintegration', 'territories', 'ecology', 'natural', 'family', 'defense', 'defence', 'affairs',
  'external', 'oil', 'gas',
]);

/** Words that may precede a head inside a title. A sector here overrides the head's ("Defense Minister" stays GOV, "Duma deputy" LEG). */
export const MODIFIERS: ReadonlyMap<string, Sector> = new Map<string, Sector>([
  ...[...PORTFOLIOS, 'deputy', 'assistant', 'first', 'vice', 'co', 'acting', 'prime', 'state', 'presidential', 'executive', 'chief', 'general', 'national', 'security',
    'council', 'central', 'bank', 'foreign-policy', 'press', 'ministry', 'department', 'office', 'senior', 'top',
    'permanent', 'special', 'high', 'regional', 'provincial', 'city', 'party', 'opposition', 'government', 'cabinet', 'research', 'visiting',
    'non-resident', 'nonresident', 'associate', 'adjunct', 'principal'].map((w): [string, Sector] => [w, '']),
  ...(['defense', 'defence', 'army', 'military', 'navy', 'naval', 'air', 'force', 'staff', 'armed', 'forces', 'border', 'guard']).map((w): [string, Sector] => [w, 'MIL']),
  ...(['senate', 'parliament', 'parliamentary', 'duma', 'mazhilis', 'majilis', 'assembly', 'congress', 'legislative', 'committee']).map((w): [string, Sector] => [w, 'LEG']),
  ...(['supreme', 'court', 'constitutional', 'attorney']).map((w): [string, Sector] => [w, 'JUD']),
  ...(['political', 'independent', 'leading', 'well-known', 'prominent', 'local', 'international', 'western', 'veteran', 'respected', 'noted',
    'policy', 'news', 'media', 'human', 'rights', 'civil', 'society', 'public', 'social', 'religious', 'legal', 'financial', 'business']).map(
    (w): [string, Sector] => [w, ''],
  ),
]);

/** Titles with an "of" inside, as one head: joined keys -> the head word that gives style and sector. */
export const OF_TITLES: ReadonlyMap<string, string> = new Map([
  ['secretary of state', 'secretary'],
  ['secretary of defense', 'secretary'],
  ['secretary of the treasury', 'secretary'],
  ['chief of staff', 'general'],
  ['chief of general staff', 'general'],
  ['chief of the general staff', 'general'],
  // The Russian rank "Army General" (general of the army).
  ['army general', 'general'],
  ['minister of foreign affairs', 'minister'],
  ['minister of defense', 'minister'],
  ['minister of defence', 'minister'],
  ['minister of the interior', 'minister'],
  ['minister of interior', 'minister'],
  ['minister of internal affairs', 'minister'],
  ['minister of finance', 'minister'],
  ['minister of economy', 'minister'],
  ['minister of energy', 'minister'],
  ['minister of justice', 'minister'],
  ['minister of emergency situations', 'minister'],
  ['head of state', 'president'],
  ['chairman of the board', 'chairman'],
]);
/** Longest "X of Y" title is at most this many words. */
export const OF_TITLE_MAX_WORDS = 5;

/** Abbreviated titles written out. */
const ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['gen.', 'General'], ['col.', 'Colonel'], ['sen.', 'Senator'], ['prof.', 'professor'], ['gov.', 'Governor'], ['lt.', 'Lieutenant'],
  ['maj.', 'Major'], ['capt.', 'Captain'], ['adm.', 'Admiral'], ['amb.', 'Ambassador'], ['rep.', 'Representative'],
  ['brig.', 'Brigadier'], ['sgt.', 'Sergeant'],
]);

/** Words that mark a title as no longer held: the role is not current at the article date. */
export const FORMER = new Set(['former', 'ex', 'ex-', 'late', 'then', 'retired']);

/** Honorifics: stripped from names, never a role. */
export const HONORIFICS = new Set(['mr.', 'mrs.', 'ms.', 'dr.', 'mr', 'mrs', 'ms', 'dr', 'sir', 'lord', 'lady', 'madame', 'monsieur']);

export function isTitleWord(key: string): boolean {
  return HEADS.has(key) || MODIFIERS.has(key);
}

export interface ParsedTitle {
  title: string;
  style: TitleStyle;
  sector: Sector;
}

/**
 * A title from its words as written (qualifiers already removed), or null when they do not end in a head.
 * Offices are written in title case ("Senate Chairman"), descriptors in lower case ("political analyst").
 */
export function parseTitle(surfaces: readonly string[], keys: readonly string[]): ParsedTitle | null {
  if (keys.length === 0) return null;
  const lastKey = keys[keys.length - 1]!;
  const headKey = OF_TITLES.get(lastKey) ?? lastKey;
  // "co-chair", "Co-director": the head after the prefix.
  const head = HEADS.get(headKey) ?? (headKey.startsWith('co-') ? HEADS.get(headKey.slice(3)) : undefined);
  if (!head) return null;
  let sector: Sector = head.sector;
  let style: TitleStyle = head.style;
  for (let i = 0; i < keys.length - 1; i++) {
    const k = keys[i]!;
    const s = MODIFIERS.get(k) ?? HEADS.get(k)?.sector ?? '';
    if (s && (sector === '' || sector === 'GOV')) sector = s;
    // "Prime Minister", "Foreign Ministry spokesman" keep their head's style; a descriptor head stays one.
  }
  // "minister" after "defense" is a defense-sector office, but cabinet ministers are GOV in CAMEO.
  if (head.sector === 'GOV' && (keys.includes('minister') || keys.includes('president'))) sector = 'GOV';
  const words = surfaces.map((s, i) => {
    const written = ABBREVIATIONS.get(keys[i]!);
    if (written) return style === 'office' ? written : written.toLowerCase();
    if (keys[i] === 'and') return 'and';
    return style === 'office' ? titleCase(s) : s.toLowerCase();
  });
  return { title: words.join(' ').replace(/ - /g, '-'), style, sector };
}

/** An office's words as an office is written: "first deputy prime minister" -> "First Deputy Prime Minister". */
export function titleCase(s: string): string {
  if (/^[A-Z]{2,}$/.test(s) && s.length <= 4) return s; // CEO
  return s
    .toLowerCase()
    .replace(/(^|[-\s])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase())
    .replace(/ (?:Of|The|And)(?= )/g, (m) => m.toLowerCase())
    .replace(/-In-/g, '-in-');
}

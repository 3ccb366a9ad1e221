// Finds figures in a text: a number (digits or words) with what surrounds it — a currency before or
// after, a scale ("billion", "bn", "m"), a range ("5-10 km", "3,000 to 5,000"), an approximation
// ("about 300"), a unit of measure or a counted noun. Spans that are dates, citations or identifiers
// (volume, issue, resolution numbers), ordinals and clock times are never figures. Linear: one regex
// pass for number cores, then sticky regexes at each core's edges.
import type { Token } from '../../analyze/index.js';
import {
  currencyOf,
  CURRENCY_ADJECTIVE_SOURCE,
  CURRENCY_CODE_SOURCE,
  CURRENCY_CODES,
  CURRENCY_SYMBOL,
  CURRENCY_SYMBOL_SOURCE,
  CURRENCY_WORD,
  CURRENCY_WORD_SOURCE,
  DEMONYM_PLURAL,
  MEASURE_UNIT,
  MEASURE_UNIT_SOURCE,
  PERSON_NOUNS,
  SCALE,
} from './units.js';
import { partitionPoint } from '../../util/sorted.js';
import { MONTH_SOURCE } from '../dates/calendar.js';

export interface RawQuantity {
  start: number;
  end: number;
  value: number;
  valueMax?: number;
  unit: string | null;
  /** Token index of the counted noun, when the unit is a noun of the text ("28,668 Russians"). */
  nounToken: number | null;
  money: boolean;
  /** Where the words that belong to the figure end when they run past its span ("$100 per 1,000 cubic meters"). */
  readEnd?: number;
}

const SMALL: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const WORD_NUMBER =
  '(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\\s](?:one|two|three|four|five|six|seven|eight|nine)\\b)?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|one|a\\s+dozen|half\\s+a|an?)(?:\\s+hundred)?';
const DIGITS = '\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?';
/** A number core: digits, or a number word at a word boundary. */
const CORE = new RegExp(`(${DIGITS})|\\b(${WORD_NUMBER})\\b`, 'gi');
const CORE_AT = new RegExp(`(${DIGITS})|(${WORD_NUMBER})\\b`, 'iy');

// ("the 80-million-tonne target": a scale inside a hyphenated measure.)
// ("a $48.5-billion project", "2.5-billion-ruble": the scale joined by a hyphen.)
const SCALE_AT = /(?:(bn|bln|mn|mln|tn|trn|m|k|b)\b|\s?(bn|bln|mn|mln|tn|trn)\b|(?:\s+|-(?=(?:thousand|million|billion|trillion)(?:-[a-z]|\s)))(thousand|million|billion|trillion|crores?|lakhs?)\b)/iy;
/** A verb or adverb of change, then "from" right before the figure. */
const CHANGE_FROM_BEFORE = /\b(?:rais(?:e|es|ed|ing)|r(?:ise|ises|ose|isen|ising)|increas(?:e|es|ed|ing)|cut(?:s|ting)?|lower(?:s|ed|ing)?|f(?:all|alls|ell|allen|alling)|drop(?:s|ped|ping)?|gr(?:ow|ows|ew|own|owing)|climb(?:s|ed|ing)?|reduc(?:e|es|ed|ing)|hik(?:e|es|ed|ing)|jump(?:s|ed|ing)?|declin(?:e|es|ed|ing)|slash(?:es|ed|ing)?|boost(?:s|ed|ing)?|up|down|changed?|moved?|went|go(?:es)?)\b[^.;!?]{0,60}\bfrom\s+(?:about\s+|around\s+|roughly\s+)?\S*$/i;
const RANGE_AT = new RegExp(`\\s?(?:-|–|—|to|and|or)\\s?(?:${CURRENCY_SYMBOL_SOURCE})?(?=\\d|(?:${WORD_NUMBER})\\b)`, 'iy');
const CODE_AFTER = new RegExp(`\\s?(${CURRENCY_CODE_SOURCE})\\b`, 'y');
// ("a 2.5-billion-ruble grant": joined by a hyphen too.)
const WORD_AFTER = new RegExp(`(?:\\s+|-)(?:(${CURRENCY_ADJECTIVE_SOURCE})\\s+)?(${CURRENCY_WORD_SOURCE})\\b`, 'iy');
const UNIT_AFTER = new RegExp(`(?:\\s|-(?=[a-z]{2}))?(${MEASURE_UNIT_SOURCE})(?![\\w²³])`, 'y');
const PRICE_PER = /(?:\s+(?:a|an|per)\s+|-per-)(barrel|tonne|ton|metric ton|thousand cubic meters|thousand cubic metres|1,000 cubic meters|1,000 cubic metres|cubic meter|cubic metre|kilowatt-hour|kilowatt hour|kWh|megawatt-hour|MWh|liter|litre|gallon|ounce|share|head|person|dollar|euro)\b/iy;
const PER_UNIT: Record<string, string> = {
  tonne: 't', ton: 't', 'metric ton': 't', 'thousand cubic meters': 'tcm', 'thousand cubic metres': 'tcm', '1,000 cubic meters': 'tcm',
  '1,000 cubic metres': 'tcm', 'cubic meter': 'm3', 'cubic metre': 'm3', 'kilowatt-hour': 'kWh', 'kilowatt hour': 'kWh', kwh: 'kWh',
  'megawatt-hour': 'MWh', mwh: 'MWh', liter: 'l', litre: 'l', gallon: 'gal', ounce: 'oz', head: 'person', dollar: 'USD', euro: 'EUR',
};
/** What a bare figure is a rate against: "2.87 per US dollar", "41.5 to the dollar". */
const EXCHANGE_AGAINST = /\s+(?:per|to\s+the|against\s+the)\s+(?:US\s+|U\.S\.\s+)?(dollar|euro|yuan)\b/iy;
const CURRENCY_NAMED = new RegExp(`\\b(${CURRENCY_WORD_SOURCE})\\b(?![\\s\\S]*\\b(?:${CURRENCY_WORD_SOURCE})\\b)`, 'i');

/** The code of the last currency named in `text` ("The Georgian lari fell to"), or null; not the dollar a rate is against. */
function lastCurrencyBefore(text: string): string | null {
  const sentence = text.slice(Math.max(text.lastIndexOf('. '), text.lastIndexOf('\n')) + 1);
  const m = CURRENCY_NAMED.exec(sentence);
  if (!m) return null;
  const code = CURRENCY_WORD[m[1]!.toLowerCase()] ?? null;
  return code === 'USD' || code === 'EUR' ? null : code;
}

/** A conversion in parentheses between a sum and its "per": "82,000 rubles ($1,020) per tonne". */
const CONVERSION_AFTER = /^\s*\([^()]{1,40}\)|^\)/;
const TIME_UNITS = new Set(['hour', 'minute', 'second', 'day', 'week', 'month', 'year', 'decade']);
const OPENING_PERIOD_BEFORE = /\b(?:first|final|initial|opening|closing)\s+$/i;
const PERIOD_OF_YEAR_AFTER = /^\s+(?:of|in)\s+(?:(?:19|20)\d\d\b|the\s+year\b|this\s+year\b|last\s+year\b)/i;

/** A rate after a unit: "m3/s", "2.4% a year", "barrels per day" is in the unit table already. */
// ("30 bcm of Turkmen gas annually", "10 bcm each year": a year's rate in a word or two.)
const RATE_AFTER_WHAT = /\s+of\s+(?:[\p{L}-]+\s+){1,3}?(?:(?:per|a|an)\s+(day|week|month|year)\b(?!\s+(?:earlier|ago|later|previously|before|beforehand)\b)|(annually|yearly|per annum|each year|every year)\b)/uy;
const RATE_AFTER = /(?:\/(s|h|d|yr)\b|\s+(?:per|a|an)\s+(second|hour|day|week|month|year)(?!\s+(?:earlier|ago|later|previously|before|beforehand)\b)|\s+(annually|yearly|per annum|each year|every year)\b)/y;

/** The time unit of a rate match: "/d", "per year", "annually". */
function rateUnit(m: RegExpExecArray, word = 2): string {
  return m[1] !== undefined && word === 2 ? m[1] : m[word] !== undefined ? m[word]!.toLowerCase() : 'year';
}
const TIME_AFTER = /(?::\d\d|\s?(?:a\.m\.|p\.m\.|am\b|pm\b|GMT\b|UTC\b|hrs\b|o'clock))/iy;
const ORDINAL_AFTER = /(?:st|nd|rd|th)\b/iy;
const AGE_AFTER = /-(year|month|week|day)s?-old\b/iy;

const SYMBOL_BEFORE = new RegExp(`(${CURRENCY_SYMBOL_SOURCE})\\s?$`);
const CODE_BEFORE = new RegExp(`\\b(${CURRENCY_CODE_SOURCE})\\s?$`);
/** "dollars 1.13bn", "pounds 600m": the BBC corpus wrote symbols out as words. */
const WORD_BEFORE = /\b(dollars|pounds|euros|Rs\.?)\s$/i;
/** Words written before a figure for a currency that has no symbol here: "Rs 45,000 crore" (rupees). */
const CURRENCY_BEFORE_WORD: Record<string, string> = { rs: 'INR', 'rs.': 'INR' };
const APPROX_BEFORE =
  /\b(?:about|around|approximately|roughly|some|nearly|almost|over|(?:no |not )?more than|(?:no |not )?less than|(?:no |not )?fewer than|at least|up to|as many as|as much as|close to|an estimated|estimated|just over|just under|upwards of|in excess of|between|from)\s+$/i;
const NOT_A_FIGURE_BEFORE =
  /(?:\b(?:volume|vol|issue|no|nos|number|project|page|pages|pp|p|resolutions?|articles?|sections?|chapters?|paragraph|clause|decree|law|flight|route|highway|road|room|level|grade|phase|stage|round|step|item|rule|protocol|category|gate|platform|block|building|apartment|suite|box|code|bill|order|directive|regulation|division|brigade|battalion|regiment|corps|fleet|squadron|appendix|annex|table|figure|fig|act|part|version|model|type|class|mark|mk|channel|district|zone|sector|unit|camp|bus|line|lot|plot|cell|ward|precinct|kilometer|km|mile|exit|tel|fax|phone|ext)\.?:?|#|№)\s*$/i;
const WORD_CHAR = /[\p{L}\p{N}_]/u;
/** A format's name ("C5+1", "the 5+2 format", "3+3") and a date range's second day ("on May 14 and 15"): no figures. */
const FORMAT_OR_DAY_BEFORE = new RegExp(`(?:[\\p{L}\\p{N}]\\+$|\\b(?:${MONTH_SOURCE})\\.?\\s+\\d{1,2}\\s*(?:and|&|-|–)\\s*$)`, 'u');
/** Not a figure after the number: degrees and minutes of a coordinate, a footnote's bracket, a fraction,
 *  a phone number's next group, an era ("575 B.C."). */
const NOT_A_FIGURE_AFTER = /(?:[°′″'"]|\]|\/\d|-\d{3,4}-\d|\s?(?:B\.C\.|BC\b|BCE\b|A\.D\.|AD\b|CE\b))/y;
/** A bare number right after a name or a label is an identifier: "CTF 50", "(DDG 70)", "Frequency: 12130". */
const NAME_OR_LABEL_BEFORE = /(?:\b[A-Z][\p{L}\d'’.-]*|:)\s*$/u;
/** Capitalized words that can stand before a figure without naming it. */
const CAPITALIZED_NOT_NAME = /(?:^|\s)(?:A|An|About|Around|Some|Nearly|Almost|Over|Approximately|Roughly|Only|Just|Another|All|In|By|Of|At|To|From|With|For|On|And|But|The|Since|Until|After|Before|During|Up|Than|Least|Most|More|Less|Fewer|Between|Total|Estimated|[A-Z][a-z]+day|January|February|March|April|May|June|July|August|September|October|November|December)\s*$/;
const DECIMALS_OF_COORDINATE = /\.\d{4,}$/;
const FRACTION_AFTER = /[-\s](third|quarter|fifth|sixth|eighth|tenth)s?\b/iy;
/** An approximation before the size of a change: "by about", "rose nearly". */
const CHANGE_APPROX = '(?:about|around|roughly|some|nearly|almost|over|more\\s+than|just(?:\\s+over)?|up\\s+to)';
/** A change by an amount right before a figure: "fell by 32,000", "rose by about a third". */
export const CHANGE_BY_BEFORE = new RegExp(`\\bby\\s+${CHANGE_APPROX}?\\s*$`, 'i');
/** A verb of change right before a figure: "rose 32,000", "fell 15". */
const CHANGE_VERB_BEFORE = new RegExp(`\\b(?:rose|fell|increased|decreased|grew|dropped|climbed|declined|jumped|slipped|gained|lost)\\s+${CHANGE_APPROX}?\\s*$`, 'i');
/** What may follow "a third", "a quarter" when it is a share ("by a third since …"; "a quarter of" is read as a part of a whole), not an ordinal ("a third term"). */
const SHARE_END = /^(?:\s+(?:since|from|in|on|over|last|this|compared|to|and|or)\b|\s*[.,;:)]|\s*$)/i;
const PERIODS_BEFORE = /\b(?:first|last|past|next|previous|consecutive|straight|recent|coming)\s+$/i;
const FRACTION_DENOMINATORS: Record<string, number> = { third: 3, quarter: 4, fifth: 5, sixth: 6, eighth: 8, tenth: 10 };

const DEFINITE_BEFORE = /\b(?:the|these|those|both)\s+$/i;
const LOOKBEHIND = 28;

/** Token i is a hyphen inside a word, or a word glued to one ("front-end", "ISIL-held"). */
export function inHyphenCompound(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.text === '-') return tokens[i - 1]?.end === t.start;
  return (tokens[i + 1]?.text === '-' && tokens[i + 1]!.start === t.end) || (tokens[i - 1]?.text === '-' && tokens[i - 1]!.end === t.start);
}

/** Token index containing or following `offset` (tokens sorted by start). */
export function tokenAt(tokens: Token[], offset: number): number {
  return partitionPoint(tokens.length, (i) => tokens[i]!.end <= offset);
}

export function scanQuantities(body: string, tokens: Token[], excluded: Uint8Array): RawQuantity[] {
  const out: RawQuantity[] = [];
  CORE.lastIndex = 0;
  for (let m = CORE.exec(body); m; m = CORE.exec(body)) {
    const start = m.index;
    const coreEnd = start + m[0].length;
    if (excluded[start]) continue;
    const q = readFigure(body, tokens, excluded, start, coreEnd, m[1] !== undefined, m[0]);
    if (!q) continue;
    out.push(q);
    // A price's unit ("per 1,000 cubic meters") is no figure of its own.
    CORE.lastIndex = Math.max(CORE.lastIndex, q.readEnd ?? q.end);
  }
  // "roughly a quarter of its uranium", "about half of the men": a share in words.
  SHARE_WORDS.lastIndex = 0;
  let added = false;
  for (let m = SHARE_WORDS.exec(body); m; m = SHARE_WORDS.exec(body)) {
    const start = m.index + m[0].length - m[0].trimStart().length;
    const end = m.index + m[0].length;
    const before = body.slice(Math.max(0, start - 20), start);
    let taken = false;
    for (let p = start; p < end; p++) if (excluded[p]) taken = true;
    if (taken || /\b(?:first|second|third|last|final|latter|former|the|every|each)\s+$/i.test(before) || out.some((q) => q.start < end && start < q.end)) continue;
    const word = (m[2] ?? m[3])!.toLowerCase();
    const value = word === 'half' ? 0.5 : Number((1 / FRACTION_DENOMINATORS[word]!).toPrecision(4));
    out.push({ start, end, value, unit: 'fraction', nounToken: null, money: false });
    added = true;
  }
  if (added) out.sort((a, b) => a.start - b.start);
  return out;
}

/** A share in words before "of": "a quarter of", "one third of", "(about) half of the". Not "a quarter of a century". */
const SHARE_WORDS =
  /(?:^|[\s(])((?:(?:about|around|roughly|nearly|almost|some|more than|less than|over|under|just over|just under|fully)\s+)?(?:(?:a|one)[\s-](third|quarter|fifth|tenth)|(half))(?=\s+of\s+(?!an?\s+(?:century|hour|mile|point|percent)\b)))/gi;

function readFigure(body: string, tokens: Token[], excluded: Uint8Array, start: number, coreEnd: number, digits: boolean, core: string): RawQuantity | null {
  const prev = body[start - 1] ?? ' ';
  if (digits) {
    if (prev === '.' || prev === ',' || WORD_CHAR.test(prev)) return null;
    if ((prev === '-' || prev === '/') && WORD_CHAR.test(body[start - 2] ?? ' ')) return null; // AK-47, 24/7
  }
  const scale = matchAt(SCALE_AT, body, coreEnd);
  // "a", "an", "one", "half a" are figures only with a scale ("a million", "half a billion").
  // ("from one to three months": "one" opening a range; "fell by a third": a share.)
  const shareOfOne = /^(?:an?|one)$/i.test(core) && matchAt(FRACTION_AFTER, body, coreEnd) !== null && SHARE_END.test(body.slice(coreEnd).replace(/^[-\s]\w+/, ''));
  if (!digits && !scale && /^(?:an?|one|half\s+a)$/i.test(core) && !(/^one$/i.test(core) && (matchAt(WORD_AFTER, body, coreEnd) || matchAt(RANGE_AT, body, coreEnd))) && !shareOfOne) return null;
  const before = body.slice(Math.max(0, start - LOOKBEHIND), start);
  if (NOT_A_FIGURE_BEFORE.test(before) || FORMAT_OR_DAY_BEFORE.test(before) || (body[coreEnd] === '+' && /\d/.test(body[coreEnd + 1] ?? ''))) return null;
  // "the Normandy Four", "Group of Seven": a capitalized number word after a name is part of it.
  if (!digits && /^\p{Lu}/u.test(core) && /\p{Lu}[\p{L}.-]*\s+(?:of\s+)?$/u.test(before) && !/[.!?:]\s*$/.test(before)) return null;

  let value = digits ? parseFloat(core.replace(/,/g, '')) : wordValue(core);
  if (!Number.isFinite(value)) return null;
  // "minus 30 degrees": below zero.
  const minus = /\bminus\s+$/i.exec(before);
  if (minus) {
    value = -value;
    start -= minus[0].length;
  }
  let end = coreEnd;
  let scaled = false;
  let unit: string | null = null;
  let money = false;

  if (digits) {
    if (matchAt(ORDINAL_AFTER, body, end)) return null;
    if (matchAt(TIME_AFTER, body, end)) return null;
    if (matchAt(NOT_A_FIGURE_AFTER, body, end)) return null;
    if (prev === '[' || prev === '°' || prev === '′' || DECIMALS_OF_COORDINATE.test(core)) return null;
  }
  // "two-thirds of its value", "three quarters": a share, not a count of thirds.
  // "the first three quarters of 1987" counts periods.
  const fraction = value >= 1 && value < 10 && !PERIODS_BEFORE.test(before) ? matchAt(FRACTION_AFTER, body, end) : null;
  if (fraction) {
    const share = Number((value / FRACTION_DENOMINATORS[fraction[1]!.toLowerCase()]!).toPrecision(4));
    return { start, end: end + fraction[0].length, value: share, unit: 'fraction', nounToken: null, money: false };
  }
  const age = matchAt(AGE_AFTER, body, end);
  if (age) {
    return { start, end: end + age[0].length, value, unit: age[1]!.toLowerCase(), nounToken: null, money: false };
  }
  const prefixSymbol = SYMBOL_BEFORE.exec(before);
  const prefixCode = prefixSymbol ? null : CODE_BEFORE.exec(before);
  const prefixWord = prefixSymbol || prefixCode ? null : WORD_BEFORE.exec(before);
  const moneyPrefix = prefixSymbol ?? prefixCode ?? prefixWord;
  /** The scale written at `at` ("billion", "bn", an attached "m"), as a factor and its length; null when none applies. */
  const scaleAt = (at: number, written: RegExpExecArray | null = matchAt(SCALE_AT, body, at)): { factor: number; length: number } | null => {
    if (!written) return null;
    const word = (written[1] ?? written[2] ?? written[3])!.toLowerCase();
    // An attached "m" or "b" is a scale only for money ("£600m"); "50m" alone is fifty metres.
    const attachedLetter = written[1] !== undefined && (word === 'm' || word === 'b' || word === 'k');
    return attachedLetter && !moneyPrefix ? null : { factor: SCALE[word]!, length: written[0].length };
  };
  const ownScale = scaleAt(end, scale);
  if (ownScale) {
    value = times(value, ownScale.factor);
    end += ownScale.length;
    scaled = true;
  }
  if (!digits && !scaled && /^(?:an?|half\s+a)$/i.test(core) && !shareOfOne) return null; // "m" attached to "a": not a scale

  // Range: "5-10 km", "3,000 to 5,000", "between 3 and 5 million".
  let valueMax: number | undefined;
  const range = matchAt(RANGE_AT, body, end);
  // The figure after "to", "and", "or" or a dash, read once for a change or a range.
  const upperStart = range ? end + range[0].length : -1;
  const upper = range ? matchAt(CORE_AT, body, upperStart) : null;
  const upperNumber = upper ? (upper[1] !== undefined ? parseFloat(upper[1].replace(/,/g, '')) : wordValue(upper[0])) : NaN;
  const upperScale = upper ? scaleAt(upperStart + upper[0].length) : null;
  // ("raised its key rate from 19 to 21 percent": a change from one figure to another, not a range.)
  // ("fell by 32,000 to 1.41 million": the change and the level it reached.)
  // ("cut by seven to eight days": number words after "by" are a range; no level is written so.)
  const change = range !== null && /^to\b/.test(range[0].trim()) && (CHANGE_FROM_BEFORE.test(body.slice(Math.max(0, start - 90), start)) || (digits && CHANGE_BY_BEFORE.test(before)));
  // "rose from 2.8 to 4.5 million tonnes", "from $1.2 to $1.9 billion": the start of a change shares the level's scale.
  // (Not "from 900 to 1.2 million": a whole number is its own; only figures of one order share a scale.)
  if (change && !scaled && upperScale && upperNumber > 0 && value / upperNumber < 100 && value / upperNumber > 0.01) {
    value = times(value, upperScale.factor);
    scaled = true;
  }
  if (range && !change && (range[0].trim() !== 'and' || /\bbetween\s+\S*$/i.test(before)) && upper && !excluded[upperStart]) {
    let upperValue = upperNumber;
    let upperEnd = upperStart + upper[0].length;
    // ("rose 32,000 to 1.41 million": a whole change before a level with a scale is no range; "fell 15 to 20 percent" is one.)
    const changeToLevel = !scaled && value >= upperValue && CHANGE_VERB_BEFORE.test(before);
    if (upperScale) {
      // "3 to 5 million": the scale is shared (not "between 400,000 and 1 million": the low end is whole already).
      if (!scaled && value < upperValue) value = times(value, upperScale.factor);
      upperValue = times(upperValue, upperScale.factor);
      upperEnd += upperScale.length;
    }
    // ("two or three carriers", "five or six years": neighbouring figures; not "2 percent or 5 billion".)
    const alternative = range[0].trim() === 'or';
    if (Number.isFinite(upperValue) && upperValue > value && !changeToLevel && (!alternative || upperValue <= 2 * value + 1)) {
      valueMax = upperValue;
      end = upperEnd;
      // "four or five-year-old computers": an age range.
      const upperAge = matchAt(AGE_AFTER, body, end);
      if (upperAge) return { start, end: end + upperAge[0].length, value, valueMax, unit: upperAge[1]!.toLowerCase(), nounToken: null, money: false };
    }
  }

  // An integer right after a name or a label is an identifier: "CTF 50", "(DDG 70)", "Committee 1267 list".
  // ("the Duma's 450 seats": an owner's figure, not a label.)
  // (Not before a unit: "the Coalition for Change 11 percent, Strong Georgia 9 percent".)
  if (digits && !moneyPrefix && valueMax === undefined && /^\d+$/.test(core) && NAME_OR_LABEL_BEFORE.test(before) && !CAPITALIZED_NOT_NAME.test(before) && !/['\u2019]s\s*$/.test(before) && !matchAt(UNIT_AFTER, body, end)) {
    return null;
  }
  let nounToken: number | null = null;
  let exchange = false;
  if (moneyPrefix) {
    money = true;
    start -= moneyPrefix[0].length;
    unit = prefixSymbol ? CURRENCY_SYMBOL[prefixSymbol[1]!]! : prefixCode ? prefixCode[1]! : (CURRENCY_BEFORE_WORD[prefixWord![1]!.toLowerCase()] ?? CURRENCY_WORD[prefixWord![1]!.toLowerCase()]!);
  } else {
    const code = matchAt(CODE_AFTER, body, end);
    const word = code ? null : matchAt(WORD_AFTER, body, end);
    const measure = code || word ? null : matchAt(UNIT_AFTER, body, end);
    if (code && CURRENCY_CODES.has(code[1]!)) {
      money = true;
      unit = code[1]!;
      end += code[0].length;
    } else if (word && !(/^(?:pounds?|won)$/i.test(word[2]!) && !scaled && !word[1])) {
      money = true;
      unit = currencyOf(word[2]!, word[1]?.replace(/\./g, ''));
      end += word[0].length;
    } else if (measure && (measure[0].trim() !== 'm' || body[end] !== ' ')) {
      unit = MEASURE_UNIT[measure[1]!.replace(/\s+/g, ' ')] ?? MEASURE_UNIT[measure[1]!.toLowerCase().replace(/\s+/g, ' ')] ?? null;
      if (unit === null && /^pounds?$/i.test(measure[1]!)) unit = 'lb';
      end += measure[0].length;
      // "50 billion cubic meters (bcm) of gas": the unit's abbreviation in parentheses goes with it.
      const abbreviation = /^\s?\([a-z]{2,5}\)/i.exec(body.slice(end, end + 9));
      if (abbreviation) end += abbreviation[0].length;
      const rate = matchAt(RATE_AFTER, body, end);
      // "15 million tonnes of cargo per year": the rate after what is measured (the span stays the figure).
      const rateAfterWhat = rate ? null : matchAt(RATE_AFTER_WHAT, body, end);
      if (rate && unit) {
        unit += '/' + rateUnit(rate);
        end += rate[0].length;
      } else if (rateAfterWhat && unit) unit += '/' + rateUnit(rateAfterWhat, 1);
    } else if (word && /^pounds?$/i.test(word[2]!)) {
      unit = 'lb'; // "500 pounds" without a scale: a weight
      end += word[0].length;
    } else {
      const noun = countedNoun(body, tokens, end);
      // "the two sides", "both three-member teams": a definite number word points back at things already named.
      if (noun && !digits && !scaled && DEFINITE_BEFORE.test(before)) return null;
      if (noun) {
        unit = noun.unit;
        nounToken = noun.index;
        // "600,000 containers a year".
        const rate = matchAt(RATE_AFTER, body, tokens[noun.index]!.end);
        if (rate && rate[1] === undefined) unit += '/' + rateUnit(rate);
      } else if (!digits && !change) {
        return null; // a number word alone ("the two") is not a figure; the start of a change ("from six to 12 vessels") is
      } else {
        // "The Georgian lari fell to 2.87 per US dollar": a rate of the currency the sentence names before it.
        const against = matchAt(EXCHANGE_AGAINST, body, end);
        const named = against ? lastCurrencyBefore(body.slice(Math.max(0, start - 120), start)) : null;
        if (against && named) {
          unit = `${named}/${CURRENCY_WORD[against[1]!.toLowerCase()]!}`;
          money = true;
          exchange = true;
        }
      }
    }
  }
  if (digits && unit === null && !money && valueMax === undefined) {
    // A bare 4-digit number in the years' range that the date rules left is still more likely a year;
    // "3." opening a line numbers a list, as it does after a sentence's end where the text has lost its
    // line breaks ("… the regime. 2. "The minister …").
    if (/^(?:1[89]|20)\d\d$/.test(core)) return null;
    if (body[coreEnd] === '.' && /\s/.test(body[coreEnd + 1] ?? ' ') && /(?:^|\n)[ \t]*$/.test(before)) return null;
    if (body[coreEnd] === '.' && /^\s+["“\p{Lu}]/u.test(body.slice(coreEnd + 1, coreEnd + 4)) && /[.?!]["”]?\s+$/.test(before)) return null;
  }
  // "the first two months of 2022", "over the past three years": a period, which the dates speak of, not a figure.
  if (unit !== null && TIME_UNITS.has(unit) && (OPENING_PERIOD_BEFORE.test(before) || PERIOD_OF_YEAR_AFTER.test(body.slice(end, end + 24)))) return null;
  // Digits glued to letters that are neither scale nor unit ("3G") are names, not figures.
  if (digits && end === coreEnd && WORD_CHAR.test(body[coreEnd] ?? ' ')) return null;
  const approx = APPROX_BEFORE.exec(body.slice(Math.max(0, start - LOOKBEHIND), start));
  if (approx && !/^(?:between|from)\s/i.test(approx[0])) start -= approx[0].length;
  for (let p = start; p < end; p++) if (excluded[p]) return null;
  // "$60 a barrel", "$230 per thousand cubic meters": a price; the unit says per what (the span stays the sum, as re3d marks it).
  // A time rate goes through RATE_AFTER, which knows "$230 a year ago" is no rate.
  let readEnd: number | undefined;
  if (money && unit !== null && !exchange) {
    const rate = matchAt(RATE_AFTER, body, end);
    // ("96.5 rubles to the dollar": a rate against another currency.)
    const direct = rate ? null : matchAt(PRICE_PER, body, end) ?? (CURRENCY_CODES.has(unit) ? matchAt(EXCHANGE_AGAINST, body, end) : null);
    const conversion = rate || direct ? null : CONVERSION_AFTER.exec(body.slice(end, end + 48));
    const per = direct ?? (conversion ? matchAt(PRICE_PER, body, end + conversion[0].length) : null);
    // "1.2 trillion rubles ($14.4 billion) a year": the rate after the conversion is both figures'.
    // (The converted figure inside the parenthesis sees its ")" as the conversion.)
    const rateAfterConversion = conversion && !per ? matchAt(RATE_AFTER, body, end + conversion[0].length) : null;
    if (rate) unit += '/' + rateUnit(rate);
    else if (rateAfterConversion) unit += '/' + rateUnit(rateAfterConversion);
    else if (per) unit += '/' + (PER_UNIT[per[1]!.toLowerCase().replace(/\s+/g, ' ')] ?? per[1]!.toLowerCase());
    if (direct) readEnd = end + direct[0].length;
  }
  // "25.2 billion cubic meters" is 25.2 bcm, as the trade writes and as "12.9 bcm" next to it reads.
  if (unit !== null && /^m3(?:\/|$)/.test(unit) && value >= 1e8 && /\b(?:billion|bn|bln)\b/i.test(body.slice(start, end))) {
    value = times(value, 1e-9);
    if (valueMax !== undefined) valueMax = times(valueMax, 1e-9);
    unit = unit.replace(/^m3/, 'bcm');
  }
  const q: RawQuantity = { start, end, value, unit, nounToken, money };
  if (readEnd !== undefined) q.readEnd = readEnd;
  if (valueMax !== undefined) q.valueMax = valueMax;
  return q;
}

/**
 * The noun a bare number counts: a person noun or demonym ("28,668 Russians"), else the last common
 * noun of a short run of modifiers and nouns ("50 new rifles", "four ISIL-held buildings",
 * "four enemy mortar systems").
 */
function countedNoun(text: string, tokens: Token[], end: number): { unit: string; index: number } | null {
  let i = tokenAt(tokens, end);
  if (i >= tokens.length || tokens[i]!.start - end > 2 || text.slice(end, tokens[i]!.start).includes('\n')) return null;
  // "a 17-article agreement", "a two-unit plant": the word joined to the number is what it counts.
  const joined = tokens[i + 1];
  // (Not an adverb of time: "a three-monthly report".)
  if (tokens[i]!.text === '-' && tokens[i]!.start === end && joined && joined.start === tokens[i]!.end && /^[a-z]+$/.test(joined.text) && !/ly$/.test(joined.text) && tokens[i + 2]?.text !== '-' && joined.pos !== 'VERB') {
    return { unit: singular(joined.text), index: i + 1 };
  }
  let found: { unit: string; index: number } | null = null;
  // ("1,000 K2 Black Panther main battle tanks": a model's name and modifiers may run long.)
  for (let run = 0; i < tokens.length && run < 7; i++, run++) {
    const t = tokens[i]!;
    const lower = t.text.toLowerCase();
    if (run > 0 && text.slice(tokens[i - 1]!.end, t.start).includes('\n')) break;
    // "17 armored personnel carriers", "three refugee camps": a person noun before another noun modifies it.
    const nextToken = tokens[i + 1];
    const modifiesNext = nextToken !== undefined && nextToken.pos === 'NOUN' && /^[a-z]/.test(nextToken.text) && !text.slice(t.end, nextToken.start).includes('\n');
    // "first-person-view drones": a word inside a hyphenated compound counts nobody.
    const inCompound = t.text !== '-' && inHyphenCompound(tokens, i);
    if (PERSON_NOUNS.has(lower) && lower !== 'ethnic' && lower !== 'asylum' && !modifiesNext && !inCompound) return { unit: 'person', index: i };
    // Hyphens inside a compound and an acronym in parentheses ("first-person-view (FPV) drones") do not end the run.
    // ("rocket-propelled grenades": the participle after a hyphen belongs to the compound too.)
    if (inCompound && (nextToken?.text === '-' || (t.pos === 'VERB' && tokens[i - 1]?.text === '-'))) {
      run--;
      continue;
    }
    if (t.text === '(' && tokens[i + 2]?.text === ')' && /^[A-Z]{2,}$/.test(tokens[i + 1]!.text)) {
      i += 2;
      run--;
      continue;
    }
    // ("55 Chinese factories", "18 Japanese trawlers": a nationality before a noun is an adjective.)
    const adjectiveList = /^(?:and|or)$/i.test(nextToken?.text ?? '') && /^(?:PROPN|ADJ)$/.test(tokens[i + 2]?.pos ?? '');
    if (t.pos === 'PROPN' && DEMONYM_PLURAL.test(t.text) && !modifiesNext && nextToken?.pos !== 'PROPN' && !adjectiveList) return { unit: 'person', index: i };
    // ("11 Chinese and Russian ships": the list of adjectives goes on to the noun.)
    if (adjectiveList && (t.pos === 'PROPN' || t.pos === 'ADJ')) {
      i++;
      continue;
    }
    // "5.2 mln vs 6.1 mln": the wires' "versus" ends the figure.
    if (lower === 'vs' || lower === 'versus') return found;
    if (t.pos === 'NOUN' && /^[a-z][a-z-]*$/.test(t.text)) {
      // "69 customs and border officers", "12 arms dealers": a plural in form that modifies the noun after it.
      if (ATTRIBUTIVE_PLURALS.has(lower) && i + 1 < tokens.length) {
        const next = tokens[i + 1]!.text.toLowerCase();
        // "customs and border officers": another modifier and the head noun after the conjunction.
        if ((next === 'and' || next === 'or') && tokens[i + 2]?.pos === 'NOUN' && tokens[i + 3]?.pos === 'NOUN') i++;
        if (tokens[i + 1]!.pos === 'NOUN' || tokens[i + 1]!.pos === 'ADJ') continue;
      }
      found = { unit: singular(lower), index: i };
      if (/s$/.test(lower) && !/ss$/.test(lower)) return found; // a plural ends the run
      continue;
    }
    if (found) return found;
    if (t.pos === 'ADJ' || t.pos === 'PROPN' || lower === 'ethnic' || t.text === '-') continue;
    // ("44 Leopard 2A8 tanks": a model number glued to letters is part of the model's name.)
    if (run > 0 && t.pos === 'NUM' && tokens[i - 1]!.pos === 'PROPN' && ((nextToken !== undefined && nextToken.start === t.end && /^\p{L}/u.test(nextToken.text)) || /^\d+\p{L}/u.test(t.text))) continue;
    // "39 suspected Russian agents": a participle before the noun modifies it.
    if (t.pos === 'VERB' && /ed$/.test(lower) && /^(?:ADJ|PROPN|NOUN)$/.test(nextToken?.pos ?? '')) continue;
    return null;
  }
  return found;
}


/** Nouns plural in form that modify the noun after them ("customs officers"). */
const ATTRIBUTIVE_PLURALS = new Set(['customs', 'arms', 'sports', 'savings', 'narcotics', 'communications', 'telecommunications', 'goods', 'news', 'electronics', 'logistics']);

/** Nouns in "-us" whose plural is "-uses". */
const US_NOUNS = new Set(['bus', 'minibus', 'virus', 'bonus', 'census', 'status', 'campus', 'focus', 'surplus', 'stimulus', 'prospectus', 'syllabus', 'apparatus', 'hiatus', 'onus']);

/** Plurals in "-ves" whose singular ends in "-fe" or "-f" ("100 lives"). */
const VES_PLURALS: Readonly<Record<string, string>> = { lives: 'life', wives: 'wife', knives: 'knife', halves: 'half', leaves: 'leaf', thieves: 'thief', shelves: 'shelf', wolves: 'wolf' };

function singular(noun: string): string {
  const ves = VES_PLURALS[noun];
  if (ves) return ves;
  if (/ies$/.test(noun)) return noun.slice(0, -3) + 'y';
  // "buses", "viruses" (not "abuses", "houses").
  if (US_NOUNS.has(noun.slice(0, -2))) return noun.slice(0, -2);
  if (/(?:ss|sh|ch|x|zz)es$/.test(noun)) return noun.slice(0, -2);
  if (/[^s]s$/.test(noun)) return noun.slice(0, -1);
  return noun;
}

function wordValue(text: string): number {
  const words = text.toLowerCase().split(/[\s-]+/);
  let value = 0;
  for (const w of words) {
    if (w === 'hundred') value = (value || 1) * 100;
    else if (w === 'dozen') value += 12;
    else if (w === 'half') value += 0.5;
    else if (w === 'a' || w === 'an') value += value ? 0 : words.includes('half') || words.includes('dozen') ? 0 : 1;
    else if (SMALL[w] !== undefined) value += SMALL[w]!;
    else if (TENS[w] !== undefined) value += TENS[w]!;
  }
  return value;
}

function matchAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

/** A figure times its scale, without binary noise: 33.8 billion is 33800000000, not 33799999999.999996. */
function times(value: number, scale: number): number {
  return Number((value * scale).toPrecision(15));
}

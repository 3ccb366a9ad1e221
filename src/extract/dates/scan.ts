// Finds date expressions in a text and normalizes them against a reference (the publication date).
// chrono-node (strict, never forwardDate) reads day-level dates ("December 22", "22 December 2004",
// "Dec. 5-6", "2004-12-22"); it is run on short windows around month names and numeric dates only,
// which is several times faster than on the whole text. Our own rules add what chrono's strict mode
// lacks: bare years, decades ("the early 1990s"), months ("in March", "December 2004") and relative
// expressions ("yesterday", "last week", "on Tuesday"). A date without an explicit year never lands
// after the reference; without a reference it stays null.
import * as chrono from 'chrono-node';
import type { DateMention } from '../../model/extraction.js';
import {
  addDays,
  iso,
  lastOfMonth,
  MONTH_SOURCE,
  monthNumber,
  parseIso,
  resolveMonth,
  resolveMonthDay,
  resolveWeekday,
  weekday,
  WEEKDAY_NUMBER,
  WEEKDAY_SOURCE,
} from './calendar.js';
import { partitionPoint } from '../../util/sorted.js';
import { findParentheticals, type DateOnlyParenthetical } from '../citations/parenthetical.js';
import { leavesQuotationOpen } from '../quotes/marks.js';

type Precision = DateMention['precision'];

/** A found date with what the inference of a publication date needs beyond the DateMention. */
export interface DateCandidate extends DateMention {
  /** Month and day when the text gave no year ("December 22"), else null. */
  monthDay: [number, number] | null;
  /** The year as written, when the text gave one. */
  explicitYear: number | null;
  /** A year introduced by "by", "until", "before": a deadline, not a time already past. */
  deadline: boolean;
}

const MONTH_TOKEN = new RegExp(`\\b${MONTH_SOURCE}\\b`, 'g');
const NUMERIC_DATE = /\b(?:\d{4}-\d{2}-\d{2}|\d{1,2}[/.]\d{1,2}[/.]\d{4})\b/g;
// Rules anchor on the distinctive part (a month name, digits, a weekday) and look around it with short
// sticky or end-anchored regexes: an optional prefix at the start of a global regex makes the engine try
// it at every position.
const YEAR_AFTER_MONTH = /\.?,?\s+((?:1[89]|20)\d\d)\b(?![\d,.]\d)/y;
const RELATIVE_YEAR_AFTER_MONTH = /,?\s+(this|last|next)\s+year\b/y;
const DAY_AFTER_MONTH = /[ \t]*\d|\.\s*\d/y;
const MONTH_CUE_BEFORE =
  /\b(?:([Ii]n|[Aa]s\s+of|[Ss]ince|[Bb]y|[Uu]ntil|[Tt]ill|[Ff]rom|[Tt]hrough|[Tt]hroughout|[Dd]uring|[Bb]efore|[Aa]fter|[Bb]etween|(?:[Tt]he\s+)?(?:end|beginning|middle|start)\s+of)\s+|([Ll]ast|[Tt]his|[Nn]ext|[Ee]arly|[Mm]id|[Ll]ate)[\s-]+)$/;
/** A lower-case noun after a month ("the June runoff"), not a joint or a preposition. */
const MONTH_BEFORE_NOUN = /^\s+(?!(?:of|to|and|or|in|on|at|for|by|is|was|were|has|had|that|which|when)\b)[a-z]{3,}\b/;
/** What joins the second month of a pair to the first: "between January and April", "January-March". */
const PAIR_JOIN = '\\s*(?:and|or|to|through|until|[-–])\\s*';
const MONTH_PAIR_JOIN = new RegExp(`^${PAIR_JOIN}$`);
/** "May and June 2011": the pair's year, written after its second month. */
const PAIR_YEAR_AFTER = new RegExp(`^${PAIR_JOIN}${MONTH_SOURCE}\\.?,?\\s+((?:1[89]|20)\\d\\d)\\b`);
/** "April, 12 soldiers": chrono reads a month, a comma and a number as a day; no writer dates so. */
const MONTH_COMMA_DAY = new RegExp(`^${MONTH_SOURCE}\\.?,\\s*\\d{1,2}$`);
const PART_BEFORE = /\b(early|mid|late)[\s-]+$/i;
const DECADE = /(?:\b(1[5-9]\d0|20\d0)|(?<![\w'’])['’](\d0))['’]?s\b/g;
const DECADE_WORD = /\b(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b/gi;
const YEAR_RANGE = /\b((?:1[89]|20)\d\d)\s?[-–]\s?((?:1[89]|20)?\d\d)\b/g;
const YEAR = /\b(?:1[89]|20)\d\d\b/g;
const DAY_WORD = /\b(yesterday|today|tomorrow|tonight)\b/gi;
// ("the previous week", "the previous month": the last one before the article; not "the previous year", which is
// as often the year before a year the story has just named.)
const REL_PERIOD = /\b(last|this|next|past|previous(?=\s+(?:week|month)\b))\s+(week|month|year|decade)\b/gi;
const WEEKDAY = new RegExp(`\\b${WEEKDAY_SOURCE}\\b`, 'g');
const WEEKDAY_CUE_BEFORE = /\b(last|this|next)\s+$/;
/** A count of days, weeks …: digits or a word COUNT_WORDS knows. */
const COUNT_SOURCE = '\\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve';
const AGO = new RegExp(`\\b(${COUNT_SOURCE})\\s+(day|week|month|year)s?\\s+ago\\b`, 'gi');

/** Words before a 4-digit number that make it an identifier or a count rather than a year. */
/** "until at least 2017", "since at least 1995": a bound in time, whatever the hedge. */
const TIME_BOUND_BEFORE = /\b(?:until|till|through|since|before|after|by|from)\s+(?:at\s+least|at\s+the\s+earliest|at\s+the\s+latest|about|around|roughly)\s+$/i;
const NOT_YEAR_BEFORE = /(?:\b(?:volume|vol|issue|no|number|page|pp|p|resolution|article|decree|law|code|flight|route|about|some|nearly|almost|approximately|around|roughly|over|than|least|most|total|estimated|only|just|all|up\s+to)\.?|#)\s*$/i;
/** Unit or count nouns after a number that make it a quantity ("2000 troops"). */
const NOT_YEAR_AFTER = /^\s*(?:people|persons|men|women|children|troops|soldiers|fighters|police|officers|residents|refugees|migrants|families|households|members|workers|civilians|militants|km|kilometers|kilometres|miles|meters|metres|tons|tonnes|barrels|dollars|euros|pounds|rubles|roubles|tenge|yuan|units|cases|hectares|acres|square|cubic|feet|ft|kg|mw|votes|deaths|dead|killed|homicides|murders|hours|minutes|seconds|days|weeks|months|years)\b/i;
const DEADLINE_BEFORE = /\b(?:by|until|till|before|through)\s+(?:the\s+(?:end|start|beginning|middle)\s+of\s+)?$/i;
const COUNT_WORDS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };
const DECADE_WORDS: Record<string, number> = { twenties: 20, thirties: 30, forties: 40, fifties: 50, sixties: 60, seventies: 70, eighties: 80, nineties: 90 };

/** Part of a year or decade that "early", "mid" and "late" name: [first, last] month or year offset. */
const PART_OF_YEAR: Record<string, [number, number]> = { early: [1, 4], mid: [5, 8], late: [9, 12] };
const PART_OF_DECADE: Record<string, [number, number]> = { early: [0, 3], mid: [3, 6], late: [7, 9] };
const PART_OF_MONTH: Record<string, [number, number]> = { early: [1, 10], mid: [11, 20], late: [21, 31] };

const CHRONO_BEFORE = 14;
const CHRONO_AFTER = 30;

export function scanDates(body: string, reference: string | null): DateCandidate[] {
  const found: DateCandidate[] = [];
  const months: [number, number][] = [];
  MONTH_TOKEN.lastIndex = 0;
  for (let m = MONTH_TOKEN.exec(body); m; m = MONTH_TOKEN.exec(body)) months.push([m.index, m.index + m[0].length]);
  chronoDates(body, reference, months, found);
  monthYears(body, months, reference, found);
  monthsWithCue(body, reference, months, found);
  decades(body, reference, found);
  partsOfYears(body, reference, found);
  yearRanges(body, found);
  years(body, found);
  relativeDates(body, reference, found);
  seasons(body, reference, found);
  const inCitation = citationTest(body);
  return anchoredDates(body, reference, withSentenceYears(body, reference, dropOverlaps(found, body.length), inCitation), inCitation);
}

const MONTH_IN = new RegExp(`\\b${MONTH_SOURCE}\\b`, 'i');
const MONTH_ONLY = new RegExp(`^(?:early |mid-|late )?${MONTH_SOURCE}$`, 'i');
/** A sentence ends between two offsets: a full stop, then a capital. */
const SENTENCE_END = /[.!?]["”’)]?\s+["“]?\p{Lu}/u;

/** The candidate in `year` instead of the year it was resolved to (days past a month's end clamp to it). */
function inYear(c: DateCandidate, year: number): DateCandidate {
  const move = (d: string): string => {
    const { year: was, month, day } = parseIso(d);
    const last = parseIso(lastOfMonth(year, month)).day;
    return iso(year, month, d === lastOfMonth(was, month) ? last : Math.min(day, last));
  };
  return { ...c, date: c.date && move(c.date), range: c.range && [move(c.range[0]), move(c.range[1])] };
}

/**
 * Year-less months and days read with the sentence around them: "January–September 2023" is one range;
 * "in late September 2023, after the offensive on September 19-20" and "by July 1, 2023, … in June of
 * that year" are in the year the sentence names; and none is resolved after the reference.
 */
function withSentenceYears(body: string, reference: string | null, kept: DateCandidate[], inCitation: (c: DateCandidate) => boolean): DateCandidate[] {
  const out: DateCandidate[] = [];
  for (let i = 0; i < kept.length; i++) {
    const c = kept[i]!;
    const n = kept[i + 1];
    if (n && c.precision === 'month' && n.precision === 'month' && c.explicitYear === null && MONTH_ONLY.test(c.text) && c.date && n.date && n.range && /^\s*(?:[–—-]|to|through)\s*$/.test(body.slice(c.end, n.start))) {
      const from = inYear(c, parseIso(n.date).year);
      if (from.date! <= n.date) {
        out.push({ ...from, end: n.end, text: body.slice(c.start, n.end), range: [from.date!, n.range[1]], explicitYear: n.explicitYear });
        i++;
        continue;
      }
    }
    out.push(c);
  }
  let named: DateCandidate | null = null;
  for (const [i, c] of out.entries()) {
    if (named && SENTENCE_END.test(body.slice(named.end, c.start))) named = null;
    if (c.explicitYear !== null) {
      if (c.precision === 'day' || c.precision === 'month') named = c;
      continue;
    }
    if (c.date === null || (c.precision !== 'day' && c.precision !== 'month') || !MONTH_IN.test(c.text)) continue;
    let fixed = c;
    // ("… imposed in November 2023 (Kommersant, February 7)": a citation's date dates the report, not the sentence's events.)
    // Only the same month ("in late September 2023, after the offensive on September 19-20") or a month said to be
    // of that year takes the named year: elsewhere another clause most likely speaks of its own time ("broke out in
    // February 2022, the minister said on March 13"; "signed in December 2024 and ratified on January 15").
    const sameYearMeant = named !== null && (parseIso(c.date).month === parseIso(named.date!).month || OF_THAT_YEAR.test(body.slice(c.end, c.end + 24)));
    if (named && sameYearMeant && !inCitation(c) && parseIso(c.date).year !== named.explicitYear) {
      const moved = inYear(c, named.explicitYear!);
      if (reference === null || moved.date! <= reference) fixed = moved;
    }
    // Never after the reference: "until late February" in an article of February 4 is last February's.
    if (reference !== null && fixed.date! > reference) fixed = inYear(fixed, parseIso(fixed.date!).year - 1);
    out[i] = fixed;
  }
  return out;
}

const OF_THAT_YEAR = /^\s*(?:of\s+)?(?:that|the\s+same)\s+year\b/i;

/**
 * Whether a date stands in a citation ("(Kommersant, February 7)", or a date alone: "(May 13)"), which dates a
 * report, not the events around it. The parentheses are found on first use: most dates never ask.
 */
function citationTest(body: string): (c: DateCandidate) => boolean {
  let spans: { start: number; end: number }[] | null = null;
  return (c) => {
    if (spans === null) {
      const dateOnly: DateOnlyParenthetical[] = [];
      spans = [...findParentheticals(body, dateOnly), ...dateOnly];
    }
    return spans.some((p) => p.start <= c.start && c.end <= p.end);
  };
}

/** Whether `at` stands inside a parenthesis opened between `from` and it. */
function insideParenthesisOpenedAfter(body: string, from: number, at: number): boolean {
  const open = body.lastIndexOf('(', at);
  return open >= from && body.lastIndexOf(')', at) < open;
}

/** "the spring of 2022", "summer 2023", "this summer", "last winter": a season, as a month-precision range. */
const SEASON = /\b(?:(this|last|next|past)\s+(spring|summer|autumn|fall|winter)\b|(?:the\s+)?(spring|summer|autumn|fall)(?:\s+of)?\s+((?:1[89]|20)\d\d)\b(?![-–]\d))/gi;
/** First month of each season (winter runs December to February). */
const SEASON_START: Record<string, number> = { spring: 3, summer: 6, autumn: 9, fall: 9, winter: 12 };

function seasons(body: string, reference: string | null, out: DateCandidate[]): void {
  SEASON.lastIndex = 0;
  for (let m = SEASON.exec(body); m; m = SEASON.exec(body)) {
    const which = m[1]?.toLowerCase();
    const season = (m[2] ?? m[3])!.toLowerCase();
    const first = SEASON_START[season]!;
    let year: number | null = m[4] ? +m[4] : null;
    if (year === null) {
      if (!reference) continue;
      const ref = parseIso(reference);
      // The season's year: its first month's. This winter is the one under way or, after summer, the coming one.
      const current = season === 'winter' ? (ref.month <= 2 ? ref.year - 1 : ref.month >= 9 ? ref.year : ref.year - 1) : ref.year;
      const started = (y: number): boolean => iso(y, first, 1) <= reference;
      const ended = (y: number): boolean => (season === 'winter' ? iso(y + 1, 2, 28) : lastOfMonth(y, first + 2)) < reference;
      if (which === 'this') year = current;
      else if (which === 'next') year = started(current) ? current + 1 : current;
      else {
        // "last summer", "the past winter": the latest one over by the reference.
        year = current;
        while (!ended(year)) year--;
      }
    }
    const end = season === 'winter' ? lastOfMonth(year + 1, 2) : lastOfMonth(year, first + 2);
    out.push(candidate(body, m.index, m.index + m[0].length, iso(year, first, 1), 'month', [iso(year, first, 1), end], { explicitYear: m[4] ? year : null }));
  }
}

const ANCHORED = new RegExp(`\\b(?:(${COUNT_SOURCE})\\s+(day|week)s?\\s+(later|earlier)|the\\s+(next|following|previous)\\s+(day))\\b`, 'gi');
/** How far back a date may anchor "two days later" (about a paragraph). */
const ANCHOR_REACH = 600;

/**
 * "Two days later", "a week earlier", "the next day": counted from the last day-precise date written
 * before them (not a citation's, which dates a report), and never past the publication date.
 */
function anchoredDates(body: string, reference: string | null, kept: DateCandidate[], inCitation: (c: DateCandidate) => boolean): DateCandidate[] {
  ANCHORED.lastIndex = 0;
  const added: DateCandidate[] = [];
  // The narrative goes on from the last of these it resolved: "Two days later … The next day …".
  let lastResolved: DateCandidate | null = null;
  for (let m = ANCHORED.exec(body); m; m = ANCHORED.exec(body)) {
    const start = m.index;
    const end = start + m[0].length;
    const at = partitionPoint(kept.length, (i) => kept[i]!.start < start);
    if (kept[at] && kept[at]!.start < end) continue;
    if (at > 0 && kept[at - 1]!.end > start) continue;
    let anchor: DateCandidate | null = null;
    for (let i = at - 1; i >= 0 && start - kept[i]!.end <= ANCHOR_REACH; i--) {
      const c = kept[i]!;
      if (c.date !== null && c.precision === 'day' && !inCitation(c)) {
        anchor = c;
        break;
      }
    }
    if (lastResolved && lastResolved.start > (anchor?.start ?? -1) && start - lastResolved.end <= ANCHOR_REACH) anchor = lastResolved;
    const days = m[1] !== undefined
      ? (/\d/.test(m[1]) ? +m[1] : COUNT_WORDS[m[1].toLowerCase()]!) * (m[2]!.toLowerCase() === 'week' ? 7 : 1) * (m[3]!.toLowerCase() === 'later' ? 1 : -1)
      : m[4]!.toLowerCase() === 'previous' ? -1 : 1;
    let date = anchor ? addDays(anchor.date!, days) : null;
    if (date && reference && date > reference) date = null;
    const found = candidate(body, start, end, date, 'day', null);
    added.push(found);
    if (date) lastResolved = found;
  }
  return added.length ? [...kept, ...added].sort((a, b) => a.start - b.start) : kept;
}


function candidate(
  body: string,
  start: number,
  end: number,
  date: string | null,
  precision: Precision,
  range: [string, string] | null,
  extra: Partial<Pick<DateCandidate, 'monthDay' | 'explicitYear' | 'deadline'>> = {},
): DateCandidate {
  // chrono may take the space before a parenthesis into its text ("October 10 (Trend, …)").
  while (end > start && /\s/.test(body[end - 1]!)) end--;
  return {
    start,
    end,
    text: body.slice(start, end),
    date,
    precision,
    range,
    monthDay: extra.monthDay ?? null,
    explicitYear: extra.explicitYear ?? null,
    deadline: extra.deadline ?? false,
  };
}

// --- chrono on windows ------------------------------------------------------------------------------

function chronoDates(body: string, reference: string | null, months: [number, number][], out: DateCandidate[]): void {
  // Anchors: month names and numeric dates; windows around nearby anchors merge into one. chrono has a
  // fixed cost per call (~0.3 ms), so all windows go to it in one string, joined by a separator no
  // date expression crosses, and results are mapped back to the body.
  const anchors: [number, number][] = months.slice();
  NUMERIC_DATE.lastIndex = 0;
  for (let m = NUMERIC_DATE.exec(body); m; m = NUMERIC_DATE.exec(body)) anchors.push([m.index, m.index + m[0].length]);
  if (anchors.length === 0) return;
  if (anchors.length > months.length) anchors.sort((a, b) => a[0] - b[0]);
  const windows: { from: number; to: number; at: number }[] = [];
  let joined = '';
  for (let i = 0; i < anchors.length; ) {
    const from = Math.max(0, anchors[i]![0] - CHRONO_BEFORE);
    let to = Math.min(body.length, anchors[i]![1] + CHRONO_AFTER);
    let j = i + 1;
    while (j < anchors.length && anchors[j]![0] - CHRONO_BEFORE <= to) {
      to = Math.min(body.length, anchors[j]![1] + CHRONO_AFTER);
      j++;
    }
    if (joined) joined += WINDOW_SEPARATOR;
    windows.push({ from, to, at: joined.length });
    joined += body.slice(from, to);
    i = j;
  }
  const instant = reference ? new Date(`${reference}T12:00:00Z`) : new Date(Date.UTC(2000, 0, 1, 12));
  let w = 0;
  // chrono reads "May 10-11" as a range but not "May 10–11": the en dash between days becomes a hyphen (one character for one).
  // And it reads "July 2 among" as two a.m. and then drops the range: a word that merely opens with "am" or "pm"
  // is masked (one character for one).
  const text = joined.replace(/(\d)(\s?)–(\s?\d)/g, '$1$2-$3').replace(/\b([ap])(m[a-z]{2,})/gi, (_m, a: string, rest: string) => `${a === a.toUpperCase() ? 'X' : 'x'}${rest}`);
  for (const r of chrono.strict.parse(text, { instant, timezone: 0 }, { forwardDate: false })) {
    while (w + 1 < windows.length && windows[w + 1]!.at <= r.index) w++;
    const win = windows[w]!;
    const offset = r.index - win.at;
    const start = win.from + offset;
    const end = start + r.text.length;
    if (end > win.to) continue; // ran into the separator
    // A result cut by the window's edge is only trusted if it does not touch the edge.
    if ((offset === 0 && win.from > 0) || (end === win.to && win.to < body.length)) continue;
    // Only results that hold a month name or a numeric date: chrono's relative readings are ours.
    if (!overlapsAnchor(anchors, start, end)) continue;
    if (MONTH_COMMA_DAY.test(r.text)) continue;
    const c = fromChrono(body, start, end, r, reference);
    if (c) out.push(c);
  }
}

const WINDOW_SEPARATOR = '\n\n\u2016\n\n';

function overlapsAnchor(anchors: [number, number][], start: number, end: number): boolean {
  const lo = partitionPoint(anchors.length, (i) => anchors[i]![1] <= start);
  return lo < anchors.length && anchors[lo]![0] < end;
}

function fromChrono(body: string, start: number, end: number, r: chrono.ParsedResult, reference: string | null): DateCandidate | null {
  const month = r.start.get('month');
  const day = r.start.get('day');
  if (!month || !day || !r.start.isCertain('month') || !r.start.isCertain('day')) return null;
  let yearKnown = r.start.isCertain('year');
  // chrono reads "January 10, 11" (a list of days) and "May 5, 98 people" as two-digit years: a year is
  // written in full or with an apostrophe ("May 5, '98").
  const shortYear = yearKnown && !/\d{4}|['’]\d{2}\b/.test(r.text) ? /^(.*?\d)(?:st|nd|rd|th)?,?\s+\d{2}\b/.exec(r.text) : null;
  if (shortYear) {
    if (r.end) return null;
    yearKnown = false;
    end = start + shortYear[1]!.length;
  }
  const year = yearKnown ? r.start.get('year')! : null;
  const date = year !== null ? validIso(year, month, day) : resolveMonthDay(month, day, reference);
  let range: [string, string] | null = null;
  if (r.end && date) {
    const endMonth = r.end.get('month')!;
    const endDay = r.end.get('day')!;
    let endYear = r.end.isCertain('year') ? r.end.get('year')! : parseIso(date).year;
    if (!r.end.isCertain('year') && (endMonth < month || (endMonth === month && endDay < day))) endYear += 1;
    const last = validIso(endYear, endMonth, endDay);
    if (last && last >= date) range = [date, last];
  }
  return candidate(body, start, end, date, 'day', range, {
    monthDay: yearKnown ? null : [month, day],
    explicitYear: year,
  });
}

function validIso(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const d = iso(year, month, day);
  return d <= lastOfMonth(year, month) ? d : null;
}

// --- months -----------------------------------------------------------------------------------------

/** "December 2004", and "May this year", "November last year" against the reference. */
function monthYears(body: string, months: [number, number][], reference: string | null, out: DateCandidate[]): void {
  for (const [start, end] of months) {
    const part = PART_BEFORE.exec(body.slice(Math.max(0, start - 8), start));
    const from = part ? start - part[0].length : start;
    YEAR_AFTER_MONTH.lastIndex = end;
    const y = YEAR_AFTER_MONTH.exec(body);
    if (y) {
      const year = +y[1]!;
      out.push(monthCandidate(body, from, YEAR_AFTER_MONTH.lastIndex, year, monthNumber(body.slice(start, end))!, part?.[1], { explicitYear: year }));
      continue;
    }
    RELATIVE_YEAR_AFTER_MONTH.lastIndex = end;
    const r = RELATIVE_YEAR_AFTER_MONTH.exec(body);
    if (!r) continue;
    const step = r[1] === 'last' ? -1 : r[1] === 'next' ? 1 : 0;
    const year = reference ? parseIso(reference).year + step : null;
    // (The year is named, relative to the reference: "December next year" is not moved back as a bare "December" would be.)
    out.push(monthCandidate(body, from, RELATIVE_YEAR_AFTER_MONTH.lastIndex, year, monthNumber(body.slice(start, end))!, part?.[1], { explicitYear: year }));
  }
}

function monthsWithCue(body: string, reference: string | null, months: [number, number][], out: DateCandidate[]): void {
  let previousEnd = -1;
  for (const [monthStart, end] of months) {
    DAY_AFTER_MONTH.lastIndex = end;
    if (DAY_AFTER_MONTH.test(body)) continue;
    const paired = previousEnd >= 0 && monthStart - previousEnd <= 9 && MONTH_PAIR_JOIN.test(body.slice(previousEnd, monthStart));
    const cue = paired ? null : MONTH_CUE_BEFORE.exec(body.slice(Math.max(0, monthStart - 28), monthStart));
    // "the June runoff", "The July summit": a month before a noun, after "the" ("May" excepted: "the May government").
    const beforeNoun = !cue && !paired && /\b[Tt]he\s+$/.test(body.slice(Math.max(0, monthStart - 5), monthStart)) && MONTH_BEFORE_NOUN.test(body.slice(end, end + 24)) && !/^May$/i.test(body.slice(monthStart, end));
    if (!cue && !paired && !beforeNoun) continue;
    previousEnd = end;
    const month = monthNumber(body.slice(monthStart, end))!;
    const modifier = cue?.[2]?.toLowerCase(); // last | this | next | early | mid | late, part of the expression ("Last December")
    const start = modifier ? monthStart - cue![0].length : monthStart;
    const pairYear = PAIR_YEAR_AFTER.exec(body.slice(end, end + 24));
    let year = pairYear ? +pairYear[1]! : resolveMonth(month, reference);
    if (!pairYear && year !== null && reference) {
      const ref = parseIso(reference);
      if (modifier === 'last' && month >= ref.month) year = ref.year - 1;
      else if (modifier === 'next') year = month > ref.month ? ref.year : ref.year + 1;
      else if (modifier === 'this') year = ref.year;
    }
    const part = modifier === 'early' || modifier === 'mid' || modifier === 'late' ? modifier : undefined;
    out.push(monthCandidate(body, start, end, year, month, part, {}));
  }
}

function monthCandidate(
  body: string,
  start: number,
  end: number,
  year: number | null,
  month: number,
  part: string | undefined,
  extra: Partial<DateCandidate>,
): DateCandidate {
  if (year === null) return candidate(body, start, end, null, 'month', null, extra);
  const [fromDay, toDay] = part ? PART_OF_MONTH[part.toLowerCase()]! : [1, 31];
  const first = iso(year, month, fromDay);
  const lastDay = lastOfMonth(year, month);
  const last = iso(year, month, toDay) < lastDay ? iso(year, month, toDay) : lastDay;
  return candidate(body, start, end, first, 'month', [first, last], extra);
}

// --- decades and years ------------------------------------------------------------------------------

function decades(body: string, reference: string | null, out: DateCandidate[]): void {
  DECADE.lastIndex = 0;
  for (let m = DECADE.exec(body); m; m = DECADE.exec(body)) {
    const decade = m[1] ? +m[1] : centuryOf(+m[2]!, reference);
    if (decade === null) continue;
    const part = PART_BEFORE.exec(body.slice(Math.max(0, m.index - 8), m.index));
    out.push(decadeCandidate(body, m.index - (part?.[0].length ?? 0), m.index + m[0].length, decade, part?.[1]));
  }
  if (!body.includes('ties')) return;
  DECADE_WORD.lastIndex = 0;
  for (let m = DECADE_WORD.exec(body); m; m = DECADE_WORD.exec(body)) {
    // "the nineties" only with a preceding "the" or a modifier; "in his forties" is an age.
    const before = body.slice(Math.max(0, m.index - 12), m.index);
    const part = PART_BEFORE.exec(before);
    const article = part ? before.slice(0, before.length - part[0].length) : before;
    if (!part && !/\bthe\s+$/i.test(article)) continue;
    if (/\b(?:his|her|their|its)\s+$/i.test(article)) continue;
    const decade = centuryOf(DECADE_WORDS[m[1]!.toLowerCase()]!, reference);
    if (decade === null) continue;
    out.push(decadeCandidate(body, m.index - (part?.[0].length ?? 0), m.index + m[0].length, decade, part?.[1]));
  }
}

/**
 * "the first half of 2025", "the third quarter of 2024", "the end of 2023", "the first nine months of 2025": a part
 * of a named year, as a range of months. With "this year" or "last year", or no year at all ("fell in the first
 * quarter"), the year is the reference's (the one before when that part has not begun by then).
 */
const YEAR_PART = /\b(?:the\s+)?(?:(first|second|1st|2nd)\s+half|(first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter|first\s+(two|three|four|five|six|seven|eight|nine|ten|eleven|[2-9]|1[01])\s+months|(end|beginning|start|middle))(?:\s+of\s+(?:((?:19|20)\d\d)\b|(this|last)\s+year\b))?/gi;
const ORDINAL_INDEX: Record<string, number> = { first: 0, '1st': 0, second: 1, '2nd': 1, third: 2, '3rd': 2, fourth: 3, '4th': 3 };
const MONTH_COUNT: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11 };

function partsOfYears(body: string, reference: string | null, out: DateCandidate[]): void {
  YEAR_PART.lastIndex = 0;
  for (let m = YEAR_PART.exec(body); m; m = YEAR_PART.exec(body)) {
    const named = m[5] !== undefined;
    const relative = m[6]?.toLowerCase();
    // (A bare "the end" or "the beginning" is no date; a part without a year needs the reference's.)
    if (!named && (m[4] !== undefined || reference === null)) continue;
    if (!named && !relative && !/^the\s/i.test(m[0])) continue;
    const [from, to] = m[1]
      ? ORDINAL_INDEX[m[1].toLowerCase()] === 0 ? [1, 6] : [7, 12]
      : m[2]
        ? [ORDINAL_INDEX[m[2].toLowerCase()]! * 3 + 1, ORDINAL_INDEX[m[2].toLowerCase()]! * 3 + 3]
        : m[3]
          ? [1, MONTH_COUNT[m[3].toLowerCase()] ?? +m[3]]
          : m[4]!.toLowerCase() === 'end' ? [12, 12] : m[4]!.toLowerCase() === 'middle' ? [6, 7] : [1, 1];
    let year: number;
    if (named) year = +m[5]!;
    else {
      const ref = parseIso(reference!);
      year = relative === 'last' ? ref.year - 1 : relative === 'this' || from <= ref.month ? ref.year : ref.year - 1;
    }
    const first = iso(year, from, 1);
    out.push(candidate(body, m.index, m.index + m[0].length, first, 'month', [first, lastOfMonth(year, to)], named ? { explicitYear: year } : {}));
  }
}

/** A two-digit decade ("'90s") in the latest century where it is not after the reference. */
function centuryOf(twoDigits: number, reference: string | null): number | null {
  if (!reference) return 1900 + twoDigits;
  const refYear = parseIso(reference).year;
  let decade = Math.floor(refYear / 100) * 100 + twoDigits;
  if (decade > refYear) decade -= 100;
  return decade;
}

function decadeCandidate(body: string, start: number, end: number, decade: number, part: string | undefined): DateCandidate {
  const [a, b] = part ? PART_OF_DECADE[part.toLowerCase()]! : [0, 9];
  const first = iso(decade + a, 1, 1);
  return candidate(body, start, end, first, 'decade', [first, iso(decade + b, 12, 31)], { explicitYear: decade + b });
}

function yearRanges(body: string, out: DateCandidate[]): void {
  YEAR_RANGE.lastIndex = 0;
  for (let m = YEAR_RANGE.exec(body); m; m = YEAR_RANGE.exec(body)) {
    // ("over 2026–2028": a span of years, where "over 2000" would be a count.)
    const overYears = m[2]!.length === 4 && /\bover\s+$/i.test(body.slice(Math.max(0, m.index - 6), m.index));
    if (!isYearContext(body, m.index, m.index + m[0].length, overYears)) continue;
    const from = +m[1]!;
    const to = m[2]!.length === 2 ? Math.floor(from / 100) * 100 + +m[2]! : +m[2]!;
    if (to <= from || to - from > 50) continue;
    out.push(candidate(body, m.index, m.index + m[0].length, iso(from, 1, 1), 'year', [iso(from, 1, 1), iso(to, 12, 31)], { explicitYear: to }));
  }
}

function years(body: string, out: DateCandidate[]): void {
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(body); m; m = YEAR.exec(body)) {
    const end = m.index + 4;
    if (!isYearContext(body, m.index, end)) continue;
    const year = +m[0];
    const part = PART_BEFORE.exec(body.slice(Math.max(0, m.index - 8), m.index));
    const start = m.index - (part?.[0].length ?? 0);
    const [fromMonth, toMonth] = part ? PART_OF_YEAR[part[1]!.toLowerCase()]! : [1, 12];
    const before = body.slice(Math.max(0, start - 30), start);
    out.push(
      candidate(body, start, end, iso(year, fromMonth, 1), 'year', [iso(year, fromMonth, 1), lastOfMonth(year, toMonth)], {
        explicitYear: year,
        deadline: DEADLINE_BEFORE.test(before),
      }),
    );
  }
}

/** A 4-digit number is a year unless it is part of a larger number, an amount, an identifier or a count. */
function isYearContext(body: string, start: number, end: number, spanOfYears = false): boolean {
  const prev = body[start - 1] ?? ' ';
  if (/[\d$£€¥.,/:#\w]/.test(prev)) return false;
  if (prev === '-' && !/\b(?:mid|early|late)-$/i.test(body.slice(Math.max(0, start - 6), start))) return false;
  const next = body[end] ?? ' ';
  if (/[\d%\w]/.test(next)) return false;
  if ((next === ',' || next === '.') && /\d/.test(body[end + 1] ?? '')) return false;
  if (!spanOfYears && NOT_YEAR_BEFORE.test(body.slice(Math.max(0, start - 16), start)) && !TIME_BOUND_BEFORE.test(body.slice(Math.max(0, start - 24), start))) return false;
  if (NOT_YEAR_AFTER.test(body.slice(end, end + 20))) return false;
  return true;
}

// --- relative expressions ---------------------------------------------------------------------------

/** Whether offset `at` lies inside a quotation opened earlier in its paragraph. */
function insideQuotation(body: string, at: number): boolean {
  return leavesQuotationOpen(body.slice(body.lastIndexOf('\n\n', at) + 1, at));
}

/** The day of the first citation, "(Source, Month Day)", after `at` in its paragraph, among the dates found so far. */
function citedDayAfter(body: string, at: number, found: readonly DateCandidate[]): string | null {
  const breakAt = body.indexOf('\n\n', at);
  const paragraphEnd = breakAt < 0 ? body.length : breakAt;
  let first: DateCandidate | null = null;
  for (const c of found) {
    if (c.start <= at || c.start >= paragraphEnd || c.date === null || c.precision !== 'day' || (first && first.start < c.start)) continue;
    if (insideParenthesisOpenedAfter(body, Math.max(0, c.start - 80), c.start)) first = c;
  }
  return first?.date ?? null;
}

function relativeDates(body: string, reference: string | null, out: DateCandidate[]): void {
  DAY_WORD.lastIndex = 0;
  for (let m = DAY_WORD.exec(body); m; m = DAY_WORD.exec(body)) {
    // A capitalized "Today" after a name is part of it ("USA Today", "Kazakhstan Today").
    if (m[1] === 'Today' && /[\p{Lu}][\p{L}.]*\s+$/u.test(body.slice(Math.max(0, m.index - 24), m.index))) continue;
    const word = m[1]!.toLowerCase();
    const shift = word === 'yesterday' ? -1 : word === 'tomorrow' ? 1 : 0;
    // "“Today we are laying the foundation,” Japarov said (Kabar, December 27)": a speaker's today is the day cited for the words.
    const spoken = insideQuotation(body, m.index) ? citedDayAfter(body, m.index, out) : null;
    const base = spoken ?? reference;
    const date = base ? addDays(base, shift) : null;
    out.push(candidate(body, m.index, m.index + m[0].length, date, 'day', null));
  }
  REL_PERIOD.lastIndex = 0;
  for (let m = REL_PERIOD.exec(body); m; m = REL_PERIOD.exec(body)) {
    const which = m[1]!.toLowerCase();
    const unit = m[2]!.toLowerCase();
    const step = which === 'next' ? 1 : which === 'this' ? 0 : -1;
    out.push(relativePeriod(body, m.index, m.index + m[0].length, reference, unit, step, which === 'past'));
  }
  WEEKDAY.lastIndex = 0;
  for (let m = WEEKDAY.exec(body); m; m = WEEKDAY.exec(body)) {
    const dow = WEEKDAY_NUMBER.get(m[0].toLowerCase())!;
    const cue = WEEKDAY_CUE_BEFORE.exec(body.slice(Math.max(0, m.index - 6), m.index));
    const which = cue?.[1];
    const start = m.index - (cue?.[0].length ?? 0);
    let date = resolveWeekday(dow, reference);
    if (date && reference) {
      if (which === 'last' && date === reference) date = addDays(date, -7);
      else if (which === 'next') date = addDays(date, 7);
      else if (which === 'this' && date < reference && weekday(reference) < dow) date = addDays(date, 7);
    }
    out.push(candidate(body, start, m.index + m[0].length, date, 'day', null));
  }
  AGO.lastIndex = body.includes(' ago') ? 0 : body.length;
  for (let m = AGO.exec(body); m; m = AGO.exec(body)) {
    const n = /\d/.test(m[1]!) ? +m[1]! : COUNT_WORDS[m[1]!.toLowerCase()]!;
    const unit = m[2]!.toLowerCase();
    let date: string | null = null;
    let precision: Precision = 'day';
    if (reference) {
      const ref = parseIso(reference);
      if (unit === 'day' || unit === 'week') date = addDays(reference, -n * (unit === 'week' ? 7 : 1));
      else if (unit === 'month') {
        const months = ref.year * 12 + ref.month - 1 - n;
        date = iso(Math.floor(months / 12), (months % 12) + 1, 1);
        precision = 'month';
      } else {
        date = iso(ref.year - n, 1, 1);
        precision = 'year';
      }
    } else precision = unit === 'month' ? 'month' : unit === 'year' ? 'year' : 'day';
    out.push(candidate(body, m.index, m.index + m[0].length, date, precision, null));
  }
}

function relativePeriod(body: string, start: number, end: number, reference: string | null, unit: string, step: number, past: boolean): DateCandidate {
  const precision: Precision = unit === 'week' ? 'day' : (unit as Precision);
  if (!reference) return candidate(body, start, end, null, precision, null);
  const ref = parseIso(reference);
  if (unit === 'week') {
    // Weeks run Monday to Sunday; "last week" is the whole week before the reference's.
    const monday = addDays(reference, -((weekday(reference) + 6) % 7) + 7 * step);
    return candidate(body, start, end, monday, 'day', [monday, addDays(monday, 6)]);
  }
  if (unit === 'month') {
    const months = ref.year * 12 + ref.month - 1 + step;
    const year = Math.floor(months / 12);
    const month = (months % 12) + 1;
    return candidate(body, start, end, iso(year, month, 1), 'month', [iso(year, month, 1), lastOfMonth(year, month)]);
  }
  if (unit === 'year') {
    if (past) return candidate(body, start, end, addDays(reference, -365), 'year', [addDays(reference, -365), reference]);
    const year = ref.year + step;
    return candidate(body, start, end, iso(year, 1, 1), 'year', [iso(year, 1, 1), iso(year, 12, 31)]);
  }
  // decade: the ten years up to the reference ("the past decade"), or from it ("over the next decade")
  if (step > 0) return candidate(body, start, end, reference, 'decade', [reference, iso(ref.year + 10, ref.month, Math.min(ref.day, 28))]);
  const first = iso(ref.year - 10, ref.month, 1);
  return candidate(body, start, end, first, 'decade', [first, reference]);
}

// --- overlaps ---------------------------------------------------------------------------------------

/** Longest expression wins; among equals, the first rule's (chrono before our own rules). */
function dropOverlaps(found: DateCandidate[], length: number): DateCandidate[] {
  const order = found.map((c, i) => ({ c, i }));
  order.sort((a, b) => b.c.end - b.c.start - (a.c.end - a.c.start) || a.i - b.i);
  const taken = new Uint8Array(length);
  const kept: DateCandidate[] = [];
  outer: for (const { c } of order) {
    for (let p = c.start; p < c.end; p++) if (taken[p]) continue outer;
    taken.fill(1, c.start, c.end);
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

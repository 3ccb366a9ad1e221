// The publication date of an article whose format carries none, from evidence in the text only
// (never the clock).
//
// Rule, in order of trust:
// 1. Facts about the publication. Eurasia Daily Monitor appeared from 2004: volume N is the year
//    2003 + N, and it appears once per business day from early January, so issue k of a volume ≥ 2 is
//    the k-th Monday-to-Friday of that year (Volume 2, Issue 2 → 2005-01-04). Volume 1 started in
//    mid-year, so only its year carries over. A fact like this is taken as the date (or the year); as
//    holidays have no issue, the estimate runs early, so dates the text names up to 45 days after it
//    count as in rule 2, and later ones (forecasts) are left out; cited dates "(Source, Month Day)" count
//    up to 120 days after it, as late volumes have fewer issues than business days, and other dates up
//    to two weeks after the latest cited one. Next to an issue date, a day-month date takes the year that
//    keeps it within that slack (see issueEvidence), not the circular order of rule 2.
// 2. Dates the text names. A full date ("December 22, 2004", "December 2004") is a lower bound: an
//    article is not published before the dates it reports. Day-month dates without a year — mostly the
//    cited dates "(Source, Month Day)" — are recent: the latest of them (in circular calendar order, so
//    that a run of "December 28 … January 3" ends in January) is placed in the reference year.
// 3. Years named. The reference year, when no fact gives it, is the latest year the article names,
//    leaving out deadlines ("by 2010", "until 2015") that look forward; a decade counts by its last year.
//    Years and dates in a clause that looks ahead ("would hurt its performance in 2005", "can achieve
//    this in 2007", "ahead of the 2007 World Cup") are left out too: news names future years freely.
// The result is the latest of: the fact's date, the latest full date, the latest day-month placed in
// the reference year; with only a year known, the last day of that year (the earliest date at which
// everything named is past). Null when the text holds no evidence.
import { addDays, iso, lastOfMonth, parseIso, weekday } from './calendar.js';
import { scanDates, type DateCandidate } from './scan.js';

export interface PublicationHints {
  publication: string | null;
  volume: number | null;
  issue: number | null;
}

const EDM = /eurasia\s+daily\s+monitor/i;
const ISSUE_SLACK_DAYS = 45;
const CITED_SLACK_DAYS = 120;
const AFTER_CITED_DAYS = 14;

export function inferPublicationDate(body: string, hints: PublicationHints): string | null {
  const fact = publicationFact(hints);
  // A cited date "(Interfax, January 3)" is past whatever its sentence says; any other date in a clause
  // that looks ahead ("is due to be inaugurated on April 9") is no evidence.
  const dates = scanDates(body, null).filter((d) => inCitation(body, d.start) || !forwardLooking(body, d.start, d.end));
  const latestFull = latestExplicitDate(dates);
  let year = fact?.year ?? latestNamedYear(dates);
  if (year === null && latestFull) year = parseIso(latestFull).year;

  const evidence: string[] = [];
  if (fact?.date) {
    evidence.push(...issueEvidence(body, dates, fact.date));
  } else {
    if (latestFull) evidence.push(latestFull);
    if (year !== null) {
      const recent = latestMonthDay(dates);
      if (recent) evidence.push(inYear(year, recent));
    }
  }
  if (evidence.length === 0) return year === null ? null : iso(year, 12, 31);
  return evidence.reduce((a, b) => (a > b ? a : b));
}

const inYear = (year: number, md: [number, number]): string => iso(year, md[0], Math.min(md[1], parseIso(lastOfMonth(year, md[0])).day));

/**
 * Evidence next to an issue's business day (`estimate`), which runs early: each date the text names is
 * placed in the year that puts it before the end of the cited slack (a "December 28" cited in a January
 * issue is last year's), not round the calendar, so one old citation ("(Al-Arabiya, February 3)" in an
 * October article) cannot pass for the latest. Cited dates count up to CITED_SLACK_DAYS after the
 * estimate; other dates up to ISSUE_SLACK_DAYS after it, or two weeks after the latest cited date (the
 * article is written after the sources it cites: "told a press conference on November 6" next to
 * "(Kyodo, November 5)"); later ones are forecasts the cues missed.
 */
function issueEvidence(body: string, dates: DateCandidate[], estimate: string): string[] {
  const year = parseIso(estimate).year;
  const citedLimit = addDays(estimate, CITED_SLACK_DAYS);
  const placed = (d: DateCandidate): string | null => {
    if (d.monthDay) {
      const here = inYear(year, d.monthDay);
      return here <= citedLimit ? here : inYear(year - 1, d.monthDay);
    }
    return (d.precision === 'day' || d.precision === 'month') && d.explicitYear !== null ? d.date : null;
  };
  let latestCited = estimate;
  const prose: string[] = [];
  for (const d of dates) {
    const date = placed(d);
    if (date === null) continue;
    if (!inCitation(body, d.start)) prose.push(date);
    else if (date <= citedLimit && date > latestCited) latestCited = date;
  }
  const proseLimit = [addDays(estimate, ISSUE_SLACK_DAYS), addDays(latestCited, AFTER_CITED_DAYS)].reduce((a, b) => (a > b ? a : b));
  const latestProse = prose.filter((date) => date <= proseLimit).reduce<string | null>((a, b) => (a === null || b > a ? b : a), null);
  return latestProse === null ? [estimate, latestCited] : [estimate, latestCited, latestProse];
}

const FUTURE_CUE =
  /\b(?:will|would|shall|expects?|expected|expecting|forecasts?|forecast|predicts?|projected|plans?|planned|planning|promised|pledged|goal|targets?|aims?|ahead\s+of|next|upcoming|scheduled|due\s+to|set\s+to|tipped|could|might|can)\b/i;
/** The modal only: capitalized, "May" is nearly always the month ("a role he won in May 2002"). */
const MODAL_MAY = /\bmay\b/;

/** A year that names an event: after "the" (or "the 2026 and"), before a capitalized name (or "and 2030 World"). */
const NAMED_EVENT_BEFORE = /\bthe\s+(?:\d{4}\s*(?:,|and|or|&)\s*)?$/i;
const NAMED_EVENT_AFTER = /^(?:\s*(?:,|and|or|&)\s*\d{4})?\s+\p{Lu}/u;
const CLAUSE_START = /(?:[.?!;:,\n]|\b(?:and|but|while|whereas)\b)[^.?!;:,\n]*$/i;
const FRONTED_PHRASE = /^\s*(?:during|at|on|in|after|before|following|ahead\s+of|at\s+the\s+time\s+of)\s/i;
const CLAUSE_END = /[.?!;:,\n]|\b(?:and|but|while|whereas)\b/i;
/** The main clause after a fronted date: its subject may hold an "and" ("Putin and Modi are expected"). */
const MAIN_CLAUSE_END = /[.?!;:\n]|,\s*(?:and|but)\b|\b(?:but|while|whereas)\b/i;

/** Whether the clause around [start, end) speaks of the future, so its years are not evidence of when it was written. */
function forwardLooking(body: string, start: number, end: number): boolean {
  // "gave the government until March 1 to renegotiate": a deadline.
  if (/\buntil\s+$/i.test(body.slice(Math.max(0, start - 8), start)) && /^\s+to\s+\p{Ll}/u.test(body.slice(end, end + 12))) return true;
  // "lowers the cap starting September 3", "due on December 19", "effective from January 1": a date set ahead.
  // (A day or a month: "should be starting 2005 with an apology" names the year it is.)
  if (/\p{L}/u.test(body.slice(start, end)) && /\b(?:starting|effective|due)\s+(?:on\s+|from\s+|in\s+|by\s+)?$/i.test(body.slice(Math.max(0, start - 16), start))) return true;
  // "the 2007 World Cup", "the 2012 Olympics", "the 2026 and 2030 World Cup": a named event, usually one still to come.
  if (NAMED_EVENT_BEFORE.test(body.slice(Math.max(0, start - 16), start)) && NAMED_EVENT_AFTER.test(body.slice(end, end + 14))) return true;
  const before = body.slice(Math.max(0, start - 200), start);
  const cut = CLAUSE_START.exec(before);
  const after = body.slice(end, end + 200);
  const stop = CLAUSE_END.exec(after);
  const opening = cut ? before.slice(cut.index + 1) : before;
  let rest = stop ? after.slice(0, stop.index) : after;
  // "On July 1, Hungary will take over …": a fronted date takes the tense of the clause after its comma.
  // So does a fronted phrase that opens with a preposition ("During the summit in New Delhi on December 4–5,
  // Putin and Modi are expected to …").
  const fronted = opening.trim().split(/\s+/).length <= 3 || FRONTED_PHRASE.test(opening);
  if (stop && after[stop.index] === ',' && fronted && !/\p{L}/u.test(rest)) {
    const tail = after.slice(stop.index + 1);
    const next = MAIN_CLAUSE_END.exec(tail);
    rest += tail.slice(0, next ? next.index : tail.length);
  }
  const clause = opening + body.slice(start, end) + rest;
  return FUTURE_CUE.test(clause) || MODAL_MAY.test(clause);
}

/** Whether the date at `start` sits inside a parenthesis opened shortly before it: "(Source, Month Day)". */
function inCitation(body: string, start: number): boolean {
  const before = body.slice(Math.max(0, start - 80), start);
  const open = before.lastIndexOf('(');
  return open >= 0 && before.indexOf(')', open) < 0;
}

/** What the publication's own numbering says: EDM volume → year, issue → business day. */
function publicationFact(hints: PublicationHints): { year: number; date: string | null } | null {
  if (!hints.publication || !EDM.test(hints.publication) || !hints.volume || hints.volume < 1) return null;
  const year = 2003 + hints.volume;
  if (hints.volume < 2 || !hints.issue || hints.issue < 1) return { year, date: null };
  return { year, date: nthBusinessDay(year, hints.issue) };
}

function nthBusinessDay(year: number, n: number): string {
  let count = 0;
  for (let month = 1; month <= 12; month++) {
    const days = parseIso(lastOfMonth(year, month)).day;
    for (let day = 1; day <= days; day++) {
      const d = iso(year, month, day);
      const dow = weekday(d);
      if (dow !== 0 && dow !== 6 && ++count === n) return d;
    }
  }
  return iso(year, 12, 31);
}

/** The latest date written with its year, as its first day ("December 2004" → 2004-12-01). */
function latestExplicitDate(dates: DateCandidate[]): string | null {
  let latest: string | null = null;
  for (const d of dates) {
    if ((d.precision === 'day' || d.precision === 'month') && d.explicitYear !== null && d.date && (!latest || d.date > latest)) latest = d.date;
  }
  return latest;
}

function latestNamedYear(dates: DateCandidate[]): number | null {
  let latest: number | null = null;
  for (const d of dates) {
    if (d.explicitYear === null || d.deadline) continue;
    if (latest === null || d.explicitYear > latest) latest = d.explicitYear;
  }
  return latest;
}

/**
 * The most recent of the year-less day-month dates: sort them round the calendar, find the widest gap
 * between neighbours, and take the date just before it (the end of the run of recent dates).
 */
function latestMonthDay(dates: DateCandidate[]): [number, number] | null {
  const days = dates
    .filter((d) => d.monthDay)
    .map((d) => ({ md: d.monthDay!, ordinal: d.monthDay![0] * 31 + d.monthDay![1] }))
    .sort((a, b) => a.ordinal - b.ordinal);
  if (days.length === 0) return null;
  const span = 12 * 31 + 31;
  let best = days.length - 1;
  let widest = -1;
  for (let i = 0; i < days.length; i++) {
    const next = days[(i + 1) % days.length]!;
    const gap = (next.ordinal - days[i]!.ordinal + span) % span || (days.length === 1 ? span : 0);
    if (gap > widest) {
      widest = gap;
      best = i;
    }
  }
  return days[best]!.md;
}

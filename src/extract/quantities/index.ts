// Money, counts, percentages and measures, with the year they refer to and what they count.
//
// `year`: the closest dated expression in the same sentence ("In 2004 the figure rose to 32,228").
// `about`: a short noun phrase for what is counted —
//   * after the figure: "30 percent of the population" → "the population";
//   * a counted noun and its clause: "28,668 Russians from CIS countries migrated to Kazakhstan";
//   * the subject of a linking verb before the figure: "Kazakhstan’s imports from Russia in 2003 totaled
//     $3.27 billion" → "Kazakhstan’s imports from Russia" (dates dropped); "the figure" refers back to
//     the previous figure and takes its `about` and unit.
import type { Token } from '../../analyze/index.js';
import type { DatedContext } from '../context.js';
import type { DateMention, Quantity } from '../../model/extraction.js';
import { findParentheticals } from '../citations/parenthetical.js';
import { CHANGE_BY_BEFORE, inHyphenCompound, scanQuantities, tokenAt, type RawQuantity } from './scan.js';
import { SHARED_CURRENCY } from './units.js';
import { partitionPoint } from '../../util/sorted.js';

/** Header lines such as "Publication: … Volume: 2 Issue: 2" hold identifiers, not figures. */
const HEADER_LINE = /^(?:Publication|Volume|Issue|Date|Source|Author|By|Title)\s*:.*$/gm;
const LINKING_VERB =
  /^(?:total(?:s|ed|led|ing)?|reach(?:es|ed|ing)?|amount(?:s|ed|ing)?|is|was|were|are|be|been|stood|stands?|rose|rise[sn]?|rising|fell|falls?|fallen|grew|grow[sn]?|increased?|increases|decreased?|decreases|dropped|drops?|climbed|climbs?|exceeded|exceeds?|costs?|worth|valued|estimated|hit|jumped|surged|declined|doubled|tripled|numbered|numbers|reaching|came|comes|stay(?:s|ed)?|remained|remains|contracted|shrank|expanded|slowed|accelerated|plunged|slumped|soared|dipped|edged|devalued|cut|raised|lowered|averaged|account(?:s|ed|ing)?|represent(?:s|ed)?|planned|projected|forecast|budgeted|pegged|targeted|equal(?:s|led|ed|ling|ing)?|constitut(?:e|es|ed|ing)|make|makes|made)$/i;
/** Linking verbs only in the passive: "is set at 1.9 trillion rubles" (the budget that "set" it is no subject of the figure). */
const PASSIVE_LINKING = /^(?:set|held|kept|capped|fixed)$/i;
/** Verbs that change a figure's thing: "raised its key rate to 16 percent". */
const CHANGE_VERB = /^(?:rais(?:e|es|ed|ing)|cut(?:s|ting)?|lower(?:s|ed|ing)?|increas(?:e|es|ed|ing)|reduc(?:e|es|ed|ing)|hik(?:e|es|ed|ing)|boost(?:s|ed|ing)?|lift(?:s|ed|ing)?|slash(?:es|ed|ing)?|trimm(?:ed|ing)|trims?|brought|bring(?:s|ing)?|push(?:es|ed|ing)?|set(?:s|ting)?)$/i;
/** "is set to reach", "is expected to exceed": words between a figure's verb and its subject. */
const FRAME_BEFORE_TO = /^(?:set|expected|projected|forecast|estimated|likely|unlikely|due|poised|going|planned|scheduled|slated|about|certain|bound)$/i;
const CLAUSE_BREAK = /^(?:[,;:()\u2014\u2013]|-{1,2}|\.|\?|!|that|which|who|whom|whose|while|whilst|whereas|but|because|although|vs\.?|versus)$/i;
const ANAPHOR = /^(?:the|this|that|its|their)\s+(?:figure|number|total|amount|sum|count|tally|share|rate|level)$/i;
const MAX_ABOUT_TOKENS = 9;
/** Holdings, which name what they are held in. */
const HOLDING = /^(?:stake|stakes|share|shares|interest|holding|holdings|investment|investments)$/i;
/** Nouns of time after a percentage ("15 percent year-on-year", "5% a year"): when, not what. */
const TIME_NOUN = /^(?:year|years|month|months|week|weeks|day|days|quarter|quarters|annually|year-on-year|y\/y)$/i;
/** "Two days later", "three years ago": a time reference, not a figure the article claims. */
const TIME_UNITS = new Set(['hour', 'minute', 'second', 'day', 'week', 'month', 'year', 'decade']);
const RELATIVE_AFTER = /^\s+(?:later|earlier|ago|before|afterwards?|on)\b/i;
/**
 * Words before a year that make it a comparison's baseline or a running total's start: "up 30 percent from
 * 2007", "higher than in 2003", "compared with last year", "the lowest figure since 1993", "more than 50 bcm
 * since the end of 2020". A bare "from" starts a period instead ("tax cuts from 1990").
 */
const BASELINE_BEFORE = /(?:\b(?:up|down|rose|fell|increased|decreased|grew|dropped|climbed|declined|gained|higher|lower)\b[^.;,]{0,30}\bfrom|\bthan|\bcompared (?:with|to)|\bsince(?: the (?:end|start|beginning|middle) of)?)(?: (?:in|the))?(?: (?:the )?same (?:period|month|quarter|time) (?:of|in|last))? $/i;
/** "… 7.4 million barrels per day of crude in February, down from 7.8 million": a change from a figure restates its measure. */
const CHANGE_FROM = /^[^.;!?]{0,80}(?:,\s*|\s)(?:up|down|rising|falling|increasing|decreasing)\s+from\s*$/i;
/** Verbs of money spent or given, whose "on"/"in"/"for" phrase says what it goes to. */
const SPENDING_VERB = /^(?:spend|spends|spent|spending|invest|invests|invested|investing|allocate[sd]?|allocating|earmark(?:s|ed|ing)?|pour(?:s|ed|ing)?|pledge[sd]?|pledging|commit(?:s|ted|ting)?|set|budget(?:s|ed)?|provide[sd]?|providing|lend(?:s|ing)?|lent|grant(?:s|ed)?)$/i;
const CONVERSION_BETWEEN = /^\s*\(\s*$/;
const CHANGE_OF_PREVIOUS = /^\s*\)?\s*,\s*(?:an?\s+)?(?:increase|rise|jump|drop|decrease|decline|cut|fall|reduction|growth)\s+of\s+(?:about|around|roughly|some|nearly|almost|more\s+than|over|just\s+over|up\s+to)?\s*$/i;
const TRAILING_RATE = /\s+(?:a|an|per)\s+(?:day|week|month|year)$/i;
const RESTATED_AS_SHARE = /^\s*\)?\s*,\s*or\s*$/;
const SAME_FIGURE_BETWEEN = /^\s*(?:(?:in|on|by|for)\s*\u0000\s*)?(?:,\s*)?(?:(?:up|down|rising|falling|compared|as\s+against)\s+)?(?:to|from|with|against|\(|,|or|and)?\s*$/i;

export function extractQuantities(ctx: DatedContext): Quantity[] {
  const body = ctx.article.body;
  const excluded = new Uint8Array(body.length);
  for (const d of ctx.dates) excluded.fill(1, d.start, d.end);
  // The citation stage's parentheses when it has run (extract() hands them on), else found here.
  const citations = ctx.citations?.filter((c) => c.form !== 'inline') ?? findParentheticals(body);
  for (const p of citations) excluded.fill(1, p.start, p.end);
  HEADER_LINE.lastIndex = 0;
  for (let m = HEADER_LINE.exec(body); m; m = HEADER_LINE.exec(body)) excluded.fill(1, m.index, m.index + m[0].length);

  const { tokens } = ctx.analysis;
  // A citation's date is when a source reported, not the period a figure covers.
  const inCitation = (d: DateMention): boolean => citations.some((p) => p.start <= d.start && d.end <= p.end);
  // "up 30 percent from 2007", "higher than in 2003": the year compared against is not the figure's own.
  // A possessive year stays the figure's: "better than last year's 210 mln tonne harvest".
  const isBaseline = (d: DateMention): boolean =>
    BASELINE_BEFORE.test(body.slice(Math.max(0, d.start - 48), d.start)) && !/^['\u2019]s\b/.test(body.slice(d.end, d.end + 3));
  const dates = ctx.dates.filter((d) => d.date !== null && d.precision !== 'decade' && !inCitation(d) && !isBaseline(d));
  const raws = [...scanQuantities(body, tokens, excluded)];
  // Which currency a shared name means in this story, counted over the body once per name.
  const shared = new Map<string, string>();
  const storyCurrency = (code: string): string => {
    let out = shared.get(code);
    if (out === undefined) shared.set(code, (out = currencyOfStory(code, body)));
    return out;
  };
  const out: Quantity[] = [];
  let previous: Quantity | null = null;
  for (const [k, raw] of raws.entries()) {
    if (raw.unit !== null && TIME_UNITS.has(raw.unit) && RELATIVE_AFTER.test(body.slice(raw.end, raw.end + 12))) continue;
    const sentence = sentenceOf(ctx, raw.start);
    // A date past the next figure is that figure's ("… $775 million, … 6.5 million tonnes a year by 2015").
    const nextFigure = raws[k + 1]?.start ?? Infinity;
    const about = raw.unit === 'percent' ? voteShareOf(body, raw.start) ?? aboutOf(body, tokens, raw, ctx.dates) : aboutOf(body, tokens, raw, ctx.dates);
    // "crude oil a year": the rate is the unit's ("t/year"), not part of what is measured.
    if (about.text !== null) about.text = about.text.replace(TRAILING_RATE, '') || null;
    const q: Quantity = {
      start: raw.start,
      end: raw.end,
      text: body.slice(raw.start, raw.end),
      value: raw.value,
      unit: raw.unit,
      year: yearOf(body, dates, raw, { start: sentence.start, end: Math.min(sentence.end, nextFigure) }, raws[k - 1] ?? null),
      about: about.text,
    };
    if (q.unit !== null && raw.money) q.unit = currencyHere(q.unit, q.text, storyCurrency, ctx.article.date);
    if (raw.valueMax !== undefined) q.valueMax = raw.valueMax;
    const age = q.unit === null ? ageOf(body, raw.start, raw.end, raw.value) : null;
    if (age) {
      // "Zhumangarin, 54, is …": a person's age, in years.
      q.unit = 'year';
      q.about = age;
      q.year = null;
    } else if (about.anaphor && previous) {
      q.about = previous.about;
      if (q.unit === null) q.unit = previous.unit;
    } else if (q.about === null && previous && (SAME_FIGURE_BETWEEN.test(withoutDates(body, previous.end, q.start, ctx.dates)) || CHANGE_FROM.test(body.slice(previous.end, q.start)))) {
      // "rose 2% to $11.1bn from $10.9bn", "$1.13bn (£600m)", "$1.1 billion in 2009, up from 850 million in
      // 2008": the same measure, restated (a bare number takes the unit it restates).
      q.about = previous.about;
      // (Not a year written right after the figure before: "from $700 million in 2024 to $3 billion".)
      if (q.year === null && !withoutDates(body, previous.end, q.start, ctx.dates).includes('\u0000')) q.year = previous.year;
      // (Not the level a change by a share reaches: "fell by 6 percent, to about 390,000".)
      const levelAfterShare = previous.unit !== null && /^(?:percent|percentage point|fraction)/.test(previous.unit) && CHANGE_BY_BEFORE.test(body.slice(Math.max(0, previous.start - 30), previous.start));
      if (q.unit === null && !levelAfterShare) q.unit = previous.unit;
    }
    // "13.5 trillion rubles ($140 billion), or roughly 6.3 percent of GDP": a share of GDP restating the figure before it.
    if (previous && previous.about !== null && q.about !== null && RATIO_BASE.test(q.about) && RESTATED_AS_SHARE.test(body.slice(previous.end, q.start))) q.about = previous.about;
    // "… at 3.4 billion rubles, an increase of roughly 15 percent": the change of the figure before.
    if (previous && previous.about !== null && q.about === null && CHANGE_OF_PREVIOUS.test(withoutDates(body, previous.end, q.start, ctx.dates))) q.about = previous.about;
    // "12 trillion som (about $930 million)": a conversion and its figure share what they measure and when.
    if (previous && CONVERSION_BETWEEN.test(body.slice(previous.end, q.start))) {
      if (previous.about === null) previous.about = q.about;
      if (previous.year === null) previous.year = q.year;
      if (q.year === null) q.year = previous.year;
    }
    // "167 votes to 31": the figure after takes the unit the one before counts.
    if (previous && q.unit === null && !raw.money && previous.unit !== null && !previous.unit.includes('/')) {
      const between = /^\s+(\p{L}+)\s+(?:to|against|and|or|versus|vs\.?)\s+$/u.exec(body.slice(previous.end, q.start));
      if (between && between[1]!.toLowerCase().startsWith(previous.unit.toLowerCase())) {
        q.unit = previous.unit;
        q.about ??= previous.about;
      }
    }
    out.push(q);
    previous = q;
  }
  // A figure that counts what the next one counts: the start of a change ("raised the rate from 19 to 21 percent";
  // a sum with its currency takes the other's rate: "from $1.09 to $1.60 per 1,000 cubic meters"), and a part of a
  // whole ("343 of the Duma's 450 seats").
  for (let i = 0; i + 1 < out.length; i++) {
    const first = out[i]!;
    const next = out[i + 1]!;
    if (next.unit === null) continue;
    const between = body.slice(first.end, next.start);
    // ("from six to 12 vessels", "from 1.5 million to 400,000 rubles": a number word or a scaled figure after "from" too.)
    const bare = /^\d[\d,.]*$/.test(first.text) || (first.unit === null && FROM_BEFORE.test(body.slice(Math.max(0, first.start - 24), first.start)));
    const changeFrom = /^\s+to\s+$/.test(between) && (bare || (first.unit !== null && next.unit.startsWith(first.unit + '/')));
    const partOf = first.unit === null && PART_OF_WHOLE.test(between);
    if (!changeFrom && !partOf) continue;
    first.unit = next.unit;
    first.about = next.about ?? first.about;
  }
  return out;
}

const FROM_BEFORE = /\bfrom\s+(?:about|around|some|roughly|nearly|almost|over|under)?\s*$/i;

/** What stands between a part and its whole: " of the ", " of its ", " of the Duma's ". */
const PART_OF_WHOLE = /^\s+of\s+(?:(?:the|its|their|all|[\p{L}.-]+['\u2019]s)\s+){1,2}$/u;

const countOf = (re: RegExp, text: string): number => text.match(re)?.length ?? 0;

/** The currency a shared name ("rubles") means in a story on one of the countries that share it. */
function currencyOfStory(code: string, body: string): string {
  let out = code;
  let most = 0;
  for (const alt of SHARED_CURRENCY[code] ?? []) {
    const count = countOf(alt.country, body);
    if (count > most && count > countOf(alt.against, body)) {
      out = alt.code;
      most = count;
    }
  }
  return out;
}

/**
 * The currency of one figure: "rubles" in a story on Belarus are Belarusian (BYR before the
 * redenomination of July 2016, BYN after); a figure that names its country keeps it.
 */
function currencyHere(unit: string, text: string, storyCurrency: (code: string) => string, date: string | null): string {
  // ("4,930 rubles to the dollar": the currency is the rate's first part.)
  const slash = unit.indexOf('/');
  const code = slash < 0 ? unit : unit.slice(0, slash);
  // (Only "pounds" after a figure is shared: "£", and the BBC's "pounds 600m" written for it, are sterling.)
  const here = /\p{Lu}\p{Ll}/u.test(text) || (code === 'GBP' && !/\d[^]*pound/i.test(text)) ? code : storyCurrency(code);
  const out = here === 'BYN' && date !== null && date < '2016-07-01' ? 'BYR' : here;
  return slash < 0 ? out : out + unit.slice(slash);
}

/** body[from, to) with each date in it replaced by one NUL (a placeholder SAME_FIGURE_BETWEEN knows). */
function withoutDates(body: string, from: number, to: number, dates: readonly DateMention[]): string {
  let out = '';
  let at = from;
  for (const d of dates) {
    if (d.end <= from || d.start >= to) continue;
    out += body.slice(at, Math.max(at, d.start)) + '\u0000';
    at = Math.min(to, d.end);
  }
  return out + body.slice(at, to);
}

function sentenceOf(ctx: DatedContext, offset: number): { start: number; end: number } {
  const { sentences } = ctx.analysis;
  const last = Math.max(0, partitionPoint(sentences.length, (i) => sentences[i]!.start <= offset) - 1);
  return sentences[last] ?? { start: 0, end: ctx.article.body.length };
}

/** The year of the closest dated expression in the figure's sentence (ties go to the one before). */
function yearOf(body: string, dates: DateMention[], q: RawQuantity, sentence: { start: number; end: number }, previous: RawQuantity | null): number | null {
  const lo = partitionPoint(dates.length, (i) => dates[i]!.end <= q.start);
  const before = dates[lo - 1];
  const after = dates[lo];
  // A date written right after the figure before this one ("… $700 million in 2024"), past an "of GDP" when asked.
  const afterPrevious = (d: DateMention, ofPhrase: boolean): boolean =>
    previous !== null && d.start >= previous.end && (ofPhrase ? DATE_AFTER_FIGURE_OF : DATE_AFTER_FIGURE).test(body.slice(previous.end, d.start));
  // ("from about $700 million in 2024 to $3 billion": a year right after the figure a change starts from is that figure's.)
  const previousFigures = (d: DateMention): boolean => afterPrevious(d, false) && FROM_BEFORE.test(body.slice(Math.max(0, previous!.start - 24), previous!.start));
  // ("$4 billion has been spent, most of it from a 2018 Eurobond issue": a year that qualifies a later noun.)
  const qualifiesLater = (d: DateMention): boolean => d.start > q.end && /\b(?:a|an)\s+$/i.test(body.slice(Math.max(0, d.start - 4), d.start)) && /^\s+\p{L}/u.test(body.slice(d.end, d.end + 3));
  const own = (d: DateMention): boolean =>
    !previousFigures(d) && !qualifiesLater(d) && !NOT_THE_FIGURES.test(body.slice(Math.max(sentence.start, d.start - 16), d.start)) && !inOtherClause(body, sentence.start, q, d);
  const distAfter = after && after.end <= sentence.end && after.start >= q.end && own(after) ? after.start - q.end : Infinity;
  // ("9.4 percent in 2024 and by 7.8 percent in the first nine months of 2025", "from 3.9 percent of GDP in 2025 to 5.5
  // percent of GDP in 2026": a date right after the figure before this one is that figure's, when this one has its own after it.)
  const previousOwn = (d: DateMention): boolean => distAfter < Infinity && afterPrevious(d, true);
  const distBefore = before && before.start >= sentence.start && own(before) && !previousOwn(before) ? q.start - before.end : Infinity;
  const best = distBefore <= distAfter ? before : after;
  if (!best || Math.min(distBefore, distAfter) === Infinity) return null;
  // "36.2 million tonnes in 2023, up from 34.1 million tonnes a year earlier": the year before the sentence's.
  return +best.date!.slice(0, 4) - (YEAR_EARLIER_AFTER.test(body.slice(q.end, q.end + 32)) ? 1 : 0);
}
/** What stands between a figure and its own date: " in ", " for ", " during " (and " of GDP in " after a share). */
const DATE_AFTER_FIGURE = /^\s*(?:in|for|during|of)?\s*$/i;
const DATE_AFTER_FIGURE_OF = /^\s*(?:of\s+(?:the\s+)?[\p{L}-]+\s+)?(?:in|for|during|of)?\s*$/iu;
const YEAR_EARLIER_AFTER = /^\s*(?:(?:a|one)\s+year\s+(?:earlier|before)|the\s+year\s+(?:earlier|before)|(?:in\s+)?the\s+(?:previous|prior|preceding)\s+year)\b/i;

/** "until August 2025", "ahead of 2026": a date the figure runs to or waits for, not its period. */
// ("the highest level since the rate was introduced in 2013" is read by the clause rule; "fallen by 40 percent since
// 2010": a baseline, not the figure's year.)
const NOT_THE_FIGURES = /\b(?:until|till|through|ahead\s+of|since)\s+(?:(?:early|mid|late|the\s+end\s+of)[\s-]+)?$/i;
/** What opens an aside after a comma: a participle ("approved … in August 2022", "launched with …"). */
const CLAUSE_OPENER = /^(?:\p{Ll}+ed|built|set|begun|founded|signed|held)$/u;

/**
 * Whether a date and a figure stand in different comma-delimited clauses, one of them a clause of its own
 * ("The plan, approved in August 2022, envisages 1.8 trillion rubles"; "$500 million, is expected … in 2025").
 */
function inOtherClause(body: string, sentenceStart: number, q: RawQuantity, d: DateMention): boolean {
  const [a, b] = d.start < q.start ? [d.end, q.start] : [q.end, d.start];
  if (!/[,;\u2014]/.test(body.slice(a, b))) return false;
  const opener = (at: number): string => {
    const head = body.slice(sentenceStart, at);
    const cut = Math.max(head.lastIndexOf(','), head.lastIndexOf(';'), head.lastIndexOf('\u2014'));
    return cut < 0 ? '' : (/^\s*(\p{L}+)/u.exec(head.slice(cut + 1))?.[1] ?? '');
  };
  // ("For all of 2004, …": a date framing the sentence from its first words holds for every clause.)
  if (CLAUSE_OPENER.test(opener(d.start)) || (CLAUSE_OPENER.test(opener(q.start)) && d.start > q.start)) return true;
  // "… is estimated at $4.7 billion, and the first trains are expected to run in 2030", "… at 21 percent, the
  // highest level since the rate was introduced in 2013": a date after the figure in a clause joined after a
  // comma, or in an aside with a verb of its own, belongs to that clause.
  const between = body.slice(a, b);
  return d.start > q.start && (/;|,\s*(?:and|but|while|whereas|which|who|when|where)\s/i.test(between) || /,\s+(?:the|a|an)\s+[^,]*\b(?:since|when|after|before)\s/i.test(between));
}

/**
 * "Georgian Dream won 54 percent, the Coalition for Change 11 percent and Strong Georgia 9 percent": a share a
 * named party or candidate won, or one a list names right before it, is that name's.
 */
function voteShareOf(body: string, start: number): { text: string; anaphor: boolean } | null {
  const m = VOTE_SHARE_BEFORE.exec(body.slice(Math.max(0, start - 90), start));
  if (!m) return null;
  const name = m[1]!.replace(/^the\s+/i, '');
  return /^(?:It|He|She|They|This|That|These|Those|The|In|On|At|By|For|From|Of|With|About|And|But|Or|Only|Some|All|Almost|Nearly|Just|Over|Under|Around|Roughly|More|Less|Most|Many|Both|Each|Every|Another|Other|Such|While|Whereas|Although|Yet|So|Then|Now)$/.test(name) ? null : { text: name, anaphor: false };
}
const VOTE_SHARE_BEFORE =
  /(?:^|[.,;:]\s+|\band\s+|\bwhile\s+)((?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:[\s–-]+(?:for|of|and|the|\p{Lu}[\p{L}'’.-]*)){0,6})\s+(?:(?:won|received|took|secured|garnered|got|polled|gained|scored)\s+(?:about|around|roughly|some|nearly|almost|over|just\s+over|just\s+under)?\s*)?$/u;

/** What a share is a share of, not what it measures: "2.5 percent of GDP" is the size of the deficit before it. */
const RATIO_BASE = /^(?:(?:the\s+)?(?:country's\s+|country’s\s+|its\s+|their\s+)?(?:GDP|gross\s+domestic\s+product|national\s+income|economy|budget|total))$/i;

function aboutOf(body: string, tokens: Token[], q: RawQuantity, dates: DateMention[], readOfPhrase = true): { text: string | null; anaphor: boolean } {
  const first = tokenAt(tokens, q.start);
  const sentence = tokens[first]?.sentence ?? -1;
  const inSentence = (i: number): boolean => i >= 0 && i < tokens.length && tokens[i]!.sentence === sentence;
  // "12 trillion som (about $930 million) on rail": a conversion in parentheses stands between the figure and its words.
  const next = q.nounToken ?? afterConversion(tokens, tokenAt(tokens, q.end), inSentence);

  // "… of the population" after the figure.
  if (readOfPhrase && q.nounToken === null && inSentence(next) && tokens[next]!.text.toLowerCase() === 'of') {
    const np = nounPhraseAfter(tokens, next + 1, inSentence);
    // "the first nine months of 2009": a date is when, not what.
    if (np && !dates.some((d) => d.start <= np[0] && np[1] <= d.end)) {
      const text = body.slice(np[0], np[1]);
      // "The budget deficit reached 2.5 percent of GDP": the subject, where there is one.
      if (RATIO_BASE.test(text)) {
        const subject = aboutOf(body, tokens, q, dates, false);
        if (subject.text) return subject;
      }
      return { text, anaphor: false };
    }
  }
  // A sum or share that names its noun: "a further $200 million loan", "the $3 billion deal", "a 49 percent stake".
  const share = q.unit === 'percent' && !TIME_NOUN.test(tokens[next]?.text ?? '');
  if ((q.money || share) && q.nounToken === null && inSentence(next) && tokens[next]!.pos === 'NOUN' && tokens[next]!.start >= q.end) {
    const np = nounPhraseAfter(tokens, next, inSentence);
    if (np) return { text: body.slice(np[0], np[1]), anaphor: false };
  }
  // "the $6.3 billion STAR refinery", "a €12 billion Global Gateway investment package": a name before the noun.
  if (q.money && q.nounToken === null && inSentence(next) && tokens[next]!.pos === 'PROPN' && tokens[next]!.start >= q.end) {
    const np = nounPhraseAfter(tokens, next, inSentence);
    const head = np ? tokens.findLast((t) => t.end === np[1]) : undefined;
    if (np && head?.pos === 'NOUN' && /^\p{Ll}/u.test(head.text)) return { text: body.slice(np[0], np[1]), anaphor: false };
  }
  // "an additional €100 million for border fortifications": what the sum is for.
  if (q.money && q.nounToken === null && inSentence(next) && tokens[next]!.text.toLowerCase() === 'for' && tokens[next]!.start >= q.end) {
    const np = nounPhraseAfter(tokens, next + 1, inSentence);
    const text = np ? body.slice(np[0], np[1]) : '';
    if (np && !dates.some((d) => d.start < np[1] && np[0] < d.end) && !/\btimes?$|^(?:each|every|a|an|one)\s/i.test(text) && !TIME_NOUN.test(text.split(/\s+/).at(-1)!)) return { text, anaphor: false };
  }
  // "36 million rubles in bribes", "$5 billion a year in lost revenues": what the money is counted in.
  if (q.money && q.nounToken === null) {
    let k = next;
    if (inSentence(k + 1) && /^(?:a|per)$/i.test(tokens[k]!.text) && TIME_NOUN.test(tokens[k + 1]!.text)) k += 2;
    if (inSentence(k) && /^(?:annually|yearly|monthly)$/i.test(tokens[k]!.text)) k++;
    if (inSentence(k + 1) && tokens[k]!.text.toLowerCase() === 'in' && tokens[k]!.start >= q.end) {
      const np = nounPhraseAfter(tokens, k + 1, inSentence);
      const head = np ? tokens.findLast((t) => t.end === np[1]) : undefined;
      // ("by £2,000 in an attempt to …": a determiner opens a phrase of purpose or manner, not a kind of money.)
      if (np && head && head.pos === 'NOUN' && /^\p{Ll}/u.test(head.text) && tokens[k + 1]!.pos !== 'DET' && !NOT_MONEY_KIND.test(head.text) && !/['’]s\b/.test(body.slice(np[0], np[1])) && !dates.some((d) => d.start < np[1] && np[0] < d.end) && !TIME_NOUN.test(head.text))
        return { text: body.slice(np[0], np[1]), anaphor: false };
    }
  }
  // "spend about $2.5 billion over three years on railways", "invest $300 million in a new refinery": what
  // money spent or invested goes to.
  if (q.money && q.nounToken === null && inSentence(first - 1)) {
    let v = first - 1;
    while (inSentence(v) && /^(?:about|around|some|nearly|almost|over|up|to|more|than|less|at|least|an|additional|extra|a|further|another)$/i.test(tokens[v]!.text)) v--;
    if (inSentence(v) && SPENDING_VERB.test(tokens[v]!.text)) {
      let k = next;
      // "over three years", "in 2006": when, before what for.
      if (inSentence(k) && (/^(?:over|within|during)$/i.test(tokens[k]!.text) || isTimePhraseAt(body, tokens, k, dates))) {
        k++;
        while (inSentence(k) && k - next < 6 && !/^(?:on|in|into|for)$/i.test(tokens[k]!.text)) k++;
      }
      if (inSentence(k) && /^(?:on|in|into|for)$/i.test(tokens[k]!.text) && tokens[k]!.start >= q.end) {
        const np = nounPhraseAfter(tokens, k + 1, inSentence);
        const text = np ? body.slice(np[0], np[1]) : '';
        if (np && !dates.some((d) => d.start < np[1] && np[0] < d.end) && !/^\d/.test(text)) return { text, anaphor: false };
      }
    }
  }
  // "the 75-seat Jogorku Kenesh", "a 500-km pipeline": a figure joined to its unit by a hyphen describes the
  // noun phrase after them.
  const counted = q.nounToken !== null && tokens[q.nounToken - 1]?.text === '-' && tokens[q.nounToken - 1]!.start === q.end;
  const measured = q.nounToken === null && /\d-[\p{L}-]+$/u.test(body.slice(q.start, q.end));
  if (counted || measured) {
    const from = counted ? q.nounToken! + 1 : next;
    const np = nounPhraseAfter(tokens, from, inSentence);
    if (np) return { text: body.slice(np[0], np[1]), anaphor: false };
    // ("the 80-million-tonne target will …": a noun the tagger read as a verb, before an auxiliary.)
    const word = tokens[from];
    if (inSentence(from + 1) && word && /^\p{Ll}+$/u.test(word.text) && tokens[from + 1]!.pos === 'AUX') return { text: word.text, anaphor: false };
  }
  // A counted noun with its clause.
  if (q.nounToken !== null) {
    // "up to 35 small dams", "the five Central Asian states": the counted noun's modifiers are part of what is counted.
    let from = q.nounToken;
    // ("two front-end loaders", "two vehicle-borne homemade bombs": a hyphenated compound whole.)
    // ("44 Leopard 2A8 tanks": a model number glued to the letters of a name.)
    const modelNumber = (i: number): boolean => tokens[i]!.pos === 'NUM' && tokens[i + 1]?.start === tokens[i]!.end && tokens[i - 1]?.pos === 'PROPN';
    while (from - 1 > first && tokens[from - 1]!.start >= q.end && (/^(?:ADJ|PROPN|NOUN)$/.test(tokens[from - 1]!.pos) || inHyphenCompound(tokens, from - 1) || modelNumber(from - 1))) from--;
    const span = clauseFrom(tokens, q.nounToken, inSentence, (i) => isTimePhraseAt(body, tokens, i, dates));
    return { text: body.slice(tokens[from]!.start, span[1]), anaphor: false };
  }
  // "a debt of $709 million", "a planned capacity of 3,780 megawatts", "Defense spending of 6.7 percent of GDP":
  // the noun the figure measures stands before "of" (bounds and approximations between them).
  let o = first - 1;
  while (inSentence(o) && (APPROXIMATION.test(tokens[o]!.text) || (/^at$/i.test(tokens[o]!.text) && /^(?:least|most)$/i.test(tokens[o + 1]?.text ?? '')))) o--;
  if (inSentence(o - 1) && tokens[o]!.text.toLowerCase() === 'of' && tokens[o - 1]!.pos === 'NOUN' && !GENERIC_MEASURE.test(tokens[o - 1]!.text) && !FRAME_OF.test(tokens[o - 1]!.text)) {
    const np = nounPhraseBefore(tokens, o - 1, inSentence);
    if (!dates.some((d) => d.start < tokens[o - 1]!.end && tokens[np]!.start < d.end)) return { text: body.slice(tokens[np]!.start, tokens[o - 1]!.end), anaphor: false };
  }
  // "The World Bank puts the total cost at about $6.4 billion", "sets defense spending at …", "with turnout at
  // 63.66 percent": what an estimate puts at the figure, or what stands at it.
  // ("spending" after a noun is one, whatever its tag.)
  const nounLike = (i: number): boolean => /^(?:NOUN|PROPN)$/.test(tokens[i]!.pos) || (tokens[i]!.pos === 'VERB' && /ing$/.test(tokens[i]!.text) && /^(?:NOUN|ADJ)$/.test(tokens[i - 1]?.pos ?? ''));
  if (inSentence(o - 1) && tokens[o]!.text.toLowerCase() === 'at' && nounLike(o - 1)) {
    let np = nounPhraseBefore(tokens, o - 1, inSentence);
    while (np < o - 1 && tokens[np]!.pos === 'VERB') np++;
    // ("The budget sets defense spending at …": a verb the tagger read as a noun ends the phrase.)
    for (let k = o - 2; k >= np; k--) {
      if (ESTIMATE_VERB.test(tokens[k]!.text)) {
        np = k + 1;
        break;
      }
    }
    if (inSentence(np - 1) && tokens[np - 1]!.pos === 'DET') np--;
    if (inSentence(np - 1) && (ESTIMATE_VERB.test(tokens[np - 1]!.text) || /^with$/i.test(tokens[np - 1]!.text))) return { text: body.slice(tokens[np]!.start, tokens[o - 1]!.end), anaphor: false };
  }
  // "Debt service costs, at 3.3 trillion rubles, will exceed …", "in housing, at $84 billion": an aside that gives the
  // figure of the noun before its comma.
  // (Not after an estimate's verb: "put the amount of aid needed for …, including Thailand, at about $5bn".)
  const estimatedBefore = (): boolean => {
    for (let k = o - 1; inSentence(k); k--) if (ESTIMATE_VERB.test(tokens[k]!.text)) return true;
    return false;
  };
  if (inSentence(o - 2) && tokens[o]!.text.toLowerCase() === 'at' && tokens[o - 1]!.text === ',' && nounLike(o - 2) && !estimatedBefore()) {
    let np = nounPhraseBefore(tokens, o - 2, inSentence);
    // ("Foreign investment in Ukraine, at about $40 a head": the phrase with its "in" or "of".)
    for (let hops = 0; hops < 2 && inSentence(np - 2) && /^(?:in|of|on|for)$/i.test(tokens[np - 1]!.text) && nounLike(np - 2); hops++) np = nounPhraseBefore(tokens, np - 2, inSentence);
    if (!dates.some((d) => d.start < tokens[o - 2]!.end && tokens[np]!.start < d.end)) return { text: body.slice(tokens[np]!.start, tokens[o - 2]!.end), anaphor: false };
  }
  // The subject of a linking verb right before the figure.
  let v = first - 1;
  while (inSentence(v) && /^(?:to|at|by|of|about|around|some|nearly|almost|over|than|more|less|least|up|a|an|estimated|combined|just|between|only|roughly|approximately|under|below|above|exactly|slightly|barely|merely)$/i.test(tokens[v]!.text)) v--;
  // "fell to a record low of 2.4 percent", "rose to a new high of": how the figure stands, between the verb and it.
  if (inSentence(v) && tokens[v + 1]?.text.toLowerCase() === 'of' && GENERIC_MEASURE.test(tokens[v]!.text)) {
    let k = v - 1;
    while (inSentence(k) && v - k < 4 && /^(?:ADJ|NOUN|DET)$/.test(tokens[k]!.pos) && !/^(?:to|by)$/i.test(tokens[k]!.text)) k--;
    if (inSentence(k) && /^(?:to|at)$/i.test(tokens[k]!.text)) v = k - 1;
  }
  // "account for 30 percent".
  if (inSentence(v - 1) && tokens[v]!.text.toLowerCase() === 'for' && /^account(?:s|ed|ing)?$/i.test(tokens[v - 1]!.text)) v--;
  // "raised its key interest rate to 16 percent", "cut output by 15–20 percent": the object of a verb of change.
  if (inSentence(v) && /^(?:NOUN|PROPN)$/.test(tokens[v]!.pos) && /^(?:to|by)$/i.test(tokens[v + 1]?.text ?? '')) {
    let a = v;
    while (v - a < MAX_ABOUT_TOKENS && inSentence(a - 1) && (/^(?:NOUN|PROPN|ADJ|DET|NUM)$/.test(tokens[a - 1]!.pos) || /^(?:its|their|his|her|our)$/i.test(tokens[a - 1]!.text))) a--;
    if (a < v + 1 && inSentence(a - 1) && CHANGE_VERB.test(tokens[a - 1]!.text)) return { text: body.slice(tokens[a]!.start, tokens[v]!.end), anaphor: false };
  }
  // ("Remittances account for …": the tagger reads "account" after a plural as a noun.)
  const accountFor = /^accounts?$/i.test(tokens[v]?.text ?? '') && tokens[v + 1]?.text.toLowerCase() === 'for';
  const passiveLinking = inSentence(v) && PASSIVE_LINKING.test(tokens[v]!.text) && inSentence(v - 1) && /^(?:is|are|was|were|be|been|being)$/i.test(tokens[v - 1]!.text);
  if (!inSentence(v) || !(LINKING_VERB.test(tokens[v]!.text) || passiveLinking) || !(/^(?:VERB|AUX|ADJ)$/.test(tokens[v]!.pos) || accountFor)) return { text: null, anaphor: false };
  // "Federal spending is set to reach …", "is expected to exceed": the verb's frame stands between it and its subject.
  if (inSentence(v - 2) && tokens[v - 1]!.text.toLowerCase() === 'to' && FRAME_BEFORE_TO.test(tokens[v - 2]!.text)) v -= 2;
  // "a total of", "a potential total of": a noun, not the verb.
  const det = (i: number): boolean => inSentence(i) && tokens[i]!.pos === 'DET';
  if (det(v - 1) || (det(v - 2) && tokens[v - 1]!.pos === 'ADJ')) return { text: null, anaphor: false };
  // "17 armored personnel carriers worth an estimated 1.2 billion rubles": the noun phrase right before "worth" is what is valued;
  // so is one before an aside ("exports of potash, once worth $3 billion a year").
  const worth = /^(?:worth|valued)$/i.test(tokens[v]!.text);
  let valued = -1;
  if (worth) {
    let k = v - 1;
    while (inSentence(k) && k > v - 3 && tokens[k]!.pos === 'ADV') k--;
    valued = inSentence(k) && tokens[k]!.text === ',' ? k - 1 : k === v - 1 ? k : -1;
    // "a second deal signed in August worth $6.5 billion": when it was signed is not what is valued.
    const dated = (i: number): boolean => inSentence(i) && dates.some((d) => d.start <= tokens[i]!.start && tokens[i]!.end <= d.end);
    if (dated(valued)) {
      let j = valued;
      while (dated(j)) j--;
      if (inSentence(j) && tokens[j]!.pos === 'ADP') j--;
      // (Only a common noun or past a participle: "922 cases … in the UK in 2003, worth …" values no UK.)
      valued = !inSentence(j) ? -1 : tokens[j]!.pos === 'VERB' && /ed$/.test(tokens[j]!.text) ? j - 1 : tokens[j]!.pos === 'NOUN' ? j : -1;
    }
  }
  if (worth && inSentence(valued) && /^(?:NOUN|PROPN)$/.test(tokens[valued]!.pos)) {
    let a = valued;
    const modifier = (i: number): boolean =>
      inSentence(i) &&
      (/^(?:NOUN|PROPN|ADJ|NUM|DET)$/.test(tokens[i]!.pos) || inHyphenCompound(tokens, i) || (tokens[i]!.pos === 'VERB' && /ed$/.test(tokens[i]!.text) && /^(?:NOUN|PROPN|ADJ)$/.test(tokens[i + 1]?.pos ?? '')));
    // "exports of potash": an of-attachment goes with the noun before it.
    const ofBefore = (i: number): boolean => inSentence(i - 1) && tokens[i]!.text.toLowerCase() === 'of' && /^(?:NOUN|PROPN)$/.test(tokens[i - 1]!.pos);
    while (valued - a < MAX_ABOUT_TOKENS && (modifier(a - 1) || ofBefore(a - 1))) a -= ofBefore(a - 1) ? 2 : 1;
    while (a < valued && tokens[a]!.pos === 'DET') a++;
    return { text: body.slice(tokens[a]!.start, tokens[valued]!.end), anaphor: false };
  }
  // "prices have already risen by 40 percent": the subject stands before the verb's auxiliaries and adverbs.
  let s = v - 1;
  while (inSentence(s) && s > 0 && (tokens[s]!.pos === 'ADV' || tokens[s]!.pos === 'AUX') && inSentence(s - 1) && (/^(?:NOUN|PROPN|PRON|AUX|ADV)$/.test(tokens[s - 1]!.pos) || /^[”"’)]$/.test(tokens[s - 1]!.text))) s--;
  const verbGroup = s + 1;
  // "The total cost of the system, including a pipeline to the coast, is estimated at …": the subject
  // stands before an aside between commas.
  const aside = asideBefore(tokens, verbGroup, inSentence);
  if (aside >= 0) s = aside - 1;
  // "and" ends the subject unless it joins nouns inside it: "Trade between Georgia and Azerbaijan",
  // "Exports and imports", "the Osh and Jalal-Abad regions".
  const bothOf = (i: number, pos: string): boolean => tokens[i - 1]!.pos === pos && tokens[i + 1]?.pos === pos;
  const joinsNouns = (i: number): boolean =>
    inSentence(i - 1) && (/^between$/i.test(tokens[i - 2]?.text ?? '') || bothOf(i, 'NOUN') || bothOf(i, 'PROPN'));
  // A hyphen inside a word ("Jalal-Abad") breaks nothing.
  const inWordHyphen = (i: number): boolean => tokens[i]!.text === '-' && tokens[i - 1]?.end === tokens[i]!.start && tokens[i + 1]?.start === tokens[i]!.end;
  while (
    inSentence(s) &&
    (!CLAUSE_BREAK.test(tokens[s]!.text) || inWordHyphen(s)) &&
    !(/^(?:and|or)$/i.test(tokens[s]!.text) && !joinsNouns(s)) &&
    tokens[s]!.pos !== 'VERB' &&
    tokens[s]!.pos !== 'AUX'
  )
    s--;
  let from = s + 1;
  let to = aside >= 0 ? aside : verbGroup < v && verbGroup > from ? verbGroup : v; // exclusive
  // "the Afghan section, which is expected to cost $1.5 billion": a relative clause's figure is about its antecedent.
  if (inSentence(s) && from >= verbGroup && /^(?:which|that|who)$/i.test(tokens[s]!.text)) {
    let e = s - 1;
    if (inSentence(e) && tokens[e]!.text === ',') e--;
    let a = e;
    while (a - 1 >= 0 && inSentence(a - 1) && e - a < MAX_ABOUT_TOKENS - 1 && /^(?:NOUN|PROPN|ADJ|DET|NUM)$/.test(tokens[a - 1]!.pos)) a--;
    if (inSentence(e) && /^(?:NOUN|PROPN)$/.test(tokens[e]!.pos)) return { text: body.slice(tokens[a]!.start, tokens[e]!.end), anaphor: false };
    return { text: null, anaphor: false };
  }
  // Drop dates and the prepositions that introduce them ("In 2004 …", "… in 2003").
  const isDate = (i: number): boolean => dates.some((d) => d.start <= tokens[i]!.start && tokens[i]!.end <= d.end);
  while (from < to && (isDate(from) || (tokens[from]!.pos === 'ADP' && from + 1 < to && isDate(from + 1)) || tokens[from]!.pos === 'PUNCT' || tokens[from]!.pos === 'SPACE')) from++;
  while (to > from && (isDate(to - 1) || (tokens[to - 1]!.pos === 'ADP' && to === v) || /^(?:has|have|had|also|then|now|only|still)$/i.test(tokens[to - 1]!.text))) to--;
  // "… purchases to [exceed]", "estimated to [cost]": the infinitive's marker is no part of the subject.
  while (to > from && (tokens[to - 1]!.pos === 'ADP' || tokens[to - 1]!.pos === 'PART')) to--;
  // "the Central Election Commission’s budget for the single voting day was …": too long, the head noun phrase alone.
  if (to - from > MAX_ABOUT_TOKENS) {
    let k = from;
    while (k < to && !(tokens[k]!.pos === 'ADP' && k > from && /^(?:NOUN|PROPN)$/.test(tokens[k - 1]!.pos))) k++;
    // (Only a plain noun phrase before the cut: "guilty in the US for their roles …" is no subject.)
    const plain = (i: number): boolean => /^(?:DET|ADJ|NOUN|PROPN|NUM|PART)$/.test(tokens[i]!.pos) || /^['’]s?$/.test(tokens[i]!.text);
    if (k < to && tokens.slice(from, k).every((_, j) => plain(from + j))) to = k;
  }
  if (to <= from || to - from > MAX_ABOUT_TOKENS) return { text: null, anaphor: false };
  const text = body.slice(tokens[from]!.start, tokens[to - 1]!.end);
  if (ANAPHOR.test(text)) return { text, anaphor: true };
  if (/^(?:it|this|that|they|he|she|which|there)$/i.test(text)) return { text: null, anaphor: false };
  return { text, anaphor: false };
}

/** Bounds and approximations before a figure: "of more than 1,000 km", "at least 100 megawatts". */
const APPROXIMATION = /^(?:about|around|some|nearly|almost|over|under|up|to|more|less|than|least|most|roughly|approximately|just|an|estimated|only|no|not|between)$/i;
/** Nouns before "of" that say how a figure stands, not what it measures ("a total of", "a record low of"). */
const GENERIC_MEASURE = /^(?:total|sum|amount|figure|number|average|maximum|minimum|max|min|record|low|high|peak|level|tally|value|range|margin|order|part|increase|decrease|rise|fall|drop|growth|loss|gain)$/i;
/** Nouns before "of" that frame a figure without naming what it measures ("over the course of two decades", "the result of"). */
const FRAME_OF = /^(?:course|period|space|span|result|results|culmination|tune|exchange|existence|origin|equivalent|capture|search|case|instance|consequence|matter|upwards|excess|outset|age|ages|door|list)$/i;
/** Nouns after "in" that say where or why money is, not what it is ("$1.2 million in order to", "worth $10,000 in the capital"). */
const NOT_MONEY_KIND = /^(?:order|addition|return|exchange|total|excess|time|place|response|turn|fact|question|capital|city|region|country|province|state|market|area|zone|town|village|district|territory|prison|jail|court|bank|terms|part|connection|relation|value|line|contrast|comparison)$/i;
/** Verbs of estimating that put a thing at a figure. */
const ESTIMATE_VERB = /^(?:puts?|putting|estimat(?:e|es|ed|ing)|valu(?:e|es|ed|ing)|pegg(?:ed|ing)|pegs?|sets?|setting|place[sd]?|placing)$/i;

/** The start of the noun phrase ending at token `end`: its nouns, adjectives, possessives and determiner. */
function nounPhraseBefore(tokens: Token[], end: number, inSentence: (i: number) => boolean): number {
  let a = end;
  // "a planned capacity": a participle after a determiner modifies the noun ("the region introduced rolling blackouts" is a clause).
  const participle = (i: number): boolean =>
    tokens[i]!.pos === 'VERB' && /ed$/.test(tokens[i]!.text) && /^(?:NOUN|ADJ)$/.test(tokens[i + 1]?.pos ?? '') && /^(?:DET|ADP|ADJ|PUNCT|SCONJ)$/.test(tokens[i - 1]?.pos ?? '');
  const part = (i: number): boolean =>
    inSentence(i) && (/^(?:NOUN|PROPN|ADJ|NUM)$/.test(tokens[i]!.pos) || /^(?:['’]s|its|their|his|her|our)$/i.test(tokens[i]!.text) || inHyphenCompound(tokens, i) || participle(i));
  while (end - a < MAX_ABOUT_TOKENS - 1 && part(a - 1)) a--;
  return a;
}

/** The token after a conversion in parentheses that follows a figure ("(about $930 million)"), else `next`. */
function afterConversion(tokens: Token[], next: number, inSentence: (i: number) => boolean): number {
  if (!inSentence(next) || tokens[next]!.text !== '(') return next;
  for (let i = next + 1; i < next + 8 && inSentence(i); i++) {
    if (tokens[i]!.text === ')') return tokens.slice(next + 1, i).some((t) => t.pos === 'NUM' || /\d/.test(t.text)) && inSentence(i + 1) ? i + 1 : next;
  }
  return next;
}

/** Words that open an aside between commas after a subject: ", including …,", ", which …,". */
const ASIDE_OPENER = /^(?:including|excluding|which|who|like|such|especially|particularly|mainly|mostly|notably|according)$/i;

/** The comma that opens an aside closed by the comma at `end - 1` (", including a pipeline to the coast,"), or -1. */
function asideBefore(tokens: Token[], end: number, inSentence: (i: number) => boolean): number {
  const close = end - 1;
  if (!inSentence(close) || tokens[close]!.text !== ',') return -1;
  for (let i = close - 1; i > close - 25 && inSentence(i); i--) {
    if (tokens[i]!.text !== ',') continue;
    const opener = tokens[i + 1]!;
    return ASIDE_OPENER.test(opener.text) || (opener.pos === 'VERB' && /(?:ing|ed)$/.test(opener.text)) ? i : -1;
  }
  return -1;
}

/** "Serik Zhumangarin, 54, …": a whole number between commas right after a capitalized name is that person's age ("age of Zhumangarin"). */
function ageOf(body: string, start: number, end: number, value: number): string | null {
  if (!Number.isInteger(value) || value < 16 || value > 110 || !/^,/.test(body.slice(end, end + 1))) return null;
  // (Not "In Almaty, 54 people …": no comma after the figure.)
  const m = /(?:^|[^\p{L}])(\p{Lu}[\p{L}'’-]+), $/u.exec(body.slice(Math.max(0, start - 40), start));
  return m ? `age of ${m[1]}` : null;
}

/** A noun phrase: determiners, adjectives, nouns and "of"-attachments, up to a verb or a clause break. */
function nounPhraseAfter(tokens: Token[], from: number, inSentence: (i: number) => boolean): [number, number] | null {
  let i = from;
  let last = -1;
  while (inSentence(i) && i - from < MAX_ABOUT_TOKENS) {
    const t = tokens[i]!;
    // "the Kars–Iğdır railway": a dash between two glued words joins names, it breaks no clause.
    const joining = last >= 0 && /^[\u2013\u2014-]$/.test(t.text) && t.start === tokens[i - 1]!.end && tokens[i + 1]?.start === t.end && /^\p{Lu}/u.test(tokens[i + 1]!.text);
    if (joining) {
      i++;
      continue;
    }
    if (CLAUSE_BREAK.test(t.text) || t.pos === 'VERB' || t.pos === 'AUX') break;
    // "a $425 million package on October 17": a preposition other than "of" after the noun ends it.
    // ("a 49 percent stake in the Khorgos Gateway dry port": a holding is in something.)
    if (last >= 0 && t.pos === 'ADP' && t.text.toLowerCase() !== 'of' && !(t.text.toLowerCase() === 'in' && HOLDING.test(tokens[last]!.text))) break;
    // "natural gas in 2013 at $165.60": a year or another figure ends what is counted.
    if (last >= 0 && (t.pos === 'NUM' || t.pos === 'SYM')) break;
    // "fuel duty-free": a word glued to a hyphen starts a compound adjective after the noun phrase.
    const next = tokens[i + 1];
    if (i > from && next?.text === '-' && next.start === t.end) break;
    if (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'NUM') last = i;
    i++;
  }
  return last < 0 ? null : [tokens[from]!.start, tokens[last]!.end];
}

/** A preposition opening a time ("in 2003", "in the coming decade", "over the next five years"). */
const RELATIVE_TIME = /^(?:in|over|within|during|for|by)\s+(?:the\s+)?(?:coming|next|past|last|previous|following|same)\s+(?:\w+\s+)?(?:decades?|years?|months?|weeks?|days?|quarters?|period)\b/i;

function isTimePhraseAt(body: string, tokens: Token[], i: number, dates: DateMention[]): boolean {
  const t = tokens[i]!;
  if (t.pos !== 'ADP') return false;
  const next = tokens[i + 1];
  if (next && dates.some((d) => d.start <= next.start && next.end <= d.end)) return true;
  return RELATIVE_TIME.test(body.slice(t.start, t.start + 60));
}

/** From the counted noun to the end of its clause, stopping at a second prepositional phrase after the verb. */
function clauseFrom(tokens: Token[], from: number, inSentence: (i: number) => boolean, timeAt: (i: number) => boolean): [number, number] {
  let last = from;
  let verbSeen = false;
  let objectSeen = false;
  let beforeVerb = from;
  let i = from + 1;
  for (; inSentence(i) && i - from < MAX_ABOUT_TOKENS; i++) {
    const t = tokens[i]!;
    // "200 basic goods until the end of the year": when is no part of what.
    // ("44 tanks for about €950 million": a sum's symbol opens another figure.)
    if (CLAUSE_BREAK.test(t.text) || /^(?:and|or|until|till|since|during|before|after|worth)$/i.test(t.text) || /^[$€£¥₽]$/.test(t.text) || t.pos === 'NUM' || t.pos === 'AUX' || timeAt(i)) break;
    // "of the ousted president": a participle before its noun modifies it.
    const modifier = t.pos === 'VERB' && /(?:ed|en)$/.test(t.text) && /^(?:DET|ADP)$/.test(tokens[i - 1]!.pos) && /^(?:NOUN|PROPN|ADJ)$/.test(tokens[i + 1]?.pos ?? '');
    if (t.pos === 'VERB' && !modifier) {
      verbSeen = true;
    } else if (verbSeen && (t.pos === 'NOUN' || t.pos === 'PROPN')) objectSeen = true;
    else if (objectSeen && t.pos === 'ADP') break;
    // ("in at least 32 cities": the words that qualify the next figure are no part of this one's.)
    if (t.pos !== 'ADP' && t.pos !== 'DET' && t.pos !== 'CCONJ' && t.pos !== 'PART' && !/^(?:least|most|more|less|than|about|around|some|nearly|almost|roughly)$/i.test(t.text)) last = i;
    if (!verbSeen && (t.pos === 'NOUN' || t.pos === 'PROPN')) beforeVerb = i;
  }
  // Cut short by length in the middle of the verb's object ("… seized the regional"): the noun and its modifiers alone.
  const cutShort = i - from >= MAX_ABOUT_TOKENS && inSentence(i) && (tokens[i]!.pos === 'NOUN' || tokens[i]!.pos === 'PROPN' || tokens[i]!.pos === 'ADJ');
  if (verbSeen && cutShort) last = beforeVerb;
  return [tokens[from]!.start, tokens[last]!.end];
}

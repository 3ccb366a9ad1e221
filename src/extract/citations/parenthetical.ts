// Parenthetical source citations, the EDM house style: "(Interfax-AVN, December 10)", with the forms
// the corpora use — several groups "(Interfax, December 10; RIA Novosti, December 11)", several
// sources sharing a date "(Interfax, Kommersant, December 10)", day ranges "(Source, December 10-11)"
// and "(Source, February 25-March 3)",
// a written year "(Source, December 10, 2004)", web sites "(www.site.kz, December 5)" and the
// malformed "(, December 28)". A parenthesis without such a date — "(North Kazakhstan)" — is not one.
import { iso, lastOfMonth, MONTH_SOURCE, monthNumber, resolveMonthDay } from '../dates/calendar.js';
import { isDomain, isKnownOutletAnyCase } from './outlets.js';

export interface ParentheticalPart {
  /** The outlet name, or null for "(, December 28)". */
  source: string | null;
  /** Offset of the outlet name inside the parenthesis text (raw), or -1. */
  sourceOffset: number;
  /** 0 for a source cited without a date ("(Kapital.kz)"). */
  month: number;
  /** 0 when the parenthesis names a month only ("(Kommersant, November 2010)") or no date. */
  day: number;
  year: number | null;
}

const PAREN = /\(([^()\n]{3,300})\)/g;
const DATE_SOURCE =
  `(${MONTH_SOURCE})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:\\s*(?:[-–]|,|and|&)\\s*\\d{1,2}(?!\\d))*` +
  // a weekly's range across a month's end: "February 25-March 3"
  `(?:\\s*[-–]\\s*${MONTH_SOURCE}\\.?\\s+\\d{1,2}(?!\\d))?(?:,?\\s+((?:1[89]|20)\\d\\d))?` +
  `|(\\d{1,2})\\s+(${MONTH_SOURCE})\\.?(?:,?\\s+((?:1[89]|20)\\d\\d))?` +
  `|(${MONTH_SOURCE})\\.?,?\\s+((?:1[89]|20)\\d\\d)`;
/** "April 30" in "(RIA Novosti, April 30, May 2)": a further day of the same source. */
const DAY_PIECE = new RegExp(`^(?:(${MONTH_SOURCE})\\.?\\s+(\\d{1,2})|(\\d{1,2})\\s+(${MONTH_SOURCE})\\.?)$`);
/** What follows a month's first day: ", 5" in "March 4, 5", "-11" in "December 10-11". */
const MORE_DAYS = new RegExp(`(?:${MONTH_SOURCE})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?((?:\\s*(?:[-–]|,|and|&)\\s*\\d{1,2}(?!\\d))*)`);
/** One group: sources, a comma, a date, nothing after. */
const GROUP = new RegExp(`^\\s*(.*?)\\s*,\\s*(?:${DATE_SOURCE})\\s*\\.?\\s*$`);
/** A further date of the sources before ("(see EDM, March 5, 2019; January 12, 2023)", "… 2019 and January 12, 2023"). */
const MORE_DATE = new RegExp(`^\\s*(?:and\\s+)?(?:${DATE_SOURCE})\\s*\\.?\\s*$`);
/** Where a group's date is followed by another written with its month: " and January 12". */
const AND_DATE = new RegExp(`,?\\s+and\\s+(?=(?:${MONTH_SOURCE})\\.?\\s+\\d)`, 'g');
/** A note on the language of the source after its date: "(Nasha Niva, March 10 [in Russian])". */
const LANGUAGE_NOTE = /\s*\[[^\]]{1,30}\]\s*$/;
const LEADING_CUE = /^(?:see|cf\.?|via|source:?|sources:?)\s+/i;
const SOURCE_SEPARATOR = /\s*,\s*|\s+and\s+|\s*&\s*/g;
const CONNECTOR = /^(?:of|the|de|del|la|el|na|y|i|da|do|dos|das|für|for|and|on|in|am|an|al)$/;
const ISSUE_NUMBER = /^(?:No\.?|Nos\.|Number|#|Issue|Vol\.?|Volume|p\.|pp\.)\s*\d+[\d–-]*$/i;
const SOURCE_WORD = /^(?:[\p{Lu}\d«"“'‘][^\s]*|[a-z][\w-]*[A-Z][^\s]*)$/u;

/** Parse the text of a parenthesis (with its brackets); null when it is not a citation. */
export function parseParenthetical(raw: string): ParentheticalPart[] | null {
  const inner = raw.slice(1, -1);
  const parts: ParentheticalPart[] = [];
  let offset = 1;
  // The sources of the last group, for a group that is a date alone.
  let lastSources: { source: string; sourceOffset: number }[] = [];
  const groups: [string, number][] = [];
  for (const piece of inner.split(';')) {
    const at = offset;
    offset += piece.length + 1;
    let from = 0;
    AND_DATE.lastIndex = 0;
    for (let m = AND_DATE.exec(piece); m; m = AND_DATE.exec(piece)) {
      groups.push([piece.slice(from, m.index), at + from]);
      from = m.index + m[0].length;
    }
    groups.push([piece.slice(from), at + from]);
  }
  for (const [text, groupOffset] of groups) {
    const group = text.replace(LANGUAGE_NOTE, '');
    const m = GROUP.exec(group);
    const more = m ? null : MORE_DATE.exec(group);
    if (more && lastSources.length > 0) {
      const date = dateOf(more, 1);
      if (!date) return null;
      for (const source of lastSources) parts.push({ ...source, ...date });
      continue;
    }
    if (!m) {
      if (group.trim() === '') continue;
      // "(Kapital.kz)", "(Kapital.kz; Kursiv, June 10)": a web site or a known outlet may be cited without a date.
      const undated = splitSources(group);
      if (!undated || undated.days.length > 0 || !undated.sources.every((s) => isDomain(s.name) || isKnownOutletAnyCase(s.name))) return null; // prose
      const sourcesStart = groupOffset + group.length - group.trimStart().length;
      for (const s of undated.sources) parts.push({ source: s.name, sourceOffset: sourcesStart + s.offset, month: 0, day: 0, year: null });
      lastSources = [];
      continue;
    }
    const date = dateOf(m, 2);
    if (!date) return null;
    const { month, day, year } = date;
    const sourcesText = m[1]!;
    const sourcesStart = groupOffset + group.length - group.trimStart().length;
    if (sourcesText.trim() === '') {
      parts.push({ source: null, sourceOffset: -1, month, day, year });
      lastSources = [];
      continue;
    }
    const split = splitSources(sourcesText);
    if (!split) return null;
    // "(Infotag, March 4, 5)": further days of the same month ("December 10-11" is one weekly issue's dates).
    const listed = m[2] ? MORE_DAYS.exec(group.slice(m[1]!.length))?.[1] ?? '' : '';
    const sameMonth = [...listed.matchAll(/(?:,|\band\b|&)\s*(\d{1,2})/g)].map((d) => +d[1]!).filter((d) => d >= 1 && d <= 31 && d !== day);
    for (const s of split.sources) {
      for (const d of split.days) parts.push({ source: s.name, sourceOffset: sourcesStart + s.offset, month: d.month, day: d.day, year });
      parts.push({ source: s.name, sourceOffset: sourcesStart + s.offset, month, day, year });
      for (const d of sameMonth) parts.push({ source: s.name, sourceOffset: sourcesStart + s.offset, month, day: d, year });
    }
    lastSources = split.sources.map((s) => ({ source: s.name, sourceOffset: sourcesStart + s.offset }));
  }
  return parts.length > 0 ? parts : null;
}

/**
 * The month, day (0 for a month alone) and year that DATE_SOURCE's groups hold, numbered from group `at` of
 * `m` (after the sources' group in GROUP, first in MORE_DATE); null for a day no month has.
 */
function dateOf(m: RegExpExecArray, at: number): { month: number; day: number; year: number | null } | null {
  const g = (k: number): string | undefined => m[at + k];
  const monthOnly = g(6) !== undefined;
  const month = monthNumber(g(0) ?? g(4) ?? g(6)!)!;
  const day = monthOnly ? 0 : +(g(1) ?? g(3)!);
  const yearText = g(2) ?? g(5) ?? g(7);
  if (!monthOnly && (day < 1 || day > 31)) return null;
  return { month, day, year: yearText ? +yearText : null };
}

function splitSources(text: string): { sources: { name: string; offset: number }[]; days: { month: number; day: number }[] } | null {
  const out: { name: string; offset: number }[] = [];
  const days: { month: number; day: number }[] = [];
  let from = 0;
  SOURCE_SEPARATOR.lastIndex = 0;
  const pieces: [number, number][] = [];
  for (let m = SOURCE_SEPARATOR.exec(text); m; m = SOURCE_SEPARATOR.exec(text)) {
    pieces.push([from, m.index]);
    from = m.index + m[0].length;
  }
  pieces.push([from, text.length]);
  for (const [a, b] of pieces) {
    let start = a;
    let name = text.slice(a, b);
    const cue = LEADING_CUE.exec(name);
    if (cue) {
      start += cue[0].length;
      name = name.slice(cue[0].length);
    }
    // "(Kommersant-Vlast, No. 2, January 9)": the issue of the source before it, not a source.
    if (out.length > 0 && ISSUE_NUMBER.test(name)) continue;
    const day = out.length > 0 ? DAY_PIECE.exec(name) : null;
    if (day) {
      days.push({ month: monthNumber(day[1] ?? day[4]!)!, day: +(day[2] ?? day[3]!) });
      continue;
    }
    // "(Telegram, @zatulin, January 21)": a channel's handle names the source before it.
    if (out.length > 0 && /^@\w{2,40}$/.test(name)) {
      const prev = out[out.length - 1]!;
      prev.name = text.slice(prev.offset, b);
      continue;
    }
    // "(Kazatomprom press release, October 3)", "(Ministry of Energy statement, July 2)": the issuer is the source.
    const document = DOCUMENT_AFTER_SOURCE.exec(name);
    if (document && document.index > 0) name = name.slice(0, document.index);
    if (!looksLikeSource(name)) return null;
    out.push({ name, offset: start });
  }
  return out.length > 0 ? { sources: out, days } : null;
}

/** A document's kind after its issuer's name in a citation. */
// (Not words outlets end their names with: "Bishkek Bulletin", "Kyiv Post".)
const DOCUMENT_AFTER_SOURCE = /\s+(?:press\s+release|press\s+service|statement|annual\s+report|communiqu[eé]|readout|transcript|decree)$/i;

/** A cited source's name: an outlet, a domain, or capitalized words with connectors ("Interview with the author" is none). */
export function looksLikeSource(name: string): boolean {
  if (name.length === 0 || name.length > 80) return false;
  if (isDomain(name) || isKnownOutletAnyCase(name)) return true;
  const words = name.split(/\s+/);
  if (words.length > 8 || !SOURCE_WORD.test(words[0]!)) return false;
  // ("Verslo žinios", "Gazeta prawna", "Lietuvos rytas": titles in their own language keep later words in lower case.)
  const ownLanguage = words.length <= 3 && words.slice(1).every((w) => /^\p{Ll}{4,}$/u.test(w) && !ENGLISH_WORD.test(w));
  return ownLanguage || words.every((w) => SOURCE_WORD.test(w) || CONNECTOR.test(w));
}
/** Lower-case English words that, after a capitalized one, make a parenthesis prose, not a title ("Putin said so"). */
const ENGLISH_WORD = /^(?:said|says|told|tells|that|this|these|those|there|their|they|with|from|were|have|has|had|will|would|could|should|about|after|before|again|also|when|where|which|while|what|only|more|most|some|such|than|then|them|into|over|under|since|until|years?|months?|days?|weeks?|cited|quoted|reported|writes|wrote|added|noted|interview|statement|report|article|website|channel|agency|newspaper|daily|weekly|edition|television|radio|online|news)$/;

/**
 * Where a parenthesis without a date may cite: at the end of a clause ("… rose again (Kapital.kz).") and
 * not right after a capitalized word, whose short form it would be ("Radio Free Europe/Radio Liberty (RFE/RL)").
 */
function citesUndated(body: string, start: number, end: number): boolean {
  const before = /(\S+)\s*$/.exec(body.slice(Math.max(0, start - 40), start))?.[1] ?? '';
  return /^[.;,:!?"”’)]|^\s*$/.test(body.slice(end, end + 1) || ' ') && !/^\p{Lu}/u.test(before);
}

/** The date a part names: the written year, else the latest not after the reference. */
export function partDate(part: ParentheticalPart, reference: string | null): string | null {
  if (part.day === 0) return null; // a month, not a day: the raw text keeps it
  if (part.year === null) return resolveMonthDay(part.month, part.day, reference);
  const date = iso(part.year, part.month, part.day);
  return date <= lastOfMonth(part.year, part.month) ? date : null;
}

/** A parenthesis that is a date alone ("(May 13)", "(January 10, 2024)"): its date, else null. */
export function dateOnlyParenthetical(raw: string): { month: number; day: number; year: number | null } | null {
  const inner = raw.slice(1, -1).replace(LANGUAGE_NOTE, '');
  const m = MORE_DATE.exec(inner);
  return m && !/^\s*and\b/.test(inner) ? dateOf(m, 1) : null;
}

/** A parenthesis that is a date alone ("… in the parliament building (May 13)."), where it stands. */
export interface DateOnlyParenthetical {
  start: number;
  end: number;
  raw: string;
  date: { month: number; day: number; year: number | null };
}

export interface ParentheticalMatch {
  start: number;
  end: number;
  raw: string;
  parts: ParentheticalPart[];
}

/** The citations' parentheses of a body; with `dateOnly`, the parentheses that are a date alone go there (one scan for both). */
export function findParentheticals(body: string, dateOnly?: DateOnlyParenthetical[]): ParentheticalMatch[] {
  const out: ParentheticalMatch[] = [];
  PAREN.lastIndex = 0;
  for (let m = PAREN.exec(body); m; m = PAREN.exec(body)) {
    // Cheap filter before parsing: a citation's parenthesis ends in a day or a year, or names an outlet alone.
    const dated = /\d\s*\.?(?:\s*\[[^\]]*\])?$/.test(m[1]!);
    if (!dated && (m[1]!.length > 80 || !citesUndated(body, m.index, m.index + m[0].length))) continue;
    const parts = parseParenthetical(m[0]);
    if (parts) out.push({ start: m.index, end: m.index + m[0].length, raw: m[0], parts });
    else if (dateOnly && m[1]!.length <= 40) {
      const date = dateOnlyParenthetical(m[0]);
      if (date && date.day > 0) dateOnly.push({ start: m.index, end: m.index + m[0].length, raw: m[0], date });
    }
  }
  return out;
}

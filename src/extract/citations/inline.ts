// Attributions to outlets in running text: "El Tiempo reported", "Reuters reported on Monday",
// "…, reported El Colombiano", "according to Interfax", "told the Associated Press", "in an interview with Kommersant". The name next
// to the cue must be an outlet (see outlets.ts): "according to Kurtov" cites a person, not a source.
import { findDates } from '../dates/index.js';
import { CALENDAR_WORD, MONTH_SOURCE, monthNumber, resolveMonthDay } from '../dates/calendar.js';
import { isKnownOutlet, isKnownOutletAnyCase, isOutlet as isNamedOutlet, OUTLET_NOUN } from './outlets.js';

export interface InlineMatch {
  start: number;
  end: number;
  source: string;
  sourceStart: number;
  date: string | null;
}

/** Cues before the outlet's name. */
const CUE_BEFORE_NAME = new RegExp(
  `\\b(?:according to|told|telling|in (?:remarks|comments) to|(?:in|during) an? (?:(?:exclusive|recent|later|earlier|new|separate|lengthy|televised|rare|wide-ranging) )?(?:interview|conversation) with|interviewed by|(?:reported|cited|quoted|published) (?:by|in)|` +
    // "a June 12 report by Eurasianet": the report's day dates the citation.
    `an? (?:(${MONTH_SOURCE})\\.? (\\d{1,2}) |(?:recent|new|latest|separate) )?(?:report|story|article|editorial|investigation|study|survey|analysis) (?:by|in|from)|speaking to|writing in|wrote in)\\s+`,
  'gi',
);
/** Cues after the outlet's name. */
const CUE_AFTER_NAME = /[ \t]+(?:has |had )?(?:reported|reports|wrote|writes|revealed|reveals|quoted|cited|noted|notes|said|says|said in (?:a|an|its) (?:report|article|editorial|story))\b/g;
/** Cues that follow a report and precede the outlet: "…, reported El Colombiano." */
const CUE_AFTER_REPORT = /,[ \t]+((?:reported|reports|wrote|writes)[ \t]+)(?=(?:the[ \t]+)?[\p{Lu}\d])/gu;

const DESCRIPTOR = new RegExp(
  // ("the reformist daily Etemad", "the conservative weekly X": any one word of stance before the outlet's kind.)
  `^(?:the\\s+)?(?:(?:[A-Z][\\w-]+|local|national|state|state-run|state-owned|official|independent|opposition|online|daily|weekly|news|investigative|leading|major|public|private|commercial|popular|pro-government|pro-Kremlin|influential|[a-z]+(?:ist|ive|al|an))\\s+){0,2}${OUTLET_NOUN}\\s+(?=[A-Z\\d])` +
    // "the pro-government Imedi TV": a stance before the outlet's name.
    `|^(?:the\\s+)?(?:pro-[\\w-]+|state-run|state-owned|independent|opposition|official|Kremlin-friendly|Kremlin-controlled)\\s+(?=[A-Z])` +
    // "told the Belarusian service of Radio Liberty": a language service or bureau of the outlet.
    `|^(?:the\\s+|an?\\s+)?(?:[A-Z][\\w-]+\\s+|[A-Z][\\w-]+-language\\s+)?(?:service|edition|bureau|desk)\\s+of\\s+(?:the\\s+)?(?=[A-Z])`,
);
const THE = /^the\s+/i;
const WORD = /[\p{Lu}\d][\p{L}\p{N}_'’.&/-]*|[a-z0-9-]+\.[a-z]{2,}(?:\/[\w./-]*)?/uy;
const CONNECTOR_AHEAD = /\s+(?:(?:de|del|della|di|du|des|la|el|of|the|y|da|do|dos|&)\s+)?(?=[\p{Lu}\d])/uy;
const NAME_BEFORE = /((?:[\p{Lu}\d][\p{L}\p{N}_'’.&/-]*\s+(?:(?:de|del|della|di|du|des|la|el|of|the|y|da|do|dos|&)\s+)?){0,5}(?:[\p{Lu}\d][\p{L}\p{N}_'’.&/-]*|[a-z0-9-]+\.[a-z]{2,}))$/u;
/** Calendar words end a name: "told El Tiempo Wednesday". */
/** Capitalized words that open a sentence or clause without being part of a name. */
const LEADING_NOT_NAME = new Set([
  'As', 'But', 'And', 'In', 'On', 'While', 'Meanwhile', 'However', 'Also', 'Yet', 'So', 'Then', 'Earlier', 'Later', 'Now',
  'Last', 'This', 'When', 'After', 'Before', 'Since', 'Although', 'Though', 'If', 'Moreover', 'Still', 'Instead', 'Recently',
  'According', 'Today', 'Yesterday', 'Previously', 'Separately', 'Similarly', 'Indeed', 'Furthermore', 'Additionally',
  'Elsewhere', 'Nonetheless', 'Nevertheless', 'Thus', 'Hence', 'Or', 'Because', 'Where', 'Which', 'That', 'What',
]);
const MAX_NAME_WORDS = 6;

/** `cited`: the sources the article cites in parentheses, outlets wherever they are named. */
export function findInlineCitations(body: string, reference: string | null, cited: ReadonlySet<string> = new Set()): InlineMatch[] {
  const out: InlineMatch[] = [];
  const isOutlet = (name: string, start: number, end: number): boolean => cited.has(name) || cited.has(name.replace(/^the\s+/i, '')) || isNamedOutlet(name, body, start, end);
  CUE_BEFORE_NAME.lastIndex = 0;
  for (let m = CUE_BEFORE_NAME.exec(body); m; m = CUE_BEFORE_NAME.exec(body)) {
    const name = outletOfPerson(body, readNameAfter(body, m.index + m[0].length), isOutlet);
    if (!name || !isOutlet(name.text, name.start, name.end)) continue;
    const when = dateRightAfter(body, name.end, reference); // "told the Associated Press on Friday"
    const reportDay = m[1] && m[2] ? resolveMonthDay(monthNumber(m[1])!, +m[2], reference) : null;
    out.push({ start: m.index, end: when?.end ?? name.end, source: name.text, sourceStart: name.start, date: when?.date ?? reportDay });
  }
  CUE_AFTER_REPORT.lastIndex = 0;
  for (let m = CUE_AFTER_REPORT.exec(body); m; m = CUE_AFTER_REPORT.exec(body)) {
    const name = readNameAfter(body, m.index + m[0].length);
    if (!name || !isOutlet(name.text, name.start, name.end)) continue;
    out.push({ start: m.index + m[0].length - m[1]!.length, end: name.end, source: name.text, sourceStart: name.start, date: null });
  }
  CUE_AFTER_NAME.lastIndex = 0;
  for (let m = CUE_AFTER_NAME.exec(body); m; m = CUE_AFTER_NAME.exec(body)) {
    const name = readNameBefore(body, m.index);
    if (!name || !isOutlet(name.text, name.start, name.end)) continue;
    let end = m.index + m[0].length;
    let date: string | null = null;
    const when = dateRightAfter(body, end, reference);
    if (when) {
      end = when.end;
      date = when.date;
    }
    out.push({ start: name.start, end, source: name.text, sourceStart: name.start, date });
  }
  return out;
}

interface NameSpan {
  text: string;
  start: number;
  end: number;
}

/** "Bill O'Reilly of Fox News": the outlet is the part after "of", unless the whole is an outlet's name. */
function outletOfPerson(body: string, name: NameSpan | null, isOutlet: (name: string, start: number, end: number) => boolean): NameSpan | null {
  if (!name || isKnownOutlet(name.text)) return name;
  const of = name.text.lastIndexOf(' of ');
  if (of < 0) return name;
  const start = name.start + of + 4;
  const tail = { text: body.slice(start, name.end), start, end: name.end };
  return isOutlet(tail.text, tail.start, tail.end) ? tail : name;
}

function readNameAfter(body: string, from: number): NameSpan | null {
  const head = body.slice(from, from + 80);
  const descriptor = DESCRIPTOR.exec(head);
  let pos = from + (descriptor ? descriptor[0].length : (THE.exec(head)?.[0].length ?? 0));
  const start = pos;
  let end = pos;
  for (let words = 0; words < MAX_NAME_WORDS; words++) {
    WORD.lastIndex = pos;
    const w = WORD.exec(body);
    if (!w || CALENDAR_WORD.test(w[0].replace(/[.,;:]$/, ''))) break;
    end = trimWordEnd(body, w.index, w.index + w[0].length);
    if (end < w.index + w[0].length) break; // the word ended in a stop, a comma or a possessive
    CONNECTOR_AHEAD.lastIndex = end;
    const c = CONNECTOR_AHEAD.exec(body);
    if (!c) break;
    pos = end + c[0].length;
  }
  if (end <= start) return null;
  // "according to Vremya novostei": a known outlet's lower-case second word.
  const tail = /^ (\p{Ll}+)\b/u.exec(body.slice(end, end + 40));
  if (tail && isKnownOutletAnyCase(`${body.slice(start, end)} ${tail[1]}`)) end += tail[0].length;
  return { text: body.slice(start, end), start, end };
}

/** Drop a sentence-final period (keeping initialisms like "U.S."), a possessive, trailing punctuation. */
function trimWordEnd(body: string, start: number, end: number): number {
  let e = end;
  const word = body.slice(start, end);
  const possessive = /['’]s?$/.exec(word);
  if (possessive) e -= possessive[0].length;
  while (e > start && /[.,:;'’-]/.test(body[e - 1]!) && !/^(?:[A-Z]\.)+$/.test(body.slice(start, e))) e--;
  return e;
}

function readNameBefore(body: string, before: number): NameSpan | null {
  // "Nezavisimaya gazeta reported": a known outlet with a lower-case second word (the last two words).
  const second = body.lastIndexOf(' ', before - 1);
  const first = second > 0 ? body.lastIndexOf(' ', second - 1) + 1 : -1;
  if (first >= 0 && /^\p{Lu}/u.test(body[first]!) && /^\p{Ll}/u.test(body[second + 1] ?? '') && isKnownOutletAnyCase(body.slice(first, before))) {
    return { text: body.slice(first, before), start: first, end: before };
  }
  const windowStart = Math.max(0, before - 90);
  const m = NAME_BEFORE.exec(body.slice(windowStart, before));
  if (!m) return null;
  let start = windowStart + m.index;
  let text = m[1]!;
  // A word ending in a full stop ends the previous sentence ("on Friday. Reuters"), initialisms aside.
  const stop = /^.*[\w'’)]\.\s+/s.exec(text);
  if (stop && !/(?:^|\s)(?:(?:[A-Z]\.)+|St\.|Dr\.|Mr\.|Mrs\.|Ms\.|Jr\.|Co\.|Inc\.|Corp\.|Ltd\.)\s+$/.test(stop[0])) {
    start += stop[0].length;
    text = text.slice(stop[0].length);
  }
  // Drop clause openers ("As InSight Crime reported") and a leading "The".
  for (;;) {
    const first = /^(\S+)\s+/.exec(text);
    if (!first || !(LEADING_NOT_NAME.has(first[1]!) || /^the$/i.test(first[1]!))) break;
    start += first[0].length;
    text = text.slice(first[0].length);
  }
  if (LEADING_NOT_NAME.has(text)) return null;
  if (/['’]s$/.test(text)) return null; // "the agency’s reported…" is not a name before a verb
  return { text, start, end: start + text.length };
}

/** "reported on Monday", "reported December 10": a date that starts right after the verb. */
function dateRightAfter(body: string, from: number, reference: string | null): { end: number; date: string | null } | null {
  const tail = body.slice(from, from + 32);
  const lead = /^\s+(?:on\s+|late\s+on\s+)?/.exec(tail);
  if (!lead) return null;
  const first = findDates(tail, reference)[0];
  if (!first || first.start !== lead[0].length || first.precision !== 'day') return null;
  return { end: from + first.end, date: first.date };
}

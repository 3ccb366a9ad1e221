// Cue verbs of attribution. The learned lexicon (models/quotes/cues.json, built by
// scripts/train-quotes.ts from PolNeAR train) counts how often each word form heads a cue and how
// often it occurs; a form is a cue when it is frequent enough as one and usually one. The product
// decides with the cue model (cue-model.ts); this lexicon is the fallback when its file is absent.
import { readQuoteModel } from './model-file.js';
import { MONTH_SOURCE, WEEKDAY_SOURCE } from '../dates/calendar.js';

export interface CueLexiconOptions {
  /** Minimum share of a form's occurrences that head a cue. */
  minRatio: number;
  /** Minimum number of times the form headed a cue in train. */
  minCount: number;
}

export const defaultCueOptions: CueLexiconOptions = { minRatio: 0.3, minCount: 3 };

/** Speech verbs known without training, so the stage works when the model file is absent. */
const CORE_CUES = [
  'say', 'says', 'said', 'saying', 'tell', 'tells', 'told', 'telling', 'add', 'adds', 'added', 'adding',
  'ask', 'asks', 'asked', 'note', 'notes', 'noted', 'noting', 'argue', 'argues', 'argued', 'arguing',
  'claim', 'claims', 'claimed', 'believe', 'believes', 'believed', 'assure', 'assures', 'assured',
  'stress', 'stresses', 'stressed', 'insist', 'insists', 'insisted', 'warn', 'warns', 'warned',
  'explain', 'explains', 'explained', 'state', 'states', 'stated', 'declare', 'declares', 'declared',
  'announce', 'announces', 'announced', 'report', 'reports', 'reported', 'write', 'writes', 'wrote',
  'suggest', 'suggests', 'suggested', 'admit', 'admits', 'admitted', 'acknowledge', 'acknowledges',
  'acknowledged', 'emphasize', 'emphasizes', 'emphasized', 'maintain', 'maintains', 'maintained',
  'predict', 'predicts', 'predicted', 'think', 'thinks', 'thought', 'feel', 'feels', 'felt', 'reply',
  'replies', 'replied', 'respond', 'responds', 'responded', 'concede', 'conceded', 'contend', 'contends',
  'contended', 'observe', 'observes', 'observed', 'remark', 'remarked', 'recall', 'recalls', 'recalled',
  'tweeted', 'tweets', 'answered', 'answers', 'continued', 'continues', 'promised', 'promises', 'vowed',
  'vows', 'complained', 'complains', 'confirmed', 'confirms', 'denied', 'denies', 'alleged', 'alleges',
];

/** Verbs whose first object is the addressee, not the content ("assured his counterparts that"). */
export const ADDRESSEE_CUES = new Set([
  'tell', 'tells', 'told', 'telling', 'assure', 'assures', 'assured', 'assuring', 'inform', 'informs',
  'informed', 'remind', 'reminds', 'reminded', 'warn', 'warns', 'warned', 'warning', 'urge', 'urges',
  'urged', 'convince', 'convinced', 'persuade', 'persuaded', 'promise', 'promised', 'promises', 'ask',
  'asks', 'asked', 'asking', 'notify', 'notified',
]);

interface CueFile {
  cues: Record<string, [number, number]>;
}

let learned: Map<string, [number, number]> | null | undefined;

function loadLearned(): Map<string, [number, number]> | null {
  if (learned !== undefined) return learned;
  const raw = readQuoteModel<CueFile>('cues.json');
  learned = raw && new Map(Object.entries(raw.cues));
  return learned;
}

/** Set of lower-case word forms that act as attribution cues. */
export function cueLexicon(options: CueLexiconOptions = defaultCueOptions): Set<string> {
  const set = new Set(CORE_CUES);
  const counts = loadLearned();
  if (counts) {
    for (const [form, [n, occ]] of counts) {
      if (n >= options.minCount && n / occ >= options.minRatio && /^[a-z]+$/.test(form)) set.add(form);
    }
  }
  // Never cues on their own: function words and copulas that the learned counts may let through.
  for (const w of STOP_FORMS) set.delete(w);
  return set;
}

const STOP_FORMS = ['according', 'is', 'was', 'are', 'be', 'has', 'have', 'had', 'in', 'on', 'for', 'of', 'to', 'the', 'a', 'as', 'with', 'by'];

const PART_OF_DAY = 'morning|afternoon|evening|night';
/** A time phrase as written after a cue ("said Friday", "said last week", "said on July 5, 2004"). */
const TIME_PHRASE =
  `(?:on\\s+)?(?:(?:${MONTH_SOURCE})\\.?(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?(?:,?\\s+\\d{4})?|\\d{4}` +
  `|(?:${WEEKDAY_SOURCE})(?:\\s+(?:${PART_OF_DAY}))?|yesterday|today|tonight` +
  `|(?:last|this|earlier\\s+this|later\\s+this)\\s+(?:week|month|year|weekend|${PART_OF_DAY}|${WEEKDAY_SOURCE})` +
  `|(?:the\\s+)?(?:next|following|previous|same)\\s+(?:day|week|${PART_OF_DAY})|(?:later|earlier)\\s+(?:that|this)\\s+(?:day|week))`;
const DATE_ONLY = new RegExp(`^${TIME_PHRASE}\\W*$`, 'i');
/** A time phrase, then a clause of circumstance: "Friday as he entered the talks", "on Monday after the vote". */
const DATE_THEN_CIRCUMSTANCE = new RegExp(`^${TIME_PHRASE},?\\s+(?:as|when|while|after|before|during|at|in|on|outside|from|to|ahead)\\b`, 'i');

/** Text that is only a date ("on January 10", "July 5", "the next day"): no content, and no speaker. */
export function isDateOnly(text: string): boolean {
  return DATE_ONLY.test(text);
}

/** Words a time phrase can open or close with: a cheap test before the phrase's own. */
const TIME_FIRST_WORD = new RegExp(`^(?:on|(?:${MONTH_SOURCE})\\.?|\\d{4}|${WEEKDAY_SOURCE}|yesterday|today|tonight|last|this|earlier|later|the|next|following|previous|same)$`, 'i');
const TIME_LAST_WORD = new RegExp(`^(?:(?:${MONTH_SOURCE})\\.?|\\d{1,2}(?:st|nd|rd|th)?|\\d{4}|${WEEKDAY_SOURCE}|yesterday|today|tonight|week|month|year|weekend|${PART_OF_DAY}|day)$`, 'i');

/** Whether a time phrase may start with this word ("on", "Tuesday", "last" …). */
export function mayOpenTimePhrase(word: string): boolean {
  return TIME_FIRST_WORD.test(word);
}

/** Whether a time phrase may end with this word ("Tuesday", "week", "5th" …). */
export function mayCloseTimePhrase(word: string): boolean {
  return TIME_LAST_WORD.test(word);
}

const BARE_MONTH_OR_YEAR = new RegExp(`^(?:(?:${MONTH_SOURCE})\\.?|\\d{4})$`, 'i');

/** A month's name or a year alone ("May", "2023"), which is no time adverbial but after "in" dates what stands before it. */
export function isBareMonthOrYear(text: string): boolean {
  return BARE_MONTH_OR_YEAR.test(text);
}

/** A time adverbial next to a cue ("Sanders on Tuesday said", "said Friday he …"); not a bare month ("Theresa May") or year. */
export function isTimeAdverbial(text: string): boolean {
  return DATE_ONLY.test(text) && !BARE_MONTH_OR_YEAR.test(text) && !/\W$/.test(text);
}

/** Text that opens with a date and goes on with when or where it was said, not what. */
export function isDateAndCircumstance(text: string): boolean {
  return DATE_THEN_CIRCUMSTANCE.test(text);
}

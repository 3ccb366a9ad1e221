// Finds attributions (content, cue, source) in one analyzed text with a few linear passes:
// 1. quoted spans next to a cue become direct quotes ("“…,” asks X" / "X believes, “…”"); a quoted
//    sentence right after one continues it ("“A,” X said. “B.”", one passage as PARC/PolNeAR mark it);
// 2. per sentence, left to right, each cue verb (the perceptron of cue-model.ts, or the lexicon) takes
//    "according to X, …", a trailing position ("…, sources said."), a medial one ("…, Barden says, …"),
//    a that-clause or bare clause ("X assured Y that …", "X says he …"), or, when allowed, its object
//    ("X criticized the plan"); where no rule applies, the trigger model (trigger-model.ts) decides
//    whether a candidate introduces a content and the content model (content-model.ts) reads it;
// 3. sources are the subject before the cue (past appositives), the phrase after an inverted cue, or
//    the clause subject for "…, arguing that"; "he"/"she" take the nearer of the last named speaker
//    and the last full name outside quotation marks.
// An indirect quote that contains a quoted fragment is "mixed"; quoted terms and titles are not speech.
// Every pass is linear in tokens; the content of one cue is capped (MAX_CONTENT).
import { dateOnlyParenthetical, parseParenthetical } from '../citations/parenthetical.js';
import { PLATFORMS } from '../citations/outlets.js';
import type { Analysis, Token } from '../../analyze/index.js';
import { isOpeningMark, isQuoteMark, leavesQuotationOpen, pairQuoteMarks, type QuotedSpan } from './marks.js';
import { ADDRESSEE_CUES, isBareMonthOrYear, isDateAndCircumstance, isDateOnly, isTimeAdverbial, mayCloseTimePhrase, mayOpenTimePhrase } from './lexicon.js';
import { cueContextKey, cueFeatures, isAppositionNounCue, isCueCandidate, scoreToken, stem, type CueModel } from './cue-model.js';
import { bestSpan, endScoreOf, isContentCandidate, START_WINDOW, type ContentModel, type ContentView } from './content-model.js';
import { triggerScore, type TriggerModel } from './trigger-model.js';
import { spansOf, tagDocument, type SpanTagger, type TaggerInput } from './span-tagger.js';
import { partitionPoint } from '../../util/sorted.js';
import { isSpeech, repaired } from './speech-filter.js';
import { FORMER, HEADS, isTitleWord, PORTFOLIOS } from '../entities/offices.js';

export type QuoteKindName = 'direct' | 'indirect' | 'mixed';

export interface Attribution {
  start: number;
  end: number;
  kind: QuoteKindName;
  cueStart: number;
  cueEnd: number;
  /** The source as written next to the cue ("political analyst Gulbigash Omarova", "he"). */
  sourceStart: number | null;
  sourceEnd: number | null;
  /** The speaker to report: the name inside the source, or a pronoun's antecedent. */
  speakerStart: number | null;
  speakerEnd: number | null;
  /** True when the speaker was found through a pronoun. */
  resolved: boolean;
}

export interface AttributeOptions {
  cues: ReadonlySet<string>;
  /** When set, a verb is a cue when the model scores it above `cueThreshold` (else the lexicon decides). */
  cueModel: CueModel | null;
  cueThreshold: number;
  /** With the cue model: a lexicon cue form counts too. */
  lexiconToo?: boolean;
  /** Quoted sentences with no cue of their own continue the previous direct quote's speaker. */
  standaloneQuotes: boolean;
  /** Whether that continuation may cross a paragraph break. */
  continueAcrossParagraphs: boolean;
  /** Take the object of a cue as its content when no clause follows ("mocked the ambitions of …"). */
  objects: boolean;
  /** Stems of speech-act verbs whose object is taken even when `objects` is off ("criticized the plan"). */
  objectStems?: ReadonlySet<string>;
  /** Indirect quotes need a source phrase next to their cue (product: who said it is the point). */
  requireSource?: boolean;
  /** Cue forms never taken as speech (cognition and appearance verbs: "seems", "wants"). */
  notSpeech?: ReadonlySet<string>;
  /** Minimum words of such an object. */
  minObjectWords: number;
  /** An object ends at its first comma. */
  objectCommaStop: boolean;
  /** End indirect content where a new clause joins with a comma, not at the end of the sentence. */
  clauseEnds: boolean;
  /** A quotation after its cue that the sentence goes on after makes a mixed quote to the clause's end. */
  quoteClauses?: boolean;
  /** A paragraph that is one quotation continues the attributed quote ending the paragraph before. */
  quoteParagraphs?: boolean;
  /** Minimum number of words of a quoted span with a cue to count as a direct quote. */
  minDirectWords: number;
  /** When set, the content after a cue verb is what this learned model reads (content-model.ts). */
  contentModel?: ContentModel | null;
  /** With the content model: verbs inside a content may start attributions of their own ("X said he wants to …"). */
  nested?: boolean;
  /** Score a content must beat ("no content" scores 0); below 0 trades precision for recall. */
  contentThreshold?: number;
  /** With the content model: only attributions whose source phrase was found. */
  contentNeedsSource?: boolean;
  /** With the content model: only verbs the cue model (or lexicon) accepts take a content. */
  contentCuesOnly?: boolean;
  /** With the content model: the hand-written readings win where they apply; the model reads the rest. */
  rulesFirst?: boolean;
  /**
   * With the content model: speech only, as the product reports it. A content must open a clause
   * ("that …", "whether …", a quotation, "he will …") unless its cue is a speech act (`objectStems`).
   */
  contentSpeechOnly?: boolean;
  /**
   * With the content model: the learned decision whether a candidate introduces a content
   * (trigger-model.ts) replaces the cue gates; above `triggerThreshold` the best span is taken.
   */
  triggerModel?: TriggerModel | null;
  triggerThreshold?: number;
  /** With the trigger model: where it says no, the cue gates and the content threshold are not asked. */
  triggerDecides?: boolean;
  /** With the trigger model, speech only: a cue followed by a topic preposition may take an object above this score. */
  topicThreshold?: number;
  /** With the trigger model: a content that opens no clause (an object) needs this score. */
  objectThreshold?: number;
  /** A content ends before a cue of its own inside it ("…, but he said that …"). */
  innerCues?: boolean;
  /** With the content model and rules first: a complement the rules found ends where the model ends it. */
  modelEnds?: boolean;
  /** Only complements of at least this many tokens are re-ended by the model (short ones seldom run long). */
  modelEndsMin?: number;
  /**
   * When set, the contents are what this token tagger reads (span-tagger.ts), given the readings of
   * these options without it and of `broadOptions`; cue and source come from the reading that
   * found the content, else from the nearest cue.
   */
  spanTagger?: SpanTagger | null;
  /** Drop what reports nobody's words: passive hearsay, naming, relative clauses after cue nouns (speech-filter.ts). */
  speechOnly?: boolean;
  broadOptions?: AttributeOptions;
}

const NP_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'PRON', 'NUM']);
const NP_HEAD_POS = new Set(['PROPN', 'NOUN', 'PRON', 'NUM']);
const NP_GLUE = new Set(["'s", '’s', "'", '’', '-', '&', '.']);
const RELATIVE = new Set(['who', 'which', 'that', 'whom', 'whose', 'what', 'where', 'when']);
const SKIP_BEFORE_CUE_POS = new Set(['ADV', 'AUX', 'PART']);
/** Verbs that carry a cue after "to": "continues to insist", "went on to say" (not "tried to talk": an attempt is no report). */
const CARRIERS = new Set(['continue', 'continues', 'continued', 'continuing', 'began', 'begins', 'begin', 'begun', 'started', 'starts', 'on', 'hastened', 'rushed']);
/** Asides between a subject and its verb: "Moscow, for its part, insists". */
const SUBJECT_ASIDES = new Set(['for its part', 'for their part', 'for his part', 'for her part', 'in turn', 'in response', 'meanwhile', 'however', 'too', 'in return', 'by contrast', 'in contrast', 'for now', 'so far', 'in particular', 'predictably', 'unsurprisingly', 'for example', 'for instance', 'moreover', 'though', 'likewise', 'similarly', 'instead']);
const ROMANCE_PARTICLES = new Set(['de', 'del', 'da', 'do', 'dos', 'das', 'di']);
const ROMANCE_ARTICLES = new Set(['la', 'las', 'los', 'el']);
/** What a sentence opener before a comma begins with: "But,", "However,", "In fact,". */
const OPENER_POS = new Set(['CCONJ', 'ADV', 'ADP']);
const CLAUSE_OPENERS = new Set(['if', 'whether', 'how', 'why', 'what', 'where', 'who']);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it', 'you']);
const PERSON_PRONOUNS = new Set(['he', 'she']);
const POSSESSIVES = new Set(['his', 'her', 'their', 'its', 'my', 'our', 'your']);
const SENTENCE_END = new Set(['.', '!', '?', ';', ':', ',', '...', '…', '—', '–']);
/** Words before a quoted span that make it a term or a name, not someone's words. */
const NAMING_WORDS = new Set([
  'call', 'calls', 'called', 'calling', 'dub', 'dubs', 'dubbed', 'label', 'labels', 'labeled', 'labelled',
  'term', 'termed', 'terms', 'so-called', 'named', 'titled', 'entitled', 'word', 'phrase', 'as', 'known',
  'branded', 'nicknamed',
]);
/** Title words stripped from the front of a name ("Prime Minister Danial Akhmetov" -> "Danial Akhmetov"). */
const TITLE_WORDS = new Set([
  'president', 'vice', 'prime', 'minister', 'senator', 'sen.', 'sen', 'rep.', 'rep', 'representative',
  'gov.', 'governor', 'chairman', 'chairwoman', 'chair', 'secretary', 'spokesman', 'spokeswoman',
  'spokesperson', 'analyst', 'observer', 'director', 'chief', 'ceo', 'leader', 'speaker', 'mayor',
  'general', 'gen.', 'dr.', 'dr', 'mr.', 'mr', 'mrs.', 'mrs', 'ms.', 'ms', 'senate', 'deputy', 'foreign',
  'ambassador', 'judge', 'justice', 'candidate', 'nominee', 'commissioner', 'adviser', 'advisor', 'aide',
  'professor', 'prof.', 'lt.', 'col.', 'colonel', 'attorney', 'manager', 'strategist', 'pollster',
  'correspondent', 'editor', 'head', 'former', 'sheriff', 'pastor', 'rev.', 'reverend', 'pope', 'king',
  'queen', 'prince', 'sir', 'lord', 'democrat', 'republican', 'gop', 'sens.', 'reps.', 'gov', 'house',
  'political', 'parliament', 'mp', 'officer', 'official', 'executive', 'founder', 'press', 'campaign',
  'national', 'committee', 'state', 'defense', 'interior', 'economy', 'finance',
]);

/** Head words of organization names. */
const ORG_HEADS = new Set([
  'ministry', 'department', 'office', 'committee', 'government', 'party', 'council', 'agency', 'service',
  'bank', 'company', 'corporation', 'corp.', 'inc.', 'university', 'institute', 'commission', 'administration',
  'foundation', 'association', 'union', 'court', 'parliament', 'senate', 'house', 'congress', 'assembly',
  'board', 'campaign', 'group', 'center', 'centre', 'network', 'news', 'times', 'post', 'journal', 'press',
  'police', 'army', 'fund', 'organization', 'coalition', 'cabinet', 'embassy', 'monitor', 'agency', 'services',
]);

interface Unit {
  from: number; // first token (inclusive)
  to: number; // last token (exclusive)
}

/** Tokens without whitespace tokens, each knowing whether a paragraph break precedes it. */
interface Stream {
  body: string;
  toks: Token[];
  lower: string[];
  paragraphStart: boolean[];
  unitOf: Int32Array;
  units: Unit[];
}

function buildStream(analysis: Analysis): Stream {
  const { body } = analysis;
  const toks: Token[] = [];
  for (const t of analysis.tokens) if (t.pos !== 'SPACE' && t.end > t.start) toks.push(t);
  for (let i = 1; i < toks.length; i++) {
    const t = toks[i]!;
    const before = toks[i - 1]!;
    const after = toks[i + 1];
    // "Turkmenistan–Afghanistan–Pakistan": an en dash between two words with no space joins them, as a hyphen
    // does (an em dash so written opens an aside: "The co-chairs—X and Y—issued").
    if (t.text === '–' && after !== undefined && before.end === t.start && after.start === t.end && /\p{L}/u.test(before.text) && /^\p{L}/u.test(after.text)) toks[i] = { ...t, text: '-' };
    // "…, notes Hope, are …": a capitalized word after a lower-case one in running text is a name, whatever
    // the tagger made of it ("hope" the verb). (Not after a capitalized word: title-case headlines.)
    // So is one after a name that no capitalized word follows ("Roy Cooper, …", "Roy Cooper said"; not the
    // title-case headline "Obama Says Museum Will …"). So is a given name between a title and a surname that
    // running text follows ("Mayor Don Guardian in", "Rep. Will Hurd said").
    else if (
      (t.pos === 'VERB' || t.pos === 'AUX') && /^[A-Z][a-z]/.test(t.text) && before.sentence === t.sentence && !hasNewline(body, before.end, t.start) &&
      (/^[a-z]/.test(before.text) ||
        (before.pos === 'PROPN' && /^[A-Z][a-z]/.test(before.text) && after !== undefined && /^(?:[a-z]{2}|[,(])/.test(after.text)) ||
        ((before.pos === 'PROPN' || before.text === '.') && after?.pos === 'PROPN' && /^[A-Z][a-z]/.test(after.text) && /^(?:[a-z]{2}|[,(.])/.test(toks[i + 2]?.text ?? '')))
    ) toks[i] = { ...t, pos: 'PROPN' };
    // "Lee Jae-myung", "Park Won-gon,": a romanized given name's lower-case second syllable is part of the name.
    else if (t.text === '-' && after !== undefined && before.end === t.start && after.start === t.end && /^[A-Z][a-z]+$/.test(before.text) && /^[a-z]{2,6}$/.test(after.text)) {
      const first = toks[i - 2];
      const named = first !== undefined && first.sentence === t.sentence && /^[A-Z][a-z]+$/.test(first.text) && first.pos !== 'DET' && first.pos !== 'PRON' && first.pos !== 'ADP';
      if (named || (toks[i + 2]?.text === ',' && /^[A-Z]/.test(first?.text ?? ''))) {
        if (first && /^[A-Z][a-z]+$/.test(first.text) && first.pos !== 'PROPN') toks[i - 2] = { ...first, pos: 'PROPN' };
        toks[i - 1] = { ...before, pos: 'PROPN' };
        toks[i + 1] = { ...after, pos: 'PROPN' };
      }
    }
  }
  const lower = toks.map((t) => t.text.toLowerCase());
  const paragraphStart: boolean[] = new Array(toks.length);
  const unitOf = new Int32Array(toks.length);
  const units: Unit[] = [];
  for (let i = 0; i < toks.length; i++) {
    const prev = toks[i - 1];
    paragraphStart[i] = !prev || hasNewline(body, prev.end, toks[i]!.start);
    if (!prev || paragraphStart[i] || prev.sentence !== toks[i]!.sentence) {
      if (units.length) units[units.length - 1]!.to = i;
      units.push({ from: i, to: toks.length });
    }
    unitOf[i] = units.length - 1;
  }
  return { body, toks, lower, paragraphStart, unitOf, units };
}

function quotedSpansOf(s: Stream): QuotedSpan[] {
  return pairQuoteMarks(s.lower, s.paragraphStart, s.toks.map((t, i) => i > 0 && t.start === s.toks[i - 1]!.end));
}

function hasNewline(body: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (body.charCodeAt(k) === 10) return true;
  return false;
}

/** The content model's view of a stream: units and quoted spans. */
function viewOf(s: Stream, spans: readonly QuotedSpan[], cueKeys = new Array<string | undefined>(s.toks.length)): ContentView {
  const n = s.toks.length;
  const unitEnd = new Int32Array(n);
  for (let i = 0; i < n; i++) unitEnd[i] = s.units[s.unitOf[i]!]!.to;
  const inQuote = new Uint8Array(n);
  for (const q of spans) for (let i = q.open; i <= q.close; i++) inQuote[i] = 1;
  return { toks: s.toks, lower: s.lower, unitEnd, inQuote, classes: new Array<string | undefined>(n), classIds: new Int32Array(n), cueKeys, cueFeatureLists: new Array<readonly string[] | undefined>(n) };
}

/**
 * What every reading of one text shares (the tagger runs three): its token stream, quoted spans,
 * the span enclosing each token, the content model's view and per-token memos (pure functions of
 * the text, so sharing them changes no result).
 */
interface Prepared {
  s: Stream;
  spans: QuotedSpan[];
  /** spanAt[i] = index of the quoted span whose marks enclose token i (marks included), else -1. */
  spanAt: Int32Array;
  view: ContentView;
  /** End parts of the content model's scores by token (NaN until computed), per model. */
  endMemos: Map<ContentModel, Float64Array>;
}

function prepare(analysis: Analysis): Prepared {
  const s = buildStream(analysis);
  const spans = quotedSpansOf(s);
  const spanAt = new Int32Array(s.toks.length).fill(-1);
  spans.forEach((q, k) => {
    for (let i = q.open; i <= q.close; i++) spanAt[i] = k;
  });
  return { s, spans, spanAt, view: viewOf(s, spans), endMemos: new Map() };
}

function endMemoOf(p: Prepared, model: ContentModel): Float64Array {
  let memo = p.endMemos.get(model);
  if (!memo) p.endMemos.set(model, (memo = new Float64Array(p.s.toks.length).fill(NaN)));
  return memo;
}

/** The content model's view of an analyzed text (training uses the same view as the extractor). */
export function contentViewOf(analysis: Analysis): ContentView {
  const s = buildStream(analysis);
  return viewOf(s, quotedSpansOf(s));
}

/**
 * The span tagger's input for an analyzed text: the content model's view, the cue model's
 * decisions outside quotation marks, and the readings of `options` (speech) and `broadOptions`
 * (PolNeAR-style), as findAttributions makes them (training uses the same).
 */
export function taggerInputOf(analysis: Analysis, options: AttributeOptions, broadOptions?: AttributeOptions): TaggerInput {
  const base = { ...options, spanTagger: null };
  const p = prepare(analysis);
  return taggerInput(p, attributionsOf(p, base), broadOptions ? attributionsOf(p, broadOptions) : [], base);
}

function taggerInput(p: Prepared, system: readonly Attribution[], broad: readonly Attribution[], options: AttributeOptions): TaggerInput {
  const { s, view } = p;
  const cue = new Uint8Array(s.toks.length);
  for (let i = 0; i < s.toks.length; i++) if (!view.inQuote[i] && cueDecision(s, i, options, view)) cue[i] = 1;
  const labelsOf = (atts: readonly Attribution[]): Uint8Array => {
    const labels = new Uint8Array(s.toks.length);
    for (const att of atts) {
      // 3 cue, 4 source, where no content lies.
      if (att.sourceStart !== null && att.sourceEnd !== null) for (let k = tokenAt(s, att.sourceStart); k <= tokenAt(s, att.sourceEnd - 1); k++) labels[k] ||= 4;
      for (let k = tokenAt(s, att.cueStart); k <= tokenAt(s, att.cueEnd - 1); k++) labels[k] ||= 3;
    }
    for (const att of atts) {
      const a = tokenAt(s, att.start);
      const b = tokenAt(s, att.end - 1);
      labels[a] = 1;
      for (let k = a + 1; k <= b; k++) labels[k] = 2;
    }
    return labels;
  };
  return { view, cue, unitStart: unitStarts(s), system: labelsOf(system), broad: labelsOf(broad) };
}

/** A tagged content sharing at least this share of its tokens with one of the speech reading's is that one. */
const SNAP_RATIO = 0.5;

/**
 * The tagger's contents. One that mostly agrees with a content of the speech reading ("system") is
 * that content, as the rules and models read it; any other takes the cue and source of the reading
 * (speech first, then broad) that shares most of its tokens, else of the nearest cue: between its
 * fragments ("“A,” he said, “B.”"), before it in its unit, or after it (", X said"). The speech
 * reading's contents the tagger passed over are kept.
 */
function taggedAttributions(p: Prepared, options: AttributeOptions, tagger: SpanTagger): Attribution[] {
  const base = { ...options, spanTagger: null };
  const system = attributionsOf(p, base);
  const broad = options.broadOptions ? attributionsOf(p, options.broadOptions) : [];
  const input = taggerInput(p, system, broad, base);
  const { s, spans: quoted, spanAt } = p;
  const ranges = (atts: readonly Attribution[]): [number, number][] => atts.map((a) => [tokenAt(s, a.start), tokenAt(s, a.end - 1)]);
  const systemRanges = ranges(system);
  const broadRanges = ranges(broad);
  const found: Attribution[] = [];
  const systemUsed = new Uint8Array(system.length);
  for (const content of spansOf(tagDocument(tagger, input))) {
    const from = content.start;
    let to = content.end;
    // Trailing punctuation outside quotation marks is no part of what was said.
    while (to > from && s.toks[to]!.pos === 'PUNCT' && spanAt[to]! < 0) to--;
    if (countWords(s, from, to) === 0) continue;
    let bestRatio = 0;
    let best = -1;
    systemRanges.forEach(([a, b], i) => {
      const shared = Math.min(b, to) - Math.max(a, from) + 1;
      const ratio = shared / Math.max(b - a + 1, to - from + 1);
      if (shared > 0 && ratio > bestRatio && !systemUsed[i]) (bestRatio = ratio), (best = i);
    });
    if (best >= 0 && bestRatio >= SNAP_RATIO) {
      systemUsed[best] = 1;
      const sysAtt = system[best]!;
      // An indirect content takes the tagger's bounds (better on dev), but a complementizer the rules
      // started it at stays its start ("assured his counterparts | that …").
      if (sysAtt.kind === 'indirect' && spanAt[from]! < 0) {
        const ruled = tokenAt(s, sysAtt.start);
        const start = ruled > from && s.lower[ruled] === 'that' ? ruled : from;
        found.push(withFields(sysAtt, sysAtt.kind, s.toks[start]!.start, s.toks[Math.max(to, start)]!.end));
      } else found.push(sysAtt);
      continue;
    }
    let att = borrowAttribution(s, from, to, system, systemRanges) ?? borrowAttribution(s, from, to, broad, broadRanges);
    // A reading without a source phrase gives way to the nearest cue's, when that has one.
    if (!att || att.sourceStart === null) {
      const near = nearestCue(s, [[from, to], ...content.fragments.slice(1)], input.cue);
      if (near && (near.sourceStart !== null || !att)) att = near;
    }
    if (!att) continue;
    found.push(kindOf(s, att, quoted, spanAt));
  }
  system.forEach((att, i) => {
    if (!systemUsed[i] && !found.some((f) => f.start < att.end && att.start < f.end)) found.push(att);
  });
  found.sort((a, b) => a.start - b.start);
  resolvePronouns(s, found, spanAt);
  return found;
}

/** Direct when every word of the content lies inside quotation marks, else as withKind says. */
function kindOf(s: Stream, att: Attribution, spans: QuotedSpan[], spanAt: Int32Array): Attribution {
  const from = tokenAt(s, att.start);
  const to = tokenAt(s, att.end - 1);
  let outside = false;
  for (let k = from; k <= to && !outside; k++) if (spanAt[k]! < 0 && (s.toks[k]!.kind === 'word' || s.toks[k]!.kind === 'number')) outside = true;
  if (!outside && spanAt[from]! >= 0) return withFields(att, 'direct');
  return withKind(s, withFields(att, 'indirect'), spans, spanAt);
}

/** The content [from, to] with the cue and source of the reading that shares most of its tokens. */
function borrowAttribution(s: Stream, from: number, to: number, atts: readonly Attribution[], ranges: readonly [number, number][]): Attribution | null {
  let best = -1;
  let bestShared = 0;
  ranges.forEach(([a, b], i) => {
    const shared = Math.min(b, to) - Math.max(a, from) + 1;
    if (shared > bestShared) (bestShared = shared), (best = i);
  });
  if (best < 0) return null;
  return withFields(atts[best]!, atts[best]!.kind, s.toks[from]!.start, s.toks[to]!.end);
}

/** The content with the nearest cue of its unit and that cue's source; null when its unit has none. */
function nearestCue(s: Stream, fragments: readonly [number, number][], cue: Uint8Array): Attribution | null {
  const from = fragments[0]![0];
  const to = fragments[fragments.length - 1]![1];
  let c = -1;
  // Between fragments: "“A,” he said, “B.”"
  for (let f = 1; f < fragments.length && c < 0; f++) for (let k = fragments[f - 1]![1] + 1; k < fragments[f]![0]; k++) if (cue[k]) c = k;
  const unitFrom = s.units[s.unitOf[from]!]!;
  for (let k = from - 1; c < 0 && k >= unitFrom.from; k--) if (cue[k]) c = k;
  const unitTo = s.units[s.unitOf[to]!]!;
  for (let k = to + 1; c < 0 && k < unitTo.to; k++) if (cue[k]) c = k;
  if (c < 0) return null;
  const unit = s.units[s.unitOf[c]!]!;
  let source = sourceOf(s, unit, c);
  // After the content, the phrase before the cue may be the content's own end: "…, said Smith".
  if (source && source[1] >= from && source[0] <= to) source = npFrom(s, c + 1, unit.to);
  return makeAttribution(s, from, to, 'indirect', c, c, source);
}

function unitStarts(s: Stream): Int32Array {
  const out = new Int32Array(s.toks.length);
  for (let i = 0; i < s.toks.length; i++) out[i] = s.units[s.unitOf[i]!]!.from;
  return out;
}

/** Token i's cue features, built once per text: the cue, trigger and content models read the same names. */
function cueFeaturesAt(view: ContentView, i: number): readonly string[] {
  return (view.cueFeatureLists[i] ??= cueFeatures(view.toks, view.lower, i));
}

/** Whether token i is a cue by the options' cue model (or lexicon). */
/** "As one Western diplomat put it, …": "put it" after "as" and a subject is a cue. */
function isPutIt(s: Stream, i: number): boolean {
  if (s.lower[i] !== 'put' || s.lower[i + 1] !== 'it') return false;
  const from = s.units[s.unitOf[i]!]!.from;
  for (let k = i - 1; k >= from && i - k <= 8; k--) if (s.lower[k] === 'as') return k === from || s.toks[k - 1]?.text === ',';
  return false;
}

function cueDecision(s: Stream, i: number, options: AttributeOptions, view: ContentView): boolean {
  if (ruledOutCue(s, i, options)) return false;
  if (isPutIt(s, i)) return true;
  const model = options.cueModel;
  if (!model) return isCueToken(s, i, options.cues);
  if ((isCueCandidate(s.toks, i) || isAppositionNounCue(s.toks, i)) && model.stems.has(stem(s.lower[i]!)) && scoreToken(model, s.toks, s.lower, i, (view.cueKeys[i] ??= cueContextKey(s.toks, s.lower, i)), () => cueFeaturesAt(view, i)) > options.cueThreshold) return true;
  return !!options.lexiconToo && isCueToken(s, i, options.cues);
}

/**
 * Words that look like cues and are not, whichever reading meets them: cognition and appearance verbs
 * the options rule out ("seems", "appear"), part of a name, an idiom, a hyphenated compound, an
 * attributive participle ("an estimated 100,000").
 */
function ruledOutCue(s: Stream, i: number, options: AttributeOptions): boolean {
  return !!options.notSpeech?.has(s.lower[i]!) || isNameWord(s, i) || showsNoSign(s, i) || hyphenCompound(s, i) || attributiveParticiple(s, i);
}

/** "an estimated 100,000 people", "the alleged plot": a participle between an article and its noun or number modifies it. */
function attributiveParticiple(s: Stream, i: number): boolean {
  if (!s.lower[i]!.endsWith('ed') || !ARTICLE_WORDS.has(s.lower[i - 1] ?? '')) return false;
  const next = s.toks[i + 1];
  return next !== undefined && (next.kind === 'number' || next.pos === 'NUM' || next.pos === 'NOUN' || next.pos === 'ADJ');
}

/** "so-called", "self-styled", "Toronto-listed": the participle of a hyphenated compound reports nobody's words. */
function hyphenCompound(s: Stream, i: number): boolean {
  const prev = s.toks[i - 1];
  return prev !== undefined && prev.end === s.toks[i]!.start && (prev.text === '-' || prev.text.endsWith('-'));
}

/** "shows no sign of falling", "showed little sign of": an idiom, no finding. */
function showsNoSign(s: Stream, i: number): boolean {
  return /^show(?:s|ed|n|ing)?$/.test(s.lower[i]!) && /^(?:no|little|few|any)$/.test(s.lower[i + 1] ?? '') && /^signs?$/.test(s.lower[i + 2] ?? '');
}

/**
 * A capitalized word inside a sentence followed by a lower-case word is part of a name, not a verb
 * ("the Vakhsh River that Dushanbe regards …"); title-case headlines ("Graham Says Trump …") capitalize
 * their next word too.
 */
function isNameWord(s: Stream, i: number): boolean {
  const t = s.toks[i]!;
  if (!/^[A-Z][a-z]/.test(t.text) || i === 0) return false;
  const before = s.toks[i - 1]!;
  if (!/^[A-Z]/.test(before.text) || before.text.endsWith('.') || before.pos === 'PRON') return false;
  const next = s.toks[i + 1];
  return next !== undefined && /^[a-z]/.test(next.text) && !TITLE_CASE_LOWER.has(next.text);
}

/** Words a title-case headline leaves in lower case ("US Senators Warn of Potential Crisis"). */
const TITLE_CASE_LOWER = new Set(['a', 'an', 'the', 'and', 'but', 'or', 'nor', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'as', 'over', 'into', 'vs']);

export function findAttributions(analysis: Analysis, options: AttributeOptions): Attribution[] {
  const p = prepare(analysis);
  const raw = attributionsOf(p, options);
  const found = raw.map((att, k) =>
    withoutAdverbialClause(p.s, p.spanAt, withClauseRest(p.s, withoutMainClause(p.s, p.spanAt, withoutTrailingVenue(analysis.body, throughQuotation(p, withOwnerDay(p.s, withoutTrailingCitation(analysis.body, options.speechOnly ? withoutWritersClause(p.s, p.spanAt, withoutWritersAside(analysis.body, throughSubjectAside(p.s, throughClauseRest(p.s, att, raw[k + 1])))) : att))))))),
  );
  if (!options.speechOnly) return found;
  // The speech filter asks whether a clause opens where a content starts, as the readings decide it.
  const { s } = p;
  const clauseAt = (offset: number): boolean => {
    const j = tokenAt(s, offset);
    return looksLikeClause(s, j, s.units[s.unitOf[j]!]!.to);
  };
  return found.map((att) => repaired(analysis, att)).filter((att) => isSpeech(analysis, att, clauseAt));
}

/**
 * A quotation that opens inside a reported content is quoted whole, across its sentences:
 * `said that "they hit Matt because …. What they are doing is …"` ends at the closing mark, not at the
 * first full stop inside the quotation.
 */
/**
 * "said Thursday's report reinforced stability": the day read as when it was said owns a noun of the
 * content; it goes back into the content (readings skip a time after the cue: "said Thursday he …").
 */
function withOwnerDay(s: Stream, att: Attribution): Attribution {
  if (att.start <= att.cueEnd) return att;
  const a = tokenAt(s, att.start);
  if (a < 1 || !/^['’]s$/.test(s.toks[a]!.text) || s.toks[a - 1]!.end !== s.toks[a]!.start) return att;
  // "said Thursday's report", "outlined last year's White Paper".
  const cue = tokenAt(s, att.cueEnd - 1);
  for (let len = 3; len >= 1; len--) {
    const from = a - len;
    if (from <= cue) continue;
    if (isTimeAdverbial(s.body.slice(s.toks[from]!.start, s.toks[a - 1]!.end))) return withFields(att, att.kind, s.toks[from]!.start, att.end);
  }
  return att;
}

function throughQuotation(p: Prepared, att: Attribution): Attribution {
  const { s, spans, spanAt } = p;
  if (att.start < att.cueEnd) return att;
  const a = tokenAt(s, att.start);
  const b = tokenAt(s, att.end - 1);
  const k = spanAt[b]!;
  if (k < 0) return att;
  const q = spans[k]!;
  if (!q.closed || q.open <= a || q.open >= b || q.close <= b) return att;
  for (let i = b + 1; i <= q.close; i++) if (s.paragraphStart[i]) return att;
  // Straight marks pair wrongly where a text drops one: an opening mark glued to the word before it,
  // or a closing one glued to the word after it, is the other kind, and the pairing is not to be trusted.
  const glued = (i: number, side: -1 | 1): boolean => {
    const t = s.toks[i + side];
    return t !== undefined && (side < 0 ? t.end === s.toks[i]!.start : t.start === s.toks[i]!.end) && t.kind === 'word';
  };
  if (glued(q.open, -1) || glued(q.close, 1)) return att;
  return withFields(att, att.kind, att.start, s.toks[q.close]!.end);
}

/**
 * "claimed that Finland had “abandoned …” and was pursuing “…”", "stated that forces had damaged “about
 * 15” Russian vessels since February 2022", "claimed that it saved 3.4 billion hryvnias (about $89
 * million) on drone contracts", "warned that without foreign aid, the government would struggle …": a
 * "that" clause the content model ended at a quotation's closing mark, before a conversion in
 * parentheses or after an opening phrase goes on to the clause's end (not into the next attribution).
 */
function throughClauseRest(s: Stream, att: Attribution, next: Attribution | undefined): Attribution {
  if (att.start < att.cueEnd) return att;
  const a = tokenAt(s, att.start);
  if (s.lower[a] !== 'that') return att;
  const b = tokenAt(s, att.end - 1);
  const unit = s.units[s.unitOf[a]!]!;
  if (b + 1 >= unit.to) return att;
  const t = s.toks[b + 1]!;
  // (Not "“if asked,” while …": a comma inside the marks closes the words, and the writer goes on.)
  const closedQuotation = isQuoteMark(s.toks[b]!.text) && s.toks[b - 1]?.text !== ',' && t.start === s.toks[b]!.end + 1 && /^[\p{L}\p{N}“"]/u.test(t.text) && t.pos !== 'SCONJ';
  const conversion = t.text === '(' && CONVERSION_OPENING.test(s.body.slice(t.start, t.start + 32));
  let verbless = true;
  for (let k = a + 1; k <= b; k++) if (s.toks[k]!.pos === 'VERB' || s.toks[k]!.pos === 'AUX') verbless = false;
  // ("that without continued foreign assistance, the government would …", "that after the talks failed, …")
  const opens = verbless || /^(?:ADP|SCONJ)$/.test(s.toks[a + 1]?.pos ?? '');
  const openingPhrase = t.text === ',' && opens && b > a && b + 2 < unit.to && looksLikeClause(s, b + 2, unit.to);
  // ("over Belgorod, Kursk and Bryansk oblasts": a list of names goes on.)
  let k = b + 1;
  while (k + 1 < unit.to && s.toks[k]!.text === ',' && s.toks[k + 1]!.pos === 'PROPN') k += 2;
  const list = s.toks[b]!.pos === 'PROPN' && t.text === ',' && k > b + 1 && k + 1 < unit.to && s.lower[k] === 'and' && s.toks[k + 1]!.pos === 'PROPN';
  if (!closedQuotation && !conversion && !openingPhrase && !list) return att;
  // ("the minister's statement that … “once in a while” has diverted attention": after a cue noun's clause the sentence's own verb follows.)
  if (s.toks[tokenAt(s, att.cueStart)]!.pos === 'NOUN' || t.pos === 'AUX' || (t.pos === 'VERB' && !s.lower[b + 1]!.endsWith('ing'))) return att;
  let end = clauseEnd(s, unit, a);
  if (next && next.start > att.start) {
    const nextAt = Math.min(next.start, next.cueStart, next.sourceStart ?? Infinity);
    while (end > b && s.toks[end]!.end > nextAt) end--;
  }
  if (end <= b) return att;
  const text = s.body.slice(att.start, s.toks[end]!.end);
  return withFields(att, /[“”"]/.test(text) ? 'mixed' : att.kind, att.start, s.toks[end]!.end);
}
/**
 * "… had grown 16.8 times during 2023, a figure that independent experts could not verify": the writer's
 * comment on the words, set off by a comma and a noun for them, is not part of them.
 */
function withoutWritersAside(body: string, att: Attribution): Attribution {
  if (att.kind === 'direct' || att.start < att.cueEnd) return att;
  const text = body.slice(att.start, att.end);
  WRITERS_ASIDE.lastIndex = 0;
  for (let m = WRITERS_ASIDE.exec(text); m; m = WRITERS_ASIDE.exec(text)) {
    const before = text.slice(0, m.index + m[1]!.length);
    // Outside the speaker's own quoted words.
    if (leavesQuotationOpen(before)) continue;
    // (The comma goes with a quotation it closes: "… any third country,”".)
    const end = att.start + m.index + (m[1]!.length > 1 ? m[1]!.length : 0);
    return withFields(att, /[“”"]/.test(body.slice(att.start, end)) ? 'mixed' : 'indirect', att.start, end);
  }
  return att;
}
/**
 * "… “cannot cover every refinery,” and Governor of Samara Oblast Dmitry Azarov ordered …", "… by 20 percent, while
 * Russian Railways has already trimmed …": a clause joined after a comma with a named subject of its own, or with
 * a group of people for subject ("…, and independent experts consider …"), is the writer's report, not the
 * speaker's (a pronoun subject or "that" goes on with what was said).
 */
function withoutWritersClause(s: Stream, spanAt: Int32Array, att: Attribution): Attribution {
  if (att.kind === 'direct' || att.start < att.cueEnd) return att;
  const a = tokenAt(s, att.start);
  const b = tokenAt(s, att.end - 1);
  for (let k = a + 3; k < b - 2; k++) {
    // (The comma may stand inside the quotation a speaker's words close: "… European Russia,” and …".)
    const closing = isQuoteMark(s.toks[k]!.text) && s.toks[k - 1]?.text === ',';
    if ((s.toks[k]!.text !== ',' || spanAt[k]! >= 0) && !closing) continue;
    if (spanAt[k + 1]! >= 0 || !WRITERS_JOINTS.has(s.lower[k + 1]!)) continue;
    const j = k + 2;
    const named = /^(?:PROPN|NOUN)$/.test(s.toks[j]!.pos) && /^\p{Lu}/u.test(s.toks[j]!.text);
    const described = /^(?:several|many|some|most|independent)$/.test(s.lower[j]!) && s.toks[j + 1]?.pos === 'NOUN' && /s$/.test(s.lower[j + 1]!);
    if ((named || described) && looksLikeClause(s, j, b + 1) && !/^(?:being|having)$/.test(s.lower[firstVerbAt(s, j, b)] ?? '')) {
      const end = s.toks[k]!.text === ',' ? k - 1 : k;
      return withFields(att, /[“”"]/.test(s.body.slice(att.start, s.toks[end]!.end)) ? 'mixed' : 'indirect', att.start, s.toks[trimEnd(s, a, end)]!.end);
    }
  }
  return att;
}
const WRITERS_JOINTS = new Set(['and', 'but', 'while', 'whereas']);

/** The first verb or auxiliary from j up to b (within 8 tokens), else -1. */
function firstVerbAt(s: Stream, j: number, b: number): number {
  for (let k = j + 1; k <= b && k <= j + 8; k++) if (s.toks[k]!.pos === 'VERB' || s.toks[k]!.pos === 'AUX') return k;
  return -1;
}

const WRITERS_ASIDE =
  /(,[”"]?)\s+(?:a|an)\s+(?:[\p{L}-]+\s+){0,2}?(?:figure|claim|statement|formulation|assertion|number|estimate|remark|comment|reference|position|message|signal|warning|assessment|move|step|view|charge|accusation|allegation)\b/gu;

/** "(about $89 million)", "(or 1.7 percent of GDP)": a figure restated in parentheses. */
const CONVERSION_OPENING = /^\(\s*(?:about|around|some|roughly|approximately|nearly|almost|or|up to|over)?\s*(?:[$€£¥₽]|US\$)?\s?\d/;

/**
 * "Howard denied his shadow cabinet was split over …": a subject read as an object, when a verb follows
 * it, opens a clause with no "that"; the content is the clause.
 */
function withClauseRest(s: Stream, att: Attribution): Attribution {
  const a = tokenAt(s, att.start);
  const b = tokenAt(s, att.end - 1);
  const cue = tokenAt(s, att.cueStart);
  const unit = s.units[s.unitOf[a]!]!;
  const next = b + 1;
  if (att.start < s.toks[cue]!.end || next >= unit.to || s.toks[next]!.start < att.end) return att;
  for (let k = a; k <= b; k++) if (s.toks[k]!.pos === 'VERB' || s.toks[k]!.pos === 'AUX' || isQuoteMark(s.toks[k]!.text)) return att;
  const t = s.toks[next]!;
  if (!(t.pos === 'AUX' || (t.pos === 'VERB' && !s.lower[next]!.endsWith('ing'))) || !looksLikeClause(s, a, unit.to)) return att;
  const end = clauseEnd(s, unit, a);
  return end > b ? withFields(att, att.kind, att.start, s.toks[end]!.end) : att;
}

/** Subordinators whose clause, after an object or an infinitive, tells why the source acted, not what it said. */
const ADVERBIAL_SUBORDINATORS = new Set(['because', 'as', 'so', 'whereas', 'although', 'though']);
/** Finite forms of the auxiliaries: "and has since left", "and was …". */
const FINITE_AUX = new Set(['has', 'have', 'had', 'is', 'are', 'was', 'were', 'did', 'does', 'will', 'would', 'can', 'could', 'may', 'might', 'should', 'must']);
/** What may follow a past-tense verb that goes on with the subject: "and attempted to", "and urged the …". */
const AFTER_FINITE = new Set(['DET', 'PRON', 'PROPN', 'PART', 'ADV', 'NUM']);

/**
 * An object or an infinitive content ends where the sentence turns back to its subject or tells why
 * the source acted: "declined the assignment | and has since left the network", "condemned the launch |
 * as Pyongyang fired three missiles", "agreed to release the cash | so Mr. Clarke could start".
 * A clause content ("said that A because B") keeps its subordinate clauses: they may be what was said.
 */
function withoutAdverbialClause(s: Stream, spanAt: Int32Array, att: Attribution): Attribution {
  // A say-verb's content is a clause even when the tagger misses its verb ("saying the policy amounts to …"),
  // and so is what "according to" reports.
  const cueWord = s.lower[tokenAt(s, att.cueStart)]!;
  if (att.start < att.cueEnd || SAY_VERBS.has(cueWord) || cueWord === 'according' || cueWord === 'in') return att;
  const a = tokenAt(s, att.start);
  const b = tokenAt(s, att.end - 1);
  const first = s.toks[a]!;
  const infinitive = s.lower[a] === 'to';
  const nounCue = s.toks[tokenAt(s, att.cueStart)]!.pos === 'NOUN';
  // Objects and infinitives only: not a clause, a quotation or a complement ("felt comfortable …").
  if (!infinitive && !(first.pos === 'DET' || first.pos === 'NOUN' || first.pos === 'PROPN' || first.pos === 'NUM' || (first.pos === 'PRON' && !SUBJECT_PRONOUNS.has(s.lower[a]!)))) return att;
  if (s.lower[a] === 'that') return att;
  for (let k = a + 1; k <= b; k++) {
    if (spanAt[k]! >= 0) continue;
    const w = s.lower[k]!;
    const pos = s.toks[k]!.pos;
    // A verb of the content's own before the joint makes it a clause ("denied his cabinet was split …"),
    // not an infinitive's ("called on the government to stop …"). After a cue noun the first finite verb
    // is the sentence's own: "Saparbayev's promise to publish reports | is an unusual gesture".
    if ((pos === 'AUX' || pos === 'VERB') && s.lower[k - 1] !== 'to' && !w.endsWith('ing')) {
      // (Infinitives only: before an object the tagger's noun may be a verb, "Yukos claims its downfall was …".)
      if (nounCue && infinitive && k > a + 2 && pos === 'AUX' && FINITE_AUX.has(w) && /^(?:NOUN|PROPN)$/.test(s.toks[k - 1]!.pos) && !clauseBetween(s, a + 1, k - 1)) {
        return withFields(att, att.kind, att.start, s.toks[k - 1]!.end);
      }
      return att;
    }
    let ends = false;
    if (w === 'and' || w === 'but') {
      let v = k + 1;
      while (v <= b && s.toks[v]!.pos === 'ADV') v++;
      const verb = s.toks[v];
      // "… and fabricated by former employees": a participle going on with the object, not a new act.
      ends = verb !== undefined && ((verb.pos === 'AUX' && FINITE_AUX.has(s.lower[v]!)) || (verb.pos === 'VERB' && /(?:ed|[^s]s)$/.test(s.lower[v]!) && AFTER_FINITE.has(s.toks[v + 1]?.pos ?? '')));
      // "…, and the EU has renewed …": a named subject opens a clause of the writer's.
      ends ||= s.toks[k - 1]!.text === ',' && namedClauseAt(s, k + 1, b);
    } else if (ADVERBIAL_SUBORDINATORS.has(w)) {
      ends = subjectAndVerbAt(s, k + 1, b);
    } else if (w === ',' && !infinitive) {
      // "reported growth of about 9 percent in 2005, real wages have risen …": a clause of its own after the object.
      ends = subjectAndVerbAt(s, k + 1, b);
    } else if (hyphenAsDash(s, k) || (DASHES.has(w) && s.toks[k - 1]!.end < s.toks[k]!.start)) {
      // "called them messianic impulses - it has also exposed …": a dash before a clause of the writer's.
      ends = subjectAndVerbAt(s, k + 1, b);
    }
    if (!ends) continue;
    const end = trimEnd(s, a, k - 1);
    return countWords(s, a, end) >= 1 ? withFields(att, att.kind, att.start, s.toks[end]!.end) : att;
  }
  return att;
}

/** A hyphen with no space on either side, inside a word: "African-Americans", "Kassym-Jomart". */
function hyphenInWord(s: Stream, k: number): boolean {
  const t = s.toks[k]!;
  return t.text === '-' && k > 0 && s.toks[k - 1]!.end === t.start && s.toks[k + 1]?.start === t.end;
}

/** A hyphen with a space before it, written for a dash: "messianic impulses - it has also …". */
function hyphenAsDash(s: Stream, k: number): boolean {
  return s.toks[k]!.text === '-' && k > 0 && s.toks[k - 1]!.end < s.toks[k]!.start;
}

/** Whether tokens [a, b] hold a clause's joint: a comma, a conjunction, a relative or a pronoun subject. */
function clauseBetween(s: Stream, a: number, b: number): boolean {
  for (let k = a; k <= b; k++) {
    const p = s.toks[k]!.pos;
    if (s.toks[k]!.text === ',' || p === 'CCONJ' || p === 'SCONJ' || p === 'PRON' || RELATIVE_PRONOUNS.has(s.lower[k]!) || s.lower[k] === 'that') return true;
  }
  return false;
}

/** A plain subject (a pronoun, or determiners, adjectives and nouns) and then a finite verb at j: "Pyongyang fired", "the court strikes". */
function subjectAndVerbAt(s: Stream, j: number, to: number): boolean {
  let k = j;
  if (SUBJECT_PRONOUNS.has(s.lower[k] ?? '')) k++;
  else {
    const possessive = (m: number): boolean => m > j && (s.lower[m] === "'s" || s.lower[m] === '’s') && s.toks[m]!.pos === 'PART';
    while (k <= to && k - j < 6 && (/^(?:DET|ADJ|NUM|NOUN|PROPN)$/.test(s.toks[k]!.pos) || possessive(k))) k++;
    // The subject ends in its head: "a delayed echo" has no verb.
    if (k === j || !/^(?:NOUN|PROPN|NUM)$/.test(s.toks[k - 1]!.pos)) return false;
  }
  const t = s.toks[k];
  return k <= to && t !== undefined && (t.pos === 'AUX' || (t.pos === 'VERB' && !s.lower[k]!.endsWith('ing')));
}

/** Words that open a sentence with a subordinate clause or phrase, which a comma closes before the main clause. */
const OPENING_SUBORDINATORS = new Set(['after', 'while', 'although', 'though', 'because', 'since', 'as', 'if', 'when', 'before', 'with', 'despite', 'once', 'unless', 'whereas', 'even']);

/**
 * "After aides insisted that A, the campaign has …", "With leaders worried about A, Obama is …": a cue
 * inside an opening subordinate clause reports no further than the comma where the main clause begins.
 */
function withoutMainClause(s: Stream, spanAt: Int32Array, att: Attribution): Attribution {
  const cue = tokenAt(s, att.cueStart);
  const unit = s.units[s.unitOf[cue]!]!;
  const first = s.toks[unit.from]!.pos === 'CCONJ' ? unit.from + 1 : unit.from;
  if (!OPENING_SUBORDINATORS.has(s.lower[first] ?? '') || att.start < s.toks[cue]!.end) return att;
  const a = tokenAt(s, att.start);
  const b = tokenAt(s, att.end - 1);
  for (let k = a + 1; k < b; k++) {
    // Not a comma inside quoted words ("“For you, immigration is …”").
    if (spanAt[k]! >= 0 && !isQuoteMark(s.toks[k]!.text)) continue;
    if (s.toks[k]!.text !== ',' && !(isQuoteMark(s.toks[k]!.text) && s.toks[k - 1]!.text === ',')) continue;
    if (!looksLikeClause(s, k + 1, unit.to)) continue;
    const end = s.toks[k]!.text === ',' ? k - 1 : k;
    return countWords(s, a, end) >= 2 ? withFields(att, att.kind, att.start, s.toks[end]!.end) : att;
  }
  return att;
}

/**
 * A content ending inside a parenthesis it opened, or with a source citation (a date alone included), ends before it: in
 * `… "looks good only on paper" (Ekho Moskvy` or `… in one or two years" (RIA Dagestan, February 28)`
 * the parenthesis cites where the words were reported; it is not what was said.
 */
function withoutTrailingCitation(body: string, att: Attribution): Attribution {
  const open = body.lastIndexOf('(', att.end - 1);
  if (open <= att.start) return att;
  const close = body.indexOf(')', open);
  const raw = close >= 0 ? body.slice(open, close + 1) : '';
  // ("… in the parliament building (May 13)": a date alone continues the source cited before.)
  const citation = close >= 0 && close < att.end && body.slice(close + 1, att.end).trim() === '' && (parseParenthetical(raw) !== null || dateOnlyParenthetical(raw) !== null);
  if (close < att.end && !citation) return att;
  let end = open;
  while (end > att.start && /\s/.test(body[end - 1]!)) end--;
  return end > att.start ? { ...att, end } : att;
}

/**
 * Where and how the words were said is no part of them: "called for more school investment in a
 * statement on Thursday", "attacked Machado in early-morning tweets" (a quotation keeps what it quotes).
 */
const TRAILING_VENUE =
  /\s+(?:in|on|at|during|via|through)\s+(?:(?:a|an|the|his|her|their|its|several|two|three|\S+-\S+)\s+){0,3}(?:statements?|interviews?|tweets?|Twitter|Facebook|Instagram|speech(?:es)?|rall(?:y|ies)|press conferences?|news conferences?|remarks|briefings?|op-eds?|posts?|videos?|appearances?|town hall|campaign stops?|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b(?:\s+(?:on|last|this|earlier|late|in)\s+\S+){0,2}\W*$/i;

function withoutTrailingVenue(body: string, att: Attribution): Attribution {
  if (att.start < att.cueEnd || /^["“'‘]/.test(body.slice(att.start, att.start + 1))) return att;
  const m = TRAILING_VENUE.exec(body.slice(att.start, att.end));
  if (!m || m.index < 8) return att;
  return { ...att, end: att.start + m.index };
}

function attributionsOf(p: Prepared, options: AttributeOptions): Attribution[] {
  if (options.spanTagger) return taggedAttributions(p, options, options.spanTagger);
  const { s, spans, spanAt } = p;
  const n = s.toks.length;
  if (n === 0) return [];
  // Each token's cue context key (cue-model.ts), built at most once per text: the cue, trigger and content models all read it.
  const cueKeys = p.view.cueKeys;
  const cueKey = (i: number): string => (cueKeys[i] ??= cueContextKey(s.toks, s.lower, i));
  const claimed = new Uint8Array(n);
  const claim = (a: number, b: number): void => {
    for (let i = Math.max(0, a); i <= b && i < n; i++) claimed[i] = 1;
  };
  const found: Attribution[] = [];
  /** Records the content a cue at `cue` introduces; returns where the scan goes on. */
  const takeContent = (span: { start: number; end: number }, cue: number, source: ReturnType<typeof sourceOf>): number => {
    // "officials are worried, he said": a speaker and a say-verb are the next attribution's cue, not a content.
    if (span.end - span.start <= 3 && SAY_VERBS.has(s.lower[span.end]!)) return cue;
    // "a legal framework could be agreed “within months”": a passive says who acts, not who speaks.
    if (isPassive(s, cue) && isQuoteMark(s.toks[span.start]!.text)) return cue;
    if (options.innerCues) span = { start: span.start, end: innerCueCut(s, span.start, span.end, spanAt, isCue) };
    // "Ukraine plans to produce …, Kamyshin said on October 14": the whole clause is what the trailing
    // report says; the cue inside it is left to be read within that report.
    if (endsInTrailingReport(s, span.start, span.end, spanAt)) return cue;
    found.push(withKind(s, makeAttribution(s, span.start, span.end, 'indirect', cue, cue, source), spans, spanAt));
    claim(cue, cue);
    if (options.nested) return cue;
    claim(span.start, span.end);
    return span.end;
  };
  // Each candidate verb is scored once; -1 unknown, 0 no, 1 yes.
  const cueMemo = new Int8Array(n).fill(-1);
  const model = options.cueModel;
  const isCue = (i: number): boolean => {
    if (cueMemo[i] !== -1) return cueMemo[i] === 1;
    const yes = cueDecision(s, i, options, p.view);
    cueMemo[i] = yes ? 1 : 0;
    return yes;
  };

  // 1. Direct quotes.
  const spanUsed = new Uint8Array(spans.length);
  let lastDirect: { close: number; att: Attribution } | null = null;
  for (let k = 0; k < spans.length; k++) {
    if (spanUsed[k]) continue;
    const q = spans[k]!;
    const words = countWords(s, q.open + 1, q.close - (q.closed ? 1 : 0));
    // Names of shows and books in quotation marks ("“Sunday Morning Futures,” Issa said") are not speech.
    if (words === 0 || (words <= 6 && isTitleQuote(s, q))) continue;
    let att: Attribution | null = null;
    let lastToken = q.close;
    // "“Really,” she added": a one-word quote counts when it ends its clause and a cue follows.
    const after = dashSignature(s, q) ?? (words >= options.minDirectWords || /^[,?!]$/.test(s.toks[q.close - 1]!.text) ? cueAfterQuote(s, q, isCue) : null);
    if (!after && words < options.minDirectWords) continue;
    if (after) {
      let end = q.close;
      // "“A,” X said, “B.”": the quote goes on after the cue within its sentence.
      const next = spans[k + 1];
      // "“A,” he said, but “B.”"; a capitalized verb is a name ("told Capital Download on Wednesday, “B”").
      const joint = s.lower[next ? next.open - 1 : 0];
      if (next && s.unitOf[next.open] === s.unitOf[after.last] && (joint === ',' || joint === 'but' || joint === 'and') && next.open - after.last <= 12 && !hasVerb(s, after.last + 1, next.open - 1, true)) {
        end = next.close;
        spanUsed[k + 1] = 1;
      }
      att = makeAttribution(s, q.open, end, 'direct', after.cue, after.cue, after.source);
      lastToken = Math.max(end, after.last);
    } else {
      const before = cueBeforeQuote(s, q, isCue) ?? framedByColon(s, q);
      // "RIA Novosti quoted Lavrov as saying, “…”": Lavrov speaks.
      const quoted = before && before.cue > 0 ? quotedOne(s, s.units[s.unitOf[before.cue]!]!.from, before.cue - 1) : null;
      if (before && quoted) before.source = quoted;
      if (before) {
        // A quotation the sentence goes on after ("says he is making “a demand” of Obama") is part of
        // a reported clause: the content runs to the clause's end.
        const next = s.toks[q.close + 1];
        // Not when a clause of its own follows ("“…,” when Clinton blasted him …", "“…,” a doctor had typed …").
        const goesOn = options.quoteClauses && q.closed && next && s.unitOf[q.close + 1] === s.unitOf[q.open] && (next.kind === 'word' || next.kind === 'number') && next.pos !== 'SCONJ' && !(s.toks[q.close - 1]?.text === ',' && looksLikeClause(s, q.close + 1, s.units[s.unitOf[q.open]!]!.to));
        if (goesOn) {
          const end = clauseEnd(s, s.units[s.unitOf[q.open]!]!, q.open);
          att = makeAttribution(s, q.open, Math.max(end, q.close), 'mixed', before.cue, before.cue, before.source);
          lastToken = Math.max(end, q.close);
        } else att = makeAttribution(s, q.open, q.close, 'direct', before.cue, before.cue, before.source);
        // A source borrowed from a report before the cue ("X, Spicer said, adding, “…”", "Sanders said the
        // process could be messy, adding, “…”") leaves that report free.
        const borrowed = before.source !== null && s.toks[before.cue - 1]?.text === ',' && s.lower[before.cue]!.endsWith('ing') && before.source[1] < before.cue - 2 &&
          (REPORT_VERBS.has(s.lower[before.cue - 2]!) || s.lower.slice(before.source[1] + 1, before.cue - 1).some((w) => SAY_VERBS.has(w)));
        claim(before.source && !borrowed ? before.source[0] : before.cue, before.cue);
      } else if (options.standaloneQuotes && lastDirect && startsUnit(s, q.open) && (s.unitOf[q.open]! - s.unitOf[lastDirect.close]! <= 1 || onlyCueBetween(s, lastDirect.close, q.open))) {
        // A quoted sentence right after an attributed quote goes on with it ("“A,” X said. “B.”"):
        // one passage, as PARC-style annotation marks it.
        const crossesParagraph = s.paragraphStart[q.open]!;
        // Unless its sentence goes on to a cue of its own ("“B” to drive up …, she said").
        // A paragraph that is one quotation and nothing else goes on with the attributed quote that
        // ended the paragraph before ("“A,” he said.¶“B.”"), the newspaper convention.
        const wholeParagraph = crossesParagraph && q.closed && (q.close + 1 >= s.toks.length || s.paragraphStart[q.close + 1]!) && q.open - lastDirect.close <= 2 && s.toks[q.open]!.text === s.toks[tokenAt(s, lastDirect.att.start)]!.text;
        if ((!crossesParagraph || options.continueAcrossParagraphs || (options.quoteParagraphs && wholeParagraph)) && !cueLater(s, q.close + 1, s.units[s.unitOf[q.open]!]!.to, spanAt, isCue)) {
          const prev: Attribution = lastDirect.att;
          // When more words stand between the two quotations than are in them ("“A,” said X, an
          // economist who …. “B.”"), the passage is not one span of what was said: B is a quote of
          // the same speaker on its own.
          const prevLast = tokenAt(s, prev.end - 1);
          if (countWords(s, prevLast + 1, q.open - 1) > countWords(s, tokenAt(s, prev.start), prevLast) + words) {
            att = withFields(prev, 'direct', s.toks[q.open]!.start, s.toks[q.close]!.end);
          } else {
            prev.end = s.toks[q.close]!.end;
            claim(q.open, q.close);
            lastDirect = { close: q.close, att: prev };
            continue;
          }
        }
      }
    }
    if (!att) continue;
    claim(q.open, lastToken);
    found.push(att);
    lastDirect = { close: lastToken, att };
  }

  // Transcripts and headlines: "WALLACE: …", "Pence: Gennifer Flowers Won't Be at Debate".
  for (const att of speakerLabels(s, claimed)) {
    found.push(att);
    claim(tokenAt(s, att.cueStart), tokenAt(s, att.end - 1));
  }

  // The learned content reader; the end part of each token's score is computed at most once.
  const contentModel = options.contentModel ?? null;
  const view = contentModel ? p.view : null;
  const endMemo = contentModel ? endMemoOf(p, contentModel) : null;
  const triggerModel = options.triggerModel ?? null;
  const triggerThreshold = options.triggerThreshold ?? 0;
  const endScore = (e: number): number => {
    let x = endMemo![e]!;
    if (Number.isNaN(x)) x = endMemo![e] = endScoreOf(contentModel!, view!, e);
    return x;
  };

  // 2–4. Indirect quotes, per unit, left to right.
  // "According to X" first, so that no verb earlier in its sentence takes its content.
  for (const unit of s.units) {
    for (let i = unit.from; i + 2 < unit.to; i++) {
      if (claimed[i] || spanAt[i] >= 0) continue;
      const asSaying = quotedAsSaying(s, unit, i, claimed);
      if (asSaying) {
        found.push(withKind(s, asSaying, spans, spanAt));
        claim(tokenAt(s, asSaying.start), tokenAt(s, asSaying.end - 1));
        // The quoting verb and the one quoted: no reading of their own.
        claim(tokenAt(s, asSaying.sourceStart!) - 1, i + 1);
        continue;
      }
      const finding = i === unit.from ? inFinding(s, unit, i, claimed, isCue) : null;
      if (finding) {
        found.push(withKind(s, finding, spans, spanAt));
        claim(i, tokenAt(s, finding.end - 1));
        continue;
      }
      const inWords = i === unit.from ? inOnesWords(s, unit, i, claimed) : null;
      if (inWords) {
        found.push(withKind(s, inWords, spans, spanAt));
        claim(i, tokenAt(s, inWords.end - 1));
        continue;
      }
      const cueLength = s.lower[i] === 'according' && s.lower[i + 1] === 'to' ? 2 : inTheWordsOf(s, i) ? 4 : 0;
      if (cueLength === 0) continue;
      const att = accordingTo(s, unit, i, claimed, cueLength);
      if (!att) continue;
      found.push(withKind(s, att, spans, spanAt));
      // "According to the press service, Japarov told his counterpart that …": a report of someone's
      // words; the words are read as well, within it.
      const a = tokenAt(s, att.start);
      if (!(a > i && opensSpeech(s, a, tokenAt(s, att.end - 1), isCue))) claim(a, tokenAt(s, att.end - 1));
      claim(i, i + cueLength - 1);
    }
  }
  for (const unit of s.units) {
    for (let i = unit.from; i < unit.to; i++) {
      if (claimed[i] || spanAt[i] >= 0) continue;
      if (s.lower[i] === 'according' && s.lower[i + 1] === 'to') continue;
      if (contentModel) {
        // A trailing cue ("…, Hollande said.") is still read by rule (and, rules first, a clause or
        // object after a cue); anything else after a verb by the model.
        const trailing = isCue(i) || RELATIVE_REPORT_CUES.has(s.lower[i]!) ? (relativeReport(s, unit, i, claimed) ?? (isCue(i) ? trailingCue(s, unit, i, claimed) : null)) : null;
        const ruled = trailing ?? (isCue(i) && options.rulesFirst ? complementAfterCue(s, unit, i, claimed, options) : null);
        if (ruled && !trailing && options.modelEnds && tokenAt(s, ruled.end - 1) - tokenAt(s, ruled.start) >= (options.modelEndsMin ?? 0)) {
          // The rule knows where the complement starts; the model knows better where it ends.
          const span = bestSpan(contentModel, view!, i, endScore, -Infinity, tokenAt(s, ruled.start));
          if (span) ruled.end = s.toks[semicolonEnd(s, tokenAt(s, ruled.start), span.end, spanAt)]!.end;
        }
        if (ruled && options.innerCues && !trailing) {
          const a = tokenAt(s, ruled.start);
          const b = tokenAt(s, ruled.end - 1);
          const cut = innerCueCut(s, a, b, spanAt, isCue);
          if (cut < b) ruled.end = s.toks[cut]!.end;
        }
        if (ruled && !trailing) {
          const a = tokenAt(s, ruled.start);
          let cut = ruledContentEnd(s, a, tokenAt(s, ruled.end - 1));
          // "Nurpeisov, who in January pressed the government to …, now finds himself …": a cue inside a
          // relative clause between commas says no more than the clause does.
          if (inRelativeClause(s, unit.from, i)) {
            for (let k = a + 1; k < cut; k++) {
              if (s.toks[k]!.text === ',' && spanAt[k]! < 0) {
                cut = k - 1;
                break;
              }
            }
          }
          if (cut >= a) ruled.end = s.toks[cut]!.end;
        }
        if (ruled) {
          found.push(withKind(s, ruled, spans, spanAt));
          claim(tokenAt(s, ruled.start), tokenAt(s, ruled.end - 1));
          claim(i, i);
          continue;
        }
        if (!isContentCandidate(s.toks, s.lower, i) || ruledOutCue(s, i, options)) continue;
        if (triggerModel) {
          // Speech only: unless the cue is a speech act, its content opens a clause (checked first: cheap).
          const st = stem(s.lower[i]!);
          // Verbs the cue model has no evidence for are never cues (and skipping them is cheap).
          if (model && s.toks[i]!.pos === 'VERB' && !model.stems.has(st)) continue;
          // "concerns about …", "campaigned against …": a topic, taken when the trigger is sure of it.
          const topic = options.topicThreshold !== undefined && TOPIC_PREPOSITIONS.has(s.lower[i + 1] ?? '');
          const mustOpen = !!options.contentSpeechOnly && !options.objectStems?.has(st) && !topic;
          if (mustOpen && !canOpenWithin(s, i, unit.to, opensClause)) continue;
          const source = sourceOf(s, unit, i);
          if (!source && options.contentNeedsSource) continue;
          const context = triggerContext(s, unit, i, source);
          const score = triggerScore(triggerModel, cueKey(i), () => cueFeaturesAt(p.view, i), triggerContextKey(context), () => triggerFeatures(context));
          if (score > (topic && !options.objectStems?.has(st) ? options.topicThreshold! : triggerThreshold)) {
            const span = bestSpan(contentModel, view!, i, endScore, -Infinity);
            if (!span || claimed[span.start]) continue;
            const clause = opensClause(s, span.start, span.end + 1);
            if (!clause && (mustOpen || score <= (options.objectThreshold ?? -Infinity))) continue;
            i = takeContent(span, i, source);
            continue;
          }
          if (options.triggerDecides) continue;
        }
        if ((options.contentCuesOnly && !isCue(i)) || (options.contentSpeechOnly && !isCueCandidate(s.toks, i))) continue;
        // The source first: it is cheap, and without one the product has nothing to report.
        const source = sourceOf(s, unit, i);
        if (!source && options.contentNeedsSource) continue;
        // Speech only: unless the cue is a speech act, its content must open a clause, so when no
        // token in reach can, the model need not be asked (the same result, cheaper).
        const opens = options.contentSpeechOnly && !options.objectStems?.has(stem(s.lower[i]!)) ? (isCue(i) ? opensClause : opensClauseStrictly) : null;
        if (opens && !canOpenWithin(s, i, unit.to, opens)) continue;
        const span = bestSpan(contentModel, view!, i, endScore, options.contentThreshold ?? 0);
        if (!span || claimed[span.start]) continue;
        if (opens && !opens(s, span.start, span.end + 1)) continue;
        i = takeContent(span, i, source);
        continue;
      }
      if (!isCue(i)) continue;
      // "Asked whether …, Devine replied": an opening participle is the question, not the answer.
      if (i === unit.from && s.lower[i]!.endsWith('ed') && s.toks[i + 1]?.pos !== 'PROPN') continue;
      // A trailing cue ("…, Hollande said Tuesday in Paris.") wins over what follows it.
      const att = trailingCue(s, unit, i, claimed) ?? complementAfterCue(s, unit, i, claimed, options);
      if (!att) continue;
      found.push(withKind(s, att, spans, spanAt));
      claim(tokenAt(s, att.start), tokenAt(s, att.end - 1));
      claim(i, i);
      i = Math.max(i, tokenAt(s, att.end - 1));
    }
  }

  found.sort((a, b) => a.start - b.start);
  resolvePronouns(s, found, spanAt);
  return found;
}

// ---------------------------------------------------------------- the trigger model's features

/** What the trigger model's own features of candidate i depend on: its subject, and how what follows opens. */
interface TriggerContext {
  stem: string;
  pos: string;
  subject: string;
  opens: boolean;
  object: boolean;
  passive: boolean;
  first: boolean;
  rest: number;
  next: string;
}

function triggerContext(s: Stream, unit: Unit, i: number, src: [number, number] | null): TriggerContext {
  let subject = 'none';
  if (src) {
    const head = s.toks[src[1]]!;
    subject = head.pos === 'PRON' ? s.lower[src[1]]! : head.pos;
  } else if (i > unit.from && RELATIVE.has(s.lower[i - 1]!)) subject = 'rel';
  const next = i + 1 < unit.to ? i + 1 : -1;
  const rest = unit.to - i - 1;
  return {
    stem: stem(s.lower[i]!),
    pos: s.toks[i]!.pos,
    subject,
    opens: next >= 0 && opensClause(s, next, unit.to),
    object: next >= 0 && isObjectStart(s, next),
    passive: isPassive(s, i),
    first: i === unit.from,
    rest: rest > 10 ? 11 : rest > 5 ? 6 : rest > 2 ? 3 : rest,
    next: next >= 0 ? s.lower[next]! : '</s>',
  };
}

function triggerContextKey(c: TriggerContext): string {
  return `${c.stem}\u0001${c.pos}\u0001${c.subject}\u0001${c.opens}${c.object}${c.passive}${c.first}\u0001${c.rest}\u0001${c.next}`;
}

/** The trigger model's features of a candidate besides the cue model's. */
function triggerFeatures(c: TriggerContext): string[] {
  const st = c.stem;
  return [
    `src=${c.subject}`,
    `s|src=${st}|${c.subject}`,
    `op=${c.opens}`,
    `s|op=${st}|${c.opens}`,
    `obj=${c.object}`,
    `s|obj=${st}|${c.object}`,
    `src|op=${c.subject}|${c.opens}|${c.object}`,
    `pass=${c.passive}`,
    `s|pass=${st}|${c.passive}`,
    `first=${c.first}`,
    `rest=${c.rest}`,
    `pos|n1w=${c.pos}|${c.next}`,
  ];
}

/** The trigger model's candidates in an analyzed text, with their features (training uses the extractor's view). */
export function triggerCandidates(analysis: Analysis): { view: ContentView; candidates: { token: number; features: string[] }[] } {
  const s = buildStream(analysis);
  const view = viewOf(s, quotedSpansOf(s));
  const candidates: { token: number; features: string[] }[] = [];
  for (let i = 0; i < s.toks.length; i++) {
    if (view.inQuote[i] || !isContentCandidate(s.toks, s.lower, i)) continue;
    const unit = s.units[s.unitOf[i]!]!;
    candidates.push({ token: i, features: [...cueFeatures(s.toks, s.lower, i), ...triggerFeatures(triggerContext(s, unit, i, sourceOf(s, unit, i)))] });
  }
  return { view, candidates };
}

// ---------------------------------------------------------------- cues and noun phrases

function isCueToken(s: Stream, i: number, cues: ReadonlySet<string>): boolean {
  return cues.has(s.lower[i]!) && isCueCandidate(s.toks, i);
}

function isNPToken(s: Stream, i: number): boolean {
  const t = s.toks[i]!;
  if (isNameTaggedVerb(s, i)) return true;
  if (RELATIVE.has(s.lower[i]!)) return false;
  if (NP_POS.has(t.pos)) return !isQuoteMark(t.text);
  if (NP_GLUE.has(t.text)) return t.text !== '.' || /^[A-Z]\w*$/.test(s.toks[i - 1]?.text ?? '');
  // "Almaty-based political analyst": the participle of a hyphenated compound.
  if (t.pos === 'VERB' && s.toks[i - 1]?.text === '-' && s.toks[i - 1]!.end === t.start) return true;
  // "three-quarters of those surveyed": the people a participle names.
  if (t.pos === 'VERB' && s.lower[i - 1] === 'those' && /ed$/.test(s.lower[i]!)) return true;
  // "Grupo de Apoyo Mutuo", "Ministerio de la Defensa": a Romance name's particles join its capitalized words.
  const w = s.lower[i];
  if (ROMANCE_PARTICLES.has(w!) && /^\p{Lu}/u.test(s.toks[i - 1]?.text ?? '')) return /^\p{Lu}/u.test(s.toks[i + 1]?.text ?? '') || (ROMANCE_ARTICLES.has(s.lower[i + 1] ?? '') && /^\p{Lu}/u.test(s.toks[i + 2]?.text ?? ''));
  if (ROMANCE_ARTICLES.has(w!) && ROMANCE_PARTICLES.has(s.lower[i - 1] ?? '') && /^\p{Lu}/u.test(s.toks[i + 1]?.text ?? '')) return true;
  // "Joel Pollak of Breitbart California", "the Department of Education", "officials in Bishkek"
  if (w === 'in' || w === 'from') return (isCommonNounAt(s, i - 1) || isInstitutionAt(s, i - 1)) && s.toks[i + 1]?.pos === 'PROPN';
  // "analysts at the Razumkov Center": people at an institution.
  if (w === 'at') return isCommonNounAt(s, i - 1) && /^(?:the|[A-Z])/.test(s.toks[i + 1]?.text ?? '') && s.toks[i + 1]?.pos !== 'NUM';
  return w === 'of' && NP_POS.has(s.toks[i - 1]?.pos ?? '') && NP_POS.has(s.toks[i + 1]?.pos ?? '');
}

function opensAdverbial(s: Stream, k: number): boolean {
  const t = s.toks[k];
  return !!t && (t.pos === 'ADP' || t.pos === 'ADV' || (t.pos === 'VERB' && s.lower[k]!.endsWith('ing')));
}

/** The capitalized last word of an institution's name: "the Razumkov Center [in Kyiv]". */
function isInstitutionAt(s: Stream, i: number): boolean {
  return INSTITUTION_LAST.has(s.lower[i] ?? '') && /^[A-Z]/.test(s.toks[i]!.text);
}
const INSTITUTION_LAST = new Set(['center', 'centre', 'institute', 'university', 'foundation', 'academy', 'council', 'commission', 'ministry', 'office', 'bank', 'agency', 'service',
  'committee', 'department', 'administration', 'directorate', 'court', 'embassy', 'mission', 'company', 'corporation', 'bureau', 'fund', 'organization', 'organisation', 'association', 'union', 'forum', 'board', 'authority', 'inspectorate', 'observatory']);

/** A common noun, also where wink calls a capitalized plural opening a sentence a name ("Officials in Tbilisi"). */
function isCommonNounAt(s: Stream, i: number): boolean {
  const t = s.toks[i];
  if (!t) return false;
  return t.pos === 'NOUN' || (t.pos === 'PROPN' && startsUnit(s, i) && /^[A-Z][a-z]+s$/.test(t.text));
}

function hasHead(s: Stream, a: number, b: number): boolean {
  for (let i = a; i <= b; i++) if (NP_HEAD_POS.has(s.toks[i]!.pos) || isNameTaggedVerb(s, i)) return true;
  return false;
}

/**
 * wink tags some names as verbs: a capitalized verb right before a verb is a surname ("Lynch said",
 * "Cook says"), and one before a name that a verb or a comma follows is a first name ("Josh Earnest
 * said", "Hope Hicks, a campaign spokeswoman, …"; not "Warren Hammers Wells Fargo CEO Over …").
 */
function isNameTaggedVerb(s: Stream, i: number): boolean {
  const t = s.toks[i]!;
  if (t.pos !== 'VERB' || !/^[A-Z][a-z]/.test(t.text)) return false;
  if (s.toks[i + 1]?.pos === 'VERB') return true;
  let k = i + 1;
  while (k < s.toks.length && k - i <= 3 && s.toks[k]!.pos === 'PROPN' && /^[A-Z]/.test(s.toks[k]!.text)) k++;
  return k > i + 1 && k < s.toks.length && (s.toks[k]!.pos === 'VERB' || s.toks[k]!.text === ',');
}

/**
 * Before a short parenthesis ending at j ("Sanders (I-Vt.)", "the Institute (IRI)"), else j. A name may be
 * spelled out in its own language: "Mexico’s National Human Rights Commission (Comision Nacional de los
 * Derechos Humanos - CNDH) told".
 */
function beforeParenthesis(s: Stream, j: number, lo: number): number {
  if (j < lo || s.toks[j]!.text !== ')') return j;
  let o = j - 1;
  while (o >= lo && j - o < 16 && s.toks[o]!.text !== '(') o--;
  if (j - o >= 8 && !/^\p{Lu}/u.test(s.toks[o - 1]?.text ?? '')) o = lo - 1;
  return o >= lo && s.toks[o]!.text === '(' ? o - 1 : j;
}

/** The noun phrase ending right before `i` (skipping adverbs and auxiliaries), within the unit. */
function npBefore(s: Stream, i: number, lo: number): [number, number] | null {
  let j = i - 1;
  let skipped = 0;
  // "has since ordered": "since" right after an auxiliary is an adverb, whatever its tag.
  // ("Putin neither confirmed nor denied": the conjunction is no part of the subject.)
  const skippable = (k: number): boolean => (SKIP_BEFORE_CUE_POS.has(s.toks[k]!.pos) && !NP_GLUE.has(s.toks[k]!.text)) || (s.lower[k] === 'since' && s.toks[k - 1]?.pos === 'AUX') || s.lower[k] === 'neither';
  while (j >= lo && skipped < 3 && skippable(j)) {
    j--;
    skipped++;
  }
  // "The Kremlin continues to insist", "Lavrov went on to say": a verb that carries the cue.
  if (j > lo && s.lower[j + 1] === 'to' && CARRIERS.has(s.lower[j]!)) {
    j--;
    while (j >= lo && j > i - 8 && skippable(j)) j--;
  }
  // "The Kremlin, for its part, insists": an aside between the subject and its verb.
  if (j > lo + 2 && s.toks[j]!.text === ',') {
    let o = j - 1;
    while (o > lo && j - o <= 4 && s.toks[o]!.text !== ',') o--;
    if (o > lo && s.toks[o]!.text === ',' && SUBJECT_ASIDES.has(s.lower.slice(o + 1, j).join(' '))) j = o - 1;
  }
  // "The co-chairs—Igor Popov of Russia, … of the United States—issued": the subject stands before the dashes.
  if (j > lo && DASHES.has(s.toks[j]!.text)) {
    let o = j - 1;
    while (o >= lo && j - o < 40 && !DASHES.has(s.toks[o]!.text)) o--;
    if (o > lo && DASHES.has(s.toks[o]!.text)) j = o - 1;
  }
  // "Sen. Bernie Sanders (I-Vt.) defended": skip a short parenthetical after the name.
  j = beforeParenthesis(s, j, lo);
  // "A poll conducted by the International Republican Institute (IRI) in May found": a bare month or year
  // after "in" dates the subject (a parenthesis may stand before it).
  if (j - 2 >= lo && /^(?:in|during)$/.test(s.lower[j - 1]!) && isBareMonthOrYear(s.toks[j]!.text) && (s.toks[j - 2]!.text === ')' || (isNPToken(s, j - 2) && s.toks[j - 2]!.pos !== 'NUM'))) {
    j = beforeParenthesis(s, j - 2, lo);
  }
  // "A Levada Center survey conducted from April 18 to 24 among 1,600 respondents found": the document
  // stands before its participle, whatever dates and sample follow it.
  for (let k = j; k > lo && j - k <= 20; k--) {
    const t = s.toks[k]!;
    // "A survey conducted by the International Republican Institute from June 10 to July 2 among 1,500
    // respondents found": its author, named, speaks.
    const authorAt = s.lower[k + 1] === 'by' ? (s.lower[k + 2] === 'the' ? k + 3 : k + 2) : -1;
    const byAuthor = authorAt > 0 && /^\p{Lu}/u.test(s.toks[authorAt]?.text ?? '');
    if (k < j && DOCUMENT_PARTICIPLES.has(s.lower[k]!) && /^(?:NOUN|PROPN)$/.test(s.toks[k - 1]!.pos) && /^(?:by|in|on|from|during|among|between|last|this|earlier|over)$/.test(s.lower[k + 1]!)) {
      if (!byAuthor) {
        j = k - 1;
        break;
      }
      // (Only when dates or a sample follow the author: "a poll conducted by X found" is read as it stands.)
      let e = authorAt;
      while (e + 1 < j && (/^\p{Lu}/u.test(s.toks[e + 1]!.text) || (/^(?:of|for|and)$/.test(s.lower[e + 1]!) && /^\p{Lu}/u.test(s.toks[e + 2]?.text ?? ''))) && s.toks[e + 1]!.pos !== 'PUNCT') e++;
      if (e + 1 < j && /^(?:in|on|from|during|among|between|last|this|earlier|over)$/.test(s.lower[e + 1]!)) j = e;
      break;
    }
    // ("conducted on June 2–8": a dash between numbers goes on.)
    const numberDash = DASHES.has(t.text) && s.toks[k - 1]?.pos === 'NUM' && s.toks[k + 1]?.pos === 'NUM';
    if (t.pos === 'AUX' || (t.pos === 'PUNCT' && t.text !== '-' && !numberDash) || s.lower[k] === 'that' || (t.pos === 'VERB' && !DOCUMENT_PARTICIPLES.has(s.lower[k]!))) break;
  }
  // "Sanders on Tuesday said": the time is when, the subject stands before it.
  // Not "its statement of July 28 repeated": a date after "of" belongs to the noun.
  const timeLength = timeAdverbialEndingAt(s, j, lo);
  const time = s.lower[j - timeLength] === 'of' ? 0 : timeLength;
  const participleBeforeTime = time > 0 && j - time > lo ? documentParticipleAt(s, j - time, lo) : 0;
  if (time > 0 && j - time >= lo && isNPToken(s, j - time)) j -= time;
  // "A poll by the National Democratic Institute published in January found": the document speaks.
  else if (participleBeforeTime > 0) j -= time + participleBeforeTime;
  else if (j > lo && DOCUMENT_PARTICIPLES.has(s.lower[j]!) && isNPToken(s, j - 1)) j -= 1;
  // … "published in January" (a bare month or year, which alone is no time adverbial).
  else if (j - 2 > lo && /^(?:PROPN|NUM)$/.test(s.toks[j]!.pos) && documentParticipleAt(s, j - 1, lo) === 2) j -= 3;
  // "A band member who escaped told …": a relative clause without commas follows the subject it describes.
  const relative = relativeClauseBefore(s, j, lo);
  if (relative) return relative;
  const end = j;
  while (j >= lo && end - j < 12 && isNPToken(s, j)) {
    // A subject pronoun starts its phrase: don't swallow what stands before it.
    if (s.toks[j]!.pos === 'PRON' && SUBJECT_PRONOUNS.has(s.lower[j]!) && j < end) break;
    // So does an article: "For the moment | the government seems …"; unless a noun and a
    // preposition stand before it: "attorneys for the family said", "a narrator in the ad asks".
    if (s.toks[j]!.pos === 'DET' && (s.lower[j] === 'the' || s.lower[j] === 'a' || s.lower[j] === 'an')) {
      // Or a name and "of": "Yaroslav Romanchuk of the Mises Research Center estimates".
      // ("the Center for the Study of Democracy": "for the" inside a name.)
      const nameOf = /^(?:of|for)$/.test(s.lower[j - 1]!) && s.toks[j - 2]?.pos === 'PROPN' && /^[A-Z]/.test(s.toks[j - 2]!.text) && (s.lower[j - 1] === 'of' || /^\p{Lu}/u.test(s.toks[j + 1]?.text ?? ''));
      // Or a share of them: "One of the leaders of the gang agreed", "some of the protesters said".
      const shareOf = j < end && s.lower[j - 1] === 'of' && SHARES.has(s.lower[j - 2] ?? '');
      if (j - 2 >= lo && end - (j - 2) < 12 && ((SUBJECT_PREPOSITIONS.has(s.lower[j - 1]!) && s.toks[j - 2]!.pos === 'NOUN') || nameOf || shareOf)) {
        j -= 2;
        continue;
      }
      j--;
      break;
    }
    j--;
    if (s.toks[j + 1]!.pos === 'PRON' && SUBJECT_PRONOUNS.has(s.lower[j + 1]!)) break;
    // "the Russian Railways (RZD) company said": a name's acronym in parentheses inside the phrase.
    if (j - 3 >= lo && s.toks[j]!.text === ')' && s.toks[j - 2]!.text === '(' && /^\p{Lu}[\p{Lu}\d&-]+$/u.test(s.toks[j - 1]!.text) && s.toks[j - 3]!.pos === 'PROPN') j -= 3;
    // "the Coalition for Change", "the Institute for the Study of War": a name goes on over its "for".
    if (j - 1 >= lo && s.lower[j] === 'for' && /^\p{Lu}/u.test(s.toks[j + 1]!.text) && /^\p{Lu}/u.test(s.toks[j - 1]!.text) && end - j < 11) j--;
  }
  let start = j + 1;
  // "The OSCE's representative on freedom of the media has called": an office's remit belongs to it.
  if (start - 2 >= lo && start <= end && OFFICE_REMIT.has(s.lower[start - 1]!) && s.toks[start - 2]!.pos === 'NOUN' && HEADS.has(s.lower[start - 2]!.split('-').pop()!)) {
    const office = npBefore(s, start - 1, lo);
    if (office && office[1] === start - 2) start = office[0];
  }
  // "The State Border Committee in Minsk accused", "officials in Moscow said": the place after "in" or
  // "from" says where the subject is; the subject is the phrase before it.
  // "Several people familiar with the negotiations told": the people speak, not the negotiations.
  if (start - 3 >= lo && start <= end && s.lower[start - 1] === 'with' && s.lower[start - 2] === 'familiar' && /^(?:NOUN|PROPN)$/.test(s.toks[start - 3]!.pos)) {
    const head = npBefore(s, start - 2, lo);
    if (head && head[1] === start - 3) start = head[0];
  }
  // "sources close to the presidential administration told": the sources speak, not the administration.
  // (Only adjectives and numbers go with them: not "in the Volga region sources close to …".)
  if (start - 3 >= lo && start <= end && s.lower[start - 1] === 'to' && s.lower[start - 2] === 'close' && (s.toks[start - 3]!.pos === 'NOUN' || CLOSE_TO_HEADS.has(s.lower[start - 3]!))) {
    start -= 3;
    while (start - 1 >= lo && (/^(?:ADJ|NUM)$/.test(s.toks[start - 1]!.pos) || /^(?:some|several|many|two|three|other|senior|anonymous)$/.test(s.lower[start - 1]!))) start--;
  }
  // ("Bloggers on Telegram have warned": people on a platform.)
  const onPlatform = s.lower[start - 1] === 'on' && PLATFORMS.has(s.lower[start] ?? '');
  // ("A study by the Center for the Study of Democracy (CSD) in Sofia found": past the acronym; "Analysts in both
  // countries doubt": people in places, named or not.)
  const placeHead = start - 2 >= lo && s.toks[start - 2]!.text === ')' ? beforeParenthesis(s, start - 2, lo) : start - 2;
  const people = start - 2 >= lo && PEOPLE_IN_PLACES.has(s.lower[start - 2]!);
  if (start - 2 >= lo && start <= end && (PLACE_PREPOSITIONS.has(s.lower[start - 1]!) || onPlatform) && placeHead >= lo && /^(?:NOUN|PROPN)$/.test(s.toks[placeHead]!.pos) && ((s.toks[start]!.pos === 'PROPN' && /^[A-Z]/.test(s.toks[start]!.text)) || people)) {
    const head = npBefore(s, start - 1, lo);
    if (head && head[1] === placeHead) start = head[0];
  } else if (start - 3 >= lo && start <= end && s.lower[start - 1] === 'in' && s.toks[start - 2]!.pos === 'VERB' && s.lower[start - 2]!.endsWith('ed') && s.toks[start - 3]!.pos === 'NOUN' && s.toks[start]!.pos === 'PROPN') {
    // "The declaration adopted in Shanghai spoke of …": the document, not the place, speaks.
    const head = npBefore(s, start - 2, lo);
    if (head && head[1] === start - 3) start = head[0];
  }
  // "Yerevan and Baku blame each other": two names joined are one subject.
  if (start - 2 >= lo && start <= end && s.lower[start - 1] === 'and' && s.toks[start]!.pos === 'PROPN' && s.toks[start - 2]!.pos === 'PROPN' && /^\p{Lu}/u.test(s.toks[start - 2]!.text)) {
    let a = start - 2;
    while (a - 1 >= lo && start - a < 4 && s.toks[a - 1]!.pos === 'PROPN' && /^\p{Lu}/u.test(s.toks[a - 1]!.text)) a--;
    const list = nameListStart(s, a, lo);
    // "The leaders of Mexico and Colombia said": the names belong to the people before them.
    const head = peopleOfNamesBefore(s, list, lo);
    if (head !== null) start = head;
    else if (a === lo || !isNPToken(s, a - 1)) start = a;
  } else if (start - 3 >= lo && start <= end && s.lower[start - 1] === 'and' && s.toks[start - 2]!.text === ',' && s.toks[start]!.pos === 'PROPN') {
    // "The presidents of Guatemala, Mexico, and Colombia emphasized".
    const head = peopleOfNamesBefore(s, nameListStart(s, start - 2, lo), lo);
    if (head !== null) start = head;
  }
  // "journalists and other researchers said", "the campaign and its allies said": two common nouns joined.
  // (Only when the first opens its clause: not "amid the political climate and the leadership's refusal".)
  if (start - 2 >= lo && start <= end && s.lower[start - 1] === 'and' && s.toks[start - 2]!.pos === 'NOUN' && /^(?:other|its|their|his|her|the|some|many|local)$/.test(s.lower[start]!)) {
    const first = npBefore(s, start - 1, lo);
    if (first && first[1] === start - 2 && opensClauseAt(s, first[0], lo)) start = first[0];
  }
  // "Civil.ge quoted", "Eurasianet.org wrote": a web address is one name, its dots and all.
  while (start - 2 >= lo && start <= end && s.toks[start - 1]!.text === '.' && s.toks[start - 1]!.start === s.toks[start - 2]!.end && s.toks[start]!.start === s.toks[start - 1]!.end) start -= 2;
  if (start > end || !hasHead(s, start, end)) {
    // "Trump, the Republican nominee, said" / "Marley Anderson, 21, a junior from Las Vegas, said":
    // look past appositives to the name before them.
    // Dashes set off an apposition as commas do: "Irakli Alasania—a former defense minister—warned".
    // A comma may sit inside closing marks: "Tokayev, in an article for the newspaper “Egemen Qazaqstan,” wrote".
    const isAppositionMark = (k: number): boolean =>
      s.toks[k]!.text === ',' || DASHES.has(s.toks[k]!.text) || hyphenAsDash(s, k) || (k === end && commaInsideClose(s, k));
    if (end >= lo && isAppositionMark(end)) {
      // ("Kristine Bergersen-Lie": a capitalized part glued to a name by a hyphen, whatever wink made of it.)
      const gluedNamePart = (k: number): boolean => k >= 2 && hyphenInWord(s, k - 1) && s.toks[k - 2]!.pos === 'PROPN' && /^\p{Lu}\p{Ll}/u.test(s.toks[k]!.text);
      const isName = (np: [number, number] | null): boolean => !!np && (s.toks[np[1]]!.pos === 'PROPN' || PERSON_PRONOUNS.has(s.lower[np[1]]!) || gluedNamePart(np[1]));
      // "Cruz's chief strategist, Jeff Roe, said": the name between the commas.
      // Not "…, chief of staff of the Central Military District, told": a title with a name inside it.
      const between = npBefore(s, end, lo);
      // ("The party's chairman, former President Dmitry Medvedev, said": a name after "former" too.)
      const formerAt = between && /^(?:former|ex|late|then)$/.test(s.lower[between[0]]!) && between[1] > between[0] ? between[0] + 1 : between?.[0];
      if (between && isName(between) && s.toks[between[0] - 1]?.text === ',' && allCapitalized(s, [formerAt!, between[1]])) return between;
      let commas = 0;
      // Past the quoted words whose closing marks hold the comma: they are no apposition's end.
      let from = end - 1;
      if (s.toks[end]!.text !== ',' && commaInsideClose(s, end)) {
        from = end - 2;
        while (from > lo && !isQuoteMark(s.toks[from]!.text)) from--;
        from--;
      }
      // "Galina Arapova, director of the Mass Media Defence Centre, which …, argued": a name that completes a
      // title ("director of", "fellow at") belongs to the apposition; the speaker is the name before it.
      const describes = ([a, b]: [number, number]): boolean =>
        (a - 1 > lo && TITLE_COMPLEMENT.has(s.lower[a - 1]!)) || (/^\p{Ll}/u.test(s.toks[a]!.text) && s.lower.slice(a, b).some((w) => TITLE_COMPLEMENT.has(w)));
      let complement: [number, number] | null = null;
      for (let c = from; c >= lo && end - c < 32 && commas < 3; c--) {
        if (!isAppositionMark(c)) continue;
        commas++;
        const np = npBefore(s, c, lo);
        if (isName(np) && describes(np!)) {
          complement ??= np;
          continue;
        }
        // ("X, who has toured Bamako, Ouagadougou and Niamey, told": a name inside a relative clause, after its
        // verb or a preposition, is an object there, not the subject.)
        if (isName(np) && np![0] > lo && /^(?:VERB|ADP)$/.test(s.toks[np![0] - 1]!.pos) && relativeOpenBefore(s, lo, np![0])) continue;
        if (isName(np)) return np;
        // "The Turkish side, for its part, insisted", "The ministry, in a statement released on Monday,
        // said": an adverbial between commas after the sentence's subject, whatever the subject.
        // So does a participle's or a relative clause ("The movement, led by X, announced", "The bank, which …, said").
        // So does a description after a subject that opens the sentence ("The wounded man who first raised
        // the alarm, an Ecuadorean, told"; "the State Oil Company …" names, and is read below).
        if (np && np[0] - lo <= 1 && commas === 1 && (opensAdverbial(s, c + 1) || opensAppositiveClause(s, c + 1) || ((s.lower[c + 1] === 'a' || s.lower[c + 1] === 'an') && s.toks[np[1]]!.pos === 'NOUN'))) return np;
      }
      if (complement) return complement;
      // "Azerbaijan's state energy company, the State Oil Company of Azerbaijan Republic (SOCAR), confirmed".
      const named = nameBetweenCommas(s, end, lo);
      if (named) return named;
    }
    return null;
  }
  // "The Kyrgyz interim government headed by Roza Otunbayeva has asked": the government asks.
  if (start - 3 >= lo && s.lower[start - 1] === 'by' && BY_PARTICIPLES.has(s.lower[start - 2]!) && isCommonNounAt(s, start - 3)) {
    const head = npBefore(s, start - 2, lo);
    if (head) return head;
  }
  return [trimNP(s, start, end), end];
}

/** Whether a relative clause set off by a comma (", who", ", which") opens between lo and `at`. */
function relativeOpenBefore(s: Stream, lo: number, at: number): boolean {
  for (let k = at - 1; k > lo; k--) if ((s.lower[k] === 'who' || s.lower[k] === 'which') && s.toks[k - 1]!.text === ',') return true;
  return false;
}

/** Who may be "close to" a body ("Sources close to the Kremlin told"), whatever the tagger made of a capitalized first word. */
const CLOSE_TO_HEADS = new Set(['source', 'sources', 'people', 'officials', 'official', 'insiders', 'insider', 'circles', 'figures', 'experts', 'someone', 'diplomats', 'analysts']);

/** Prepositions after a title whose object completes it: "director of", "a fellow at", "an adviser to". */
const TITLE_COMPLEMENT = new Set(['of', 'at', 'for', 'with', 'to']);

/** Openers of a clause that concedes: "…, although the government has resisted …" (not "while", which may only say when). */
const CONCESSIVE = new Set(['although', 'though', 'whereas']);

/** Words for a share of a group, before "of the": "one of the leaders", "many of the protesters". */
const SHARES = new Set(['one', 'two', 'three', 'some', 'many', 'most', 'several', 'all', 'each', 'none', 'few', 'both', 'half']);

/** Prepositions after which a name says where the subject is: "officials in Moscow", "leaders across Latin America". */
const PLACE_PREPOSITIONS = new Set(['in', 'from', 'across']);
/** People who speak from a place: "analysts in both countries", "officials across the region". */
const PEOPLE_IN_PLACES = new Set(['analysts', 'officials', 'experts', 'observers', 'diplomats', 'sources', 'politicians', 'commentators', 'economists', 'lawmakers', 'residents', 'people', 'leaders', 'journalists', 'activists', 'bankers', 'investors', 'traders']);

/** Where a list of names ending before token `at` begins, over "X, Y," (`at` is the first name after it, or the comma before "and"). */
function nameListStart(s: Stream, at: number, lo: number): number {
  const capitalized = (k: number): boolean => k >= lo && s.toks[k]!.pos === 'PROPN' && /^\p{Lu}/u.test(s.toks[k]!.text);
  let a = at;
  if (s.toks[a]!.text === ',') {
    if (!capitalized(a - 1)) return at + 2;
    a--;
  }
  for (;;) {
    while (capitalized(a - 1)) a--;
    if (a - 2 >= lo && s.toks[a - 1]!.text === ',' && capitalized(a - 2)) a -= 2;
    else return a;
  }
}

/** "the leaders of" or "officials across" before the names at `a`: where that phrase starts, or null. */
function peopleOfNamesBefore(s: Stream, a: number, lo: number): number | null {
  // (A plural opening the sentence is often tagged a name: "Officials in Tallinn, Riga and Vilnius".)
  const plural = s.toks[a - 2]?.pos === 'NOUN' || (s.toks[a - 2]?.pos === 'PROPN' && a - 2 === lo && /^\p{Lu}\p{Ll}+s$/u.test(s.toks[a - 2]!.text));
  if (a - 2 < lo || !(s.lower[a - 1] === 'of' || PLACE_PREPOSITIONS.has(s.lower[a - 1]!)) || !plural || !s.lower[a - 2]!.endsWith('s')) return null;
  const head = npBefore(s, a - 1, lo);
  return head && head[1] === a - 2 ? head[0] : null;
}

/** Verbs of coming forward, whose subject an infinitive of purpose after them belongs to: "resurfaced to deny". */
/** Whether a verb of going somewhere stands in [from, to). */
function journeyBefore(s: Stream, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (JOURNEYS.has(s.lower[k]!)) return true;
  return false;
}
/** Verbs of going somewhere, whose infinitive of purpose is the goer's ("traveled to Istanbul to warn"). */
const JOURNEYS = new Set(['traveled', 'travelled', 'travels', 'went', 'goes', 'came', 'comes', 'flew', 'flies', 'arrived', 'arrives', 'headed', 'visited', 'visits', 'returned', 'returns', 'rushed']);
const COMING_FORWARD = new Set(['resurfaced', 'reappeared', 'appeared', 'emerged', 'surfaced', 'stepped', 'rose', 'returned', 'resurfaces', 'appears', 'emerges', 'returns']);

/** Participles that date a report or poll between its name and its cue: "a poll published in January found". */
const DOCUMENT_PARTICIPLES = new Set(['published', 'released', 'conducted', 'issued', 'commissioned', 'presented', 'unveiled', 'adopted', 'signed', 'approved', 'filed', 'submitted']);

/** How many tokens ending at k are such a participle and the "in" of its date (1 or 2, with a noun before them), else 0. */
function documentParticipleAt(s: Stream, k: number, lo: number): number {
  const len = s.lower[k] === 'in' || s.lower[k] === 'during' || s.lower[k] === 'on' ? 2 : 1;
  const p = k - len + 1;
  return p > lo && DOCUMENT_PARTICIPLES.has(s.lower[p]!) && isNPToken(s, p - 1) ? len : 0;
}

/** Participles that hang a leader's name on a body: "the government headed by X". */
const BY_PARTICIPLES = new Set(['headed', 'led', 'chaired', 'run', 'founded', 'controlled', 'owned', 'backed', 'supported', 'interviewed', 'polled', 'surveyed', 'contacted', 'consulted', 'questioned', 'commissioned', 'hired', 'appointed']);

/** Every word of [a, b] is capitalized (a name, not a description with a name in it). */
/** An organization's full name between commas ending at `comma`: "the State Oil Company of Azerbaijan Republic (SOCAR)". */
function nameBetweenCommas(s: Stream, comma: number, lo: number): [number, number] | null {
  let b = comma - 1;
  // A short parenthesis after the name ("(SOCAR)") is its abbreviation.
  if (b > lo && s.toks[b]!.text === ')') {
    let o = b - 1;
    while (o > lo && b - o < 5 && s.toks[o]!.text !== '(') o--;
    if (s.toks[o]!.text !== '(') return null;
    b = o - 1;
  }
  let a = b;
  while (a > lo && b - a < 10 && s.toks[a]!.kind === 'word' && (/^\p{Lu}/u.test(s.toks[a]!.text) || ORG_NAME_GLUE.has(s.lower[a]!))) a--;
  if (s.lower[a] === 'the') a--;
  if (a === b || a < lo || s.toks[a]!.text !== ',' || a === lo) return null;
  const start = s.lower[a + 1] === 'the' ? a + 2 : a + 1;
  // Two capitalized words at least, the first and last not glue: a name, not "…, Moscow,".
  // Not a title: "…, the Minister of Public Security, when questioned".
  if (b - start < 1 || ORG_NAME_GLUE.has(s.lower[start]!) || ORG_NAME_GLUE.has(s.lower[b]!) || HEADS.has(s.lower[start]!)) return null;
  return [start, b];
}

const ORG_NAME_GLUE = new Set(['of', 'and', 'for', 'on', 'the']);

function allCapitalized(s: Stream, [a, b]: [number, number]): boolean {
  for (let k = a; k <= b; k++) {
    // ("Lee Jae-myung": a syllable glued after a hyphen inside a name.)
    const syllable = k > a && s.toks[k - 1]!.text === '-' && s.toks[k - 1]!.end === s.toks[k]!.start && s.toks[k]!.pos === 'PROPN';
    if (s.toks[k]!.kind === 'word' && !/^\p{Lu}/u.test(s.toks[k]!.text) && !NP_GLUE.has(s.toks[k]!.text) && !syllable) return false;
  }
  return true;
}

/** Drops leading glue such as a stray possessive or hyphen. */
function trimNP(s: Stream, start: number, end: number): number {
  let a = start;
  while (a < end && (NP_GLUE.has(s.toks[a]!.text) || s.lower[a] === 'of')) a++;
  // "On Monday Lib Dem chairman Alan Beith warned": the day after "on" is when, not who.
  if (a < end && s.lower[a - 1] === 'on' && WEEKDAYS.has(s.lower[a]!)) {
    a++;
    if (a < end && /^(?:morning|afternoon|evening|night)$/.test(s.lower[a]!)) a++;
  }
  return a;
}

const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** The noun phrase starting at `i`, within [i, hi). */
function npFrom(s: Stream, i: number, hi: number): [number, number] | null {
  let j = i;
  while (j < hi && j - i < 12 && isNPToken(s, j)) j++;
  let end = j - 1;
  while (end >= i && (NP_GLUE.has(s.toks[end]!.text) || s.lower[end] === 'of')) end--;
  if (end < i || !hasHead(s, i, end)) return null;
  return [i, end];
}

/** Subject of the unit's first verb, for participle and coordinated cues ("the government severed …, arguing that …"). */
function unitSubject(s: Stream, unit: Unit, cue: number): [number, number] | null {
  // "The parliament passed amendments; President Alar Karis refused to sign them, arguing that …": the
  // clause after the last semicolon is the participle's.
  // (Not one inside a parenthesis: "1.16bn euros (dollars 1.5bn; pounds 800m), and said …".)
  let from = unit.from;
  let subject: [number, number] | null = null;
  let inQuote = false;
  let depth = 0;
  for (let k = unit.from; k < cue; k++) {
    const text = s.toks[k]!.text;
    if (isQuoteMark(text)) inQuote = isOpeningMark(text) && text !== '"' ? true : text === '"' ? !inQuote : false;
    if (text === '(') depth++;
    else if (text === ')') depth = Math.max(0, depth - 1);
    else if (!inQuote && depth === 0 && text === ';' && k + 1 < cue) {
      from = k + 1;
      subject = null;
      continue;
    }
    // Verbs inside quoted words are not the clause's ("“It is clear,” Christie said, adding …").
    if (subject || inQuote || k === from) continue;
    const p = s.toks[k]!.pos;
    if ((p !== 'VERB' && p !== 'AUX') || isNPToken(s, k)) continue;
    subject = npBefore(s, k, from);
  }
  return subject;
}

/** The source of cue i: the subject before it, or the clause subject for "…, saying" and "… and says". */
function sourceOf(s: Stream, unit: Unit, i: number): [number, number] | null {
  // "Nurpeisov, who in January pressed": the one the relative pronoun stands for.
  if (inRelativeClause(s, unit.from, i)) {
    let k = i - 1;
    while (s.lower[k] !== 'who' && s.lower[k] !== 'which') k--;
    const np = npBefore(s, k - 1, unit.from);
    if (np && s.lower[k] === 'who') return np;
  }
  let j = i - 1;
  while (j > unit.from && s.toks[j]!.pos === 'ADV') j--;
  // ("Pashinyan stopped attending … and in February announced that …": a time between the joint and the cue.)
  if (j - 2 > unit.from && /^(?:in|on|during|by)$/.test(s.lower[j - 1]!) && isBareMonthOrYear(s.toks[j]!.text) && s.toks[j - 2]!.pos === 'CCONJ') j -= 2;
  const prev = s.toks[j];
  const participle = s.lower[i]!.endsWith('ing') && prev?.pos !== 'AUX';
  // "…, McConnell said in June 2012, citing …": a participle after a trailing report is its speaker's.
  if (participle && prev?.text === ',') {
    for (let k = j - 1; k > unit.from && j - k <= 8; k--) {
      if (s.toks[k]!.pos !== 'VERB') continue;
      if (!SAY_VERBS.has(s.lower[k]!)) break;
      const np = npBefore(s, k, unit.from);
      if (np && np[0] > unit.from && isSeparator(s.toks[np[0] - 1]!.text)) return np;
      break;
    }
  }
  // "…, although the government has resisted requests to provide it, insisting …": after a concessive
  // clause the participle goes on with that clause's subject.
  if (participle && prev?.text === ',') {
    let k = j - 1;
    while (k > unit.from && j - k <= 30 && s.toks[k]!.text !== ',') k--;
    if (s.toks[k]!.text === ',' && CONCESSIVE.has(s.lower[k + 1]!) && subjectAndVerbAt(s, k + 2, j - 1)) {
      let v = k + 2;
      while (v < j && !(s.toks[v]!.pos === 'AUX' || s.toks[v]!.pos === 'VERB')) v++;
      const np = npBefore(s, v, k + 2);
      if (np) return np;
    }
  }
  // "Citing documents found on his computer, the official stated …": a participle opening the sentence is
  // the main clause's subject's.
  if (participle && i === unit.from && (SPEECH_PARTICIPLES.has(s.lower[i]!) || OPENING_SPEECH_PARTICIPLES.has(s.lower[i]!))) {
    let c = i + 1;
    while (c < unit.to && c - i <= 30 && s.toks[c]!.text !== ',' && !isQuoteMark(s.toks[c]!.text)) c++;
    if (s.toks[c]?.text === ',' && subjectAndVerbAt(s, c + 1, unit.to - 1)) {
      const subject = npFrom(s, c + 1, unit.to);
      if (subject) return subject;
    }
  }
  // "Kommersant reported that Likhachev described the agreement as … and said that …": the verb joined by "and"
  // goes on with the subject of the reported clause it joins, not with the reporter.
  if (prev?.pos === 'CCONJ' && !participle) {
    for (let v = j - 1; v > unit.from + 2 && j - v <= 30; v--) {
      if (s.toks[v]!.pos !== 'VERB' || s.toks[v - 1]!.pos === 'AUX') continue;
      const np = npBefore(s, v, unit.from);
      if (np && np[0] - 1 > unit.from && s.lower[np[0] - 1] === 'that' && s.toks[np[1]]!.pos === 'PROPN' && SAY_VERBS.has(s.lower[i]!)) return np;
      break;
    }
  }
  if (participle || prev?.pos === 'CCONJ') {
    const subject = unitSubject(s, unit, i);
    // "It was Saparbayev, then energy minister, who first pushed …, arguing that …": the cleft's name.
    if (subject && subject[0] === subject[1] && s.lower[subject[0]] === 'it' && BE.has(s.lower[subject[0] + 1] ?? '')) {
      const named = npFrom(s, subject[0] + 2, i);
      let who = named ? named[1] + 1 : i;
      while (who < i && who - (named?.[1] ?? i) <= 10 && s.lower[who] !== 'who') who++;
      if (named && s.toks[named[1]]!.pos === 'PROPN' && who < i) return named;
    }
    return subject ?? (participle ? null : npBefore(s, i, unit.from));
  }
  const np = npBefore(s, i, unit.from);
  // "Mirziyoyev used his address to the Council of Foreign Investors to promise that …": before an
  // infinitive cue, a noun's prepositional object is not who speaks; the clause's subject is.
  if (np && prev?.pos === 'PART' && s.lower[j] === 'to' && s.toks[np[0] - 1]?.pos === 'ADP' && s.toks[np[0] - 2]?.pos === 'NOUN') return unitSubject(s, unit, i) ?? np;
  // "Lukashenka used his annual address to warn …": nor is a verb's object; the one who used it speaks.
  if (np && prev?.pos === 'PART' && s.lower[j] === 'to' && USING_VERBS.has(s.lower[np[0] - 1] ?? '')) return unitSubject(s, unit, i) ?? np;
  // "Adeyemo had traveled to Istanbul the previous year to warn Turkish banks that …": after a journey, the
  // infinitive of purpose is the traveller's, not the place's or the time's.
  if (np && prev?.pos === 'PART' && s.lower[j] === 'to' && journeyBefore(s, unit.from, np[0])) return unitSubject(s, unit, i) ?? np;
  // "Caro Quintero recently resurfaced to deny …": after a verb of coming forward, the infinitive of purpose
  // is its subject's (not after "wants to", "refused to": an aim is no report).
  if (!np && prev?.pos === 'PART' && s.lower[j] === 'to' && COMING_FORWARD.has(s.lower[j - 1]!)) return unitSubject(s, unit, i);
  // "Russia’s Foreign Ministry claims that …": a cue the tagger calls a plural noun, after a name and before "that", is
  // the name's verb; the possessor is not the speaker.
  const nameVerb = np && s.toks[np[1]]!.pos === 'PROPN' && /^\p{Lu}/u.test(s.toks[np[1]]!.text) && s.lower[i]!.endsWith('s') && s.lower[i + 1] === 'that';
  return np && s.toks[i]!.pos === 'NOUN' && !nameVerb ? possessorOf(s, np) : np;
}

/** Whether a clause from a opens with a subject and a cue that reports words ("Japarov told his counterpart that …"). */
function opensSpeech(s: Stream, a: number, b: number, isCue: (i: number) => boolean): boolean {
  for (let k = a + 1; k <= b && k - a <= 8; k++) {
    const p = s.toks[k]!.pos;
    if (p !== 'VERB' && p !== 'AUX') continue;
    return p === 'VERB' && (SAY_VERBS.has(s.lower[k]!) || PAST_SPEECH_ACTS.has(s.lower[k]!)) && isCue(k) && opensReport(s, k);
  }
  return false;
}

/** Verbs whose object is the occasion or means of what the subject says next ("used his address to warn"). */
const USING_VERBS = new Set(['used', 'uses', 'using', 'use', 'took', 'takes', 'seized', 'seizes', 'exploited']);

/**
 * Who a cue noun's phrase says is speaking: "his annual address" -> "his", "Putin's statement" ->
 * "Putin", "the ministry statement" -> "the ministry"; "the annual address" names nobody.
 */
function possessorOf(s: Stream, np: [number, number]): [number, number] | null {
  const [a, b] = np;
  for (let k = a; k <= b; k++) {
    if (POSSESSIVES.has(s.lower[k]!)) return [k, k];
    if ((s.lower[k] === "'s" || s.lower[k] === '’s') && k > a) return [a, k - 1];
  }
  for (let k = a; k <= b; k++) if (s.toks[k]!.pos === 'NOUN' || s.toks[k]!.pos === 'PROPN' || s.toks[k]!.pos === 'PRON') return np;
  return null;
}

// ---------------------------------------------------------------- direct quotes

/** Tokens after which a quotation opens a clause of its own. */
const CLAUSE_START_BEFORE = new Set([',', ':', '—', '–', '(', ';', 'and', 'but']);

interface CueHit {
  cue: number;
  source: [number, number] | null;
  /** Last token of the cue phrase. */
  last: number;
}

/** Longest appositive after a quote's speaker, in tokens ("“…,” X, a former …, said"). */
const APPOSITIVE_REACH = 26;

/** "“…,” asks political analyst X." / "“…,” he said." */
function cueAfterQuote(s: Stream, q: QuotedSpan, isCue: (i: number) => boolean): CueHit | null {
  if (!q.closed) return null;
  // The quoted words must open their clause; "… the “burn bag,” which …" is a fragment, not a quote.
  if (!startsUnit(s, q.open) && !s.paragraphStart[q.open] && !CLAUSE_START_BEFORE.has(s.lower[q.open - 1]!)) return null;
  let i = q.close + 1;
  if (i >= s.toks.length || s.paragraphStart[i]) return null;
  // "“… missing.” Trump said." — the splitter may cut the cue into a sentence of its own.
  const split = s.unitOf[i] !== s.unitOf[q.close];
  if (split && !/^[.?!]$/.test(s.toks[q.close - 1]!.text)) return null;
  if (s.toks[i]!.text === ',') i++;
  if (i >= s.toks.length || (!split && s.unitOf[i] !== s.unitOf[q.close])) return null;
  const unitEnd = s.units[s.unitOf[Math.min(i, s.toks.length - 1)]!]!.to;
  // A long sentence after the quote reports on its own unless its subject and verb come first ("“Who do
  // they think they are?” Trump said of Apple in February, when …"); one that opens a quotation of its own
  // after them ("He added, “…”") or is passive ("Cruz was also endorsed by …") is not this quote's cue.
  const longSplit = split && unitEnd - i > 12;
  if (longSplit) for (let k = i; k < unitEnd; k++) if (isQuoteMark(s.toks[k]!.text)) return null;
  // "Stanovaya said, “….” Kadyrov said.": a quotation with its cue before it is not the next sentence's.
  if (split) {
    const before = cueBeforeQuote(s, q, isCue);
    if (before && s.unitOf[before.cue] === s.unitOf[q.open]) return null;
  }
  let hi = Math.min(unitEnd, i + 14);
  // A quote that ends its clause (",”" / "?”" / "!”") followed by "X verbed" is attributed by any verb.
  const closeMark = s.toks[q.close]!.text === "'" && s.toks[q.close - 1]?.text === "'" ? q.close - 1 : q.close;
  const endsClause = /^[,?!]$/.test(s.toks[closeMark - 1]!.text) || s.toks[q.close + 1]?.text === ',';
  // A sentence of its own after the quote is not its cue when the verb introduces a clause of its own:
  // "Officials in Tbilisi believe the corridor will survive." says something else.
  // Nor when a report of its own follows the verb after a venue ("Kadyrov said in a statement that …").
  const reportsAnew = (k: number): boolean => {
    // (A participle after a comma or a clause of time goes with the saying: "“…?” Trump said, looking out
    // on the crowd", "Sessions said as he launched the process".)
    for (let j = k + 1; j < unitEnd && s.toks[j]!.text !== ',' && s.toks[j]!.pos !== 'SCONJ' && !AFTER_SAYING.has(s.lower[j]!); j++) if (s.lower[j] === 'that' || s.toks[j]!.pos === 'VERB' || s.toks[j]!.pos === 'AUX') return true;
    return false;
  };
  const cutOff = split ? (k: number): boolean => k + 1 < unitEnd && (s.lower[k + 1] === 'that' || looksLikeClause(s, k + 1, unitEnd) || reportsAnew(k)) : (): boolean => false;
  const isCueHere = (k: number): boolean => !cutOff(k) && (isCue(k) || (endsClause && s.toks[k]!.pos === 'VERB' && !/^[A-Z]/.test(s.toks[k]!.text)));
  // cue first: "asks political analyst Gulbigash Omarova"
  let c = i;
  while (c < hi && s.toks[c]!.pos === 'ADV') c++;
  // "“….” According to a poll, …" opens a report of its own.
  if (s.lower[c] === 'according') return null;
  if (c < hi && isCueHere(c)) {
    const np = npFrom(s, c + 1, hi);
    // ("said Russian Ambassador to Armenia Sergei Kopyrkin": the title goes on to the name.)
    if (np) {
      const run = titleRunAfter(s, np, unitEnd);
      const end = run > np[1] + 1 && (run >= unitEnd || /^[.,;:]$/.test(s.toks[run]!.text)) ? run - 1 : np[1];
      const named = nameAfterTitle(s, [np[0], end], unitEnd);
      if (named) return { cue: c, source: named, last: named[1] };
      return { cue: c, source: [np[0], end], last: end };
    }
    return { cue: c, source: null, last: c };
  }
  // subject first: "he said", "Trump told reporters"
  let np = npFrom(s, i, hi);
  // ("Petroleum and Natural Gas Minister Hardeep Singh Puri told": a portfolio joined by "and" before its title.)
  if (np && s.lower[np[1] + 1] === 'and' && s.lower.slice(np[0], np[1] + 1).every((w) => PORTFOLIOS.has(w)) && /^\p{Lu}/u.test(s.toks[np[1]]!.text) && /^\p{Lu}/u.test(s.toks[np[1] + 2]?.text ?? '')) {
    const rest = npFrom(s, np[1] + 2, Math.min(unitEnd, np[1] + 16));
    if (rest && s.lower.slice(rest[0], rest[1] + 1).some((w) => HEADS.has(w))) {
      np = [np[0], rest[1]];
      hi = Math.max(hi, Math.min(unitEnd, rest[1] + 6));
    }
  }
  if (np) {
    let v = np[1] + 1;
    // "“…?” a narrator in the Clinton ad asks": a phrase that qualifies the subject.
    if (SUBJECT_PREPOSITIONS.has(s.lower[v] ?? '')) {
      const pp = npFrom(s, v + 1, Math.min(unitEnd, v + 8));
      if (pp && pp[1] + 1 < unitEnd && isCueHere(pp[1] + 1)) return { cue: pp[1] + 1, source: [np[0], pp[1]], last: pp[1] + 1 };
    }
    // "“…,” Rep. Gwen Moore (D-Wis.) said": step over the parenthetical, which may fool the sentence splitter.
    if (s.toks[v]?.text === '(') {
      let c = v + 1;
      while (c < s.toks.length && c - v < 10 && s.toks[c]!.text !== ')' && !s.paragraphStart[c]) c++;
      if (s.toks[c]?.text === ')' && c + 1 < s.toks.length && !s.paragraphStart[c + 1]) {
        v = c + 1;
        hi = Math.max(hi, Math.min(s.toks.length, v + 4));
      }
    }
    // "“…,” Pakistan’s Minister for Petroleum, Hammad Azhar, said": a title goes on with what it is for or of.
    // ("“…,” former Iranian Ambassador to Azerbaijan Mohsen Pakaeen told": and on to the name, then the cue.)
    const titled = HEADS.has(s.lower[np[1]]!);
    const run = titleRunAfter(s, np, unitEnd);
    if (run > v + 1 && s.toks[run]?.text === ',') v = run;
    else if (run > v + 2 && run < unitEnd && isCueHere(run)) return { cue: run, source: [np[0], run - 1], last: run };
    // "“…,” Graham, a former candidate, told CBS News": step over the appositive.
    // It may be long: "Michael McFaul, a senior fellow at the Hoover Institution and a former … ambassador to Russia, said".
    if (s.toks[v]?.text === ',') {
      let c = v + 1;
      while (c < v + APPOSITIVE_REACH && c < unitEnd && s.toks[c]!.text !== ',' && s.toks[c]!.pos !== 'VERB') c++;
      if (c < unitEnd && s.toks[c]!.text === ',') {
        // A title first, then the name between the commas: the name speaks.
        const name: [number, number] = [v + 1, c - 1];
        const named = titled && c - v <= 5 && s.toks.slice(name[0], name[1] + 1).every((t) => t.pos === 'PROPN' || t.text === '.' || t.text === '-');
        v = c + 1;
        hi = Math.max(hi, Math.min(unitEnd, v + 4));
        if (named) {
          while (v < hi && v - c <= 3 && SKIP_BEFORE_CUE_POS.has(s.toks[v]!.pos) && !isCueHere(v)) v++;
          if (v < hi && isCueHere(v)) return { cue: v, source: name, last: v };
        }
      }
    }
    while (v < hi && v - np[1] <= 3 && SKIP_BEFORE_CUE_POS.has(s.toks[v]!.pos) && !isCueHere(v)) v++;
    if (v < hi && !(longSplit && isPassive(s, v)) && isCueHere(v)) return { cue: v, source: np, last: v };
  }
  return null;
}

/**
 * "said Verstka’s editor-in-chief, Irina Dolinina.", "said the ministry’s spokesman, Colonel Igor Konashenkov.": a
 * title (its hyphenated parts glued on), a comma, then a name that ends the clause; the name, or null.
 */
function nameAfterTitle(s: Stream, title: [number, number], unitEnd: number): [number, number] | null {
  let k = title[1] + 1;
  while (k < unitEnd && k - title[1] <= 4 && s.toks[k]!.text !== ',' && s.toks[k]!.start === s.toks[k - 1]!.end) k++;
  if (s.toks[k]?.text !== ',' || !HEADS.has(s.lower.slice(title[1], k).join(''))) return null;
  const from = k + 1;
  let e = from;
  while (e < unitEnd && ((s.toks[e]!.pos === 'PROPN' && /^\p{Lu}/u.test(s.toks[e]!.text)) || (s.toks[e]!.text === '-' && e > from) || (s.toks[e]!.text === '.' && /^\p{Lu}\p{Ll}{0,3}$/u.test(s.toks[e - 1]!.text) && e + 1 < unitEnd && /^\p{Lu}/u.test(s.toks[e + 1]!.text)))) e++;
  if (e - from < 2 || !(e >= unitEnd || /^[.,;:)]$/.test(s.toks[e]!.text))) return null;
  return [from, e - 1];
}

/**
 * Where a title's "for", "of" or "to" phrase ends ("Minister for Petroleum", "Ambassador to Azerbaijan Mohsen
 * Pakaeen", "Minister of Transport and Infrastructure"): capitalized words, "and" and "the" after the
 * noun phrase `np` that ends in a title's head; np's end + 1 when there is none.
 */
function titleRunAfter(s: Stream, np: [number, number], unitEnd: number): number {
  const after = np[1] + 1;
  // The head may be inside the noun phrase ("Minister of Transport | and Infrastructure …").
  let v = -1;
  for (let k = np[1]; k >= np[0]; k--) {
    if (HEADS.has(s.lower[k]!) && (s.lower[k + 1] === 'for' || s.lower[k + 1] === 'of' || s.lower[k + 1] === 'to')) {
      v = k + 1;
      break;
    }
  }
  if (v < 0 || after - v > 4) return after;
  let c = v + 1;
  while (c < unitEnd && c - v <= 8 && (/^\p{Lu}/u.test(s.toks[c]!.text) || s.lower[c] === 'and' || s.lower[c] === 'the')) c++;
  return c > after ? c : after;
}

/** Whether token k closes a quotation (a mark, or the second of a doubled '') with a comma right inside it. */
function commaInsideClose(s: Stream, k: number): boolean {
  const doubled = s.toks[k]!.text === "'" && s.toks[k - 1]?.text === "'" && s.toks[k - 1]!.end === s.toks[k]!.start;
  if (!doubled && !isQuoteMark(s.toks[k]!.text)) return false;
  const m = doubled ? k - 1 : k;
  return m - 1 >= 0 && s.toks[m - 1]!.text === ',';
}

/** "Kurtov believes, “…”" / "Trump tweeted: “…”" / "said in a statement: “…”". */
function cueBeforeQuote(s: Stream, q: QuotedSpan, isCue: (i: number) => boolean): CueHit | null {
  let j = q.open - 1;
  if (j < 0 || s.paragraphStart[q.open] && !(s.toks[j]!.text === ':')) return null;
  const punct = s.toks[j]!.text === ',' || s.toks[j]!.text === ':';
  if (punct) j--;
  const lo = s.units[s.unitOf[Math.max(0, j)]!]!.from;
  // Allow a short prepositional phrase between cue and quote ("said in a statement:"); a colon announces
  // the quotation after a longer one ("told reporters in Chisinau on April 24:").
  const reach = s.toks[q.open - 1]!.text === ':' ? 10 : 5;
  for (let c = j; c >= lo && j - c <= reach; c--) {
    if (isCue(c)) {
      if (c !== j && !punct) return null;
      // "… will remain, according to one Iranian economist, “a map drawn in hope …”": the source follows the cue.
      if (s.lower[c] === 'according' && s.lower[c + 1] === 'to') {
        const after = npFrom(s, c + 2, j + 1);
        return after ? { cue: c, source: after, last: j } : null;
      }
      // "a legal framework could be agreed “within months”": a passive says who acts, not who speaks.
      if (isPassive(s, c)) return null;
      // "Gudkov told Vedomosti that apathy … explains the result: “…”": a verb inside another cue's
      // "that"-clause is part of what was said, not a cue of its own.
      if (insideThatClause(s, lo, c, isCue)) return null;
      const source = sourceOf(s, s.units[s.unitOf[c]!]!, c);
      return { cue: c, source, last: j };
    }
    const p = s.toks[c]!.pos;
    if (!(p === 'ADP' || p === 'DET' || p === 'NOUN' || p === 'PROPN' || p === 'ADJ' || p === 'NUM' || p === 'PRON' || p === 'ADV')) return null;
  }
  return null;
}

/** Whether a cue verb stands before a "that" that opens the clause holding token c (from lo). */
function insideThatClause(s: Stream, lo: number, c: number, isCue: (i: number) => boolean): boolean {
  for (let k = c - 1; k > lo; k--) {
    if (s.lower[k] !== 'that' || s.toks[k + 1]?.pos === 'VERB' || s.toks[k + 1]?.pos === 'AUX') continue;
    for (let v = k - 1; v >= lo && k - v <= 4; v--) if (s.toks[v]!.pos === 'VERB' && isCue(v)) return true;
    return false;
  }
  return false;
}

/**
 * "Prime Minister Nikol Pashinyan was more blunt: “…”": a quotation that a colon opens after a short clause
 * about a named person (or "he", "she"), with no cue of its own, is that person's; the clause's verb
 * stands as the cue.
 */
function framedByColon(s: Stream, q: QuotedSpan): CueHit | null {
  const c = q.open - 1;
  if (c < 1 || s.toks[c]!.text !== ':' || s.paragraphStart[q.open] || !q.closed) return null;
  const unit = s.units[s.unitOf[c]!]!;
  for (let k = unit.from; k < c; k++) if (isQuoteMark(s.toks[k]!.text)) return null;
  let verb = -1;
  for (let k = unit.from + 1; k < c && verb < 0; k++) if ((s.toks[k]!.pos === 'VERB' || s.toks[k]!.pos === 'AUX') && !isNPToken(s, k)) verb = k;
  // A short clause: "X was more blunt:", "X put it simply:", not a long sentence that ends in a colon. (Where and
  // how it was said may lengthen it: "X put it more bluntly in an interview with Turan news agency:".)
  if (verb < 0) return null;
  if (c - verb > 6) {
    if (c - verb > 14) return null;
    for (let k = verb + 1; k < c; k++) if (s.toks[k]!.pos === 'VERB' || s.toks[k]!.pos === 'AUX' || s.toks[k]!.text === ',' || s.lower[k] === 'that') return null;
  }
  const np = npBefore(s, verb, unit.from);
  if (!np) return null;
  const head = s.toks[np[1]]!;
  if (!(head.pos === 'PROPN' && /^\p{Lu}/u.test(head.text)) && !PERSON_PRONOUNS.has(s.lower[np[1]]!)) return null;
  return { cue: verb, source: np, last: c };
}

const DASHES = new Set(['―', '—', '–', '--']);

/** "“…” ― Sonya Herridge": a name after a dash, alone at the end of its paragraph, signs the quotation. */
function dashSignature(s: Stream, q: QuotedSpan): CueHit | null {
  const d = q.close + 1;
  if (!q.closed || d + 1 >= s.toks.length || !DASHES.has(s.toks[d]!.text) || s.paragraphStart[d] || s.paragraphStart[d + 1]) return null;
  let hi = d + 1;
  while (hi < s.toks.length && hi - d <= 8 && !s.paragraphStart[hi]) hi++;
  const np = npFrom(s, d + 1, hi);
  if (!np || s.toks[np[0]]!.pos !== 'PROPN') return null;
  let e = np[1] + 1;
  if (e < s.toks.length && s.toks[e]!.text === '.') e++;
  if (e < s.toks.length && !s.paragraphStart[e]) return null;
  return { cue: d, source: np, last: np[1] };
}

/** Labels that head a line without anyone speaking ("Publication: …", "Editor's note: …"). */
const NOT_SPEAKERS = new Set(['publication', 'source', 'sources', 'date', 'volume', 'issue', 'update', 'updated', 'note', 'editor', 'photo', 'video', 'watch', 'read', 'related', 'correction', 'image', 'credit', 'caption', 'transcript', 'follow', 'email', 'tags', 'topics']);

/** The label of a transcript or headline line: up to four capitalized name tokens and a colon at paragraph start. */
function labelAt(s: Stream, p: number): { from: number; colon: number } | null {
  let j = p;
  if (isOpeningMark(s.toks[j]!.text)) j++;
  let c = j;
  const nameToken = (k: number): boolean =>
    (s.toks[k]!.pos === 'PROPN' && /^[A-Z]/.test(s.toks[k]!.text)) || (k > j && s.toks[k]!.text === '.' && s.toks[k - 1]!.pos === 'PROPN');
  while (c < s.toks.length && c - j < 4 && (c === p || !s.paragraphStart[c]) && nameToken(c)) c++;
  if (c === j || c >= s.toks.length || s.toks[c]!.text !== ':' || NOT_SPEAKERS.has(s.lower[j]!)) return null;
  return { from: j, colon: c };
}

/** "WALLACE: If I may, sir, …" (and the paragraphs of the same answer), "Pence: Flowers Won't Be at Debate". */
function speakerLabels(s: Stream, claimed: Uint8Array): Attribution[] {
  const out: Attribution[] = [];
  const n = s.toks.length;
  const paragraphEnd = (i: number): number => {
    let k = i + 1;
    while (k < n && !s.paragraphStart[k]) k++;
    return k - 1;
  };
  for (let p = 0; p < n; p = paragraphEnd(p) + 1) {
    const label = labelAt(s, p);
    if (!label) continue;
    const start = label.colon + 1;
    let last = paragraphEnd(p);
    if (start > last || claimed[start]) continue;
    let colons = 0;
    for (let k = start; k <= last; k++) if (s.toks[k]!.text === ':') colons++;
    // A transcript's label is in capitals ("WALLACE: … Two questions: …"); elsewhere a second colon makes it a list.
    const transcript = /^[A-Z][A-Z'’.-]+$/.test(s.toks[label.from]!.text) && label.colon === label.from + 1;
    if ((colons > 0 && !transcript) || countWords(s, start, last) < 4 || !hasVerb(s, start, last)) continue;
    // The answer goes on in paragraphs that open with a mark and no label of their own.
    for (let more = 0; more < 5 && last + 1 < n; more++) {
      const q = last + 1;
      if (!isOpeningMark(s.toks[q]!.text) || s.toks[q + 1]?.text === '(' || labelAt(s, q)) break;
      last = paragraphEnd(q);
    }
    let end = last;
    while (end > start && (SENTENCE_END.has(s.toks[end]!.text) || isQuoteMark(s.toks[end]!.text))) end--;
    out.push(makeAttribution(s, start, end, 'direct', label.colon, label.colon, [label.from, label.colon - 1]));
  }
  return out;
}

// ---------------------------------------------------------------- indirect quotes

/** "X says that …", "X assured his Russian counterparts that …", "X notes with regret that …". */
function complementAfterCue(s: Stream, unit: Unit, i: number, claimed: Uint8Array, options: AttributeOptions): Attribution | null {
  let j = i + 1;
  let limit = Math.min(unit.to, i + 14);
  const addressee = ADDRESSEE_CUES.has(s.lower[i]!);
  let start = -1;
  // Particles, adverbs, prepositional phrases and an addressee may stand between cue and content.
  // "continues to insist, most recently in a Labor Day interview with ABC News, that …": an aside between commas.
  if (s.toks[j]?.text === ',') {
    for (let k = j + 1; k < unit.to && k - j <= 16; k++) {
      const t = s.toks[k]!;
      if (t.pos === 'VERB' || t.pos === 'AUX' || isQuoteMark(t.text) || /^[.;:!?]$/.test(t.text)) break;
      if (t.text === ',' && s.lower[k + 1] === 'that' && k > j + 1) {
        start = k + 1;
        break;
      }
    }
  }
  for (; start < 0 && j < limit; j++) {
    const t = s.toks[j]!;
    const w = s.lower[j]!;
    // "that" opens the content unless a verb follows at once (a relative: "the bill that passed").
    if (w === 'that') {
      const next = s.toks[j + 1]?.pos;
      const prev = s.toks[j - 1]!.pos;
      if (j > i + 1 && (next === 'VERB' || next === 'AUX') && (prev === 'NOUN' || prev === 'PROPN') && !s.lower[j + 1]!.endsWith('ing')) break;
      start = j;
      break;
    }
    if (CLAUSE_OPENERS.has(w) && j <= i + 2) {
      start = j;
      break;
    }
    if (j === i + 1 || (addressee && SUBJECT_PRONOUNS.has(w) && s.toks[j - 1]!.pos !== 'ADP')) {
      if (looksLikeClause(s, j, unit.to)) {
        start = addressee && j === i + 1 && !SUBJECT_PRONOUNS.has(w) ? -1 : j;
        if (start >= 0) break;
      }
    }
    const p = t.pos;
    // "told the Eastern Economic Forum (EEF) in Vladivostok that …": a name's short form in parentheses.
    if (t.text === '(' && j > i + 1) {
      const close = shortFormClose(s, j, unit.to);
      if (close < 0) break;
      limit = Math.min(unit.to, limit + close - j + 1);
      j = close;
      continue;
    }
    // "told African-Americans this weekend he …": a hyphen inside a word joins it.
    if (j > i + 1 && hyphenInWord(s, j)) continue;
    if (w === 'following') continue; // "said following a vote in 2001 that …"
    if (w === 'when' || w === 'where' || w === 'why' || w === 'how') break;
    if (!(p === 'ADP' || p === 'DET' || p === 'NOUN' || p === 'PROPN' || p === 'ADJ' || p === 'NUM' || p === 'ADV' || p === 'PART' || (addressee && p === 'PRON'))) break;
    if (w === 'to' && !addressee && s.toks[j + 1]?.pos === 'VERB') break;
    // "tells his supporters at a rally to “go to your place and vote”": the quoted words the addressee is
    // told to act on (without a quotation the object reading keeps the addressee: "urged North Korea to …").
    if (w === 'to' && addressee && j > i + 1 && isQuoteMark(s.toks[j + 1]?.text ?? '') && s.toks[j + 2]?.pos === 'VERB') {
      start = j;
      break;
    }
  }
  let cueLast = i;
  let minWords = 3;
  let sayObject = false;
  // After a verb of saying, what follows is what was said ("McCain says the “loose talk” … skips over …").
  if (start < 0 && SAY_VERBS.has(s.lower[i]!) && !ADDRESSEE_CUES.has(s.lower[i]!) && i + 1 < unit.to && isObjectStart(s, i + 1) && !isPassive(s, i)) {
    start = i + 1;
    minWords = 2;
    sayObject = true;
  }
  let objectContent = false;
  if (start < 0 && (options.objects || options.objectStems?.has(stem(s.lower[i]!)))) {
    // What the cue is about: its object ("mocked the ambitions of …", "called for an end to …").
    if (isPassive(s, i)) return null;
    let k = i + 1;
    // An infinitive ("To maintain normal relations, X says …") has no subject of its own.
    if (s.lower[i - 1] === 'to') return null;
    // "said on Twitter on Monday: “…”" is a direct quote's cue, not an object.
    for (let k2 = i + 1; k2 < unit.to && k2 <= i + 7; k2++) if (s.toks[k2]!.text === ':') return null;
    const sayVerb = SAY_VERBS.has(s.lower[i]!);
    while (!sayVerb && k < unit.to && k <= i + 2 && (CUE_PREPOSITIONS.has(s.lower[k]!) || (s.toks[k]!.pos === 'PART' && !NP_GLUE.has(s.toks[k]!.text))) && !(s.lower[k] === 'to' && s.toks[k + 1]?.pos === 'VERB')) {
      cueLast = k;
      k++;
    }
    if (k < unit.to && isObjectStart(s, k)) {
      start = k;
      minWords = options.minObjectWords;
      objectContent = true;
    }
  }
  if (start < 0 || claimed[start]) return null;
  let end = options.clauseEnds ? clauseEnd(s, unit, start) : contentEnd(s, unit, start);
  if (objectContent && options.objectCommaStop) {
    // An object ends at its first comma, before any clause that follows it.
    for (let k = start + 1; k < end; k++) if (s.toks[k]!.text === ',') end = trimEnd(s, start, k - 1);
  }
  if (end < start || countWords(s, start, end) < minWords) return null;
  const source = sourceOf(s, unit, i);
  if ((objectContent || options.requireSource) && !source) return null;
  // "the candidates who challenged Lukashenka in December remain in prison": a relative clause's verb
  // with nobody found to speak reads the main clause as its content.
  if (!source && RELATIVE_PRONOUNS.has(s.lower[i - 1] ?? '') && !SAY_VERBS.has(s.lower[i]!) && s.lower[start] !== 'that') return null;
  // "…. said Victor Cha, who served as …": with nobody before the verb, the phrase after it is the speaker.
  if (sayObject && !source) return null;
  return makeAttribution(s, start, end, 'indirect', i, cueLast, source);
}

/**
 * The last token of content [from, to] before a cue of its own, which PolNeAR marks as a further
 * attribution rather than part of this one: "… modernized, | but he said that …", "… supporting
 * Clinton | and said she would …", "… taxes ― | Trump boasted, “…”". Needs two words before the cut.
 */
function innerCueCut(s: Stream, from: number, to: number, spanAt: Int32Array, isCue: (i: number) => boolean): number {
  for (let k = from + 2; k <= to; k++) {
    // "…, using an average of …": any participle after a comma tells what followed or how, not what
    // was said (the speech acts among them report anew); "including …" still lists what was said.
    const participle = (s.toks[k]!.pos === 'VERB' && s.lower[k]!.endsWith('ing') && s.lower[k] !== 'including') || SPEECH_PARTICIPLES.has(s.lower[k]!);
    if (spanAt[k]! < 0 && participle) {
      // "…, implicitly putting his name on the line": a manner adverb may stand before the participle.
      const c = s.toks[k - 1]!.pos === 'ADV' && s.lower[k - 1]!.endsWith('ly') && k - 1 > from ? k - 1 : k;
      if (s.toks[c - 1]!.text === ',' && countWords(s, from, c - 2) >= 3) return c - 2;
      // "… was “temporary and unavoidable,” blaming …": the quotation keeps its closing mark.
      if (isQuoteMark(s.toks[c - 1]!.text) && s.toks[c - 2]?.text === ',' && c - 2 > from && countWords(s, from, c - 2) >= 3) return c - 1;
    }
    // The cheap tests first: asking the cue model about every verb inside a content costs.
    if (spanAt[k]! >= 0 || s.toks[k]!.pos !== 'VERB' || s.lower[k]!.endsWith('ing')) continue;
    let j = k - 1;
    while (j > from && (s.toks[j]!.pos === 'ADV' || s.toks[j]!.pos === 'AUX' || s.lower[j] === 'not')) j--;
    const joined = s.lower[j] === 'and' || s.lower[j] === 'but';
    // "said he would order a review and warned against hackers": a second speech act of the same speaker,
    // whatever it introduces, ends the first one's content.
    // "…, and he urged North Korea to …", "…, though she noted clients are …": a pronoun opening a
    // clause of its own with a speech act reports anew, whatever the act introduces.
    const pronounClause = j === k - 1 && j - 2 > from && SUBJECT_PRONOUNS.has(s.lower[j]!) && (s.lower[j - 1] === 'and' || s.lower[j - 1] === 'but' || CONTRAST.has(s.lower[j - 1]!)) && s.toks[j - 2]!.text === ',';
    // ("… but did not suggest …": a negation of its own may stand between.)
    const negated = j === k - 3 && DO_FORMS.has(s.lower[k - 2]!) && s.lower[k - 1] === 'not';
    const coordinated = joined && (j === k - 1 || negated);
    if (!opensReport(s, k) && !((coordinated || pronounClause || namedClause(s, from, k, SAY_VERBS.has(s.lower[k]!))) && isSpeechAct(s.lower[k]!, negated))) continue;
    let cut = -1;
    if (joined) cut = j - 1;
    else {
      const np = npBefore(s, j + 1, from);
      const before = np ? np[0] - 1 : -1;
      if (np && before > from && (s.toks[before]!.pos === 'CCONJ' || /^[,;:―—–-]$/.test(s.toks[before]!.text) || s.lower[before] === '--')) cut = before - 1;
      // "…, while the daily Izvestia wrote that …": a contrasting clause with a report of its own.
      else if (np && before > from + 1 && CONTRAST.has(s.lower[before]!) && s.toks[before - 1]!.text === ',') cut = before - 2;
    }
    if (cut < 0 || !isCue(k)) continue;
    while (cut > from && (s.lower[cut] === 'and' || s.lower[cut] === 'but' || SENTENCE_END.has(s.toks[cut]!.text) || s.lower[cut] === '--')) cut--;
    if (countWords(s, from, cut) >= 2) return cut;
  }
  return to;
}

const CONTRAST = new Set([...CONCESSIVE, 'while', 'whilst']);

/**
 * "…“will respond in a way that hurts,” and Foreign Minister Sergei Lavrov accused …": a named subject
 * opening a clause of its own after a comma and "and", "but" or "while", right before verb k.
 */
function namedClause(s: Stream, from: number, k: number, anySubject = false): boolean {
  const np = npBefore(s, k, from);
  if (!np) return false;
  let named = anySubject;
  for (let i = np[0]; i < k; i++) if (s.toks[i]!.pos === 'PROPN' && /^\p{Lu}/u.test(s.toks[i]!.text)) named = true;
  const joint = np[0] - 1;
  if (!named || joint <= from || !(s.lower[joint] === 'and' || s.lower[joint] === 'but' || CONTRAST.has(s.lower[joint]!))) return false;
  const before = s.toks[joint - 1]!.text;
  return before === ',' || (isQuoteMark(before) && s.toks[joint - 2]?.text === ',');
}

/** Participles that open a sentence to say what its subject said: "Commenting on the delay, Mr Levy said". */
const OPENING_SPEECH_PARTICIPLES = new Set(['commenting', 'announcing', 'addressing', 'responding', 'replying', 'hinting']);

/** Participles of speech acts, which after a comma report anew rather than go on with the content. */
const SPEECH_PARTICIPLES = new Set([
  'citing', 'saying', 'adding', 'arguing', 'noting', 'warning', 'insisting', 'claiming', 'stressing', 'explaining', 'urging',
  'accusing', 'blaming', 'complaining', 'suggesting', 'asserting', 'emphasizing', 'emphasising', 'pointing', 'referring', 'declaring',
  'praising', 'criticizing', 'criticising', 'calling', 'describing', 'acknowledging', 'admitting', 'predicting', 'promising',
]);

/** Past forms of speech acts, which after "and" report anew rather than go on with the content. */
const PAST_SPEECH_ACTS = new Set([
  'warned', 'urged', 'called', 'accused', 'criticized', 'criticised', 'insisted', 'argued', 'added', 'noted', 'stressed', 'demanded',
  'denied', 'rejected', 'dismissed', 'praised', 'condemned', 'blamed', 'promised', 'pledged', 'vowed', 'suggested', 'asked', 'told',
  'said', 'stated', 'claimed', 'complained', 'questioned', 'threatened', 'announced', 'declared', 'acknowledged', 'admitted', 'emphasized',
  'emphasised', 'explained', 'recalled', 'predicted', 'proposed', 'welcomed', 'appealed', 'defended', 'attacked', 'lamented',
]);

/**
 * A speech act in a finite form ("warned", "warns", "says") or, after "did not", a bare one ("warn"):
 * a coordinated verb of the speaker's own that reports anew.
 */
function isSpeechAct(w: string, bareToo: boolean): boolean {
  if (PAST_SPEECH_ACTS.has(w) || w === 'says' || w === 'tells' || (bareToo && (w === 'say' || w === 'tell'))) return true;
  // A bare form ("and tell him …") may go on an infinitive or a modal inside the content.
  if (!w.endsWith('s') && !bareToo) return false;
  return SPEECH_ACT_STEMS.has(stem(w));
}

/** The cue model's stems of the past speech acts ("warned" -> "warn"), which other forms share. */
const SPEECH_ACT_STEMS = new Set([...PAST_SPEECH_ACTS].map(stem));

const DO_FORMS = new Set(['did', 'does', 'do']);

/** What cue k introduces is a statement: "that …", a quotation, "said she would …" (not an object or an infinitive). */
function opensReport(s: Stream, k: number): boolean {
  // "warned on June 8 that …": a time between the verb and what it reports.
  const time = timeAdverbialAt(s, k + 1, s.units[s.unitOf[k]!]!.to);
  if (time > 0 && s.lower[k + 1 + time] === 'that') return true;
  const next = s.toks[k + 1];
  if (!next) return false;
  const w = s.lower[k + 1]!;
  if (w === 'that') return next.pos !== 'DET';
  if (isQuoteMark(next.text) || w === ':') return true;
  if (w === ',') return isQuoteMark(s.toks[k + 2]?.text ?? '');
  const hi = s.units[s.unitOf[k]!]!.to;
  if (SUBJECT_PRONOUNS.has(w)) return looksLikeClause(s, k + 1, hi);
  return SAY_VERBS.has(s.lower[k]!) && looksLikeClause(s, k + 1, hi);
}

/** Prepositions after a cue that introduce its topic ("concerns about", "campaigned against"). */
const TOPIC_PREPOSITIONS = new Set(['about', 'of', 'for', 'on', 'against', 'over']);

/** Verbs of saying, whose following preposition starts an adjunct ("said on Monday"), not an object. */
const SAY_VERBS = new Set(['say', 'says', 'said', 'saying', 'added', 'adds', 'adding', 'wrote', 'writes', 'write', 'tweeted', 'told', 'tells']);

/**
 * Verbs of saying that may stand before their speaker after a comma ("…, said Smith", "…, argues Lo");
 * any other verb there has its object after it ("…, surprised few observers", "…, described the events as …").
 */
const INVERTIBLE = /^(?:say|said|says|add|added|adds|note|noted|notes|write|wrote|writes|ask|asked|asks|explain|explained|explains|argue|argued|argues|insist|insisted|insists|warn|warned|warns|claim|claimed|claims|stress|stressed|stresses|continue|continued|continues|recall|recalled|recalls|observe|observed|observes|remark|remarked|remarks|repl(?:y|ied|ies)|respond|responded|responds|suggest|suggested|suggests|concede|conceded|concedes|acknowledge|acknowledged|acknowledges|declare|declared|declares|report|reported|reports|counter|countered|counters|tweet|tweeted|tweets|tell|told|tells|agree|agreed|agrees|admit|admitted|admits|caution|cautioned|cautions|complain|complained|complains|emphasi[sz]e|emphasi[sz]ed|emphasi[sz]es|predict|predicted|predicts|recount|recounted|recounts|quip|quipped|quips|joke|joked|jokes|wonder|wondered|wonders|assert|asserted|asserts|contend|contended|contends|maintain|maintained|maintains|announce|announced|announces|confirm|confirmed|confirms|point(?:ed|s)?|put|puts|believe|believed|believes|think|thinks|thought|estimate|estimated|estimates|reckon|reckoned|reckons|posted|posts|stated|states|state|exclaimed|exclaims|shouted|shouts|cried|cries|yelled|mused|muses|sighed|boasted|boasts)$/;

/** Prepositions that belong to the cue ("called for", "spoke about", "referring to"). */
const CUE_PREPOSITIONS = new Set(['for', 'about', 'on', 'to', 'of', 'against', 'at', 'with', 'over', 'upon']);

function isObjectStart(s: Stream, k: number): boolean {
  const t = s.toks[k]!;
  switch (t.pos) {
    case 'DET':
    case 'PRON':
    case 'PROPN':
    case 'NOUN':
    case 'ADJ':
    case 'NUM':
      return !RELATIVE.has(s.lower[k]!) || s.lower[k] === 'what';
    case 'VERB':
      return s.lower[k]!.endsWith('ing');
    case 'PART':
      return s.lower[k] === 'to' && s.toks[k + 1]?.pos === 'VERB';
    case 'PUNCT':
      return isQuoteMark(t.text);
    default:
      return false;
  }
}

/** Like contentEnd, but stops where a new clause or verb phrase joins ("…, while …", "… and warned …"). */
const REPORT_VERBS = new Set(['said', 'says', 'reported', 'reports', 'wrote', 'writes', 'added', 'noted', 'told']);

/** Whether cue i stands in a relative clause opened by ", who" or ", which" a few words before it. */
function inRelativeClause(s: Stream, lo: number, i: number): boolean {
  for (let k = i - 1; k > lo && i - k <= 6; k--) {
    if (s.toks[k]!.text === ',' || s.toks[k]!.pos === 'VERB') return false;
    if ((s.lower[k] === 'who' || s.lower[k] === 'which') && s.toks[k - 1]!.text === ',') return true;
  }
  return false;
}

/**
 * Where a ruled content [a, b] really ends, else b: before the writer's aside after a quotation, before a
 * named subject's own clause (an object's content only), or before the source of the whole report
 * ("… will be taken,” the Uzbek news agency UzA reported").
 */
function ruledContentEnd(s: Stream, a: number, b: number): number {
  // "… ready to help Dushanbe “if asked,” while the Russian division has stayed out": the writer's aside
  // after a quotation closes the content.
  for (let k = a + 1; k + 2 <= b; k++) {
    if (s.toks[k]!.text === ',' && isQuoteMark(s.toks[k + 1]!.text) && CONTRAST.has(s.lower[k + 2]!)) return k + 1;
  }
  // "dismissed the measures as “unacceptable,” and Rogozin mocked them": an object's content ends where
  // a named subject opens a clause of its own (a "that"-clause may go on: "said that A, and B did").
  if (s.lower[a] !== 'that' && !isQuoteMark(s.toks[a]!.text) && !looksLikeClause(s, a, b + 1)) {
    for (let k = a + 1; k + 3 <= b; k++) {
      if (s.toks[k]!.text !== ',') continue;
      const closing = isQuoteMark(s.toks[k + 1]?.text ?? '') ? 1 : 0;
      const join = k + 1 + closing;
      if ((s.lower[join] === 'and' || s.lower[join] === 'but') && namedClauseAt(s, join + 1, b)) return closing ? k + 1 : trimEnd(s, a, k - 1);
    }
  }
  for (let k = b - 1; k > a; k--) {
    if (s.toks[k]!.text !== ',') continue;
    const after = isQuoteMark(s.toks[k + 1]?.text ?? '') ? k + 2 : k + 1;
    // A quotation closing before the comma keeps its mark, as direct quotes do ("… taken,”").
    if (isTrailingReport(s, after, b)) return after === k + 2 ? k + 1 : trimEnd(s, a, k - 1);
  }
  return b;
}

/** A capitalized name (one to four words) and a finite verb at k: "Rogozin mocked". */
function namedClauseAt(s: Stream, k: number, to: number): boolean {
  // "…, and the EU has renewed …": an article may open the name, and an auxiliary be its verb.
  const from = s.lower[k] === 'the' ? k + 1 : k;
  let m = from;
  while (m <= to && m - from < 4 && s.toks[m]!.pos === 'PROPN' && /^[A-Z]/.test(s.toks[m]!.text)) m++;
  return m > from && m <= to && ((s.toks[m]!.pos === 'VERB' && !s.lower[m]!.endsWith('ing')) || (s.toks[m]!.pos === 'AUX' && FINITE_AUX.has(s.lower[m]!)));
}

/** Whether content [a, to] ends in ", <source> <reporting verb> …" with nothing verbal after (a report of the whole clause). */
function endsInTrailingReport(s: Stream, a: number, to: number, spanAt: Int32Array): boolean {
  // The report may stand inside the content or right after it, to the end of the sentence.
  let last = s.units[s.unitOf[to]!]!.to - 1;
  while (last > to && s.toks[last]!.pos === 'PUNCT' && !isQuoteMark(s.toks[last]!.text)) last--;
  if (last - to > 30) return false;
  for (let k = Math.max(to + 1, a + 3); k >= a + 3 && last - k <= 30; k--) {
    // A comma inside quoted words ends nothing.
    if (k <= last && s.toks[k]!.text === ',' && spanAt[k]! < 0 && isTrailingReport(s, k + 1, last)) return true;
  }
  return false;
}

/** Whether tokens [a, to] are a source and its reporting verb and nothing verbal after: "the Uzbek news agency UzA reported". */
function isTrailingReport(s: Stream, a: number, to: number): boolean {
  let k = a;
  // "Minister for Strategic Industries Oleksandr Kamyshin said": a title's "for" or "of" joins the phrase.
  while (k <= to && k - a < 10 && (isNPToken(s, k) || (k > a && titleGlueAt(s, k)))) k++;
  if (k === a || k > to || !REPORT_VERBS.has(s.lower[k]!)) return false;
  for (let m = k + 1; m <= to; m++) if (s.toks[m]!.pos === 'VERB' || s.toks[m]!.pos === 'AUX' || s.lower[m] === 'that') return false;
  return true;
}

function clauseEnd(s: Stream, unit: Unit, start: number): number {
  const full = contentEnd(s, unit, start);
  for (let k = start + 1; k < full; k++) {
    const w = s.lower[k]!;
    if (w === ';' || w === '—' || w === '–') return trimEnd(s, start, k - 1);
    if ((w === 'and' || w === 'but') && k > start + 1) {
      const next = s.toks[k + 1]!;
      // A second verb phrase of the same subject: "… a sign in the crowd and asked it to be fetched".
      if (next.pos === 'VERB' && !s.lower[k + 1]!.endsWith('ing')) return trimEnd(s, start, k - 1);
      // A new clause after ", and": "…, and an article cited by her campaign quoted …"; the comma may
      // close a quotation first: "… its partners,” but Novak warned …".
      const commaBefore = s.toks[k - 1]!.text === ',' || (isQuoteMark(s.toks[k - 1]!.text) && s.toks[k - 2]?.text === ',');
      if (commaBefore && looksLikeClause(s, k + 1, full + 1)) return trimEnd(s, start, k - 1);
      continue;
    }
    if (w !== ',') continue;
    // "… will be taken,” the Uzbek news agency UzA reported.": the source of the whole report follows.
    const after = isQuoteMark(s.toks[k + 1]?.text ?? '') ? k + 2 : k + 1;
    if (isTrailingReport(s, after, full)) return after === k + 2 ? k + 1 : trimEnd(s, start, k - 1);
    const next = s.toks[k + 1]!;
    const nw = s.lower[k + 1]!;
    if (next.pos === 'SCONJ' || (next.pos === 'VERB' && nw.endsWith('ing') && nw !== 'including') || nw === 'but' || nw === 'while' || nw === 'according') {
      return trimEnd(s, start, k - 1);
    }
  }
  return full;
}

/** A content ends before a semicolon outside quotation marks ("… not intentional; they only learned …"). */
function semicolonEnd(s: Stream, start: number, end: number, spanAt: Int32Array): number {
  for (let k = start + 1; k < end; k++) if (s.toks[k]!.text === ';' && spanAt[k]! < 0) return trimEnd(s, start, k - 1);
  return end;
}

function trimEnd(s: Stream, start: number, end: number): number {
  let e = end;
  while (e > start && SENTENCE_END.has(s.toks[e]!.text)) e--;
  return e;
}

/** What was said starts at j: a complementizer, a quotation mark, a clause or an infinitive. */
function opensClause(s: Stream, j: number, hi: number): boolean {
  const w = s.lower[j]!;
  // An infinitive states an intention or a stance ("declined to comment", "wants to repeal …").
  if (w === 'to') return s.toks[j + 1]?.pos === 'VERB' || s.toks[j + 1]?.pos === 'AUX';
  return w === 'that' || CLAUSE_OPENERS.has(w) || isQuoteMark(s.toks[j]!.text) || looksLikeClause(s, j, hi);
}

/** Whether some start the content model may choose after cue i opens a clause (by `opens`, within the unit). */
function canOpenWithin(s: Stream, i: number, hi: number, opens: (s: Stream, j: number, hi: number) => boolean): boolean {
  for (let k = i + 1; k < hi && k <= i + START_WINDOW; k++) if (opens(s, k, hi)) return true;
  return false;
}

/** Like opensClause, but a bare clause must open with a subject pronoun ("X thinks he …"), for verbs no rule knows. */
function opensClauseStrictly(s: Stream, j: number, hi: number): boolean {
  const w = s.lower[j]!;
  if (!SUBJECT_PRONOUNS.has(w) && s.toks[j]!.pos !== 'PART' && w !== 'that' && !CLAUSE_OPENERS.has(w) && !isQuoteMark(s.toks[j]!.text)) return false;
  return opensClause(s, j, hi);
}

/** A clause starts at j: a subject-like word and a verb before any punctuation. */
function looksLikeClause(s: Stream, j: number, hi: number): boolean {
  const first = s.toks[j]!;
  if (s.lower[j] === 'there') return s.toks[j + 1]?.pos === 'AUX' || s.toks[j + 1]?.pos === 'VERB';
  // "says too much is made of …", "said only two were hurt": an adverb may open the subject.
  const degree = first.pos === 'ADV' && (s.toks[j + 1]?.pos === 'ADJ' || s.toks[j + 1]?.pos === 'NUM');
  if (!(first.pos === 'PRON' || first.pos === 'DET' || first.pos === 'PROPN' || first.pos === 'NOUN' || first.pos === 'ADJ' || first.pos === 'NUM' || degree)) return false;
  if (first.pos === 'PRON' && !SUBJECT_PRONOUNS.has(s.lower[j]!) && !POSSESSIVES.has(s.lower[j]!) && s.lower[j] !== 'there' && s.lower[j] !== 'this') return false;
  for (let k = j + 1; k < hi && k <= j + 8; k++) {
    const p = s.toks[k]!.pos;
    if (isQuoteMark(s.toks[k]!.text)) continue;
    if (p === 'AUX') return true;
    // A finite verb, not a participle hanging on a noun ("a range of issues relating to").
    if (p === 'VERB') return !s.lower[k]!.endsWith('ing');
    if (p === 'PUNCT' && !NP_GLUE.has(s.toks[k]!.text)) return false;
  }
  return false;
}

/**
 * The comma that closes a prepositional phrase opening at k ("on Animal Politico,", "in commentary for
 * the Washington Office on Latin America,"), or -1: no verb inside, at most 16 tokens.
 */
function commaAfterVenue(s: Stream, k: number, to: number): number {
  if (s.toks[k]?.pos !== 'ADP') return -1;
  for (let j = k + 1; j < to && j - k <= 16; j++) {
    const t = s.toks[j]!;
    if (t.text === ',') return j;
    if (t.pos === 'VERB' || t.pos === 'AUX' || isQuoteMark(t.text) || /^[.;:!?]$/.test(t.text)) return -1;
  }
  return -1;
}

/** "(EEF)", "(SCO)", "(R-Ga.)": the closing parenthesis of a short form opened at `open`, or -1. */
function shortFormClose(s: Stream, open: number, to: number): number {
  for (let k = open + 1; k < to && k - open <= 5; k++) {
    const t = s.toks[k]!;
    if (t.text === ')') return k > open + 1 ? k : -1;
    if (t.pos === 'VERB' || t.pos === 'AUX' || isQuoteMark(t.text) || /^[,;:!?(]$/.test(t.text)) return -1;
  }
  return -1;
}

/**
 * "warned that the lake, which has shrunk …, cannot sustain …", "that the new parliament, elected in the disputed
 * vote, is illegitimate": a content cut at the comma that closes an aside on its subject goes on to the subject's
 * verb and the clause's end.
 */
function throughSubjectAside(s: Stream, att: Attribution): Attribution {
  if (att.kind === 'direct' || att.start < att.cueEnd) return att;
  const a = tokenAt(s, att.start);
  const b = tokenAt(s, att.end - 1);
  const unit = s.units[s.unitOf[a]!]!;
  if (b + 2 >= unit.to || s.toks[b + 1]!.text !== ',') return att;
  // ("…the new parliament | , elected in the disputed October 26 vote, is illegitimate": the aside after the cut.)
  if (s.toks[b + 2]!.pos === 'VERB' && /ed$/.test(s.lower[b + 2]!)) {
    for (let k = b + 3; k < unit.to - 1 && k - b <= 14; k++) {
      if ((s.toks[k]!.pos === 'VERB' && !/ed$/.test(s.lower[k]!)) || s.toks[k]!.pos === 'AUX' || isQuoteMark(s.toks[k]!.text)) break;
      if (s.toks[k]!.text !== ',') continue;
      if (!/^(?:AUX|VERB)$/.test(s.toks[k + 1]!.pos) || /ing$/.test(s.lower[k + 1]!)) break;
      const end = clauseEnd(s, unit, k + 1);
      return end > k ? withFields(att, att.kind, att.start, s.toks[end]!.end) : att;
    }
    return att;
  }
  if (!/^(?:AUX|VERB)$/.test(s.toks[b + 2]!.pos) || /ing$/.test(s.lower[b + 2]!)) return att;
  // The aside opened inside the content: ", which …", ", who …", ", many of which …", or a participle.
  let opened = false;
  for (let k = a + 1; k <= b && !opened; k++) {
    if (s.toks[k]!.text !== ',') continue;
    const w = s.lower[k + 1] ?? '';
    opened = w === 'which' || w === 'who' || w === 'whose' || (/^(?:many|some|most|all|both|none|one|each)$/.test(w) && s.lower[k + 2] === 'of' && s.lower[k + 3] === 'which') || (s.toks[k + 1]?.pos === 'VERB' && /ed$/.test(w));
  }
  if (!opened) return att;
  const end = clauseEnd(s, unit, b + 2);
  return end > b + 1 ? withFields(att, att.kind, att.start, s.toks[end]!.end) : att;
}

/** Cues of "which he said was …" and "which she described as …". */
const RELATIVE_REPORT_CUES = new Set(['said', 'says', 'described', 'describes', 'presented', 'presents', 'called', 'calls', 'termed', 'terms', 'characterized', 'characterised', 'labeled', 'labelled', 'dubbed', 'branded']);

/**
 * "Parlicov dismissed the offer, which he said was “pure electioneering.”", "the elections, which she described as
 * “a referendum on Europe,”": a relative clause whose subject reports what the antecedent is. The content is what
 * follows the cue (and its "as"), the source the subject between "which" and the cue.
 */
function relativeReport(s: Stream, unit: Unit, i: number, claimed: Uint8Array): Attribution | null {
  let r = i - 1;
  while (r > unit.from && i - r <= 4 && (s.toks[r]!.pos === 'PROPN' || SUBJECT_PRONOUNS.has(s.lower[r]!))) r--;
  if (r === i - 1 || r <= unit.from || (s.lower[r] !== 'which' && s.lower[r] !== 'that')) return null;
  const say = s.lower[i] === 'said' || s.lower[i] === 'says';
  const start = say ? i + 1 : i + 2;
  if (!say && s.lower[i + 1] !== 'as') return null;
  if (say && s.toks[i + 1]?.pos !== 'AUX' && s.toks[i + 1]?.pos !== 'VERB') return null;
  if (start >= unit.to || claimed[start]) return null;
  let end = clauseEnd(s, unit, start);
  // The relative clause ends at its comma (inside a closing quotation mark too: "… on Europe,” decisive").
  for (let k = start + 1; k <= end; k++) {
    if (s.toks[k]!.text !== ',') continue;
    const mark = s.toks[k + 1]?.text ?? '';
    const closes = mark === '”' || mark === '’' || (mark === '"' && s.toks.slice(start, k).filter((t) => t.text === '"').length % 2 === 1);
    end = closes ? k + 1 : k - 1;
    break;
  }
  if (end < start || countWords(s, start, end) < 1) return null;
  const quoted = s.toks.slice(start, end + 1).some((t) => isQuoteMark(t.text));
  return makeAttribution(s, start, end, quoted ? 'mixed' : 'indirect', i, say ? i : i + 1, [r + 1, i - 1]);
}

/**
 * The comma that closes a reporting phrase ending at the cue's last token: right after it, or after where
 * and when it was said ("said in a June report,", "said on Tuesday,", "told reporters in Yerevan,"); -1 if none.
 */
function commaAfterCue(s: Stream, cueLast: number, to: number): number {
  const k = cueLast + 1;
  if (s.toks[k]?.text === ',') return k;
  if (!SAY_VERBS.has(s.lower[cueLast]!)) return -1;
  // ("…, lawmakers said Friday afternoon, as they bristled at …": a subordinate clause after it is about the saying.)
  const closes = (comma: number): number => (AFTER_SAYING.has(s.lower[comma + 1] ?? '') ? -1 : comma);
  const venue = commaAfterVenue(s, k, to);
  if (venue > 0) return venue - k <= 8 ? closes(venue) : -1;
  // A time alone: "said Tuesday,", "said last week,".
  for (let j = k + 1; j < to && j - k <= 3; j++) {
    if (s.toks[j]!.text !== ',') continue;
    return isTimeAdverbial(s.body.slice(s.toks[k]!.start, s.toks[j - 1]!.end)) ? closes(j) : -1;
  }
  return -1;
}

/** "one Russian expert, [Arkady Dubnov]": a short description and its comma, from a up to the name at b. */
function describedBefore(s: Stream, a: number, b: number): boolean {
  if (b - a < 2 || b - a > 8 || s.toks[b - 1]!.text !== ',') return false;
  for (let k = a; k < b - 1; k++) if (!NP_POS.has(s.toks[k]!.pos) || isQuoteMark(s.toks[k]!.text)) return false;
  return true;
}

/** "…, sources said." / "…, said Smith." / "…, the source added." */
function trailingCue(s: Stream, unit: Unit, i: number, claimed: Uint8Array): Attribution | null {
  if (isPassive(s, i) || s.lower[i + 1] === 'by' || i - unit.from > MAX_CONTENT) return null;
  const np0 = npBefore(s, i, unit.from);
  // "As Lavrov put it, …": the cue is two words.
  const cueLast = isPutIt(s, i) ? i + 1 : i;
  // "As Hope pointed out on Animal Politico, the impact …": where it was said may stand before the comma.
  if (np0 && s.toks[cueLast + 1]?.text !== ',') {
    const asAt = s.toks[unit.from]!.pos === 'CCONJ' ? unit.from + 1 : unit.from;
    const comma = s.lower[asAt] === 'as' && np0[0] === asAt + 1 ? commaAfterVenue(s, s.lower[cueLast + 1] === 'out' ? cueLast + 2 : cueLast + 1, unit.to) : -1;
    if (comma > 0 && comma + 1 < unit.to && !claimed[comma + 1]) {
      const end = contentEnd(s, unit, comma + 1);
      if (countWords(s, comma + 1, end) >= 3) return makeAttribution(s, comma + 1, end, 'indirect', i, cueLast, np0);
    }
  }
  // ("…, the ministry said in a statement on Tuesday, will be …": where and when it was said may stand before the comma.)
  const cueComma = np0 ? commaAfterCue(s, cueLast, unit.to) : -1;
  if (np0 && cueComma > 0 && cueComma + 1 < unit.to) {
    // "As the Times noted, Clinton raised …", "As one expert, Arkady Dubnov, observed, …": the content follows the comma.
    const asAt = s.toks[unit.from]!.pos === 'CCONJ' ? unit.from + 1 : unit.from;
    if (s.lower[asAt] === 'as' && (np0[0] === asAt + 1 || describedBefore(s, asAt + 1, np0[0]))) {
      const end = contentEnd(s, unit, cueComma + 1);
      if (!claimed[cueComma + 1] && countWords(s, cueComma + 1, end) >= 3) return makeAttribution(s, cueComma + 1, end, 'indirect', i, cueLast, np0);
    }
    // "…, the State Border Guard Service says, and border guards detained …": a clause joined after the
    // report is the writer's; what was said stands before the source. ("Spending was “not critical,” he
    // said, but …": a clause that ends in a quoted phrase, its comma inside the quotation mark.)
    const quotedEnd = np0[0] - 2 > unit.from && isQuoteMark(s.toks[np0[0] - 1]!.text) && s.toks[np0[0] - 2]!.text === ',' && !isQuoteMark(s.toks[unit.from]!.text);
    if (quotedEnd && !claimed[unit.from] && s.toks[cueComma + 1]?.pos === 'CCONJ' && !/^["“‘'`]+$/.test(s.toks[cueComma + 2]?.text ?? '') && countWords(s, unit.from, np0[0] - 2) >= 3) {
      // ("…,” Jordan said, and still “got to sit in …”: a verb with the same subject goes on with what was said.)
      let v = cueComma + 2;
      while (v < unit.to && s.toks[v]!.pos === 'ADV') v++;
      const sameSubject = /^(?:VERB|AUX)$/.test(s.toks[v]?.pos ?? '') || isQuoteMark(s.toks[v]?.text ?? '');
      return makeAttribution(s, unit.from, sameSubject ? contentEnd(s, unit, v) : np0[0] - 1, 'mixed', i, cueLast, np0);
    }
    // "In the three years since …, Barden says, far too many lives …": the cue sits inside its content.
    if (np0[0] - 1 > unit.from && s.toks[np0[0] - 1]!.text === ',' && !claimed[unit.from]) {
      const end = contentEnd(s, unit, cueComma + 1);
      if (s.toks[cueComma + 1]?.pos === 'CCONJ' && !/^["“‘'`]+$/.test(s.toks[cueComma + 2]?.text ?? '') && countWords(s, unit.from, np0[0] - 2) >= 3 && !hasCueLikeVerbBefore(s, unit.from, np0[0] - 1)) {
        return makeAttribution(s, unit.from, np0[0] - 2, 'indirect', i, cueLast, np0);
      }
      if (countWords(s, cueComma + 1, end) + countWords(s, unit.from, np0[0] - 2) >= 4 && countWords(s, cueComma + 1, end) >= 2 && countWords(s, unit.from, np0[0] - 2) >= 1 && !hasCueLikeVerbBefore(s, unit.from, np0[0] - 1)) {
        // "…closed eleven checkpoints last week, officials said, stranding hundreds of trucks": a participle
        // after the cue tells what followed, not what was said; the content is what stands before.
        // ("…, he said, replacing Clinton would be acrimonious": a gerund with a verb after it is the subject of what was said.)
        // ("…, Spicer said, adding that …" / "adding, “…”": a participle that reports is no subject.)
        let participle = s.toks[cueComma + 1]!.pos === 'VERB' && s.lower[cueComma + 1]!.endsWith('ing');
        const reports = participle && (s.lower[cueComma + 2] === 'that' || s.lower[cueComma + 2] === ',' || s.lower[cueComma + 2] === ':' || isQuoteMark(s.toks[cueComma + 2]?.text ?? ''));
        for (let k = cueComma + 2; participle && !reports && k <= end; k++) if (s.toks[k]!.pos === 'AUX' || (s.toks[k]!.pos === 'VERB' && !/(?:ing|ed)$/.test(s.lower[k]!))) participle = false;
        if (participle) return countWords(s, unit.from, np0[0] - 2) >= 3 ? makeAttribution(s, unit.from, np0[0] - 2, 'indirect', i, i, np0) : null;
        // ("…, Kamyshin said on October 14, up from about 300,000 in 2023": a phrase with no verb after the report is the writer's.)
        if (cueComma > cueLast + 1 && !hasVerb(s, cueComma + 1, end) && countWords(s, unit.from, np0[0] - 2) >= 3) return makeAttribution(s, unit.from, np0[0] - 2, 'indirect', i, i, np0);
        return makeAttribution(s, unit.from, end, 'indirect', i, i, np0);
      }
    }
  }
  // "…, said Jeffrey N. Trimble, a senior official with the board that oversees them.": what follows
  // the name after a comma is about the speaker.
  const inverted = i - 1 > unit.from && isSeparator(s.toks[i - 1]!.text) ? npFrom(s, i + 1, unit.to) : null;
  let checkTo = inverted && SAY_VERBS.has(s.lower[i]!) && !s.lower[i]!.endsWith('ing') && s.toks[inverted[1] + 1]?.text === ',' ? inverted[1] + 1 : unit.to;
  // "…, top black lawmakers said Friday afternoon, as they briefed reporters.": a clause joined by a
  // comma and a subordinator after a say-verb is about the saying, not its content.
  if (checkTo === unit.to && SAY_VERBS.has(s.lower[i]!)) {
    for (let k = i + 1; k + 1 < unit.to && k - i <= 8; k++) {
      // (Or a participle after the comma: "…, McConnell said in June 2012, citing the release of …".)
      if (s.toks[k]!.text === ',' && (AFTER_SAYING.has(s.lower[k + 1]!) || (s.toks[k + 1]!.pos === 'VERB' && s.lower[k + 1]!.endsWith('ing')))) {
        checkTo = k;
        break;
      }
      if (s.toks[k]!.pos === 'VERB' || s.toks[k]!.pos === 'AUX') break;
    }
  }
  if (checkTo === unit.to && unit.to - i > 40) return null;
  // Nothing verbal may follow the cue phrase to the end of the unit (a participle in a compound is an
  // adjective: "reported Tijuana-based newspaper Zeta").
  for (let k = i + 1; k < checkTo; k++) {
    const p = s.toks[k]!.pos;
    if ((p === 'VERB' && !hyphenInWord(s, k - 1)) || p === 'AUX' || s.lower[k] === 'that' || s.toks[k]!.text === ':') return null;
  }
  let comma = -1;
  let source: [number, number] | null = null;
  const np = withTitleOf(s, npBefore(s, i, unit.from), unit.from);
  const next = s.toks[i + 1];
  const objectless = !next || next.pos === 'PUNCT' || next.pos === 'ADP' || next.pos === 'ADV' || ADDRESSEE_CUES.has(s.lower[i]!) || WHEN_WORDS.has(s.lower[i + 1]!);
  // "…, and that you have to spend on this dimension,'' Mr. Jansen said.": the comma inside closing marks.
  let closedQuote = false;
  if (objectless && np && np[0] - 1 > unit.from && isSeparator(s.toks[np[0] - 1]!.text)) {
    comma = np[0] - 1;
    source = np;
  } else if (objectless && np && np[0] - 3 > unit.from && commaInsideClose(s, np[0] - 1)) {
    comma = np[0] - 1;
    source = np;
    closedQuote = true;
  } else if (i - 1 > unit.from && isSeparator(s.toks[i - 1]!.text) && INVERTIBLE.test(s.lower[i]!)) {
    // "…, said Smith." (not "…, citing a threat": a participle's object is what it cites, no speaker;
    // nor "…, and its spokeswoman, Maria Zakharova, described the events as …": an object, not an inverted speaker)
    source = npFrom(s, i + 1, unit.to);
    // ("…, known as Super Tuesday": no one after the verb, so no report.)
    if (source) comma = i - 1;
  }
  if (comma < 0) return null;
  const start = unit.from;
  const first = s.toks[start]!.pos;
  // "On May 5, about 1,500 supporters … seized …, the Health Ministry reported": a date or an
  // approximate number ("About 1,500 …") may open the content; any phrase may before "…, he said."
  const opensWithFigure = s.toks[start + 1]?.pos === 'NUM';
  const saidAfter = source === np && SAY_VERBS.has(s.lower[i]!);
  // ("Based on intelligence from …, police arrested …, reported Proceso.": a participle and its preposition
  // open the reported clause, as a preposition does.)
  const participleOpener = first === 'VERB' && s.lower[start]!.endsWith('ed') && s.toks[start + 1]?.pos === 'ADP' && !saidAfter && comma === i - 1;
  if ((first === 'ADP' && !saidAfter && !opensWithFigure && !opensWithPhrase(s, start, comma)) || first === 'SCONJ' || (first === 'VERB' && !participleOpener)) return null;
  let end = closedQuote ? comma : comma - 1;
  // "…, a Moscow-based defense analyst, Ruslan Pukhov, told Interfax": the phrase before the name is his, not said.
  const apposition = appositionBefore(s, start, comma);
  if (apposition > start) end = apposition - 1;
  while (end > start && (s.toks[end]!.text === ',' || s.toks[end]!.pos === 'PUNCT' && !isQuoteMark(s.toks[end]!.text))) end--;
  if (claimed[start] || claimed[end] || countWords(s, start, end) < 3) return null;
  // "Bakiyev's chief of staff, Usen Kudaibergenov, dismissed …": a subject with an appositive says nothing;
  // nor does one with a relative clause ("The World Bank, which is financing the study, expects …").
  if (!hasVerb(s, start, end) || subjectWithRelative(s, start, end)) return null;
  return makeAttribution(s, start, end, 'indirect', i, i, source);
}

/**
 * "…, Minister for Strategic Industries Oleksandr Kamyshin said": a title with its portfolio ("Minister
 * for", "Head of") stands before the noun phrase that ends in the name; the source starts with the title.
 */
function withTitleOf(s: Stream, np: [number, number] | null, lo: number): [number, number] | null {
  if (!np) return np;
  let a = np[0];
  if (a - 2 < lo || !titleGlueAt(s, a - 1)) return np;
  a -= 2;
  while (a - 1 >= lo && /^[A-Z]/.test(s.toks[a - 1]!.text) && (isTitleWord(s.lower[a - 1]!) || FORMER.has(s.lower[a - 1]!))) a--;
  return [a, np[1]];
}

/** "Minister for | Strategic Industries", "Governor of | Gagauzia": a capitalized title's "for" or "of" at m, a capitalized name right after it. */
function titleGlueAt(s: Stream, m: number): boolean {
  return (s.lower[m] === 'for' || s.lower[m] === 'of') && HEADS.has(s.lower[m - 1] ?? '') && /^[A-Z]/.test(s.toks[m - 1]?.text ?? '') && /^[A-Z]/.test(s.toks[m + 1]?.text ?? '');
}


const DATE_PREPOSITIONS = new Set(['on', 'in', 'since', 'during', 'until', 'by']);

/**
 * A short phrase and its comma open the unit from `start`, up to `to`: a preposition and a date ("On May 5,
 * …", "In 2009, …"), or a phrase with no verb that a clause follows ("In Juarez, ten people were killed …").
 */
function opensWithPhrase(s: Stream, start: number, to: number): boolean {
  for (let c = start + 2; c < to && c - start <= 6; c++) {
    if (s.toks[c]!.text !== ',') continue;
    if (c - start <= 5 && DATE_PREPOSITIONS.has(s.lower[start]!) && isDateOnly(s.body.slice(s.toks[start + 1]!.start, s.toks[c - 1]!.end))) return true;
    return !hasVerb(s, start + 2, c - 1) && looksLikeClause(s, c + 1, to);
  }
  return false;
}

/** The comma opening "…, a defense analyst," that ends right before `comma` (an article, no verb), or -1. */
function appositionBefore(s: Stream, start: number, comma: number): number {
  for (let k = comma - 1; k > start && comma - k <= 10; k--) {
    const t = s.toks[k]!;
    // "Moscow-based" is an adjective.
    if ((t.pos === 'VERB' && s.toks[k - 1]!.text !== '-') || t.pos === 'AUX' || isQuoteMark(t.text)) return -1;
    if (t.text === ',') return ARTICLE_WORDS.has(s.lower[k + 1]!) && k + 2 < comma ? k : -1;
  }
  return -1;
}

const ARTICLE_WORDS = new Set(['a', 'an', 'the']);

const RELATIVE_PRONOUNS = new Set(['which', 'who', 'whose', 'whom']);

/** ", which …", ", led by …": a clause that describes the noun before the comma. */
function opensAppositiveClause(s: Stream, k: number): boolean {
  return (
    RELATIVE_PRONOUNS.has(s.lower[k]!) ||
    (s.toks[k]?.pos === 'VERB' && /ed$|^led$/.test(s.lower[k]!) && s.lower[k + 1] === 'by') ||
    // "The report, released on August 27, shows"
    DOCUMENT_PARTICIPLES.has(s.lower[k]!) ||
    // "Some experts, such as Arkady Dubnov of the Carnegie Center, believe": examples of the subject.
    (s.lower[k] === 'such' && s.lower[k + 1] === 'as') ||
    EXAMPLE_OPENERS.has(s.lower[k]!)
  );
}

/** Words that open examples of a group after a comma: "…, including X,", "…, notably X,". */
const EXAMPLE_OPENERS = new Set(['including', 'like', 'notably', 'especially', 'particularly', 'among']);

/** "The World Bank, which is financing the study,", "The movement, led by X,": a phrase with no verb but in such a clause. */
function subjectWithRelative(s: Stream, start: number, end: number): boolean {
  for (let k = start + 1; k < end; k++) {
    if (s.toks[k]!.pos === 'VERB' || s.toks[k]!.pos === 'AUX') return false;
    if (s.toks[k]!.text === ',' && opensAppositiveClause(s, k + 1)) {
      // "Scott's relatives, who asked to see the video, watched it": a clause goes on after the relative.
      let m = k + 2;
      while (m <= end && s.toks[m]!.text !== ',') m++;
      for (let v = m + 1; v <= end; v++) if (s.toks[v]!.pos === 'VERB' || s.toks[v]!.pos === 'AUX') return false;
      return true;
    }
  }
  return false;
}

/** Subordinators that open a clause about the saying after ", X said …,". */
const AFTER_SAYING = new Set(['as', 'while', 'when', 'after', 'before', 'because', 'since', 'during']);

/** Words after a cue that say when, not what ("…, lawmakers said Friday afternoon"). */
const WHEN_WORDS = new Set([...WEEKDAYS, 'today', 'yesterday', 'tonight', 'last', 'this', 'earlier', 'later', 'recently']);

/** Prepositions of a phrase that qualifies a subject noun ("attorneys for the family"). */
const SUBJECT_PREPOSITIONS = new Set(['for', 'in', 'at', 'of', 'from', 'with']);
/** What an office is for, after its title: "representative on freedom of the media", "envoy for Afghanistan". */
const OFFICE_REMIT = new Set(['on', 'for', 'to']);

const BE = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being', "'s", '’s']);

/** "is expected", "was widely regarded": the phrase before a passive cue is not its source. */
function isPassive(s: Stream, i: number): boolean {
  if (s.lower[i]!.endsWith('ing')) return false; // progressive: "is calling for"
  let j = i - 1;
  while (j >= 0 && s.toks[j]!.pos === 'ADV') j--;
  return j >= 0 && BE.has(s.lower[j]!);
}

/** A clause before the comma ("Trump won, Smith said, and …") is fine; a subject + verb opener is not needed. */
function hasCueLikeVerbBefore(s: Stream, a: number, b: number): boolean {
  // The medial reading needs the material before to be a sentence start, not a quote of its own.
  for (let k = a; k < b; k++) if (isQuoteMark(s.toks[k]!.text)) return true;
  return false;
}

function isSeparator(text: string): boolean {
  return text === ',' || text === '—' || text === '–' || text === '”' || text === '"';
}

/** "In the words of Ramanchuk, …": a cue of four words, read as "according to". */
function inTheWordsOf(s: Stream, i: number): boolean {
  return s.lower[i] === 'in' && s.lower[i + 1] === 'the' && s.lower[i + 2] === 'words' && s.lower[i + 3] === 'of';
}

const ONES_WORDS = new Set(['words', 'view', 'opinion', 'assessment', 'estimation', 'judgment', 'judgement', 'estimate', 'telling', 'reading']);

/**
 * "In his words, the protests were …", "In Gakharia's words, …", "In his view, …": the clause after the comma is the
 * possessor's; the cue runs from "In" to "words".
 */
function inOnesWords(s: Stream, unit: Unit, i: number, claimed: Uint8Array): Attribution | null {
  if (s.lower[i] !== 'in') return null;
  let words = i + 2;
  let source: [number, number] = [i + 1, i + 1];
  if (!POSSESSIVES.has(s.lower[i + 1] ?? '')) {
    // A name and its "'s".
    let k = i + 1;
    while (k < unit.to && k - i <= 4 && s.toks[k]!.pos === 'PROPN' && /^\p{Lu}/u.test(s.toks[k]!.text)) k++;
    if (k === i + 1 || !/^['’]s$/.test(s.toks[k]?.text ?? '')) return null;
    source = [i + 1, k - 1];
    words = k + 1;
  }
  if (s.lower[words] === 'own') words++;
  // ("In his view, …", "In her opinion, …", "In Novak's assessment, …": a view is words as well.)
  if (!ONES_WORDS.has(s.lower[words] ?? '') || s.toks[words + 1]?.text !== ',') return null;
  const from = words + 2;
  if (from >= unit.to || claimed[from] || !looksLikeClause(s, from, unit.to)) return null;
  const end = contentEnd(s, unit, from);
  if (end < from) return null;
  return makeAttribution(s, from, end, 'indirect', i, words, source);
}

/** Words that go on with a finding noun's phrase: "the poll conducted by …", "a report of the …". */
const AFTER_FINDING_NOUN = new Set(['conducted', 'released', 'published', 'by', 'of', 'from', 'on', 'in', 'taken', 'carried']);
/** What finds or measures something: "In the latest poll, …", "In its annual report, …". */
const FINDING_NOUNS = new Set(['poll', 'polls', 'survey', 'surveys', 'study', 'studies', 'report', 'reports', 'analysis', 'audit', 'census', 'estimate', 'estimates', 'review', 'assessment', 'index', 'ranking', 'forecast']);

/**
 * "In the latest Washington Post/ABC News poll, Clinton led Trump by 5 points": what a poll, study or
 * report found, when the clause after it has no reporting verb of its own ("In a report, HRW accused
 * …" is read at "accused").
 */
function inFinding(s: Stream, unit: Unit, i: number, claimed: Uint8Array, isCue: (k: number) => boolean): Attribution | null {
  if (s.lower[i] !== 'in') return null;
  let comma = i + 1;
  while (comma < unit.to && comma - i <= 25 && s.toks[comma]!.text !== ',') comma++;
  if (s.toks[comma]?.text !== ',' || comma + 1 >= unit.to || claimed[comma + 1]) return null;
  let head = -1;
  for (let k = i + 1; k < comma; k++) if (FINDING_NOUNS.has(s.lower[k]!) && s.toks[k]!.pos === 'NOUN') head = k;
  // The finding noun heads the phrase (not "in the poll's third week": a noun after it).
  if (head < 0 || !(head === comma - 1 || AFTER_FINDING_NOUN.has(s.lower[head + 1]!))) return null;
  // "…, conducted in early September, Clinton led …": a participle phrase about the poll.
  if (s.toks[comma + 1]!.pos === 'VERB' && s.lower[comma + 1]!.endsWith('ed')) {
    let next = comma + 2;
    while (next < unit.to && next - comma <= 10 && s.toks[next]!.text !== ',') next++;
    if (s.toks[next]?.text !== ',' || next + 1 >= unit.to) return null;
    comma = next;
  }
  if (!looksLikeClause(s, comma + 1, unit.to)) return null;
  const end = contentEnd(s, unit, comma + 1);
  if (end <= comma + 1 || countWords(s, comma + 1, end) < 3) return null;
  for (let k = comma + 1; k <= end; k++) if (s.toks[k]!.pos === 'VERB' && isCue(k)) return null;
  return makeAttribution(s, comma + 1, end, 'indirect', i, i, [i + 1, head]);
}

const AS_SAYING = new Set(['saying', 'stating', 'declaring']);

/**
 * "Interfax quoted Chinese Ambassador Zhang Yannian as saying that …": the one quoted is the speaker
 * (the outlet is a citation), "as saying" the cue at token i.
 */
function quotedAsSaying(s: Stream, unit: Unit, i: number, claimed: Uint8Array): Attribution | null {
  const source = quotedOne(s, unit.from, i);
  if (!source) return null;
  // "…will continue, a Finance Ministry spokesman quoted Finance Minister Gerhard Stoltenberg as saying.": what was said comes first.
  if (i + 2 >= unit.to || /^[.!?]$/.test(s.toks[i + 2]!.text)) {
    const quoter = npBefore(s, source[0] - 1, unit.from);
    const comma = quoter ? quoter[0] - 1 : -1;
    if (comma <= unit.from || s.toks[comma]!.text !== ',' || claimed[unit.from] || countWords(s, unit.from, comma - 1) < 3) return null;
    return makeAttribution(s, unit.from, comma - 1, 'indirect', i, i + 1, source);
  }
  if (claimed[i + 2]) return null;
  const start = s.toks[i + 2]!.text === ',' ? i + 3 : i + 2;
  const end = contentEnd(s, unit, start);
  if (end <= start || claimed[start] || countWords(s, start, end) < 3) return null;
  return makeAttribution(s, start, end, 'indirect', i, i + 1, source);
}

/** The one a quoting verb quotes "as saying" (token i is "as"): "quoted [Lavrov] as saying", or null. */
function quotedOne(s: Stream, lo: number, i: number): [number, number] | null {
  if (s.lower[i] !== 'as' || !AS_SAYING.has(s.lower[i + 1] ?? '')) return null;
  let v = i - 2;
  while (v >= lo && i - v <= 12 && !/^(?:quot(?:ed|es|ing)|cited|cites|citing)$/.test(s.lower[v]!)) v--;
  if (v < lo || i - v > 12) return null;
  // "Hajiyev was quoted by APA as saying": the passive's subject is the one quoted, the outlet after "by" quotes.
  if (s.lower[v + 1] === 'by' && v >= 2 && BE.has(s.lower[v - 1]!)) return npBefore(s, v - 1, lo);
  // "quoted Zamir Kabulov, the presidential envoy for Afghanistan, as saying": the name, not its apposition.
  let end = i - 1;
  for (let k = v + 2; k < end; k++) {
    if (s.toks[k]!.text === ',' && s.toks[k - 1]!.pos === 'PROPN') {
      end = k - 1;
      break;
    }
  }
  return hasHead(s, v + 1, end) ? [v + 1, end] : null;
}

/** Documents whose author a "by" names: "a report by Eurasianet". */
const WORK_NOUNS = new Set(['report', 'study', 'survey', 'poll', 'analysis', 'investigation', 'article', 'assessment', 'estimate', 'estimates', 'paper', 'review', 'audit', 'data', 'figures', 'calculations', 'research', 'reports', 'studies', 'polls', 'surveys', 'results', 'statistics']);

/** "According to X, …" and "…, according to X." (the cue is `cueLength` tokens from i). */
function accordingTo(s: Stream, unit: Unit, i: number, claimed: Uint8Array, cueLength: number): Attribution | null {
  const at = i + cueLength;
  let source = npFrom(s, at, unit.to);
  // "according to show insiders", "according to exit polls", "according to leaked documents": a noun
  // the tagger read as a verb (or a participle) modifies the source, which follows it.
  if (!source && s.toks[at]?.pos === 'VERB' && /^[a-z]/.test(s.toks[at]!.text)) {
    const rest = npFrom(s, at + 1, unit.to);
    if (rest && rest[0] === at + 1) source = [at, rest[1]];
  }
  // ("according to estimates by CABAR": a document's noun the tagger read as a verb.)
  if (!source && WORK_NOUNS.has(s.lower[at]!) && s.lower[at + 1] === 'by') source = [at, at];
  if (!source) return null;
  // "according to a June 12 report by Eurasianet", "according to a study by the Minchenko Consulting group",
  // "according to final results published by the Central Electoral Commission": the author of the document speaks for it.
  const byAt = DOCUMENT_PARTICIPLES.has(s.lower[source[1] + 1]!) && s.lower[source[1] + 2] === 'by' ? source[1] + 2 : source[1] + 1;
  if (WORK_NOUNS.has(s.lower[source[1]]!) && (s.lower[byAt] === 'by' || (byAt === source[1] + 1 && s.lower[byAt] === 'from'))) {
    const author = npFrom(s, byAt + 1, unit.to);
    if (author && s.toks.slice(author[0], author[1] + 1).some((t) => /^\p{Lu}/u.test(t.text))) {
      // ("a poll by the Institute for Public Policy": a name goes on after its "for" or "of", and over a hyphen:
      // "the Center for Macroeconomic Analysis and Short-Term Forecasting".)
      const capitalAt = (k: number): boolean => /^\p{Lu}/u.test(s.toks[k]!.text) && s.toks[k]!.pos !== 'PUNCT';
      const hyphenated = (k: number): boolean => k + 1 < unit.to && s.toks[k]!.text === '-' && hyphenInWord(s, k) && capitalAt(k + 1);
      // ("published by the Central Electoral Commission on September 29": the date is when, not the author's name.)
      let end = author[1];
      for (let k = author[0] + 1; k < end; k++) {
        if (/^(?:on|in)$/.test(s.lower[k]!) && (isBareMonthOrYear(s.toks[k + 1]!.text) || isTimeAdverbial(s.toks[k + 1]!.text))) {
          end = k - 1;
          break;
        }
      }
      while (end + 1 < unit.to && hyphenated(end + 1)) end += 2;
      while (end + 2 < unit.to && /^(?:of|for|on|and)$/.test(s.lower[end + 1]!) && capitalAt(end + 2) && /^\p{Lu}/u.test(s.toks[end]!.text) && !isBareMonthOrYear(s.toks[end + 2]!.text)) {
        end += 2;
        while (end + 1 < unit.to && (capitalAt(end + 1) || hyphenated(end + 1))) end += hyphenated(end + 1) ? 2 : 1;
      }
      source = [author[0], end];
    }
  }
  // ("According to Kyrgyzstan's Minister of Transport and Communications Tilek Tekebaev": a portfolio goes on after its "and".)
  while (s.lower[source[1] + 1] === 'and' && /^\p{Lu}/u.test(s.toks[source[1]]!.text) && /^\p{Lu}/u.test(s.toks[source[1] + 2]?.text ?? '') && source[1] + 2 < unit.to) {
    let e: number = source[1] + 2;
    while (e + 1 < unit.to && /^\p{Lu}/u.test(s.toks[e + 1]!.text) && s.toks[e + 1]!.pos !== 'PUNCT') e++;
    source = [source[0], e];
  }
  const afterSource = source[1] + 1;
  // Leading: content after the comma that closes the source phrase; after a colon too ("… remains
  // muted: according to Reuters, the department reacted …"), or after an opener and its comma ("But,
  // according to the poll, …", "In fact, according to …").
  const opener = i > unit.from && s.toks[i - 1]!.text === ',' && i - 1 - unit.from <= 3 && OPENER_POS.has(s.toks[unit.from]!.pos) && !hasVerb(s, unit.from, i - 2);
  if (i <= unit.from + 1 || opener || s.toks[i - 1]!.text === ':' || s.toks[i - 1]!.text === ';') {
    let c = afterSource;
    // The source may go on ("early results of the exit poll conducted by Edison Research for …").
    while (c < unit.to && c - afterSource < 30 && s.toks[c]!.text !== ',') c++;
    if (c >= unit.to || s.toks[c]!.text !== ',') return null;
    // A person named as the source may be described after it.
    if (c === afterSource && s.toks[source[1]]!.pos === 'PROPN') c = appositionAfter(s, c, unit.to);
    const end = contentEnd(s, unit, c + 1);
    if (end <= c || claimed[c + 1] || countWords(s, c + 1, end) < 3) return null;
    return makeAttribution(s, c + 1, end, 'indirect', i, i + cueLength - 1, source);
  }
  // Medial before a quotation: "the Balkans remain, in the words of one Russian commentator, “Russia’s soft
  // underbelly”": the quotation is the words, not the clause before.
  if (i > unit.from && s.toks[i - 1]!.text === ',' && s.toks[afterSource]?.text === ',' && isOpeningMark(s.toks[afterSource + 1]?.text ?? '')) {
    for (let k = afterSource + 2; k < unit.to; k++) {
      if (!isQuoteMark(s.toks[k]!.text)) continue;
      // (Already read as a quotation with this cue: the clause before is still not the words.)
      if (claimed[afterSource + 1] || k === afterSource + 2) return null;
      return makeAttribution(s, afterSource + 1, k, 'direct', i, i + cueLength - 1, source);
    }
  }
  // Medial, after the subject: "Fundraising, according to the campaign, has surged …" is all reported.
  if (i - 1 > unit.from && s.toks[i - 1]!.text === ',' && !hasVerb(s, unit.from, i - 2) && s.toks[afterSource]?.text === ',' && /^(?:VERB|AUX)$/.test(s.toks[afterSource + 1]?.pos ?? '')) {
    const end = contentEnd(s, unit, afterSource + 1);
    if (end > afterSource + 1 && !claimed[unit.from] && !claimed[afterSource + 1]) return makeAttribution(s, unit.from, end, 'indirect', i, i + cueLength - 1, source);
  }
  // Trailing or medial: the clause before it.
  let end = i - 1;
  while (end > unit.from && s.toks[end]!.pos === 'PUNCT' && !isQuoteMark(s.toks[end]!.text)) end--;
  if (claimed[unit.from] || countWords(s, unit.from, end) < 3) return null;
  return makeAttribution(s, unit.from, end, 'indirect', i, i + cueLength - 1, source);
}

/**
 * "According to Pavel Latushka, a former minister who lives in exile, the army …": the comma that
 * closes an apposition opening at `comma` (an article, a noun phrase, perhaps a relative clause),
 * else `comma`.
 */
function appositionAfter(s: Stream, comma: number, to: number): number {
  if (!ARTICLE_WORDS.has(s.lower[comma + 1] ?? '')) return comma;
  let relative = false;
  for (let k = comma + 2; k < to && k - comma <= 16; k++) {
    const t = s.toks[k]!;
    if (t.text === ',') return k + 1 < to && countWords(s, k + 1, Math.min(to, k + 4)) >= 3 ? k : comma;
    if (isQuoteMark(t.text) || t.text === ';' || t.text === ':') return comma;
    if (RELATIVE_PRONOUNS.has(s.lower[k]!)) relative = true;
    else if ((t.pos === 'VERB' || t.pos === 'AUX') && !relative) return comma;
  }
  return comma;
}

/** Last token of content that runs to the end of its unit: no final punctuation, no citation. */
/** Longest content in tokens: keeps the work per cue bounded when a "sentence" is a whole unpunctuated page. */
const MAX_CONTENT = 250;

function contentEnd(s: Stream, unit: Unit, start: number): number {
  let end = Math.min(unit.to, start + MAX_CONTENT) - 1;
  // A trailing "(Source, Date)" citation is not part of what was said.
  if (s.toks[end]!.text === '.' && s.toks[end - 1]?.text === ')') end--;
  if (s.toks[end]!.text === ')') {
    let o = end;
    while (o > start && s.toks[o]!.text !== '(') o--;
    if (o > start) end = o - 1;
  }
  while (end > start && SENTENCE_END.has(s.toks[end]!.text)) end--;
  return end;
}

// ---------------------------------------------------------------- assembling

/** Length in tokens (1–4) of a time adverbial ending at token j ("Tuesday", "on Tuesday", "last week"), or 0. */
function timeAdverbialEndingAt(s: Stream, j: number, lo: number): number {
  if (j < 0 || !mayCloseTimePhrase(s.lower[j]!)) return 0;
  for (let len = 4; len >= 1; len--) {
    const a = j - len + 1;
    if (a < lo || a < 0) continue;
    if (isTimeAdverbial(s.body.slice(s.toks[a]!.start, s.toks[j]!.end))) return len;
  }
  return 0;
}

/** Length in tokens of a time adverbial opening the content at token i, with a comma after it ("Tuesday he wants …"). */
function timeAdverbialAt(s: Stream, i: number, to: number): number {
  if (!mayOpenTimePhrase(s.lower[i]!)) return 0;
  for (let len = 4; len >= 1; len--) {
    const b = i + len - 1;
    if (b >= to) continue;
    if (isTimeAdverbial(s.body.slice(s.toks[i]!.start, s.toks[b]!.end))) return s.toks[b + 1]!.text === ',' ? len + 1 : len;
  }
  return 0;
}

const CONNECTIVES = new Set(['however', 'moreover', 'furthermore', 'nevertheless', 'nonetheless', 'meanwhile', 'therefore', 'thus', 'indeed', 'still', 'yet', 'also']);

function makeAttribution(
  s: Stream,
  from: number,
  to: number,
  kind: QuoteKindName,
  cueFrom: number,
  cueTo: number,
  found: [number, number] | null,
): Attribution {
  // "said Tuesday he wants to …": the day is when it was said, not part of what ("said Friday as he
  // entered the talks" is left whole, for the speech filter to drop).
  if (from > cueTo) {
    const time = timeAdverbialAt(s, from, to);
    if (time > 0 && from + time <= to && /[\p{L}\p{N}]/u.test(s.body.slice(s.toks[from + time]!.start, s.toks[to]!.end)) && !isDateAndCircumstance(s.body.slice(s.toks[from]!.start, s.toks[to]!.end))) from += time;
  }
  // "According to independent estimates, however, Turkmenistan produced …": the writer's connective is not what was said.
  if (from > cueTo && from + 2 <= to && CONNECTIVES.has(s.lower[from]!) && s.toks[from + 1]!.text === ',') from += 2;
  // "The declaration adopted on July 5 asked …": a date is nobody.
  const source = found && !isDateOnly(s.body.slice(s.toks[found[0]]!.start, s.toks[found[1]]!.end)) ? found : null;
  const name = source ? nameIn(s, source[0], source[1]) : null;
  return {
    start: s.toks[from]!.start,
    end: s.toks[to]!.end,
    kind,
    cueStart: s.toks[cueFrom]!.start,
    cueEnd: s.toks[cueTo]!.end,
    sourceStart: source ? s.toks[source[0]]!.start : null,
    sourceEnd: source ? s.toks[source[1]]!.end : null,
    speakerStart: name ? s.toks[name[0]]!.start : null,
    speakerEnd: name ? s.toks[name[1]]!.end : null,
    resolved: false,
  };
}

/**
 * A copy of an attribution with its kind (and bounds) replaced, written out field by field in
 * makeAttribution's order (the same object): the spreads were a hot spot of the tagger's pass.
 */
function withFields(att: Attribution, kind: QuoteKindName, start = att.start, end = att.end): Attribution {
  return {
    start,
    end,
    kind,
    cueStart: att.cueStart,
    cueEnd: att.cueEnd,
    sourceStart: att.sourceStart,
    sourceEnd: att.sourceEnd,
    speakerStart: att.speakerStart,
    speakerEnd: att.speakerEnd,
    resolved: att.resolved,
  };
}

/** The name at the end of a noun phrase, without titles; else the phrase itself. */
function nameIn(s: Stream, a: number, b: number): [number, number] {
  // "Paluckas himself conceded": the name, not its emphasis.
  if (b > a && /^(?:himself|herself|itself|themselves)$/.test(s.lower[b]!)) b--;
  // "Yerevan and Baku": names joined, and nothing else, speak together.
  let joined = false;
  for (let k = a; k <= b; k++) {
    if (s.lower[k] === 'and' && k > a && k < b) joined = true;
    else if (s.toks[k]!.pos !== 'PROPN' || !/^\p{Lu}/u.test(s.toks[k]!.text)) {
      joined = false;
      break;
    }
  }
  if (joined) return [a, b];
  // "the Institute for Public Policy", "the Carnegie Endowment for International Peace": a body's name of
  // capitalized words and their joints, headed by an institution's word, is one name.
  // ("the Central Asian Bureau for Analytical Reporting": capitalized words may stand before the institution's word.)
  const first = s.lower[a] === 'the' ? a + 1 : a;
  let head = first;
  while (head < b && head - first < 3 && !isInstitutionAt(s, head) && /^\p{Lu}/u.test(s.toks[head]!.text)) head++;
  if (head < b && isInstitutionAt(s, head) && /^(?:for|of|on)$/.test(s.lower[head + 1] ?? '') && s.toks.slice(first, b + 1).every((t, k) => /^\p{Lu}/u.test(t.text) || /^(?:for|of|on|and|the)$/.test(s.lower[first + k]!))) return [a, b];
  // "Sources close to the Kremlin": the sources speak.
  for (let k = a + 1; k + 1 < b; k++) if (s.lower[k] === 'close' && s.lower[k + 1] === 'to' && CLOSE_TO_HEADS.has(s.lower[k - 1]!)) return [a, b];
  // "Kyrgyzstan's Minister of Transport and Communications Tilek Tekebaev", "Ambassador to Azerbaijan Mohsen
  // Pakaeen": after a title's portfolio or host, the last two capitalized words are the holder.
  if (b - a >= 4 && /^\p{Lu}/u.test(s.toks[b]!.text) && /^\p{Lu}/u.test(s.toks[b - 1]!.text) && /^\p{Lu}/u.test(s.toks[b - 2]!.text)) {
    for (let k = a + 1; k < b - 2; k++) {
      if ((s.lower[k] === 'of' || s.lower[k] === 'for' || s.lower[k] === 'to') && isTitleWord(s.lower[k - 1]!) && /^\p{Lu}/u.test(s.toks[k - 1]!.text) && !/^(?:the)$/.test(s.lower[k + 1]!)) return [b - 1, b];
    }
  }
  // "the Democratic Choice of Kazakhstan party": an organization keeps its full name, "of" and all
  // (not "Aleksei Malashenko of the Carnegie Moscow Center": a person of an organization).
  if (ORG_HEADS.has(s.lower[b]!) && !personOfThe(s, a, b)) return [a, b];
  // "Foreign Minister Aidar Temirbekov of Kyrgyzstan", "Joel Pollak of Breitbart California": the head
  // is before "of", unless it is an organization ("the Department of Education").
  for (let k = a + 1; k < b; k++) {
    // "diplomats in Bishkek", "the presidents of Guatemala and Mexico": the head is the common noun before the places.
    if ((PLACE_PREPOSITIONS.has(s.lower[k]!) || (s.lower[k] === 'of' && s.lower[k - 1]!.endsWith('s'))) && isCommonNounAt(s, k - 1)) return [a, b];
    // "the declaration adopted in Shanghai": so is a common noun before a participle and the place.
    if (s.lower[k] === 'in' && k - 2 >= a && s.toks[k - 1]!.pos === 'VERB' && s.lower[k - 1]!.endsWith('ed') && isCommonNounAt(s, k - 2)) return [a, b];
    // "analysts at the Razumkov Center in Kyiv": the institution speaks for its people, not the place.
    if (s.lower[k] === 'at' && isCommonNounAt(s, k - 1)) {
      const at = s.lower[k + 1] === 'the' ? k + 2 : k + 1;
      // Not "bankers at the presentation": only a named institution.
      if (at <= b && /^[A-Z]/.test(s.toks[at]!.text)) a = at;
      continue;
    }
    // "… President Jose Manuel Barroso in Brussels": a name before the place speaks, not the place.
    if ((s.lower[k] === 'in' || s.lower[k] === 'from') && (isInstitutionAt(s, k - 1) || (s.toks[k - 1]!.pos === 'PROPN' && s.toks[k + 1]?.pos === 'PROPN'))) {
      b = k - 1;
      break;
    }
    if (s.lower[k] !== 'of' || s.toks[k - 1]!.pos !== 'PROPN') continue;
    if (ORG_HEADS.has(s.lower[k - 1]!)) return [a, b];
    b = k - 1;
    break;
  }
  let k = b;
  // ("Kassym-Jomart Tokayev": a hyphen inside a name joins it.)
  const nameHyphen = (k: number): boolean => k > a && hyphenInWord(s, k) && /^[A-Z]/.test(s.toks[k - 1]!.text);
  // ("Grupo de Apoyo Mutuo": a Romance name's particles stand between its capitalized words.)
  const particle = (k: number): boolean => k > a && (ROMANCE_PARTICLES.has(s.lower[k]!) || ROMANCE_ARTICLES.has(s.lower[k]!)) && isNPToken(s, k);
  while (k >= a && ((s.toks[k]!.pos === 'PROPN' && /^[A-Z]/.test(s.toks[k]!.text)) || nameHyphen(k) || particle(k))) k--;
  const runStart = k + 1;
  if (runStart > b) return [a, b];
  // An organization keeps its full name ("the Uzbek Foreign Ministry").
  if (ORG_HEADS.has(s.lower[b]!)) return [a, b];
  let nameStart = runStart;
  for (let t = runStart; t <= b; t++) if (TITLE_WORDS.has(s.lower[t]!)) nameStart = t + 1;
  if (nameStart > b) return runStart === a ? [a, b] : [runStart, b];
  return [nameStart, b];
}

/**
 * The subject before a short relative clause "who …" ending at j, with no comma in it ("A band member
 * who escaped", "a lawyer who represents the family"), when that subject opens its phrase (not "… at
 * Santos who asked").
 */
function relativeClauseBefore(s: Stream, j: number, lo: number): [number, number] | null {
  for (let k = j; k > lo && j - k < 10; k--) {
    const t = s.toks[k]!;
    if (t.pos === 'PUNCT' || isQuoteMark(t.text)) return null;
    if (s.lower[k] !== 'who') continue;
    if (!hasVerb(s, k + 1, j)) return null;
    const np = npBefore(s, k, lo);
    return np && np[1] === k - 1 && opensClauseAt(s, np[0], lo) ? np : null;
  }
  return null;
}

/** Whether a phrase starting at token a opens its clause: the unit's start, or after punctuation or a conjunction. */
function opensClauseAt(s: Stream, a: number, lo: number): boolean {
  const before = s.toks[a - 1];
  return !before || a === lo || before.pos === 'PUNCT' || before.pos === 'CCONJ' || before.pos === 'SCONJ';
}

/** Two or more capitalized names, then "of the": "Aleksei Malashenko of the Carnegie Moscow Center". */
function personOfThe(s: Stream, a: number, b: number): boolean {
  for (let k = a + 2; k < b; k++) {
    if (s.lower[k] !== 'of' || s.lower[k + 1] !== 'the') continue;
    return s.toks[k - 1]!.pos === 'PROPN' && s.toks[k - 2]!.pos === 'PROPN' && !ORG_HEADS.has(s.lower[k - 1]!) && /^[A-Z]/.test(s.toks[k - 2]!.text);
  }
  return false;
}

/** Direct marks in an indirect content make it mixed, unless the quoted words are a term or title. */
function withKind(s: Stream, att: Attribution, spans: QuotedSpan[], spanAt: Int32Array): Attribution {
  const from = tokenAt(s, att.start);
  const to = tokenAt(s, att.end - 1);
  for (let i = from; i <= to; i++) {
    const k = spanAt[i]!;
    if (k < 0) continue;
    const q = spans[k]!;
    i = q.close;
    if (!isTermQuote(s, q)) return withFields(att, 'mixed');
  }
  return att;
}

function isTermQuote(s: Stream, q: QuotedSpan): boolean {
  const before = q.open - 1;
  const words = countWords(s, q.open + 1, q.close - 1);
  if (before >= 0) {
    // ("described the agreement as “a project of the century”": a characterization of three words or more is quoted words.)
    if (s.lower[before] === 'as' && words >= 3 && s.lower[before - 1] !== 'known') return isTitleQuote(s, q);
    if (NAMING_WORDS.has(s.lower[before]!)) return true;
    const p = s.toks[before]!.pos;
    // "as an “evil power”", "calling them “compatriots”"
    if (p === 'DET' && NAMING_WORDS.has(s.lower[before - 1] ?? '')) return true;
    if ((p === 'PRON' || p === 'PROPN' || p === 'NOUN') && /^call|^dub|^label|^brand/.test(s.lower[before - 1] ?? '')) return true;
    for (let k = before; k >= 0 && before - k < 6; k--) if (/^call|^dub|^label|^term$|^brand/.test(s.lower[k]!)) return true;
  }
  if (words <= 1) return true;
  return isTitleQuote(s, q);
}

/** Every word capitalized, as in a title ("Year of Russia in Kazakhstan", "Orange is the New Black"). */
function isTitleQuote(s: Stream, q: QuotedSpan): boolean {
  let capitalized = 0;
  for (let i = q.open + 1; i < q.close; i++) {
    const t = s.toks[i]!;
    // A sentence break inside ("The Donald. Big Daddy.") makes it speech, not a title.
    if (/^[.!?]$/.test(t.text) && i < q.close - 1 && !isQuoteMark(s.toks[i + 1]!.text)) return false;
    if (t.kind !== 'word') continue;
    if (/^[A-Z0-9]/.test(t.text)) capitalized++;
    else if (!/^(of|in|the|a|an|and|for|to|on|at|is|with|from|by)$/.test(t.text)) return false;
  }
  // One capitalized word alone may just start a sentence.
  return capitalized >= 2;
}

/** "he said": the nearest preceding named speaker stands in for a personal pronoun. */
function resolvePronouns(s: Stream, found: Attribution[], spanAt: Int32Array): void {
  let lastPerson: { start: number; end: number } | null = null;
  // What the last named speaker said: a name inside it is talked about, and yields to the speaker
  // ("Trump signaled that he may offer Sen. Ted Cruz a slot. But he attacked …" -> Trump).
  let lastContent: { start: number; end: number } | null = null;
  for (const att of found) {
    if (att.sourceStart === null || att.sourceEnd === null) continue;
    const text = s.body.slice(att.sourceStart, att.sourceEnd).toLowerCase();
    if (PERSON_PRONOUNS.has(text) || text === 'his' || text === 'her') {
      // The nearer of the last named speaker and the last full name outside quotation marks.
      const named = precedingName(s, tokenAt(s, att.sourceStart), spanAt);
      const spokenOf = named !== null && lastContent !== null && named.start >= lastContent.start && named.end <= lastContent.end;
      const antecedent = lastPerson && (!named || spokenOf || lastPerson.start >= named.start) ? lastPerson : named;
      if (antecedent) {
        att.speakerStart = antecedent.start;
        att.speakerEnd = antecedent.end;
        att.resolved = true;
      }
    } else if (text === 'it' && att.end <= att.cueStart) {
      // "The State Committee for National Security has detained …, it said": the body the report opens with.
      const a = tokenAt(s, att.start);
      const b = tokenAt(s, att.end - 1);
      const np = npFrom(s, a, b + 1);
      if (np && s.toks[np[1]]!.pos === 'PROPN' && /^\p{Lu}/u.test(s.toks[np[1]]!.text)) {
        // ("… Committee for National Security": the name goes on past "for" and "of".)
        let end = np[1];
        while (end + 2 <= b && /^(?:for|of|on)$/.test(s.lower[end + 1]!) && /^\p{Lu}/u.test(s.toks[end + 2]!.text)) {
          end += 2;
          while (end + 1 <= b && s.toks[end + 1]!.pos === 'PROPN' && /^\p{Lu}/u.test(s.toks[end + 1]!.text)) end++;
        }
        att.speakerStart = s.toks[np[0]]!.start;
        att.speakerEnd = s.toks[end]!.end;
        att.resolved = true;
      }
    } else if (att.speakerStart !== null && att.speakerEnd !== null && looksLikePerson(s.body.slice(att.speakerStart, att.speakerEnd))) {
      lastPerson = { start: att.speakerStart, end: att.speakerEnd };
      lastContent = { start: att.start, end: att.end };
    }
  }
}

/**
 * The full name (two capitalized words or more) before token i that is likeliest the subject, titles
 * dropped: the first such name in the sentence of the nearest one ("President Emomali Rahmon, who met
 * Vladimir Putin in Moscow, asked … He …" -> Rahmon).
 */
function precedingName(s: Stream, i: number, spanAt: Int32Array): { start: number; end: number } | null {
  let found: { start: number; end: number } | null = null;
  let unit = -1;
  for (let k = i - 1; k >= 0 && i - k < 120; k--) {
    if (unit >= 0 && s.unitOf[k] !== unit) break;
    if (spanAt[k]! >= 0 || s.toks[k]!.pos !== 'PROPN' || !/^[A-Z]/.test(s.toks[k]!.text)) continue;
    let a = k;
    while (a > 0 && s.toks[a - 1]!.pos === 'PROPN' && /^[A-Z]/.test(s.toks[a - 1]!.text)) a--;
    const [ns, ne] = nameIn(s, a, k);
    const name = s.body.slice(s.toks[ns]!.start, s.toks[ne]!.end);
    // A name after an article or a preposition is seldom a person's ("the Center for Eurasian Strategy").
    const before = a > 0 ? s.lower[a - 1]! : '';
    const inPhrase = before === 'the' || s.toks[a - 1]?.pos === 'ADP' || s.toks[a - 1]?.pos === 'DET';
    let org = false;
    for (let x = a; x <= k; x++) if (ORG_HEADS.has(s.lower[x]!)) org = true;
    if (ne > ns && !inPhrase && !org && looksLikePerson(name) && s.lower[k + 1] !== "'s" && s.lower[k + 1] !== '’s') {
      found = { start: s.toks[ns]!.start, end: s.toks[ne]!.end };
      unit = s.unitOf[k]!;
    }
    k = a;
  }
  return found;
}

/** A capitalized name that is not an organization's ("Kurtov", "Gulbigash Omarova"). */
function looksLikePerson(name: string): boolean {
  if (!/^[A-Z]/.test(name) || /^the\b/i.test(name)) return false;
  const last = name.slice(name.lastIndexOf(' ') + 1).toLowerCase();
  return !ORG_HEADS.has(last);
}

// ---------------------------------------------------------------- helpers

function countWords(s: Stream, a: number, b: number): number {
  let n = 0;
  for (let i = Math.max(0, a); i <= b && i < s.toks.length; i++) if (s.toks[i]!.kind === 'word' || s.toks[i]!.kind === 'number') n++;
  return n;
}

function hasVerb(s: Stream, a: number, b: number, namesToo = false): boolean {
  for (let i = a; i <= b; i++) if ((s.toks[i]!.pos === 'VERB' || s.toks[i]!.pos === 'AUX') && !(namesToo && /^[A-Z]/.test(s.toks[i]!.text))) return true;
  return false;
}

/** Whether a cue verb outside quotation marks lies in [from, to). */
function cueLater(s: Stream, from: number, to: number, spanAt: Int32Array, isCue: (i: number) => boolean): boolean {
  for (let k = from; k < to; k++) if (spanAt[k]! < 0 && s.toks[k]!.pos === 'VERB' && isCue(k)) return true;
  return false;
}

/** Between a quote's cue phrase and the next quotation, no clause of its own ("said Rep. X (D-N.C.), head of …. “…”"). */
function onlyCueBetween(s: Stream, from: number, to: number): boolean {
  if (to - from > 25) return false;
  for (let k = from + 1; k < to; k++) if (s.paragraphStart[k] || s.toks[k]!.pos === 'VERB' || s.toks[k]!.pos === 'AUX') return false;
  return !s.paragraphStart[to];
}

function startsUnit(s: Stream, i: number): boolean {
  return s.units[s.unitOf[i]!]!.from === i;
}

/** Token index of the token containing char offset `offset` (binary search). */
function tokenAt(s: Stream, offset: number): number {
  return Math.max(0, partitionPoint(s.toks.length, (i) => s.toks[i]!.start <= offset) - 1);
}

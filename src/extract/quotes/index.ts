// Quote attribution: who said what. Direct, indirect and mixed quotes with their cue verb and
// speaker, linked to the entity layer when it has a mention of the speaker.
import type { EntityLayer, ExtractContext } from '../context.js';
import type { Entity, Mention, Quote } from '../../model/extraction.js';
import { partitionPoint } from '../../util/sorted.js';
import { HEADS } from '../entities/offices.js';
import { gazetteer } from '../../resolve/gazetteer/index.js';
import { genderedWord, personGenders, type Gender } from '../entities/gender.js';
import { findAttributions, type Attribution, type AttributeOptions } from './attribute.js';
import { cueLexicon, defaultCueOptions } from './lexicon.js';
import { loadCueModel, stem } from './cue-model.js';
import { loadContentModel } from './content-model.js';
import { loadTriggerModel } from './trigger-model.js';
import { loadSpanTagger } from './span-tagger.js';
import { leavesQuotationOpen } from './marks.js';

export type { Attribution } from './attribute.js';

const base = { standaloneQuotes: true, continueAcrossParagraphs: false, minDirectWords: 2, minObjectWords: 2, objectCommaStop: true, clauseEnds: true };
let speechOptions: AttributeOptions | undefined;
let polnearOptions: AttributeOptions | undefined;

/** Speech acts whose object is what was said about it ("criticized the plan", "called for talks"). */
const SPEECH_ACTS = [
  'criticize', 'criticise', 'praise', 'accuse', 'deny', 'call', 'condemn', 'blame', 'urge', 'demand', 'propose',
  'announce', 'endorse', 'reject', 'dismiss', 'defend', 'attack', 'slam', 'thank', 'welcome', 'mock', 'warn',
  'promise', 'pledge', 'vow', 'question', 'challenge', 'tweet', 'describe', 'recommend', 'suggest', 'predict',
  'applaud', 'denounce', 'decry', 'blast', 'lambast', 'ridicule', 'hail', 'tout', 'cite', 'mention', 'repeat',
  'reiterate', 'acknowledge', 'admit', 'confirm', 'insist', 'argue', 'declare', 'express', 'voice',
  'ask', 'address', 'raise', 'recall', 'highlight', 'emphasize', 'note', 'report', 'write', 'explain', 'comment',
  'respond', 'answer', 'reply', 'dispute', 'oppose', 'back', 'approve', 'request', 'offer', 'invite', 'label',
  'brand', 'dub', 'characterize', 'portray', 'compare', 'liken',
  'claim', 'reveal', 'list', 'underscore', 'echo', 'lament', 'retweet', 'congratulate', 'quote', 'email',
  'complain', 'hammer', 'bemoan', 'outline', 'lash', 'assail', 'chide', 'plead', 'rebut', 'allude', 'hint',
  'herald', 'disavow', 'estimate', 'advocate',
  // Findings and stances PolNeAR counts as attributed ("the poll shows …", "referring to …", "supported Sanders").
  'show', 'find', 'refer', 'speak', 'talk', 'support', 'point', 'post', 'share',
  // Irregular forms, whose stems the regular inflections below do not give.
  'found', 'spoke', 'spoken', 'wrote', 'written', 'shown',
].flatMap(inflections).map(stem);

/**
 * A verb's regular forms (over-generated: only their stems are kept). stem() does not map every form
 * to one stem ("cite" -> "cite" but "cited" -> "cit", "slammed" -> "slamm"), so the set holds the
 * stems of all of them.
 */
function inflections(w: string): string[] {
  const last = w[w.length - 1]!;
  if (last === 'e') return [w, `${w}s`, `${w}d`, `${w.slice(0, -1)}ing`];
  if (last === 'y') return [w, `${w}s`, `${w}ed`, `${w}ing`, `${w.slice(0, -1)}ies`, `${w.slice(0, -1)}ied`];
  return [w, `${w}s`, `${w}es`, `${w}ed`, `${w}ing`, `${w}${last}ed`, `${w}${last}ing`];
}

/** Verbs of appearance, which PolNeAR counts but which report nobody's words ("the government seems happy"). */
// (Striving is no saying either: "Lukashenka, who will seek a seventh term, told …".)
const NOT_SPEECH = new Set(['seem', 'seems', 'seemed', 'appear', 'appears', 'appeared', 'look', 'looks', 'looked', 'seek', 'seeks', 'sought', 'seeking']);

/**
 * The options the product runs with (tuned on PolNeAR train/dev): speech only, that is quotes and
 * reported statements, beliefs or intentions with a clause or infinitive ("X says that …", "“…,”
 * asks X", "X declined to …"), and the objects of speech acts. The hand-written readings go first,
 * and the content model says where a complement they found ends; where none applies, the trigger
 * model decides whether a candidate introduces a content and the content model reads it, kept only
 * with a source phrase and when it opens a clause (or its cue is a speech act). Without the trigger
 * model's file, the cue model and a content-score threshold decide.
 *
 * The span tagger is not part of it: stacked on this reading it gained PolNeAR overlap F1 (dev
 * 0.6707 -> 0.6864, test 0.6603 -> 0.6676) but lost source accuracy (dev 0.900 -> 0.880), halved
 * the extractor's speed, and on analytical articles split contents at commas into fragments
 * ("Belarus reported | to control most of the economy") and took objects for speech ("Political
 * observers divided | what"). An analyst reads every quote; precision comes first.
 */
export function quoteOptions(): AttributeOptions {
  speechOptions ??= {
    ...base,
    cues: cueLexicon(defaultCueOptions),
    cueModel: loadCueModel(),
    cueThreshold: -4,
    lexiconToo: true,
    objects: false,
    objectStems: new Set(SPEECH_ACTS),
    notSpeech: NOT_SPEECH,
    contentModel: loadContentModel(),
    contentThreshold: -14,
    rulesFirst: true,
    contentNeedsSource: true,
    contentCuesOnly: true,
    contentSpeechOnly: true,
    triggerModel: loadTriggerModel(),
    triggerThreshold: -2.5,
    modelEnds: true,
    innerCues: true,
    quoteParagraphs: true,
    triggerDecides: true,
    quoteClauses: true,
    topicThreshold: 0,
    objectThreshold: -1,
    speechOnly: true,
  };
  return speechOptions;
}

let readingOptions: AttributeOptions | undefined;

/**
 * The broad reading of the rules and models alone: what any verb or cue noun introduces, as the
 * content model reads it ("X mocked the ambitions of …", "the poll shows …"). The span tagger
 * weighs it (and is trained on it).
 */
export function broadReadingOptions(): AttributeOptions {
  readingOptions ??= { ...base, cues: cueLexicon(defaultCueOptions), cueModel: loadCueModel(), cueThreshold: -4, objects: true, contentModel: loadContentModel(), contentThreshold: -14 };
  return readingOptions;
}

/**
 * PolNeAR-style attribution, which also counts what any verb or cue noun introduces ("X mocked the
 * ambitions of …", "officials stress their loyalty to Moscow", "the poll shows …"): the span tagger
 * reads contents token by token given the speech reading and the broad one (broadReadingOptions),
 * finds contents neither does and re-bounds theirs; no speech filters. Reported by the evaluation
 * next to speech.
 */
export function attributionOptions(): AttributeOptions {
  polnearOptions ??= { ...quoteOptions(), speechOnly: false, spanTagger: loadSpanTagger(), broadOptions: broadReadingOptions() };
  return polnearOptions;
}

export function extractQuotes(ctx: ExtractContext, layer: EntityLayer): Quote[] {
  const { body } = ctx.analysis;
  const atts = findAttributions(ctx.analysis, quoteOptions());
  const mentions = [...layer.mentions].sort((a, b) => a.start - b.start);
  const { sentences } = ctx.analysis;
  // Worked out only for an article with a pronoun speaker.
  let genders: Map<string, Gender> | undefined;
  const article: ArticleSpeakers = {
    body,
    mentions,
    sentenceStartOf: (offset) => sentences[Math.max(0, partitionPoint(sentences.length, (i) => sentences[i]!.start <= offset) - 1)]?.start ?? 0,
    genderOf: (entity) => {
      genders ??= personGenders(body, mentions, new Map(layer.entities.map((e) => [e.id, e.name])));
      return genders.get(entity);
    },
    quotes: [],
    unnamed: null,
    titled: (title, before) => {
      // "the Russian president": a people's word names the office's country.
      const words = title.split(' ');
      const people = words.length > 1 ? gazetteer().lookupKey(words[0]!).find((r) => r.kind === 'norp') : undefined;
      const country = people?.kind === 'norp' ? people.row[1] || null : null;
      const office = country ? words.slice(1).join(' ') : title;
      const holds = (t: string): boolean => t === office || (!office.includes(' ') && t.endsWith(` ${office}`));
      return lastMentionOfOne(layer.entities.filter((e) => e.type === 'PERSON' && e.roles.some((r) => holds(r.title.toLowerCase()) && (!country || r.of === country))), before);
    },
    // ("Gazprom said … The company said": a company the gazetteer codes as a business is "the company" too; a party its parties.)
    bodyOfKind: (head, before) =>
      lastMentionOfOne(layer.entities.filter((e) => e.type === 'ORG' && (e.name.toLowerCase().split(/\s+/).includes(head) || BODY_CODES[head]?.test(e.codes['cameo'] ?? '') === true)), before),
  };
  /** The last mention before `before` of the one entity given, or of several the one named last in the paragraph, else null. */
  function lastMentionOfOne(candidates: readonly Entity[], before: number): Mention | null {
    if (candidates.length === 1) return mentions.findLast((m) => m.entity === candidates[0]!.id && m.end <= before) ?? null;
    // Of several holders, the one named last in the same paragraph ("Michal told ERR … “…,” the prime minister said").
    const ids = new Set(candidates.map((e) => e.id));
    const last = mentions.findLast((m) => m.entity !== null && ids.has(m.entity) && m.end <= before);
    return last && !body.slice(last.end, before).includes('\n\n') ? last : null;
  }
  for (const att of atts) article.quotes.push(toQuote(article, att));
  return article.quotes.flatMap((q) => aroundCue(body, withNegation(body, q)));
}

/**
 * "Aliyev did not say that …", "the ministry declined to say whether …", "stopped short of acknowledging
 * that …": the cue keeps the negation or refusal before it, so that a quote never reads as a statement its
 * speaker did not make (the reading, like PolNeAR, keeps such attributions).
 */
function withNegation(body: string, quote: Quote): Quote {
  if (quote.cueStart === null || quote.cueEnd === null) return quote;
  let q = quote;
  let cueEnd = quote.cueEnd;
  // "neither confirmed | nor denied the reports": the second verb is the cue's too, and what follows it the content.
  const nor = /^nor\s+\p{L}+\s+/u.exec(q.text);
  if (nor && q.start >= cueEnd) {
    const start = q.start + nor[0].length;
    cueEnd = q.start + nor[0].trimEnd().length;
    q = { ...q, start, text: body.slice(start, q.end), cue: body.slice(quote.cueStart, cueEnd).replace(/\s+/g, ' '), cueEnd };
  }
  const before = NEGATION_BEFORE.exec(body.slice(Math.max(0, quote.cueStart - 64), quote.cueStart));
  if (!before) return q;
  const cueStart = quote.cueStart - before[0].length;
  return { ...q, cue: body.slice(cueStart, cueEnd).replace(/\s+/g, ' '), cueStart };
}
const NEGATION_BEFORE = new RegExp(
  // ("neither confirmed nor denied": both halves are negated.)
  String.raw`(?:\bneither\s+\p{L}+\s+nor|\bneither|\b(?:(?:did|does|do|has|have|had|is|are|was|were|will|would|could|can|should|may|might)\s+)?(?:not|never)|\b\p{L}+n[’']t(?:\s+(?:yet|ever))?|\b(?:(?:has|have|had)\s+)?(?:declined|refused)\s+to|\b(?:stopped|stops|stop)\s+short\s+of|\b(?:(?:has|have|had)\s+)?(?:avoided|refrained\s+from)|\bwithout)(?:\s+(?:yet|publicly|explicitly|directly|openly|even|ever|formally|officially|specifically|so\s+far))*\s+$`,
  'iu',
);

/**
 * "“We are not against peace,” he said. “Let the prime minister come out.”": a direct quotation the cue
 * interrupts is two quotes of the same speaker, each the speaker's words alone (the reading keeps it one
 * content, as PolNeAR does).
 */
function aroundCue(body: string, q: Quote): Quote[] {
  if (q.kind !== 'direct' || q.cueStart === null || q.cueEnd === null || q.cueStart <= q.start || q.cueEnd >= q.end) return [q];
  const close = Math.max(body.lastIndexOf('”', q.cueStart), body.lastIndexOf('"', q.cueStart));
  const open = body.slice(q.cueEnd, q.end).search(/["“]/);
  if (close <= q.start || open < 0) return [q];
  const opening = q.cueEnd + open;
  // Only narration between them: no quotation mark other than the two.
  if (/["“”]/.test(body.slice(close + 1, opening))) return [q];
  const first = { ...q, end: close + 1, text: body.slice(q.start, close + 1) };
  const second = { ...q, start: opening, text: body.slice(opening, q.end) };
  return [first, second];
}

/** What the speakers of an article's quotes are resolved against, and the quotes so far. */
interface ArticleSpeakers {
  body: string;
  /** The entity layer's mentions, in text order. */
  mentions: Mention[];
  sentenceStartOf: (offset: number) => number;
  genderOf: (entity: string) => Gender | undefined;
  quotes: Quote[];
  /**
   * The last source that was a person without a name ("A spokeswoman for Human Rights Watch said …"),
   * unless a source has been named since: a pronoun after it most likely goes on with that speaker
   * ("… She added: …"), not with a person named before.
   */
  unnamed: { start: number; quote: Quote; gender: Gender | null } | null;
  /** The last mention before `before` of the person who holds the office `title` (lower case): the only one, or of several the one named last in the paragraph; else null. */
  titled: (title: string, before: number) => Mention | null;
  /** The same for an organization whose name has the word `head` (lower case). */
  bodyOfKind: (head: string, before: number) => Mention | null;
}

/** A plural of people before "of", "in", "on", "from", "familiar with" that opens a source phrase: "Residents of", "Bloggers on", "people familiar with". */
const PEOPLE_OF = /^(?:the\s+|some\s+|many\s+|several\s+|two\s+|three\s+)?(?:\p{L}\p{Ll}*s|[Pp]eople)\s+(?:of|in|on|from|familiar\s+with|close\s+to)\s+(?:the\s+)?$/u;

/** "The president", "the new foreign minister": a person named by an office alone (the office, lower case). */
const BY_OFFICE = /^the\s+(?:new\s+|current\s+|incumbent\s+)?((?:[a-z-]+\s+){0,2}(?:president|minister|premier|chancellor|speaker|spokes(?:man|woman|person)|governor|mayor|secretary|chairman|chairwoman|ambassador|envoy|commander|leader))$/i;

/** "The ministry said", "the commission added": a body named by its kind alone. */
const BY_BODY = /^the\s+(ministry|agency|commission|committee|council|corporation|company|firm|fund|court|service|bank|party)$/i;
/** Kinds of body a CAMEO code says an organization is, whatever its name: Gazprom is a company, Georgian Dream a party. */
const BODY_CODES: Readonly<Record<string, RegExp>> = { company: /BUS$/, firm: /BUS$/, corporation: /BUS$/, party: /(?:PTY|OPP)$/ };

/** "The president told Civil.ge …", "The ministry said …": the one person holding that office, or the one body of that kind, named before. */
function byOffice(article: ArticleSpeakers, sourceText: string, at: number): Mention | null {
  const text = sourceText.replace(/\s+/g, ' ');
  const office = BY_OFFICE.exec(text);
  if (office) return article.titled(office[1]!.toLowerCase(), at);
  const body = BY_BODY.exec(text);
  return body ? article.bodyOfKind(body[1]!.toLowerCase(), at) : null;
}

/** The gender a personal pronoun refers to ("he", "his" / "she", "her"), or null ("they"). */
function pronounGender(pronoun: string): Gender | null {
  const p = pronoun.toLowerCase();
  return p === 'he' || p === 'his' || p === 'him' ? 'm' : p === 'she' || p === 'her' ? 'f' : null;
}

/**
 * A source phrase that names no person but speaks of one: "a spokeswoman for …", "an official at the
 * ministry", "the prime minister's official spokesman", "Michelle, a mother of twins". Not "the prime
 * minister" or "the Tory leader", who were most likely named before.
 */
function unnamedPerson(body: string, mentions: Mention[], start: number, end: number): { gender: Gender | null } | null {
  const first = lowerBound(mentions, start);
  for (let i = first; i < mentions.length && mentions[i]!.start < end; i++) if (mentions[i]!.type === 'PERSON') return null;
  // "Patricia Sanders, spokeswoman for the Disaster Emergency Committee": named in apposition.
  const before = mentions[first - 1];
  if (before?.type === 'PERSON' && /^\s*,\s*$/.test(body.slice(before.end, start))) return null;
  const words = body.slice(start, end).toLowerCase().match(/\p{L}+(?:-\p{L}+)*/gu) ?? [];
  const indefinite = /^(?:a|an|one|another)$/.test(words[0] ?? '');
  let person = false;
  let gender: Gender | null = null;
  for (const w of words) {
    const g = genderedWord(w);
    if (g) gender = g;
    if (g || w.startsWith('spokes') || (indefinite && HEADS.has(w))) person = true;
  }
  return person ? { gender } : null;
}

function toQuote(article: ArticleSpeakers, att: Attribution): Quote {
  const { body, mentions, quotes: earlier } = article;
  const previous = earlier[earlier.length - 1] ?? null;
  let speaker: string | null = null;
  let sStart = att.speakerStart;
  let sEnd = att.speakerEnd;
  const sourceText = att.sourceStart !== null && att.sourceEnd !== null ? body.slice(att.sourceStart, att.sourceEnd) : null;
  // ("According to him, …", "In his view, …": the object and possessive forms speak as well.)
  const pronoun = sourceText !== null && (att.resolved || /^(?:he|she|him|her|his)$/i.test(sourceText));
  if (mentions.length && sourceText !== null && att.sourceStart !== null && att.sourceEnd !== null) {
    const gender = pronounGender(sourceText);
    // "She" is not the nearest man; a person named inside the words themselves is not who speaks them
    // ("“… the Assad government failed,” he said").
    const agrees = (m: Mention): boolean => gender === null || m.entity === null || (article.genderOf(m.entity) ?? gender) === gender;
    const m = pronoun
      ? antecedentPerson(body, mentions, att.sourceStart, article.sentenceStartOf, earlier, (m) => agrees(m) && !(att.start <= m.start && m.end <= att.end))
      : /^it$/i.test(sourceText)
        ? (precedingSubjectOrganization(body, mentions, att.sourceStart) ?? previousOrganizationSpeaker(body, mentions, previous, att.sourceStart))
        : coordinated(body, mentions, att.sourceStart, att.sourceEnd)
          ? null
          : (mentionIn(body, mentions, att.speakerStart ?? att.sourceStart, att.speakerEnd ?? att.sourceEnd, att.sourceStart, att.sourceEnd) ?? byOffice(article, sourceText, att.sourceStart));
    const unnamed = article.unnamed;
    if (pronoun && unnamed && (unnamed.gender === null || gender === null || unnamed.gender === gender) && (!m || m.start < unnamed.start)) {
      // "A spokeswoman for Human Rights Watch said … She added: …": the same speaker as then.
      speaker = unnamed.quote.speaker;
      sStart = unnamed.quote.speakerStart ?? null;
      sEnd = unnamed.quote.speakerEnd ?? null;
    } else if (m) {
      speaker = m.entity;
      // The recognizer's mention is the name itself ("Gulbigash Omarova").
      sStart = m.start;
      sEnd = m.end;
    } else if (!pronoun && sStart !== null && sStart > att.sourceStart && PEOPLE_OF.test(body.slice(att.sourceStart, sStart))) {
      // "Residents of Batken told": the residents speak; the name inside their phrase is no speaker.
      sStart = att.sourceStart;
      sEnd = att.sourceEnd;
    }
  }
  const quote: Quote = {
    start: att.start,
    end: att.end,
    text: body.slice(att.start, att.end),
    kind: att.kind,
    speaker,
    speakerText: sStart !== null && sEnd !== null ? body.slice(sStart, sEnd) : null,
    speakerStart: sStart,
    speakerEnd: sEnd,
    cue: body.slice(att.cueStart, att.cueEnd),
    cueStart: att.cueStart,
    cueEnd: att.cueEnd,
  };
  if (!pronoun && att.sourceStart !== null && att.sourceEnd !== null) {
    const unnamed = unnamedPerson(body, mentions, att.sourceStart, att.sourceEnd);
    article.unnamed = unnamed ? { start: att.sourceStart, quote, gender: unnamed.gender } : null;
  }
  return quote;
}

/**
 * "Kazakhstan and Russia agreed …", "Pashinyan and Aliyev said": names joined by "and" (or commas) make the
 * whole source phrase; no one of them is the speaker.
 */
function coordinated(body: string, mentions: Mention[], start: number, end: number): boolean {
  const inside: Mention[] = [];
  for (let i = lowerBound(mentions, start); i < mentions.length && mentions[i]!.start < end; i++) if (mentions[i]!.end <= end) inside.push(mentions[i]!);
  if (inside.length < 2 || !/^(?:the\s+)?$/i.test(body.slice(start, inside[0]!.start)) || body.slice(inside[inside.length - 1]!.end, end).trim() !== '') return false;
  for (let i = 1; i < inside.length; i++) if (!/^\s*(?:,|,?\s*and)\s*(?:the\s+)?$/i.test(body.slice(inside[i - 1]!.end, inside[i]!.start))) return false;
  return true;
}

/** First index with mention.start >= offset. */
function lowerBound(mentions: Mention[], offset: number): number {
  return partitionPoint(mentions.length, (i) => mentions[i]!.start < offset);
}

/**
 * The mention that is the head of the source phrase: it ends where the speaker's name (or the phrase)
 * ends, so a modifier ("the Kazakh government" -> "Kazakh") is not taken for the speaker. People first.
 */
function mentionIn(body: string, mentions: Mention[], nameStart: number, nameEnd: number, start: number, end: number): Mention | null {
  let best: Mention | null = null;
  // A name may begin before the source phrase does ("the OSCE's Office for Democratic Institutions and Human Rights").
  const first = lowerBound(mentions, start);
  const from = first > 0 && mentions[first - 1]!.end > start ? first - 1 : first;
  for (let i = from; i < mentions.length && mentions[i]!.start < end; i++) {
    const m = mentions[i]!;
    // "Ablyazov's Democratic Choice of Kazakhstan party": an organization named before its head noun.
    // Not "a senior EU official": a person's title after the organization makes the speaker that person.
    // ("the Viasna human rights center": a few lower-case words may make the head.)
    // (Past the name's acronym and a place after it: "the Russian Railways (RZD) company", "the Center for the
    // Study of Democracy (CSD) in Sofia".)
    const tail = body.slice(m.end, end).replace(/^\s*\([\p{Lu}\d&.-]+\)/u, '').replace(/^\s+(?:in|from)\s+(?:the\s+)?\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)*$/u, '');
    const after = /^\s+(?:[\p{Ll}-]+\s+){0,3}([\p{Ll}-]+)$/u.exec(tail);
    const orgBeforeHead = m.type === 'ORG' && ((after !== null && !HEADS.has(after[1]!.replace(/s$/, ''))) || (tail.trim() === '' && m.end < end));
    // "According to the Tajik Ministry of Energy [and Industry]": the name runs on past where the source phrase stopped.
    // ("According to News.am": a name the source phrase cut at its dot.)
    const nameRunsOn = m.end > end && m.start < nameEnd && m.end - end <= 40 && (/^\s+(?:and|&|of|for|on)\s/.test(body.slice(end, m.end)) || (m.start < end && !/\s/.test(body.slice(end, m.end))));
    // ("Economist Tatyana Belousova of Alfa-Bank": a person of a body, the body named after it.)
    const personOfBody = m.type === 'PERSON' && /^\s+(?:of|at)\s+(?:the\s+)?\p{Lu}[^,;:]*$/u.test(body.slice(m.end, end));
    if ((m.end > end && !nameRunsOn) || (m.end !== nameEnd && m.end !== end && !orgBeforeHead && !nameRunsOn && !personOfBody)) continue;
    // "Analysts in Baku", "officials from Moscow": the place says where the speakers are, not who.
    // ("officials in Tallinn, Riga and Vilnius", "Bloggers on Telegram": the places or the platform of a list.)
    if (m.start > start && /\s(?:in|from|on)\s+(?:the\s+)?(?:[\p{Lu}][\p{L}.-]*(?:,\s+|\s+and\s+))*$/iu.test(body.slice(start, m.start))) continue;
    // "Residents of the Issyk-Kul region", "supporters of Navalny": people of a place or a person speak, not the place or the person.
    if (PEOPLE_OF.test(body.slice(start, m.start))) continue;
    const rank = (m.start < nameEnd && m.end > nameStart ? 2 : 0) + (m.type === 'PERSON' ? 1 : 0);
    const bestRank = best ? (best.start < nameEnd && best.end > nameStart ? 2 : 0) + (best.type === 'PERSON' ? 1 : 0) : -1;
    if (rank > bestRank) best = m;
  }
  return best;
}

/**
 * "…, the Interior Ministry said in a statement. It said the decision followed …": the organization
 * that spoke just before, within reach.
 */
function previousOrganizationSpeaker(body: string, mentions: Mention[], previous: Quote | null, offset: number): Mention | null {
  const at = previous?.speakerStart;
  if (!previous || !previous.speaker || at === null || at === undefined || offset - at > IT_REACH) return null;
  const m = mentions.find((x) => x.start === at && x.entity === previous.speaker);
  if (!m || m.type !== 'ORG') return null;
  return sentenceBetween(body, m.end, offset) ? null : m;
}

/**
 * Whether a whole sentence stands between `from` and `to`, so that "it" there has a subject of its own
 * to stand for ("The report was long. It said …"): more than one sentence break between them.
 */
function sentenceBetween(body: string, from: number, to: number): boolean {
  return from < to && (body.slice(from, to).match(/[.!?]["”]?\s+\p{Lu}/gu)?.length ?? 0) > 1;
}

/** How far back "it" looks for the organization it stands for (about two sentences). */
const IT_REACH = 300;

/**
 * "The Belarusian Foreign Ministry was more cautious. In a statement, it stressed …": the nearest
 * organization before `offset` that opens its sentence, in the sentence of "it" or the one before;
 * "it" may stand for anything else, so nothing else is taken.
 */
function precedingSubjectOrganization(body: string, mentions: Mention[], offset: number): Mention | null {
  for (let i = lowerBound(mentions, offset) - 1; i >= 0 && offset - mentions[i]!.end <= IT_REACH; i--) {
    const m = mentions[i]!;
    if (m.type !== 'ORG') continue;
    // Its sentence or the one before.
    if (sentenceBetween(body, m.end, offset)) return null;
    const before = body.slice(Math.max(0, m.start - 80), m.start);
    // "The Belarusian Foreign Ministry": a demonym or a country may stand before its name.
    return /(?:^|[.!?]["”]?\s+)(?:[Tt]he\s+)?(?:\p{Lu}[\p{L}-]+(?:['’]s)?\s+)?$/u.test(before) ? m : null;
  }
  return null;
}

/** A sentence opening with an adverbial phrase: "After …", "Following …", "During …". */
const FRONTED_OPENING = /^\s*(?:after|following|during|before|upon|at|on|in|ahead\s+of|at\s+the\s+end\s+of)\s/i;
/** A name as the object of a preposition or of a meeting, titles aside: "with Russian Foreign Minister ", "meeting ". */
const OBJECT_BEFORE = /\b(?:with|meeting|met|meets|by|to|for)\s+(?:[\p{L}'’.-]+\s+){0,5}$/iu;

/**
 * Who "he" or "she" stands for: the subject of the nearest sentence that names a person, that is its
 * first person mention ("President Rahmon, who met Putin in Moscow, asked … He did not mention …" ->
 * Rahmon), passing over a possessor ("Putin's spokesman Dmitry Peskov said … He added" -> Peskov),
 * names inside quotation marks, people a named speaker spoke of ("According to Zavala, the
 * guerrillas praised President Hugo Chavez … He said …" -> Zavala), and people of the other gender
 * (`agrees`).
 */
function antecedentPerson(
  body: string,
  mentions: Mention[],
  offset: number,
  sentenceStartOf: (offset: number) => number,
  earlier: readonly Quote[],
  agrees: (m: Mention) => boolean,
): Mention | null {
  // (A quote that runs on across its cue holds its own speaker's name: "“…,” said Weise. “…”".)
  const spokenOf = (m: Mention): boolean => earlier.some((q) => q.speaker !== null && q.speaker !== m.entity && q.start <= m.start && m.end <= q.end);
  // "After a meeting with Foreign Minister Sergei Lavrov on September 15, he told reporters": the one met in a
  // fronted phrase is not the "he" of the clause after it.
  const own = sentenceStartOf(offset);
  const opening = body.slice(own, offset);
  const frontedObject = (m: Mention): boolean =>
    m.start >= own && FRONTED_OPENING.test(opening) && !/[,;]/.test(body.slice(own, m.start)) && /[,;]/.test(body.slice(m.end, offset)) && OBJECT_BEFORE.test(body.slice(own, m.start));
  let nearest = -1;
  for (let i = lowerBound(mentions, offset) - 1; i >= 0; i--) {
    if (mentions[i]!.type === 'PERSON' && !spokenOf(mentions[i]!) && agrees(mentions[i]!) && !frontedObject(mentions[i]!)) {
      nearest = i;
      break;
    }
  }
  if (nearest < 0) return null;
  const from = sentenceStartOf(mentions[nearest]!.start);
  // "Standing beside President Nausėda, Merz declared, “…” He added that …": one who has just spoken in
  // that sentence goes on speaking, whoever else it names first.
  const last = earlier.length ? earlier[earlier.length - 1]! : null;
  if (last && last.speaker !== null && last.end <= offset && last.end >= from) {
    for (let i = lowerBound(mentions, offset) - 1; i >= 0 && mentions[i]!.start >= from; i--) {
      const m = mentions[i]!;
      if (m.entity === last.speaker && m.type === 'PERSON' && agrees(m)) return m;
    }
  }
  let first: Mention | null = null;
  for (let i = nearest; i >= 0 && mentions[i]!.start >= from; i--) {
    const m = mentions[i]!;
    if (m.type !== 'PERSON' || /^['’]s\b/.test(body.slice(m.end, m.end + 3)) || leavesQuotationOpen(body.slice(from, m.start)) || spokenOf(m) || !agrees(m)) continue;
    first = m;
  }
  return first ?? mentions[nearest]!;
}


// What reads like an attribution but reports nobody's words, for the product's speech reading:
// hearsay in the passive ("Chile is said to have …", "networks believed to launder …", "is seen as"),
// naming ("a drug boss called Rogelio Magallanes"), and a relative clause after a cue noun ("the talks
// that ended last week"). PolNeAR-style attribution keeps them.
import type { Analysis } from '../../analyze/index.js';
import { partitionPoint } from '../../util/sorted.js';
import type { Attribution } from './attribute.js';
import { ADDRESSEE_CUES, cueLexicon, defaultCueOptions, isDateAndCircumstance, isDateOnly } from './lexicon.js';

/** Participles that, passive or reduced ("believed to", "seen as"), report no speaker's words. */
const HEARSAY = new Set(['believed', 'thought', 'alleged', 'suspected', 'rumored', 'rumoured', 'seen', 'considered', 'expected', 'understood', 'known']);
/** Verbs of saying whose passive ("is said to", "was reported to") is hearsay too; active "said to reporters" is speech. */
const PASSIVE_ONLY = new Set(['said', 'reported', 'claimed', 'described']);
const INTENDED = new Set(['intended', 'meant', 'designed', 'supposed', 'planned', 'destined', 'scheduled']);
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", '’s']);
/** What may stand between a cue and a clause that says when or why, not what: "… press before the story disappeared". */
const CIRCUMSTANCE_JOINTS = /^(?:before|after|until|when|whenever|while|because|since|once|as soon as)$/i;
/** A stretch of time standing as a source: "the coming weeks", "time", "the next few months". */
const TIME_SOURCE = /^(?:the\s+)?(?:(?:coming|next|past|last|following|few|next\s+few)\s+)*(?:days|weeks|months|years|time|decades)$/i;
/** Directives whose passive names the one directed, not the one who spoke ("was ordered to pay", "were told to leave"). */
const PASSIVE_DIRECTIVES = new Set(['ordered', 'told', 'asked', 'urged', 'instructed', 'advised', 'encouraged', 'invited', 'directed', 'requested', 'warned', 'called']);
const NAMING = new Set(['called', 'named', 'dubbed', 'nicknamed']);
/** What follows the one named when something is said of them: "a …", "the …", "as …", a quotation, a possessive. */
const SAID_OF_NAMED = /^(?:a|an|the|as|his|her|their|its|["“'‘]|['’]s)$/;

/** What a government recalls when it withdraws someone ("recalled its ambassador from Dushanbe"). */
const RECALLED = /^(?:(?:its|their|the|his|her|all|some)\s+)?(?:\w+\s+)?(?:ambassadors?|envoys?|diplomats?|consuls?|troops|forces|staff|representatives?|peacekeepers|advisers|advisors)\b/i;
const SPEAK = new Set(['speak', 'speaks', 'spoke', 'speaking', 'spoken']);
/** What "spoke" says something with: a topic or a stance ("spoke about the deal", "spoke out against it"), a clause or a quotation. */
const SPOKEN_CONTENT = /^(?:about|of|on|out|against|that|in\s+favou?r|["“'‘])/i;
/** "said little", "said nothing in public": no words reported. */
const NOTHING_SAID = /^(?:(?:little|nothing|much|less|more|so|as much|the same)(?:\s+(?:in public|publicly|about it|since|else|at all|further|more))?\W*$|(?:little|nothing)\s+(?:about|of|on|regarding|concerning)\s)/i;
const REFLEXIVE = /^(?:himself|herself|itself|themselves|myself|ourselves|yourself)\b/i;
const ADD = new Set(['add', 'adds', 'added', 'adding']);
/**
 * Participles that, right after a noun, say where or when the thing was found ("the firearm found at …")
 * or what the people were charged with ("individuals accused of these crimes are not incarcerated").
 */
const FOUND_THINGS = new Set(['found', 'discovered', 'estimated', 'recorded', 'registered', 'seized', 'located', 'detected', 'seen', 'held', 'used', 'obtained', 'collected', 'gathered', 'identified',
  'accused', 'charged', 'suspected', 'convicted', 'indicted', 'sentenced']);

/** Striving, not saying: "sought to escalate", "aims to increase sales", "in an effort to control". */
const AIMS = new Set(['seek', 'seeks', 'sought', 'seeking', 'strive', 'strives', 'strove', 'striving', 'looking', 'aim', 'aims', 'aimed', 'aiming']);
/** Who or what a report cites as its source: "citing a source in the presidential administration", "citing officials". */
const CITED_SOURCES =
  /^(?:(?:a|an|the|unnamed|anonymous|several|two|three|its|their|his|her|government|official|diplomatic|military|security|industry|local|senior|western|russian)\s+){0,3}(?:sources?|officials?|data|figures|documents?|insiders?|diplomats?|people|persons|reports?|statistics|estimates)\b/i;

/** An audience or a gathering addressed: "addressed the summit", "addressed lawmakers". */
const AUDIENCE =
  /^(?:(?:the|a|an|this|that|its|their|his|her|[\p{L}-]+(?:ian|ese|ish|an|al)|annual|joint|plenary|opening|closing|extraordinary|\d+(?:st|nd|rd|th))\s+){0,4}(?:summit|conference|meeting|forum|session|parliament|assembly|rally|crowd|nation|audience|delegates|students|lawmakers|legislators|deputies|congress|senate|chamber|council|gathering|congregation|graduates|troops|supporters|members)\b/iu;

/** Verbs whose "to"-clause is a deed agreed, refused or hoped for, not words ("agreed to leave the room"). */
const INFINITIVE_DEEDS = new Set(['agree', 'agreed', 'agrees', 'agreeing', 'refuse', 'refused', 'refuses', 'refusing', 'hoping', 'decide', 'decided', 'decides']);
const AIM_NOUNS = new Set(['effort', 'efforts', 'attempt', 'attempts', 'bid', 'quest', 'drive']);

const DENY = new Set(['deny', 'denies', 'denied', 'denying']);
/** Two objects: someone, then what they are denied ("accused officers the recourse", "him a visa"). */
const WITHHELD = /^(?!(?:the|a|an|any|all|that|this|these|those|reports?|claims?|allegations?|accusations?|charges?|rumou?rs?)\b)(?:[\p{L}'’-]+\s+){1,3}(?:the|a|an|any|their|its|his|her)\s+(?:right|access|entry|visas?|permission|recourse|chance|opportunity|request|use|passage|license|licence|accreditation|asylum|bail)\b/iu;

/** Verbs of putting on a list, which designate with "as" ("lists it as a terrorist organization"). */
const LISTING = new Set(['list', 'lists', 'listed', 'listing', 'designate', 'designates', 'designated', 'designating']);

/** Verbs by which things show something. */
const FINDING = /^(?:explain|reveal|show|suggest|confirm|illustrate|underline|underscore|highlight|demonstrate|reflect|indicate|point)/;
/** Things, not people or bodies, as the subject of a finding: "The figures", "the guest list", "This episode". */
const INANIMATE_SOURCE = /^(?:the|this|that|these|those|its|their|such)?\s*(?:(?!of\s)[\p{L}’'-]+\s+){0,4}(?:figures|numbers|data|evidence|list|file|statistics|trend|trends|record|picture|situation|move|decision|episode|case|incident|events?|developments?|outcome|results?|shift|choice|appointment|visit|timing|silence|absence|fact|facts|history|experience)$/iu;

/** Verbs of doing, whose objects are things done, not words (forms as written). */
const DEEDS = new Set(
  ['cut', 'cuts', 'cutting', 'consumed', 'consumes', 'produced', 'produces', 'held', 'holds', 'avoided', 'avoids',
    'built', 'builds', 'bought', 'buys', 'sold', 'sells', 'paid', 'pays', 'spent', 'spends', 'received', 'receives', 'won', 'wins', 'lost', 'loses',
    'launched', 'launches', 'opened', 'opens', 'closed', 'closes', 'shipped', 'ships', 'imported', 'imports', 'exported', 'exports', 'invested',
    'invests', 'hired', 'arrested', 'killed', 'reduced', 'reduces', 'increased', 'increases', 'controls', 'controlled', 'owns',
    'owned', 'hosted', 'hosts', 'deployed', 'deploys', 'moved', 'moves', 'signed', 'signs', 'signing', 'ratified', 'ratifies', 'ratifying',
    'resisted', 'resists', 'lent', 'lends', 'loaned', 'financed', 'funded', 'borrowed', 'borrows', 'repaid', 'repays', 'negotiated', 'negotiates', 'renegotiated',
    'renegotiates', 'restructured', 'restructures', 'chose', 'chosen', 'chooses', 'choosing', 'picked', 'picks', 'selected', 'selects',
    'planted', 'plants', 'allow', 'allows', 'allowed', 'allowing', 'enable', 'enables', 'enabled', 'enabling', 'forced', 'forces', 'caused', 'causes',
    'enjoy', 'enjoys', 'enjoyed', 'enjoying', 'sue', 'sues', 'sued', 'suing', 'assume', 'assumes', 'assumed', 'devoted', 'passed', 'passes',
    'impose', 'imposes', 'imposed', 'imposing', 'levy', 'levies', 'levied', 'levying', 'smuggle', 'smuggles', 'smuggled', 'smuggling',
    // (Not "addressed the controversy", "delivering a critique": PolNeAR counts a topic addressed or a critique delivered as words.)
    'nominated', 'nominates', 'nominating', 'appointed', 'appoints', 'appointing', 'obliges', 'obliged', 'obliging', 'dragged', 'drags',
    'detained', 'detains', 'concluded', 'concludes', 'introduced', 'introduces', 'alarmed', 'alarms', 'released', 'releases', 'brokered', 'brokers',
    'banned', 'bans', 'banning', 'pursued', 'pursues', 'pursuing', 'blocked', 'blocks', 'blocking', 'prohibited', 'prohibits', 'prohibiting',
    'congratulated', 'congratulates', 'toured', 'tours', 'visited', 'visits', 'attended', 'attends',
    // "Putin has so far backed his central banker", "Gunvor withdrew its offer".
    'withdrew', 'withdraws', 'withdrawn', 'withdrawing'],
);

/**
 * Verbs of attack, which report words only when a speaker turns them on a claim or a rival ("the
 * opposition attacked the plan"); with an armed or physical subject or target they are force.
 */
const FORCE = /^(?:attack|assault|hammer|blast|slam|lash|assail|hit|target|strik|struck|bombard|raid)/;
/** Last words of subjects that use force: "Russian forces", "Armed men", "Ukrainian drones". */
const ARMED =
  /\b(?:forces|troops|soldiers|army|armies|militants?|rebels?|gunmen|men|fighters|insurgents|separatists|criminals|gangs?|gangsters|attackers|assailants|aircraft|drones?|jets|warplanes|missiles?|rockets?|artillery|units?|militias?|militiamen|police(?:men)?|guerrillas?|terrorists?|mobs?|bombers?|snipers?|hitmen|sicarios|commandos?|paratroopers|marines|navy|ships?|submarines?|tanks?|helicopters?|batteries|brigades?|battalions?|squads?)$/i;
/** What force is used on: "attacked Ukrainian positions", "attacked the convoy", "struck an oil depot". */
const PHYSICAL_TARGET =
  /^(?:(?:the|a|an|its|their|his|her|several|two|three|four|five|dozens of|\p{Lu}\p{L}*|[a-z]+(?:ian|ese|ish|i)|military|civilian|oil|fuel|energy|police|army|border|power|key|enemy)\s+){0,4}(?:positions?|convoys?|bases?|villages?|cit(?:y|ies)|towns?|targets?|infrastructure|facilit(?:y|ies)|troops|soldiers|checkpoints?|posts?|vehicles?|buildings?|offices?|homes?|houses?|stations?|ships?|vessels?|tankers?|plants?|pipelines?|airports?|airfields?|ports?|depots?|civilians|residents|patrols?|headquarters|embassy|embassies|prisons?|buses|trains?|cars?|trucks?|schools?|hospitals?|markets?|mosques?|churches|guards|units?|substations?|refiner(?:y|ies)|bridges?|warehouses?|camps?|strongholds?|trenches|lines?|regions?|areas?|districts?)\b/u;

/** What is raised when words are: "raised concerns", "raised the question of …" (not "raised the fee", "raised $2 billion"). */
const RAISED_WORDS =
  /^(?:(?:the|a|an|its|their|his|her|these|those|some|several|new|serious|similar|further|fresh|growing|many|such|this|that|major|important|legitimate|strong|no|any|other|both|less|more|little|much|profound|war)\s+){0,3}(?:concerns?|questions?|issues?|objections?|doubts?|alarms?|challenges?|examples?|cr(?:y|ies)|arguments?|possibilit(?:y|ies)|prospects?|points?|matters?|topics?|subjects?|problems?|ideas?|suspicions?|fears?|eyebrows|complaints?|criticism|hopes?|expectations?|case|spect(?:er|re)|allegations?|claims?|demands?|proposals?|warnings?|red flags?|voices?|worries|the need)\b/i;

/** Verbs that say what something is, with "as": "described 2004 as …", "characterized the vote as …". */
const DESCRIBING = /^(?:describ|characteri[sz]|portray|label|brand|hail|depict|present|regard|view|term|dismiss|denounc|condemn|prais)/;

/** Documents a body votes on: "approved the budget", "adopted a law on …", "endorsed the draft treaty". */
const ENACTED =
  /^(?:(?:the|a|an|its|their|this|that|new|draft|revised|amended|state|federal|national|annual|\d{4}|final|second|first|third|\p{Lu}\p{L}*)\s+){0,4}(?:budgets?|laws?|bills?|amendments?|agreements?|treat(?:y|ies)|decrees?|legislation|constitution|charter|code|appointments?|candidac(?:y|ies)|nominations?|loans?|deals?|contracts?|accords?|protocols?|ordinances?|regulations?|rules?|mergers?|acquisitions?|licen[cs]es?|permits?|funding|sale|purchase)\b/u;

/** Verbs whose negation leaves their object unsaid: "did not explain the move", "did not disclose the terms". */
const UNEXPLAINED = /^(?:explain|elaborate|specify|disclose|detail|comment|identify|name|reveal|mention)/;

/** A manner after "responded with": a few words ending in one of these nouns. */
const MANNER = /^(?:\S+\s+){0,2}(?:speed|haste|force|caution|restraint|silence|alarm|anger|fury|calm|delay|indifference|concern|urgency|interest|suspicion|skepticism|scepticism|irritation|ambiguity|dismay)\W*$/i;
/** Participles of showing that comment on a deed: "…, underscoring how central …". */
const SHOWING_PARTICIPLES = /^(?:underscoring|underlining|highlighting|illustrating|reflecting|showing|demonstrating|signaling|signalling|indicating)$/;
/** A verb of saying or a quotation in the clause before a participle: "X said …, underscoring that …" speaks. */
const SAID_BEFORE = /\b(?:said|says|told|tells|stated|states|announced|wrote|writes|noted|notes|declared|added|argued|stressed|insisted|warned|explained)\b|[“”"]/i;

/** Verbs of appointing and removing people: with a person as object they are deeds. */
const PERSONNEL = new Set(['dismissed', 'dismisses', 'dismissing', 'fired', 'fires', 'sacked', 'sacks', 'appointed', 'appoints', 'replaced', 'replaces']);

/** An office-holder as the object: "dismissed the regional military commissar", "fired his deputy". */
const OFFICIAL =
  /^(?:(?:the|a|an|his|her|its|their|two|three|several|regional|local|deputy|first|chief|top|senior|military|defense|defence|foreign|interior|finance|acting|district|city|provincial|national|police|army|\p{Lu}\p{L}*)\s+){0,4}(?:commissars?|ministers?|governors?|heads?|chiefs?|directors?|commanders?|officials?|ambassadors?|mayors?|deputy|deputies|prosecutors?|judges?|generals?|officers?|secretar(?:y|ies)|chairm[ae]n|presidents?|managers?|staff|aides?|advis[eo]rs?|spokesm[ae]n|cabinet|government)\b/u;

/** Two or three capitalized proper nouns in a row, not an owner's ("Timur Kulibayev", not "Moscow's"). */
function isFullName(tokens: Analysis['tokens'], i: number): boolean {
  let k = i;
  while (k < tokens.length && k < i + 3 && tokens[k]!.pos === 'PROPN' && /^\p{Lu}/u.test(tokens[k]!.text)) k++;
  return k - i >= 2 && tokens[k]?.text !== "'s" && tokens[k]?.text !== '’s';
}

/**
 * "show" with an attitude for its object is a deed, not a finding: "have shown the strongest interest",
 * "showed restraint", "show little willingness to compromise" ("the poll shows a tie" still reports one).
 */
const SHOW = new Set(['show', 'shows', 'showed', 'shown', 'showing']);
const SHOWN_ATTITUDE =
  /^(?:(?:the|a|an|its|their|his|her|our|no|little|some|much|great|greater|strong|stronger|strongest|clear|any|more|less|real|genuine|growing|increasing|renewed|keen|considerable|remarkable|unusual|rare|new|first)\s+){0,3}(?:interest|support|restraint|resolve|willingness|readiness|unwillingness|flexibility|determination|commitment|solidarity|leadership|courage|patience|unity|loyalty|respect|strength|signs?|enthusiasm|reluctance|appetite|goodwill|good\s+faith|initiative|caution|concern|sympathy|hostility|defiance)\b/i;

/** Whether the noun at i stands inside a phrase a determiner opens: "the Patriot mines", "a character trait". */
function insideNounPhrase(tokens: Analysis['tokens'], i: number): boolean {
  const prev = tokens[i - 1];
  // A singular after a name may be a verb ("the BBC learnt"); a plural after one is a compound ("the Patriot mines").
  if (!prev || (prev.pos === 'PROPN' && !/[^s]s$/.test(tokens[i]!.text))) return false;
  for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
    const t = tokens[k]!;
    // A possessor opens one too: "Guatemala's corrupt elites".
    if (t.pos === 'DET' || (t.pos === 'PRON' && /^(?:his|her|its|their|our|my|your)$/i.test(t.text)) || /^['’]s$/.test(t.text)) return true;
    if (t.pos !== 'NOUN' && t.pos !== 'PROPN' && t.pos !== 'ADJ' && t.pos !== 'NUM') return false;
  }
  return false;
}

let verbCueForms: ReadonlySet<string> | null = null;
const verbCues = (): ReadonlySet<string> => (verbCueForms ??= cueLexicon(defaultCueOptions));

/** Nouns whose "that"-clause says what was claimed, known or found ("the claim that …", "fears that …"). */
const COMPLEMENT_NOUN =
  /^(?:claim|statement|assertion|view|fact|warning|belief|idea|argument|suggestion|promise|pledge|proposal|report|news|notion|hope|fear|concern|assurance|allegation|accusation|charge|conclusion|finding|evidence|sign|rumou?r|speculation|message|word|insistence|demand|threat|reminder|indication|admission|acknowledge?ment|denial|confirmation|recognition|understanding|assumption|theory|impression|perception|sense|feeling|suspicion|expectation|doubt|point|complaint|criticism|comment|remark|advice|counsel|plea|appeal|instruction|directive|announcement|declaration|explanation|prediction|estimate|forecast|guarantee|vow|implication|consensus|agreement|decision|ruling|verdict|opinion|position|contention|case|narrative|story|account|answer|response|reply|insinuation|signal|hint|observation|determination|requirement|condition|recommendation|request|proof|judge?ment|figure|data|statistic|stud(?:y|ie)|survey|poll|research|analysis)s?$/;

/** Verbs of finding and saying the tagger reads as nouns before "that": "Data from the agency show that …". */
const MISTAGGED_VERBS = /^(?:show|shows|suggest|suggests|indicate|indicates|says|states|notes|warns|claims|reports|finds|argues|insists|confirms|reveals)$/;

const REFUSALS = new Set(['declined', 'declines', 'declining', 'refused', 'refuses', 'refusing']);
/** Cues besides the addressee cues whose bare name object is who was spoken of, not words: "questioned Kuleba", "criticized Kyiv". */
const NAMED_ONLY_CUES = /^(?:question|criticiz|criticis|critic|thank|mention|echo|point|interview|quot|cit|call|phon|contact|urg|warn|accus|blam|prais|congratulat|welcom|condemn|slam|lambast|rebuk|chastis|scold)/;
/** Where a statement or a video is posted: "on its website", "on Facebook". */
const POSTED_ON = /^(?:on|to)?\s*(?:(?:its|his|her|their|the|an?)\s+)?(?:official\s+)?(?:websites?|web\s+sites?|site|pages?|accounts?|channels?|blogs?|feeds?|Facebook|Telegram|X|Twitter|Instagram|VKontakte|VK|YouTube|TikTok)\b[\s\S]{0,40}$/i;
/** Results a company or a region posts: "posted deficits", "posted a record profit". */
const POSTED_RESULT = /^(?:(?:a|an|its|their)\s+)?(?:(?:record|net|combined|first|second|third|fourth|quarterly|annual)\s+)*(?:deficits?|surplus(?:es)?|loss(?:es)?|profits?|gains?|growth|results?|revenues?|earnings|declines?|increases?)\b/i;
/** What is claimed without words: responsibility, credit, a title, a territory. */
const CLAIMED_THINGS = /^(?:(?:full|partial|joint|sole)\s+)?(?:responsibility|credit|sovereignty|ownership|victory\s+in\b|the\s+(?:[\p{L}-]+\s+){0,3}(?:islands?|territor(?:y|ies)|region|lands?|waters|seabed|shelf|peninsula)\b)/iu;


/**
 * Readings the rules get wrong in ways a look at the cue's neighbours mends, each below; the cue token is
 * found once for all of them.
 */
export function repaired(analysis: Analysis, att: Attribution): Attribution {
  const { tokens } = analysis;
  const at = partitionPoint(tokens.length, (i) => tokens[i]!.start < att.cueStart);
  const cue = tokens[at];
  if (!cue || cue.start !== att.cueStart) return att;
  const fixed = madeItClear(tokens, att, at) ?? ownerOfCueNoun(tokens, att, at) ?? verbReadAsNoun(tokens, att, at) ?? att;
  return fixed.cueStart === att.cueStart ? topicBeforeSentenceVerb(analysis, fixed, at) : fixed;
}

type Tokens = Analysis['tokens'];

/** "The administration has made it clear that …": the one who made it clear speaks, not "it". */
function madeItClear(tokens: Tokens, att: Attribution, at: number): Attribution | null {
  if (!/^clear$/i.test(tokens[at]!.text) || !/^it$/i.test(tokens[at - 1]?.text ?? '') || !/^(?:made|make|makes|making)$/i.test(tokens[at - 2]?.text ?? '')) return null;
  let k = at - 3;
  while (k >= 0 && (tokens[k]!.pos === 'AUX' || tokens[k]!.pos === 'ADV' || tokens[k]!.pos === 'PART')) k--;
  const end = k;
  while (k >= 0 && end - k < 8 && (/^(?:DET|ADJ|NOUN|PROPN|NUM)$/.test(tokens[k]!.pos) || /^['’]s$/.test(tokens[k]!.text))) k--;
  if (k === end) return null;
  const sourceStart = tokens[k + 1]!.start;
  return { ...att, cueStart: tokens[at - 2]!.start, sourceStart, sourceEnd: tokens[end]!.end, speakerStart: sourceStart, speakerEnd: tokens[end]!.end };
}

/**
 * "Departmental figures show that …": where the tagger took the verb for a noun and the noun before it for
 * the cue, the verb is the cue and the noun ends its source.
 */
function verbReadAsNoun(tokens: Tokens, att: Attribution, at: number): Attribution | null {
  const cue = tokens[at]!;
  const verb = tokens[at + 1];
  if (cue.pos !== 'NOUN' || !verb || verb.start !== att.start || !MISTAGGED_VERBS.test(verb.text.toLowerCase()) || tokens[at + 2]?.text.toLowerCase() !== 'that') return null;
  const sourceStart = att.sourceStart ?? cue.start;
  return { ...att, start: tokens[at + 2]!.start, cueStart: verb.start, cueEnd: verb.end, sourceStart, sourceEnd: cue.end, speakerStart: sourceStart, speakerEnd: cue.end };
}

/** "The United Nations' latest estimate": the owner speaks; "latest" and the possessive mark are the estimate's. */
function ownerOfCueNoun(tokens: Tokens, att: Attribution, at: number): Attribution | null {
  if (tokens[at]!.pos !== 'NOUN' || att.sourceStart === null || att.sourceEnd !== tokens[at - 1]?.end) return null;
  let k = at - 1;
  while (k >= 0 && tokens[k]!.start >= att.sourceStart && tokens[k]!.pos === 'ADJ') k--;
  if (k === at - 1 || k < 1 || tokens[k - 1]!.start < att.sourceStart || !/^(?:['’]s?|’)$/.test(tokens[k]!.text)) return null;
  const sourceEnd = tokens[k - 1]!.end;
  return { ...att, sourceEnd, speakerEnd: att.speakerStart !== null && att.speakerStart < sourceEnd ? sourceEnd : att.speakerEnd };
}

/**
 * "the president's claims about potential retaliation … are unfounded": a cue noun with its topic is
 * the subject of the verb that follows, so the topic ends before that verb ("potential retaliation from
 * other foreign governments"). ("questions about whether the nominee will adhere …" and "a call on
 * Emanuel to resign" go on.)
 */
function topicBeforeSentenceVerb(analysis: Analysis, att: Attribution, at: number): Attribution {
  const { tokens, body } = analysis;
  const cue = tokens[at]!;
  const before = tokens[at - 1];
  if (att.start < att.cueEnd || cue.pos !== 'NOUN' || !before) return att;
  if (!/^(?:DET|ADJ|NOUN)$/.test(before.pos) && !/^(?:['’]s|his|her|its|their|our)$/i.test(before.text)) return att;
  if (!/^(?:about|on|over|of|regarding|concerning)$/i.test(body.slice(cue.end, att.start).trim())) return att;
  if (/^(?:whether|if|how|what|why|when|where|who|which)\b/i.test(body.slice(att.start, att.end))) return att;
  const from = partitionPoint(tokens.length, (i) => tokens[i]!.start < att.start);
  for (let i = from + 1; i < tokens.length && tokens[i]!.start < att.end; i++) {
    const t = tokens[i]!;
    // A relative clause's verb ("her email practices that suggested …") is not the sentence's.
    if (/^(?:that|which|who|whom|whose)$/i.test(t.text)) return att;
    const prev = tokens[i - 1]!;
    const finite = t.pos === 'AUX' || (t.pos === 'VERB' && !/(?:ing|ed|en)$/.test(t.text) && prev.text.toLowerCase() !== 'to');
    if (finite && /^(?:NOUN|PROPN|PRON|NUM)$/.test(prev.pos)) return { ...att, end: prev.end };
  }
  return att;
}

/** `opensClauseAt(offset)`: whether a clause (a subject, then a finite verb) opens at that offset of the body. */
export function isSpeech(analysis: Analysis, att: Attribution, opensClauseAt: (offset: number) => boolean): boolean {
  const { tokens, body } = analysis;
  const at = partitionPoint(tokens.length, (i) => tokens[i]!.start < att.cueStart);
  const cue = tokens[at];
  if (!cue || cue.start !== att.cueStart) return true;
  const word = cue.text.toLowerCase();
  const next = tokens[at + 1];
  const nextWord = next?.text.toLowerCase();
  const prev = tokens[at - 1]?.text.toLowerCase();
  // The auxiliary before the cue past adverbs and negation: "is also not known", "were reportedly intended".
  let auxAt = at - 1;
  while (auxAt > 0 && (tokens[auxAt]!.pos === 'ADV' || tokens[auxAt]!.pos === 'PART') && !BE.has(tokens[auxAt]!.text.toLowerCase())) auxAt--;
  const passive = BE.has(tokens[auxAt]?.text.toLowerCase() ?? '');
  // The cue's content follows it (indirect speech), not a quotation before it.
  const contentAfter = att.start >= cue.end;
  const content = body.slice(att.start, att.end);
  // The content's first token.
  const contentAt = partitionPoint(tokens.length, (i) => tokens[i]!.start < att.start);
  // "(Caspian Wire reported on January 10)", "Nalbandian responded the next day": nothing is quoted.
  if (isDateOnly(content)) return false;
  // "Echoing the point made by Figueroa, journalists said …": an opening participle's object is what the
  // subject after it echoes or cites, not their words.
  // ("Acknowledging that …, Allen said" and "Adding, “…”" report the subject's words.) What the subject
  // cites or quotes is a source, not words, even when the subject is found ("Citing sources in the
  // government, Kommersant reported …").
  if (contentAfter && (att.sourceStart === null || word === 'citing' || word === 'quoting') && word.endsWith('ing') && (at === 0 || tokens[at - 1]!.sentence !== cue.sentence) && !/^(?:that\b|[,:]?\s*["“'‘])/i.test(content)) return false;
  // "… but did not suggest it would be Trump": what nobody named did not say is no one's words.
  if (contentAfter && att.sourceStart === null && /^(?:not|never|n't|n’t)$/.test(prev ?? '') && /^(?:did|does|do|would|could|has|have|had)$/i.test(tokens[at - 2]?.text ?? '')) return false;
  if (contentAfter) {
    // "drew brief attention in the Russian press before the story disappeared": a clause of time or cause
    // after the cue says when or why, not what.
    if (CIRCUMSTANCE_JOINTS.test(body.slice(att.cueEnd, att.start).trim())) return false;
    // "the Russian-Ukrainian gas dispute was greeted with relief": a noun with the sentence's verb after it is its subject.
    const first = tokens[contentAt];
    if (cue.pos === 'NOUN' && first && (first.pos === 'AUX' || (first.pos === 'VERB' && !/ing$/.test(first.text)))) return false;
    // "what kind of cabinet it intends to be": an empty infinitive.
    if (/^to (?:be|do)\W*$/i.test(content.trim())) return false;
    // "adding to the money supply", "added to the confusion": to add to something is to increase it.
    if (ADD.has(word) && nextWord === 'to') return false;
    // "The coming weeks will show whether …": time is no source.
    if (att.sourceStart !== null && TIME_SOURCE.test(body.slice(att.sourceStart, att.sourceEnd!))) return false;
    // "One regional weekly was ordered in May to pay damages": the one told to act, and nobody named who told it.
    if (PASSIVE_DIRECTIVES.has(word) && prev !== undefined && BE.has(prev) && /^to\s/i.test(content)) return false;
  }
  // "the firearm found at the crime scene", "deaths estimated for 2014": a participle after its noun
  // describes it, and the place or time after it is nothing said.
  if (contentAfter && cue.pos === 'VERB' && FOUND_THINGS.has(word) && (tokens[at - 1]?.pos === 'NOUN' || (tokens[at - 1]?.pos === 'PROPN' && /^\p{Lu}\p{Ll}+s$/u.test(tokens[at - 1]!.text) && tokens[at - 2]?.sentence !== tokens[at - 1]!.sentence)) && next?.pos === 'ADP' && tokens[at + 2]?.start === att.start) return false;
  // "denied accused officers the recourse", "amid mounting evidence that …", "authorities found it difficult to
  // prosecute": an adjective the tagger read as a verb, and finding something hard, are no report.
  if (contentAfter && word === 'accused' && att.sourceStart === null && /^(?:VERB|DET|ADP|ADJ|AUX)$/.test(tokens[at - 1]?.pos ?? '')) return false;
  if (contentAfter && word.endsWith('ing') && /^(?:amid|amidst|despite|the|a|an)$/i.test(tokens[at - 1]?.text ?? '') && next?.pos === 'NOUN' && next.start === att.start) return false;
  if (contentAfter && /^(?:find|finds|found|finding)$/.test(word) && nextWord === 'it' && /^(?:difficult|hard|easy|easier|harder|impossible|necessary|useful|possible|convenient|expedient|challenging)$/i.test(tokens[at + 2]?.text ?? '')) return false;
  // "it's safe to assume that …", "it is fair to say": the writer's hedge, nobody's words.
  if (contentAfter && tokens[at - 1]?.text.toLowerCase() === 'to' && tokens[at - 2]?.pos === 'ADJ' && /^(?:safe|fair|reasonable|possible|hard|easy|difficult|impossible|tempting|worth)$/i.test(tokens[at - 2]!.text)) return false;
  // "sought to escalate these battles", "in an effort to control the city": an aim pursued, not words.
  // ("who will seek a seventh term": what is sought is no words either.)
  if (contentAfter && (AIMS.has(word) || (cue.pos === 'NOUN' && AIM_NOUNS.has(word))) && (/^to\s/i.test(content) || (AIMS.has(word) && !/^(?:that\b|["“'‘])/i.test(content)))) return false;
  // "Orbán agreed to leave the room", "the Kremlin refused to extend it": a deed consented to or refused, not words.
  // ("refused to comment": a refusal to speak is still news of what was said.)
  if (contentAfter && INFINITIVE_DEEDS.has(word) && /^to\s/i.test(content) && !/^to\s+(?:comment|answer|respond|say|discuss|confirm|elaborate|speak|name|disclose|rule\s+out|be\s+drawn|give\s+details)\b/i.test(content)) return false;
  // "…,” referring to Moscow's demand that …", "Meduza reported, citing a source …,": what the words are about, or whose
  // they are, not words of their own.
  if (contentAfter && ((word === 'referring' && /[”"],?\s*$/.test(body.slice(Math.max(0, cue.start - 4), cue.start))) || (word === 'citing' && CITED_SOURCES.test(content)))) return false;
  // "Massimov … was dismissed the same day": a person removed, in the passive.
  if (contentAfter && PERSONNEL.has(word) && BE.has((tokens[at - 1]?.text ?? '').toLowerCase())) return false;
  // "addressed the summit of Central Asian heads of state": an audience addressed, not what was said.
  if (contentAfter && /^address/.test(word) && AUDIENCE.test(content)) return false;
  // "a senior diplomat told the author, speaking on condition of anonymity": the terms, not the words.
  if (contentAfter && SPEAK.has(word) && /^(?:on\s+)?(?:the\s+)?condition\s+of\s+anonymity/i.test(content)) return false;
  // "Moscow's oil still finds its way to market", "The fiscal numbers tell a more nuanced story": idioms, no one's words.
  if (contentAfter && ((/^(?:find|finds|found|finding)$/.test(word) && /^(?:its|their|a)\s+way\b/i.test(content)) || (/^(?:tell|tells|told)$/.test(word) && /^(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}(?:story|tale)\b/iu.test(content)))) return false;
  // "50.35 percent of voters backed …", "82 percent of them supported the incumbent": a vote, not words.
  if (contentAfter && /^(?:back|support|vote|favou?r|oppos|reject)/.test(word) && att.sourceStart !== null && /^(?:about|around|nearly|almost|some|over|more than|less than|only|just)?\s*[\d,.]+\s*(?:%|percent|per cent)?\s+of\b/i.test(body.slice(att.sourceStart, att.sourceEnd!).trim())) return false;
  // "the spring protests against the foreign agents law": a protest, not what was said.
  if (contentAfter && /^protests?$/.test(word) && cue.pos === 'NOUN' && nextWord === 'against') return false;
  // "Accession talks with the Western Balkans dragged on": a meeting with someone, not what was said.
  if (contentAfter && /^(?:talks|negotiations|consultations|meetings?)$/.test(word) && nextWord === 'with') return false;
  // "an article titled “They Wanted Fascism”": a work's title, quoted or not, is no one's words.
  if (contentAfter && (word === 'titled' || word === 'entitled')) return false;
  // "Hollande said Friday as he entered the talks": when and where, not what.
  // ("described 2004 as “a year of breakthrough”": a year described, and what it was called.)
  if (contentAfter && isDateAndCircumstance(content) && !(DESCRIBING.test(word) && /^\S+\s+as\b/i.test(content))) return false;
  // "A note of concern has been expressed repeatedly by the employers' organisation": what follows a passive's agent is no content.
  if (contentAfter && passive && /\bby\b/i.test(body.slice(att.cueEnd, att.start))) return false;
  // "Moscow has said little in public", "finds himself", "cited by the Varzob Weekly": nothing said, a
  // reflexive object, a passive's agent.
  if (contentAfter && (NOTHING_SAID.test(content) || REFLEXIVE.test(content) || (/^by\s/i.test(content) && /ed$/.test(word)))) return false;
  // "The political calendar adds another layer": "add" reports words only with a clause or a quotation.
  if (contentAfter && ADD.has(word) && !/^(?:that\b|["“'‘])/i.test(content) && !opensClauseAt(att.start)) return false;
  // "signed a declaration that, among other things, grants …": a "that" alone is no content; "As the incursion
  // continues into its fourth week": going on is no saying.
  if (contentAfter && (/^that\W*$/i.test(content.trim()) || (/^continu/.test(word) && !/^(?:that\b|[,:]?\s*["“'‘])/i.test(content)))) return false;
  // "a wave of jokes on social media": a phrase cut before its noun speaks for no one.
  // (A word boundary that knows letters beyond ASCII: "Kukuła" does not end in the article "a".)
  if (att.sourceStart !== null && /(?:^|[^\p{L}\p{N}])(?:of|a|an|the)$/iu.test(body.slice(att.sourceStart, att.sourceEnd!).trim())) return false;
  // "The numbers explain Washington's concern", "the guest list revealed the limits": a thing that shows something
  // without a clause says nothing anyone said (a poll or a report that finds a clause still does).
  if (contentAfter && FINDING.test(word) && att.sourceStart !== null && INANIMATE_SOURCE.test(body.slice(att.sourceStart, att.sourceEnd!).trim()) && !/^(?:that|how|why|whether|what|who|when|where)\b|^["“'‘]/i.test(content) && !opensClauseAt(att.start)) return false;
  // "Belousov observed the drills": what was watched ("As Dubnov observed, …" still speaks).
  if (contentAfter && /^(?:observed|observes|observing)$/.test(word) && /^(?:the|a|an|its|his|her|their)\s/i.test(content) && !opensClauseAt(att.start)) return false;
  // "China sent Vice Premier Zhang Guoqing": someone sent is no message sent ("sent a letter" still speaks).
  if (contentAfter && /^(?:sent|sends|sending)$/.test(word) && /^(?:\p{Lu}|(?:its|his|her|their|a|an|the)\s+(?:troops|forces|delegation|envoy|representative|team|soldiers|ships?|warships?|aircraft)\b)/u.test(content)) return false;
  // "Gazprom cut deliveries", "Ukraine consumed 76 bcm": a deed's object is not words.
  // ("blocked that effort": "that" before a noun is a determiner, not a clause.)
  const thatDeterminer = /^that\s/i.test(content) && tokens[contentAt + 1]?.pos === 'NOUN' && !/^(?:VERB|AUX)$/.test(tokens[contentAt + 2]?.pos ?? '');
  if (contentAfter && DEEDS.has(word) && (thatDeterminer || !/^(?:that\b|["“'‘])/i.test(content))) return false;
  // "the Kyiv-based think tank We Build Ukraine": a think tank is a body, not a thought (wink tags "think" a verb).
  if (/^thinks?$/.test(word) && /^tanks?$/i.test(nextWord ?? '')) return false;
  // "the court dismissed the criminal case against the captain": a case thrown out is a ruling ("dismissed the claims as …" speaks).
  if (contentAfter && /^dismiss(?:ed|es)?$/.test(word) && /^(?:the|a|an|all|its|their)\s+(?:[\p{L}-]+\s+){0,2}(?:case|cases|charges|lawsuit|suit|appeal|appeals|petition|complaint|indictment|proceedings)\b/iu.test(content)) return false;
  // "The Riigikogu voted 80 to 12 to extend the law": a vote counted is a deed.
  if (contentAfter && /^vot(?:ed|es|e|ing)$/.test(word) && /^\d/.test(content)) return false;
  // "the Saudi Fund for Development have since pledged a further $1.3 billion": money pledged is a deed ("pledged that" speaks).
  if (contentAfter && /^pledg(?:e|es|ed|ing)$/.test(word) && /^(?:(?:a|an)\s+(?:further|additional|total\s+of)\s+|another\s+|up\s+to\s+|more\s+than\s+|about\s+|some\s+|nearly\s+|almost\s+)?(?:[$€£¥]|\d|US\$)/.test(content)) return false;
  // "The court denied accused officers the recourse to appeal", "denied him a visa": what is withheld from someone is a deed.
  if (contentAfter && DENY.has(word) && WITHHELD.test(content)) return false;
  // "a group Moscow still formally lists as a terrorist organization": a designation, whatever stands around it.
  if (LISTING.has(word) && /^\s+(?:[\p{L}'’-]+\s+){0,8}as\s+(?:an?\s|the\s|listed\b)/iu.test(body.slice(cue.end, cue.end + 100))) return false;
  // "Russian forces attacked Ukrainian positions", "Armed men attacked a prosecutor in his office": force, not words.
  if (contentAfter && FORCE.test(word) && !/^(?:that\b|["“'‘])/i.test(content)) {
    const source = att.sourceStart !== null ? body.slice(att.sourceStart, att.sourceEnd!).trim() : '';
    if (ARMED.test(source) || PHYSICAL_TARGET.test(content)) return false;
  }
  // "Ukraine raised the transit fee": a deed; "raised concerns", "raised the question" are words.
  if (contentAfter && /^rais/.test(word) && !/^(?:that\b|["“'‘])/i.test(content) && !RAISED_WORDS.test(content)) return false;
  // "the Senate approved the budget": a vote on a document, not words ("approved of the plan" still speaks).
  // (What a body approves or adopts is a decision whatever its name: "approved the €50 billion Ukraine Facility".)
  if (contentAfter && /^(?:approv|adopt|endors)/.test(word) && nextWord !== 'of' && !/^(?:that\b|["“'‘])/i.test(content) && (!/^endors/.test(word) || ENACTED.test(content))) return false;
  // "Georgia stands to gain": likely to, not saying.
  if (contentAfter && /^(?:stand|stands|stood|standing)$/.test(word) && /^to\s/i.test(content)) return false;
  // "responded with unusual speed": a manner, not words ("responded with attacks on Machado" still speaks).
  if (contentAfter && /^(?:respond|react)/.test(word) && nextWord === 'with' && MANNER.test(content)) return false;
  // "dismissed Timur Kulibayev, his son-in-law": a person removed from office, not a claim rejected.
  if (contentAfter && PERSONNEL.has(word) && att.start === next?.start && (isFullName(tokens, at + 1) || OFFICIAL.test(content))) return false;
  // "asking not to be named": the source's anonymity, not what was said.
  if (contentAfter && /^(?:not to be (?:named|identified|quoted)|(?:that\s+)?(?:his|her|their)\s+names?\s+(?:not\s+be\s+(?:published|used|given|named|disclosed)|be\s+withheld))\b/i.test(content)) return false;
  // "Lithuania responded quickly", "replied early on": a manner or a time alone, no words.
  if (contentAfter && everyWord(tokens, contentAt, att.end, (t) => t.pos === 'PUNCT', (t) => t.pos === 'ADV' || t.pos === 'ADP' || t.pos === 'PART')) return false;
  // "mocked them on Twitter": a pronoun alone says nothing an analyst can read.
  if (contentAfter && /^(?:them|it|him|her|this|these|those|us|me)\W*$/i.test(content.trim())) return false;
  // "asked NBC's Lester Holt", "told Putin": the one addressed, and nothing said to them; "Detectives questioned Oleksiy
  // Kuleba", "Zakharova criticized Kyiv": the one spoken of. (A stance taken, "endorses Clinton", is left: PolNeAR counts it.)
  if (contentAfter && (ADDRESSEE_CUES.has(word) || NAMED_ONLY_CUES.test(word)) && everyWord(tokens, contentAt, att.end, (t) => t.pos === 'PUNCT' || (t.pos === 'PART' && /^['’]s$/.test(t.text)), (t) => t.pos === 'PROPN' && /^\p{Lu}/u.test(t.text))) return false;
  // "Tashkent recalled its ambassador": called back, not remembered aloud.
  if (contentAfter && /^recall/.test(word) && RECALLED.test(content)) return false;
  // "spoke to reporters Friday", "spoke for about five minutes", "spoke at a rally": an audience, a length, a place.
  if (contentAfter && SPEAK.has(word) && !SPOKEN_CONTENT.test(body.slice(cue.end, att.end).replace(/^\s*(?:\w+ly\s+)?/, ''))) return false;
  // "The Uzbek Foreign Ministry did not explain the move": what was left unexplained is no words (a
  // clause or a quotation after it still is: "did not explain why …").
  const negated = prev === 'not' || prev === "n't" || prev === 'never';
  if (contentAfter && negated && UNEXPLAINED.test(word) && !/^(?:that|whether|if|why|how|what|when|where|who)\b|^["“'‘]/i.test(content) && !opensClauseAt(att.start)) return false;
  // "declined to comment", "declined to name a figure": a refusal to say anything says nothing ("declined to
  // release his tax returns" does, and "refused to comment on the report" tells what was not answered).
  if (contentAfter && REFUSALS.has(word) && /^to\s+(?:comment|name\s+(?:a|the|any)\s+(?:figure|number|sum|price|date)|specify|elaborate|give\s+(?:details|a\s+figure))\W*$/i.test(content)) return false;
  // "Moscow responded by extending a ban", "NATO responded in January by launching …": a deed in reply, not words.
  if (contentAfter && /^(?:respond|react)/.test(word) && /^(?:[^,;:]{0,40}\s)?by\s+\p{L}+ing\b/u.test(body.slice(cue.end, att.start + 30).trim()) && !/\bthat\b|["“]/i.test(content)) return false;
  // "a statement posted on its website", "a video posted on Facebook": where something went up, not what it said;
  // "89 regions posted deficits": a result, not words.
  if (contentAfter && /^post(?:ed|s|ing)?$/.test(word) && (POSTED_ON.test(content) || POSTED_RESULT.test(content))) return false;
  // "The EU has now listed 444 vessels": things put on a list.
  if (contentAfter && LISTING.has(word) && /^(?:another\s+|a\s+further\s+|some\s+|more\s+than\s+)?\d/.test(content)) return false;
  // "by 50 basis points", "Mortgages excluding subsidized programs": a unit and a preposition the tagger read as verbs.
  if ((/^points?$/.test(word) && /^(?:basis|percentage)$/.test(prev ?? '')) || /^(?:excluding|including)$/.test(word)) return false;
  // "claimed responsibility for the attack", "Japan claims the islands": a deed or a title claimed, not words.
  if (contentAfter && /^claim(?:ed|s|ing)?$/.test(word) && CLAIMED_THINGS.test(content) && !opensClauseAt(att.start)) return false;
  // "as the Kremlin calls its war against Ukraine", "which it calls the Northern Territories": the writer's naming,
  // nothing quoted ("what he called “the temptation …”" keeps its quotation).
  if (contentAfter && /^(?:call|calls|called|term|terms|termed|dub|dubs|dubbed|name|names|named|describes?|described)$/.test(word) && !/^(?:for|on|upon)$/.test(nextWord ?? '') && att.sourceStart !== null && /(?:^|\s)(?:as|which|what)\s+(?:the\s+)?$/i.test(body.slice(Math.max(0, att.sourceStart - 12), att.sourceStart)) && !/["“'‘]/.test(content)) return false;
  // "Asked whether she would run herself, Zurabishvili smiled": an unnamed interviewer's question, no one's words
  // ("Asked by Radio Ozodi whether …" names the asker and is read as such).
  if (contentAfter && word === 'asked' && att.sourceStart === null && (at === 0 || tokens[at - 1]!.sentence !== cue.sentence)) return false;
  // "Shoigu arrived in Pyongyang for talks, underscoring how central the partnership has become": a participle of
  // showing after a deed is the writer's comment ("X said …, underscoring that …" still speaks).
  if (contentAfter && SHOWING_PARTICIPLES.test(word) && prev === ',' && !SAID_BEFORE.test(body.slice(analysis.sentences[cue.sentence]?.start ?? 0, cue.start))) return false;
  // "Trump's decision to impose a tariff", "port calls to Tobruk": a decision taken and a ship's visit are no words.
  if (contentAfter && ((cue.pos === 'NOUN' && /^decisions?$/.test(word) && nextWord === 'to') || (/^calls?$/.test(word) && prev === 'port'))) return false;
  // "asking with growing concern": a manner, not words.
  if (contentAfter && nextWord === 'with' && MANNER.test(content)) return false;
  // "Chinese companies have shown the strongest interest", "showed restraint": a deed, not a finding.
  if (contentAfter && SHOW.has(word) && SHOWN_ATTITUDE.test(content)) return false;
  // "It is thought the overhaul …", "it was believed that …": hearsay with no one behind it.
  if (contentAfter && HEARSAY.has(word) && passive && att.sourceStart !== null && /^it$/i.test(body.slice(att.sourceStart, att.sourceEnd!))) return false;
  if (contentAfter && (nextWord === 'to' || nextWord === 'as')) {
    if (HEARSAY.has(word)) return false;
    if (PASSIVE_ONLY.has(word) && passive) return false;
    // "The teeth were reportedly intended to be smuggled": a thing meant for something, no one's words.
    if (INTENDED.has(word) && passive) return false;
  }
  // "an expansionist agenda called “Program 34”": a noun named, its name in quotation marks.
  if (contentAfter && NAMING.has(word) && tokens[at - 1]?.pos === 'NOUN' && /^["“'‘]/.test(content) && content.split(/\s+/).length <= 6) return false;
  // "a local drug boss called Rogelio Magallanes": a name given, not words said; "called Trump a liar"
  // and "called Wells Fargo's behavior “outrageous”" say something of the one named.
  if (contentAfter && NAMING.has(word) && next && /^\p{Lu}/u.test(next.text) && att.start === next.start) {
    let k = at + 1;
    while (k < tokens.length && (/^\p{Lu}/u.test(tokens[k]!.text) || tokens[k]!.text === '-' || tokens[k]!.text === '.')) k++;
    const after = tokens[k]?.text.toLowerCase();
    if (after === undefined || !SAID_OF_NAMED.test(after)) return false;
  }
  // "the ICO talks that ended last week": "that" opens a relative clause when a verb follows it at once.
  if (contentAfter && cue.pos === 'NOUN' && /^that\b/i.test(body.slice(att.start, att.start + 5))) {
    const after = tokens[contentAt + 1];
    if (after && (after.pos === 'VERB' || after.pos === 'AUX')) return false;
    // "the mines that Mr. Clarke acquired", "a trait that Clinton used": only a noun of saying, knowing or
    // finding takes a "that"-clause for its content ("the claim that …"); after any other it is relative.
    // (Not a verb the tagger read as a noun: "Figures show that", "The rule states that", "the BBC learnt that".)
    if (!COMPLEMENT_NOUN.test(word) && !verbCues().has(word) && !MISTAGGED_VERBS.test(word) && insideNounPhrase(tokens, at)) return false;
  }
  return true;
}

type Token = Analysis['tokens'][number];

/**
 * Whether the words of a content (tokens from `from` up to offset `end`, `skip` ones aside) are all of
 * one kind, and there is one: "Lithuania responded quickly" (adverbs), "asked NBC's Lester Holt" (a name).
 */
function everyWord(tokens: Analysis['tokens'], from: number, end: number, skip: (t: Token) => boolean, accept: (t: Token) => boolean): boolean {
  let words = 0;
  for (let i = from; i < tokens.length && tokens[i]!.start < end; i++) {
    const t = tokens[i]!;
    if (skip(t)) continue;
    if (!accept(t)) return false;
    words++;
  }
  return words > 0;
}

// The entity layer: the tagger's PER/ORG/LOC/MISC spans refined into DESIGN.md's types (PERSON, ORG,
// GPE, LOC, NORP, EVENT, MISC), with titles turned into roles, countries and coordinates from the
// gazetteer, and one entity per real thing in the article (in-article coreference).
import type { DateMention, Entity, EntityType, Geo, Mention, Role } from '../../model/extraction.js';
import { activeCode, activeOffice, gazetteer, splitWords, type Gazetteer, type GazRef, type PersonRow } from '../../resolve/gazetteer/index.js';
import { fold } from '../../resolve/gazetteer/fold.js';
import { transliterationKey } from '../../resolve/index.js';
import type { EntityLayer, ExtractContext } from '../context.js';
import { recognize, type NerLabel, type NerSpan } from '../ner/index.js';
import {
  attachRefs,
  citationCandidates,
  gazetteerCandidates,
  patternCandidates,
  REGION_TAIL,
  REGIONAL_SURNAME,
  ARABIC_ARTICLES,
  ORG_LAST_WORDS,
  place,
  qualifierBefore,
  qualifierEndingAt,
  taggerCandidates,
  titleCandidates,
  type Candidate,
} from './propose.js';
import { HEADS, PORTFOLIOS } from './offices.js';
import { isGivenName, nameGender } from './gender.js';
import { firstOfJoinedOffices, isRankTitle, portfolioWords, STATE_BODY_DESCRIPTOR, roleAfter, roleBefore, roleByAppointment, roleHeadedBy, roleInRelative, roleOfCounterpart, roleOfNamed, rolePreApposition, secondRoleAfter, withCountryAfter, type RoleFinding } from './roles.js';
import { findParentheticals } from '../citations/parenthetical.js';
import { PLATFORMS } from '../citations/outlets.js';
import { CALENDAR_WORD } from '../dates/calendar.js';
import { partitionPoint } from '../../util/sorted.js';
import { buildWordView, Gap, gluedHyphen, keyOf, nameSurfaceOf, quotedRunsIn, surfaceOf, type WordView } from './text.js';

export function extractEntities(ctx: ExtractContext): EntityLayer {
  return buildEntityLayer(ctx, recognize(ctx.analysis));
}

/** The layer from the tagger's spans (possibly none: the gazetteer and title patterns still propose). */
export function buildEntityLayer(ctx: ExtractContext, spans: readonly NerSpan[], gaz: Gazetteer = gazetteer()): EntityLayer {
  const view = buildWordView(ctx.analysis);
  const n = view.words.length;
  const tagger = taggerCandidates(view, spans, gaz);
  const taggerCover = new Uint8Array(n);
  for (const c of tagger) for (let k = c.ws; k < c.we; k++) taggerCover[k] = 1;
  const candidates = [
    ...tagger,
    ...gazetteerCandidates(view, gaz, taggerCover),
    ...citationCandidates(view, gaz),
    ...patternCandidates(view, gaz),
    ...titleCandidates(view, gaz),
  ];
  const namePartBefore = (a: number, b: number): boolean => {
    for (let k = a; k < b; k++) if (!view.capital[k] && view.words[k]!.key !== '-') return false;
    return qualifierBefore(view, gaz, b)?.start !== a;
  };
  const drafts = place(namesAfterPortfolios(view, candidates.filter((c) => !portfolioOfTitle(view, c.ws, c.we))), n, namePartBefore)
    .map((c) => typed(view, gaz, c))
    .filter((d): d is Draft => d !== null);
  dropCovered(drafts);
  genericBodiesFollowArticle(view, drafts);
  joinedNames(view, drafts);
  bodiesOfPlaces(view, gaz, drafts);
  eventsNamedAfterPlaces(view, drafts);
  placesByCoordination(view, drafts);
  outletsByCitation(view, drafts);
  structuresByName(view, drafts);
  shipsByName(view, drafts);
  sameNameSameType(view, drafts);
  parentheticalAliases(view, drafts);
  return cluster(view, gaz, drafts, ctx.article.date, roleDates(ctx));
}

/**
 * The date a role is seen held at the word offset of its holder's mention: a day or month named in that
 * sentence ("During his December 22 visit …, Prime Minister Danial Akhmetov assured" -> 2004-12-22; the
 * nearest, outside citations), else the publication date.
 */
function roleDates(ctx: ExtractContext): (offset: number) => string | null {
  const published = ctx.article.date;
  const named = (ctx.dates ?? []).filter((d) => d.date !== null && (d.precision === 'day' || d.precision === 'month') && (published === null || d.date <= published));
  if (named.length === 0) return () => published;
  // The citation stage's parentheses when it has run (extract() hands them on), else found here.
  const citations = ctx.citations?.filter((c) => c.form !== 'inline') ?? findParentheticals(ctx.article.body);
  const body = ctx.article.body;
  // Not a date a period starts or ends at ("a step it has avoided since February 2022", "between August 2023 and
  // …"), nor one inside someone's quoted words ("“… than we forecast in July”"): when the role is seen, it is not.
  const dates = named.filter(
    (d) => !citations.some((p) => p.start <= d.start && d.end <= p.end) && !PERIOD_EDGE_BEFORE.test(body.slice(Math.max(0, d.start - 12), d.start)) && !insideQuotation(body, d.start),
  );
  // A citation's own day dates what its sentence reports ("… told KBS that … (KBS, October 27)").
  const cited = (ctx.citations ?? []).filter((c) => c.form !== 'inline' && c.date !== null && (published === null || c.date <= published));
  if (dates.length === 0 && cited.length === 0) return () => published;
  const { sentences } = ctx.analysis;
  return (offset) => {
    const s = sentences[Math.max(0, partitionPoint(sentences.length, (i) => sentences[i]!.start <= offset) - 1)];
    if (!s) return published;
    let best: DateMention | null = null;
    for (const d of dates) {
      if (d.start < s.start || d.end > s.end) continue;
      if (!best || Math.abs(d.start - offset) < Math.abs(best.start - offset)) best = d;
    }
    const citation = cited.find((c) => c.start >= s.start && c.start < s.end + 2);
    return best?.date ?? citation?.date ?? published;
  };
}
const PERIOD_EDGE_BEFORE = /\b(?:since|between|from|until|till|by|before|after|through)\s+(?:(?:early|mid|late|the\s+end\s+of|the\s+start\s+of)[\s-]+)?$/i;

/** Whether offset lies inside a quotation opened with curly or straight double marks earlier in its paragraph. */
function insideQuotation(body: string, offset: number): boolean {
  const paragraph = body.lastIndexOf('\n', offset) + 1;
  const before = body.slice(paragraph, offset);
  const curly = (before.match(/“/g)?.length ?? 0) - (before.match(/”/g)?.length ?? 0);
  const straight = (before.match(/"/g)?.length ?? 0) % 2;
  return curly > 0 || straight === 1;
}

/**
 * "Minister of Industry and Energy", "Minister of Foreign Affairs": what an office is for, not a place or a
 * body of its own (the tagger reads "Industry" as a place; "Foreign Affairs" is also a magazine).
 */
function portfolioOfTitle(view: WordView, ws: number, we: number): boolean {
  if (ws < 2 || view.words[ws - 1]!.key !== 'of') return false;
  const before = view.words[ws - 2]!.key;
  return (HEADS.has(before) || PORTFOLIO_BODIES.has(before)) && portfolioWords(view, ws, we);
}
/** Typing may widen a draft over its neighbours ("the 18th | Machine Gun | and Artillery Division"): those it covers go. */
function dropCovered(drafts: Draft[]): void {
  const byStart = drafts.slice().sort((x, y) => x.ws - y.ws || y.we - y.ws - (x.we - x.ws));
  const covered = new Set<Draft>();
  let reach = -1;
  for (const d of byStart) {
    if (d.we <= reach) covered.add(d);
    else reach = d.we;
  }
  if (covered.size === 0) return;
  const kept = drafts.filter((d) => !covered.has(d));
  drafts.length = 0;
  drafts.push(...kept);
}

/**
 * "Minister of Employment and Poverty Reduction Behzod Musaev", "Deputy Prime Minister for European
 * Integration Olha Stefanishyna": the tagger reads a long portfolio and the name after it as one name or
 * as several ("Industry", "Trade Laziz Kudratov"). Inside a title's capitalized portfolio, a candidate
 * that the portfolio goes on after is part of the title ("for European Integration"; a country in it
 * stays: "of Ukraine"), and one that closes the portfolio keeps only its last two words (three after a
 * known given name): the holder.
 */
function namesAfterPortfolios(view: WordView, candidates: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of candidates) {
    if (!view.capital[c.ws] || !afterTitleGlue(view, c.ws)) {
      out.push(c);
      continue;
    }
    const next = view.words[c.we];
    const goesOn = next !== undefined && (view.gap[c.we] === Gap.Space || (view.gap[c.we] === Gap.Comma && PORTFOLIOS.has(view.words[c.we - 1]!.key) && PORTFOLIOS.has(next.key))) && (view.capital[c.we] || PORTFOLIO_JOINTS.has(next.key)) && view.sentence[c.we] === view.sentence[c.ws];
    // (Not the holder of a first title before a second one: "Secretary of State Antony Blinken and European
    // Commission President Ursula von der Leyen", "Minister of Foreign Affairs Ararat Mirzoyan and Defense Minister …".)
    let titleNext = false;
    if (goesOn && next.key === 'and') for (let k = c.we + 1; k < view.words.length && k <= c.we + 5 && view.capital[k] && view.gap[k] === Gap.Space && !titleNext; k++) titleNext = HEADS.has(view.words[k]!.key);
    const person = c.label === 'PER' && c.we - c.ws >= 2 && nameGender(view.body.slice(view.words[c.ws]!.start, view.words[c.ws]!.end)) !== null;
    if (goesOn && !titleNext && !person) {
      if (c.refs.some((r) => r.kind === 'country' || r.kind === 'place')) out.push(c);
      continue;
    }
    if (goesOn) {
      out.push(c);
      continue;
    }
    // Two words of a name, a hyphenated one counting as one ("Władysław Kosiniak-Kamysz").
    const unitStart = (end: number): number => (end - 3 >= c.ws && gluedHyphen(view, end - 2) ? end - 3 : end - 1);
    let nameStart = unitStart(unitStart(c.we));
    if (nameStart - 1 > c.ws && nameGender(view.body.slice(view.words[nameStart - 1]!.start, view.words[nameStart - 1]!.end)) !== null) nameStart--;
    let plain = true;
    for (let k = nameStart; k < c.we; k++) {
      const hyphen = view.words[k]!.key === '-' && gluedHyphen(view, k);
      if (!hyphen && (!view.capital[k] || PORTFOLIOS.has(view.words[k]!.key) || (view.gap[k] !== Gap.Space && !gluedHyphen(view, k - 1)))) plain = false;
    }
    if (nameStart > c.ws && plain) out.push({ ...c, ws: nameStart, label: 'PER', refs: [], type: null });
    else out.push(c);
  }
  return out;
}

/** Titles whose "of" or "for" names a portfolio: "Minister for European Integration", "Commissioner for Enlargement". */
const PORTFOLIO_HEADS = new Set(['minister', 'commissioner', 'representative', 'secretary']);

/** Words that go on inside a portfolio ("Labor and Social Protection of the Population", "Trade and Food"). */
const PORTFOLIO_JOINTS = new Set(['and', '&', 'of', 'the', 'for']);

/** Word `ws` stands in a capitalized title's portfolio: after "Minister of|for" and the portfolio's words so far. */
function afterTitleGlue(view: WordView, ws: number): boolean {
  for (let k = ws - 1; k >= 1 && ws - k <= 10; k--) {
    // ("Minister of Investment, Industry and Trade": a comma between two of its words.)
    const gap = view.gap[k + 1]!;
    if (gap !== Gap.Space && !(gap === Gap.Comma && PORTFOLIOS.has(view.words[k]!.key) && PORTFOLIOS.has(view.words[k + 1]!.key))) return false;
    const key = view.words[k]!.key;
    // (A body comes with its article and stays: "Chief of the General Staff", "Secretary of the Security Council".)
    // ("Minister of the Interior": a minister's portfolio may take its article.)
    const head = view.words[k - 1]!.key;
    if ((key === 'of' || key === 'for') && view.capital[k - 1] && (view.capital[k + 1] || (head === 'minister' && view.words[k + 1]!.key === 'the')) && view.gap[k] === Gap.Space && PORTFOLIO_HEADS.has(head)) return true;
    if (!view.capital[k] && !PORTFOLIO_JOINTS.has(key)) return false;
  }
  return false;
}

/** Bodies named by their portfolio: "Ministry of Industry", "Department of Energy". */
const PORTFOLIO_BODIES = new Set(['ministry', 'department', 'committee', 'commission', 'secretariat']);

/** One-word names of a state's bodies that every state has: alone, they are the article's country's. */
const GENERIC_BODIES = new Set(['congress', 'parliament', 'senate', 'government', 'cabinet', 'assembly', 'duma', 'court', 'presidency', 'legislature']);

/**
 * "Congress decides to strip the president of his immunity" in an article about Guatemala is Guatemala's
 * congress, not the U.S. one the gazetteer knows by that word: a bare generic body keeps its entry only
 * when the article names that entry's country, or no country at all.
 */
function genericBodiesFollowArticle(view: WordView, drafts: Draft[]): void {
  const countries = new Set<string>();
  for (const d of drafts) {
    if (d.we - d.ws === 1 && GENERIC_BODIES.has(view.words[d.ws]!.key)) continue;
    const c = namedCountry(d);
    if (c) countries.add(c);
  }
  if (countries.size === 0) return;
  for (const d of drafts) {
    if (d.we - d.ws !== 1 || d.ref?.kind !== 'org' || !GENERIC_BODIES.has(view.words[d.ws]!.key)) continue;
    const country = d.ref.row[2];
    if (country && !countries.has(country)) d.ref = null;
  }
}

/** "(Absheron Digest, April 20) … cited by the Absheron Digest": a name the article cites as a source is that outlet everywhere in it. */
function outletsByCitation(view: WordView, drafts: Draft[]): void {
  const keyOfDraft = (d: Draft): string => keyOf(view, d.ws, d.we);
  // "told The Economist … (The Economist, October 22)": a body named with and without its article is one.
  const bodies = new Set(drafts.filter((d) => d.type === 'ORG').map(keyOfDraft));
  for (const d of drafts) if (d.type === 'ORG' && d.we - d.ws > 1 && view.words[d.ws]!.key === 'the' && bodies.has(keyOf(view, d.ws + 1, d.we))) d.ws++;
  const cited = new Map<string, Draft>();
  for (const d of drafts) if (d.source === 'citation' && d.type === 'ORG') cited.set(keyOfDraft(d), d);
  if (cited.size === 0) return;
  for (const d of drafts) {
    if (d.source === 'citation' || d.type === 'ORG') continue;
    const outlet = cited.get(keyOfDraft(d));
    if (!outlet) continue;
    d.type = 'ORG';
    d.ref = outlet.ref;
  }
  // "in an interview with France 24 … (France 24, February 22)": where the tagger read only part of a cited
  // name ("France"), the whole name is the outlet.
  for (const outlet of cited.values()) {
    const length = outlet.we - outlet.ws;
    if (length < 2) continue;
    for (let a = 0; a + length <= view.words.length; a++) {
      let same = true;
      for (let k = 0; k < length && same; k++) same = view.words[a + k]!.key === view.words[outlet.ws + k]!.key;
      if (!same) continue;
      const b = a + length;
      const overlapping = drafts.filter((d) => d.ws < b && a < d.we);
      if (overlapping.length === 0 || overlapping.some((d) => d.source === 'citation' || d.ws < a || d.we > b || (d.ws === a && d.we === b))) continue;
      const at = drafts.indexOf(overlapping[0]!);
      drafts.splice(at, overlapping.length, { ws: a, we: b, type: 'ORG', ref: outlet.ref, refs: outlet.refs, source: 'pattern' });
    }
  }
}

/**
 * "the concept of the “Russian World” (Russkiy Mir)": an unknown name in parentheses right after a term,
 * place or body renders that name (a transliteration, a translation); it is the same thing. Initials
 * are left to the acronym rule ("Commonwealth of Independent States (CIS)").
 */
function parentheticalAliases(view: WordView, drafts: Draft[]): void {
  // "Naftna Industrija Srbije (NIS)": a name spelled out before its initials is a body's, whatever the tagger or
  // the gazetteer made of either (people have no acronyms), and the initials name it in the rest of the article.
  const spelledOut = new Map<string, Draft>();
  for (const host of drafts) {
    if (host.we - host.ws < 2 || host.we >= view.words.length) continue;
    const initials = initialsOf(view, host.ws, host.we);
    const after = view.body.slice(view.words[host.we - 1]!.end, view.words[host.we - 1]!.end + initials.length + 4);
    if (initials.length < 2 || !after.trimStart().startsWith(`(${initials})`)) continue;
    if (host.type === 'PERSON') host.type = 'ORG';
    spelledOut.set(initials, host);
  }
  for (const d of drafts) {
    const host = d.we - d.ws === 1 ? spelledOut.get(view.body.slice(view.words[d.ws]!.start, view.words[d.ws]!.end)) : undefined;
    if (!host || host === d || (d.ref && d.ref.kind !== 'norp' && d.ref.kind !== 'place')) continue;
    d.ref = null;
    d.type = host.type;
  }
  for (let i = 1; i < drafts.length; i++) {
    const d = drafts[i]!;
    const host = drafts[i - 1]!;
    if (d.ref || host.type === 'PERSON' || d.source === 'citation' || d.ws === 0) continue;
    const open = view.body.slice(view.words[host.we - 1]!.end, view.words[d.ws]!.start);
    const close = view.body.slice(view.words[d.we - 1]!.end, view.words[d.we - 1]!.end + 1);
    if (!/^[\s”"’]*\($/.test(open) || close !== ')') continue;
    if (/^[A-Z]{2,6}$/.test(view.body.slice(view.words[d.ws]!.start, view.words[d.we - 1]!.end))) continue;
    d.type = host.type;
    d.aliasOf = host;
  }
}

/**
 * Names the tagger splits at "and" or "on": "the Belt and Road Initiative", "China Road and Bridge
 * Corporation" (a first part that is no name of its own, a last that ends in a body's or a document's
 * word), "the Law on Transparency of Foreign Influence" (a law named by its subject). One draft each.
 */
function joinedNames(view: WordView, drafts: Draft[]): void {
  const words = view.words;
  const capitalized = (k: number): boolean => view.capital[k] === 1 && !/^\d/.test(words[k]!.key);
  for (let i = 0; i + 1 < drafts.length; i++) {
    const a = drafts[i]!;
    const b = drafts[i + 1]!;
    if (a.type === 'PERSON' && a.we - a.ws > 1) continue;
    const joint = words[a.we]?.key;
    const aLast = words[a.we - 1]!.key;
    const bLast = words[b.we - 1]!.key;
    let type: EntityType | null = null;
    let we = b.we;
    const adjacent = b.ws === a.we + 1 && view.gap[a.we] === Gap.Space && view.gap[b.ws] === Gap.Space && view.sentence[a.ws] === view.sentence[b.we - 1];
    // "Belt and Road Initiative": the first part no country, place or complete body of its own.
    // (Not "PowerChina and China Energy Engineering Corporation": a long second name is a body of its own.)
    if (adjacent && joint === 'and' && a.we - a.ws <= 2 && b.we - b.ws >= 2 && b.we - b.ws <= 3 && capitalized(b.we - 1) && a.ref?.kind !== 'country' && a.ref?.kind !== 'norp' && !ORG_LAST_WORDS.has(aLast) && !DOCUMENT_WORDS.has(aLast)) {
      type = ORG_LAST_WORDS.has(bLast) ? 'ORG' : DOCUMENT_WORDS.has(bLast) ? 'MISC' : null;
    }
    // "Law on Transparency of Foreign Influence": "Law on", capitalized words (with "of", "and", "the") to the name's end.
    // (Not "the Digital Services Act on December 17": a date after the law is when.)
    if (joint === 'on' && a.we - a.ws <= 3 && LAW_FIRST.has(aLast) && capitalized(a.we - 1) && a.we + 1 < words.length && view.gap[a.we] === Gap.Space && view.gap[a.we + 1] === Gap.Space && capitalized(a.we + 1) && !CALENDAR_WORD.test(view.body.slice(words[a.we + 1]!.start, words[a.we + 1]!.end).replace(/\.$/, ''))) {
      type = 'MISC';
      we = a.we + 1;
      while (we < words.length && view.gap[we] === Gap.Space && capitalized(we)) we++;
    }
    // "Workers’ Party of Korea", "Committee of Soldiers’ Mothers", "Officers’ Union": a plural possessive inside a body's name.
    if (!type && b.ws === a.we && /^s$/.test(aLast.slice(-1)) && capitalized(a.we - 1) && capitalized(b.ws) && /^['’] $/.test(view.body.slice(words[a.we - 1]!.end, words[b.ws]!.start)) && view.sentence[a.ws] === view.sentence[b.we - 1]) {
      if (a.type === 'ORG' || b.type === 'ORG' || ORG_LAST_WORDS.has(bLast)) type = 'ORG';
    }
    // "International North–South Transport Corridor", "Homeland Union–Lithuanian Christian Democrats": a dash
    // joined to both names (no spaces) inside a body's or a route's name, which the tagger splits (not two
    // places: "Russia–Ukraine").
    const dashed = !type && b.ws === a.we + 1 && gluedHyphen(view, a.we) && view.sentence[a.ws] === view.sentence[b.we - 1];
    if (dashed && a.we - a.ws + (b.we - b.ws) >= 3 && a.type !== 'PERSON' && b.type !== 'PERSON' && ![a, b].some((d) => d.refs.some((r) => r.kind === 'country' || r.kind === 'place' || r.kind === 'norp'))) {
      type = b.type === 'ORG' || a.type === 'ORG' ? 'ORG' : b.type;
    }
    // "the Baku–Tbilisi–Ceyhan (BTC) pipeline": places joined by dashes before a work's noun name the work.
    if (dashed && !type) {
      let j = i + 1;
      while (j + 1 < drafts.length && drafts[j + 1]!.ws === drafts[j]!.we + 1 && gluedHyphen(view, drafts[j]!.we)) j++;
      let k = drafts[j]!.we;
      if (view.body.slice(words[k - 1]!.end, words[k]?.start ?? 0).includes('(') && k + 1 < words.length && /^[A-Z]{2,6}$/.test(view.body.slice(words[k]!.start, words[k]!.end))) k++;
      if (k < words.length && PLACE_JOINED_WORKS.has(words[k]!.key)) {
        type = 'FAC';
        we = drafts[j]!.we;
      }
    }
    if (!type) continue;
    // ("… of Foreign Influence": the tagger's second name may stop short of the subject's end.)
    while (we + 1 < words.length && view.gap[we] === Gap.Space && view.gap[we + 1] === Gap.Space && /^(?:of|and|the|for)$/.test(words[we]!.key) && capitalized(we + 1)) {
      we += 2;
      while (we < words.length && view.gap[we] === Gap.Space && capitalized(we)) we++;
    }
    drafts[i] = { ws: a.ws, we, type, ref: null, refs: [], source: a.source };
    while (i + 1 < drafts.length && drafts[i + 1]!.ws < we) drafts.splice(i + 1, 1);
  }
}
/** Works named by the places they join: "the Baku–Tbilisi–Ceyhan pipeline", "the Moscow–Kazan highway". */
const PLACE_JOINED_WORKS = new Set(['pipeline', 'railway', 'railroad', 'highway', 'corridor', 'route', 'line', 'road', 'motorway', 'interconnector', 'cable']);
const LAW_FIRST = new Set(['law', 'act', 'code', 'treaty', 'agreement', 'convention', 'decree', 'resolution']);

/**
 * "Central Bank | of the | Russian Federation", "Ministry for the Development | of the | Far East": a body
 * named after the country or region it serves, which the tagger split at "of". One draft, the body.
 */
function bodiesOfPlaces(view: WordView, gaz: Gazetteer, drafts: Draft[]): void {
  const words = view.words;
  for (let i = 0; i + 1 < drafts.length; i++) {
    const a = drafts[i]!;
    const b = drafts[i + 1]!;
    // ("Gulf | of | Finland", "Sea | of | Azov": a water's name, one place.)
    const water = a.we - a.ws === 1 && WATER_HEADS.has(words[a.ws]!.key) && view.capital[a.ws] === 1;
    if ((a.type !== 'ORG' && !water) || (a.ref !== null && !water) || (b.type !== 'GPE' && b.type !== 'LOC') || a.source === 'citation') continue;
    if (!water && !BODY_OF_PLACE_HEADS.has(words[a.ws]!.key) && !BODY_OF_PLACE_HEADS.has(words[a.we - 1]!.key)) continue;
    const gap = b.ws - a.we;
    if (gap < 1 || gap > 2 || words[a.we]!.key !== 'of' || (gap === 2 && words[a.we + 1]!.key !== 'the')) continue;
    let linkedUp = view.sentence[a.ws] === view.sentence[b.we - 1];
    for (let k = a.we; k <= b.ws; k++) if (view.gap[k] !== Gap.Space) linkedUp = false;
    if (!linkedUp) continue;
    const ref = gaz.lookupKey(keyOf(view, a.ws, b.we)).find((r) => r.kind === (water ? 'place' : 'org')) ?? null;
    drafts[i] = { ws: a.ws, we: b.we, type: water ? 'LOC' : 'ORG', ref, refs: ref ? [ref] : [], source: a.source };
    drafts.splice(i + 1, 1);
  }
}
/** "St. Petersburg | International Economic Forum", "Munich | Security Conference": an event named after its city, one name. */
function eventsNamedAfterPlaces(view: WordView, drafts: Draft[]): void {
  for (let i = 0; i + 1 < drafts.length; i++) {
    const a = drafts[i]!;
    const b = drafts[i + 1]!;
    if (a.type !== 'GPE' || b.type !== 'EVENT' || b.ws !== a.we || view.gap[b.ws] !== Gap.Space || a.source === 'citation') continue;
    drafts[i] = { ws: a.ws, we: b.we, type: 'EVENT', ref: null, refs: [], source: b.source };
    drafts.splice(i + 1, 1);
  }
}

const REGION_WORDS = new Set(['balkans', 'caucasus', 'europe', 'asia', 'africa', 'siberia', 'mediterranean', 'pacific', 'atlantic', 'arctic', 'hemisphere', 'anatolia', 'ukraine', 'kazakhstan']);
const WATER_HEADS = new Set(['gulf', 'sea', 'bay', 'strait', 'straits', 'lake', 'isle', 'isles', 'island', 'islands', 'cape']);
const BODY_OF_PLACE_HEADS = new Set(['ministry', 'bank', 'council', 'court', 'committee', 'agency', 'service', 'office', 'department', 'commission', 'assembly',
  'parliament', 'embassy', 'academy', 'university', 'chamber', 'directorate', 'administration', 'fund', 'institute', 'party', 'procuracy', 'prosecutor']);

/**
 * One unknown name is one thing in an article: where the tagger typed its occurrences differently
 * ("Gagauzia" a place twice, then an organization), the type of most of them (the first on a tie) holds.
 */
function sameNameSameType(view: WordView, drafts: Draft[]): void {
  const byName = new Map<string, Draft[]>();
  for (const d of drafts) {
    if (d.ref || d.type === 'PERSON' || d.source === 'citation') continue;
    const key = keyOf(view, d.ws, d.we);
    const list = byName.get(key);
    if (list) list.push(d);
    else byName.set(key, [d]);
  }
  for (const list of byName.values()) {
    if (list.length < 2 || list.every((d) => d.type === list[0]!.type)) continue;
    const counts = new Map<EntityType, number>();
    for (const d of list) counts.set(d.type, (counts.get(d.type) ?? 0) + 1);
    let best = list[0]!.type;
    for (const d of list) if (counts.get(d.type)! > counts.get(best)!) best = d.type;
    for (const d of list) d.type = best;
  }
}

/**
 * "through Dostyk and Alashankou", "Khorgos, Dostyk and Alashankou": a lone unknown word the tagger read
 * as a person, listed with places, is a place (a person's name would come with a given name or a title).
 */
function placesByCoordination(view: WordView, drafts: Draft[]): void {
  const place = (d: Draft | undefined) => d !== undefined && d.type === 'GPE';
  // The surnames of the article's people: "According to Akhmediyarova, Kazakhstan …" stays a person.
  const surnames = new Set(drafts.filter((d) => d.type === 'PERSON' && d.we - d.ws > 1).map((d) => view.words[d.we - 1]!.key));
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i]!;
    if (d.type !== 'PERSON' || d.ref || d.source !== 'tagger' || d.we - d.ws !== 1 || view.sentenceInitial[d.ws] || surnames.has(view.words[d.ws]!.key)) continue;
    // "Bolshevik Russia or Hitler's Germany": an owner is no place.
    if (d.we < view.words.length && view.words[d.we]!.key === "'s") continue;
    const prev = drafts[i - 1];
    const next = drafts[i + 1];
    // Joined by "and"/"or" to a place, or by a comma inside a longer list ("In Miami, Chacon came" is no list).
    const byConjunction = (place(prev) && listed(view, prev!, d) === 'conjunction') || (place(next) && listed(view, d, next!) === 'conjunction');
    const after = drafts[i + 2];
    const inList =
      (place(prev) && listed(view, prev!, d) === 'comma' && next !== undefined && listed(view, d, next) !== null) ||
      (place(next) && listed(view, d, next!) === 'comma' && prev !== undefined && listed(view, prev, d) !== null) ||
      // The first of a list of places: "(Apatzingan, Zamora, Lazaro Cardenas)".
      (place(next) && place(after) && listed(view, d, next!) === 'comma' && listed(view, next!, after!) !== null);
    if (byConjunction || inList) d.type = 'GPE';
  }
}

/** How draft `b` follows draft `a` in a list ("a and b", "a or b", "a, b"), or null when it does not. */
function listed(view: WordView, a: Draft, b: Draft): 'conjunction' | 'comma' | null {
  if (b.ws === a.we) return view.gap[b.ws] === Gap.Comma ? 'comma' : null;
  if (b.ws !== a.we + 1) return null;
  const key = view.words[a.we]!.key;
  return (key === 'and' || key === 'or') && view.gap[a.we] === Gap.Space && view.gap[b.ws] === Gap.Space ? 'conjunction' : null;
}

/**
 * "the Rogun hydroelectric station" … "We will build Rogun": a lone unknown word named once as a
 * structure or a field is that structure or field wherever else it stands alone.
 */
function structuresByName(view: WordView, drafts: Draft[]): void {
  const named = new Map<string, EntityType>();
  for (const d of drafts) {
    if (d.ref || d.we - d.ws !== 1) continue;
    const type = namesStructure(view, d.we);
    // ("the Rogun hydropower plant", read as a company: a dam or a line is no company's name; "the Sinopec refinery" may be.)
    if (type && (d.type === type || (d.type === 'ORG' && namesStructure(view, d.we, PUBLIC_WORKS) === 'FAC'))) named.set(view.words[d.ws]!.key, type);
  }
  if (named.size === 0) return;
  for (const d of drafts) {
    const type = d.we - d.ws === 1 && !d.ref && d.source === 'tagger' ? named.get(view.words[d.ws]!.key) : undefined;
    if (type) d.type = type;
  }
}

/**
 * "the Sergei Kotov patrol ship" … "The Sergei Kotov had been commissioned": a name read once as a ship
 * (MISC) is that ship where "the" stands before it again, not a person of the same name.
 */
function shipsByName(view: WordView, drafts: Draft[]): void {
  const key = (d: Draft): string => keyOf(view, d.ws, d.we);
  const ships = new Set(drafts.filter((d) => d.type === 'MISC' && d.ws > 0 && view.words[d.ws - 1]!.key === 'the').map(key));
  if (ships.size === 0) return;
  for (const d of drafts) if (d.type === 'PERSON' && d.ws > 0 && view.words[d.ws - 1]!.key === 'the' && ships.has(key(d))) d.type = 'MISC';
}

interface Draft {
  ws: number;
  we: number;
  type: EntityType;
  ref: GazRef | null;
  /** Every gazetteer entry of the phrase: same-named places in other countries are alternatives. */
  refs: GazRef[];
  source: Candidate['source'];
  /** "the Russian World (Russkiy Mir)": the name this one renders in parentheses, the same thing. */
  aliasOf?: Draft;
}

// ---- typing -----------------------------------------------------------------------------------

const LOC_WORDS = new Set(['sea', 'ocean', 'river', 'lake', 'mountains', 'mount', 'mt.', 'desert', 'valley', 'gulf', 'bay', 'strait', 'peninsula', 'basin', 'steppe', 'field', 'island', 'islands', 'coast', 'plateau', 'range', 'pass', 'gorge', 'canyon', 'glacier', 'delta', 'reservoir', 'lowland', 'highlands', 'uplands']);
/** Last words of natural features, which name no body: "Kamchik Pass", "Caspian Sea". */
const LANDFORM_LAST = new Set(['valley', 'gorge', 'canyon', 'pass', 'gap', 'mountains', 'river', 'sea', 'lake', 'strait', 'glacier', 'desert', 'steppe', 'plateau', 'peninsula', 'ocean', 'gulf']);
/** Last words of buildings and structures: "Webb Center", "Crimean Bridge". */
const FAC_WORDS = new Set(['center', 'centre', 'building', 'tower', 'towers', 'bridge', 'airport', 'stadium', 'arena', 'hall', 'plaza', 'square', 'street', 'road', 'avenue', 'boulevard', 'highway', 'school', 'hospital', 'mall', 'station', 'base', 'prison', 'palace', 'embassy', 'cathedral', 'mosque', 'port', 'terminal', 'pipeline', 'dam']);
const STREET_WORDS = new Set(['road', 'street', 'st.', 'avenue', 'ave.', 'boulevard', 'blvd.', 'drive', 'lane', 'highway', 'bridge', 'airport']);
/** Last words of agreements and documents, which are no place or body: "Madrid Principles", "Minsk Agreements". */
const DOCUMENT_WORDS = new Set(['principles', 'agreement', 'agreements', 'accord', 'accords', 'treaty', 'protocol', 'declaration', 'charter',
  'memorandum', 'doctrine', 'concept', 'plan', 'initiative', 'format', 'process', 'convention', 'pact', 'resolution', 'act', 'law', 'constitution']);
/**
 * First words of Spanish, Portuguese and French bodies' names (folded), which begin no one's name:
 * "Sistema de la Integracion Centroamericana", "Primeiro Comando da Capital", "Fuerzas Armadas".
 */
const ROMANCE_BODY_FIRST = new Set(['sistema', 'ejercito', 'exercito', 'fuerzas', 'forcas', 'fuerza', 'policia', 'ministerio', 'ministere', 'secretaria', 'comision',
  'comissao', 'instituto', 'institut', 'frente', 'partido', 'parti', 'movimiento', 'movimento', 'mouvement', 'consejo', 'conselho', 'conseil', 'fiscalia',
  'procuraduria', 'defensoria', 'contraloria', 'superintendencia', 'registraduria', 'direccion', 'direcao', 'unidad', 'asamblea', 'assemblee', 'corte',
  'tribunal', 'camara', 'congreso', 'gobierno', 'governo', 'armada', 'comando', 'oficina', 'agencia', 'agence', 'servicio', 'servico', 'universidad',
  'universidade', 'universite', 'organizacion', 'organizacao', 'asociacion', 'associacao', 'federacion', 'confederacion', 'sindicato', 'alianza',
  'coordinadora', 'observatorio', 'fundacion', 'fundacao', 'autoridad', 'empresa', 'compania', 'companhia', 'sociedad', 'societe', 'banco', 'banque',
  'cartel', 'primeiro', 'rassemblement', 'gendarmerie', 'guardia', 'cuerpo', 'brigada', 'escuadron', 'mesa', 'colectivo', 'juzgado']);
/** Words of a line on a map: "Line of Contact", "Administrative Boundary Line". */
const LINE_WORDS = new Set(['line', 'border', 'corridor', 'boundary', 'frontier']);
const ROUTE_LAST = new Set(['route', 'corridor', 'passage']);
const MISC_BODY_LAST = new Set(['foundation', 'fund', 'committee', 'council', 'ministry', 'agency', 'party', 'movement', 'union', 'association', 'institute',
  'bank', 'company', 'corporation', 'service', 'commission', 'guard', 'navy', 'army', 'court', 'parliament', 'assembly', 'federation', 'organization', 'organisation']);
/** Commodities and generic terms written in capitals: no one's name ("liquefied natural gas (LNG)", "FPV drones"). */
const GENERIC_ACRONYMS = new Set(['lng', 'lpg', 'cng', 'gdp', 'gnp', 'fpv', 'uav', 'uavs', 'ngo', 'ngos', 'sme', 'smes', 'fdi', 'vat', 'ceo', 'mp', 'mps', 'teu', 'feu', 'ied', 'ieds', 'vbied', 'vbieds', 'manpads', 'icbm', 'icbms', 'ugv', 'ugvs', 'usv', 'usvs']);
const EVENT_WORDS = new Set(['war', 'revolution', 'olympics', 'games', 'summit', 'cup', 'festival', 'conference', 'forum', 'election', 'elections', 'crisis', 'uprising', 'massacre', 'year', 'championship', 'expo']);

/** Words that, before a number, point into a document: "Article 17 of the constitution", "Chapter 7". */
const DOCUMENT_PARTS = new Set(['article', 'articles', 'section', 'chapter', 'paragraph', 'clause', 'part', 'annex', 'point']);

/** Ranks before a body's name that belong to the title after it ("Deputy Security Council Chairman"). */
const TITLE_RANKS = new Set(['deputy', 'acting', 'former', 'ex', 'interim']);
/** What a numbered project is ("Power of Siberia 2 pipeline", "Arctic LNG 2 project", "Estlink 2 cable"). */
const NUMBERED_WORKS = new Set(['pipeline', 'pipelines', 'project', 'projects', 'plant', 'cable', 'line', 'reactor', 'unit', 'field', 'terminal', 'interconnector', 'route', 'station', 'facility', 'deal', 'gas', 'lng', 'link']);
/** Ships' kinds written before their names ("the icebreaker Yakutia"; not "carrier", which is an airline too). */
const LIST_JOINTS = new Set(['and', 'or', 'the']);
const SHIP_LIST_BEFORE = /\b(?:icebreakers|tankers|vessels|ships|frigates|corvettes|submarines|warships|cruisers|destroyers)\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?(?:,\s+(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?){0,4},?\s+(?:and|or)\s+(?:the\s+)?$/u;
const VESSELS = new Set(['icebreaker', 'icebreakers', 'tanker', 'tankers', 'vessel', 'vessels', 'ship', 'ships', 'frigate', 'frigates', 'corvette', 'corvettes', 'cruiser', 'cruisers',
  'destroyer', 'destroyers', 'submarine', 'submarines', 'freighter', 'ferry', 'yacht', 'flagship', 'warship', 'warships', 'gunboat']);
/** "the tanker Eagle S", "the bulk carrier Yi Peng 3": 1 when a letter or a number at word `we` ends the ship's name. */
function shipNameTail(view: WordView, we: number): number {
  return we < view.words.length && view.gap[we] === Gap.Space && /^(?:[a-z]|\d{1,3})$/.test(view.words[we]!.key) && view.capital[we] ? 1 : 0;
}
/** A ship's kind in the words from `at` ("patrol ship", "large landing ship"): up to two lower-case words, then a vessel noun, then no name. */
function vesselAfter(view: WordView, at: number): boolean {
  // (Not "the BBC's flagship programme": a possessive, or a flagship of anything but a fleet.)
  for (let k = at; k < view.words.length && k <= at + 2 && view.gap[k] === Gap.Space && !view.capital[k] && /^[a-z-]+$/.test(view.words[k]!.key) && view.words[k]!.key !== 'flagship'; k++) {
    // (Not "the Royal Fleet Auxiliary ship Diligence": the ship's own name after its kind.)
    if (VESSELS.has(view.words[k]!.key)) return !/s$/.test(view.words[k]!.key) && !(k + 1 < view.words.length && view.gap[k + 1] === Gap.Space && view.capital[k + 1]);
  }
  return false;
}
/** Ranks ships are named after: "the cruiser Admiral Kuznetsov", "the frigate Admiral Makarov". */
const SHIP_NAME_RANKS = new Set(['admiral', 'general', 'marshal', 'captain', 'akademik', 'professor']);
/** Lower-case nouns that make the name before them a party's: "the Hayastan bloc". */
const PARTY_HEADS = new Set(['bloc', 'party', 'alliance', 'coalition', 'faction']);
/** Last words of a military unit's name, which its number opens ("3rd Separate Assault Brigade"). */
const MILITARY_UNITS = new Set(['brigade', 'brigades', 'regiment', 'division', 'army', 'corps', 'battalion', 'fleet', 'squadron', 'flotilla', 'detachment']);
/** Crude oils named after places, and the words that make them crudes ("the Urals blend", "Brent crude"). */
const CRUDES = new Set(['urals', 'brent', 'espo', 'wti', 'sokol']);
const OIL_STORY = /\b(?:crude|oil|barrels?|OPEC)\b/i;
const CRUDE_NEXT = new Set(['blend', 'crude', 'oil', 'price', 'prices', 'benchmark', 'futures', 'grade', 'barrel', 'barrels']);
/** Nouns after a name that make it a weapon's or a product's: "Iskander missile systems", "Bayraktar drones". */
const PRODUCT_NOUNS = new Set(['missile', 'missiles', 'system', 'systems', 'rocket', 'rockets', 'drone', 'drones', 'tank', 'tanks', 'fighter',
  'fighters', 'jet', 'jets', 'helicopter', 'helicopters', 'launcher', 'launchers', 'howitzer', 'howitzers', 'rifle', 'rifles', 'vaccine', 'vaccines',
  'battery', 'batteries', 'interceptor', 'interceptors', 'munition', 'munitions', 'warhead', 'warheads', 'vehicle', 'vehicles']);
/** Words between a weapon's name and its noun: "sea drone", "air-defense systems", "hypersonic missiles". */
const PRODUCT_MODIFIERS = new Set(['sea', 'naval', 'air', '-', 'defense', 'defence', 'cruise', 'ballistic', 'hypersonic', 'attack', 'combat', 'battle',
  'kamikaze', 'long', 'short', 'medium', 'range', 'surface', 'to', 'anti', 'aircraft', 'armored', 'armoured', 'guided', 'multiple', 'rocket', 'main',
  'unmanned', 'aerial', 'strike', 'fiber', 'optic', 'fpv', 'loitering', 'reconnaissance', 'self', 'propelled', 'infantry', 'fighting',
  'intermediate', 'tactical', 'strategic', 'intercontinental', 'nuclear', 'capable', 'supersonic', 'mobile', 'coastal', 'land', 'based']);
/** Nouns a weapon's noun may modify, making the name before it something else's: "Belgorod drone attack". */
const PRODUCT_COMPOUND_HEADS = new Set(['attack', 'attacks', 'strike', 'strikes', 'raid', 'raids', 'factory', 'factories', 'plant', 'production',
  'program', 'programme', 'industry', 'maker', 'makers', 'manufacturer', 'unit', 'units', 'base', 'bases', 'site', 'sites', 'alert', 'alerts',
  'debris', 'wreckage', 'fragments', 'operator', 'operators', 'crew', 'crews', 'threat', 'incursion', 'incursions', 'hub', 'company']);

/**
 * Whether a weapon's or a product's noun follows the name ending at `we`: 'model' after a model number
 * ("Magura V5 sea drone", "Bayraktar TB2 drones"), 'noun' after modifiers or further names of a list
 * ("Patriot batteries", "Gepard and Skynex air-defense systems"), else 'none'.
 */
function productAfter(view: WordView, we: number): 'model' | 'noun' | 'none' {
  const { words } = view;
  let model = false;
  let k = we;
  for (let steps = 0; k < words.length && steps < 7 && (view.gap[k] === Gap.Space || gluedHyphen(view, k - 1)); steps++, k++) {
    const key = words[k]!.key;
    if (PRODUCT_NOUNS.has(key) && !view.capital[k]) {
      const head = words[k + 1];
      return head && view.gap[k + 1] === Gap.Space && PRODUCT_COMPOUND_HEADS.has(head.key) ? 'none' : model ? 'model' : 'noun';
    }
    if (k === we && view.capital[k] && /^[a-z]{0,4}-?\d{1,4}[a-z]{0,2}$/.test(key)) model = true;
    else if (view.capital[k] ? !(k > we && (words[k - 1]!.key === 'and' || view.capital[k - 1])) : !(PRODUCT_MODIFIERS.has(key) || key === 'and')) return 'none';
  }
  return 'none';
}

/** "North–South corridor", "East-West highway": a compass word joined by a dash to another is half of an adjective. */
function compassPair(view: WordView, ws: number, we: number): boolean {
  if (we - ws !== 1 || !COMPASS.has(view.words[ws]!.key)) return false;
  const w = view.words;
  return (gluedHyphen(view, we) && COMPASS.has(w[we + 1]?.key ?? '')) || (gluedHyphen(view, ws - 1) && COMPASS.has(w[ws - 2]?.key ?? ''));
}

function typed(view: WordView, gaz: Gazetteer, c: Candidate): Draft | null {
  if (compassPair(view, c.ws, c.we)) return null;
  // "Power of Siberia 2 pipeline", "Arctic LNG 2 project": a project's number is part of its name.
  const n = view.words.length;
  // ("Estlink 2 power cable": a word may qualify the work.)
  const workAt = c.we + 2 < n && !view.capital[c.we + 1] && view.gap[c.we + 2] === Gap.Space && NUMBERED_WORKS.has(view.words[c.we + 2]!.key) ? c.we + 2 : c.we + 1;
  if (c.label !== 'PER' && c.we + 1 < n && view.gap[c.we] === Gap.Space && view.gap[c.we + 1] === Gap.Space && /^(?:[1-9]|ii|iii|iv)$/.test(view.words[c.we]!.key) && NUMBERED_WORKS.has(view.words[workAt]!.key)) {
    return typed(view, gaz, { ...c, we: c.we + 1, refs: gaz.lookupKey(keyOf(view, c.ws, c.we + 1)) });
  }
  // "Kim Yo-jong", "Choe Son-hui": a romanized given name whose second syllable follows a hyphen in lower case.
  if ((c.label === 'PER' || c.type === 'PERSON') && c.we + 2 < n && view.gap[c.we] === Gap.Space && view.capital[c.we] && gluedHyphen(view, c.we + 1) && /^\p{Ll}/u.test(view.body[view.words[c.we + 2]!.start]!) && c.we - c.ws <= 2) {
    return typed(view, gaz, { ...c, we: c.we + 3, label: 'PER', refs: [] });
  }
  // "Abdel Fattah el-Sisi", "Asaad Hassan al-Shaibani": the Arabic article and the name after it end the person's name.
  if (c.label === 'PER' && c.we + 2 < n && view.gap[c.we] === Gap.Space && ARABIC_ARTICLES.has(view.words[c.we]!.key) && !view.capital[c.we] && gluedHyphen(view, c.we + 1) && view.capital[c.we + 2]) {
    return typed(view, gaz, { ...c, we: c.we + 3, refs: [] });
  }
  // "the 3rd Separate Assault Brigade", "the 47th Mechanized Brigade": a unit's number and its words are its name.
  if (MILITARY_UNITS.has(view.words[c.we - 1]!.key)) {
    let a = c.ws;
    // ("the 18th Machine Gun and Artillery Division": an "and" between its words.)
    while (a > 0 && c.ws - a < 6 && view.gap[a] === Gap.Space && ((view.capital[a - 1] && !/^\d/.test(view.words[a - 1]!.key)) || (view.words[a - 1]!.key === 'and' && view.capital[a - 2]))) a--;
    if (a > 0 && view.gap[a] === Gap.Space && /^\d{1,3}(?:st|nd|rd|th)$/.test(view.words[a - 1]!.key)) return typed(view, gaz, { ...c, ws: a - 1, label: 'ORG', refs: [], type: 'ORG' });
  }
  // "the Kyiv-based Energy Transition Institute": where a body sits is no part of its name.
  if (c.label !== 'PER' && c.we - c.ws >= 4 && gluedHyphen(view, c.ws + 1) && view.words[c.ws + 2]!.key === 'based') return typed(view, gaz, { ...c, ws: c.ws + 3, refs: [] });
  // "Deputy Security Council Chairman Dmitry Medvedev": the rank before a body's name is the title's, not the body's.
  if (c.label === 'ORG' && c.we - c.ws > 2 && TITLE_RANKS.has(view.words[c.ws]!.key) && view.gap[c.ws + 1] === Gap.Space) return typed(view, gaz, { ...c, ws: c.ws + 1 });
  // "Article 17": a part of a document, no name.
  if (c.we - c.ws === 1 && DOCUMENT_PARTS.has(view.words[c.ws]!.key) && c.we < view.words.length && view.gap[c.we] === Gap.Space && /^\d/.test(view.words[c.we]!.key)) return null;
  const only = c.we - c.ws === 1 ? view.words[c.ws]!.key : null;
  if (only !== null && GENERIC_ACRONYMS.has(only) && !c.refs.some((r) => r.kind === 'org')) return null;
  // "wrote on Telegram", "posted on X": a platform is a company, never a place.
  if (only !== null && view.capital[c.ws] && PLATFORMS.has(only) && (only !== 'x' || view.words[c.ws - 1]?.key === 'on')) return { ws: c.ws, we: c.we, type: 'ORG', ref: null, refs: [], source: c.source };
  // "the icebreaker Yakutia", "the tanker Eagle S": a ship's name, not a place or a company.
  // (Not "Novatek's flagship Arctic LNG 2 project": a flagship work.)
  const work = c.we < n && view.gap[c.we] === Gap.Space && NUMBERED_WORKS.has(view.words[c.we]!.key);
  // (After a plural, a country is what a clause is about: "the ships Russia sent to Syria"; a town's name may be a ship's.)
  const plural = c.ws > 0 && /s$/.test(view.words[c.ws - 1]!.key);
  const placeLike = plural && gaz.lookupKey(keyOf(view, c.ws, c.we)).some((r) => r.kind === 'country' || r.kind === 'norp');
  if (c.ws > 0 && c.we - c.ws <= 3 && view.gap[c.ws] === Gap.Space && !view.capital[c.ws - 1] && VESSELS.has(view.words[c.ws - 1]!.key) && !work && !placeLike) {
    return { ws: c.ws, we: c.we + shipNameTail(view, c.we), type: 'MISC', ref: null, refs: [], source: c.source };
  }
  // "the Sergei Kotov patrol ship", "the Ivanovets missile corvette": a name between "the" and a ship's kind.
  if (c.ws > 0 && c.we - c.ws <= 3 && view.words[c.ws - 1]!.key === 'the' && vesselAfter(view, c.we)) {
    return { ws: c.ws, we: c.we, type: 'MISC', ref: null, refs: [], source: c.source };
  }
  // "the cruiser Admiral Kuznetsov", "the frigates Admiral Grigorovich and Admiral Golovko": a rank opens the ship's name.
  const rankAt = c.ws - 1;
  if (rankAt > 0 && c.we - c.ws <= 2 && view.gap[c.ws] === Gap.Space && view.gap[rankAt] === Gap.Space && SHIP_NAME_RANKS.has(view.words[rankAt]!.key) && view.capital[rankAt] &&
    (VESSELS.has(view.words[rankAt - 1]!.key) || (LIST_JOINTS.has(view.words[rankAt - 1]!.key) && SHIP_LIST_BEFORE.test(view.body.slice(Math.max(0, view.words[rankAt]!.start - 90), view.words[rankAt]!.start))))) {
    return { ws: rankAt, we: c.we, type: 'MISC', ref: null, refs: [], source: c.source };
  }
  // "the icebreakers Yakutia and Chukotka": the further names of a list of ships are ships too.
  // (The list's last joint stands right before the name, so only then is the text before it read.)
  if (c.ws > 0 && c.we - c.ws <= 3 && LIST_JOINTS.has(view.words[c.ws - 1]!.key) && SHIP_LIST_BEFORE.test(view.body.slice(Math.max(0, view.words[c.ws]!.start - 90), view.words[c.ws]!.start))) {
    return { ws: c.ws, we: c.we + shipNameTail(view, c.we), type: 'MISC', ref: null, refs: [], source: c.source };
  }
  // "the Urals blend", "Brent crude": a crude oil, not the mountains or a borough.
  if (only !== null && CRUDES.has(only) && c.we < view.words.length && view.gap[c.we] === Gap.Space && CRUDE_NEXT.has(view.words[c.we]!.key)) return { ws: c.ws, we: c.we, type: 'MISC', ref: null, refs: [], source: c.source };
  // "the discount on Urals crude relative to Brent": alone, Brent is the benchmark in a story on oil (no
  // town in the North Sea); the Urals stay mountains unless "crude" or "blend" follows them.
  if (only === 'brent' && OIL_STORY.test(view.body)) return { ws: c.ws, we: c.we, type: 'MISC', ref: null, refs: [], source: c.source };
  let refs = attachRefs(view, gaz, c);
  // "UN", "OSCE": an acronym in running text is no town that happens to be spelled with those letters ("Un", India).
  if (c.we - c.ws === 1 && !view.allCaps[view.sentence[c.ws]!]) {
    const w = view.words[c.ws]!;
    const surface = view.body.slice(w.start, w.end);
    if (/^[A-Z]{2,6}$/.test(surface)) refs = refs.filter((r) => r.kind !== 'place' || r.row[0] === surface);
  }
  // Right after a title a town's name is a given name: "President Vladimir Putin".
  const nameNext = c.label === 'PER' && c.we < view.words.length && view.gap[c.we]! <= Gap.Bracket && view.capital[c.we] === 1;
  if (c.source === 'title' || nameNext) refs = refs.filter((r) => !(r.kind === 'place' && (r.row[2] === 'city' || r.row[2] === 'capital')));
  // In a headline written in capitals the tagger guesses; the gazetteer knows.
  const label = refs.length && view.allCaps[view.sentence[c.ws]!] ? null : c.label;
  const nameLike = c.we - c.ws === 1 && gaz.isCommonWord(view.words[c.ws]!.key);
  const regionalSurname = refs.length > 0 && c.we - c.ws === 1 && REGIONAL_SURNAME.test(view.words[c.ws]!.key);
  const ref = pickRef(refs, label, c.source === 'citation', nameLike, regionalSurname);
  let type: EntityType | null = c.type;
  if (!type) type = ref ? typeOfRef(ref) : null;
  if (type === 'PERSON' && ref && ref.kind !== 'person') type = typeOfRef(ref);
  const product = productAfter(view, c.we);
  if (!type) type = typeOfLabel(view, c.label, c.ws, c.we, product);
  // "the fall of Bashar al-Assad", "Ahmed al-Sharaa": a given name before an Arabic article hyphened to a name is a person,
  // whatever the tagger or a place's name says.
  if (type !== 'PERSON' && arabicPersonName(view, c.ws, c.we)) type = 'PERSON';
  // "the opposition Hayastan bloc": a party named after its country is a party (with its head noun).
  if ((type === 'GPE' || type === 'LOC') && c.we < n && view.gap[c.we] === Gap.Space && !view.capital[c.we] && PARTY_HEADS.has(view.words[c.we]!.key) && c.we - c.ws <= 2) {
    return { ws: c.ws, we: c.we + 1, type: 'ORG', ref: null, refs: [], source: c.source };
  }
  // "Uzbekistan's Navoiyuran", "Poland's Orlen": a name of no kind the gazetteer knows, owned by a country, is a company's.
  if (type === 'MISC' && ref === null && c.ws > 1 && view.words[c.ws - 1]!.key === "'s" && view.gap[c.ws] === Gap.Space && product === 'none') {
    const owner = qualifierBefore(view, gaz, c.ws - 1);
    if (owner?.ref.kind === 'country') type = 'ORG';
  }
  // "a Magura V5 sea drone": a model's number makes the name (with it) a weapon's even where a town shares it.
  if (type !== 'PERSON' && product === 'model') return { ws: c.ws, we: c.we + 1, type: 'MISC', ref: null, refs: [], source: c.source };
  // "near Ayn Isa", "outside Daquq": a name after a preposition of place is a place, not a person.
  if (type === 'PERSON' && ref === null && c.ws > 0 && view.gap[c.ws] === Gap.Space && NEAR_PLACE.has(view.words[c.ws - 1]!.key)) type = 'GPE';
  return { ws: c.ws, we: c.we, type, ref, refs, source: c.source };
}

const NEAR_PLACE = new Set(['near', 'outside', 'nearby']);

/** Which gazetteer entry a phrase means here. Places, countries, fields and outlets are never people. */
function pickRef(refs: readonly GazRef[], label: NerLabel | null, citation: boolean, nameLike: boolean, regionalSurname: boolean): GazRef | null {
  if (refs.length === 0) return null;
  const find = (pred: (r: GazRef) => boolean): GazRef | undefined => refs.find(pred);
  if (citation) return find((r) => r.kind === 'org') ?? null;
  const isOutlet = (r: GazRef): boolean => r.kind === 'org' && r.row[1] === 'outlet';
  const isCity = (r: GazRef): boolean => r.kind === 'place' && (r.row[2] === 'city' || r.row[2] === 'capital');
  // A surname of the region the gazetteer knows only as a person's is that person's, whatever the tagger
  // guessed ("Zakharova told a briefing": ORG to the tagger).
  const surnameHolder = regionalSurname ? (find((r) => r.kind === 'person') ?? null) : null;
  switch (label) {
    case 'PER':
      // A known company, outlet, field or town called a person by the tagger is still what the gazetteer
      // says, unless the town is named like people are ("Clinton", "Obama").
      return find((r) => r.kind === 'person') ?? find((r) => !isCity(r) || multiWord(r) || (!nameLike && notableTown(r))) ?? null;
    case 'ORG':
      return find((r) => r.kind === 'org') ?? find((r) => r.kind !== 'person') ?? surnameHolder;
    case 'LOC':
      return find((r) => r.kind === 'country' || r.kind === 'place') ?? find((r) => r.kind !== 'person') ?? null;
    case 'MISC':
      return find((r) => r.kind === 'norp' || r.kind === 'event') ?? find((r) => r.kind !== 'person') ?? surnameHolder;
    default:
      return (
        find((r) => r.kind === 'country') ??
        find((r) => r.kind === 'norp') ??
        find((r) => r.kind === 'event') ??
        find((r) => r.kind === 'org' && !isOutlet(r)) ??
        find((r) => r.kind === 'place') ??
        find((r) => r.kind === 'person') ??
        refs[0]!
      );
  }
}

/** A capital, a city of 100,000 or one of our own facts (population unknown): not a surname in disguise. */
function notableTown(r: GazRef): boolean {
  return r.kind === 'place' && (r.row[2] === 'capital' || r.row[7] === 0 || r.row[7] >= 100_000);
}

/** "Alto Hospicio": a multi-word place name is rarely also a person's name. */
function multiWord(r: GazRef): boolean {
  return r.kind === 'place' && r.row[0].includes(' ');
}

function typeOfRef(ref: GazRef): EntityType {
  switch (ref.kind) {
    case 'country':
      return 'GPE';
    case 'place':
      return ref.row[1];
    case 'norp':
      return 'NORP';
    case 'org':
      return 'ORG';
    case 'person':
      return 'PERSON';
    case 'event':
      return 'EVENT';
  }
}

const EXERCISE_WORDS = new Set(['exercise', 'exercises', 'drill', 'drills', 'maneuvers', 'manoeuvres', 'wargames']);
const EXERCISE_MODIFIERS = new Set(['strategic', 'military', 'joint', 'naval', 'command-staff', 'command', 'staff', 'large-scale', 'annual', 'snap', 'war', '-']);

/** "the Zapad 2017 strategic exercise", "Kavkaz-2016 drills": a military exercise's name. */
function namesExercise(view: WordView, we: number): boolean {
  for (let k = we; k < view.words.length && k < we + 4 && view.gap[k] === Gap.Space; k++) {
    const key = view.words[k]!.key;
    if (EXERCISE_WORDS.has(key)) return true;
    if (!EXERCISE_MODIFIERS.has(key) && !/^\d{4}$/.test(key)) return false;
  }
  return false;
}

/** Nouns of a body that a name before them names: "the Caspian Barrel oil research center". */
const INSTITUTION_NOUNS = new Set(['center', 'centre', 'institute', 'company', 'firm', 'group', 'foundation', 'agency', 'newspaper', 'weekly', 'daily',
  'website', 'consultancy', 'organization', 'organisation', 'association', 'movement', 'party']);

/** An unknown name followed by a few lower-case words that end in a body's noun is that body's name. */
function namesInstitution(view: WordView, we: number): boolean {
  for (let k = we; k < view.words.length && k < we + 4 && view.gap[k] === Gap.Space && !view.capital[k]; k++) {
    if (INSTITUTION_NOUNS.has(view.words[k]!.key)) return true;
  }
  return false;
}

const ADJECTIVE_ENDING = /(?:phobic|philic|istic|ical|ist)$/;

/** Nouns of a body written right before its name: "state power company Barki Tojik", "the bank Halyk". */
const BODY_NOUNS_BEFORE = new Set(['company', 'firm', 'corporation', 'conglomerate', 'holding', 'bank', 'operator', 'producer', 'monopoly', 'agency',
  'newspaper', 'weekly', 'daily', 'website', 'broadcaster', 'channel', 'party', 'movement', 'bloc', 'group', 'organization', 'organisation', 'consortium',
  'house', 'trader', 'insurer', 'carrier', 'airline', 'outlet', 'portal', 'startup', 'manufacturer', 'exporter', 'importer', 'supplier', 'refiner', 'miner', 'subsidiary']);

const COMPASS = new Set(['north', 'south', 'east', 'west', 'central', 'northern', 'southern', 'eastern', 'western']);

/** A name of capitalized parts joined by in-word hyphens: "Atyrau-Samara", "Central Asia-China". */
function joinsPlaces(view: WordView, ws: number, we: number): boolean {
  let hyphens = 0;
  for (let k = ws + 1; k < we - 1; k++) {
    const w = view.words[k]!;
    if (w.key !== '-') continue;
    if (view.words[k - 1]!.end !== w.start || w.end !== view.words[k + 1]!.start || !view.capital[k - 1] || !view.capital[k + 1]) return false;
    hyphens++;
  }
  return hyphens > 0;
}

/** Nouns of a settlement named after "of": "the village of Levonarkh", "the railway station of Shetpe". */
const SETTLEMENT_NOUNS = new Set(['town', 'village', 'city', 'settlement', 'hamlet', 'township', 'station', 'port', 'district', 'outskirts', 'suburb']);

function settlementOf(view: WordView, ws: number): boolean {
  return ws > 1 && view.words[ws - 1]!.key === 'of' && view.gap[ws] === Gap.Space && !view.capital[ws - 2] && SETTLEMENT_NOUNS.has(view.words[ws - 2]!.key);
}

/** "the Rogun hydroelectric station", "the Kashagan oil field": a name a few lower-case words before a structure's or a field's noun. */
function namesStructure(view: WordView, we: number, structures: ReadonlySet<string> = STRUCTURE_NOUNS): EntityType | null {
  for (let k = we; k < view.words.length && k < we + 3 && view.gap[k] === Gap.Space && !view.capital[k]; k++) {
    const key = view.words[k]!.key;
    // "Ramon Lobo's home base": an owner is no structure; nor is "Oleh Kiper said the port …" one.
    if (key === "'s" || key === "'" || NOT_IN_STRUCTURE_NAME.test(key)) return null;
    // "hydropower plant", "power plant": a plant that makes power is a public work.
    if (structures.has(key) || (key === 'plant' && structures === PUBLIC_WORKS && /^(?:hydropower|hydroelectric|power|nuclear)$/.test(view.words[k - 1]?.key ?? ''))) return 'FAC';
    if (key === 'field' || key === 'fields' || key === 'deposit') return 'LOC';
  }
  return null;
}
/** Words between a name and its structure's noun are modifiers ("Bushehr nuclear plant"), never these. */
const NOT_IN_STRUCTURE_NAME = /^(?:the|a|an|this|that|its|his|her|their|and|or|but|to|of|in|on|at|by|for|with|from|said|says|told|was|is|are|were|has|had|have|will|would)$/;
const STRUCTURE_NOUNS = new Set(['station', 'plant', 'dam', 'pipeline', 'refinery', 'port', 'airport', 'terminal', 'reservoir', 'mine', 'base', 'cosmodrome', 'bridge', 'railway', 'canal', 'shipyard', 'shipyards']);
/** Structures rarely named after the company that runs them. */
const PUBLIC_WORKS: ReadonlySet<string> = new Set(['dam', 'pipeline', 'reservoir', 'cosmodrome', 'bridge', 'railway', 'canal', 'airport']);

/** Nouns of a body in an apposition after a name: "Ozenmunaigas, a subsidiary of …", "Alga!, the unregistered party". */
const APPOSED_BODY_NOUNS = new Set(['subsidiary', 'company', 'firm', 'unit', 'affiliate', 'operator', 'party', 'movement', 'bank', 'agency', 'consortium',
  'newspaper', 'weekly', 'daily', 'website', 'broadcaster', 'tank', 'corporation', 'monopoly', 'conglomerate', 'organization', 'organisation', 'ngo']);

function apposedBody(view: WordView, we: number, heads: ReadonlySet<string> = APPOSED_BODY_NOUNS, maxWords = 6, after: ReadonlySet<string> = AFTER_HEAD): boolean {
  if (we + 1 >= view.words.length || view.gap[we] !== Gap.Comma || !/^(?:a|an|the)$/.test(view.words[we]!.key)) return false;
  // (A figure starts no name: "the 870-km standard-gauge line".)
  for (let k = we + 1; k < view.words.length && k <= we + maxWords && (view.gap[k] === Gap.Space || gluedHyphen(view, k)) && (!view.capital[k] || /^\d/.test(view.words[k]!.key)); k++) {
    const key = view.words[k]!.key;
    if (key === 'of' || key === "'s") return false;
    // The head of the phrase, not a modifier: "a subsidiary of", not "the party leader".
    if (heads.has(key)) return k + 1 >= view.words.length || view.gap[k + 1] !== Gap.Space || after.has(view.words[k + 1]!.key);
  }
  return false;
}

/** Heads of an apposition that make the name before it a structure: "Rail Baltica, the 870-km standard-gauge line". */
const APPOSED_STRUCTURE_NOUNS: ReadonlySet<string> = new Set(['line', 'railway', 'railroad', 'pipeline', 'dam', 'port', 'corridor', 'canal', 'bridge', 'cable', 'highway', 'motorway', 'plant', 'refinery', 'terminal', 'airport', 'cosmodrome', 'reservoir']);
const AFTER_HEAD = new Set(['of', 'that', 'which', 'whose', 'owned', 'based', 'in', 'founded', 'controlled', 'run', 'set', 'created', 'with', 'and']);
/** What follows a structure's head noun in an apposition: "the line meant to connect …", "the pipeline from Baku to …". */
const AFTER_STRUCTURE_HEAD: ReadonlySet<string> = new Set([...AFTER_HEAD, 'meant', 'built', 'linking', 'connecting', 'running', 'designed', 'planned', 'due', 'expected', 'intended', 'under', 'from', 'to', 'between', 'across', 'through', 'along', 'carrying', 'opened', 'completed']);

/** Whether [ws, we) is a given name, then an Arabic article hyphened to a capitalized name: "Bashar al-Assad". */
function arabicPersonName(view: WordView, ws: number, we: number): boolean {
  const w = view.words;
  if (we - ws < 4 || !view.capital[ws] || !isGivenName(surfaceOf(view, ws, ws + 1))) return false;
  for (let k = ws + 1; k + 2 < we; k++) if (ARABIC_ARTICLES.has(w[k]!.key) && gluedHyphen(view, k + 1) && view.capital[k + 2]) return true;
  return false;
}

/** The type the tagger's label and the words around [ws, we) give; `product` is productAfter(view, we). */
function typeOfLabel(view: WordView, label: NerLabel | null, ws: number, we: number, product: ReturnType<typeof productAfter>): EntityType {
  const last = view.words[we - 1]!.key;
  if (label !== 'PER' && product !== 'none') return 'MISC';
  // A person's full name keeps its type: "Vladimir Kozlov, the party's leader".
  if (label !== 'ORG' && !(label === 'PER' && we - ws > 1) && apposedBody(view, we)) return 'ORG';
  // (Hyphenated measures take words: "the 870-km standard-gauge line".)
  if (apposedBody(view, we, APPOSED_STRUCTURE_NOUNS, 9, AFTER_STRUCTURE_HEAD)) return 'FAC';
  // "the Central Asia-China gas pipeline", "the Baku-Tbilisi-Ceyhan pipeline": places joined by hyphens name a route.
  if (joinsPlaces(view, ws, we) && namesStructure(view, we) === 'FAC') return 'FAC';
  if (we - ws > 1 && DOCUMENT_WORDS.has(last) && view.capital[we - 1]) return 'MISC';
  // "Western Military District", "Black Sea Fleet": commands, not places.
  if (we - ws > 1 && ((last === 'district' && view.words[we - 2]!.key === 'military') || last === 'fleet') && view.capital[we - 1]) return 'ORG';
  // "Line of Contact" (whatever the tagger says but PER); "US-Mexico Border" (unless it names a body).
  const lineOf = LINE_WORDS.has(view.words[ws]!.key) && view.words[ws + 1]?.key === 'of';
  if (we - ws > 1 && label !== 'PER' && view.capital[ws] && (lineOf || (label !== 'ORG' && LINE_WORDS.has(last)))) return 'LOC';
  // "Northern Sea Route", "Middle Corridor", "Northwest Passage": a route is a place, never a body, whatever the tagger says but PER.
  if (we - ws > 1 && label !== 'PER' && ROUTE_LAST.has(last) && view.capital[we - 1]) return 'LOC';
  // "the Western Balkans", "Central Asia": a compass word before a known region is a region, whatever the tagger says but PER.
  if (we - ws === 2 && label !== 'PER' && COMPASS.has(view.words[ws]!.key) && REGION_WORDS.has(last)) return 'LOC';
  // "Gulf of Finland", "Sea of Azov": a water named after a place.
  if (we - ws > 2 && WATER_HEADS.has(view.words[ws]!.key) && view.capital[ws] && view.words[ws + 1]!.key === 'of') return 'LOC';
  // "Kamchik Pass", "Pankisi Gorge": a landform's name, whatever the tagger says but PER.
  // ("Gydan Peninsula", "Panj River": no one's name ends in a capitalized landform word, whatever the tagger says.)
  if (we - ws > 1 && LANDFORM_LAST.has(last) && view.capital[we - 1]) return 'LOC';
  switch (label) {
    case 'PER': {
      if (we - ws > 1 && (ORG_LAST_WORDS.has(last) || ROMANCE_BODY_FIRST.has(view.words[ws]!.key))) return 'ORG';
      // ("the Swiss trading house Gunvor"; "The pipeline's operator, Bulgartransgaz,": a body's noun and a comma before the name.)
      if (ws > 0 && (view.gap[ws] === Gap.Space || (view.gap[ws] === Gap.Comma && we < view.words.length && view.gap[we] === Gap.Comma && we - ws === 1)) && !view.capital[ws - 1] && BODY_NOUNS_BEFORE.has(view.words[ws - 1]!.key)) return 'ORG';
      if (settlementOf(view, ws)) return 'GPE';
      const structure = namesStructure(view, we);
      if (structure) return structure;
      // "Russophobic hysteria", "Islamist": an adjective's ending is no one's name.
      if (we - ws === 1 && ADJECTIVE_ENDING.test(last)) return 'MISC';
      // ("Trans-Anatolian Pipeline", "Crimean Bridge": a structure's capitalized last word.)
      return (STREET_WORDS.has(last) || (FAC_WORDS.has(last) && view.capital[we - 1])) && we - ws > 1 ? 'FAC' : 'PERSON';
    }
    case 'ORG':
      // "the Trans-Adriatic Pipeline": a capitalized pipeline is the structure, not its company; so is a
      // name before a public work's noun ("Power of Siberia 2 pipeline").
      if (we - ws > 1 && last === 'pipeline' && view.capital[we - 1]) return 'FAC';
      if (namesStructure(view, we, PUBLIC_WORKS) === 'FAC') return 'FAC';
      return STREET_WORDS.has(last) && we - ws > 1 ? 'FAC' : 'ORG';
    case 'LOC':
      if (FAC_WORDS.has(last)) return 'FAC';
      const structure = namesStructure(view, we);
      if (structure) return structure;
      // "the Alliance", "the Customs Union": a body's last word, whatever the tagger says.
      if (ORG_LAST_WORDS.has(last) && view.capital[we - 1]) return 'ORG';
      // Not "the West German savings bank association": a nationality is no body's name.
      if (we - ws > 1 && !/(?:an|ese|ish)$/.test(last) && namesInstitution(view, we)) return 'ORG';
      for (let k = ws; k < we; k++) if (LOC_WORDS.has(view.words[k]!.key)) return 'LOC';
      return 'GPE';
    default:
      for (let k = ws; k < we; k++) if (EVENT_WORDS.has(view.words[k]!.key) && view.capital[k]) return 'EVENT';
      // "Anti-Corruption Foundation", "Constitutional Law Committee": a body's capitalized head noun.
      if (we - ws > 1 && MISC_BODY_LAST.has(last) && view.capital[we - 1]) return 'ORG';
      if (namesExercise(view, we)) return 'EVENT';
      if (namesStructure(view, we) === 'FAC') return 'FAC';
      // "the Alternative research center" (not "Russian oil company", "Western research centers").
      if (!/(?:an|ese|ish|i|ern|ic|ist|al)$/.test(last) && namesInstitution(view, we)) return 'ORG';
      // "Georgians", "South Ossetians": a people, with a compass word at most.
      return /(?:ians?|eans?|ese|ish|is)$/.test(last) && (we - ws === 1 || (we - ws === 2 && COMPASS.has(view.words[ws]!.key))) ? 'NORP' : 'MISC';
  }
}

// ---- clustering: one entity per real thing ------------------------------------------------------

/** Of clusters, the one with the latest mention ending before word `at`, or null when none is named before it. */
function lastNamedBefore(clusters: readonly Cluster[], at: number): Cluster | null {
  let best: Cluster | null = null;
  let bestEnd = -1;
  for (const c of clusters) {
    for (const [, we] of c.mentions) {
      if (we <= at && we > bestEnd) {
        best = c;
        bestEnd = we;
      }
    }
  }
  return best;
}

interface Cluster {
  key: string;
  type: EntityType;
  ref: GazRef | null;
  /** Word ranges of its mentions. */
  mentions: [number, number][];
  /** Longest multi-word person name seen (surface), for naming. */
  fullName: string | null;
  roles: RoleFinding[];
  /** Where each role (same index) is seen: the date it is held (roleDates) and its paragraph's one country. */
  roleSeen: { date: string | null; paragraphCountry: string | null }[];
  nationality: string | null;
  orgCountry: string | null;
}

function cluster(view: WordView, gaz: Gazetteer, drafts: Draft[], date: string | null, roleDateAt: (offset: number) => string | null = () => date): EntityLayer {
  const clusters = new Map<string, Cluster>();
  const order: Cluster[] = [];
  const get = (key: string, type: EntityType, ref: GazRef | null): Cluster => {
    let c = clusters.get(key);
    if (!c) {
      c = { key, type, ref, mentions: [], fullName: null, roles: [], roleSeen: [], nationality: null, orgCountry: null };
      clusters.set(key, c);
      order.push(c);
    }
    return c;
  };

  const articleCountries = preferArticleCountries(drafts);
  const soleCountry = soleArticleCountry(drafts);
  const paragraphCountry = paragraphCountries(view, drafts);
  const roleSeenAt = (offset: number): { date: string | null; paragraphCountry: string | null } => ({ date: roleDateAt(offset), paragraphCountry: paragraphCountry(offset) });
  // People first: bracket- or space-adjacent pieces ("Vladimir] Putin") form one name.
  const people: Draft[][] = [];
  for (const d of drafts) {
    if (d.type !== 'PERSON') continue;
    const group = people[people.length - 1];
    const prev = group?.[group.length - 1];
    if (group && prev && prev.we === d.ws && (view.gap[d.ws] === Gap.Bracket || view.gap[d.ws] === Gap.Space)) group.push(d);
    else people.push([d]);
  }
  const singles: Draft[][] = [];
  // A nickname written inside a name ("Joaquín “El Chapo” Guzmán") names that person when it stands alone.
  const byNickname = new Map<string, Cluster>();
  const nicknameOf = (ws: number, we: number) => byNickname.get(keyOf(view, ws, we));
  // The last words of a longer name ("Pena Nieto" of "Enrique Pena Nieto") name that person.
  const byTail = new Map<string, Cluster>();
  const nicknames = new Map(people.map((g) => [g, quotedRunsIn(view, g[0]!.ws, g[g.length - 1]!.we)]));
  // Names with a nickname first, so a bare nickname earlier in the article finds its person (a stable sort).
  const ordered = [...people].sort((a, b) => Number(nicknames.get(b)!.length > 0) - Number(nicknames.get(a)!.length > 0));
  for (const group of ordered) {
    const ws = group[0]!.ws;
    const we = group[group.length - 1]!.we;
    const words = countNameWords(view, ws, we);
    const holder = nicknameOf(ws, we) ?? byTail.get(keyOf(view, ws, we));
    if (holder) {
      addPersonMentions(view, gaz, holder, group, roleSeenAt);
      continue;
    }
    // "O. Tekebayev" is the article's Omurbek Tekebayev where it has one: resolved with the lone surnames.
    if (words < 2 || initialOf(view, ws, we) !== null) {
      singles.push(group);
      continue;
    }
    const name = displayName(nameSurfaceOf(view, ws, we));
    const known = plausiblePerson(gaz, gaz.findPerson(name), articleCountries);
    const c = get(known ? `PR:${known[0]}` : `P:${name.toLowerCase()}`, 'PERSON', known ? { kind: 'person', row: known } : null);
    if (!c.fullName || name.length > c.fullName.length) c.fullName = name;
    addPersonMentions(view, gaz, c, group, roleSeenAt);
    for (const [a, b] of nicknames.get(group)!) byNickname.set(keyOf(view, a, b), c);
    const nameKeys = splitWords(c.fullName!).map((w) => w.key);
    for (let t = 1; t + 1 < nameKeys.length; t++) {
      const tail = nameKeys.slice(t).join(' ');
      if (!byTail.has(tail)) byTail.set(tail, c);
    }
  }
  // A lone surname joins the one person of the article who has it, else a known person with that alias.
  const bySurname = new Map<string, Cluster[]>();
  for (const c of order) {
    if (c.type !== 'PERSON' || !c.fullName) continue;
    const key = lastKey(c.fullName);
    bySurname.set(key, [...(bySurname.get(key) ?? []), c]);
    // "Bashar al-Assad" … "Assad": the surname without its particle.
    const bare = /^(?:al|el|ad|ar|as|an|at|ash|az)-(\p{L}{2,})$/u.exec(key)?.[1];
    if (bare) bySurname.set(bare, [...(bySurname.get(bare) ?? []), c]);
  }
  // "Zurabishvili said …" after "Salome Zourabichvili": the same surname in another transliteration.
  const bySurnameSound = new Map<string, Cluster[]>();
  for (const [key, clusters] of bySurname) {
    const sound = transliterationKey(key);
    bySurnameSound.set(sound, [...new Set([...(bySurnameSound.get(sound) ?? []), ...clusters])]);
  }
  const byFirstName = new Map<string, Cluster[]>();
  for (const c of order) {
    if (c.type !== 'PERSON' || !c.fullName) continue;
    const key = lastKey(c.fullName.split(/\s+/)[0]!);
    byFirstName.set(key, [...(byFirstName.get(key) ?? []), c]);
  }
  // Initials first: one that matches nobody is a person of its own, whose surname alone then names them.
  const initialled = new Set(singles.filter((g) => initialOf(view, g[0]!.ws, g[g.length - 1]!.we) !== null));
  for (const group of initialled) {
    const ws = group[0]!.ws;
    const we = group[group.length - 1]!.we;
    const key = view.words[we - 1]!.key;
    const initial = initialOf(view, ws, we)!;
    const same = bySurname.get(key)?.filter((c) => c.fullName!.normalize('NFKD').toLowerCase().startsWith(initial));
    let c: Cluster;
    if (same && same.length === 1) c = same[0]!;
    else {
      const name = displayName(nameSurfaceOf(view, ws, we));
      c = get(`P:${name.toLowerCase()}`, 'PERSON', null);
      c.fullName ??= name;
      if (!bySurname.has(key)) bySurname.set(key, [c]);
    }
    addPersonMentions(view, gaz, c, group, roleSeenAt);
  }
  for (const group of singles) {
    if (initialled.has(group)) continue;
    const d = group[0]!;
    const key = view.words[d.we - 1]!.key;
    const same = bySurname.get(key);
    let c: Cluster;
    const sameFirst = byFirstName.get(key);
    if (same && same.length === 1) c = same[0]!;
    // ("Mher Grigoryan … Tigran Grigoryan … Grigoryan added": of two namesakes in the article, the one named last
    // before; never a namesake from the gazetteer the article does not name.)
    else if (same && same.length > 1) c = lastNamedBefore(same, d.ws) ?? get(`P:${key}`, 'PERSON', null);
    else if (!same && sameFirst && sameFirst.length === 1) c = sameFirst[0]!;
    else if (!same && bySurnameSound.get(transliterationKey(key))?.length === 1) c = bySurnameSound.get(transliterationKey(key))![0]!;
    else if (d.ref?.kind === 'person' && plausiblePerson(gaz, d.ref.row, articleCountries)) {
      c = get(`PR:${d.ref.row[0]}`, 'PERSON', d.ref);
      c.fullName ??= d.ref.row[0];
    } else c = get(`P:${key}`, 'PERSON', null);
    addPersonMentions(view, gaz, c, group, roleSeenAt);
  }
  // Later bare surnames the tagger missed ("Omarova says"): capitalized, uncovered, unambiguous.
  const covered = new Uint8Array(view.words.length);
  for (const d of drafts) for (let k = d.ws; k < d.we; k++) covered[k] = 1;
  if (bySurname.size) {
    for (let k = 0; k < view.words.length; k++) {
      // "al-Sharaa", "Al-Sharaa": a surname with a particle before a hyphen, written in either case.
      if (!covered[k] && k + 2 < view.words.length && gluedHyphen(view, k + 1) && view.capital[k + 2] && !covered[k + 2]) {
        const same = bySurname.get(`${view.words[k]!.key}-${view.words[k + 2]!.key}`);
        if (same?.length === 1) {
          same[0]!.mentions.push([k, k + 3]);
          k += 2;
          continue;
        }
      }
      if (covered[k] || !view.capital[k]) continue;
      const same = bySurname.get(view.words[k]!.key);
      if (!same || same.length !== 1) continue;
      const nextCap = k + 1 < view.words.length && view.gap[k + 1] === Gap.Space && view.capital[k + 1];
      const prevCap = k > 0 && view.gap[k] === Gap.Space && view.capital[k - 1] && !view.sentenceInitial[k - 1];
      if (nextCap || prevCap) continue;
      same[0]!.mentions.push([k, k + 1]);
    }
  }

  const clusterOfDraft = new Map<Draft, Cluster>();
  for (const d of drafts) {
    if (d.type === 'PERSON') continue;
    const aliasHost = d.aliasOf ? clusterOfDraft.get(d.aliasOf) : undefined;
    if (aliasHost) {
      aliasHost.mentions.push([d.ws, d.we]);
      continue;
    }
    const holder = nicknameOf(d.ws, d.we) ?? (d.we - d.ws > 1 ? byTail.get(keyOf(view, d.ws, d.we)) : undefined);
    if (holder) {
      holder.mentions.push([d.ws, d.we]);
      continue;
    }
    // "Obama said": a town's name that is the surname of a person of this article is that person.
    if (d.ref?.kind === 'place' && d.we - d.ws === 1 && (d.ref.row[2] === 'city' || d.ref.row[2] === 'capital') && d.source !== 'citation') {
      const same = bySurname.get(view.words[d.ws]!.key);
      if (same && same.length === 1) {
        same[0]!.mentions.push([d.ws, d.we]);
        continue;
      }
    }
    // "According to Kurtov": a lone word the tagger mistyped that is the surname of a person of this article.
    if (!d.ref && d.we - d.ws === 1 && d.source === 'tagger') {
      const key = view.words[d.ws]!.key;
      const same = bySurname.get(key) ?? byFirstName.get(key);
      const lone = clusters.get(`P:${key}`);
      if (same && same.length === 1) {
        same[0]!.mentions.push([d.ws, d.we]);
        continue;
      }
      if (lone) {
        lone.mentions.push([d.ws, d.we]);
        continue;
      }
    }
    const c = get(clusterKey(view, d), d.type, d.ref);
    clusterOfDraft.set(d, c);
    c.mentions.push([d.ws, d.we]);
    if (d.type === 'ORG' && !c.orgCountry) c.orgCountry = orgCountryFromText(view, gaz, d.ws) ?? orgCountryInName(view, gaz, d.ws, d.we);
  }
  // Acronyms join the organization they abbreviate ("Commonwealth of Independent States" ... "CIS").
  mergeAcronyms(view, order, clusters);
  mergeShortForms(view, order, clusters);

  const live = order.filter((c) => c.mentions.length > 0);
  for (const c of live) c.mentions.sort((a, b) => a[0] - b[0]);
  live.sort((a, b) => a.mentions[0]![0] - b.mentions[0]![0]);
  const entities: Entity[] = [];
  const mentions: Mention[] = [];
  live.forEach((c, i) => {
    const id = `e${i + 1}`;
    const entity = toEntity(view, gaz, c, id, date, soleCountry);
    entities.push(entity);
    for (const [ws, we] of c.mentions) {
      const start = view.words[ws]!.start;
      const end = view.words[we - 1]!.end;
      mentions.push({ start, end, text: view.body.slice(start, end), type: c.type, entity: id });
    }
  });
  mentions.sort((a, b) => a.start - b.start);
  return { entities, mentions };
}

/** The country a mention names outright: a country, a nationality, a national body, an unambiguous place. */
function namedCountry(d: Draft): string | null {
  const ambiguous = d.refs.some((r) => r.kind === 'place') && d.refs.some((r) => r.kind === 'country');
  if (d.ref?.kind === 'country' && !ambiguous) return d.ref.row[0];
  if (d.ref?.kind === 'norp' && d.ref.row[1]) return d.ref.row[1];
  if (d.ref?.kind === 'org' && d.ref.row[2]) return d.ref.row[2];
  if (d.ref?.kind === 'place' && d.ref.row[3] && d.refs.filter((r) => r.kind === 'place').length === 1) return d.ref.row[3];
  return null;
}

/**
 * The one country an article is about, when most of its mentions of countries, peoples, national
 * bodies and places name it (at least 3, and 60%): there an office named without a country
 * ("Prime Minister Askar Mamin") is that country's, as the genre qualifies foreign officials.
 * Runs after preferArticleCountries, so a name it kept as a country counts ("Georgia" beside Tbilisi).
 */
function soleArticleCountry(drafts: Draft[]): string | null {
  const named = new Map<string, number>();
  let total = 0;
  for (const d of drafts) {
    const iso3 = d.ref?.kind === 'country' ? d.ref.row[0] : namedCountry(d);
    if (!iso3) continue;
    named.set(iso3, (named.get(iso3) ?? 0) + 1);
    total++;
  }
  const [top, count] = [...named].sort((a, b) => b[1] - a[1])[0] ?? [null, 0];
  return top && count >= 3 && count >= 0.6 * total ? top : null;
}

/**
 * The one country a paragraph names, at a body offset: every country, people, national body or place of
 * the paragraph's mentions is that country's (an office named alone there is its).
 */
function paragraphCountries(view: WordView, drafts: Draft[]): (offset: number) => string | null {
  const body = view.body;
  const starts = [0];
  for (let at = body.indexOf('\n\n'); at >= 0; at = body.indexOf('\n\n', at + 2)) starts.push(at + 2);
  const paragraphOf = (offset: number): number => Math.max(0, partitionPoint(starts.length, (i) => starts[i]! <= offset) - 1);
  const named: (Set<string> | undefined)[] = [];
  for (const d of drafts) {
    const iso3 = d.ref?.kind === 'country' ? d.ref.row[0] : namedCountry(d);
    if (!iso3) continue;
    const p = paragraphOf(view.words[d.ws]!.start);
    (named[p] ??= new Set()).add(iso3);
  }
  return (offset) => {
    const set = named[paragraphOf(offset)];
    return set?.size === 1 ? [...set][0]! : null;
  };
}

/** Heads of offices that, unqualified, belong to the article's country (not envoys, not heads of bodies). */
const NATIONAL_OFFICE_LAST = /(?:^|\s)(?:President|Prime Minister|Premier|Minister|Vice[- ]President|Speaker|Governor|Mayor)$/;

/** "Westminster" in an article about Britain is the British one: same-named places follow the article's countries. */
function preferArticleCountries(drafts: Draft[]): Set<string> {
  const countries = new Set<string>();
  const states = new Set<string>();
  // How often each country is named: one named three times or more is what the story is about.
  const named = new Map<string, number>();
  const add = (iso3: string): void => {
    countries.add(iso3);
    named.set(iso3, (named.get(iso3) ?? 0) + 1);
  };
  for (const d of drafts) {
    if (d.ref?.kind === 'place' && d.ref.row[9] && (d.ref.row[2] === 'region' || d.refs.length === 1)) states.add(d.ref.row[9]);
    const iso3 = namedCountry(d);
    if (iso3) add(iso3);
  }
  const topic = (iso3: string): boolean => (named.get(iso3) ?? 0) >= 3;
  for (const d of drafts) {
    // "Georgia" next to Atlanta is the state; next to Tbilisi the country.
    if (d.ref?.kind === 'country' && !countries.has(d.ref.row[0])) {
      const state = d.refs.find((r) => r.kind === 'place' && countries.has(r.row[3]));
      if (state) d.ref = state;
      continue;
    }
    if (d.ref?.kind !== 'place') continue;
    // "Dublin" in a story that mentions Ohio is Dublin, Ohio.
    let best = d.ref;
    let bestScore = -1;
    for (const r of d.refs) {
      if (r.kind !== 'place') continue;
      // A national capital outweighs a namesake in a country the article merely names ("Vienna" in a story
      // that mentions the United States), a capital of millions even one in the country it is about
      // ("Washington should join Moscow"), a small one not ("Sucre" in a story on Ecuador); a namesake
      // in a state the article names wins ("Dublin" next to Ohio).
      const inCountry = countries.has(r.row[3]) ? (topic(r.row[3]) ? 2 : 1) : 0;
      const capital = r.row[2] === 'capital' ? (r.row[7] >= 1_000_000 ? 2.5 : 1.5) : 0;
      // So does a city of half a million or more: "Donetsk" in a story on Russia is Ukraine's, not the Rostov town.
      const bigCity = r.row[2] === 'city' && r.row[7] >= 500_000 ? 2.5 : 0;
      const score = inCountry + (r.row[9] && states.has(r.row[9]) ? 2 : 0) + Math.max(capital, bigCity);
      if (score > bestScore) {
        best = r;
        bestScore = score;
      }
    }
    // "San Juan" in a story on Colombia: of namesakes in several countries, none in one the article names and
    // none big enough to be meant anyway; better no place than Puerto Rico's.
    const namesakeCountries = new Set(d.refs.flatMap((r) => (r.kind === 'place' ? [r.row[3]] : [])));
    if (best.kind === 'place' && countries.size > 0 && namesakeCountries.size > 1 && !countries.has(best.row[3]) && best.row[7] < 500_000) {
      d.ref = null;
      continue;
    }
    d.ref = best;
  }
  for (const d of drafts) if (d.ref?.kind === 'country') countries.add(d.ref.row[0]);
  return countries;
}

/**
 * A dictionary person is only trusted in an article about their country: "Francisca Fernandez" in a
 * Chilean story is not the Dominican minister of the same name. International officials (IGO codes) pass.
 */
function plausiblePerson(gaz: Gazetteer, row: PersonRow | null, countries: Set<string>): PersonRow | null {
  if (!row) return null;
  for (const [code] of row[2]) {
    const iso3 = code.slice(0, 3);
    if (countries.has(iso3) || !gaz.country(iso3)) return row;
  }
  return null;
}

function addPersonMentions(view: WordView, gaz: Gazetteer, c: Cluster, group: Draft[], roleSeenAt: (offset: number) => Cluster['roleSeen'][number]): void {
  for (const d of group) c.mentions.push([d.ws, d.we]);
  const ws = group[0]!.ws;
  const we = group[group.length - 1]!.we;
  const before = roleBefore(view, gaz, ws);
  const early = (before && withCountryAfter(view, gaz, before, we)) ?? roleOfCounterpart(view, gaz, ws);
  // ("Former Prime Minister X, now deputy chairman of the Security Council,": the office held now as well.)
  // ("Lieutenant General Kyrylo Budanov, chief of the Main Intelligence Directorate,": a rank alone before the name
  // leaves the office to the apposition, which replaces it.)
  const rankOnly = early !== null && isRankTitle(early.title);
  const appositive = early && !early.former && !rankOnly ? null : roleAfter(view, gaz, we);
  const role = (rankOnly && appositive ? appositive : early) ?? appositive ?? rolePreApposition(view, gaz, ws) ?? roleOfNamed(view, gaz, ws) ?? roleByAppointment(view, gaz, ws, we) ?? roleHeadedBy(view, gaz, ws) ?? roleInRelative(view, gaz, we);
  if (!role) return;
  const seen = roleSeenAt(view.words[ws]!.start);
  c.roles.push(role);
  // (A title after the name describes more often than it holds office: "X, president of the Strategy XXI center".)
  c.roleSeen.push(role === appositive ? { ...seen, paragraphCountry: null } : seen);
  if (early && appositive && !rankOnly) {
    c.roles.push(appositive);
    c.roleSeen.push({ ...seen, paragraphCountry: null });
  }
  // ("X, a professor at Ilia State University and a former education minister,": the apposition's second title too.)
  const second = role === appositive ? secondRoleAfter(view, gaz, we) : null;
  if (second) {
    c.roles.push(second);
    c.roleSeen.push({ ...seen, paragraphCountry: null });
  }
  // ("Deputy Prime Minister and Minister of National Defense X": both offices, the second's country for the first.)
  const joined = role !== appositive ? firstOfJoinedOffices(view, gaz, ws) : null;
  if (joined) {
    c.roles.push(joined.of === null && role.of !== null && !role.ofBody && !role.international ? { ...joined, of: role.of, nationality: role.nationality } : joined);
    c.roleSeen.push(seen);
  }
}

/** The first initial of a name written as initials and a surname ("O. Tekebayev", "A.A. Ivanov"), else null. */
function initialOf(view: WordView, ws: number, we: number): string | null {
  if (we - ws < 2) return null;
  for (let k = ws; k < we - 1; k++) if (!/^(?:\p{L}\.)+$/u.test(view.words[k]!.key)) return null;
  return view.words[ws]!.key[0]!;
}

function countNameWords(view: WordView, ws: number, we: number): number {
  let n = 0;
  for (let k = ws; k < we; k++) if (view.words[k]!.key !== '-') n++;
  return n;
}

/** The last word of a name, folded as the text's words are ("Kukuła" -> "kukula", as the word view keys it). */
function lastKey(name: string): string {
  const parts = name.split(/\s+/);
  return fold(parts[parts.length - 1]!);
}

/** ALL-CAPS names ("PUTIN") are shown in title case; everything else as written. */
function displayName(surface: string): string {
  if (!/\p{Ll}/u.test(surface) && surface.replace(/[^\p{L}]/gu, '').length > 4) {
    return surface.toLowerCase().replace(/(^|[\s\-'’])(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
  }
  return surface;
}

function clusterKey(view: WordView, d: Draft): string {
  const ref = d.ref;
  if (ref) {
    switch (ref.kind) {
      case 'country':
        return `C:${ref.row[0]}`;
      case 'norp':
        // A people, not its state: "Chechen" and "Russian", "Gagauz" and "Moldovan" are two.
        return `N:${ref.row[1]}:${ref.row[2]}`;
      case 'place':
        // "Rostov Oblast" takes its city's country and place on the map, but it is the region, not the city.
        return regionOfCity(view, d) ? `R:${ref.row[0]}` : `L:${ref.row[0]}`;
      case 'org':
        return `O:${ref.row[0]}`;
      case 'event':
        return `V:${ref.row[0]}`;
      case 'person':
        return `PR:${ref.row[0]}`;
    }
  }
  // "the Ministry of Finance" and "the Finance Ministry" are one body.
  const key = keyOf(view, d.ws, d.we);
  const body = d.type === 'ORG' ? /^(ministry|department) of (?:the )?(.+)$/.exec(key) : null;
  return `${d.type}:${body ? `${body[2]} ${body[1]}` : key}`;
}

/** A region named after its city ("Belgorod Oblast", "Kostanai region"), drafted with the city's entry. */
function regionOfCity(view: WordView, d: Draft): boolean {
  const ref = d.ref;
  if (ref?.kind !== 'place' || (ref.row[2] !== 'city' && ref.row[2] !== 'capital')) return false;
  const last = view.words[d.we - 1]!.key;
  return REGION_TAIL.has(last) && !ref.row[0].toLowerCase().endsWith(last);
}

/** "Russia's Gazprom", "Kazakhstan's state Kazmunaygaz company", "Russian Gazprom": a country named right before an organization. */
function orgCountryFromText(view: WordView, gaz: Gazetteer, ws: number): string | null {
  let j = ws;
  while (j > 0 && ws - j < 3 && view.gap[j] === Gap.Space && ORG_PREMODIFIERS.has(view.words[j - 1]!.key)) j--;
  if (j === 0 || view.gap[j] !== Gap.Space) return null;
  if (view.words[j - 1]!.key === "'s") {
    const q = qualifierBefore(view, gaz, j - 1);
    return q && q.ref.kind === 'country' ? q.ref.row[0] : null;
  }
  const q = qualifierBefore(view, gaz, j);
  if (!q) return null;
  // ("the pro-Russian Patriotic Electoral Bloc": a stance toward a country, not the body's own.)
  if (q.start >= 2 && view.words[q.start - 1]!.key === '-' && /^(?:pro|anti|non)$/.test(view.words[q.start - 2]!.key)) return null;
  if (q.ref.kind === 'norp') return q.ref.row[1] || null;
  // "Kazakhstan Senate": a country written right before the name.
  return q.ref.kind === 'country' && j === ws ? q.ref.row[0] : null;
}

/** "Uzbek Railways", "the Kyrgyz Foreign Ministry": a body's name that opens with a nationality, or ends with its country ("Ministry of Foreign Affairs of Kazakhstan"). */
function orgCountryInName(view: WordView, gaz: Gazetteer, ws: number, we: number): string | null {
  if (we - ws < 2) return null;
  const ref = qualifierEndingAt(view, gaz, ws, ws + 1);
  if (ref?.kind === 'norp') return ref.row[1] || null;
  for (let len = 1; len <= 3 && we - len - 1 > ws; len++) {
    let of = we - len - 1;
    if (view.words[of]!.key === 'the') of--;
    if (of <= ws || view.words[of]!.key !== 'of') continue;
    const country = qualifierEndingAt(view, gaz, we - len, we);
    if (country?.kind === 'country') return country.row[0];
  }
  return null;
}

const ORG_PREMODIFIERS = new Set(['state', 'state-owned', 'national', 'oil', 'gas', 'energy', 'power', 'nuclear', 'pipeline', 'monopoly', 'giant', 'company', 'firm', 'owned', '-', 'private', 'natural']);

/** Types an acronym may have been given before it is seen to spell an organization (or a law, a program) of the article. */
const ACRONYM_TYPES = new Set<EntityType>(['ORG', 'GPE', 'LOC', 'FAC', 'MISC']);

function mergeAcronyms(view: WordView, order: Cluster[], clusters: Map<string, Cluster>): void {
  // Laws, programs and pipelines are spelled out and abbreviated too ("Merida Initiative", "FCPA", "Baku-Tbilisi-Ceyhan", "BTC").
  // (And routes: "Northern Sea Route (NSR)".)
  const orgs = order.filter((c) => (c.type === 'ORG' || c.type === 'MISC' || c.type === 'EVENT' || c.type === 'FAC' || c.type === 'LOC') && c.mentions.length && c.mentions[0]![1] - c.mentions[0]![0] > 1);
  // An organization's initials name it, even when a place has that name too ("International Coffee
  // Organisation, ICO", not the Brazilian town Icó); never a country's or a nationality's code.
  const shorts = order.filter((c) => ACRONYM_TYPES.has(c.type) && c.mentions.length && (!c.ref || (c.type !== 'ORG' && c.ref.kind === 'place')));
  for (const short of shorts) {
    const [ws, we] = short.mentions[0]!;
    if (we - ws !== 1) continue;
    const text = view.body.slice(view.words[ws]!.start, view.words[ws]!.end);
    if (!/^[A-Z]{2,6}$/.test(text)) continue;
    // ("Trans-Anatolian Pipeline (TANAP)", "State Oil Fund (SOFAZ)": an acronym in parentheses right after a name is its own.)
    const spelledBefore = (c: Cluster): boolean =>
      c.mentions.some(([a, b]) => b === ws && a < b && /^\s*\($/.test(view.body.slice(view.words[b - 1]!.end, view.words[ws]!.start)) && view.body[view.words[ws]!.end] === ')');
    const long = orgs.find((c) => c !== short && c.mentions.length > 0 && initialsOf(view, ...c.mentions[0]!) === text) ?? orgs.find((c) => c !== short && spelledBefore(c));
    if (!long) continue;
    long.mentions.push(...short.mentions);
    short.mentions = [];
    clusters.delete(short.key);
  }
}

/**
 * "the Central Bank" after "the Central Bank of the Russian Federation", "the National Bank" after "the National
 * Bank of Georgia": a body's name cut before its "of" names the one body of the article that it begins, when only one does.
 */
function mergeShortForms(view: WordView, order: Cluster[], clusters: Map<string, Cluster>): void {
  const surface = ([a, b]: [number, number]): string => view.body.slice(view.words[a]!.start, view.words[b - 1]!.end).replace(/\s+/g, ' ');
  const bodies = order.filter((c) => c.type === 'ORG' && c.mentions.length > 0);
  if (bodies.length < 2) return;
  // (Each body's surfaces once, not once per pair.)
  const surfaces = new Map(bodies.map((c) => [c, c.mentions.map(surface)]));
  for (const short of bodies) {
    if (short.ref && short.ref.kind !== 'org') continue;
    const names = new Set(surfaces.get(short));
    if (names.size !== 1) continue;
    const name = [...names][0]!;
    const words = name.split(' ').length;
    if (words < 2 || words > 3) continue;
    const longs = bodies.filter((c) => c !== short && c.mentions.length > 0 && surfaces.get(c)!.some((m) => m.startsWith(`${name} of `)));
    if (longs.length !== 1) continue;
    const long = longs[0]!;
    // Only when the long form comes first, and the short one is no other known body nor another country's
    // ("Uzbekistan's Central Bank" after "the Central Bank of Russia").
    if (long.mentions[0]![0] > short.mentions[0]![0] || (short.ref && short.ref !== long.ref)) continue;
    const longCountry = long.ref?.kind === 'org' ? long.ref.row[2] || long.orgCountry : long.orgCountry;
    if (short.orgCountry && short.orgCountry !== longCountry) continue;
    long.mentions.push(...short.mentions);
    short.mentions = [];
    clusters.delete(short.key);
  }
}

/** The initials of the capitalized words [ws, we) ("Naftna Industrija Srbije" -> "NIS"). */
function initialsOf(view: WordView, ws: number, we: number): string {
  let out = '';
  for (let k = ws; k < we; k++) if (view.capital[k]) out += view.body[view.words[k]!.start];
  return out;
}

// ---- entity attributes --------------------------------------------------------------------------

/** CAMEO sectors of the state: government, legislature, military, judiciary (not parties, opposition, business). */
const STATE_SECTORS = /^(?:GOV|LEG|MIL|JUD|SPY|ELI)/;

/** What a known person's dictionary code says of the post, where the text names none: a sector, not an office. */
const SECTOR_TITLES: Record<string, string> = { GOV: 'government official', MIL: 'military official', LEG: 'legislator', JUD: 'judicial official', OPP: 'opposition figure' };

function toEntity(view: WordView, gaz: Gazetteer, c: Cluster, id: string, date: string | null, soleCountry: string | null): Entity {
  // A person's quoted nickname is an alias of its own, not part of the name.
  const surfaces =
    c.type === 'PERSON'
      ? c.mentions.flatMap(([ws, we]) => [nameSurfaceOf(view, ws, we), ...quotedRunsIn(view, ws, we).map(([a, b]) => surfaceOf(view, a, b))])
      : c.mentions.map(([ws, we]) => surfaceOf(view, ws, we));
  const name = entityName(c, surfaces);
  const seen = new Set([name.toLowerCase()]);
  const aliases: string[] = [];
  for (const s of surfaces) {
    const shown = c.type === 'PERSON' ? displayName(s) : s;
    if (seen.has(shown.toLowerCase())) continue;
    seen.add(shown.toLowerCase());
    aliases.push(shown);
  }
  const codes: Record<string, string> = {};
  let country: string | null = null;
  let geo: Geo | null = null;
  const roles: Role[] = [];
  const ref = c.ref;
  if (ref?.kind === 'country') {
    country = ref.row[0];
    geo = { lat: ref.row[2], lon: ref.row[3], geonameId: null };
    codes['cameo'] = ref.row[0];
  } else if (ref?.kind === 'place') {
    country = ref.row[3] || null;
    geo = { lat: ref.row[4], lon: ref.row[5], geonameId: c.key.startsWith('R:') ? null : ref.row[6] || null };
    // CAMEO codes a country's places as the country.
    if (country) codes['cameo'] = country;
  } else if (ref?.kind === 'norp') {
    country = ref.row[1] || null;
    if (country) codes['cameo'] = country;
  } else if (ref?.kind === 'org') {
    country = ref.row[2] || c.orgCountry;
    if (ref.row[3]) codes['cameo'] = ref.row[3];
  } else if (c.type === 'ORG') country = c.orgCountry;

  if (c.type === 'PERSON') {
    const known = ref?.kind === 'person' ? ref.row : null;
    const code = known ? activeCode(known[2], date) : null;
    const codeCountry = code && gaz.country(code.slice(0, 3)) ? code.slice(0, 3) : null;
    const namesake = known ? null : gaz.findPerson(name);
    const namesakeCode = namesake ? activeCode(namesake[2], date) : null;
    const seenRoles = new Set<string>();
    // "former Kazakh Prime Minister Akezhan Kazhegeldin": a past office, of the country the holder served
    // when our lists know them ("Former President Nazarbayev" in a story on Russia), else of the article's one country.
    const formerOfficeCountry = (r: RoleFinding, national: boolean): string | null =>
      r.of ?? (national && !r.international && !r.ofBody ? (stateCountry(gaz, known ?? namesake) ?? soleCountry) : null);
    // An office with no country named takes the known holder's when the holder serves the state
    // ("President Putin" -> RUS; not "Georgian Dream chairman Kobakhidze", a party's). Else a national
    // office named alone is the country of an article about one country.
    const currentOfficeCountry = (r: RoleFinding, national: boolean, i: number): string | null => {
      const stateCode = codeCountry !== null && STATE_SECTORS.test(code!.slice(3));
      // (Not the office of one the lists know in an international body: "President von der Leyen"; nor
      // the article's country for a namesake of another state's office-holder: "President Donald Trump"
      // in a story on Honduras that names the United States nowhere.)
      const international = r.international || r.ofBody || (code !== null && code.startsWith('IGO'));
      // (Else the one country the office's paragraph names: "In Vilnius, … President Gitanas Nausėda said".)
      const sole = soleCountry ?? c.roleSeen[i]?.paragraphCountry ?? null;
      const foreign = sole !== null && (namesake?.[2].some(([k]) => k.slice(0, 3) !== sole) ?? false);
      // A national office of a namesake who held that state's office on the day is that office ("President
      // Donald Trump" in 2019).
      const namesakeState = national && namesakeCode !== null && STATE_SECTORS.test(namesakeCode.slice(3)) && gaz.country(namesakeCode.slice(0, 3)) ? namesakeCode.slice(0, 3) : null;
      // ("Presidential spokesman Dmitry Peskov": a state body's spokesman serves that state too.)
      return r.of ?? (international ? null : (r.style === 'office' || STATE_BODY_DESCRIPTOR.test(r.title)) && stateCode ? codeCountry : namesakeState ?? (national && !foreign ? sole : null));
    };
    for (const [i, r] of c.roles.entries()) {
      const national = r.style === 'office' && r.nationality === null && NATIONAL_OFFICE_LAST.test(r.title);
      const title = r.former ? `former ${r.title}` : r.title;
      const of = r.former ? formerOfficeCountry(r, national) : currentOfficeCountry(r, national, i);
      const k = `${title}|${of}`;
      if (seenRoles.has(k)) continue;
      seenRoles.add(k);
      roles.push({ title, of, date: c.roleSeen[i]?.date ?? date });
    }
    country = roles.find((r) => r.of && !r.title.startsWith('former '))?.of ?? roles.find((r) => r.of)?.of ?? c.roles.find((r) => r.nationality)?.nationality ?? codeCountry ?? null;
    if (code) codes['cameo'] = code;
    else {
      const office = c.roles.find((r) => !r.former && r.of && r.sector);
      if (office) codes['cameo'] = `${office.of}${office.sector}`;
    }
    // Our facts know the office, or the dictionary the sector, when the text names no post.
    const heldOffice = c.roles.every((r) => r.former) && known ? activeOffice(known[2], date) : null;
    const sector = code && codeCountry ? SECTOR_TITLES[code.slice(3, 6)] : undefined;
    if (heldOffice && !roles.some((r) => r.title === `former ${heldOffice.title}`)) {
      const officeCountry = gaz.country(heldOffice.code.slice(0, 3)) ? heldOffice.code.slice(0, 3) : null;
      roles.push({ title: heldOffice.title, of: officeCountry, date });
      country ??= officeCountry;
    } else if (c.roles.length === 0 && sector && code!.length === 6) roles.push({ title: sector, of: codeCountry, date });
  }
  return { id, type: c.type, name, aliases, country, roles, geo, codes };
}

/** The country a known person served in a state post, when the lists name one. */
function stateCountry(gaz: Gazetteer, row: PersonRow | null): string | null {
  for (const [code] of row?.[2] ?? []) if (STATE_SECTORS.test(code.slice(3)) && gaz.country(code.slice(0, 3))) return code.slice(0, 3);
  return null;
}

function entityName(c: Cluster, surfaces: string[]): string {
  const ref = c.ref;
  if (c.type === 'PERSON') return c.fullName ?? displayName(surfaces[0]!);
  if (ref?.kind === 'country') return ref.row[1];
  if (ref?.kind === 'norp') return ref.row[2];
  if (ref && (ref.kind === 'place' || ref.kind === 'org' || ref.kind === 'event') && typeOfRef(ref) === c.type && !c.key.startsWith('R:')) return ref.row[0];
  return surfaces.reduce((a, b) => (b.length > a.length ? b : a), surfaces[0]!);
}

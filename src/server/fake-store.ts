// A tiny in-memory Store for the server's tests: one article, a few entities, enough to exercise
// every route without SQLite.
import type { Extraction } from '../model/extraction.js';
import { QueryError, type EntityDossier, type EntitySummary, type Store } from '../store/types.js';

const body =
  'Kazakhstan Prime Minister Danial Akhmetov met Russian officials in Almaty. ' +
  '“We will deepen ties,” Akhmetov said (Interfax, December 10).';

function span(text: string, from = 0): { start: number; end: number } {
  const start = body.indexOf(text, from);
  if (start < 0) throw new Error(`fixture text not found: ${text}`);
  return { start, end: start + text.length };
}

export const FAKE_ARTICLE: Extraction & { entityIds: Record<string, string> } = {
  article: {
    id: 'a1', source: 'fixture.txt', publication: 'Eurasia Daily Monitor', volume: 2, issue: 2,
    title: 'Akhmetov in Almaty', date: '2004-12-22', dateBasis: 'header', language: 'en', body,
  },
  sentences: [span('Kazakhstan Prime Minister Danial Akhmetov met Russian officials in Almaty.'), span('“We will deepen ties,” Akhmetov said (Interfax, December 10).')],
  entities: [
    { id: 'e1', type: 'PERSON', name: 'Danial Akhmetov', aliases: ['Akhmetov'], country: 'KAZ', roles: [{ title: 'Prime Minister', of: 'KAZ', date: '2004-12-22' }], geo: null, codes: {} },
    { id: 'e2', type: 'GPE', name: 'Kazakhstan', aliases: [], country: 'KAZ', roles: [], geo: { lat: 48, lon: 68, geonameId: 1522867 }, codes: {} },
    { id: 'e3', type: 'GPE', name: 'Almaty', aliases: [], country: 'KAZ', roles: [], geo: { lat: 43.25, lon: 76.92, geonameId: 1526384 }, codes: {} },
  ],
  mentions: [
    { ...span('Kazakhstan'), text: 'Kazakhstan', type: 'GPE', entity: 'e2' },
    { ...span('Danial Akhmetov'), text: 'Danial Akhmetov', type: 'PERSON', entity: 'e1' },
    { ...span('Almaty'), text: 'Almaty', type: 'GPE', entity: 'e3' },
    { ...span('Akhmetov', body.indexOf('said') - 10), text: 'Akhmetov', type: 'PERSON', entity: 'e1' },
  ],
  quotes: [
    { ...span('“We will deepen ties,”'), text: '“We will deepen ties,”', kind: 'direct', speaker: 'e1', speakerText: 'Akhmetov', cue: 'said', cueStart: span('said').start, cueEnd: span('said').end },
  ],
  citations: [{ ...span('(Interfax, December 10)'), raw: '(Interfax, December 10)', source: 'Interfax', date: '2004-12-10', malformed: false }],
  quantities: [],
  dates: [{ ...span('December 10'), text: 'December 10', date: '2004-12-10', precision: 'day', range: null }],
  events: [],
  entityIds: { e1: 'P1', e2: 'G1', e3: 'G2' },
};

const summaries: EntitySummary[] = [
  { id: 'P1', type: 'PERSON', name: 'Danial Akhmetov', country: 'KAZ', mentionCount: 2, articleCount: 1 },
  { id: 'G1', type: 'GPE', name: 'Kazakhstan', country: 'KAZ', mentionCount: 1, articleCount: 1 },
  { id: 'G2', type: 'GPE', name: 'Almaty', country: 'KAZ', mentionCount: 1, articleCount: 1 },
];

function dossier(summary: EntitySummary): EntityDossier {
  const local = Object.entries(FAKE_ARTICLE.entityIds).find(([, global]) => global === summary.id)?.[0];
  const entity = FAKE_ARTICLE.entities.find((e) => e.id === local);
  return {
    ...summary,
    aliases: entity?.aliases ?? [],
    roles: (entity?.roles ?? []).map((r) => ({ ...r, lastDate: r.date, count: 1, articleId: 'a1' })),
    geo: entity?.geo ?? null,
    codes: {},
    quoteCount: summary.id === 'P1' ? FAKE_ARTICLE.quotes.length : 0,
    quotes: summary.id === 'P1'
      ? FAKE_ARTICLE.quotes.map((q) => ({ ...q, articleId: 'a1', articleTitle: FAKE_ARTICLE.article.title, articleDate: FAKE_ARTICLE.article.date, speakerEntity: 'P1' }))
      : [],
    coMentions: summaries.filter((s) => s.id !== summary.id).map((s) => ({ ...s, together: 1 })),
    coMentionArticles: 1,
    articles: [{ id: 'a1', title: FAKE_ARTICLE.article.title, date: FAKE_ARTICLE.article.date, mentions: summary.mentionCount }],
    timeline: [{ period: '2004-12', count: summary.mentionCount }],
  };
}

export function fakeStore(): Store {
  return {
    async migrate() {},
    async hasArticle(id) { return id === 'a1'; },
    async save() { return 'duplicate'; },
    async search(query) {
      if ((query.text.match(/"/g) ?? []).length % 2 === 1) throw new QueryError('unbalanced quotes in the query');
      const words = query.text.toLowerCase().split(/\s+/).filter(Boolean);
      const hit = words.every((w) => body.toLowerCase().includes(w));
      const first = words[0] ? body.toLowerCase().indexOf(words[0]) : -1;
      const snippet = first >= 0 ? `${body.slice(0, first)}\u0002${body.slice(first, first + (words[0] ?? '').length)}\u0003${body.slice(first + (words[0] ?? '').length)}` : body;
      const a = FAKE_ARTICLE.article;
      return {
        total: hit ? 1 : 0,
        hits: hit ? [{ id: a.id, title: a.title, date: a.date, dateBasis: a.dateBasis, publication: a.publication, source: a.source, snippet, score: 1 }] : [],
        facets: {
          entity: hit ? summaries.map((s) => ({ value: s.id, label: s.name, count: 1 })) : [],
          type: hit ? [{ value: 'PERSON', label: 'PERSON', count: 1 }, { value: 'GPE', label: 'GPE', count: 1 }] : [],
          country: hit ? [{ value: 'KAZ', label: 'Kazakhstan', count: 1 }] : [],
          source: hit ? [{ value: 'Interfax', label: 'Interfax', count: 1 }] : [],
        },
        tookMs: 0.1,
      };
    },
    async getArticle(id) { return id === 'a1' ? FAKE_ARTICLE : null; },
    async listEntities(filter) {
      const items = summaries.filter((s) => (!filter.q || s.name.toLowerCase().includes(filter.q.toLowerCase())) && (!filter.type?.length || filter.type.includes(s.type)));
      return { total: items.length, items };
    },
    async getEntity(idOrName) {
      const found = summaries.find((s) => s.id === idOrName) ?? summaries.find((s) => s.name.toLowerCase().includes(idOrName.toLowerCase()));
      return found ? dossier(found) : null;
    },
    async listQuotes() { const d = dossier(summaries[0]!); return { total: d.quotes.length, items: d.quotes }; },
    async listSources() { return [{ source: 'Interfax', entity: null, citations: 1, articles: 1, first: '2004-12-10', last: '2004-12-10' }]; },
    async places() {
      return FAKE_ARTICLE.entities.filter((e) => e.geo).map((e) => ({ ...summaries.find((s) => s.id === FAKE_ARTICLE.entityIds[e.id])!, geo: e.geo! }));
    },
    async graph() {
      return { nodes: summaries, edges: [{ source: 'P1', target: 'G1', weight: 1, kind: 'co-mention' as const }, { source: 'P1', target: 'G2', weight: 1, kind: 'co-mention' as const }] };
    },
    async stats() {
      return { articles: 1, entities: 3, mentions: 4, quotes: 1, citations: 1, quantities: 0, bodyBytes: body.length, firstDate: '2004-12-22', lastDate: '2004-12-22' };
    },
    async close() {},
  };
}

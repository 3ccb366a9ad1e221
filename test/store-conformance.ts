// One suite every Store implementation must pass (SQLite and PostgreSQL alike).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Extraction } from '../src/model/extraction.js';
import { QueryError, type Store } from '../src/store/types.js';

function article(id: string, date: string, body: string, extra: Partial<Extraction> = {}): Extraction {
  return {
    article: { id, source: `${id}.txt`, publication: 'Test Monitor', volume: 1, issue: 1, title: `Title ${id}`, date, dateBasis: 'header', language: 'en', url: null, body },
    sentences: [{ start: 0, end: body.length }],
    entities: [],
    mentions: [],
    quotes: [],
    citations: [],
    quantities: [],
    dates: [],
    events: [],
    ...extra,
  };
}

const bodyA = 'Kazakhstan Prime Minister Danial Akhmetov visited Moscow on December 22. Akhmetov said that Russia is a priority (Interfax, December 23).';
const at = (s: string, body = bodyA, from = 0) => {
  const start = body.indexOf(s, from);
  return { start, end: start + s.length, text: s };
};

export const fixtureA = article('a1', '2004-12-24', bodyA, {
  entities: [
    { id: 'e1', type: 'PERSON', name: 'Danial Akhmetov', aliases: ['Akhmetov'], country: 'KAZ', roles: [{ title: 'Prime Minister', of: 'KAZ', date: '2004-12-24' }], geo: null, codes: {} },
    { id: 'e2', type: 'GPE', name: 'Moscow', aliases: [], country: 'RUS', roles: [], geo: { lat: 55.75, lon: 37.62, geonameId: 524901 }, codes: {} },
    { id: 'e3', type: 'GPE', name: 'Kazakhstan', aliases: [], country: 'KAZ', roles: [], geo: null, codes: {} },
    { id: 'e4', type: 'GPE', name: 'Russia', aliases: [], country: 'RUS', roles: [], geo: null, codes: {} },
    { id: 'e5', type: 'ORG', name: 'Interfax', aliases: [], country: 'RUS', roles: [], geo: null, codes: {} },
  ],
  mentions: [
    { ...at('Kazakhstan'), type: 'GPE', entity: 'e3' },
    { ...at('Danial Akhmetov'), type: 'PERSON', entity: 'e1' },
    { ...at('Moscow'), type: 'GPE', entity: 'e2' },
    { ...at('Akhmetov', bodyA, 60), type: 'PERSON', entity: 'e1' },
    { ...at('Russia'), type: 'GPE', entity: 'e4' },
    { ...at('Interfax'), type: 'ORG', entity: 'e5' },
  ],
  quotes: [{ ...at('Russia is a priority'), kind: 'indirect', speaker: 'e1', speakerText: 'Akhmetov', cue: 'said', cueStart: bodyA.indexOf('said'), cueEnd: bodyA.indexOf('said') + 4 }],
  citations: [{ start: bodyA.indexOf('(Interfax'), end: bodyA.length - 1, raw: '(Interfax, December 23)', source: 'Interfax', entity: 'e5', date: '2004-12-23', malformed: false }],
  quantities: [],
  dates: [{ ...at('December 22'), date: '2004-12-22', precision: 'day', range: null }],
});

const bodyB = 'Akhmetov met Gazprom officials in Moscow to discuss oil and gas exports (Interfax, January 12).';
export const fixtureB = article('b1', '2005-01-14', bodyB, {
  entities: [
    { id: 'e1', type: 'PERSON', name: 'Akhmetov', aliases: [], country: null, roles: [], geo: null, codes: {} },
    { id: 'e2', type: 'ORG', name: 'Gazprom', aliases: [], country: 'RUS', roles: [], geo: null, codes: {} },
    { id: 'e3', type: 'GPE', name: 'Moscow', aliases: [], country: 'RUS', roles: [], geo: null, codes: {} },
  ],
  mentions: [
    { ...at('Akhmetov', bodyB), type: 'PERSON', entity: 'e1' },
    { ...at('Gazprom', bodyB), type: 'ORG', entity: 'e2' },
    { ...at('Moscow', bodyB), type: 'GPE', entity: 'e3' },
  ],
  citations: [{ start: bodyB.indexOf('(Interfax'), end: bodyB.length - 1, raw: '(Interfax, January 12)', source: 'Interfax', date: '2005-01-12', malformed: false }],
});

export function runStoreConformance(name: string, open: () => Promise<Store>): void {
  test(`${name}: saves once, finds, resolves entities across articles`, async () => {
    const store = await open();
    try {
      await store.migrate();
      await store.migrate(); // idempotent
      assert.equal(await store.save(fixtureA), 'new');
      assert.equal(await store.save(fixtureA), 'duplicate');
      assert.equal(await store.save(fixtureB), 'new');
      assert.equal(await store.hasArticle('a1'), true);

      const stats = await store.stats();
      assert.equal(stats.articles, 2);
      assert.equal(stats.quotes, 1);
      assert.equal(stats.citations, 2);

      const res = await store.search({ text: 'Akhmetov Moscow' });
      assert.equal(res.total, 2);
      assert.ok(res.hits[0]!.snippet.includes('\u0002'), 'snippet marks matches');
      assert.deepEqual(res.hits.map((h) => h.dateBasis), ['header', 'header'], 'hits say where their dates come from');
      assert.ok(res.facets.entity.some((f) => f.label === 'Danial Akhmetov' && f.count === 2), 'the lone surname joined the full name');
      // Facets count matching articles, as their filters select them (a1 names three places, b1 one).
      assert.deepEqual(res.facets.type.find((f) => f.value === 'GPE')?.count, 2);
      assert.deepEqual(res.facets.country.find((f) => f.value === 'RUS')?.count, 2);
      const filtered = await store.search({ text: 'Akhmetov', from: '2005-01-01' });
      assert.deepEqual(filtered.hits.map((h) => h.id), ['b1']);
      const bySource = await store.search({ text: '', source: ['interfax'] });
      assert.equal(bySource.total, 2);
      await assert.rejects(store.search({ text: '"unbalanced' }), QueryError);
      await assert.rejects(store.search({ text: 'x', from: 'yesterday' }), QueryError);

      const akhmetov = await store.getEntity('Akhmetov');
      assert.ok(akhmetov);
      assert.equal(akhmetov.name, 'Danial Akhmetov');
      assert.equal(akhmetov.articleCount, 2);
      assert.deepEqual(akhmetov.roles.map((r) => [r.title, r.of, r.date, r.lastDate, r.count, r.articleId]), [['Prime Minister', 'KAZ', '2004-12-24', '2004-12-24', 1, 'a1']]);
      assert.equal(akhmetov.quotes.length, 1);
      assert.equal(akhmetov.quoteCount, 1);
      assert.equal(akhmetov.quotes[0]!.articleDate, '2004-12-24');
      assert.ok(akhmetov.coMentions.some((c) => c.name === 'Moscow' && c.together === 2));
      assert.equal(akhmetov.coMentionArticles, 2);
      // Kept at write time: mentions per month (two in a1, one in b1).
      assert.deepEqual(akhmetov.timeline, [{ period: '2004-12', count: 2 }, { period: '2005-01', count: 1 }]);
      assert.deepEqual(akhmetov.articles.map((a) => [a.id, a.mentions]), [['b1', 1], ['a1', 2]]);
      assert.equal(akhmetov.mentionCount, 3);
      const moscow = await store.getEntity('Moscow');
      assert.equal(moscow?.quoteCount, 0);
      assert.deepEqual(moscow?.timeline.map((t) => t.count), [1, 1]);

      const art = await store.getArticle('a1');
      assert.ok(art);
      assert.equal(art.article.body, bodyA);
      for (const m of art.mentions) assert.equal(art.article.body.slice(m.start, m.end), m.text);
      assert.equal(art.entities.find((e) => e.id === 'e1')?.roles[0]?.title, 'Prime Minister');
      assert.equal(art.entityIds['e1'], akhmetov.id);

      const sources = await store.listSources({});
      assert.deepEqual(sources.map((s) => [s.source, s.citations, s.articles]), [['Interfax', 2, 2]]);
      const places = await store.places({});
      assert.ok(places.some((p) => p.name === 'Moscow'));
      const graph = await store.graph({});
      assert.ok(graph.edges.some((e) => e.kind === 'co-mention'));
      const moscowId = (await store.getEntity('Moscow'))!.id;
      const pair = [akhmetov.id, moscowId].sort();
      assert.deepEqual(graph.edges.filter((e) => e.kind === 'co-mention' && e.source === pair[0] && e.target === pair[1]).map((e) => e.weight), [2]);
      const ents = await store.listEntities({ type: ['PERSON'] });
      assert.equal(ents.total, 1);
      const ranked = (await store.listEntities({})).items;
      assert.equal(ranked[0]!.name, 'Danial Akhmetov', 'most mentioned first');
      for (let i = 1; i < ranked.length; i++) assert.ok(ranked[i - 1]!.mentionCount >= ranked[i]!.mentionCount, 'in mention order');
      const typed = await store.search({ text: 'Akhmetov', type: ['ORG'] });
      assert.deepEqual(typed.hits.map((h) => h.id).sort(), ['a1', 'b1'], 'both articles name an organization');
      const quotes = await store.listQuotes({ speaker: akhmetov.id });
      assert.equal(quotes.total, 1);
    } finally {
      await store.close();
    }
  });
  test(`${name}: people who share a surname stay apart; the lone surname is then ambiguous`, async () => {
    const store = await open();
    try {
      await store.migrate();
      const bush = (id: string, full: string | null) => {
        const body = full ? `${full} spoke on Monday. Bush said the talks went well.` : 'Bush said the talks went well.';
        const entity = { id: 'p1', type: 'PERSON' as const, name: full ?? 'Bush', aliases: full ? ['Bush'] : [], country: null, roles: [], geo: null, codes: {} };
        const mentions = [{ ...at(full ?? 'Bush', body), type: 'PERSON' as const, entity: 'p1' }];
        if (full) mentions.push({ ...at('Bush', body, full.length), type: 'PERSON', entity: 'p1' });
        return article(id, '2005-02-01', body, { entities: [entity], mentions });
      };
      for (const [id, full] of [['s1', 'George Bush'], ['s2', 'George W. Bush'], ['s3', 'Jeb Bush'], ['s4', null]] as const) {
        assert.equal(await store.save(bush(id, full)), 'new');
      }
      for (const full of ['George Bush', 'George W. Bush', 'Jeb Bush']) {
        const d = await store.getEntity(full);
        assert.equal(d?.name, full, `${full} is an entity of its own`);
        assert.deepEqual(d.articles.map((a) => a.id), [`s${['George Bush', 'George W. Bush', 'Jeb Bush'].indexOf(full) + 1}`]);
      }
      // A surname met alone first is taken over by the first full name that claims it.
      const kerry = (id: string, name: string) => {
        const body = `${name} spoke on Tuesday.`;
        const entity = { id: 'p1', type: 'PERSON' as const, name, aliases: [], country: null, roles: [], geo: null, codes: {} };
        return article(id, '2005-02-02', body, { entities: [entity], mentions: [{ ...at(name, body), type: 'PERSON', entity: 'p1' }] });
      };
      await store.save(kerry('k1', 'Kerry'));
      await store.save(kerry('k2', 'John Kerry'));
      assert.equal((await store.getEntity('John Kerry'))?.articleCount, 2);
      // A person the texts only ever name in full is found by surname, and "%" or "_" match only themselves.
      await store.save(kerry('l1', 'Alyaksandr Lukashenka'));
      assert.equal((await store.getEntity('lukashenka'))?.name, 'Alyaksandr Lukashenka');
      assert.equal(await store.getEntity('%'), null);
      assert.equal(await store.getEntity('_ukashenka'), null);
    } finally {
      await store.close();
    }
  });
}

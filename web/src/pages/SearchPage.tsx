import { useMemo, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { query, useApi, type SearchResult, type StoreStats } from '../api.js';
import { Loaded } from '../components/Status.js';
import { Snippet } from '../components/Snippet.js';
import { useTitle } from '../components/useTitle.js';
import { articleTitle, formatDate, formatNumber, plural } from '../format.js';

const PAGE_SIZE = 20;
const FACETS = [
  { key: 'entity', title: 'Entities' },
  { key: 'type', title: 'Entity types' },
  { key: 'country', title: 'Countries' },
  { key: 'source', title: 'Cited sources' },
] as const;
type FacetKey = (typeof FACETS)[number]['key'];

export function SearchPage() {
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const offset = Math.max(0, Number(params.get('offset')) || 0);
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const selected = useMemo(
    () => Object.fromEntries(FACETS.map((f) => [f.key, params.getAll(f.key)])) as Record<FacetKey, string[]>,
    [params],
  );
  const path = `/api/search${query({ q, limit: PAGE_SIZE, offset, from, to, ...selected })}`;
  const result = useApi<SearchResult>(path);
  useTitle(q ? `“${q}”` : 'Search');
  const stats = useApi<StoreStats>('/api/stats');

  function update(change: (next: URLSearchParams) => void) {
    const next = new URLSearchParams(params);
    change(next);
    next.delete('offset');
    setParams(next);
  }
  function toggle(key: FacetKey, value: string) {
    update((next) => {
      const values = next.getAll(key);
      next.delete(key);
      for (const v of values.includes(value) ? values.filter((v) => v !== value) : [...values, value]) next.append(key, v);
    });
  }
  function setDates(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    update((next) => {
      for (const key of ['from', 'to'] as const) {
        const value = String(form.get(key) ?? '');
        if (value) next.set(key, value);
        else next.delete(key);
      }
    });
  }
  function goTo(newOffset: number) {
    const next = new URLSearchParams(params);
    if (newOffset > 0) next.set('offset', String(newOffset));
    else next.delete('offset');
    setParams(next);
  }
  const labels = result.status === 'ok' ? facetLabels(result.data) : new Map<string, string>();
  const active = FACETS.flatMap((f) => selected[f.key].map((value) => ({ key: f.key, value })));

  return (
    <div className="page search-page">
      <aside className="facets" aria-label="Filters">
        <form className="facet dates" onSubmit={setDates} key={`${from}|${to}`}>
          <h3>Published</h3>
          <label>From <input type="date" name="from" defaultValue={from} /></label>
          <label>To <input type="date" name="to" defaultValue={to} /></label>
          <button type="submit" className="small">Apply dates</button>
        </form>
        {result.status === 'ok' &&
          FACETS.map(({ key, title }) => {
            const counts = result.data.facets[key];
            if (!counts.length) return null;
            return (
              <section className="facet" key={key}>
                <h3>{title}</h3>
                <ul>
                  {counts.slice(0, 12).map((facet) => {
                    const on = selected[key].includes(facet.value);
                    return (
                      <li key={facet.value}>
                        <label className={on ? 'on' : ''}>
                          <input type="checkbox" checked={on} onChange={() => toggle(key, facet.value)} />
                          <span className="facet-label" title={facet.label}>{facet.label}</span>
                          <span className="facet-count">{formatNumber(facet.count)}</span>
                        </label>
                      </li>
                    );
                  })}
                </ul>
              </section>
            );
          })}
      </aside>
      <section className="results" aria-label="Results">
        {stats.status === 'ok' && !q && !active.length && (
          <p className="corpus-line">
            {plural(stats.data.articles, 'article')} · {plural(stats.data.entities, 'entity', 'entities')} ·{' '}
            {plural(stats.data.quotes, 'quote')} · {plural(stats.data.citations, 'citation')} · {formatDate(stats.data.firstDate)} – {formatDate(stats.data.lastDate)}
          </p>
        )}
        {(active.length > 0 || from || to) && (
          <div className="active-filters">
            {active.map(({ key, value }) => (
              <button key={`${key}:${value}`} className="filter-chip" onClick={() => toggle(key, value)} title="Remove this filter">
                {key}: {labels.get(`${key}:${value}`) ?? value} <span aria-hidden="true">×</span>
              </button>
            ))}
            {(from || to) && (
              <button className="filter-chip" onClick={() => update((n) => (n.delete('from'), n.delete('to')))}>
                date: {from || '…'} – {to || '…'} <span aria-hidden="true">×</span>
              </button>
            )}
          </div>
        )}
        <Loaded state={result} what="Searching">
          {(data) => (
            <>
              <p className="result-count">
                {data.total === 0 ? 'No articles match.' : `${formatNumber(offset + 1)}–${formatNumber(Math.min(offset + PAGE_SIZE, data.total))} of ${plural(data.total, 'article')}`}
                <span className="took"> · {data.tookMs.toFixed(1)} ms</span>
              </p>
              <ol className="hits">
                {data.hits.map((hit) => (
                  <li key={hit.id} className="hit">
                    <Link to={`/article/${encodeURIComponent(hit.id)}${q ? `?q=${encodeURIComponent(q)}` : ''}`} className="hit-title">
                      {articleTitle(hit)}
                    </Link>
                    <div className="hit-meta">
                      {hit.publication && <span>{hit.publication}</span>}
                      <span title={`date basis: ${hit.dateBasis}`}>{formatDate(hit.date)}{hit.dateBasis === 'inferred' && ' (inferred)'}</span>
                    </div>
                    <Snippet text={hit.snippet} />
                  </li>
                ))}
              </ol>
              {data.total > PAGE_SIZE && (
                <nav className="pager" aria-label="Pages">
                  <button disabled={offset === 0} onClick={() => goTo(Math.max(0, offset - PAGE_SIZE))}>← Previous</button>
                  <span>Page {Math.floor(offset / PAGE_SIZE) + 1} of {Math.ceil(data.total / PAGE_SIZE)}</span>
                  <button disabled={offset + PAGE_SIZE >= data.total} onClick={() => goTo(offset + PAGE_SIZE)}>Next →</button>
                </nav>
              )}
            </>
          )}
        </Loaded>
      </section>
    </div>
  );
}

function facetLabels(result: SearchResult): Map<string, string> {
  const labels = new Map<string, string>();
  for (const key of ['entity', 'type', 'country', 'source'] as const) {
    for (const f of result.facets[key]) labels.set(`${key}:${f.value}`, f.label);
  }
  return labels;
}

import type { FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { query, useApi, type QuoteRecord } from '../api.js';
import { Empty, Loaded } from '../components/Status.js';
import { useTitle } from '../components/useTitle.js';
import { articleTitle, formatDate, formatNumber, plural } from '../format.js';

const PAGE_SIZE = 30;

/** Who said what: every quote, newest first, filtered by text or by speaker. */
export function QuotesPage() {
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const speaker = params.get('speaker') ?? '';
  const offset = Math.max(0, Number(params.get('offset')) || 0);
  const state = useApi<{ total: number; items: QuoteRecord[] }>(`/api/quotes${query({ q, speaker, limit: PAGE_SIZE, offset })}`);
  const speakerName = state.status === 'ok' ? state.data.items.find((i) => i.speakerEntity === speaker)?.speakerText : undefined;
  useTitle(speakerName ? `Quotes of ${speakerName}` : 'Quotes');

  function set(changes: Record<string, string>) {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v) next.set(k, v);
      else next.delete(k);
    }
    setParams(next);
  }
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    set({ q: String(new FormData(event.currentTarget).get('q') ?? '').trim(), offset: '' });
  }

  return (
    <div className="page quotes-page">
      <div className="page-head">
        <div>
          <h1>Quotes</h1>
          <p className="lede">Who said what, and where it was reported.</p>
        </div>
        <form className="controls" onSubmit={submit} key={q}>
          <input type="search" name="q" defaultValue={q} placeholder="Words in the quote" aria-label="Words in the quote" className="wide" />
          <button type="submit" className="small">Filter</button>
        </form>
      </div>
      {speaker && (
        <div className="active-filters">
          <button className="filter-chip" onClick={() => set({ speaker: '', offset: '' })}>speaker: {speakerName ?? speaker} <span aria-hidden="true">×</span></button>
        </div>
      )}
      <Loaded state={state} what="Loading quotes">
        {(data) =>
          data.items.length === 0 ? (
            <Empty>No quotes match.</Empty>
          ) : (
            <>
              <p className="result-count">{formatNumber(offset + 1)}–{formatNumber(Math.min(offset + PAGE_SIZE, data.total))} of {plural(data.total, 'quote')}</p>
              <ul className="quote-list card">
                {data.items.map((item) => (
                  <li key={`${item.articleId}:${item.start}`}>
                    <blockquote>{item.text}</blockquote>
                    <div className="fact-sub">
                      —{' '}
                      {item.speakerEntity ? (
                        <Link to={`/entity/${encodeURIComponent(item.speakerEntity)}`}>{item.speakerText ?? 'speaker'}</Link>
                      ) : (
                        <span>{item.speakerText ?? 'speaker unknown'}</span>
                      )}
                      {item.cue && <span> · {item.cue}</span>}
                      {' · '}
                      <Link to={`/article/${encodeURIComponent(item.articleId)}`}>{articleTitle({ title: item.articleTitle, date: item.articleDate })}</Link>
                      <span className="muted"> · {formatDate(item.articleDate)}</span>
                      {item.speakerEntity && item.speakerEntity !== speaker && (
                        <button className="link-button" onClick={() => set({ speaker: item.speakerEntity ?? '', offset: '' })}>only this speaker</button>
                      )}
                    </div>
                  </li>
                ))}
              </ul>
              {data.total > PAGE_SIZE && (
                <nav className="pager" aria-label="Pages">
                  <button disabled={offset === 0} onClick={() => set({ offset: String(Math.max(0, offset - PAGE_SIZE)) })}>← Previous</button>
                  <span>Page {Math.floor(offset / PAGE_SIZE) + 1} of {Math.ceil(data.total / PAGE_SIZE)}</span>
                  <button disabled={offset + PAGE_SIZE >= data.total} onClick={() => set({ offset: String(offset + PAGE_SIZE) })}>Next →</button>
                </nav>
              )}
            </>
          )
        }
      </Loaded>
    </div>
  );
}

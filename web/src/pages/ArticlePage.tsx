import { memo, useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useApi, type ArticleData } from '../api.js';
import { Loaded } from '../components/Status.js';
import { FACT_KINDS, articleFacts, nestFacts, type FactKind, type SpanNode } from '../article/facts.js';
import { useTitle } from '../components/useTitle.js';
import { articleTitle, formatDate, typeFamily } from '../format.js';

export function ArticlePage() {
  const { id = '' } = useParams();
  const state = useApi<ArticleData>(`/api/articles/${encodeURIComponent(id)}`);
  return <Loaded state={state} what="Loading the article">{(data) => <ArticleView data={data} />}</Loaded>;
}

function ArticleView({ data }: { data: ArticleData }) {
  const bodyRef = useRef<HTMLDivElement>(null);
  const [hidden, setHidden] = useState<ReadonlySet<FactKind>>(new Set());
  const { article } = data;
  useTitle(articleTitle(article));

  // Flashing works on the DOM directly so the (large) body never re-renders for it.
  const flash = useCallback((selector: string) => {
    const root = bodyRef.current;
    if (!root) return;
    const targets = Array.from(root.querySelectorAll<HTMLElement>(selector));
    targets[0]?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    for (const el of targets) {
      el.classList.remove('flash');
      void el.offsetWidth; // restart the animation
      el.classList.add('flash');
    }
    window.setTimeout(() => targets.forEach((el) => el.classList.remove('flash')), 1800);
  }, []);

  const toggleKind = (kind: FactKind) =>
    setHidden((prev) => {
      const next = new Set(prev);
      if (next.has(kind)) next.delete(kind);
      else next.add(kind);
      return next;
    });

  const counts = useMemo(() => {
    const c: Record<FactKind, number> = { person: 0, org: 0, place: 0, other: 0, quote: data.quotes.length, citation: data.citations.length, quantity: data.quantities.length, date: data.dates.length };
    for (const m of data.mentions) c[typeFamily(m.type)]++;
    return c;
  }, [data]);

  const safeUrl = article.url && /^https?:\/\//i.test(article.url) ? article.url : null;
  return (
    <div className="page article-page">
      <article className="article-main">
        <header className="article-head">
          <p className="kicker">
            {article.publication ?? 'Article'}
            {article.volume !== null && ` · Vol. ${article.volume}`}
            {article.issue !== null && `, No. ${article.issue}`}
          </p>
          <h1>{articleTitle(article)}</h1>
          <p className="article-meta">
            <span title={`date basis: ${article.dateBasis}`}>{formatDate(article.date)}{article.dateBasis === 'inferred' && ' (inferred)'}</span>
            <span className="source-path">{safeUrl ? <a href={safeUrl} rel="noreferrer noopener" target="_blank">{safeUrl}</a> : article.source}</span>
          </p>
        </header>
        <div className="legend" role="group" aria-label="Highlight fact kinds">
          {FACT_KINDS.map(({ kind, label }) => (
            <label key={kind} className={`legend-item k-${kind}${hidden.has(kind) ? ' off' : ''}`}>
              <input type="checkbox" checked={!hidden.has(kind)} onChange={() => toggleKind(kind)} />
              <span className="swatch" aria-hidden="true" />
              {label} <span className="legend-count">{counts[kind]}</span>
            </label>
          ))}
        </div>
        <div ref={bodyRef} className={`article-body ${[...hidden].map((k) => `hide-${k}`).join(' ')}`} data-testid="article-body">
          <HighlightedBody data={data} />
        </div>
      </article>
      <FactPanel data={data} flash={flash} />
    </div>
  );
}

/** The body cut at span offsets into text nodes and nested spans; rebuilt only when the article changes. */
const HighlightedBody = memo(function HighlightedBody({ data }: { data: ArticleData }) {
  return useMemo(() => {
    const body = data.article.body;
    const roots = nestFacts(body.length, articleFacts(data));
    return <>{renderRange(body, 0, body.length, roots, data.entityIds, false)}</>;
  }, [data]);
});

function renderRange(body: string, start: number, end: number, nodes: SpanNode[], entityIds: Record<string, string>, insideLink: boolean): ReactNode[] {
  const out: ReactNode[] = [];
  let cursor = start;
  for (const node of nodes) {
    if (node.start > cursor) out.push(body.slice(cursor, node.start));
    out.push(renderNode(body, node, entityIds, insideLink));
    cursor = node.end;
  }
  if (cursor < end) out.push(body.slice(cursor, end));
  return out;
}

function renderNode(body: string, node: SpanNode, entityIds: Record<string, string>, insideLink: boolean): ReactNode {
  const { fact } = node;
  const isMention = fact.kind === 'person' || fact.kind === 'org' || fact.kind === 'place' || fact.kind === 'other';
  const globalId = isMention && fact.entity ? entityIds[fact.entity] : undefined;
  const makeLink = globalId !== undefined && !insideLink;
  const children = renderRange(body, node.start, node.end, node.children, entityIds, insideLink || makeLink);
  const common = {
    id: fact.key,
    className: `f f-${fact.kind}`,
    title: fact.title,
    ...(fact.entity ? { 'data-entity': fact.entity } : {}),
  };
  if (makeLink) {
    return <Link key={fact.key} to={`/entity/${encodeURIComponent(globalId)}`} {...common}>{children}</Link>;
  }
  return <span key={fact.key} {...common}>{children}</span>;
}

type Flash = (selector: string) => void;

function FactPanel({ data, flash }: { data: ArticleData; flash: Flash }) {
  const groups = useMemo(() => entityGroups(data), [data]);
  const names = useMemo(() => new Map(data.entities.map((e) => [e.id, e.name])), [data]);
  return (
    <aside className="fact-panel" aria-label="Facts in this article">
      {(['person', 'org', 'place', 'other'] as const).map((kind) => {
        const items = groups[kind];
        if (!items.length) return null;
        return (
          <section key={kind} className={`fact-group k-${kind}`}>
            <h3>{FACT_KINDS.find((k) => k.kind === kind)?.label} <span className="count">{items.length}</span></h3>
            <ul>
              {items.map((item) => (
                <li key={item.key}>
                  <button className="fact-button" onClick={() => flash(item.selector)} title="Show in the text">
                    <span className="fact-name">{item.name}</span>
                    <span className="count">{item.count}</span>
                  </button>
                  {item.globalId && <Link className="fact-link" to={`/entity/${encodeURIComponent(item.globalId)}`} aria-label={`Dossier of ${item.name}`}>dossier →</Link>}
                  {item.roles && <div className="fact-sub">{item.roles}</div>}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
      {data.quotes.length > 0 && (
        <section className="fact-group k-quote">
          <h3>Quotes <span className="count">{data.quotes.length}</span></h3>
          <ul>
            {data.quotes.map((q, i) => {
              const speaker = (q.speaker ? names.get(q.speaker) : null) ?? q.speakerText;
              const speakerId = q.speaker ? data.entityIds[q.speaker] : undefined;
              return (
                <li key={i}>
                  <button className="fact-button block" onClick={() => flash(`#q${i}`)} title="Show in the text">
                    <span className="quote-text">{truncate(q.text, 180)}</span>
                  </button>
                  <div className="fact-sub">
                    — {speakerId ? <Link to={`/entity/${encodeURIComponent(speakerId)}`}>{speaker}</Link> : (speaker ?? 'speaker unknown')}
                    {q.cue && <span className="muted"> · {q.cue}</span>}
                    <span className="muted"> · {q.kind}</span>
                  </div>
                </li>
              );
            })}
          </ul>
        </section>
      )}
      {data.citations.length > 0 && (
        <section className="fact-group k-citation">
          <h3>Citations <span className="count">{data.citations.length}</span></h3>
          <ul>
            {data.citations.map((c, i) => (
              <li key={i}>
                <button className="fact-button" onClick={() => flash(`#c${i}`)}>
                  <span className="fact-name">{c.source ?? (c.malformed ? 'malformed' : c.raw)}</span>
                  <span className="muted">{formatDate(c.date)}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      {data.quantities.length > 0 && (
        <section className="fact-group k-quantity">
          <h3>Quantities <span className="count">{data.quantities.length}</span></h3>
          <ul>
            {data.quantities.map((q, i) => (
              <li key={i}>
                <button className="fact-button block" onClick={() => flash(`#n${i}`)}>
                  <span className="fact-name">{q.text}</span>
                  {q.about && <span className="fact-sub">{q.about}{q.year ? ` (${q.year})` : ''}</span>}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      {data.dates.length > 0 && (
        <section className="fact-group k-date">
          <h3>Dates <span className="count">{data.dates.length}</span></h3>
          <ul className="inline-list">
            {data.dates.map((d, i) => (
              <li key={i}>
                <button className="fact-button tag" onClick={() => flash(`#d${i}`)} title={d.date ?? ''}>{d.text}</button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </aside>
  );
}

interface EntityItem { key: string; name: string; count: number; selector: string; globalId: string | undefined; roles: string | null }

/** Mentions grouped by entity (or by text when unresolved), most mentioned first. */
function entityGroups(data: ArticleData): Record<'person' | 'org' | 'place' | 'other', EntityItem[]> {
  const byKey = new Map<string, EntityItem & { kind: 'person' | 'org' | 'place' | 'other' }>();
  const entities = new Map(data.entities.map((e) => [e.id, e]));
  data.mentions.forEach((m, i) => {
    const key = m.entity ?? `text:${m.type}:${m.text}`;
    const existing = byKey.get(key);
    if (existing) {
      existing.count++;
      if (!m.entity) existing.selector += `, #m${i}`;
      return;
    }
    const entity = m.entity ? entities.get(m.entity) : undefined;
    byKey.set(key, {
      key,
      kind: typeFamily(entity?.type ?? m.type),
      name: entity?.name ?? m.text,
      count: 1,
      selector: m.entity ? `[data-entity="${CSS.escape(m.entity)}"]:is(.f-person, .f-org, .f-place, .f-other)` : `#m${i}`,
      globalId: m.entity ? data.entityIds[m.entity] : undefined,
      roles: entity?.roles.length ? entity.roles.map((r) => `${r.title}${r.of ? ` (${r.of})` : ''}`).join('; ') : null,
    });
  });
  const groups = { person: [] as EntityItem[], org: [] as EntityItem[], place: [] as EntityItem[], other: [] as EntityItem[] };
  for (const item of byKey.values()) groups[item.kind].push(item);
  for (const list of Object.values(groups)) list.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  return groups;
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

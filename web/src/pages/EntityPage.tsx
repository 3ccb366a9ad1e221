import { Link, useParams } from 'react-router-dom';
import { useApi, type EntityDossier } from '../api.js';
import { Loaded } from '../components/Status.js';
import { EntityChip } from '../components/EntityChip.js';
import { TimelineChart } from '../components/TimelineChart.js';
import { WorldMap } from '../components/WorldMap.js';
import { useTitle } from '../components/useTitle.js';
import { TYPE_LABELS, articleTitle, formatDate, plural, typeFamily } from '../format.js';

export function EntityPage() {
  const { id = '' } = useParams();
  const state = useApi<EntityDossier>(`/api/entities/${encodeURIComponent(id)}`);
  return <Loaded state={state} what="Loading the dossier">{(entity) => <EntityView entity={entity} />}</Loaded>;
}

function EntityView({ entity }: { entity: EntityDossier }) {
  const roles = [...entity.roles].sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999'));
  const aliases = entity.aliases.filter((a) => a !== entity.name);
  useTitle(entity.name);
  return (
    <div className="page entity-page">
      <header className="entity-head">
        <div>
          <p className={`kicker kind-${typeFamily(entity.type)}`}><span className="kind-dot" aria-hidden="true" /><span title={entity.type}>{TYPE_LABELS[entity.type]}</span>{entity.country && <span>· {entity.country}</span>}</p>
          <h1>{entity.name}</h1>
          {aliases.length > 0 && (
            <p className="aliases">Also: {aliases.map((a, i) => <span key={a} className="alias">{a}{i < aliases.length - 1 ? ', ' : ''}</span>)}</p>
          )}
        </div>
        <dl className="entity-stats">
          <div><dt>Mentions</dt><dd>{entity.mentionCount}</dd></div>
          <div><dt>Articles</dt><dd>{entity.articleCount}</dd></div>
          <div><dt>Quotes</dt><dd>{entity.quoteCount}</dd></div>
          <div><dt>Roles</dt><dd>{entity.roles.length}</dd></div>
        </dl>
        <Link className="button-link" to={`/search?entity=${encodeURIComponent(entity.id)}`}>Articles mentioning {entity.name} →</Link>
      </header>

      <div className="entity-grid">
        <div className="entity-col">
          {roles.length > 0 && (
            <section className="card">
              <h2>Roles</h2>
              <ol className="role-timeline">
                {roles.map((r, i) => (
                  <li key={i}>
                    <time>{formatDate(r.date)}{r.lastDate && r.lastDate !== r.date && <> – {formatDate(r.lastDate)}</>}</time>
                    <div>
                      <strong className="role-title">{r.title}</strong>{r.of && <span className="muted"> · {r.of}</span>}
                      <div className="fact-sub">
                        <Link to={`/article/${encodeURIComponent(r.articleId)}`}>{r.count > 1 ? 'First source' : 'Source'}</Link>
                        {r.count > 1 && <span className="muted"> · stated in {plural(r.count, 'place')}</span>}
                      </div>
                    </div>
                  </li>
                ))}
              </ol>
            </section>
          )}
          {entity.quotes.length > 0 && (
            <section className="card">
              <h2>Quotes <span className="count">{entity.quoteCount}</span> <Link className="h-link" to={`/quotes?speaker=${encodeURIComponent(entity.id)}`}>all →</Link></h2>
              {entity.quoteCount > entity.quotes.length && <p className="muted small">The latest {entity.quotes.length}.</p>}
              <ul className="quote-list">
                {entity.quotes.map((q, i) => (
                  <li key={i}>
                    <blockquote>{q.text}</blockquote>
                    <div className="fact-sub">
                      {q.cue && <span>{q.cue} · </span>}
                      <Link to={`/article/${encodeURIComponent(q.articleId)}`}>{articleTitle({ title: q.articleTitle, date: q.articleDate })}</Link>
                      <span className="muted"> · {formatDate(q.articleDate)}</span>
                    </div>
                  </li>
                ))}
              </ul>
            </section>
          )}
          <section className="card">
            <h2>Articles <span className="count">{entity.articleCount}</span>{entity.articleCount > entity.articles.length && <> <Link className="h-link" to={`/search?entity=${encodeURIComponent(entity.id)}`}>all →</Link></>}</h2>
            {entity.articleCount > entity.articles.length && <p className="muted small">The latest {entity.articles.length}.</p>}
            <ul className="article-list">
              {entity.articles.map((a) => (
                <li key={a.id}>
                  <Link to={`/article/${encodeURIComponent(a.id)}`}>{articleTitle(a)}</Link>
                  <span className="muted"> · {formatDate(a.date)} · {plural(a.mentions, 'mention')}</span>
                </li>
              ))}
            </ul>
          </section>
        </div>
        <div className="entity-col side">
          <section className="card">
            <h2>Mentions over time</h2>
            <TimelineChart timeline={entity.timeline} />
          </section>
          {entity.geo && (
            <section className="card">
              <h2>Location</h2>
              <WorldMap points={[{ id: entity.id, name: entity.name, lat: entity.geo.lat, lon: entity.geo.lon, weight: entity.mentionCount }]} focus={entity.geo} height={360} selected={entity.id} />
              <p className="muted small">{entity.geo.lat.toFixed(2)}°, {entity.geo.lon.toFixed(2)}°{entity.geo.geonameId !== null && ` · GeoNames ${entity.geo.geonameId}`}</p>
            </section>
          )}
          {entity.coMentions.length > 0 && (
            <section className="card">
              <h2>Mentioned with</h2>
              {entity.coMentionArticles < entity.articleCount && <p className="muted small">In the latest {entity.coMentionArticles} articles.</p>}
              <div className="chips">
                {entity.coMentions.map((c) => <EntityChip key={c.id} id={c.id} name={c.name} type={c.type} count={c.together} />)}
              </div>
            </section>
          )}
          {Object.keys(entity.codes).length > 0 && (
            <section className="card">
              <h2>Codes</h2>
              <dl className="codes">
                {Object.entries(entity.codes).map(([k, v]) => <div key={k}><dt>{k}</dt><dd>{v}</dd></div>)}
              </dl>
            </section>
          )}
        </div>
      </div>
    </div>
  );
}

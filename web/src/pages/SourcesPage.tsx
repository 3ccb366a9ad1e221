import { Link } from 'react-router-dom';
import { useApi, type SourceSummary } from '../api.js';
import { Empty, Loaded } from '../components/Status.js';
import { useTitle } from '../components/useTitle.js';
import { formatDate, formatNumber } from '../format.js';

export function SourcesPage() {
  const state = useApi<SourceSummary[]>('/api/sources?limit=500');
  useTitle('Sources');
  return (
    <div className="page">
      <h1>Cited sources</h1>
      <p className="lede">The outlets and agencies the articles cite, how often, and over which period.</p>
      <Loaded state={state} what="Loading sources">
        {(sources) => {
          if (!sources.length) return <Empty>No citations in the corpus yet.</Empty>;
          const max = Math.max(...sources.map((s) => s.citations));
          return (
            <table className="data-table">
              <thead>
                <tr><th>Source</th><th className="num">Citations</th><th className="num">Articles</th><th>First</th><th>Last</th><th /></tr>
              </thead>
              <tbody>
                {sources.map((s) => (
                  <tr key={s.source}>
                    <td>{s.entity ? <Link to={`/entity/${encodeURIComponent(s.entity)}`}>{s.source}</Link> : s.source}</td>
                    <td className="num">
                      <span className="bar-cell"><span className="inline-bar" style={{ width: `${(100 * s.citations) / max}%` }} /></span>
                      <span className="num-value">{formatNumber(s.citations)}</span>
                    </td>
                    <td className="num">{formatNumber(s.articles)}</td>
                    <td>{formatDate(s.first)}</td>
                    <td>{formatDate(s.last)}</td>
                    <td><Link to={`/search?source=${encodeURIComponent(s.source)}`}>articles →</Link></td>
                  </tr>
                ))}
              </tbody>
            </table>
          );
        }}
      </Loaded>
    </div>
  );
}

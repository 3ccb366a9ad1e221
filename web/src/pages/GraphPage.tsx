// The co-mention / quote-link explorer: graphology + ForceAtlas2 layout, drawn by sigma (WebGL).
// Without WebGL (headless browsers, old GPUs) it says so and shows the strongest links as a table.
import { useEffect, useMemo, useRef, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import Sigma from 'sigma';
import { query, useApi, type GraphData } from '../api.js';
import { Empty, Loaded } from '../components/Status.js';
import { useTitle } from '../components/useTitle.js';
import { typeFamily } from '../format.js';

const COLORS = { person: '#2563eb', org: '#7c3aed', place: '#16a34a', other: '#64748b' } as const;

function hasWebGl(): boolean {
  try {
    const canvas = document.createElement('canvas');
    return Boolean(canvas.getContext('webgl2') ?? canvas.getContext('webgl'));
  } catch {
    return false;
  }
}

export function GraphPage() {
  const [params, setParams] = useSearchParams();
  const minWeight = Math.max(1, Number(params.get('minWeight')) || 2);
  const limit = Math.min(2000, Math.max(10, Number(params.get('limit')) || 100));
  useTitle('Network');
  const state = useApi<GraphData>(`/api/graph${query({ minWeight, limit })}`);
  const set = (key: string, value: number) => {
    const next = new URLSearchParams(params);
    next.set(key, String(value));
    setParams(next);
  };
  return (
    <div className="page graph-page">
      <div className="page-head">
        <div>
          <h1>Network</h1>
          <p className="lede">Entities linked by co-mention in an article or by quotes. Click a node for its dossier.</p>
        </div>
        <div className="controls">
          <label>Min. weight <input type="number" min={1} value={minWeight} onChange={(e) => set('minWeight', Number(e.target.value) || 1)} /></label>
          <label>Nodes <select value={limit} onChange={(e) => set('limit', Number(e.target.value))}>
            {[50, 100, 200, 400, 800, 1600].map((n) => <option key={n} value={n}>{n}</option>)}
          </select></label>
        </div>
      </div>
      <Loaded state={state} what="Loading the network">
        {(data) => (data.nodes.length ? <GraphView data={data} /> : <Empty>No links at this weight.</Empty>)}
      </Loaded>
    </div>
  );
}

function GraphView({ data }: { data: GraphData }) {
  const navigate = useNavigate();
  const container = useRef<HTMLDivElement>(null);
  const [webGl] = useState(hasWebGl);
  const [failure, setFailure] = useState<string | null>(null);
  const names = useMemo(() => new Map(data.nodes.map((n) => [n.id, n])), [data]);

  useEffect(() => {
    if (!webGl || !container.current) return;
    const graph = new Graph({ type: 'undirected', multi: false });
    const maxMentions = Math.max(1, ...data.nodes.map((n) => n.mentionCount));
    data.nodes.forEach((n, i) => {
      const angle = (2 * Math.PI * i) / data.nodes.length;
      graph.addNode(n.id, {
        label: n.name,
        x: Math.cos(angle) * 100,
        y: Math.sin(angle) * 100,
        size: 3 + 11 * Math.sqrt(n.mentionCount / maxMentions),
        color: COLORS[typeFamily(n.type)],
      });
    });
    for (const e of data.edges) {
      if (!graph.hasNode(e.source) || !graph.hasNode(e.target) || e.source === e.target) continue;
      const key = [e.source, e.target].sort().join('|');
      if (graph.hasEdge(key)) {
        graph.updateEdgeAttribute(key, 'weight', (w: number | undefined) => (w ?? 0) + e.weight);
        continue;
      }
      graph.addEdgeWithKey(key, e.source, e.target, { weight: e.weight, color: e.kind === 'quote' ? 'rgba(245, 158, 11, 0.7)' : 'rgba(148, 163, 184, 0.35)' });
    }
    // Isolated nodes would be flung to the edges by the layout and shrink everything else.
    graph.forEachNode((node) => {
      if (graph.degree(node) === 0) graph.dropNode(node);
    });
    graph.forEachEdge((edge, attrs) => graph.setEdgeAttribute(edge, 'size', Math.min(6, 0.5 + Math.log2(1 + (attrs['weight'] as number)))));
    forceAtlas2.assign(graph, { iterations: graph.order > 500 ? 80 : 200, settings: { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 300, strongGravityMode: true, gravity: 0.4 } });

    let renderer: Sigma | null = null;
    try {
      renderer = new Sigma(graph, container.current, { settings: { labelDensity: 0.5, labelRenderedSizeThreshold: 6 } });
      renderer.on('clickNode', ({ node }) => navigate(`/entity/${encodeURIComponent(node)}`));
      renderer.on('enterNode', () => container.current?.classList.add('pointer'));
      renderer.on('leaveNode', () => container.current?.classList.remove('pointer'));
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    }
    return () => renderer?.kill();
  }, [data, webGl, navigate]);

  const strongest = useMemo(() => [...data.edges].sort((a, b) => b.weight - a.weight).slice(0, 25), [data]);
  const canDraw = webGl && !failure;
  return (
    <div className="graph-layout">
      {canDraw ? (
        <div ref={container} className="graph-canvas" data-testid="graph-canvas" />
      ) : (
        <div className="status notice graph-fallback" role="status">
          This browser cannot draw the network (WebGL is unavailable{failure ? `: ${failure}` : ''}). The strongest links are listed instead.
        </div>
      )}
      <aside className="card">
        <h2>Strongest links</h2>
        <div className="legend-inline">
          {Object.entries(COLORS).map(([family, color]) => (
            <span key={family} className="legend-dot"><svg width="10" height="10" aria-hidden="true"><circle cx="5" cy="5" r="5" fill={color} /></svg> {family}</span>
          ))}
        </div>
        <ol className="ranked">
          {strongest.map((e) => (
            <li key={`${e.source}|${e.target}|${e.kind}`}>
              <Link to={`/entity/${encodeURIComponent(e.source)}`}>{names.get(e.source)?.name ?? e.source}</Link>
              {' — '}
              <Link to={`/entity/${encodeURIComponent(e.target)}`}>{names.get(e.target)?.name ?? e.target}</Link>
              <span className="muted"> {e.weight}{e.kind === 'quote' ? ' (quote)' : ''}</span>
            </li>
          ))}
        </ol>
      </aside>
    </div>
  );
}

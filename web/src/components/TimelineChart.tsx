// Mentions over time as a small SVG bar chart; months without mentions are drawn as gaps, long spans
// are shown by year.
import { formatDate } from '../format.js';

interface Bar { period: string; count: number }

function monthIndex(period: string): number {
  const [y, m] = period.split('-').map(Number);
  return (y ?? 0) * 12 + ((m ?? 1) - 1);
}

export function fillPeriods(timeline: readonly Bar[]): Bar[] {
  const months = timeline.filter((t) => /^\d{4}-\d{2}$/.test(t.period));
  if (!months.length) return [];
  const first = Math.min(...months.map((t) => monthIndex(t.period)));
  const last = Math.max(...months.map((t) => monthIndex(t.period)));
  const counts = new Map(months.map((t) => [monthIndex(t.period), t.count]));
  if (last - first > 47) {
    const years = new Map<number, number>();
    for (const t of months) years.set(Math.floor(monthIndex(t.period) / 12), (years.get(Math.floor(monthIndex(t.period) / 12)) ?? 0) + t.count);
    const out: Bar[] = [];
    for (let y = Math.floor(first / 12); y <= Math.floor(last / 12); y++) out.push({ period: String(y), count: years.get(y) ?? 0 });
    return out;
  }
  const out: Bar[] = [];
  for (let i = first; i <= last; i++) out.push({ period: `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`, count: counts.get(i) ?? 0 });
  return out;
}

export function TimelineChart({ timeline }: { timeline: readonly Bar[] }) {
  const bars = fillPeriods(timeline);
  if (!bars.length) return <p className="muted">No dated mentions.</p>;
  const width = 560;
  const height = 120;
  const pad = { top: 10, bottom: 22, left: 28, right: 6 };
  const max = Math.max(...bars.map((b) => b.count));
  const step = (width - pad.left - pad.right) / bars.length;
  const barWidth = Math.max(2, Math.min(36, step * 0.75));
  const y = (v: number) => pad.top + (height - pad.top - pad.bottom) * (1 - v / max);
  const labelEvery = Math.ceil(bars.length / 8);
  return (
    <svg className="timeline-chart" viewBox={`0 0 ${width} ${height}`} role="img" aria-label="Mentions over time">
      <line className="axis" x1={pad.left} x2={width - pad.right} y1={height - pad.bottom} y2={height - pad.bottom} />
      <text className="tick" x={pad.left - 4} y={y(max) + 4} textAnchor="end">{max}</text>
      <text className="tick" x={pad.left - 4} y={height - pad.bottom} textAnchor="end">0</text>
      {bars.map((b, i) => {
        const x = pad.left + i * step + (step - barWidth) / 2;
        return (
          <g key={b.period}>
            {b.count > 0 && (
              <rect className="bar" x={x} y={y(b.count)} width={barWidth} height={height - pad.bottom - y(b.count)}>
                <title>{`${formatDate(b.period)}: ${b.count}`}</title>
              </rect>
            )}
            {i % labelEvery === 0 && (
              <text className="tick" x={x + barWidth / 2} y={height - 6} textAnchor="middle">{formatDate(b.period)}</text>
            )}
          </g>
        );
      })}
    </svg>
  );
}

// An offline world map: the world-atlas country outline (a bundled asset, no tiles, no network beyond
// our own origin) drawn with d3-geo's Equal Earth projection, places as circles sized by mentions.
import { useEffect, useMemo, useState } from 'react';
import { geoCircle, geoEqualEarth, geoGraticule10, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { FeatureCollection } from 'geojson';
import worldUrl from 'world-atlas/countries-110m.json?url';

export interface MapPoint {
  id: string;
  name: string;
  lat: number;
  lon: number;
  weight: number;
}

let worldPromise: Promise<FeatureCollection> | null = null;
function loadWorld(): Promise<FeatureCollection> {
  worldPromise ??= fetch(worldUrl)
    .then((r) => {
      if (!r.ok) throw new Error(`world outline: HTTP ${r.status}`);
      return r.json() as Promise<Topology<{ countries: GeometryCollection }>>;
    })
    .then((topology) => feature(topology, topology.objects.countries) as FeatureCollection);
  return worldPromise;
}

const WIDTH = 960;

export function WorldMap({
  points, height = 500, focus, onSelect, selected,
}: {
  points: readonly MapPoint[];
  height?: number;
  /** Zooms to about 25° around this place. */
  focus?: { lat: number; lon: number } | null;
  onSelect?: (point: MapPoint) => void;
  selected?: string | null;
}) {
  const [world, setWorld] = useState<FeatureCollection | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    loadWorld().then((w) => live && setWorld(w), (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)));
    return () => {
      live = false;
    };
  }, []);

  const projection = useMemo(() => {
    const p = geoEqualEarth();
    if (focus) p.fitExtent([[10, 10], [WIDTH - 10, height - 10]], geoCircle().center([focus.lon, focus.lat]).radius(14)());
    else p.fitExtent([[4, 4], [WIDTH - 4, height - 4]], { type: 'Sphere' });
    return p;
  }, [focus?.lat, focus?.lon, height]);
  const path = useMemo(() => geoPath(projection), [projection]);
  const countryPaths = useMemo(
    () => (world ? world.features.map((f, i) => ({ key: String(f.id ?? i), d: path(f) ?? '', name: String(f.properties?.['name'] ?? '') })) : []),
    [world, path],
  );
  const maxWeight = Math.max(1, ...points.map((p) => p.weight));
  const placed = useMemo(
    () =>
      points
        .map((p) => ({ point: p, xy: projection([p.lon, p.lat]) }))
        .filter((p): p is { point: MapPoint; xy: [number, number] } => p.xy !== null)
        .sort((a, b) => b.point.weight - a.point.weight),
    [points, projection],
  );

  return (
    <figure className="world-map">
      <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label="Map of places">
        <path className="sphere" d={path({ type: 'Sphere' }) ?? ''} />
        <path className="graticule" d={path(geoGraticule10()) ?? ''} />
        {countryPaths.map((c) => (
          <path key={c.key} className="country" d={c.d}>
            <title>{c.name}</title>
          </path>
        ))}
        {placed.map(({ point, xy }) => {
          const r = (focus ? 5 : 3) + 14 * Math.sqrt(point.weight / maxWeight);
          return (
            <circle
              key={point.id}
              className={`place${selected === point.id ? ' selected' : ''}${onSelect ? ' clickable' : ''}`}
              cx={xy[0]}
              cy={xy[1]}
              r={r}
              data-place={point.name}
              onClick={onSelect ? () => onSelect(point) : undefined}
            >
              <title>{`${point.name} — ${point.weight} mention${point.weight === 1 ? '' : 's'}`}</title>
            </circle>
          );
        })}
      </svg>
      {error && <figcaption className="status error">{error}</figcaption>}
    </figure>
  );
}

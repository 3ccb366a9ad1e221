import { useMemo } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useApi, type Place } from '../api.js';
import { Empty, Loaded } from '../components/Status.js';
import { WorldMap, type MapPoint } from '../components/WorldMap.js';
import { useTitle } from '../components/useTitle.js';
import { formatNumber } from '../format.js';

export function MapPage() {
  const state = useApi<Place[]>('/api/places?limit=1000');
  useTitle('Map');
  return (
    <div className="page">
      <h1>Places</h1>
      <p className="lede">Every place the corpus mentions, sized by mentions. Click a circle for its dossier.</p>
      <Loaded state={state} what="Loading places">{(places) => (places.length ? <PlacesView places={places} /> : <Empty>No geolocated places yet.</Empty>)}</Loaded>
    </div>
  );
}

function PlacesView({ places }: { places: Place[] }) {
  const navigate = useNavigate();
  const points = useMemo<MapPoint[]>(() => places.map((p) => ({ id: p.id, name: p.name, lat: p.geo.lat, lon: p.geo.lon, weight: p.mentionCount })), [places]);
  const top = [...places].sort((a, b) => b.mentionCount - a.mentionCount).slice(0, 25);
  return (
    <div className="map-layout">
      <WorldMap points={points} onSelect={(p) => navigate(`/entity/${encodeURIComponent(p.id)}`)} />
      <aside className="card">
        <h2>Most mentioned</h2>
        <ol className="ranked">
          {top.map((p) => (
            <li key={p.id}>
              <Link to={`/entity/${encodeURIComponent(p.id)}`}>{p.name}</Link>
              <span className="muted">{p.country ? ` ${p.country} ·` : ''} {formatNumber(p.mentionCount)}</span>
            </li>
          ))}
        </ol>
      </aside>
    </div>
  );
}

import { useEffect, useState, type FormEvent } from 'react';
import { NavLink, Outlet, useLocation, useNavigate, useSearchParams } from 'react-router-dom';

export function Layout() {
  const navigate = useNavigate();
  const location = useLocation();
  const [params] = useSearchParams();
  const currentQuery = location.pathname === '/' || location.pathname === '/search' ? (params.get('q') ?? '') : '';
  const [text, setText] = useState(currentQuery);
  useEffect(() => setText(currentQuery), [currentQuery]);

  function submit(event: FormEvent) {
    event.preventDefault();
    navigate(`/search?q=${encodeURIComponent(text.trim())}`);
  }

  return (
    <div className="app">
      <header className="topbar">
        <NavLink to="/" className="brand" aria-label="Dossier home">
          <span className="brand-mark" aria-hidden="true">D</span>
          <span>Dossier</span>
        </NavLink>
        <form className="topsearch" role="search" onSubmit={submit}>
          <input
            type="search"
            name="q"
            value={text}
            onChange={(e) => setText(e.target.value)}
            placeholder='Search articles — words, "exact phrases", prefix*'
            aria-label="Search articles"
          />
          <button type="submit">Search</button>
        </form>
        <nav className="mainnav" aria-label="Sections">
          <NavLink to="/search" end>Search</NavLink>
          <NavLink to="/quotes">Quotes</NavLink>
          <NavLink to="/graph">Graph</NavLink>
          <NavLink to="/map">Map</NavLink>
          <NavLink to="/sources">Sources</NavLink>
        </nav>
      </header>
      <main className="content">
        <Outlet />
      </main>
    </div>
  );
}

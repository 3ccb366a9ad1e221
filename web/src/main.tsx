import { StrictMode, Suspense, lazy } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, Route, Routes } from 'react-router-dom';
import { Layout } from './components/Layout.js';
import { SearchPage } from './pages/SearchPage.js';
import { ArticlePage } from './pages/ArticlePage.js';
import { EntityPage } from './pages/EntityPage.js';
import { SourcesPage } from './pages/SourcesPage.js';
import { QuotesPage } from './pages/QuotesPage.js';
import { NotFoundPage } from './pages/NotFoundPage.js';
import { Loading } from './components/Status.js';
import './styles.css';

// The heavy pages (WebGL graph, world outline) load on demand.
const GraphPage = lazy(() => import('./pages/GraphPage.js').then((m) => ({ default: m.GraphPage })));
const MapPage = lazy(() => import('./pages/MapPage.js').then((m) => ({ default: m.MapPage })));

const root = document.getElementById('root');
if (!root) throw new Error('no #root element');

createRoot(root).render(
  <StrictMode>
    <BrowserRouter>
      <Routes>
        <Route element={<Layout />}>
          <Route index element={<SearchPage />} />
          <Route path="search" element={<SearchPage />} />
          <Route path="article/:id" element={<ArticlePage />} />
          <Route path="entity/:id" element={<EntityPage />} />
          <Route path="graph" element={<Suspense fallback={<Loading />}><GraphPage /></Suspense>} />
          <Route path="map" element={<Suspense fallback={<Loading />}><MapPage /></Suspense>} />
          <Route path="sources" element={<SourcesPage />} />
          <Route path="quotes" element={<QuotesPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </BrowserRouter>
  </StrictMode>,
);

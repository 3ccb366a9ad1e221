// The API client: typed fetches of the server's JSON, errors carried as messages the pages show.
import { useEffect, useState } from 'react';
import type {
  EntityDossier, EntitySummary, GraphData, QuoteRecord, SearchResult, SourceSummary, StoreStats,
} from '../../src/store/types.js';
import type { Entity, Extraction } from '../../src/model/extraction.js';

export type { EntityDossier, EntitySummary, GraphData, QuoteRecord, SearchResult, SourceSummary, StoreStats, Extraction };
export type ArticleData = Extraction & { entityIds: Record<string, string> };
export type Place = EntitySummary & { geo: NonNullable<Entity['geo']> };

export class ApiError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

export async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  const response = await fetch(path, { signal: signal ?? null, headers: { accept: 'application/json' } });
  const text = await response.text();
  let data: unknown = null;
  try {
    data = text ? JSON.parse(text) : null;
  } catch {
    throw new ApiError(response.status, `the server answered ${response.status} with something that is not JSON`);
  }
  if (!response.ok) {
    const message = (data as { error?: unknown } | null)?.error;
    throw new ApiError(response.status, typeof message === 'string' ? message : `HTTP ${response.status}`);
  }
  return data as T;
}

/** Builds a query string; arrays repeat the key, empty values are left out. */
export function query(params: Record<string, string | number | readonly string[] | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) for (const v of value) search.append(key, v);
    else search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

export type Loadable<T> = { status: 'loading' } | { status: 'error'; error: ApiError | Error } | { status: 'ok'; data: T };

/** Fetches `path` whenever it changes; a stale answer never overwrites a newer one. */
export function useApi<T>(path: string | null): Loadable<T> {
  const [state, setState] = useState<Loadable<T>>({ status: 'loading' });
  useEffect(() => {
    if (path === null) return;
    const controller = new AbortController();
    setState((previous) => (previous.status === 'ok' ? previous : { status: 'loading' }));
    getJson<T>(path, controller.signal).then(
      (data) => setState({ status: 'ok', data }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState({ status: 'error', error: error instanceof Error ? error : new Error(String(error)) });
      },
    );
    return () => controller.abort();
  }, [path]);
  return state;
}

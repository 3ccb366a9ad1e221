import type { ReactNode } from 'react';
import type { Loadable } from '../api.js';

export function Loading({ what = 'Loading' }: { what?: string }) {
  return <div className="status loading" role="status">{what}…</div>;
}

export function ErrorBox({ error }: { error: Error }) {
  return <div className="status error" role="alert">{error.message}</div>;
}

export function Empty({ children }: { children: ReactNode }) {
  return <div className="status empty">{children}</div>;
}

/** Renders loading and error states, and `children(data)` once loaded. */
export function Loaded<T>({ state, children, what }: { state: Loadable<T>; children: (data: T) => ReactNode; what?: string }) {
  if (state.status === 'loading') return <Loading {...(what ? { what } : {})} />;
  if (state.status === 'error') return <ErrorBox error={state.error} />;
  return <>{children(state.data)}</>;
}

import { useEffect } from 'react';
import { pageTitle } from '../format.js';

export function useTitle(...parts: (string | null | undefined)[]): void {
  const title = pageTitle(...parts);
  useEffect(() => {
    document.title = title;
  }, [title]);
}

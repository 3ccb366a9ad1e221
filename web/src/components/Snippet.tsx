// A search snippet: the store wraps matches in U+0002 … U+0003; they become <mark> elements built from
// plain text pieces, so nothing in the snippet is ever parsed as HTML.
import type { ReactNode } from 'react';

export function splitMarks(snippet: string): { text: string; marked: boolean }[] {
  const pieces: { text: string; marked: boolean }[] = [];
  let marked = false;
  let start = 0;
  for (let i = 0; i <= snippet.length; i++) {
    const c = i < snippet.length ? snippet.charCodeAt(i) : -1;
    if (c === 2 || c === 3 || c === -1) {
      if (i > start) pieces.push({ text: snippet.slice(start, i), marked });
      if (c === 2) marked = true;
      else if (c === 3) marked = false;
      start = i + 1;
    }
  }
  return pieces;
}

export function Snippet({ text }: { text: string }) {
  const nodes: ReactNode[] = splitMarks(text).map((piece, i) => (piece.marked ? <mark key={i}>{piece.text}</mark> : piece.text));
  return <p className="snippet">{nodes}</p>;
}

// The user's search syntax, parsed once and rendered per database dialect:
// words (all required), "quoted phrases", prefix*, -excluded, and OR between two clauses.
import { QueryError } from '../store/types.js';

export interface Clause {
  /** Words of the clause; a phrase has several. Lower-cased, punctuation removed. */
  words: string[];
  prefix: boolean;
  negated: boolean;
  /** True when the user wrote OR between this clause and the previous one. */
  orWithPrevious: boolean;
}

const WORD = /[\p{L}\p{N}]+/gu;
const MAX_CLAUSES = 32;

export function parseQuery(input: string): Clause[] {
  const text = input.trim();
  if (text.length > 500) throw new QueryError('the query is longer than 500 characters');
  if ((text.match(/"/g) ?? []).length % 2 === 1) throw new QueryError('the query has an unbalanced quotation mark (")');
  const clauses: Clause[] = [];
  let pendingOr = false;
  const pieces = text.match(/-?"[^"]*"\*?|\S+/g) ?? [];
  for (const piece of pieces) {
    if (piece === 'OR') {
      if (clauses.length === 0) throw new QueryError('OR needs a word on each side');
      pendingOr = true;
      continue;
    }
    const negated = piece.startsWith('-') && piece.length > 1;
    const body = negated ? piece.slice(1) : piece;
    const prefix = body.endsWith('*');
    const words = (body.toLowerCase().match(WORD) ?? []).slice(0, 16);
    if (words.length === 0) continue;
    clauses.push({ words, prefix, negated, orWithPrevious: pendingOr });
    pendingOr = false;
  }
  if (pendingOr) throw new QueryError('OR needs a word on each side');
  if (clauses.length > MAX_CLAUSES) throw new QueryError(`the query has more than ${MAX_CLAUSES} terms`);
  if (clauses.length > 0 && clauses.every((c) => c.negated)) {
    throw new QueryError('a query needs at least one word that is not excluded with -');
  }
  return clauses;
}

/** FTS5 MATCH expression; every word is double-quoted so no user text is read as FTS syntax. */
export function toFts5(clauses: Clause[]): string {
  const positive = clauses.filter((c) => !c.negated);
  const negative = clauses.filter((c) => c.negated);
  const render = (c: Clause) => `"${c.words.join(' ')}"${c.prefix ? '*' : ''}`;
  let expr = '';
  positive.forEach((c, i) => {
    expr += i === 0 ? render(c) : c.orWithPrevious ? ` OR ${render(c)}` : ` AND ${render(c)}`;
  });
  if (positive.length > 1) expr = `(${expr})`;
  for (const c of negative) expr += ` NOT ${render(c)}`;
  return expr;
}

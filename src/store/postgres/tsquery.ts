// Renders parsed search clauses as a PostgreSQL tsquery string for to_tsquery(config, $n). Every word is a
// quoted, escaped lexeme, so no user text is ever read as tsquery syntax; to_tsquery still stems each one.
import type { Clause } from '../../query/parse.js';

/** A quoted tsquery lexeme: inside quotes only ' and \ are special, and both are escaped. */
function lexeme(word: string): string {
  return `'${word.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}

function renderClause(clause: Clause): string {
  const last = clause.words.length - 1;
  const words = clause.words.map((w, i) => lexeme(w) + (clause.prefix && i === last ? ':*' : ''));
  return words.length > 1 ? `(${words.join(' <-> ')})` : words[0]!;
}

/** Same logic as the FTS5 rendering: positives joined by & (| where the user wrote OR), then & ! per exclusion. */
export function toTsquery(clauses: Clause[]): string {
  const positive = clauses.filter((c) => !c.negated);
  const negative = clauses.filter((c) => c.negated);
  let expr = '';
  positive.forEach((c, i) => {
    expr += i === 0 ? renderClause(c) : `${c.orWithPrevious ? ' | ' : ' & '}${renderClause(c)}`;
  });
  if (positive.length > 1) expr = `(${expr})`;
  for (const c of negative) expr += ` & !${renderClause(c)}`;
  return expr;
}

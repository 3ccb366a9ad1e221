// Errors a user can act on print one line without a stack; anything else is a bug and shows its stack.
import { QueryError } from '../store/types.js';

export class UsageError extends Error {
  override name = 'UsageError';
}

/** "file:line: reason", the one-line form of an input that could not be read. */
export function describeFailure(f: { file: string; reason: string; line?: number }): string {
  return `${f.file}${f.line !== undefined ? `:${f.line}` : ''}: ${f.reason}`;
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value)}\n`);
}

export function failAndExit(err: unknown): never {
  if (err instanceof UsageError || err instanceof QueryError) {
    process.stderr.write(`dossier: ${err.message}\n`);
    process.exit(2);
  }
  const e = err as NodeJS.ErrnoException;
  if (e?.code && ['ENOENT', 'EACCES', 'EISDIR', 'EADDRINUSE', 'ECONNREFUSED', 'SQLITE_CANTOPEN', 'SQLITE_NOTADB'].includes(e.code)) {
    process.stderr.write(`dossier: ${e.message}\n`);
    process.exit(1);
  }
  process.stderr.write(`dossier: unexpected error: ${e?.stack ?? String(err)}\n`);
  process.exit(1);
}

/** Highlight markers from the store (\u0002 … \u0003) as terminal bold, or plain brackets when not a TTY. */
export function renderSnippet(snippet: string, tty: boolean): string {
  return tty ? snippet.replace(/\u0002/g, '\x1b[1m').replace(/\u0003/g, '\x1b[22m') : snippet.replace(/\u0002/g, '[').replace(/\u0003/g, ']');
}

// Which store a command talks to: --db, else DOSSIER_DB, else ./dossier.db; postgres:// selects PostgreSQL.
import type { Store } from '../store/types.js';

export const DEFAULT_DB = './dossier.db';

export function dbLocation(flag: string | undefined): string {
  return flag ?? process.env['DOSSIER_DB'] ?? DEFAULT_DB;
}

export async function openStore(location: string, opts: { cacheMB?: number } = {}): Promise<Store> {
  let store: Store;
  if (/^postgres(ql)?:\/\//.test(location)) {
    const { openPostgresStore } = await import('../store/postgres/index.js');
    store = await openPostgresStore(location);
  } else {
    const { openSqliteStore } = await import('../store/sqlite/index.js');
    store = await openSqliteStore(location.replace(/^sqlite:(\/\/)?/, ''), opts);
  }
  await store.migrate();
  return store;
}

// `dossier serve`: the HTTP API and web UI, on 127.0.0.1 unless another host is asked for.
import { startServer } from '../../server/index.js';
import { dbLocation, openStore } from '../db.js';
import { UsageError } from '../output.js';
import { intOption } from './query.js';

export async function serveCommand(opts: { db?: string; port?: string; host?: string; writeToken?: string }): Promise<number> {
  const port = intOption(opts.port, 'port', 4173);
  if (port > 65535) throw new UsageError(`--port must be at most 65535`);
  const writeToken = opts.writeToken ?? process.env['DOSSIER_WRITE_TOKEN'];
  const store = await openStore(dbLocation(opts.db));
  const server = await startServer({ store, host: opts.host ?? '127.0.0.1', port, checkResponses: false, ...(writeToken ? { writeToken } : {}) });
  process.stderr.write(`Dossier is serving ${dbLocation(opts.db)} at ${server.url} (${writeToken ? 'writable with the token' : 'read-only'}); Ctrl-C stops it\n`);
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await server.close();
  await store.close();
  return 0;
}

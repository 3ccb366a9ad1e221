// Serves the built web app from one folder: exact files, index.html for client routes (SPA fallback),
// nothing outside the folder (paths are decoded, normalized and checked against the root).
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import type { FastifyReply } from 'fastify';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

export interface StaticSite {
  /** Answers a GET/HEAD for urlPath; false when the path is not the site's (caller answers 404). */
  serve(urlPath: string, reply: FastifyReply): Promise<boolean>;
}

export function staticSite(webRoot: string): StaticSite {
  const root = resolve(webRoot);
  const indexPath = resolve(root, 'index.html');

  async function fileAt(path: string): Promise<{ path: string; size: number } | null> {
    try {
      const info = await stat(path);
      return info.isFile() ? { path, size: info.size } : null;
    } catch {
      return null;
    }
  }

  function send(reply: FastifyReply, file: { path: string; size: number }, immutable: boolean): void {
    const type = CONTENT_TYPES[extname(file.path).toLowerCase()] ?? 'application/octet-stream';
    reply
      .header('content-type', type)
      .header('content-length', file.size)
      .header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
    void reply.send(createReadStream(file.path));
  }

  return {
    async serve(urlPath, reply) {
      let decoded: string;
      try {
        decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/');
      } catch {
        return false;
      }
      if (decoded.includes('\0') || decoded.includes('\\')) return false;
      const target = resolve(root, '.' + (decoded.startsWith('/') ? decoded : '/' + decoded));
      if (target !== root && !target.startsWith(root + sep)) return false;
      const file = target === root ? null : await fileAt(target);
      if (file) {
        send(reply, file, decoded.startsWith('/assets/'));
        return true;
      }
      // A client route (no file extension) gets the app shell; a missing asset is a real 404.
      if (extname(decoded) === '' || decoded.endsWith('.html')) {
        const index = await fileAt(indexPath);
        if (index) {
          send(reply, index, false);
          return true;
        }
        reply.code(503).header('content-type', 'text/plain; charset=utf-8');
        void reply.send('The Dossier web app is not built. Run `npm run build`; the API is at /api/stats.\n');
        return true;
      }
      return false;
    },
  };
}

// The analyst workbench server: the JSON API over a Store, plus the built web app. Read-only unless
// started with a write token; loopback-only by default; strict security headers on every answer.
import { createHash, timingSafeEqual } from 'node:crypto';
import { resolve } from 'node:path';
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import { ZodError } from 'zod';
import { QueryError, type Store } from '../store/types.js';
import { repoRoot } from '../util/paths.js';
import { pipelineIngest } from './ingest.js';
import { openApiDocument } from './openapi.js';
import { createRouteRegistry, NotFound, ResponseContractError } from './route.js';
import * as S from './schemas.js';
import { staticSite } from './static.js';

/** Stores posted documents; the CLI wires the ingest pipeline in here. */
export type IngestDocuments = (documents: S.IngestBody['documents']) => Promise<S.IngestResponse>;

export interface ServerOptions {
  store: Store;
  /** Enables POST /api/ingest for requests carrying `Authorization: Bearer <writeToken>`. */
  writeToken?: string;
  /** The built web app; default dist/web under the package root. */
  webRoot?: string;
  logger?: boolean;
  /** Default: the ingest pipeline over `store`. */
  ingest?: IngestDocuments;
  /** Host names the server answers to (DNS-rebinding guard); default: any. */
  allowedHosts?: string[];
  bodyLimitBytes?: number;
  /**
   * Validate every response against its schema (default true: tests and development). `dossier serve`
   * turns it off: the store's types already guarantee the shape, and a full parse of a large article
   * costs more than the query behind it.
   */
  checkResponses?: boolean;
}

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
  ) {
    super(message);
  }
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

function zodMessage(error: ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}

export async function buildServer(opts: ServerOptions): Promise<FastifyInstance> {
  const { store } = opts;
  const app = Fastify({
    logger: opts.logger ?? false,
    bodyLimit: opts.bodyLimitBytes ?? 5 * 1024 * 1024,
    routerOptions: { maxParamLength: 300 },
  });
  const allowedHosts = opts.allowedHosts ? new Set(opts.allowedHosts.map((h) => h.toLowerCase())) : null;

  app.addHook('onRequest', async (request, reply) => {
    reply
      .header('content-security-policy', CONTENT_SECURITY_POLICY)
      .header('x-content-type-options', 'nosniff')
      .header('referrer-policy', 'no-referrer')
      .header('x-frame-options', 'DENY')
      .header('cross-origin-opener-policy', 'same-origin')
      .header('cross-origin-resource-policy', 'same-origin');
    if (allowedHosts) {
      const host = (request.headers.host ?? '').replace(/:\d+$/, '').replace(/^\[|\]$/g, '').toLowerCase();
      if (!allowedHosts.has(host)) throw new HttpError(421, `this server does not answer to host "${host}"`);
    }
  });

  app.setErrorHandler((error, request, reply) => {
    if (error instanceof ZodError) return reply.code(400).send({ error: zodMessage(error) });
    if (error instanceof QueryError) return reply.code(400).send({ error: error.message });
    if (error instanceof HttpError) return reply.code(error.statusCode).send({ error: error.message });
    const status = (error as { statusCode?: number }).statusCode;
    if (!(error instanceof ResponseContractError) && typeof status === 'number' && status >= 400 && status < 500) {
      return reply.code(status).send({ error: (error as Error).message });
    }
    request.log.error(error);
    return reply.code(500).send({ error: 'internal error' });
  });

  const expectedToken = opts.writeToken ? digest(opts.writeToken) : null;
  function guardWrite(request: FastifyRequest): void {
    if (!expectedToken) throw new HttpError(403, 'this server is read-only (start it with a write token to allow writes)');
    const header = request.headers.authorization ?? '';
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match?.[1] || !timingSafeEqual(digest(match[1]), expectedToken)) throw new HttpError(403, 'missing or wrong write token');
  }

  const defaultIngest = pipelineIngest(store);
  const api = createRouteRegistry(app, guardWrite, opts.checkResponses ?? true);

  api.add({
    method: 'GET', url: '/api/search', tag: 'search', summary: 'Full-text search of articles with facets',
    querystring: S.SearchParams, response: S.SearchResult,
    handler: ({ query }) => store.search({ ...query, text: query.q }),
  });
  api.add({
    method: 'GET', url: '/api/articles/:id', tag: 'articles', summary: 'One article with all its facts',
    params: S.IdParams, response: S.ArticleResponse, otherStatuses: [404],
    handler: async ({ params }) => (await store.getArticle(params.id)) ?? new NotFound(`no article ${params.id}`),
  });
  api.add({
    method: 'GET', url: '/api/entities', tag: 'entities', summary: 'Entities by name, type and country',
    querystring: S.EntityListParams, response: S.EntityList,
    handler: ({ query }) => store.listEntities(query),
  });
  api.add({
    method: 'GET', url: '/api/entities/:id', tag: 'entities', summary: 'The dossier of one entity (by id, else best name match)',
    params: S.IdParams, response: S.EntityDossier, otherStatuses: [404],
    handler: async ({ params }) => (await store.getEntity(params.id)) ?? new NotFound(`no entity ${params.id}`),
  });
  api.add({
    method: 'GET', url: '/api/quotes', tag: 'quotes', summary: 'Quotes by speaker and text',
    querystring: S.QuoteListParams, response: S.QuoteList,
    handler: ({ query }) => store.listQuotes(query),
  });
  api.add({
    method: 'GET', url: '/api/sources', tag: 'sources', summary: 'The outlets the corpus cites',
    querystring: S.LimitParams, response: S.SourceList,
    handler: ({ query }) => store.listSources(query),
  });
  api.add({
    method: 'GET', url: '/api/places', tag: 'places', summary: 'Places with coordinates and mention counts',
    querystring: S.LimitParams, response: S.PlaceList,
    handler: ({ query }) => store.places(query),
  });
  api.add({
    method: 'GET', url: '/api/graph', tag: 'graph', summary: 'Co-mention and quote-link graph of entities',
    querystring: S.GraphParams, response: S.GraphResponse,
    handler: ({ query }) => store.graph(query),
  });
  api.add({
    method: 'GET', url: '/api/stats', tag: 'stats', summary: 'Corpus totals',
    response: S.StatsResponse,
    handler: () => store.stats(),
  });
  api.add({
    method: 'POST', url: '/api/ingest', tag: 'ingest', summary: 'Extract and store posted documents (write token required)',
    body: S.IngestBody, response: S.IngestResponse, write: true, otherStatuses: [413],
    handler: async ({ body }) => {
      return (opts.ingest ?? defaultIngest)(body.documents);
    },
  });

  const document = openApiDocument(api.routes, { title: 'Dossier API', version: '0.1.0' });
  app.get('/api/openapi.json', async () => document);

  const site = staticSite(opts.webRoot ?? resolve(repoRoot, 'dist/web'));
  app.setNotFoundHandler(async (request, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    const isRead = request.method === 'GET' || request.method === 'HEAD';
    if (isRead && !path.startsWith('/api/') && path !== '/api' && (await site.serve(path, reply))) return reply;
    return reply.code(404).send({ error: `not found: ${request.method} ${path}` });
  });

  return app;
}

const LOOPBACK = ['127.0.0.1', 'localhost', '::1'];

export async function startServer(
  opts: ServerOptions & { host?: string; port?: number },
): Promise<{ url: string; close(): Promise<void> }> {
  const host = opts.host ?? '127.0.0.1';
  const allowedHosts = opts.allowedHosts ?? (LOOPBACK.includes(host) ? LOOPBACK : undefined);
  const app = await buildServer({ ...opts, ...(allowedHosts ? { allowedHosts } : {}) });
  await app.listen({ host, port: opts.port ?? 4173 });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : (opts.port ?? 4173);
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return { url: `http://${shownHost}:${port}`, close: () => app.close() };
}

// A typed API route: zod schemas for its inputs and output, registered on Fastify and recorded for the
// OpenAPI document, so the validation and the documentation come from the same objects.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

export interface RouteSpec<
  Q extends z.ZodType = z.ZodType,
  P extends z.ZodType = z.ZodType,
  B extends z.ZodType = z.ZodType,
  R extends z.ZodType = z.ZodType,
> {
  method: HttpMethod;
  /** Fastify syntax: /api/articles/:id */
  url: string;
  summary: string;
  tag: string;
  querystring?: Q;
  params?: P;
  body?: B;
  response: R;
  /** Needs `Authorization: Bearer <write token>`. */
  write?: boolean;
  /** Status codes other than 200 and 400 the route may answer, for the documentation. */
  otherStatuses?: number[];
  handler(input: { query: z.output<Q>; params: z.output<P>; body: z.output<B>; request: FastifyRequest }): Promise<z.input<R> | NotFound>;
}

/** Returned by a handler when the addressed thing does not exist: the route answers 404. */
export class NotFound {
  constructor(readonly message: string) {}
}

/** Thrown when a handler's result does not match its response schema: a bug, answered with 500. */
export class ResponseContractError extends Error {
  override name = 'ResponseContractError';
}

export interface RouteRegistry {
  routes: RouteSpec[];
  add<Q extends z.ZodType, P extends z.ZodType, B extends z.ZodType, R extends z.ZodType>(spec: RouteSpec<Q, P, B, R>): void;
}

export function createRouteRegistry(
  app: FastifyInstance,
  guardWrite: (request: FastifyRequest) => void,
  checkResponses = true,
): RouteRegistry {
  const routes: RouteSpec[] = [];
  return {
    routes,
    add(spec) {
      routes.push(spec as unknown as RouteSpec);
      app.route({
        method: spec.method,
        url: spec.url,
        handler: async (request, reply) => {
          if (spec.write) guardWrite(request);
          // ZodError thrown here becomes a 400 in the error handler.
          const query = spec.querystring ? spec.querystring.parse(request.query ?? {}) : undefined;
          const params = spec.params ? spec.params.parse(request.params ?? {}) : undefined;
          const body = spec.body ? spec.body.parse(request.body) : undefined;
          const result = await spec.handler({ query, params, body, request } as Parameters<typeof spec.handler>[0]);
          if (result instanceof NotFound) return reply.code(404).send({ error: result.message });
          if (!checkResponses) return reply.send(result);
          const checked = spec.response.safeParse(result);
          if (!checked.success) {
            request.log.error({ issues: checked.error.issues.slice(0, 5), url: spec.url }, 'response does not match its schema');
            throw new ResponseContractError(`response of ${spec.method} ${spec.url} does not match its schema`);
          }
          return reply.send(checked.data);
        },
      });
    },
  };
}

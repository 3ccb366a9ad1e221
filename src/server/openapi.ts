// The OpenAPI 3.1 document, generated from the routes' own zod schemas (JSON Schema 2020-12 is the
// dialect OpenAPI 3.1 uses, so z.toJSONSchema output drops in as is).
import { z } from 'zod';
import { ErrorResponse } from './schemas.js';
import type { RouteSpec } from './route.js';

export interface OpenApiDocument {
  openapi: '3.1.0';
  info: { title: string; version: string };
  paths: Record<string, Record<string, unknown>>;
  components: Record<string, unknown>;
}

function jsonSchema(schema: z.ZodType): Record<string, unknown> {
  const out = z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any' }) as Record<string, unknown>;
  delete out['$schema'];
  return out;
}

/** Unwraps optional/default/pipe wrappers to learn whether a query parameter may be left out. */
function isOptional(schema: z.ZodType): boolean {
  return schema.safeParse(undefined).success;
}

function parameters(schema: z.ZodType | undefined, where: 'query' | 'path'): unknown[] {
  if (!schema || !(schema instanceof z.ZodObject)) return [];
  return Object.entries(schema.shape as Record<string, z.ZodType>).map(([name, field]) => {
    const fieldSchema = jsonSchema(field);
    const isArray = fieldSchema['type'] === 'array';
    return {
      name,
      in: where,
      required: where === 'path' ? true : !isOptional(field),
      schema: fieldSchema,
      ...(isArray ? { style: 'form', explode: true, description: 'May repeat' } : {}),
    };
  });
}

export function openApiDocument(routes: readonly RouteSpec[], info: { title: string; version: string }): OpenApiDocument {
  const paths: Record<string, Record<string, unknown>> = {};
  const errorContent = { 'application/json': { schema: jsonSchema(ErrorResponse) } };
  for (const route of routes) {
    const path = route.url.replace(/:([A-Za-z_]\w*)/g, '{$1}');
    const responses: Record<string, unknown> = {
      '200': { description: 'OK', content: { 'application/json': { schema: jsonSchema(route.response) } } },
      '400': { description: 'Malformed request or query', content: errorContent },
    };
    for (const status of route.otherStatuses ?? []) responses[String(status)] = { description: statusText(status), content: errorContent };
    if (route.write) responses['403'] = { description: 'Write token missing or wrong', content: errorContent };
    const operation: Record<string, unknown> = {
      operationId: `${route.method.toLowerCase()}${path.replace(/[^A-Za-z0-9]+(\w)?/g, (_m, c: string | undefined) => (c ?? '').toUpperCase())}`,
      summary: route.summary,
      tags: [route.tag],
      parameters: [...parameters(route.params, 'path'), ...parameters(route.querystring, 'query')],
      responses,
    };
    if (route.body) operation['requestBody'] = { required: true, content: { 'application/json': { schema: jsonSchema(route.body) } } };
    if (route.write) operation['security'] = [{ writeToken: [] }];
    (paths[path] ??= {})[route.method.toLowerCase()] = operation;
  }
  return {
    openapi: '3.1.0',
    info,
    paths,
    components: { securitySchemes: { writeToken: { type: 'http', scheme: 'bearer' } } },
  };
}

function statusText(status: number): string {
  return status === 404 ? 'Not found' : status === 501 ? 'Not available in this server' : status === 413 ? 'Body too large' : `HTTP ${status}`;
}

import type { ApiOperation } from '@/server/shared/openapi/operation';
import { OWNER_SESSION_COOKIE } from '@/server/owner/auth/owner-sessions';
import { TENANT_SESSION_COOKIE } from '@/server/tenant/auth/tenant-sessions';
import { SchemaConverter, type JsonSchema } from './json-schema';
import { documentedDescriptors, type RouteModuleEntry } from '@/server/shared/routes/route-registry';
import { operationFromDescriptor } from './descriptor-operation';

/**
 * Builds the OpenAPI 3.1 document from ApiOperation lists: the same zod schemas the routes validate with, so the
 * document describes what the code does. Success bodies are `{ data }` (lists add `nextCursor`), errors
 * `{ error: { code, message, details? } }`.
 */

export type OpenApiDocument = {
  openapi: '3.1.0';
  info: { title: string; version: string; description: string };
  jsonSchemaDialect: string;
  tags: { name: string }[];
  paths: Record<string, Record<string, OpenApiOperation>>;
  components: {
    schemas: Record<string, JsonSchema>;
    responses: Record<string, unknown>;
    securitySchemes: Record<string, unknown>;
  };
};

export type OpenApiParameter = {
  name: string;
  in: 'path' | 'query';
  required: boolean;
  description?: string;
  schema: JsonSchema;
};

export type OpenApiOperation = {
  operationId: string;
  summary: string;
  tags: string[];
  'x-auth': string;
  security: Record<string, string[]>[];
  parameters?: OpenApiParameter[];
  requestBody?: { required: boolean; content: Record<string, { schema: JsonSchema }> };
  responses: Record<string, unknown>;
};

const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: 'The request is not valid; `details.fields` holds per-field messages.',
  401: 'Not signed in (or the session expired).',
  403: 'Not allowed: role, cross-site request, or a suspended tenant.',
  404: 'Not found (also: owner routes on a tenant host, and resources outside your practices).',
  409: 'Conflicts with the current state (taken slug or domain, wrong status, …).',
  410: 'Gone: it existed but has expired (e.g. a data export past its 7 days).',
  413: 'The request body is too large.',
  415: 'Send the body as application/json.',
  429: 'Too many attempts; retry after the number of seconds in Retry-After.',
  500: 'Something failed on the server.',
  503: 'Temporarily unavailable (SERVICE_UNAVAILABLE: the database cannot be reached; TENANT_UNAVAILABLE: the clinic is being set up); retry after the seconds in Retry-After.',
};

const ERROR_BODY: JsonSchema = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message'],
      properties: {
        code: { type: 'string', examples: ['VALIDATION_ERROR', 'NOT_FOUND'] },
        message: { type: 'string' },
        details: {
          description: 'Machine-readable details, e.g. `{ "fields": { "slug": ["Already in use."] } }`.',
        },
      },
    },
  },
};

const SECURITY_SCHEMES = {
  tenantSession: {
    type: 'apiKey',
    in: 'cookie',
    name: TENANT_SESSION_COOKIE,
    description: 'Set by POST /api/auth/login on the tenant host.',
  },
  ownerSession: {
    type: 'apiKey',
    in: 'cookie',
    name: OWNER_SESSION_COOKIE,
    description: 'Set by POST /api/owner/auth/login on the owner host.',
  },
  metricsToken: {
    type: 'http',
    scheme: 'bearer',
    description: 'The METRICS_TOKEN of the deployment (Prometheus scrapes).',
  },
};

/** Where the reference lists each section; a tag not named here comes after its plane's named ones. */
const TAG_ORDER = [
  'Auth',
  'Sign-in',
  'Users',
  'Practices',
  'Clients',
  'Patients',
  'Appointments',
  'Medical records',
  'Prescriptions',
  'Inventory',
  'Files',
  'Plan',
  'Data export',
  'Billing',
  'Owner: sign-in',
  'Owner: tenants',
  'Owner: domains',
  'Owner: subscriptions',
  'Owner: usage',
  'Owner: backups',
  'Owner: plans',
  'Owner: settings',
  'Owner: audit',
  'Owner: jobs',
  'Owner: database servers',
  'Owner: health',
  'Owner: billing',
  'Owner: outbox',
  'System',
];

function tagRank(tag: string): number {
  const index = TAG_ORDER.indexOf(tag);
  if (index >= 0) return index;
  const owner = TAG_ORDER.indexOf('Owner: sign-in');
  return tag === 'System' ? TAG_ORDER.length : tag.startsWith('Owner:') ? TAG_ORDER.length - 1 : owner - 0.5;
}

const METHOD_ORDER = ['get', 'post', 'put', 'patch', 'delete'];

function operationId(op: Pick<ApiOperation, 'method' | 'path'>): string {
  const words = op.path
    .replace(/^\/api\//, '')
    .split('/')
    .filter(Boolean)
    .map((segment) => (segment.startsWith('{') ? `by-${segment.slice(1, -1)}` : segment))
    .join('-')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);
  return [op.method, ...words].map((w, i) => (i === 0 ? w : w[0]!.toUpperCase() + w.slice(1))).join('');
}

function parameters(
  converter: SchemaConverter,
  schema: ApiOperation['params'],
  location: 'path' | 'query',
): OpenApiParameter[] {
  if (!schema) return [];
  const json = converter.convert(schema, 'input');
  const required = new Set((json.required as string[] | undefined) ?? []);
  return Object.entries((json.properties ?? {}) as Record<string, JsonSchema>).map(([name, property]) => {
    const { description, ...rest } = property;
    return {
      name,
      in: location,
      required: location === 'path' || required.has(name),
      ...(typeof description === 'string' ? { description } : {}),
      schema: rest,
    };
  });
}

function toOperation(converter: SchemaConverter, op: ApiOperation): OpenApiOperation {
  const path = parameters(converter, op.params, 'path');
  // Every {name} in the path is a parameter, documented or not.
  for (const [, name] of op.path.matchAll(/\{([^}]+)\}/g)) {
    if (!path.some((p) => p.name === name))
      path.push({ name: name!, in: 'path', required: true, schema: { type: 'string' } });
  }
  const params = [...path, ...parameters(converter, op.query, 'query')];
  const status = String(op.successStatus ?? (op.response ? 200 : 204));
  let success: unknown = { description: status === '204' ? 'No content.' : 'OK.' };
  if (op.raw) {
    const schema: JsonSchema =
      op.raw.contentType === 'application/json'
        ? { type: 'object' }
        : { type: 'string', ...(op.raw.contentType.startsWith('text/') ? {} : { format: 'binary' }) };
    success = { description: op.raw.description, content: { [op.raw.contentType]: { schema } } };
  } else if (op.response) {
    const data = converter.convert(op.response, 'output');
    const schema: JsonSchema = op.list
      ? {
          type: 'object',
          required: ['data', 'nextCursor'],
          properties: {
            data: { type: 'array', items: data },
            nextCursor: {
              type: ['string', 'null'],
              description: 'Pass as `cursor` for the next page; null on the last.',
            },
          },
        }
      : { type: 'object', required: ['data'], properties: { data } };
    success = { description: 'OK.', content: { 'application/json': { schema } } };
  }
  const responses: Record<string, unknown> = { [status]: success };
  // Every operation can meet an unreachable database: 503 SERVICE_UNAVAILABLE with Retry-After.
  for (const code of [...new Set([...(op.errors ?? []), 503])].sort((a, b) => a - b)) {
    const codes = op.errorCodes?.[code];
    // OpenAPI 3.1 lets a reference carry its own description: the general one, then the codes this route answers.
    responses[String(code)] = {
      $ref: `#/components/responses/Error${code}`,
      ...(codes?.length
        ? { description: `${ERROR_DESCRIPTIONS[code] ?? 'Error.'} Codes: ${codes.join(', ')}.` }
        : {}),
    };
  }
  const schemes =
    op.security ??
    (op.auth === 'public' ? [] : [op.path.startsWith('/api/owner/') ? 'ownerSession' : 'tenantSession']);
  const security = schemes.map((scheme) => ({ [scheme]: [] }));
  return {
    operationId: operationId(op),
    summary: op.summary,
    tags: op.tags,
    'x-auth': op.auth,
    security,
    ...(params.length ? { parameters: params } : {}),
    ...(op.body || op.multipart
      ? {
          requestBody: {
            required: !op.optionalBody,
            content: {
              [op.multipart ? 'multipart/form-data' : 'application/json']: {
                schema: op.body ? converter.convert(op.body, 'input') : { type: 'object' },
              },
            },
          },
        }
      : {}),
    responses,
  };
}

export function buildOpenApiDocument(operations: ApiOperation[]): OpenApiDocument {
  const converter = new SchemaConverter();
  const sorted = [...operations].sort(
    (a, b) => a.path.localeCompare(b.path) || METHOD_ORDER.indexOf(a.method) - METHOD_ORDER.indexOf(b.method),
  );
  const paths: OpenApiDocument['paths'] = {};
  const errorCodes = new Set<number>();
  for (const op of sorted) {
    const item = (paths[op.path] ??= {});
    // The first definition wins; duplicates are reported by the drift test, never a broken document.
    if (item[op.method]) continue;
    item[op.method] = toOperation(converter, op);
    for (const code of [...(op.errors ?? []), 503]) errorCodes.add(code);
  }
  // Tags in reading order (the clinic API by domain, then the owner API, then System), not alphabetically.
  const tags = [...new Set(operations.flatMap((op) => op.tags))]
    .sort((a, b) => tagRank(a) - tagRank(b))
    .map((name) => ({ name }));
  const schemes = new Set(
    Object.values(paths).flatMap((item) =>
      Object.values(item).flatMap((op) => op.security.flatMap((s) => Object.keys(s))),
    ),
  );
  const responses = Object.fromEntries(
    [...errorCodes]
      .sort((a, b) => a - b)
      .map((code) => [
        `Error${code}`,
        {
          description: ERROR_DESCRIPTIONS[code] ?? 'Error.',
          ...(code === 429
            ? { headers: { 'Retry-After': { description: 'Seconds to wait.', schema: { type: 'integer' } } } }
            : {}),
          content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorBody' } } },
        },
      ]),
  );
  return {
    openapi: '3.1.0',
    info: {
      title: 'SmartDMV API',
      version: '1',
      description:
        'JSON API of SmartDMV. The host decides the tenant (`<slug>.BASE_DOMAIN` or a custom domain); the owner API exists only on the owner host. ' +
        'State-changing requests from another site are refused (403).',
    },
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    tags,
    paths,
    components: {
      schemas: { ErrorBody: ERROR_BODY, ...converter.components },
      responses,
      // Only the schemes this document uses: a tenant host's document does not mention the owner session.
      securitySchemes: Object.fromEntries(
        Object.entries(SECURITY_SCHEMES).filter(([name]) => schemes.has(name)),
      ),
    },
  };
}

const cache = new Map<boolean, OpenApiDocument>();

/**
 * The document a host may see, built once per process (routes do not change while it runs): every route's
 * descriptor from the generated registry (passed in: server code never imports app/). The owner API (and the
 * owner-host-only system routes) only on the owner host.
 */
export function openApiDocumentFor(options: {
  includeOwner: boolean;
  routes: readonly RouteModuleEntry[];
}): OpenApiDocument {
  let document = cache.get(options.includeOwner);
  if (!document) {
    const described = documentedDescriptors(options.routes)
      .filter((d) => options.includeOwner || d.plane !== 'owner')
      .map(operationFromDescriptor);
    document = buildOpenApiDocument(described);
    cache.set(options.includeOwner, document);
  }
  return document;
}

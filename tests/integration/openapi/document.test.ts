import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { GET as openApiJson } from '@/app/api/openapi.json/route';
import { OperationCard } from '@/app/api-docs/operation-card';
import { buildOpenApiDocument, type OpenApiDocument } from '@/server/openapi/build-document';
import { callRoute } from '@tests/support/http';

async function fetchDocument(origin: string): Promise<OpenApiDocument> {
  const res = await callRoute(openApiJson, { url: `${origin}/api/openapi.json` });
  expect(res.status).toBe(200);
  return res.body as OpenApiDocument;
}

/** Every `$ref` in the document, with the JSON pointer it names. */
function refs(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => refs(v, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === '$ref' && typeof v === 'string') out.push(v);
      else refs(v, out);
    }
  }
  return out;
}

function resolve(document: unknown, pointer: string): unknown {
  if (!pointer.startsWith('#/')) return undefined;
  return pointer
    .slice(2)
    .split('/')
    .reduce<unknown>(
      (node, key) =>
        node && typeof node === 'object'
          ? (node as Record<string, unknown>)[key.replace(/~1/g, '/').replace(/~0/g, '~')]
          : undefined,
      document,
    );
}

describe('GET /api/openapi.json', () => {
  it('describes the owner API only on the owner host', async () => {
    const owner = await fetchDocument('http://localhost:3000');
    const tenant = await fetchDocument('http://clinic.localhost:3000');
    expect(owner.openapi).toBe('3.1.0');
    expect(Object.keys(owner.paths)).toEqual(
      expect.arrayContaining(['/api/owner/tenants', '/api/owner/audit', '/api/health', '/api/auth/login']),
    );
    expect(Object.keys(tenant.paths).filter((p) => p.startsWith('/api/owner'))).toEqual([]);
    expect(Object.keys(tenant.paths)).toEqual(expect.arrayContaining(['/api/health', '/api/auth/login']));
    expect(JSON.stringify(tenant)).not.toContain('ownerSession');
  });

  it('is self-contained and consistent: refs resolve, ids are unique, every operation has a success response', async () => {
    const document = await fetchDocument('http://localhost:3000');
    const text = JSON.stringify(document);
    expect(text).not.toContain('"$defs"');
    expect(text).not.toContain('"$schema"');
    for (const ref of new Set(refs(document))) expect(resolve(document, ref), ref).toBeDefined();
    const ids: string[] = [];
    for (const [path, item] of Object.entries(document.paths)) {
      for (const [method, op] of Object.entries(item)) {
        ids.push(op.operationId);
        expect(
          Object.keys(op.responses).some((s) => /^2\d\d$/.test(s)),
          `${method} ${path}`,
        ).toBe(true);
        const pathParams = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]).sort();
        expect(
          (op.parameters ?? [])
            .filter((p) => p.in === 'path')
            .map((p) => p.name)
            .sort(),
          `${method} ${path}`,
        ).toEqual(pathParams);
        expect(op.security.length === 0, `${method} ${path}`).toBe(op['x-auth'] === 'public');
      }
    }
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('uses the request schemas as input and the response schemas as output, never leaking secrets', async () => {
    const document = await fetchDocument('http://localhost:3000');
    const create = document.paths['/api/owner/tenants']!.post!;
    const body = create.requestBody!.content['application/json']!.schema;
    expect(body.required).toEqual(expect.arrayContaining(['name', 'slug', 'admin']));
    expect(body.additionalProperties).toBe(false);
    const created = (
      create.responses['201'] as {
        content: Record<string, { schema: { properties: { data: { properties: object } } } }>;
      }
    ).content['application/json']!.schema.properties.data.properties;
    expect(Object.keys(created)).toEqual(
      expect.arrayContaining(['id', 'slug', 'status', 'domains', 'siteUrl']),
    );
    expect(JSON.stringify(create)).not.toMatch(/dbPasswordEncrypted|pendingAdmin|passwordHash/);
    // The list wraps items in { data, nextCursor }; defaults make query parameters optional.
    const list = document.paths['/api/owner/tenants']!.get!;
    expect(list.parameters!.find((p) => p.name === 'limit')).toMatchObject({
      required: false,
      schema: { default: 50 },
    });
    expect(JSON.stringify(list.responses['200'])).toContain('nextCursor');
    expect(document.components.responses.Error429).toMatchObject({ headers: { 'Retry-After': {} } });
  });

  it('converts dates, transforms and named schemas', () => {
    const named = z.object({ when: z.date() }).meta({ id: 'Stamp' });
    const document = buildOpenApiDocument([
      {
        method: 'post',
        path: '/api/x/{id}',
        summary: 'x',
        tags: ['X'],
        auth: 'ADMIN',
        body: z.object({ n: z.string().transform((v) => v.length), stamp: named }),
        response: z.object({ stamp: named, list: z.array(named) }),
        errors: [400],
      },
    ]);
    const op = document.paths['/api/x/{id}']!.post!;
    expect(op.parameters).toEqual([{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }]);
    expect(op.requestBody!.content['application/json']!.schema.properties).toMatchObject({
      n: { type: 'string' },
    });
    expect(document.components.schemas.Stamp).toMatchObject({
      properties: { when: { type: 'string', format: 'date-time' } },
    });
    expect(JSON.stringify(op.responses)).toContain('#/components/schemas/Stamp');
  });
});

describe('API reference page', () => {
  it('renders every documented operation with its method, path and auth', async () => {
    const document = await fetchDocument('http://localhost:3000');
    for (const [path, item] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(item)) {
        const html = renderToStaticMarkup(createElement(OperationCard, { method, path, operation }));
        expect(html).toContain(`>${method}<`);
        expect(html).toContain(path.replace(/&/g, '&amp;'));
        expect(html).toContain(operation['x-auth'].replace(/&/g, '&amp;'));
      }
    }
  });
});

import 'server-only';
import { headers } from 'next/headers';
import {
  openApiDocumentFor,
  type OpenApiDocument,
  type OpenApiOperation,
} from '@/server/openapi/build-document';
import { isOwnerHost, requestHost } from '@/server/tenancy/routing/hosts';
import type { RouteModuleEntry } from '@/server/shared/routes/route-registry';

/** The document's shapes the reference pages render (types only). */
export type { OpenApiOperation, OpenApiParameter } from '@/server/openapi/build-document';
export type { JsonSchema } from '@/server/openapi/json-schema';

export type ReferenceEntry = { method: string; path: string; operation: OpenApiOperation };
export type ReferenceGroup = { tag: string; slug: string; entries: ReferenceEntry[] };

function tagSlug(tag: string): string {
  return tag
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * The document this host may see (the owner API only on the owner host, as /api/openapi.json), grouped by tag in
 * the document's order. `routes` is the generated registry, handed in by the page (server code never imports app/).
 */
export async function loadReference(
  routes: readonly RouteModuleEntry[],
): Promise<{ document: OpenApiDocument; groups: ReferenceGroup[] }> {
  const includeOwner = isOwnerHost(requestHost(new Headers(await headers())));
  const document = openApiDocumentFor({ includeOwner, routes });
  const byTag = new Map<string, ReferenceEntry[]>();
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      for (const tag of operation.tags.length ? operation.tags : ['Other']) {
        if (!byTag.has(tag)) byTag.set(tag, []);
        byTag.get(tag)!.push({ method, path, operation });
      }
    }
  }
  const order = [...document.tags.map((t) => t.name), 'Other'];
  const groups = order
    .filter((tag) => byTag.has(tag))
    .map((tag) => ({ tag, slug: tagSlug(tag), entries: byTag.get(tag)! }));
  return { document, groups };
}

import type { Metadata } from 'next';
import Link from 'next/link';
import { METHOD_STYLES } from './operation-card';
import { loadReference } from '@/server/openapi/pages/api-reference';
import { routeRegistry } from '@/app/api/route-registry.generated';
import { ReferenceShell } from './reference-shell';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'API reference · SmartDMV' };

/**
 * The browsable API reference: every operation this host serves, by section, rendered on the server from the
 * same document as /api/openapi.json (a tenant host never sees the owner API). No client script, no CDN.
 */
export default async function ApiReferencePage() {
  const { document, groups } = await loadReference(routeRegistry);
  return (
    <ReferenceShell groups={groups}>
      <header className="mb-8">
        <h1 className="text-2xl font-semibold text-slate-900">{document.info.title} reference</h1>
        <p className="mt-2 max-w-3xl text-sm text-slate-600">{document.info.description}</p>
        <p className="mt-2 max-w-3xl text-sm text-slate-600">
          Success bodies are <code className="font-mono">{'{ "data": … }'}</code> (lists add{' '}
          <code className="font-mono">nextCursor</code>); errors are{' '}
          <code className="font-mono">{'{ "error": { "code", "message", "details"? } }'}</code>.
          Machine-readable:{' '}
          <a className="text-indigo-700 underline" href="/api/openapi.json">
            /api/openapi.json
          </a>{' '}
          (OpenAPI {document.openapi}).
        </p>
      </header>
      {groups.length === 0 ? <p className="text-slate-600">No operations are documented yet.</p> : null}
      {groups.map((group) => (
        <section key={group.slug} className="mb-8" aria-labelledby={`section-${group.slug}`}>
          <h2 id={`section-${group.slug}`} className="mb-2 text-lg font-semibold text-slate-900">
            <Link href={`/api-docs/${group.slug}`} className="hover:text-indigo-700 hover:underline">
              {group.tag}
            </Link>
          </h2>
          <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
            {group.entries.map(({ method, path, operation }) => (
              <li key={`${method} ${path}`}>
                <Link
                  href={`/api-docs/${group.slug}#${operation.operationId}`}
                  className="flex flex-wrap items-center gap-3 px-4 py-2 hover:bg-slate-50"
                >
                  <span
                    className={`w-16 rounded px-2 py-0.5 text-center font-mono text-xs font-bold uppercase ${METHOD_STYLES[method] ?? ''}`}
                  >
                    {method}
                  </span>
                  <code className="font-mono text-sm text-slate-900">{path}</code>
                  <span className="text-sm text-slate-600">{operation.summary}</span>
                  <span className="ml-auto rounded-full bg-slate-100 px-2 py-0.5 text-xs text-slate-700">
                    {operation['x-auth']}
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </ReferenceShell>
  );
}

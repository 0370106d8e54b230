import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { openApiDocumentFor, type OpenApiOperation } from '@/server/openapi/build-document';
import { isOwnerHost, requestHost } from '@/server/tenancy/hosts';
import { OperationCard } from './operation-card';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'API reference · SmartDMV' };

type Entry = { method: string; path: string; operation: OpenApiOperation };

/**
 * The browsable API reference, rendered on the server from the same document as /api/openapi.json (so on a
 * tenant host it shows only the tenant API). No client script, no external assets.
 */
export default async function ApiReferencePage() {
  const includeOwner = isOwnerHost(requestHost(new Headers(await headers())));
  const document = openApiDocumentFor({ includeOwner });
  const byTag = new Map<string, Entry[]>();
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      for (const tag of operation.tags.length ? operation.tags : ['Other']) {
        if (!byTag.has(tag)) byTag.set(tag, []);
        byTag.get(tag)!.push({ method, path, operation });
      }
    }
  }
  const tags = document.tags.map((t) => t.name).filter((name) => byTag.has(name));
  const slug = (tag: string) => `tag-${tag.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  return (
    <div className="mx-auto flex max-w-7xl gap-8 px-6 py-8">
      <nav aria-label="API sections" className="sticky top-8 hidden h-fit w-56 shrink-0 lg:block">
        <p className="mb-2 text-xs font-semibold uppercase tracking-wide text-slate-500">Sections</p>
        <ul className="space-y-1 text-sm">
          {tags.map((tag) => (
            <li key={tag}>
              <a className="text-slate-700 hover:text-indigo-700 hover:underline" href={`#${slug(tag)}`}>
                {tag} <span className="text-slate-400">({byTag.get(tag)!.length})</span>
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main className="min-w-0 flex-1">
        <header className="mb-8">
          <h1 className="text-2xl font-semibold text-slate-900">{document.info.title} reference</h1>
          <p className="mt-2 max-w-3xl text-sm text-slate-600">{document.info.description}</p>
          <p className="mt-2 text-sm text-slate-600">
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
        {tags.length === 0 ? <p className="text-slate-600">No operations are documented yet.</p> : null}
        {tags.map((tag) => (
          <section key={tag} id={slug(tag)} className="mb-10 scroll-mt-8">
            <h2 className="mb-3 text-lg font-semibold text-slate-900">{tag}</h2>
            <div className="space-y-2">
              {byTag.get(tag)!.map((entry) => (
                <OperationCard key={`${entry.method} ${entry.path}`} {...entry} />
              ))}
            </div>
          </section>
        ))}
      </main>
    </div>
  );
}

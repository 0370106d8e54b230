import type { ReactNode } from 'react';
import type { JsonSchema, OpenApiOperation, OpenApiParameter } from '@/server/openapi/pages/api-reference';
import { SchemaTree, typeLabel } from './schema-tree';

export const METHOD_STYLES: Record<string, string> = {
  get: 'bg-sky-100 text-sky-800',
  post: 'bg-emerald-100 text-emerald-800',
  put: 'bg-amber-100 text-amber-800',
  patch: 'bg-violet-100 text-violet-800',
  delete: 'bg-rose-100 text-rose-800',
};

type Content = Record<string, { schema: JsonSchema }>;

function Parameters({ parameters }: { parameters: OpenApiParameter[] }) {
  return (
    <table className="w-full text-left text-sm">
      <thead className="text-xs uppercase text-slate-500">
        <tr>
          <th className="py-1 pr-3 font-medium">Name</th>
          <th className="py-1 pr-3 font-medium">In</th>
          <th className="py-1 pr-3 font-medium">Type</th>
          <th className="py-1 font-medium">Description</th>
        </tr>
      </thead>
      <tbody>
        {parameters.map((p) => (
          <tr key={`${p.in}:${p.name}`} className="border-t border-slate-100 align-top">
            <td className="py-1 pr-3">
              <code className="font-mono">{p.name}</code>
              {p.required ? <span className="ml-1 text-xs text-rose-700">required</span> : null}
            </td>
            <td className="py-1 pr-3 text-slate-600">{p.in}</td>
            <td className="py-1 pr-3">
              <code className="font-mono text-xs text-indigo-700">{typeLabel(p.schema)}</code>
            </td>
            <td className="py-1 text-slate-600">{p.description ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="mt-4">
      <h4 className="mb-1 text-xs font-semibold uppercase tracking-wide text-slate-500">{title}</h4>
      {children}
    </section>
  );
}

/** One operation: method, path, auth and summary always visible; parameters and schemas behind a disclosure. */
export function OperationCard({
  method,
  path,
  operation,
}: {
  method: string;
  path: string;
  operation: OpenApiOperation;
}) {
  const body = operation.requestBody?.content;
  const responses = Object.entries(operation.responses) as [
    string,
    { content?: Content; $ref?: string; description?: string },
  ][];
  return (
    <details id={operation.operationId} className="group rounded-lg border border-slate-200 bg-white">
      <summary className="flex cursor-pointer list-none flex-wrap items-center gap-3 px-4 py-3 focus-visible:outline-2 focus-visible:outline-indigo-600">
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
      </summary>
      <div className="border-t border-slate-100 px-4 pb-4">
        {operation.parameters?.length ? (
          <Section title="Parameters">
            <Parameters parameters={operation.parameters} />
          </Section>
        ) : null}
        {body
          ? Object.entries(body).map(([type, { schema }]) => (
              <Section key={type} title={`Request body (${type})`}>
                <SchemaTree schema={schema} />
              </Section>
            ))
          : null}
        <Section title="Responses">
          <ul className="space-y-2">
            {responses.map(([status, response]) => (
              <li key={status}>
                <span className="font-mono text-sm font-semibold">{status}</span>{' '}
                <span className="text-sm text-slate-600">
                  {response.$ref
                    ? // A reference's own description names the codes this route answers with that status.
                      `Error body { error: { code, message, details? } }${response.description ? ` — ${response.description}` : ''}`
                    : (response.description ?? '')}
                </span>
                {response.content?.['application/json'] ? (
                  <div className="mt-1">
                    <SchemaTree schema={response.content['application/json'].schema} />
                  </div>
                ) : null}
              </li>
            ))}
          </ul>
        </Section>
      </div>
    </details>
  );
}

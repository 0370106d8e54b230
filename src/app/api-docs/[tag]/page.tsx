import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { OperationCard } from '../operation-card';
import { loadReference } from '@/server/openapi/pages/api-reference';
import { routeRegistry } from '@/app/api/route-registry.generated';
import { ReferenceShell } from '../reference-shell';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ tag: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { tag } = await params;
  const { groups } = await loadReference(routeRegistry);
  const group = groups.find((g) => g.slug === tag);
  return { title: group ? `${group.tag} · API reference · SmartDMV` : 'API reference · SmartDMV' };
}

/** One section of the API reference with every operation's parameters and request and response schemas. */
export default async function ApiReferenceSectionPage({ params }: Props) {
  const { tag } = await params;
  const { groups } = await loadReference(routeRegistry);
  const group = groups.find((g) => g.slug === tag);
  if (!group) notFound();
  return (
    <ReferenceShell groups={groups} current={group.slug}>
      <h1 className="mb-4 text-2xl font-semibold text-slate-900">{group.tag}</h1>
      <div className="space-y-2">
        {group.entries.map((entry) => (
          <OperationCard key={`${entry.method} ${entry.path}`} {...entry} />
        ))}
      </div>
    </ReferenceShell>
  );
}

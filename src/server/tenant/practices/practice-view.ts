import type { Practice } from '@/server/tenant/db/schema';
import type { PracticeView } from './practices.schema';

export function toPracticeView(row: Practice): PracticeView {
  return {
    id: row.id,
    name: row.name,
    address: row.address,
    phone: row.phone,
    email: row.email,
    timezone: row.timezone,
    archivedAt: row.archivedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

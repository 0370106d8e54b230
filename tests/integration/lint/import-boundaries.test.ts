import path from 'node:path';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';

/**
 * The layering rules of eslint.boundaries.mjs, checked through the project's real eslint.config.mjs (what
 * `npm run check` runs) on files placed, virtually, where a violation would be written. Type-aware rules are
 * switched off here only because the type checker cannot see a file that is not on disk.
 */
const root = path.resolve(import.meta.dirname, '../../..');
const eslint = new ESLint({
  cwd: root,
  overrideConfig: [
    tseslint.configs.disableTypeChecked,
    { languageOptions: { parserOptions: { projectService: false, project: null } } },
  ],
});

async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, filePath) });
  const messages = result?.messages ?? [];
  // A parse error would hide every rule: fail loudly instead of passing with no boundary messages.
  expect(messages.filter((m) => m.fatal)).toEqual([]);
  return messages.filter((m) => m.ruleId === 'boundaries/dependencies').map((m) => m.message);
}

describe('import boundaries fail npm run check', () => {
  it('refuses a component importing the owner database client', async () => {
    const errors = await boundaryErrors(
      'src/components/owner/lint-fixture.tsx',
      "import { ownerDb } from '@/server/owner/db/client';\n\nexport const db = ownerDb;\n",
    );
    expect(errors).toEqual([expect.stringContaining('The UI imports only src/lib, src/components')]);
  });

  it('refuses a type-only import of a server module into a component', async () => {
    const errors = await boundaryErrors(
      'src/components/tenant/lint-fixture.ts',
      "import type { PatientView } from '@/server/tenant/patients/patients.schema';\n\nexport type P = PatientView;\n",
    );
    expect(errors).toHaveLength(1);
  });

  it('refuses a page importing a server function instead of its loader', async () => {
    const errors = await boundaryErrors(
      'src/app/owner/(console)/lint-fixture/page.tsx',
      "import { listPlans } from '@/server/owner/plans/list-plans';\n\nexport const load = listPlans;\n",
    );
    expect(errors).toHaveLength(1);
  });

  it('lets a component import src/lib, other components and a page loader', async () => {
    const errors = await boundaryErrors(
      'src/components/tenant/lint-fixture.ts',
      [
        "import { can } from '@/lib/domain/tenant/permissions';",
        "import { STATUS_BLOCK } from '@/components/tenant/calendar/appointment-status';",
        "import type { TenantSessionUser } from '@/server/tenant/pages/view-types';",
        '',
        'export const x = (user: TenantSessionUser) => [can(user.role, "patients:read"), STATUS_BLOCK];',
        '',
      ].join('\n'),
    );
    expect(errors).toEqual([]);
  });

  it('lets a route handler import server code', async () => {
    const errors = await boundaryErrors(
      'src/app/api/lint-fixture/route.ts',
      "import { ownerDb } from '@/server/owner/db/client';\n\nexport const db = ownerDb;\n",
    );
    expect(errors).toEqual([]);
  });

  it('refuses server code importing a component', async () => {
    const errors = await boundaryErrors(
      'src/server/tenant/lint-fixture.ts',
      "import { STATUS_BLOCK } from '@/components/tenant/calendar/appointment-status';\n\nexport const x = STATUS_BLOCK;\n",
    );
    expect(errors).toEqual(['src/server never imports src/app or src/components.']);
  });

  it('refuses src/lib importing drizzle, a Node built-in or server code, and allows zod', async () => {
    const errors = await boundaryErrors(
      'src/lib/lint-fixture.ts',
      [
        "import { sql } from 'drizzle-orm';",
        "import fs from 'node:fs';",
        "import { logger } from '@/server/shared/logger';",
        "import { z } from 'zod';",
        "import { formatBytes } from './format-bytes';",
        '',
        'export const all = [sql, fs, logger, z, formatBytes];',
        '',
      ].join('\n'),
    );
    expect(errors).toHaveLength(3);
  });

  it('refuses tenant code reaching the owner database except through server/tenancy', async () => {
    const direct = await boundaryErrors(
      'src/server/tenant/patients/lint-fixture.ts',
      "import { tenants } from '@/server/owner/db/schema';\n\nexport const t = tenants;\n",
    );
    expect(direct).toEqual([expect.stringContaining('only through src/server/tenancy')]);
    const viaLoader = await boundaryErrors(
      'src/server/tenant/pages/lint-fixture.ts',
      "import { loadPlansPage } from '@/server/owner/pages/catalogue-pages';\n\nexport const p = loadPlansPage;\n",
    );
    expect(viaLoader).toHaveLength(1);
    const viaTenancy = await boundaryErrors(
      'src/server/tenant/billing/lint-fixture.ts',
      "import { clinicBillingSummary } from '@/server/tenancy/owner-gateway/clinic-billing';\n\nexport const s = clinicBillingSummary;\n",
    );
    expect(viaTenancy).toEqual([]);
    // Written on the src/server/tenancy/** glob, so the rule holds after tenancy is split into subfolders.
    const viaTenancySubfolder = await boundaryErrors(
      'src/server/tenant/billing/lint-fixture.ts',
      "import { latestMove } from '@/server/tenancy/moves/request-move';\n\nexport const m = latestMove;\n",
    );
    expect(viaTenancySubfolder).toEqual([]);
  });

  it('refuses next/headers in a server function and pg in domain code, and allows both where they belong', async () => {
    const rules = async (filePath: string, code: string) => {
      const [result] = await eslint.lintText(code, { filePath: path.join(root, filePath) });
      return (result?.messages ?? []).map((m) => m.ruleId);
    };
    const readsCookies = "import { cookies } from 'next/headers';\n\nexport const read = cookies;\n";
    expect(await rules('src/server/tenant/patients/lint-fixture.ts', readsCookies)).toContain(
      'no-restricted-imports',
    );
    expect(await rules('src/server/tenant/pages/lint-fixture.ts', readsCookies)).not.toContain(
      'no-restricted-imports',
    );
    const opensConnections = "import pg from 'pg';\n\nexport const client = new pg.Client();\n";
    expect(await rules('src/server/tenant/patients/lint-fixture.ts', opensConnections)).toContain(
      '@typescript-eslint/no-restricted-imports',
    );
    expect(await rules('src/server/tenancy/connections/lint-fixture.ts', opensConnections)).not.toContain(
      '@typescript-eslint/no-restricted-imports',
    );
    const typeOnly = "import type pg from 'pg';\n\nexport type Pool = pg.Pool;\n";
    expect(await rules('src/server/tenant/db/lint-fixture.ts', typeOnly)).not.toContain(
      '@typescript-eslint/no-restricted-imports',
    );
  });
});

import { defineConfig } from 'drizzle-kit';

// Generates the tenant (data plane) migrations. Applied to the template and every tenant by `npm run tenants:migrate`.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/server/tenant/db/schema/index.ts',
  out: './drizzle/tenant',
  casing: 'snake_case',
});

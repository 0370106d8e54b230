import { defineConfig } from 'drizzle-kit';

// Generates the owner (control plane) migrations. Applied by `npm run setup`.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/server/owner/db/schema/index.ts',
  out: './drizzle/owner',
  casing: 'snake_case',
});

import fs from 'node:fs';
import path from 'node:path';
import { routeRegistry } from '@/app/api/route-registry.generated';
import { openApiDocumentFor } from '@/server/openapi/build-document';

/**
 * Writes the OpenAPI documents this build serves (owner host: with the owner API; clinic host: without) as
 * `<prefix>.owner.json` and `<prefix>.tenant.json`, e.g. for reviewing a change to the route descriptors:
 *   npx tsx scripts/dump-openapi.ts tests/integration/openapi/fixtures/openapi-before
 */
const prefix = process.argv[2];
if (!prefix) {
  console.error('usage: tsx scripts/dump-openapi.ts <output-prefix>');
  process.exit(2);
}
fs.mkdirSync(path.dirname(prefix), { recursive: true });
for (const [name, includeOwner] of [
  ['owner', true],
  ['tenant', false],
] as const) {
  const file = `${prefix}.${name}.json`;
  fs.writeFileSync(
    file,
    `${JSON.stringify(openApiDocumentFor({ includeOwner, routes: routeRegistry }), null, 2)}\n`,
  );
  console.log(`wrote ${file}`);
}

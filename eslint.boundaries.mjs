// @ts-check
/**
 * The layering rules, enforced by eslint-plugin-boundaries (imports are resolved through tsconfig's `@/*` alias,
 * type-only imports included). Each area of src is an element; a file takes the types of every folder below that
 * matches, innermost first, and policies match the first one: `src/server/tenant/pages/x.ts` is
 * ['page-loaders', 'tenant', 'server', 'src-root'].
 *
 * - The UI (src/components, and src/app except route handlers) imports only src/lib, src/components, src/app
 *   and the page loaders in src/server/<plane>/pages: a client bundle can never pull in a database driver, and a
 *   page cannot skip the loader that checks the session.
 * - src/server never imports the UI.
 * - src/lib imports only src/lib and zod: it is shared by both planes and by client components.
 * - Tenant-plane code (src/server/tenant) reaches the owner database and owner modules only through
 *   src/server/tenancy, the one place that crosses the planes.
 */
import boundaries from 'eslint-plugin-boundaries';

const SERVER = ['tenancy', 'owner', 'tenant', 'server', 'src-root'];
const UI = ['components', 'app'];
const PAGE_LOADERS = 'page-loaders';

/** Where each element lives, innermost first; patterns are folders from the repository root. */
const elements = [
  { type: 'lib', pattern: 'src/lib' },
  { type: 'components', pattern: 'src/components' },
  { type: 'api-routes', pattern: 'src/app/api' },
  { type: 'app', pattern: 'src/app' },
  { type: PAGE_LOADERS, pattern: 'src/server/*/pages' },
  { type: 'tenancy', pattern: 'src/server/tenancy' },
  { type: 'owner', pattern: 'src/server/owner' },
  { type: 'tenant', pattern: 'src/server/tenant' },
  { type: 'server', pattern: 'src/server' },
  // What is left directly under src: env.ts (secrets), proxy.ts, db/ (drizzle-kit config).
  { type: 'src-root', pattern: 'src' },
].map((element) => ({ ...element, partialMatch: false }));

/** The page loaders of one plane (src/server/<plane>/pages). */
const loadersOf = (plane) => ({ element: { types: { allOf: [PAGE_LOADERS, plane] } } });

const boundaryPolicies = [
  {
    from: { element: { type: UI } },
    disallow: {
      to: [{ element: { type: [...SERVER, 'api-routes'] } }, { file: { path: 'src/lib/tenant-context.ts' } }],
    },
    message:
      'The UI imports only src/lib, src/components and the page loaders in src/server/*/pages (re-export a view type from the loader, or move a shared list or rule to src/lib).',
  },
  // The API reference pages render the document built from the generated route registry (every route's descriptor).
  {
    from: { file: { path: 'src/app/api-docs/**' } },
    allow: { to: { file: { path: 'src/app/api/route-registry.generated.ts' } } },
  },
  // Route handlers (src/app/api/**, and route.ts anywhere in src/app) are the server's transport.
  {
    from: [{ element: { type: 'api-routes' } }, { file: { path: 'src/app/**/route.ts' } }],
    allow: { to: { element: { type: SERVER } } },
  },
  {
    from: { element: { type: [...SERVER, PAGE_LOADERS] } },
    disallow: { to: { element: { type: [...UI, 'api-routes'] } } },
    message: 'src/server never imports src/app or src/components.',
  },
  {
    from: { element: { type: 'lib' } },
    disallow: {
      to: [
        { module: { origin: 'local' }, element: { type: '!lib' } },
        { module: { origin: ['external', 'core'], source: '!zod' } },
      ],
    },
    message: 'src/lib imports only src/lib and zod: no drizzle, pg, Node built-ins or server code.',
  },
  // The guide's import path for getTenantDatabase: a server module kept at src/lib/tenant-context.ts on purpose.
  {
    from: { file: { path: 'src/lib/tenant-context.ts' } },
    allow: { to: [{ element: { type: SERVER } }, { module: { source: 'drizzle-orm' } }] },
  },
  {
    from: [{ element: { type: 'tenant' } }, loadersOf('tenant')],
    disallow: { to: [{ element: { type: 'owner' } }, loadersOf('owner')] },
    message: 'Tenant code reaches the owner database and owner modules only through src/server/tenancy.',
  },
];

/** The self-contained config block eslint.config.mjs spreads in. */
export const boundariesConfig = {
  files: ['src/**/*.{ts,tsx}'],
  plugins: { boundaries },
  settings: {
    'boundaries/elements': elements,
    // Keep every matching folder's type (innermost first) so a page loader still knows its plane.
    'boundaries/elements-single-match': false,
    'boundaries/include': ['src/**/*'],
    // Unit tests beside the code may import vitest and fixtures; they ship in no bundle.
    'boundaries/ignore': ['**/*.test.ts'],
    'import/resolver': { typescript: { alwaysTryTypes: true, project: './tsconfig.json' } },
  },
  rules: {
    'boundaries/dependencies': [
      'error',
      { default: 'allow', checkAllOrigins: true, policies: boundaryPolicies },
    ],
  },
};

import { routeDescriptorOf, type RouteDescriptor } from './route-descriptor';

/**
 * One route file as listed by src/app/api/route-registry.generated.ts (written by `npm run routes:generate`):
 * server code never imports app/, so whoever builds the OpenAPI document passes this list in.
 */
export type RouteModuleEntry = {
  /** Relative to src/app/api, e.g. `patients/[id]/route.ts`. */
  file: string;
  /** The OpenAPI path its location gives, e.g. `/api/patients/{id}`. */
  path: string;
  /** The HTTP methods the file exports. */
  methods: readonly string[];
  /** The module itself, read only when needed (the registry is imported by routes it lists). */
  module: Record<string, unknown>;
};

export type RegisteredRoute = { entry: RouteModuleEntry; exportName: string; descriptor?: RouteDescriptor };

/** Every exported method of every listed file, with its descriptor (missing on a route not yet converted). */
export function registeredRoutes(entries: readonly RouteModuleEntry[]): RegisteredRoute[] {
  return entries.flatMap((entry) =>
    entry.methods.map((exportName) => ({
      entry,
      exportName,
      descriptor: routeDescriptorOf(entry.module[exportName]),
    })),
  );
}

/** The descriptors that belong in the OpenAPI document. */
export function documentedDescriptors(entries: readonly RouteModuleEntry[]): RouteDescriptor[] {
  return registeredRoutes(entries)
    .map((route) => route.descriptor)
    .filter((d): d is RouteDescriptor => d !== undefined && !d.undocumented);
}

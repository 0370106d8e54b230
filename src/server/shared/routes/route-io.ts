import { readJsonOrEmpty } from '../http/read-json-or-empty';
import { readJson, readParams, readQuery } from '../http/request';
import { noContent, page } from '../http/respond';
import { parseOrThrow } from '../validation';
import type { RouteDescriptor } from './route-descriptor';

/** The inputs a descriptor declares, validated with the shared readers (params → 404, query/body → 400/415). */
async function readRouteInput(
  descriptor: RouteDescriptor,
  req: Request,
  rawParams: unknown,
): Promise<{ params: unknown; query: unknown; body: unknown }> {
  const params = descriptor.params ? readParams(rawParams, descriptor.params) : rawParams;
  const query = descriptor.query ? readQuery(req, descriptor.query) : undefined;
  let body: unknown;
  if (descriptor.body && !descriptor.multipart) {
    if (!descriptor.optionalBody) body = await readJson(req, descriptor.body);
    else if (req.body === null) body = parseOrThrow(descriptor.body, {});
    else body = await readJsonOrEmpty(req, descriptor.body);
  }
  return { params, query, body };
}

/**
 * Runs a route's handler as its descriptor says: the declared inputs parsed first (into the context the handler
 * gets), its result turned into the documented success response. Every wrapper (tenant, owner, system) calls this.
 */
export async function runDescribedHandler<Ctx extends { req: Request }, HandlerCtx>(
  descriptor: RouteDescriptor,
  ctx: Ctx,
  rawParams: unknown,
  handler: (ctx: HandlerCtx) => Promise<unknown>,
): Promise<Response> {
  const input = await readRouteInput(descriptor, ctx.req, rawParams);
  return routeResponse(descriptor, await handler({ ...ctx, ...input } as HandlerCtx));
}

/** A list handler's result: what every list function returns (`Page<T>`), answered as `{ data, nextCursor }`. */
export type PageResult<T = unknown> = { data: T[]; nextCursor: string | null };

/** Turns what a handler returned into the success response its descriptor documents. */
function routeResponse(descriptor: RouteDescriptor, result: unknown): Response {
  if (result instanceof Response) return result;
  if (descriptor.list) {
    const pageResult = result as PageResult;
    return page(pageResult.data, pageResult.nextCursor);
  }
  const status = successStatus(descriptor);
  if (status === 204) return noContent();
  return Response.json({ data: result }, { status });
}

export function successStatus(descriptor: RouteDescriptor): 200 | 201 | 202 | 204 {
  return descriptor.status ?? (descriptor.response || descriptor.raw ? 200 : 204);
}

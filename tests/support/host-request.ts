import { requestWithHostHeader } from '../../scripts/lib/http-load';

export type HostResponse = {
  status: number;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- response bodies are untyped JSON read back in tests
  body: any;
  setCookie: string | null;
};

/** One request to an app on 127.0.0.1:port for the given Host, its body parsed as JSON when it is JSON. */
export async function requestWithHost(
  port: number,
  host: string,
  pathname: string,
  init: { method?: string; cookie?: string; body?: unknown } = {},
): Promise<HostResponse> {
  const answer = await requestWithHostHeader(port, { host, path: pathname, cookie: init.cookie }, init);
  let body: unknown = null;
  try {
    body = answer.text ? JSON.parse(answer.text) : null;
  } catch {
    body = answer.text; // an HTML page
  }
  return { status: answer.status, body, setCookie: answer.setCookie[0] ?? null };
}

/** The `name=value` part of a Set-Cookie header, to send back as Cookie. */
export function cookieFrom(setCookie: string | null): string {
  if (!setCookie) throw new Error('no Set-Cookie in the response');
  return setCookie.split(';')[0]!;
}

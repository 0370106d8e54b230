import { describe, expect, it } from 'vitest';
import { DELETE, GET, POST } from '@/app/api/[...path]/route';

describe('unknown API paths', () => {
  it('answer 404 with the JSON error shape for every method', async () => {
    for (const [method, handler] of [
      ['GET', GET],
      ['POST', POST],
      ['DELETE', DELETE],
    ] as const) {
      const res = await handler(new Request('http://localhost:3000/api/nope', { method }));
      expect(res.status).toBe(404);
      expect(await res.json()).toEqual({ error: { code: 'NOT_FOUND', message: 'API endpoint not found.' } });
    }
  });
});

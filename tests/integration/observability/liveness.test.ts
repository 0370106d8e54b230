import { describe, expect, it } from 'vitest';
import { GET as live } from '@/app/api/health/live/route';
import { callRoute } from '@tests/support/http';

describe('GET /api/health/live', () => {
  it.each(['http://localhost:3000', 'http://no-such-clinic.localhost:3000'])(
    'answers 200 on %s, uncached, whatever the host serves',
    async (origin) => {
      const res = await callRoute(live, { url: `${origin}/api/health/live` });
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ data: { status: 'ok' } });
      expect(res.headers.get('cache-control')).toBe('no-store');
    },
  );
});

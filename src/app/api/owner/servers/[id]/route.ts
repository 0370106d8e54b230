import { withOwner } from '@/server/owner/auth/with-owner';
import { serverIdParams, updateServerBody } from '@/server/owner/servers/server.schema';
import { updateServer } from '@/server/owner/servers/update-server';
import { readJson, readParams } from '@/server/shared/http/request';

// PATCH /api/owner/servers/:id — OWNER: status (ACTIVE, DRAINING, OFFLINE), capacity, name, credentials, pooler
export const PATCH = withOwner<{ id: string }>(async ({ req, db, params, user, meta }) => {
  const { id } = readParams(params, serverIdParams);
  const input = await readJson(req, updateServerBody);
  return updateServer(db, { id, input, context: { actor: user, meta } });
});

import { withOwner } from '@/server/owner/auth/with-owner';
import { createServer } from '@/server/owner/servers/create-server';
import { listServers } from '@/server/owner/servers/list-servers';
import { createServerBody } from '@/server/owner/servers/server.schema';
import { readJson } from '@/server/shared/http/request';
import { created } from '@/server/shared/http/respond';

// GET /api/owner/servers — OWNER, SUPPORT: every database server with clinics, bytes, connections and status
export const GET = withOwner(async ({ db }) => listServers(db));

// POST /api/owner/servers — OWNER: register a server after testing its connection and admin rights
export const POST = withOwner(async ({ req, db, user, meta }) => {
  const input = await readJson(req, createServerBody);
  return created(await createServer(db, { input, context: { actor: user, meta } }));
});

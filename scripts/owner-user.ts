/**
 * `npm run owner:user -- --email … --password … [--role OWNER|SUPPORT] [--name …]`: creates an owner account, or
 * resets the password (and role/name when given) of an existing one, signing it out everywhere.
 */
import { z } from 'zod';
import { ownerDb } from '../src/server/owner/db/client';
import { upsertOwnerUser } from '../src/server/owner/users/upsert-owner-user';
import { emailSchema } from '../src/server/shared/validation';
import { ensureCluster, parseCliArgs, runCli } from './lib/cli';

const USAGE =
  'Usage: npm run owner:user -- --email <email> --password <password> [--role OWNER|SUPPORT] [--name <name>]';

const args = z.object({
  email: emailSchema,
  // Same floor as OWNER_PASSWORD in src/env.ts.
  password: z.string().min(8, 'use at least 8 characters').max(200),
  role: z
    .string()
    .transform((v) => v.toUpperCase())
    .pipe(z.enum(['OWNER', 'SUPPORT']))
    .optional(),
  name: z.string().trim().min(1).max(200).optional(),
});

runCli(async () => {
  const options = parseCliArgs(args, USAGE);
  await ensureCluster(console.log);
  const { user, created } = await upsertOwnerUser(ownerDb, options);
  console.log(
    created
      ? `Created owner account ${user.email} (${user.role}).`
      : `Reset the password of ${user.email} (${user.role}); its sessions were signed out.`,
  );
});

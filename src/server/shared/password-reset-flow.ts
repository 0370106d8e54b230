import type { SQL } from 'drizzle-orm';
import { now } from './clock';
import { hashPassword } from './passwords';
import { FORGOT_PASSWORD_MESSAGE } from './password-reset.schema';
import { countResetRequest } from './reset-throttle';
import { assertUsableToken, newResetToken, RESET_TOKEN_MINUTES } from './reset-token';
import { hashToken } from './tokens';

/**
 * The password-reset flow both planes share: "forgot password?" and "set a new password from the link". What
 * differs is only where things live (the owner database or the clinic's own, its tables, how mail goes out, whether
 * the owner audit log hears of it), so each plane passes those as a small adapter and the steps, their order and
 * their guarantees stay in one place.
 */

type Executor = { execute: (query: SQL) => Promise<{ rows: Record<string, unknown>[] }> };
type ResetUser = { id: string; email: string; name: string; isActive: boolean };

export type ResetRequestPlane<Db, User extends ResetUser> = {
  throttleTable: 'login_throttle' | 'owner_login_throttle';
  /** Where the link points on the requesting host: the page that reads `?token=`. */
  linkPath: string;
  findUser: (db: Db, email: string) => Promise<User | undefined>;
  storeToken: (db: Db, token: { id: string; userId: string; expiresAt: Date }) => PromiseLike<unknown>;
  mailLink: (db: Db, user: User, url: string) => PromiseLike<unknown>;
  /** Runs after the mail is queued (the owner plane audits the request). */
  afterRequest?: (db: Db, user: User) => PromiseLike<unknown>;
};

/**
 * Mails a one-time link to an active account. The answer is the same whether or not the address has an account,
 * and requests are throttled like sign-in, so the form tells an attacker nothing and cannot be used to spam.
 */
export async function requestPasswordResetFlow<Db extends Executor, User extends ResetUser>(
  db: Db,
  plane: ResetRequestPlane<Db, User>,
  options: { email: string; origin: string; ipAddress: string },
): Promise<{ sent: true; message: string }> {
  await countResetRequest(db, plane.throttleTable, options.email, options.ipAddress);
  const user = await plane.findUser(db, options.email);
  if (user?.isActive) {
    const { token, id } = newResetToken();
    await plane.storeToken(db, {
      id,
      userId: user.id,
      expiresAt: new Date(now().getTime() + RESET_TOKEN_MINUTES * 60_000),
    });
    await plane.mailLink(db, user, `${options.origin}${plane.linkPath}?token=${encodeURIComponent(token)}`);
    await plane.afterRequest?.(db, user);
  }
  return { sent: true, message: FORGOT_PASSWORD_MESSAGE };
}

export type ResetPlane<Tx, Changed> = {
  /** The token row by its hash, locked FOR UPDATE so two concurrent uses cannot both succeed. */
  lockToken: (
    tx: Tx,
    id: string,
  ) => Promise<{ userId: string; expiresAt: Date; usedAt: Date | null } | undefined>;
  setPassword: (tx: Tx, userId: string, passwordHash: string, at: Date) => Promise<Changed>;
  /** Marks every open link of the user used, so an older mail cannot be replayed after this one. */
  useOpenTokens: (tx: Tx, userId: string, at: Date) => PromiseLike<unknown>;
  /** Ends every session of the user; returns how many. */
  endSessions: (tx: Tx, userId: string) => Promise<number>;
  afterReset?: (
    tx: Tx,
    done: { userId: string; changed: Changed; revokedSessions: number },
  ) => PromiseLike<unknown>;
};

/** Sets a new password from a link: unused and unexpired, then every session ends and every other link dies. */
export async function resetPasswordFlow<Tx, Changed>(
  db: { transaction: <T>(run: (tx: Tx) => Promise<T>) => Promise<T> },
  plane: ResetPlane<Tx, Changed>,
  input: { token: string; password: string },
): Promise<{ reset: true; revokedSessions: number }> {
  const at = now();
  // Hashed before the transaction: argon2 takes a while and must not hold the token's row lock.
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const row = await plane.lockToken(tx, hashToken(input.token));
    assertUsableToken(row, at);
    const { userId } = row!;
    const changed = await plane.setPassword(tx, userId, passwordHash, at);
    await plane.useOpenTokens(tx, userId, at);
    const revokedSessions = await plane.endSessions(tx, userId);
    await plane.afterReset?.(tx, { userId, changed, revokedSessions });
    return { reset: true as const, revokedSessions };
  });
}

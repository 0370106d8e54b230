import crypto from 'node:crypto';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { scramClientFinal, type ScramSession } from '@/server/shared/db/sync-scram';

/** pg's own SCRAM client (pg/lib/crypto/sasl.js): the reference this must agree with. */
type PgSasl = {
  startSession(mechanisms: string[], stream: unknown): ScramSession;
  continueSession(
    session: ScramSession,
    password: string,
    serverData: string,
    stream: unknown,
  ): Promise<void>;
};
const pgSasl = createRequire(import.meta.url)('pg/lib/crypto/sasl.js') as PgSasl;

function serverFirst(session: ScramSession, iterations: number, salt = crypto.randomBytes(16)) {
  const serverNonce = `${session.clientNonce}${crypto.randomBytes(18).toString('base64')}`;
  return `r=${serverNonce},s=${salt.toString('base64')},i=${iterations}`;
}

describe('scramClientFinal', () => {
  it.each([1, 2, 16])('computes what pg computes, at %i iteration(s)', async (iterations) => {
    for (let round = 0; round < 20; round++) {
      const password = crypto.randomBytes(32).toString('base64url');
      const session = pgSasl.startSession(['SCRAM-SHA-256'], false);
      const message = serverFirst(session, iterations);
      const ours = scramClientFinal({ ...session }, password, message);
      const reference = { ...session };
      await pgSasl.continueSession(reference, password, message, false);
      expect(ours).toEqual({ response: reference.response, serverSignature: reference.serverSignature });
    }
  });

  it("leaves to pg's own code what it does not handle exactly like pg", () => {
    const session = pgSasl.startSession(['SCRAM-SHA-256'], false);
    const ok = serverFirst(session, 1);
    expect(scramClientFinal({ ...session }, 'ascii-password', ok)).toBeDefined();
    // The server's default count would block the event loop: pg's thread-pool path takes it.
    expect(scramClientFinal({ ...session }, 'ascii-password', serverFirst(session, 4096))).toBeUndefined();
    // Needs SASLprep.
    expect(scramClientFinal({ ...session }, 'pässwörd', ok)).toBeUndefined();
    expect(scramClientFinal({ ...session }, 'with space', ok)).toBeUndefined();
    // A server nonce that does not extend ours, or only repeats it.
    expect(scramClientFinal({ ...session }, 'p', ok.replace(session.clientNonce, 'x'))).toBeUndefined();
    expect(scramClientFinal({ ...session }, 'p', `r=${session.clientNonce},s=AAAA,i=1`)).toBeUndefined();
    // Malformed: no salt, salt not base64, bad count, stray attribute syntax.
    expect(scramClientFinal({ ...session }, 'p', ok.replace(/,s=[^,]+/, ''))).toBeUndefined();
    expect(scramClientFinal({ ...session }, 'p', ok.replace(/,s=[^,]+/, ',s=not*base64'))).toBeUndefined();
    expect(scramClientFinal({ ...session }, 'p', ok.replace(/i=1$/, 'i=01'))).toBeUndefined();
    expect(scramClientFinal({ ...session }, 'p', `${ok},garbage`)).toBeUndefined();
    // Channel binding, or a session past its first step.
    expect(scramClientFinal({ ...session, mechanism: 'SCRAM-SHA-256-PLUS' }, 'p', ok)).toBeUndefined();
    expect(scramClientFinal({ ...session, message: 'SASLResponse' }, 'p', ok)).toBeUndefined();
  });
});

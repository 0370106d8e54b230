import crypto from 'node:crypto';
import type pg from 'pg';

/**
 * node-postgres computes the SCRAM-SHA-256 client proof with WebCrypto: six chained async calls through the thread
 * pool, which measured about 1 ms of CPU and 1.8 ms of wall time per connect here, more than the rest of opening a
 * connection. This computes the same message synchronously with node:crypto, which takes microseconds at the one
 * iteration clinic roles use (connections/scram-verifier.ts).
 *
 * It only answers what it can answer exactly as pg does: SCRAM-SHA-256 without channel binding, a printable-ASCII
 * password (SASLprep is the identity on it), a well-formed server-first message and at most MAX_SYNC_ITERATIONS
 * (a verifier with the server's default 4,096 would block the event loop; pg's thread-pool path takes it). Anything
 * else goes to pg's own code, which also produces the errors. pg still checks the server's final signature.
 */

const MAX_SYNC_ITERATIONS = 16;
const PRINTABLE_ASCII = /^[\x21-\x7e]+$/;
/** RFC 5802 `printable`: printable ASCII except ','. */
const PRINTABLE_NO_COMMA = /^[\x21-\x2b\x2d-\x7e]+$/;
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
/** "n,," (no channel binding), base64-encoded. */
const NO_CHANNEL_BINDING = 'biws';

/** pg's SASL session object (pg/lib/crypto/sasl.js), as its Client keeps it between messages. */
export type ScramSession = {
  mechanism: string;
  clientNonce: string;
  message: string;
  response: string;
  serverSignature?: string;
};

const hmac = (key: crypto.BinaryLike, text: string) => crypto.createHmac('sha256', key).update(text).digest();

/**
 * The client-final message and the server signature to expect, for a session pg started without channel binding;
 * undefined when this case is not one to handle here.
 */
export function scramClientFinal(
  session: ScramSession,
  password: string,
  serverFirst: string,
): { response: string; serverSignature: string } | undefined {
  if (session.mechanism !== 'SCRAM-SHA-256' || session.message !== 'SASLInitialResponse') return undefined;
  if (!PRINTABLE_ASCII.test(password)) return undefined;
  const attributes = new Map<string, string>();
  for (const pair of serverFirst.split(',')) {
    if (!/^[a-z]=/.test(pair)) return undefined;
    attributes.set(pair[0]!, pair.slice(2));
  }
  const nonce = attributes.get('r');
  const salt = attributes.get('s');
  const iterationText = attributes.get('i');
  if (!nonce || !PRINTABLE_NO_COMMA.test(nonce) || !nonce.startsWith(session.clientNonce)) return undefined;
  if (nonce.length === session.clientNonce.length) return undefined;
  if (!salt || !BASE64.test(salt) || !iterationText || !/^[1-9][0-9]{0,5}$/.test(iterationText))
    return undefined;
  const iterations = Number(iterationText);
  if (iterations > MAX_SYNC_ITERATIONS) return undefined;

  const withoutProof = `c=${NO_CHANNEL_BINDING},r=${nonce}`;
  const authMessage = `n=*,r=${session.clientNonce},r=${nonce},s=${salt},i=${iterations},${withoutProof}`;
  const salted = crypto.pbkdf2Sync(password, Buffer.from(salt, 'base64'), iterations, 32, 'sha256');
  const clientKey = hmac(salted, 'Client Key');
  const storedKey = crypto.createHash('sha256').update(clientKey).digest();
  const clientSignature = hmac(storedKey, authMessage);
  const proof = Buffer.alloc(clientKey.length);
  for (let i = 0; i < proof.length; i++) proof[i] = clientKey[i]! ^ clientSignature[i]!;
  const serverSignature = hmac(hmac(salted, 'Server Key'), authMessage).toString('base64');
  return { response: `${withoutProof},p=${proof.toString('base64')}`, serverSignature };
}

type ClientInternals = {
  enableChannelBinding?: boolean;
  password?: unknown;
  saslSession?: ScramSession | null;
  connection: { sendSCRAMClientFinalMessage(response: string): void };
  _handleAuthSASLContinue: (this: ClientInternals, message: { data: string }) => Promise<void>;
};

/** Makes a pg.Client subclass answer the server-first message with scramClientFinal() where it applies. */
export function answerScramSynchronously(Client: typeof pg.Client): void {
  const proto = Client.prototype as unknown as ClientInternals;
  const viaPg = proto._handleAuthSASLContinue;
  if (typeof viaPg !== 'function') throw new Error('pg.Client no longer has _handleAuthSASLContinue');
  proto._handleAuthSASLContinue = async function (message) {
    const session = this.saslSession;
    const final =
      session && !this.enableChannelBinding && typeof this.password === 'string'
        ? scramClientFinal(session, this.password, message.data)
        : undefined;
    if (!session || !final) return viaPg.call(this, message);
    session.message = 'SASLResponse';
    session.serverSignature = final.serverSignature;
    session.response = final.response;
    this.connection.sendSCRAMClientFinalMessage(final.response);
  };
}

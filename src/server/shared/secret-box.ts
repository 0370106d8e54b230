import crypto from 'node:crypto';

/**
 * AES-256-GCM for secrets stored at rest (tenant role passwords). The key is derived from the app secret with
 * HKDF, so the database alone never reveals a password. Format: `v1.<iv>.<tag>.<ciphertext>` (base64url).
 */
const INFO = 'smartdmv:secret-box:v1';

function deriveKey(appSecret: string): Buffer {
  return Buffer.from(crypto.hkdfSync('sha256', appSecret, 'smartdmv', INFO, 32));
}

export function encryptSecret(plain: string, appSecret: string): string {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', deriveKey(appSecret), iv);
  const ciphertext = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return [
    'v1',
    iv.toString('base64url'),
    cipher.getAuthTag().toString('base64url'),
    ciphertext.toString('base64url'),
  ].join('.');
}

export function decryptSecret(sealed: string, appSecret: string): string {
  const [version, iv, tag, ciphertext] = sealed.split('.');
  if (version !== 'v1' || !iv || !tag || ciphertext === undefined)
    throw new Error('Unrecognised encrypted secret format');
  const decipher = crypto.createDecipheriv('aes-256-gcm', deriveKey(appSecret), Buffer.from(iv, 'base64url'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  try {
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString(
      'utf8',
    );
  } catch {
    throw new Error('Cannot decrypt a stored secret: was NEXTAUTH_SECRET changed?');
  }
}

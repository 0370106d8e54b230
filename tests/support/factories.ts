import crypto from 'node:crypto';

/** A slug no other test (or run) uses: tests provision their own tenants and never share them. */
export function uniqueSlug(prefix: string): string {
  return `${prefix}-${crypto.randomBytes(4).toString('hex')}`.slice(0, 40);
}

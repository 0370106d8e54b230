/**
 * A slug suggestion from a clinic name ("Happy Paws Clinic" → "happy-paws-clinic"), shaped to pass the server's
 * slug rule (lower-case letter first, letters/digits/single hyphens, 2–40 characters). Only a suggestion: the
 * server still validates, and reserved words are reported there.
 */
export function suggestSlug(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^[^a-z]+/, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return slug.length >= 2 ? slug : '';
}

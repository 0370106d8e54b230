import { useState } from 'react';

/**
 * A slug suggestion from a clinic name ("Happy Paws Clinic" → "happy-paws-clinic"), shaped to pass the server's
 * slug rule (lower-case letter first, letters/digits/single hyphens, 2–40 characters). Only a suggestion: the
 * server still validates, and reserved words are reported there.
 */
function suggestSlug(name: string): string {
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

/**
 * A slug field that follows the clinic name until the person edits it themselves (then it is theirs). Both the
 * operator's new-tenant form and the public sign-up form use it.
 */
export function useSlugFromName() {
  const [slug, setSlug] = useState('');
  const [edited, setEdited] = useState(false);
  return {
    slug,
    nameChanged: (name: string) => {
      if (!edited) setSlug(suggestSlug(name));
    },
    slugChanged: (value: string) => {
      setEdited(true);
      setSlug(value.toLowerCase());
    },
    reset: () => {
      setSlug('');
      setEdited(false);
    },
  };
}

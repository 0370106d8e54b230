/**
 * An ILIKE pattern matching `term` anywhere. The LIKE wildcards in user input are escaped (with `\`, PostgreSQL's
 * default LIKE escape), so searching for "50%" finds "50%" rather than everything that starts with "50".
 */
export function containsPattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** The digits of a search term, for matching phone numbers whatever their punctuation ("555-0101" ~ "(555) 0101"). */
export function digitsOf(term: string): string {
  return term.replace(/\D/g, '');
}

/** Request header the proxy sets to the path (and query) a page was asked for; see src/proxy.ts. */
export const REQUESTED_PATH_HEADER = 'x-smartdmv-requested-path';

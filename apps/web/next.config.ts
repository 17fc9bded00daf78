import type { NextConfig } from 'next';

/** Next.js configuration: strict React, no telemetry-dependent features, no x-powered-by header. */
const config: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  serverExternalPackages: [],
};

export default config;

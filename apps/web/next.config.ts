import type { NextConfig } from 'next';

/**
 * Next.js configuration: strict React, no x-powered-by header, and the database drivers (and the
 * store that loads them) left to Node at run time rather than bundled.
 */
const config: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  serverExternalPackages: ['@rapporteur/store', 'better-sqlite3', 'pg', 'kysely'],
};

export default config;

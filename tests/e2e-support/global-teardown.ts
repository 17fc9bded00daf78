import { rmSync } from 'node:fs';

/** Removes the temporary store the end-to-end run served from, once the server has stopped. */
export default function globalTeardown(): void {
  const dataDir = process.env.RAPPORTEUR_E2E_DATA_DIR;
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}

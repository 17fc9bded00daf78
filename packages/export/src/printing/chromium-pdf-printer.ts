import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { HtmlPdfPrinter } from './html-pdf-printer.js';

/** Where Debian installs Chromium; `RAPPORTEUR_CHROMIUM` overrides it on other machines. */
export const defaultChromiumPath = '/usr/bin/chromium';

/**
 * The flags every headless Chromium of this project runs with, as root on a machine with no
 * network: no sandbox (root), no GPU, and none of the background connections (updates, sync,
 * component downloads) that a closed network would refuse by the dozen. Tests and benchmarks that
 * drive Chromium use the same list.
 */
export const chromiumFlags: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** How long one print may take before it is abandoned. */
const printTimeoutMs = 120_000;

/**
 * A printer that runs headless Chromium once per document: the page is written to a fresh
 * temporary folder (with its own browser profile, so runs never share state), printed with
 * `--print-to-pdf` (paper size from the page's `@page` CSS, no header or footer), read back, and
 * the folder removed. Fails with Chromium's own last words when it cannot print. Chromium is
 * `executablePath`, else `RAPPORTEUR_CHROMIUM`, else Debian's.
 */
export function chromiumPdfPrinter(executablePath?: string): HtmlPdfPrinter {
  return async (html) => {
    // Read at print time, not when the module loads: importing the format registry touches nothing.
    const chromium = executablePath ?? process.env.RAPPORTEUR_CHROMIUM ?? defaultChromiumPath;
    const folder = await mkdtemp(join(tmpdir(), 'rapporteur-pdf-'));
    try {
      const page = join(folder, 'document.html');
      const pdf = join(folder, 'document.pdf');
      await writeFile(page, html);
      await runChromium(chromium, [
        '--headless',
        ...chromiumFlags,
        `--user-data-dir=${join(folder, 'profile')}`,
        '--no-pdf-header-footer',
        `--print-to-pdf=${pdf}`,
        pathToFileURL(page).href,
      ]);
      return new Uint8Array(await readFile(pdf));
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  };
}

function runChromium(executablePath: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(
      executablePath,
      args,
      { timeout: printTimeoutMs, maxBuffer: 16 * 1024 * 1024 },
      (error, _out, err) => {
        if (!error) return resolve();
        const code = (error as NodeJS.ErrnoException).code;
        const reason =
          code === 'ENOENT'
            ? `${executablePath} is not installed (apt-get install chromium, or set RAPPORTEUR_CHROMIUM)`
            : `${executablePath} failed: ${lastLines(String(err)) || error.message}`;
        reject(new Error(`cannot print the PDF: ${reason}`));
      },
    );
  });
}

const lastLines = (text: string): string => text.trim().split('\n').slice(-3).join('\n');

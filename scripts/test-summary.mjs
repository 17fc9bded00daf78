// Adds up the JSON reports of every test run (vitest per package, Playwright end-to-end) and prints
// one closing line, "N passed, N failed", so a reader of the log sees the whole count at once.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const reports = [];
for (const dir of ['packages', 'apps']) {
  if (!existsSync(dir)) continue;
  for (const name of readdirSync(dir)) reports.push(join(dir, name, 'test-report.json'));
}
reports.push('tests/test-report.json');

let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of reports) {
  if (!existsSync(file)) continue;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed += report.numPassedTests ?? 0;
  failed += report.numFailedTests ?? 0;
  skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
}

const e2e = 'tests/e2e-report.json';
if (existsSync(e2e)) {
  const stats = JSON.parse(readFileSync(e2e, 'utf8')).stats ?? {};
  passed += (stats.expected ?? 0) + (stats.flaky ?? 0);
  failed += stats.unexpected ?? 0;
  skipped += stats.skipped ?? 0;
}

console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);

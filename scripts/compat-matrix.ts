// Writes the client × feature matrix into compat-tests/README.md from a jest JSON
// report; the parsing and rendering live in compat-tests/helpers/matrix.ts.
//
// usage: tsx scripts/compat-matrix.ts <jest-report.json> [README path]
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { buildMatrix, renderMatrix, spliceMatrix, type JestReport } from '../compat-tests/helpers/matrix';

function main(): void {
  const [reportPath, readmeArg] = process.argv.slice(2);
  if (reportPath === undefined) {
    console.error('usage: compat-matrix <jest-report.json> [compat-tests/README.md]');
    process.exit(2);
  }
  const root = resolve(__dirname, '..');
  // Run from source (tsx) or from dist-scripts/scripts: find the workspace root either way.
  const workspace = existsSync(resolve(root, 'compat-tests')) ? root : resolve(root, '..');
  const compatDir = resolve(workspace, 'compat-tests');
  const readmePath = resolve(readmeArg ?? resolve(compatDir, 'README.md'));
  const report = JSON.parse(readFileSync(reportPath, 'utf8')) as JestReport;
  const matrix = buildMatrix(report, compatDir);
  const table = renderMatrix(matrix, new Date(report.startTime ?? Date.now()));
  writeFileSync(readmePath, spliceMatrix(readFileSync(readmePath, 'utf8'), table));
  console.log(`compat matrix: ${matrix.cells.size} clients written to ${relative(workspace, readmePath)}`);
}

main();

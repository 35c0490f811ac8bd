// `npm test`: lint (with the import boundaries), typecheck, dead code (knip, see knip.jsonc),
// build, then every vitest project (node, ui, e2e).
// Ends with one line "N passed, N failed, N skipped" so CI can read the outcome.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const run = (label, cmd, args) => {
  console.log(`\n▶ ${label}`);
  const started = Date.now();
  const result = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  console.log(`  ${label}: ${result.status === 0 ? 'ok' : 'FAILED'} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return result.status === 0;
};

const steps = [
  ['lint', bin('eslint'), ['.', '--max-warnings=0']],
  ['typecheck', bin('tsc'), ['-b']],
  ['dead code', bin('knip'), []],
  ['build', bin('electron-vite'), ['build']],
  ['build the command line', process.execPath, [path.join(root, 'scripts', 'build-cli.mjs')]],
];
const failedSteps = steps.filter(([label, cmd, args]) => !run(label, cmd, args)).map(([label]) => label);

mkdirSync(path.join(root, 'test-results'), { recursive: true });
const report = path.join(root, 'test-results', 'vitest.json');
const testsOk = run('tests', bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]);

let passed = 0;
let failed = 0;
let skipped = 0;
try {
  const json = JSON.parse(readFileSync(report, 'utf8'));
  passed = json.numPassedTests;
  failed = json.numFailedTests;
  skipped = json.numPendingTests + json.numTodoTests;
} catch {
  failed += 1; // no report: the run itself broke
}
if (failedSteps.length > 0) console.log(`\nFailed steps: ${failedSteps.join(', ')}`);
console.log(`\n${passed} passed, ${failed + failedSteps.length} failed, ${skipped} skipped`);
process.exit(testsOk && failedSteps.length === 0 && failed === 0 ? 0 : 1);

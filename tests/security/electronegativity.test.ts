/**
 * Electronegativity (Doyensec's Electron security linter) over `electron/`, through its
 * programmatic `run()` — its command-line tool exits 0 even when it finds problems.
 * Fails on any finding of MEDIUM or higher severity, printing each. Findings reviewed as
 * false positives are filtered by check name, each only while the condition that makes it
 * false still holds in the source (see docs/security.md, "Electronegativity").
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const require = createRequire(path.join(root, 'package.json'));

interface Level {
  value: number;
  name: string;
}
interface Issue {
  id: string;
  file: string;
  location: { line: number; column: number };
  description: string;
  severity: Level;
  confidence: Level;
  manualReview: boolean;
}
interface RunResult {
  globalChecks: number;
  atomicChecks: number;
  errors: Array<{ file: string; message: string; tolerable: boolean }>;
  issues: Issue[];
}
type Run = (options: Record<string, unknown>, forCli: boolean) => Promise<RunResult>;

/**
 * Keeps the scan offline and bounded: Electronegativity fetches translations and Electron's
 * release list with `got` on every run (and `got`'s retry timer throws after the test ends
 * when the network is closed). Answering "not found" makes it use its bundled English texts.
 */
function stubGot(): void {
  const entry = require.resolve('@doyensec/electronegativity');
  const gotPath = createRequire(entry).resolve('got');
  const offline = (): Promise<{ statusCode: number; body: string }> => Promise.resolve({ statusCode: 404, body: '' });
  require.cache[gotPath] = { id: gotPath, filename: gotPath, loaded: true, exports: offline } as unknown as NodeJS.Module;
}

/** Source line of a finding (Electronegativity reports paths relative to the scanned folder). */
const lineOf = (issue: Issue): string =>
  readFileSync(path.join(root, 'electron', issue.file), 'utf8').split('\n')[issue.location.line - 1] ?? '';

/**
 * Reviewed false positives. Each entry says why, and returns true only while that reason
 * still holds, so a new, unguarded use is reported again.
 */
const reviewed: Record<string, (issue: Issue) => boolean> = {
  // "Review the use of openExternal": flagged for any non-literal argument. Every call in
  // electron/ is guarded on the same line by isSafeExternalUrl (http/https only,
  // tests/main/windows/policy.test.ts). An unguarded call is still reported.
  OPEN_EXTERNAL_JS_CHECK: (issue) => /if \(isSafeExternalUrl\((\w+)\)\) void shell\.openExternal\(\1\)/.test(lineOf(issue)),
  // "Review the use of preload scripts": flagged for any `preload`. Ours exposes one object,
  // `cuttingsBridge`, built by createBridgeApi() from the contract's channel list — never ipcRenderer
  // itself (tests/main/ipc/contract.test.ts, tests/e2e/app.test.ts).
  PRELOAD_JS_CHECK: () => {
    const preload = readFileSync(path.join(root, 'electron/preload/index.ts'), 'utf8');
    const exposed = [...preload.matchAll(/exposeInMainWorld\(([^)]*)\)/g)].map((m) => m[1]);
    return exposed.length === 1 && exposed[0] === "'cuttingsBridge', api" && /const api = createBridgeApi\(/.test(preload);
  },
};

const describeIssue = (i: Issue): string =>
  `${i.severity.name}/${i.confidence.name} ${i.id} at electron/${i.file}:${i.location.line}:${i.location.column} — ${i.description}`;

describe('Electronegativity over electron/', () => {
  let result: RunResult;

  beforeAll(async () => {
    stubGot();
    const module = require('@doyensec/electronegativity') as Run | { default: Run };
    const run = typeof module === 'function' ? module : module.default;
    const electronVersion = (require('electron/package.json') as { version: string }).version;
    result = await run(
      {
        input: path.join(root, 'electron'),
        isRelative: true,
        electronVersionOverride: electronVersion,
        // Needs the network and a package.json in the scanned folder; `npm audit` covers it.
        excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
      },
      false,
    );
  });

  it('loads its checks and parses every source file', () => {
    expect(result.atomicChecks).toBeGreaterThan(20);
    expect(result.globalChecks).toBeGreaterThan(3);
    expect(result.errors.filter((e) => !e.tolerable)).toEqual([]);
  });

  it('finds nothing of medium or higher severity', () => {
    const serious = result.issues.filter((i) => i.severity.value >= 2);
    const open = serious.filter((i) => !reviewed[i.id]?.(i));
    for (const issue of serious) {
      console.log(`${open.includes(issue) ? 'FINDING' : 'reviewed'}: ${describeIssue(issue)}`);
    }
    expect(open.map(describeIssue)).toEqual([]);
  });
});

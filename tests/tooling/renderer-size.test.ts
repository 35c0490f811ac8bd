/**
 * Components a newcomer can read (#19): eslint.config.mjs holds renderer/ to files of at most
 * 300 lines and functions of at most 80, checked here by linting made-up files with the
 * project's own config (the real files are checked by `npm test`'s lint step).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

async function sizeRules(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? []).map((m) => m.ruleId ?? '').filter((id) => id.startsWith('max-lines')).sort();
}

/** A component of `lines` lines in all. */
const component = (name: string, lines: number): string =>
  `export function ${name}(): number {\n${'  void 0;\n'.repeat(lines - 3)}  return 1;\n}\n`;

describe('renderer size limits', () => {
  it('refuses a renderer function over 80 lines and a renderer file over 300', async () => {
    expect(await sizeRules('renderer/views/x.tsx', component('Fits', 80))).toEqual([]);
    expect(await sizeRules('renderer/views/x.tsx', component('TooLong', 81))).toEqual(['max-lines-per-function']);
    const file = Array.from({ length: 5 }, (_, i) => component(`Part${i}`, 60)).join('\n');
    expect(file.split('\n').length).toBeGreaterThan(300);
    expect(await sizeRules('renderer/hooks/x.ts', file)).toEqual(['max-lines']);
  });

  it('leaves the main process to its own judgement', async () => {
    expect(await sizeRules('electron/main/archive/x.ts', component('Long', 120))).toEqual([]);
  });
});

describe('renderer stylesheets', () => {
  // eslint reads no CSS: the 300-line limit for renderer/ files is checked here for styles/.
  it('keeps every stylesheet under 300 lines', () => {
    const dir = path.join(root, 'renderer/styles');
    const long = readdirSync(dir)
      .filter((f) => f.endsWith('.css'))
      .map((f) => ({ f, lines: readFileSync(path.join(dir, f), 'utf8').split('\n').length - 1 }))
      .filter(({ lines }) => lines > 300);
    expect(long).toEqual([]);
  });
});


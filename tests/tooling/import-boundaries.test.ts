/**
 * The import boundaries of docs/architecture.md, as eslint.config.mjs enforces them: lint
 * snippets as if they sat in each part of the tree, with the project's own config.
 */
import path from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

/** The boundary messages ESLint gives for `code` placed at `file`. */
async function boundaryErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'boundaries/imports').map((m) => m.message);
}

describe('import boundaries', () => {
  it('keeps Electron and the shell out of the core, the CLI and the pure ipc/ and session/ files', async () => {
    for (const file of ['electron/main/archive/x.ts', 'electron/main/ipc/handlers.ts', 'electron/main/session/x.ts', 'electron/cli/x.ts', 'electron/main/windows/policy.ts']) {
      expect(await boundaryErrors(file, "import { app } from 'electron';\nexport const a = app;\n"), file).toHaveLength(1);
    }
    expect(await boundaryErrors('electron/main/session/x.ts', "import { openExternal } from '../windows/shell';\nexport const a = openExternal;\n")).toHaveLength(1);
    expect(await boundaryErrors('electron/main/library/x.ts', "export type R = import('../ipc/register').Unregister;\n")).toHaveLength(1);
  });

  it('lets the shell use Electron', async () => {
    for (const file of ['electron/main/index.ts', 'electron/main/ipc/register.ts', 'electron/main/windows/menu.ts', 'electron/preload/index.ts']) {
      expect(await boundaryErrors(file, "import { app } from 'electron';\nexport const a = app;\n"), file).toEqual([]);
    }
  });

  it('lets the renderer import only renderer/ and shared/, never Node or Electron', async () => {
    const file = 'renderer/views/x.tsx';
    expect(await boundaryErrors(file, "import type { Clipping } from '../../shared/clipping';\nimport { plural } from '../lib/format';\nexport const a = plural;\nexport type C = Clipping;\n")).toEqual([]);
    expect(await boundaryErrors(file, "import { openLibrary } from '../../electron/main/library';\nexport const a = openLibrary;\n")).toHaveLength(1);
    expect(await boundaryErrors(file, "import { readFile } from 'node:fs/promises';\nimport path from 'path';\nexport const a = [readFile, path];\n")).toHaveLength(2);
    expect(await boundaryErrors(file, "export const a = import('../../bench/run.mjs');\n")).toHaveLength(1);
  });

  it('keeps shared/ free of both sides and of Node', async () => {
    const file = 'shared/x.ts';
    expect(await boundaryErrors(file, "import { z } from 'zod';\nimport { RECORD_ID } from './ids';\nexport const a = [z, RECORD_ID];\n")).toEqual([]);
    expect(await boundaryErrors(file, "import { openLibrary } from '../electron/main/library';\nexport const a = openLibrary;\n")).toHaveLength(1);
    expect(await boundaryErrors(file, "export type F = import('../renderer/lib/format').Row;\n")).toHaveLength(1);
    expect(await boundaryErrors(file, "import { readFile } from 'node:fs';\nexport const a = readFile;\n")).toHaveLength(1);
  });
});

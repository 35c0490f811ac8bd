/**
 * Docs that cannot drift: the architecture tree names every folder of the source, the core
 * folders keep a README, and every relative link in the Markdown the project keeps resolves.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const tracked = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8' })
  .split('\n')
  .filter((f) => f && existsSync(path.join(root, f)));
const folders = [...new Set(tracked.map((f) => path.posix.dirname(f)))].filter((d) => d !== '.');

/**
 * The folders the tree must name: the top level and the parts of the app (a capability's own
 * subfolders are its README's business); data and fixtures are not parts of the design.
 */
const DESIGN = /^(?:[^/]+|electron\/[^/]+|electron\/main\/[^/]+|electron\/cli\/[^/]+|renderer\/[^/]+|renderer\/views\/[^/]+|shared\/[^/]+|tests\/[^/]+)$/;
const DATA = /^(?:tests\/fixtures|resources\/fonts|resources\/icons)(?:\/|$)/;

describe('docs/architecture.md', () => {
  const architecture = readFileSync(path.join(root, 'docs/architecture.md'), 'utf8');
  const tree = architecture.slice(architecture.indexOf('```'), architecture.indexOf('```', architecture.indexOf('```') + 3));

  it('names every folder of the source in its tree', () => {
    const missing = folders.filter((dir) => DESIGN.test(dir) && !DATA.test(dir)).filter((dir) => !tree.includes(`${path.posix.basename(dir)}/`));
    expect(missing).toEqual([]);
  });
});

describe('folder READMEs', () => {
  it('exist for the core folders and the top-level ones', () => {
    const wanted = ['shared', 'electron', 'electron/cli', 'renderer', 'resources', 'tests', 'bench'];
    wanted.push(...folders.filter((d) => /^electron\/main\/[^/]+$/.test(d)).filter((d) => !/\/(ipc|library|session|settings|windows)$/.test(d)));
    expect(wanted.filter((d) => !existsSync(path.join(root, d, 'README.md')))).toEqual([]);
  });

  it('have no broken relative links', () => {
    const broken: string[] = [];
    for (const file of tracked.filter((f) => f.endsWith('.md') && !f.startsWith('tests/fixtures/'))) {
      const text = readFileSync(path.join(root, file), 'utf8');
      for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^[a-z]+:/i.test(target as string) || (target as string).startsWith('#')) continue;
        const resolved = path.join(root, path.dirname(file), (target as string).split('#')[0] as string);
        if (!existsSync(resolved)) broken.push(`${file} → ${target}`);
      }
    }
    expect(broken).toEqual([]);
  });
});

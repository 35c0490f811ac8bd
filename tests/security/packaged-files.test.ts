/**
 * What app.asar will hold, worked out as electron-builder does it: the project files that
 * electron-builder.yml's `files` patterns match, plus the production dependency tree of
 * package.json (`npm ls --omit=dev`, the list electron-builder's npm collector reads). Checks that
 * no build or test tooling ships, and that every package the built main, preload and command-line
 * bundles import (statically or on demand) ships, as does every bundle file they load.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const root = path.resolve(import.meta.dirname, '../..');
const config = parse(readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as {
  files: string[];
  extraResources: Array<{ from: string; to: string }>;
};
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  main: string;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

/** Every file under `dir`, relative to the project root, with forward slashes. */
function walk(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const rel = `${dir}/${entry.name}`;
    if (entry.isDirectory()) out.push(...walk(rel));
    else out.push(rel);
  }
  return out;
}

/** electron-builder's `files`: patterns in order, a `!pattern` takes matches out again. */
function packagedProjectFiles(): Set<string> {
  const candidates = [...walk('out'), 'package.json'];
  return new Set(
    candidates.filter((file) => {
      let included = false;
      for (const pattern of config.files) {
        if (pattern.startsWith('!')) {
          if (path.posix.matchesGlob(file, pattern.slice(1))) included = false;
        } else if (path.posix.matchesGlob(file, pattern)) included = true;
      }
      return included;
    }),
  );
}

let production: Set<string> | undefined;
/** Names of the packages in the production dependency tree, as npm resolves it. */
function productionPackages(): Set<string> {
  production ??= listProductionPackages();
  return production;
}

function listProductionPackages(): Set<string> {
  const out = execFileSync('npm', ['ls', '--omit=dev', '--all', '--parseable'], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const names = out
    .split('\n')
    .filter((line) => line.includes(`${path.sep}node_modules${path.sep}`))
    .map((line) => line.slice(line.lastIndexOf(`node_modules${path.sep}`) + 'node_modules/'.length).split(path.sep).join('/'));
  return new Set(names);
}

const BUILTINS = new Set([...builtinModules, 'electron']);
const packageOf = (specifier: string): string =>
  specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : (specifier.split('/')[0] as string);

/** Specifiers a bundle imports: `from "x"`, `import "x"`, `import("x")`, `require("x")`. */
function importsOf(source: string): string[] {
  const found: string[] = [];
  const patterns = [
    /\bfrom\s*["']([^"']+)["']/g,
    /\bimport\s*["']([^"']+)["']/g,
    /\bimport\s*\(\s*["']([^"']+)["']\s*\)/g,
    /\brequire\s*\(\s*["']([^"']+)["']\s*\)/g,
  ];
  for (const re of patterns) for (const m of source.matchAll(re)) found.push(m[1] as string);
  // Text that merely looks like an import (inside a string or a comment) is not a module name.
  return found.filter((s) => /^(?:\.{1,2}\/|node:|@?[a-z0-9])[\w./@-]*$/i.test(s));
}

const BUNDLES = ['out/main', 'out/preload', 'out/cli'];

/** When main's or the preload's sources (or package.json) last changed: a build older than that is rebuilt. */
function newestSource(): number {
  const files = [...walk('electron'), ...walk('shared'), 'package.json', 'electron.vite.config.ts'];
  return Math.max(...files.map((f) => statSync(path.join(root, f)).mtimeMs));
}

beforeAll(() => {
  // The command line is quick to build (and must match the sources); the app's bundles come from
  // `npm run build` (npm test builds first), built here only when missing.
  execFileSync(process.execPath, [path.join(root, 'scripts/build-cli.mjs')], { cwd: root, stdio: 'ignore' });
  if (!existsSync(path.join(root, pkg.main)) || statSync(path.join(root, pkg.main)).mtimeMs < newestSource()) {
    execFileSync(path.join(root, 'node_modules/.bin/electron-vite'), ['build'], { cwd: root, stdio: 'ignore', timeout: 240_000 });
  }
}, 300_000);

describe('app.asar', () => {
  it('holds the main entry, the preload, the renderer and the built command line', () => {
    const files = packagedProjectFiles();
    for (const needed of [pkg.main, 'out/preload/index.cjs', 'out/renderer/index.html', 'out/cli/cuttings.mjs', 'package.json']) {
      expect(files.has(needed), `${needed} is packaged`).toBe(true);
    }
    expect([...files].filter((f) => f.endsWith('.map'))).toEqual([]);
    expect(files.has('out/cli/inputs.json'), 'the build list of sources stays out').toBe(false);
  });

  it('ships no build or test tooling', () => {
    const production = productionPackages();
    expect(production.size).toBeGreaterThan(10);
    const tooling = Object.keys(pkg.devDependencies).filter((name) => production.has(name));
    expect(tooling, 'devDependencies reachable from dependencies').toEqual([]);
    for (const name of ['tsx', 'esbuild', 'typescript', 'vite', 'vitest', 'electron', 'electron-builder', 'node']) {
      expect(production.has(name), `${name} is not packaged`).toBe(false);
    }
  });

  it('has every package the built bundles import, and every bundle file they load', () => {
    const files = packagedProjectFiles();
    const production = productionPackages();
    const missing: string[] = [];
    const bundleFiles = BUNDLES.flatMap((dir) => walk(dir)).filter((f) => /\.(m?js|cjs)$/.test(f));
    expect(bundleFiles.length).toBeGreaterThan(5);
    for (const file of bundleFiles) {
      for (const specifier of importsOf(readFileSync(path.join(root, file), 'utf8'))) {
        if (specifier.startsWith('.')) {
          const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier));
          if (!files.has(target)) missing.push(`${file} loads ${target}, which is not packaged`);
          continue;
        }
        const name = packageOf(specifier.replace(/^node:/, ''));
        if (specifier.startsWith('node:') || BUILTINS.has(name) || BUILTINS.has(specifier)) continue;
        if (!production.has(name)) missing.push(`${file} imports ${specifier}, which is not a production dependency`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('carries the `cuttings` launchers beside the app', () => {
    const cli = config.extraResources.find((r) => r.to === 'cli');
    expect(cli).toBeDefined();
    const dir = path.join(root, cli?.from ?? '');
    const launcher = path.join(dir, 'cuttings');
    expect(readFileSync(launcher, 'utf8')).toMatch(/--cli "\$@"/);
    expect(statSync(launcher).mode & 0o111, 'the sh launcher is executable').not.toBe(0);
    expect(readFileSync(path.join(dir, 'cuttings.cmd'), 'utf8')).toMatch(/--cli %\*/);
  });
});

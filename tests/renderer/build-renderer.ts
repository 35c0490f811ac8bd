/**
 * Builds only the renderer into `out/renderer/`, exactly as `electron-vite build` does
 * (same config file, same built-in renderer settings), without depending on the main and
 * preload bundles.
 *
 * Run: `npx tsx tests/renderer/build-renderer.ts`.
 */
import { resolve } from 'node:path';
import { loadConfigFromFile, RendererConfigFactory } from 'electron-vite';
import { build } from 'vite';

const root = resolve(import.meta.dirname, '../..');

async function main(): Promise<void> {
  // What `electron-vite build` sets: a production build with relative asset URLs.
  process.env.NODE_ENV_ELECTRON_VITE = 'production';
  process.env.NODE_ENV = 'production';
  const { config } = await loadConfigFromFile(
    { command: 'build', mode: 'production' },
    resolve(root, 'electron.vite.config.ts'),
    root,
    'warn',
  );
  if (!config.renderer) throw new Error('electron.vite.config.ts has no renderer section');
  const factory = new RendererConfigFactory(config.renderer, { logLevel: 'warn' }, { root });
  await build({ ...(await factory.build()), mode: 'production', configFile: false, logLevel: 'warn' });
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});

/**
 * The app's own settings (not the archive's): which archive folder to open, theme, paper size,
 * the browser clipper, and the window's place. Kept in Electron's userData folder as JSON,
 * written atomically with mode 0600 (it holds the clipper's token). A file that cannot be read
 * is kept aside, never overwritten, and the defaults are used.
 */
import { chmod, mkdir, readFile, rename } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { clipperPortSchema, DEFAULT_CLIPPER_PORT, paperSchema, themeSchema } from '../../../shared/settings';
import { writeFileAtomic } from '../archive/durable-fs';

const bounds = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(200),
  height: z.number().int().min(200),
  maximized: z.boolean().default(false),
});

export const settingsSchema = z.object({
  version: z.literal(1).default(1),
  /** null: the default folder (see library/location.ts). */
  archiveDir: z.string().min(1).nullable().default(null),
  theme: themeSchema.default('system'),
  paper: paperSchema.default('A4'),
  clipper: z
    .object({
      enabled: z.boolean().default(false),
      port: clipperPortSchema.default(DEFAULT_CLIPPER_PORT),
      token: z.string().min(22).nullable().default(null),
    })
    .default({ enabled: false, port: DEFAULT_CLIPPER_PORT, token: null }),
  window: bounds.nullable().default(null),
  /** Dossier covers: the organisation's name and its logo (a file beside this one, see logo.ts). */
  organisation: z
    .object({ name: z.string().nullable().default(null), logo: z.string().nullable().default(null) })
    .default({ name: null, logo: null }),
});

export type Settings = z.output<typeof settingsSchema>;
export type SettingsPatch = Partial<Omit<Settings, 'version' | 'clipper' | 'organisation'>> & {
  clipper?: Partial<Settings['clipper']>;
  organisation?: Partial<Settings['organisation']>;
};

export const defaultSettings = (): Settings => settingsSchema.parse({});

/** Reads settings; a missing file gives the defaults, a damaged one is renamed aside first. */
export async function loadSettings(file: string): Promise<{ settings: Settings; warning: string | null }> {
  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { settings: defaultSettings(), warning: null };
    throw err;
  }
  try {
    return { settings: settingsSchema.parse(JSON.parse(raw)), warning: null };
  } catch {
    const aside = `${file}.damaged-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    await rename(file, aside);
    return {
      settings: defaultSettings(),
      warning: `The settings file could not be read; it was kept as ${aside} and the defaults are used.`,
    };
  }
}

/** Applies a patch, validates the result, and writes it durably. Returns the new settings. */
export async function saveSettings(file: string, current: Settings, patch: SettingsPatch): Promise<Settings> {
  const next = settingsSchema.parse({
    ...current,
    ...patch,
    clipper: { ...current.clipper, ...patch.clipper },
    organisation: { ...current.organisation, ...patch.organisation },
  });
  await mkdir(path.dirname(file), { recursive: true });
  await writeFileAtomic(file, JSON.stringify(next, null, 2) + '\n');
  await chmod(file, 0o600);
  return next;
}

/**
 * The app's settings as the renderer sees and changes them, written once: the Settings screen,
 * the IPC contract, the session that applies a change and the settings file all use these.
 *
 * To add a setting: add it to {@link settingsUpdateSchema} (and to {@link SettingsView} if the
 * window shows it), store it in `electron/main/settings/` and apply it in
 * `electron/main/session/`; then give it a section file in `renderer/views/`.
 */
import { z } from 'zod';

export const paperSchema = z.enum(['A4', 'Letter'], { error: 'choose A4 or Letter' });
export type Paper = z.infer<typeof paperSchema>;

export const themeSchema = z.enum(['system', 'light', 'dark']);
export type Theme = z.infer<typeof themeSchema>;

/** The browser clipper's loopback port when the user has not chosen one: fixed, so a bookmarklet keeps working across restarts. */
export const DEFAULT_CLIPPER_PORT = 41277;

/** A port the clipper may listen on: unprivileged, so no rights are needed to open it. */
export const clipperPortSchema = z.number().int().min(1024).max(65535);

/** A change the Settings screen asks for; what it leaves out stays as it is. */
export const settingsUpdateSchema = z.object({
  theme: themeSchema.optional(),
  paper: paperSchema.optional(),
  clipperEnabled: z.boolean().optional(),
  clipperPort: clipperPortSchema.optional(),
  regenerateClipperToken: z.literal(true).optional(),
  /** The organisation named on dossier covers ('' forgets it). */
  organisation: z.string().trim().max(200, 'an organisation name is at most 200 characters').optional(),
});
export type SettingsUpdate = z.infer<typeof settingsUpdateSchema>;

/** Settings as the renderer sees them. */
export const settingsViewSchema = z.object({
  archiveDir: z.string(),
  theme: themeSchema,
  paper: paperSchema,
  clipper: z.object({
    enabled: z.boolean(),
    port: z.number().int(),
    running: z.boolean(),
    /** Why the service is not running although enabled (port taken…). */
    error: z.string().nullable(),
    /** The `javascript:` bookmarklet to drag to the bookmarks bar, when enabled. */
    bookmarklet: z.string().nullable(),
  }),
  /** The organisation dossier covers name, and its logo as a data: URL for the preview (null: none). */
  organisation: z.object({ name: z.string().nullable(), logo: z.string().nullable() }),
  /** Shown once: e.g. a damaged settings file was kept aside. */
  warning: z.string().nullable(),
});
export type SettingsView = z.infer<typeof settingsViewSchema>;

/** The largest logo accepted, in bytes: a logo is a small picture. */
export const MAX_LOGO_BYTES = 1_000_000;

/** A logo sent from the Settings screen: PNG or JPEG bytes in base64, or null to remove it. */
export const logoUploadSchema = z.object({
  data: z
    .string()
    .max(Math.ceil((MAX_LOGO_BYTES * 4) / 3) + 4, 'the logo is larger than 1 MB: choose a smaller picture')
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'not base64')
    .nullable(),
});

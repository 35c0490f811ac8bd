/**
 * What every Settings section receives. A section is one component in its own file, listed
 * once in `sections.ts`; the dialog draws its heading and the rule above it.
 */
import type { ComponentType } from 'react';
import type { SettingsView } from '../../../shared/settings';
import type { ThemeChoice } from '../../hooks/use-theme';

export interface SettingsSectionProps {
  /** The settings as main last reported them. */
  settings: SettingsView;
  /** True while a change is being saved: controls that change settings wait. */
  busy: boolean;
  /**
   * Runs a change (usually `window.cuttings.settings.update(...)`); the dialog then shows the
   * settings it returns (null: nothing to show) or says its error at the top.
   */
  change(work: () => Promise<SettingsView | null>): Promise<void>;
  /** Says an error at the top of the dialog. */
  fail(message: string): void;
  /** The window's theme (applied at once, before main has saved it). */
  theme: ThemeChoice;
  onTheme(choice: ThemeChoice): void;
}

export interface SettingsSection {
  /** Short and unique: the heading's id is `settings-<id>`. */
  id: string;
  title: string;
  Component: ComponentType<SettingsSectionProps>;
}

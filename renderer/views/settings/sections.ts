/**
 * The sections of the Settings dialog, in the order they are shown. To add one: write
 * `<name>-section.tsx` exporting a component that takes {@link SettingsSectionProps}, and add
 * one line here.
 */
import { AppearanceSection } from './appearance-section';
import { ArchiveSection } from './archive-section';
import { BackupsSection } from './backups-section';
import { ClipperSection } from './clipper-section';
import { OcrSection } from './ocr-section';
import { OrganisationSection } from './organisation-section';
import { PaperSection } from './paper-section';
import type { SettingsSection } from './section';
import { TeamSection } from './team-section';

export type { SettingsSection, SettingsSectionProps } from './section';

export const SETTINGS_SECTIONS: readonly SettingsSection[] = [
  { id: 'archive', title: 'Archive', Component: ArchiveSection },
  { id: 'backups', title: 'Backups', Component: BackupsSection },
  { id: 'dossiers', title: 'Dossiers', Component: PaperSection },
  { id: 'organisation', title: 'Organisation', Component: OrganisationSection },
  { id: 'ocr', title: 'Text recognition', Component: OcrSection },
  { id: 'appearance', title: 'Appearance', Component: AppearanceSection },
  { id: 'clipper', title: 'Clip from the browser', Component: ClipperSection },
  { id: 'team', title: 'Team', Component: TeamSection },
];

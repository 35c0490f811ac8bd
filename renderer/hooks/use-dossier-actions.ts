/**
 * What the builder does with a draft: Preview (laid out by main exactly as the export will be,
 * pages and all), Export (then open or print), Save in the archive. Export runs in main with
 * progress and Cancel; its file is written whole or not at all.
 */
import { useEffect, useState } from 'react';
import type { DossierExport, DossierPreview } from '../../shared/dossier';
import { errorText } from '../lib/errors';
import type { DossierDraft } from './use-dossier-draft';

export type Then = 'nothing' | 'open' | 'print';

export interface DossierActions {
  progress: { done: number; total: number } | null;
  exporting: boolean;
  result: DossierExport | null;
  preview: DossierPreview | null;
  previewing: boolean;
  savedNote: string | null;
  showPreview(): Promise<void>;
  exportAs(then: Then): Promise<void>;
  save(): Promise<void>;
  cancel(): void;
}

export function useDossierActions(draft: DossierDraft): DossierActions {
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [result, setResult] = useState<DossierExport | null>(null);
  const [preview, setPreview] = useState<DossierPreview | null>(null);
  const [previewing, setPreviewing] = useState(false);
  const [savedNote, setSavedNote] = useState<string | null>(null);
  const exporting = progress !== null && result === null;
  const fail = (err: unknown): void => draft.setError({ field: null, text: errorText(err) });

  useEffect(
    () =>
      window.cuttings.on('task.progress', (p) => {
        if (p.task === 'dossier') setProgress({ done: p.done, total: p.total });
      }),
    [],
  );

  const showPreview = async (): Promise<void> => {
    if (exporting || previewing) return;
    const args = draft.requestArgs();
    if (!args) return;
    setPreviewing(true);
    setPreview(null);
    try {
      setPreview(await window.cuttings.dossier.preview(args));
    } catch (err) {
      fail(err);
    } finally {
      setPreviewing(false);
    }
  };

  const exportAs = async (then: Then): Promise<void> => {
    if (exporting) return;
    setResult(null);
    const args = draft.requestArgs();
    if (!args) return;
    setProgress({ done: 0, total: draft.count ?? 0 });
    try {
      const written = await window.cuttings.dossier.export({ ...args, then });
      if (written) setResult(written);
      else setProgress(null); // the save dialog was dismissed
    } catch (err) {
      setProgress(null);
      fail(err);
    }
  };

  /** Keeps the dossier in the archive (spec and source), to export again when clippings change. */
  const save = async (): Promise<void> => {
    setSavedNote(null);
    const source = draft.chosenSource();
    if (!source) return;
    try {
      await window.cuttings.dossiers.save({ spec: draft.spec, source });
      setSavedNote(`Saved “${draft.spec.title}” in the archive, to export again when its clippings change.`);
    } catch (err) {
      fail(err);
    }
  };

  const cancel = (): void => void window.cuttings.tasks.cancel({ task: 'dossier' });

  return { progress, exporting, result, preview, previewing, savedNote, showPreview, exportAs, save, cancel };
}

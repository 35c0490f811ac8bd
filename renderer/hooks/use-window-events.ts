/**
 * Events from main that the window answers as a whole: another archive or a restored backup
 * (the window starts afresh, then says what happened), and a page sent from the browser's
 * bookmarklet.
 */
import { useEffect } from 'react';
import { useToasts } from '../components/toasts';
import { takeNotice } from './notice';

export function useWindowEvents(): void {
  const toasts = useToasts();
  // The notice was left before the reload.
  useEffect(() => window.cuttings.on('archive.switched', () => window.location.reload()), []);
  useEffect(() => {
    const notice = takeNotice();
    if (notice) toasts.notify({ message: notice });
  }, [toasts]);

  // No toast action: Ctrl+Z runs the newest one, and it must stay an undo.
  useEffect(
    () =>
      window.cuttings.on('clipper.clipped', ({ title, duplicate }) => {
        toasts.notify({
          message: duplicate
            ? `From the browser, already in the archive: “${title}”.`
            : `Clipped from the browser: “${title}”.`,
        });
      }),
    [toasts],
  );
}

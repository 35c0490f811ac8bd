/**
 * The Cuttings window: the workspace, under the toasts every part of it can show — or, when
 * the archive could not be opened, the recovery screen.
 */
import { Suspense, useEffect, type ReactElement } from 'react';
import { ToastProvider } from './components/toasts';
import { useRecoveryState } from './hooks/use-recovery';
import { RecoveryScreen } from './views/lazy-views';
import { Workspace } from './views/workspace';

export function App(): ReactElement | null {
  const recovery = useRecoveryState();
  // Subscribed before the first request: an archive found damaged once read switches the window
  // over. The recovery screen reloads by itself, once it has left its notice.
  useEffect(() => (recovery ? undefined : window.cuttings.on('archive.switched', () => window.location.reload())), [recovery]);
  if (recovery === undefined) return null; // one round trip to main, before the first paint
  if (recovery)
    return (
      <Suspense fallback={null}>
        <RecoveryScreen state={recovery} />
      </Suspense>
    );
  return (
    <ToastProvider>
      <Workspace />
    </ToastProvider>
  );
}

/** The Cuttings window: the workspace, under the toasts every part of it can show. */
import type { ReactElement } from 'react';
import { ToastProvider } from './components/toasts';
import { Workspace } from './views/workspace';

export function App(): ReactElement {
  return (
    <ToastProvider>
      <Workspace />
    </ToastProvider>
  );
}

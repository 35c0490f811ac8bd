/**
 * Short messages at the bottom of the window ("Moved 2 clippings to the trash — Undo").
 * They are announced politely to screen readers; an action (usually Undo) can also be
 * run from the keyboard with `z` while the toast is showing.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactElement, type ReactNode } from 'react';
import { Icon } from './icons';

export interface ToastAction {
  label: string;
  run: () => void | Promise<void>;
}

export interface ToastInput {
  message: string;
  tone?: 'info' | 'error';
  action?: ToastAction;
}

interface Toast extends ToastInput {
  id: number;
}

interface ToastApi {
  notify(toast: ToastInput): void;
  /** Runs the newest toast's action, if it has one; returns whether there was one. */
  runLatestAction(): boolean;
}

const ToastContext = createContext<ToastApi>({ notify: () => undefined, runLatestAction: () => false });

/** Shows a toast from anywhere below {@link ToastProvider}. */
export function useToasts(): ToastApi {
  return useContext(ToastContext);
}

const LIFETIME_MS = 8000;

export function ToastProvider({ children }: { children: ReactNode }): ReactElement {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const nextId = useRef(1);

  const dismiss = useCallback((id: number) => setToasts((list) => list.filter((t) => t.id !== id)), []);

  const notify = useCallback(
    (input: ToastInput) => {
      const id = nextId.current++;
      // Keep the last three; older ones are no longer relevant.
      setToasts((list) => [...list.slice(-2), { ...input, id }]);
      window.setTimeout(() => dismiss(id), input.tone === 'error' ? LIFETIME_MS * 2 : LIFETIME_MS);
    },
    [dismiss],
  );

  const run = useCallback(
    (toast: Toast) => {
      dismiss(toast.id);
      void toast.action?.run();
    },
    [dismiss],
  );

  const latestRef = useRef<Toast[]>([]);
  useEffect(() => {
    latestRef.current = toasts;
  }, [toasts]);
  const runLatestAction = useCallback((): boolean => {
    const toast = [...latestRef.current].reverse().find((t) => t.action);
    if (!toast) return false;
    run(toast);
    return true;
  }, [run]);

  const api = useMemo(() => ({ notify, runLatestAction }), [notify, runLatestAction]);

  return (
    <ToastContext.Provider value={api}>
      {children}
      <div className="toasts" role="status" aria-live="polite">
        {toasts.map((t) => (
          <div key={t.id} className={`toast toast-${t.tone ?? 'info'}`}>
            <span className="toast-message">{t.message}</span>
            {t.action && (
              <button type="button" className="toast-action" onClick={() => run(t)}>
                {t.action.label}
              </button>
            )}
            <button type="button" className="icon-button toast-close" aria-label="Dismiss" onClick={() => dismiss(t.id)}>
              <Icon name="close" />
            </button>
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  );
}

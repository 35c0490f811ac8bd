/**
 * A message that survives the window reloading (after switching archives or restoring a
 * backup, the window starts afresh): left before, shown once after.
 */
const KEY = 'cuttings.notice';

export function leaveNotice(message: string | null): void {
  if (message === null) sessionStorage.removeItem(KEY);
  else sessionStorage.setItem(KEY, message);
}

export function takeNotice(): string | null {
  const message = sessionStorage.getItem(KEY);
  if (message !== null) sessionStorage.removeItem(KEY);
  return message;
}

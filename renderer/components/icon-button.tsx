/**
 * A button that shows only an icon: its name is said to screen readers and shown as a
 * tooltip at once on hover or keyboard focus, with its shortcut ("Settings  Ctrl+,").
 */
import type { ButtonHTMLAttributes, ReactElement } from 'react';
import { Icon, type IconName } from './icons';

export interface IconButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'children' | 'title'> {
  icon: IconName;
  label: string;
  /** As people read it: "Ctrl+,", "?", "Ctrl+Shift+T". */
  shortcut?: string;
  /** Where the tooltip hangs from: the button's start (left in a left-to-right window) or end. */
  tipAlign?: 'start' | 'end';
}

/** "Ctrl+Shift+T" → "Control+Shift+T", as `aria-keyshortcuts` wants it. */
const ariaKeys = (shortcut: string): string => shortcut.replace(/\bCtrl\b/g, 'Control');

export function IconButton({
  icon,
  label,
  shortcut,
  tipAlign = 'end',
  className,
  ...rest
}: IconButtonProps): ReactElement {
  return (
    <button
      type="button"
      className={`icon-button has-tip tip-${tipAlign}${className ? ` ${className}` : ''}`}
      aria-label={label}
      aria-keyshortcuts={shortcut ? ariaKeys(shortcut) : undefined}
      data-tip={label}
      data-shortcut={shortcut}
      {...rest}
    >
      <Icon name={icon} />
    </button>
  );
}

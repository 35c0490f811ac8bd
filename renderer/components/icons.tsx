/**
 * The handful of line icons the app uses, drawn on a 24-unit grid with the current text
 * colour. Decorative: the controls carrying them always have their own label.
 */
import type { ReactElement } from 'react';

const paths = {
  search: 'M11 4a7 7 0 1 1 0 14 7 7 0 0 1 0-14zm9 16-4-4',
  plus: 'M12 5v14M5 12h14',
  close: 'M6 6l12 12M18 6 6 18',
  sun: 'M12 8a4 4 0 1 1 0 8 4 4 0 0 1 0-8zM12 2v2M12 20v2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M2 12h2M20 12h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4',
  moon: 'M20 14.5A8 8 0 1 1 9.5 4a6.5 6.5 0 0 0 10.5 10.5z',
  system: 'M4 5h16v11H4zM9 20h6M12 16v4',
  trash: 'M4 7h16M10 11v6M14 11v6M6 7l1 13h10l1-13M9 7V4h6v3',
  restore: 'M4 12a8 8 0 1 0 2.3-5.7L4 8.6M4 4v4.6h4.6',
  keyboard: 'M3 6h18v12H3zM7 10h.01M11 10h.01M15 10h.01M7 14h10',
  help: 'M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18zM9.5 9.5a2.5 2.5 0 1 1 3.5 2.3c-.6.3-1 .9-1 1.6v.6M12 17h.01',
  tag: 'M3 12V4h8l9 9-8 8zM7.5 7.5h.01',
  inbox: 'M3 13h5l1.5 3h5L16 13h5M5 5h14l2 8v6H3v-6z',
  archive: 'M3 4h18v4H3zM5 8v12h14V8M10 12h4',
  quote: 'M7 7h4v4c0 3-1.5 5-4 6M14 7h4v4c0 3-1.5 5-4 6',
  settings:
    'M10.29 4.59L10.61 2.1L13.39 2.1L13.71 4.59A7.6 7.6 0 0 1 16.03 5.55L18.02 4.01L19.99 5.98L18.45 7.97A7.6 7.6 0 0 1 19.41 10.29L21.9 10.61L21.9 13.39L19.41 13.71A7.6 7.6 0 0 1 18.45 16.03L19.99 18.02L18.02 19.99L16.03 18.45A7.6 7.6 0 0 1 13.71 19.41L13.39 21.9L10.61 21.9L10.29 19.41A7.6 7.6 0 0 1 7.97 18.45L5.98 19.99L4.01 18.02L5.55 16.03A7.6 7.6 0 0 1 4.59 13.71L2.1 13.39L2.1 10.61L4.59 10.29A7.6 7.6 0 0 1 5.55 7.97L4.01 5.98L5.98 4.01L7.97 5.55A7.6 7.6 0 0 1 10.29 4.59ZM12 9a3 3 0 1 1 0 6 3 3 0 0 1 0-6z',
  dossier: 'M6 3h9l4 4v14H6zM14 3v5h5M9 12h7M9 16h7',
  grip: 'M9 6h.01M15 6h.01M9 12h.01M15 12h.01M9 18h.01M15 18h.01',
  /** Light or dark: a circle half filled (the filled half is in `filled`). */
  theme: 'M12 3a9 9 0 1 1 0 18 9 9 0 0 1 0-18z',
  sidebar: 'M3 5h18v14H3zM9 5v14',
  image: 'M4 5h16v14H4zM4 16l5-5 4 4 2-2 5 5M15 9h.01',
  chevron: 'M9 6l6 6-6 6',
  sort: 'M7 4v16M4 17l3 3 3-3M14 6h6M14 12h4M14 18h2',
  attachment: 'M20 11.5l-8.4 8.4a5.4 5.4 0 0 1-7.6-7.6l8.9-8.9a3.6 3.6 0 0 1 5.1 5.1l-8.9 8.9a1.8 1.8 0 0 1-2.5-2.5l8.2-8.2',
} as const;

export type IconName = keyof typeof paths;

/** Parts drawn filled rather than stroked. */
const filled: Partial<Record<IconName, string>> = { theme: 'M12 3a9 9 0 0 1 0 18z' };

export function Icon({ name, className }: { name: IconName; className?: string }): ReactElement {
  return (
    <svg
      className={className ? `icon ${className}` : 'icon'}
      viewBox="0 0 24 24"
      width="16"
      height="16"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.75"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d={paths[name]} />
      {filled[name] && <path d={filled[name]} fill="currentColor" stroke="none" />}
    </svg>
  );
}

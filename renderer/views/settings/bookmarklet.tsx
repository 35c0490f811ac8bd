import { useEffect, useRef, type ReactElement } from 'react';

/**
 * The bookmarklet link. React refuses `javascript:` URLs in `href` (it renders a throwing stub
 * in their place), so the address is set on the element directly; it is main's own
 * bookmarklet, never user input, and the link is only dragged, not followed here (a click is
 * prevented).
 */
export function Bookmarklet({ href }: { href: string }): ReactElement {
  const ref = useRef<HTMLAnchorElement>(null);
  useEffect(() => {
    ref.current?.setAttribute('href', href);
  }, [href]);
  return (
    <a
      ref={ref}
      className="button bookmarklet"
      draggable
      title="Drag to the bookmarks bar"
      onClick={(e) => e.preventDefault()}
    >
      Clip to Cuttings
    </a>
  );
}

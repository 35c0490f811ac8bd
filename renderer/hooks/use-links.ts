import { useEffect, useState } from 'react';
import type { ClippingLinks } from '../../shared/clipping';
import { useArchiveChanged } from './use-archive-changed';
import { answerOf } from './early-answers';

const NONE: ClippingLinks = { attachments: [], attachedTo: [] };

/**
 * The clippings linked to one (an e-mail's attachments, or the e-mail a PDF came with), kept
 * fresh when the archive changes (an attachment trashed or restored). None while loading.
 */
export function useLinks(id: string): ClippingLinks {
  const [links, setLinks] = useState<{ id: string; links: ClippingLinks } | null>(null);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let live = true;
    const ask = (): Promise<ClippingLinks> => window.cuttings.clippings.links({ id });
    (version === 0 ? answerOf(`links:${id}`, ask) : ask()).then(
      (found) => live && setLinks({ id, links: found }),
      // Links are a convenience beside the article: a failure shows none rather than an error.
      () => live && setLinks({ id, links: NONE }),
    );
    return () => {
      live = false;
    };
  }, [id, version]);
  useArchiveChanged(() => setVersion((v) => v + 1), 250);
  return links?.id === id ? links.links : NONE;
}

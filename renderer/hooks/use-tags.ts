import { useCallback, useEffect, useState } from 'react';
import type { TagInfo } from '../../shared/clipping';
import { useArchiveChanged } from './use-archive-changed';

/** Every tag in the archive with its count, for the sidebar and the tag box's suggestions. */
export function useTags(): TagInfo[] {
  const [tags, setTags] = useState<TagInfo[]>([]);
  const load = useCallback(() => {
    window.cuttings.tags.list().then(setTags, () => setTags([]));
  }, []);
  useEffect(load, [load]);
  useArchiveChanged(load, 250);
  return tags;
}

import { useEffect } from 'react';

/**
 * Names the browser tab after what the page shows once its data has loaded (a course or an
 * exercise title). The layout sets the route's generic title first; this runs after it.
 */
export function useDocumentTitle(title: string | undefined) {
  useEffect(() => {
    if (title) document.title = `${title} · Footsteps`;
  }, [title]);
}

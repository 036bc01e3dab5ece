import { useLayoutEffect, useRef, useState } from 'react';

/**
 * The rendered width of an element, kept current as the layout changes. Charts draw at the real
 * width so their text stays at the page's font size on every screen, instead of shrinking with
 * a scaled viewBox. `fallback` is used until the first measure (and where nothing is laid out,
 * as in tests).
 */
export function useElementWidth<T extends HTMLElement>(fallback: number) {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => {
      const measured = Math.floor(element.getBoundingClientRect().width);
      if (measured > 0) setWidth(measured);
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return { ref, width };
}

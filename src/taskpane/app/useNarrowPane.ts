import { useEffect, useState, type RefObject } from "react";

/** Below this width the step tabs show their numbers only, but for the open step. */
export const NARROW_PANE_PX = 400;

/**
 * Whether an element of the pane (the steps' nav) is narrower than NARROW_PANE_PX, following
 * resizes: Office's narrowest task pane is 320 px, and the preview draws the pane inside a wider
 * page, so the element is measured, not the window. Without ResizeObserver (jsdom) it is wide.
 *
 * @example const nav = useRef<HTMLElement>(null); const narrow = useNarrowPane(nav);
 */
export function useNarrowPane(element: RefObject<HTMLElement | null>): boolean {
  const [narrow, setNarrow] = useState(false);
  useEffect(() => {
    const el = element.current;
    if (!el || typeof ResizeObserver === "undefined") return;
    const measure = () => setNarrow(el.getBoundingClientRect().width < NARROW_PANE_PX);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [element]);
  return narrow;
}

import { useEffect, useState } from "react";

/** Below this width the step tabs show their numbers only, but for the open step. */
export const NARROW_PANE_PX = 400;

/**
 * Whether the task pane is narrow (320 px is Office's narrowest task pane), following resizes.
 * Where `matchMedia` is missing (jsdom), the pane counts as wide.
 *
 * @example const narrow = useNarrowPane(); // true in a 320 px pane
 */
export function useNarrowPane(): boolean {
  const query = `(max-width: ${NARROW_PANE_PX - 1}px)`;
  const media =
    typeof window !== "undefined" && window.matchMedia ? window.matchMedia(query) : undefined;
  const [narrow, setNarrow] = useState(media?.matches ?? false);
  useEffect(() => {
    if (!media) return;
    const onChange = () => setNarrow(media.matches);
    media.addEventListener("change", onChange);
    return () => media.removeEventListener("change", onChange);
  }, [query]);
  return narrow;
}

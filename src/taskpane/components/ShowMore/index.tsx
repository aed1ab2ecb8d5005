import { Button } from "@fluentui/react-button";
import { useCallback, useState } from "react";
import { useT } from "../../app/i18n";

/** Items drawn at first in a long list (files, units with findings). */
const PAGE = 50;

/**
 * How many items of a long list are drawn: PAGE at first and again after `reset` (a new search
 * or filter), four pages more at each `more`.
 *
 * @example const { shown, more, reset } = useShown(); list.slice(0, shown)
 */
export function useShown(): { shown: number; more: () => void; reset: () => void } {
  const [shown, setShown] = useState(PAGE);
  const more = useCallback(() => setShown((n) => n + PAGE * 4), []);
  const reset = useCallback(() => setShown(PAGE), []);
  return { shown, more, reset };
}

/**
 * "Đang hiện 50/1.000. [Hiện thêm]" under a long list, which grows on demand so that hundreds of
 * entries never make the pane draw them all at once. Nothing when everything is shown.
 */
export function ShowMore(props: { shown: number; total: number; onMore: () => void }) {
  const t = useT();
  if (props.total <= props.shown) return null;
  return (
    <div style={{ display: "flex", gap: 8, alignItems: "center", flexWrap: "wrap" }}>
      <span>{t("shownOf", { shown: props.shown, total: props.total })}</span>
      <Button onClick={props.onMore}>{t("showMore")}</Button>
    </div>
  );
}

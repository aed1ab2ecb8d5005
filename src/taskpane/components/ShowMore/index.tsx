import { Button } from "@fluentui/react-button";
import { useT } from "../../app/i18n";

/** Items drawn at first in a long list (files, units with findings). */
export const PAGE = 50;

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

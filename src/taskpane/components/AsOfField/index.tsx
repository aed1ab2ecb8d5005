import { Input } from "@fluentui/react-input";
import { useId } from "react";
import { useT } from "../../app/i18n";
import { isoFromSerial, serialFromIso } from "../../../shared/calendar/serial";
import { isoDateSchema } from "../../../shared/model/common";

/**
 * "Số liệu tính đến ngày": the one as-of date of the whole pane, in its header. Checks,
 * consolidation and progress all count deadlines up to it; changing it drops their results.
 */
export function AsOfField(props: {
  asOf: number;
  disabled: boolean;
  onChange: (asOf: number) => void;
}) {
  const t = useT();
  const id = useId();
  return (
    <div style={{ display: "flex", alignItems: "center", gap: 6, flexWrap: "wrap", marginTop: 4 }}>
      <label htmlFor={id} style={{ fontSize: 13 }}>
        {t("asOfHeader")}
      </label>
      <Input
        id={id}
        type="date"
        size="small"
        data-testid="as-of"
        value={isoFromSerial(props.asOf)}
        disabled={props.disabled}
        onChange={(_, d) => {
          if (isoDateSchema.safeParse(d.value).success) props.onChange(serialFromIso(d.value));
        }}
      />
    </div>
  );
}

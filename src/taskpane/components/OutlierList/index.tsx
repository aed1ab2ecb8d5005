import type { Finding } from "../../../shared/model";
import { useLanguage, useT } from "../../app/i18n";

/** Số liệu bất thường: the W_OUTLIER findings of the consolidation, unit › sheet!cell — message. */
export function OutlierList({
  findings,
  unitName,
}: {
  findings: Finding[];
  unitName: (code: string) => string;
}) {
  const t = useT();
  const lang = useLanguage();
  const outliers = findings.filter((f) => f.code === "W_OUTLIER");
  if (outliers.length === 0) return <p style={{ margin: 0 }}>{t("outliersNone")}</p>;
  return (
    <div style={{ display: "grid", gap: 6 }}>
      <p role="status" style={{ margin: 0 }}>
        {t("outliersSummary", { count: outliers.length })}
      </p>
      <ul style={{ margin: 0, paddingLeft: 18, display: "grid", gap: 6 }}>
        {outliers.map((f, i) => (
          <li key={i} data-code={f.code} style={{ fontSize: 13 }}>
            <strong>{unitName(f.unit)}</strong>{" "}
            <span style={{ fontFamily: "monospace" }}>
              {t("findingAt", { sheet: f.sheet ?? "", cell: f.cell ?? "" })}
            </span>{" "}
            {f.message[lang]}
          </li>
        ))}
      </ul>
    </div>
  );
}

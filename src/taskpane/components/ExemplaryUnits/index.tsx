import type { ExemplaryRanking } from "../../../shared/report/exemplaryUnits";
import { formatViNumber } from "../../../shared/report/formatVi";
import { useLanguage, useT } from "../../app/i18n";

/** Đơn vị tiêu biểu: the ranking rule in words, then the short list, each unit with its figures. */
export function ExemplaryUnits({ ranking }: { ranking: ExemplaryRanking }) {
  const t = useT();
  const lang = useLanguage();
  if (ranking.criteria.length === 0) return <p style={{ margin: 0 }}>{t("exemplaryNoCriteria")}</p>;
  const score = (n: number) => (lang === "vi" ? formatViNumber(n, 1) : n.toFixed(1));
  return (
    <div style={{ display: "grid", gap: 8 }}>
      <details>
        <summary>{t("exemplaryRule")}</summary>
        <p style={{ margin: "4px 0 0", fontSize: 13 }}>{ranking.rule[lang]}</p>
      </details>
      <h3 style={{ fontSize: 14, margin: 0 }}>{t("exemplaryCandidates")}</h3>
      {ranking.candidates.length === 0 && <p style={{ margin: 0 }}>{t("exemplaryNone")}</p>}
      <ol style={{ margin: 0, paddingLeft: 22, display: "grid", gap: 8 }}>
        {ranking.candidates.map((c) => (
          <li key={c.unit.code} data-unit={c.unit.code} style={{ fontSize: 13 }}>
            <strong>{c.unit.name}</strong> — {t("exemplaryScore", { score: score(c.score ?? 0) })}
            <ul style={{ margin: "2px 0 0", paddingLeft: 16 }}>
              {c.figures.map((f) => (
                <li key={`${f.criterion.sheet}:${f.criterion.code}`}>
                  {f.criterion.indicator.label}
                  {f.criterion.column !== "SL" ? ` (${f.criterion.columnHeader})` : ""}: {f.shown}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </div>
  );
}

import type { ProgressGroup } from "../../app/progressGroups";
import { useT } from "../../app/i18n";

const COLORS = {
  onTime: "#107C10",
  late: "#C50F1F",
  noDate: "#8A8886",
  missing: "#F7D26A",
} as const;
const KINDS = ["onTime", "late", "noDate", "missing"] as const;
const ROW = 26;
const LABEL_W = 120;
const BAR_W = 180;

/**
 * Stacked horizontal bars (on time, late, no date, not submitted) per group, as plain SVG that
 * fits the narrow pane; the numbers are also in the accessible label and in each bar's title.
 */
export function ProgressChart({ title, groups }: { title: string; groups: ProgressGroup[] }) {
  const t = useT();
  const legend = {
    onTime: t("legendOnTime"),
    late: t("legendLate"),
    noDate: t("legendNoDate"),
    missing: t("legendMissing"),
  };
  const max = Math.max(1, ...groups.map((g) => g.onTime + g.late + g.noDate + g.missing));
  const summary = groups
    .map((g) => `${g.label}: ${KINDS.map((k) => `${legend[k]} ${g[k]}`).join(", ")}`)
    .join("; ");
  const height = groups.length * ROW + 4;
  return (
    <figure style={{ margin: "8px 0" }}>
      <figcaption style={{ fontWeight: 600, marginBottom: 4 }}>{title}</figcaption>
      <svg
        role="img"
        aria-label={`${title}. ${summary}`}
        viewBox={`0 0 ${LABEL_W + BAR_W + 40} ${height}`}
        style={{ width: "100%", maxWidth: 480, height: "auto" }}
      >
        {groups.map((g, i) => {
          let x = LABEL_W;
          const y = i * ROW + 4;
          const total = g.onTime + g.late + g.noDate + g.missing;
          return (
            <g key={g.key} data-group={g.key}>
              <text x={0} y={y + 13} fontSize={11} fill="#242424">
                {g.label.length > 20 ? `${g.label.slice(0, 19)}…` : g.label}
              </text>
              {KINDS.map((k) => {
                const w = (g[k] / max) * BAR_W;
                const rect = w > 0 && (
                  <rect
                    key={k}
                    x={x}
                    y={y}
                    width={w}
                    height={18}
                    fill={COLORS[k]}
                    data-kind={k}
                    data-count={g[k]}
                  >
                    <title>{`${g.label} — ${legend[k]}: ${g[k]}`}</title>
                  </rect>
                );
                x += w;
                return rect;
              })}
              <text x={x + 4} y={y + 13} fontSize={11} fill="#242424">
                {total}
              </text>
            </g>
          );
        })}
      </svg>
      <ul
        aria-hidden="true"
        style={{
          display: "flex",
          flexWrap: "wrap",
          gap: 10,
          listStyle: "none",
          padding: 0,
          margin: 0,
          fontSize: 12,
        }}
      >
        {KINDS.map((k) => (
          <li key={k} style={{ display: "flex", alignItems: "center", gap: 4 }}>
            <span
              style={{ width: 10, height: 10, background: COLORS[k], display: "inline-block" }}
            />
            {legend[k]}
          </li>
        ))}
      </ul>
    </figure>
  );
}

import type { ProgressGroup } from "../../app/progressGroups";
import { useT } from "../../app/i18n";

/**
 * Okabe–Ito colours, told apart with any colour vision deficiency (blue, vermillion, grey,
 * yellow), each with a dark outline so the light yellow shows on white.
 */
const COLORS = {
  onTime: "#0072B2",
  late: "#D55E00",
  noDate: "#999999",
  missing: "#F0E442",
} as const;
const KINDS = ["onTime", "late", "noDate", "missing"] as const;
/** Each group: its label on a line of its own (never cut short), the bar under it. */
const ROW = 38;
const LABEL_H = 16;
const BAR_H = 16;
const BAR_W = 260;
const WIDTH = 300;
/** Characters of a label that fit the chart's width at 12 px. */
const LABEL_CHARS = 46;

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
        viewBox={`0 0 ${WIDTH} ${height}`}
        style={{ width: "100%", maxWidth: 480, height: "auto" }}
      >
        {groups.map((g, i) => {
          let x = 0;
          const y = i * ROW + 2;
          const total = g.onTime + g.late + g.noDate + g.missing;
          return (
            <g key={g.key} data-group={g.key}>
              <text x={0} y={y + 12} fontSize={12} fill="#242424">
                {g.label.length > LABEL_CHARS ? `${g.label.slice(0, LABEL_CHARS - 1)}…` : g.label}
              </text>
              {KINDS.map((k) => {
                const w = (g[k] / max) * BAR_W;
                const rect = w > 0 && (
                  <rect
                    key={k}
                    x={x}
                    y={y + LABEL_H}
                    width={w}
                    height={BAR_H}
                    fill={COLORS[k]}
                    stroke="#242424"
                    strokeWidth={0.5}
                    data-kind={k}
                    data-count={g[k]}
                  >
                    <title>{`${g.label} — ${legend[k]}: ${g[k]}`}</title>
                  </rect>
                );
                x += w;
                return rect;
              })}
              <text x={x + 4} y={y + LABEL_H + 12} fontSize={12} fill="#242424">
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
              style={{
                width: 10,
                height: 10,
                background: COLORS[k],
                border: "1px solid #242424",
                display: "inline-block",
              }}
            />
            {legend[k]}
          </li>
        ))}
      </ul>
    </figure>
  );
}

import type { ReactNode } from "react";

/**
 * The frame every step shares: a labelled section with its heading and a line saying what the
 * step does. One column that never overflows the narrow task pane.
 */
export function StepSection(props: {
  id: string;
  title: string;
  intro: string;
  children?: ReactNode;
}) {
  const titleId = `${props.id}-title`;
  return (
    <section
      aria-labelledby={titleId}
      style={{ display: "grid", gap: 10, gridTemplateColumns: "minmax(0, 1fr)" }}
    >
      <h2 id={titleId} style={{ fontSize: 16, margin: 0 }}>
        {props.title}
      </h2>
      <p style={{ margin: 0 }}>{props.intro}</p>
      {props.children}
    </section>
  );
}

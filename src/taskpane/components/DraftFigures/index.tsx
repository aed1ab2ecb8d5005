import { Button } from "@fluentui/react-button";
import { Field } from "@fluentui/react-field";
import { Textarea } from "@fluentui/react-textarea";
import { useRef, useState } from "react";
import type { DraftReport } from "../../../shared/report/draftTypes";
import { useT } from "../../app/i18n";
import { Notice, type NoticeValue } from "../Notice";

/**
 * The report's drafted figures as plain text, part by part: what "Sao chép tất cả" copies and
 * what the box below holds.
 *
 * @example draftText(draft, "Tình hình…") // "Tình hình…\n- Tính đến ngày …\n\n1. Công tác …\n- …"
 */
export function draftText(draft: DraftReport, coverageTitle: string): string {
  const part = (title: string, lines: string[]) =>
    [title, ...lines.map((l) => `- ${l}`)].join("\n");
  return [
    part(
      coverageTitle,
      draft.coverage.map((f) => f.text),
    ),
    ...draft.parts.map((p, i) =>
      part(
        `${i + 1}. ${p.title}`,
        p.figures.map((f) => f.text),
      ),
    ),
  ].join("\n\n");
}

/** Dự thảo số liệu: the drafted sentences with their sources, and one button to copy them all. */
export function DraftFigures({ draft }: { draft: DraftReport }) {
  const t = useT();
  const box = useRef<HTMLTextAreaElement>(null);
  const [notice, setNotice] = useState<NoticeValue>();
  const text = draftText(draft, t("draftCoverage"));
  const copy = async () => {
    try {
      // The task pane's frame may refuse the async clipboard: the selected box is copied then.
      if (navigator.clipboard?.writeText) await navigator.clipboard.writeText(text);
      else {
        box.current?.select();
        if (!document.execCommand("copy")) throw new Error("copy refused");
      }
      setNotice({ intent: "success", text: t("draftCopied") });
    } catch {
      box.current?.select();
      setNotice({ intent: "warning", text: t("draftCopyFailed") });
    }
  };
  const section = (title: string, figures: DraftReport["coverage"], key: string) => (
    <div key={key} style={{ display: "grid", gap: 4 }}>
      <h3 style={{ fontSize: 14, margin: "6px 0 0" }}>{title}</h3>
      <ul style={{ margin: 0, paddingLeft: 18, display: "grid", gap: 4 }}>
        {figures.map((f, i) => (
          <li key={i} data-figure style={{ fontSize: 13 }}>
            {f.text}{" "}
            <span style={{ color: "#616161", fontSize: 12 }}>
              ({t("draftSource", { source: f.source })})
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
  return (
    <div style={{ display: "grid", gap: 8 }}>
      <p style={{ margin: 0, fontSize: 12, color: "#616161" }}>{t("draftNote")}</p>
      <div>
        <Button appearance="primary" onClick={() => void copy()}>
          {t("draftCopyAll")}
        </Button>
      </div>
      <Notice notice={notice} />
      {section(t("draftCoverage"), draft.coverage, "coverage")}
      {draft.parts.map((p, i) => section(`${i + 1}. ${p.title}`, p.figures, `part-${i}`))}
      <Field label={t("draftTextLabel")}>
        <Textarea ref={box} readOnly value={text} rows={8} resize="vertical" />
      </Field>
    </div>
  );
}

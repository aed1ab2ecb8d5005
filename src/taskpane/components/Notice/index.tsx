import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-message-bar";
import type { ReactNode } from "react";

export interface NoticeValue {
  intent: "success" | "error" | "warning" | "info";
  text: string;
  title?: string;
  details?: string[];
}

/** A result or error line under a step's buttons; errors are announced to screen readers. */
export function Notice({ notice, children }: { notice?: NoticeValue; children?: ReactNode }) {
  if (!notice) return null;
  return (
    <MessageBar
      intent={notice.intent}
      role={notice.intent === "error" ? "alert" : "status"}
      layout="multiline"
      data-intent={notice.intent}
    >
      <MessageBarBody>
        {notice.title && <MessageBarTitle>{notice.title}</MessageBarTitle>}
        {notice.text}
        {notice.details && notice.details.length > 0 && (
          <ul style={{ margin: "4px 0 0", paddingLeft: 18 }}>
            {notice.details.map((d, i) => (
              <li key={i}>{d}</li>
            ))}
          </ul>
        )}
        {children}
      </MessageBarBody>
    </MessageBar>
  );
}

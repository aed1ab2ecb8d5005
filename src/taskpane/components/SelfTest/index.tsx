import { Button } from "@fluentui/react-button";
import { useState } from "react";
import { useT } from "../../app/i18n";
import { useServices } from "../../app/services";
import type { SelfCheck } from "../../host/selfTest";

/**
 * "Tự kiểm tra": one click runs the self-test inside the open Excel (a scratch sheet written, read
 * back and removed; every PHULUC function tried) and lists each check as passed or failed, so the
 * first person using the add-in in real Excel can confirm it works there. Folded away at the foot
 * of the pane: it is a support tool, not a step.
 */
export function SelfTest() {
  const t = useT();
  const services = useServices();
  const [running, setRunning] = useState(false);
  const [checks, setChecks] = useState<SelfCheck[]>();
  if (!services.runSelfTest) return null;
  const run = async () => {
    setRunning(true);
    try {
      setChecks(await services.runSelfTest!());
    } finally {
      setRunning(false);
    }
  };
  const failed = checks?.filter((c) => !c.ok).length ?? 0;
  return (
    <details>
      <summary>{t("selfTestTitle")}</summary>
      <p style={{ margin: "6px 0" }}>{t("selfTestIntro")}</p>
      <Button onClick={run} disabled={running}>
        {t("selfTestRun")}
      </Button>
      {checks && (
        <div role="status" style={{ marginTop: 6 }}>
          <p style={{ margin: "4px 0", fontWeight: 600 }}>
            {failed === 0
              ? t("selfTestAllPassed", { count: checks.length })
              : t("selfTestSomeFailed", { failed, count: checks.length })}
          </p>
          <ul style={{ margin: 0, paddingLeft: 18 }}>
            {checks.map((c, i) => (
              <li key={i}>
                {`${c.ok ? "✓" : "✗"} ${t(c.label, { name: c.name ?? "" })}: ${
                  c.ok ? t("selfTestPass") : t("selfTestFail")
                }`}
                {c.got !== undefined && ` — ${t("selfTestGot", { value: c.got })}`}
              </li>
            ))}
          </ul>
        </div>
      )}
    </details>
  );
}

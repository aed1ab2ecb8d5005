/** @jest-environment jsdom */
import { fireEvent, render, screen, within } from "@testing-library/react";
import { embeddedCampaign } from "../../../shared/campaign/embedded";
import { runConsolidation } from "../../../shared/pipeline/runConsolidation";
import { draftReport } from "../../../shared/report/draftReport";
import { exemplaryUnits } from "../../../shared/report/exemplaryUnits";
import { sampleWorkbooks } from "../../preview/sampleWorkbooks";
import { emulatedServices, StepHarness } from "../../../../test/taskpane/paneHarness";
import { StepReport } from ".";

const AS_OF = 44322; // 06/05/2021

describe("StepReport", () => {
  const run = runConsolidation({
    campaign: embeddedCampaign,
    workbooks: sampleWorkbooks(embeddedCampaign),
    asOf: AS_OF,
  });

  function show(view?: string) {
    const { services } = emulatedServices();
    render(
      <StepHarness
        Step={StepReport}
        services={services}
        initial={{ campaign: embeddedCampaign, run, asOf: AS_OF }}
      />,
    );
    if (view) fireEvent.change(screen.getByLabelText("Nội dung"), { target: { value: view } });
  }

  it("shows every drafted figure with its source, and all of them in one box to copy", async () => {
    show();
    const draft = draftReport(embeddedCampaign, run.consolidation, run.progress, AS_OF);
    const figures = [...draft.coverage, ...draft.parts.flatMap((p) => p.figures)];
    const items = document.querySelectorAll("li[data-figure]");
    expect(items).toHaveLength(figures.length);
    figures.forEach((f, i) => {
      expect(items[i].textContent).toContain(f.text);
      expect(items[i].textContent).toContain(`Nguồn: ${f.source}`);
    });
    const box = screen.getByLabelText(
      "Toàn bộ câu số liệu (chọn và sao chép)",
    ) as HTMLTextAreaElement;
    for (const f of figures) expect(box.value).toContain(f.text);
    let copied = "";
    Object.assign(navigator, { clipboard: { writeText: async (s: string) => void (copied = s) } });
    fireEvent.click(screen.getByRole("button", { name: "Sao chép tất cả" }));
    expect(await screen.findByText("Đã sao chép vào bộ nhớ tạm.")).toBeTruthy();
    expect(copied).toBe(box.value);
  });

  it("lists the outliers among the findings", () => {
    show("outliers");
    const outliers = run.findings.filter((f) => f.code === "W_OUTLIER");
    expect(outliers.length).toBeGreaterThan(0);
    const items = document.querySelectorAll('li[data-code="W_OUTLIER"]');
    expect(items).toHaveLength(outliers.length);
    expect(items[0].textContent).toContain(`${outliers[0].sheet}!${outliers[0].cell}`);
    expect(items[0].textContent).toContain(outliers[0].message.vi);
  });

  it("shows the ranking rule and the short list of exemplary units with their figures", () => {
    show("exemplary");
    const ranking = exemplaryUnits(embeddedCampaign, run.consolidation);
    expect(screen.getByText(ranking.rule.vi)).toBeTruthy();
    const listed = [...document.querySelectorAll("li[data-unit]")];
    expect(listed.map((li) => li.getAttribute("data-unit"))).toEqual(
      ranking.candidates.map((c) => c.unit.code),
    );
    for (const f of ranking.candidates[0].figures) expect(listed[0].textContent).toContain(f.shown);
  });

  it("lists the conference calendar by week, units without a date first, and by supervisor", () => {
    show("calendar");
    const groups = [...document.querySelectorAll("section[data-group]")];
    expect(groups[0].getAttribute("data-group")).toBe("noDate");
    const missing = run.progress.filter((p) => p.file === undefined);
    for (const p of missing)
      expect(within(groups[0] as HTMLElement).getByText(p.unit.name)).toBeTruthy();
    expect(groups.slice(1).every((g) => g.getAttribute("data-group") === "week")).toBe(true);
    expect(groups[1].querySelector("h3")!.textContent).toMatch(/^Tuần \d\d\/\d\d\/2021 – /);
    fireEvent.change(screen.getByLabelText("Xếp theo"), { target: { value: "supervisor" } });
    const bySupervisor = [...document.querySelectorAll('section[data-group="supervisor"]')];
    const supervisors = new Set(run.progress.map((p) => p.unit.supervisor));
    expect(bySupervisor).toHaveLength(supervisors.size);
  });

  it("asks for a consolidation first", () => {
    const { services } = emulatedServices();
    render(
      <StepHarness
        Step={StepReport}
        services={services}
        initial={{ campaign: embeddedCampaign }}
      />,
    );
    expect(screen.getByText("Hãy tổng hợp ở bước Tổng hợp trước.")).toBeTruthy();
  });
});

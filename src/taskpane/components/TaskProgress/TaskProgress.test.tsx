/** @jest-environment jsdom */
import { act, fireEvent, render, screen } from "@testing-library/react";
import { TaskProgress } from ".";
import { progressStore } from "../../app/progressStore";
import type { TaskState } from "../../app/useTask";

describe("TaskProgress", () => {
  it("shows the step's progress as it is set, with a cancel button, and nothing when idle", () => {
    const cancel = jest.fn();
    const progress = progressStore<TaskState>({
      running: true,
      done: 2,
      total: 5,
      label: "Đang đọc a.xlsx",
    });
    render(<TaskProgress progress={progress} onCancel={cancel} />);
    expect(screen.getByRole("status").textContent).toContain("Đang đọc a.xlsx · 2/5");
    expect(screen.getByRole("progressbar").getAttribute("aria-valuenow")).toBe("0.4");
    act(() => progress.set({ running: true, done: 4, total: 5, label: "Đang đọc b.xlsx" }));
    expect(screen.getByRole("status").textContent).toContain("Đang đọc b.xlsx · 4/5");
    fireEvent.click(screen.getByRole("button", { name: "Hủy" }));
    expect(cancel).toHaveBeenCalledTimes(1);
    act(() => progress.set({ running: false, done: 0, total: 0 }));
    expect(screen.queryByRole("status")).toBeNull();
  });
});

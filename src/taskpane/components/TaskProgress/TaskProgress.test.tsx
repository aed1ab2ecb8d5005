/** @jest-environment jsdom */
import { fireEvent, render, screen } from "@testing-library/react";
import { TaskProgress } from ".";

describe("TaskProgress", () => {
  it("shows the step's progress and a cancel button, nothing when idle", () => {
    const cancel = jest.fn();
    const { rerender } = render(
      <TaskProgress
        state={{ running: true, done: 2, total: 5, label: "Đang đọc a.xlsx" }}
        onCancel={cancel}
      />,
    );
    expect(screen.getByRole("status").textContent).toContain("Đang đọc a.xlsx · 2/5");
    expect(screen.getByRole("progressbar").getAttribute("aria-valuenow")).toBe("0.4");
    fireEvent.click(screen.getByRole("button", { name: "Hủy" }));
    expect(cancel).toHaveBeenCalledTimes(1);
    rerender(<TaskProgress state={{ running: false, done: 0, total: 0 }} onCancel={cancel} />);
    expect(screen.queryByRole("status")).toBeNull();
  });
});

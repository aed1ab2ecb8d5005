/**
 * A one-line progress bar on stderr, drawn only on a terminal (never in --json mode or pipes),
 * so machine-readable output stays clean.
 */
export class ProgressBar {
  private last = -1;
  private readonly enabled: boolean;

  constructor(
    private readonly label: string,
    enabled = true,
  ) {
    this.enabled = enabled && process.stderr.isTTY === true;
  }

  update(done: number, total: number): void {
    if (!this.enabled || total === 0) return;
    const pct = Math.floor((done / total) * 100);
    if (pct === this.last && done !== total) return;
    this.last = pct;
    const width = 28;
    const filled = Math.round((done / total) * width);
    process.stderr.write(
      `\r${this.label} [${"█".repeat(filled)}${"░".repeat(width - filled)}] ${done}/${total}`,
    );
    if (done === total) process.stderr.write("\n");
  }
}

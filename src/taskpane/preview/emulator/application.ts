import { type Ctx } from "./requestContext";

export class ApplicationProxy {
  constructor(private readonly ctx: Ctx) {}
  suspendApiCalculationUntilNextSync(): void {
    this.ctx.enqueue(0, () => undefined);
  }
  suspendScreenUpdatingUntilNextSync(): void {
    this.ctx.enqueue(0, () => undefined);
  }
}

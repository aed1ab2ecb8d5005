import { jsonBytes } from "../../host/jsonBytes";
import { EmuError, notLoaded } from "./emuError";
import { type Ctx } from "./requestContext";

export function parseLoad(spec: unknown): string[] | undefined {
  if (spec === undefined || spec === null) return undefined;
  if (typeof spec === "string")
    return spec
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
  if (Array.isArray(spec)) return spec.flatMap((s) => parseLoad(s) ?? []);
  if (typeof spec === "object" && "select" in (spec as object)) {
    return parseLoad((spec as { select: unknown }).select);
  }
  return undefined;
}

/** A proxy whose target is resolved once, when its first queued call is applied (object identity). */
export abstract class ClientObject<T> {
  protected readonly props = new Map<string, unknown>();
  private resolved = false;
  private cached: T | null = null;
  constructor(
    protected readonly ctx: Ctx,
    private readonly resolver: () => T | null,
  ) {}

  protected target(): T | null {
    if (!this.resolved) {
      this.cached = this.resolver();
      this.resolved = true;
      // "Office automatically loads this property when context.sync is called"
      // (https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model#ornullobject-methods-and-properties).
      this.props.set("isNullObject", this.cached === null);
    }
    return this.cached;
  }

  /**
   * The target, or the failure of a call on a null object. Microsoft documents that *OrNullObject
   * methods return an object whose isNullObject is true instead of throwing
   * (https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model#ornullobject-methods-and-properties),
   * not what a member called on that object does; the emulation makes every such call fail the
   * sync (InvalidObjectPath), so the adapter must check isNullObject before going on.
   */
  protected must(): T {
    const t = this.target();
    if (t === null)
      throw new EmuError("InvalidObjectPath", "The object path is not valid (null object).");
    return t;
  }

  protected get<V>(prop: string): V {
    if (!this.props.has(prop)) throw notLoaded(prop);
    return this.props.get(prop) as V;
  }

  get isNullObject(): boolean {
    return this.get("isNullObject");
  }

  /** What a loaded object contributes to a response. */
  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.props);
  }

  protected abstract readonly scalarProps: string[];
  protected abstract read(t: T, prop: string): unknown;

  load(spec?: unknown): this {
    const wanted = parseLoad(spec) ?? this.scalarProps;
    let bytes = 0;
    this.ctx.enqueue(
      jsonBytes(spec ?? ""),
      () => {
        const t = this.target();
        this.props.set("isNullObject", t === null);
        bytes = 0;
        if (t === null) return;
        for (const p of wanted) {
          const v = this.read(t, p);
          this.props.set(p.split("/")[0], v);
          bytes += jsonBytes(v);
        }
      },
      () => bytes,
    );
    return this;
  }

  /** Queues a write: one call, its argument's JSON as payload. */
  protected write(arg: unknown, apply: (t: T) => void): void {
    this.ctx.enqueue(jsonBytes(arg), () => apply(this.must()));
  }
}

/**
 * JSON with object keys sorted at every depth, so equal data always gives the same text whatever
 * order its keys were written in. Like `JSON.stringify`, undefined members and functions are left
 * out of objects (null in arrays) and non-finite numbers become null.
 *
 * @example canonicalJson({ b: 1, a: [true, { d: null, c: "x" }] }) // '{"a":[true,{"c":"x","d":null}],"b":1}'
 */
export function canonicalJson(value: unknown): string {
  return write(value) ?? "null";
}

function write(value: unknown): string | undefined {
  if (value === null) return "null";
  switch (typeof value) {
    case "string":
    case "boolean":
      return JSON.stringify(value);
    case "number":
      return Number.isFinite(value) ? JSON.stringify(value) : "null";
    case "object": {
      const withJson = value as { toJSON?: () => unknown };
      if (typeof withJson.toJSON === "function") return write(withJson.toJSON());
      if (Array.isArray(value)) return `[${value.map((v) => write(v) ?? "null").join(",")}]`;
      const members: string[] = [];
      for (const key of Object.keys(value).sort()) {
        const v = write((value as Record<string, unknown>)[key]);
        if (v !== undefined) members.push(`${JSON.stringify(key)}:${v}`);
      }
      return `{${members.join(",")}}`;
    }
    default:
      return undefined;
  }
}

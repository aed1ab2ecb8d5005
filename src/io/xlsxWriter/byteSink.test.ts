import { ByteSink } from "./byteSink";

describe("ByteSink", () => {
  it("writes what TextEncoder would, ASCII or not, growing as needed", () => {
    const texts = [
      '<c r="A1"',
      "Đảng bộ Sở Tài chính",
      "x".repeat(70_000),
      "😀 ",
      "\uD800 lone",
      "",
    ];
    const sink = new ByteSink(4);
    for (const t of texts) sink.write(t);
    expect(
      Buffer.from(sink.bytes()).equals(Buffer.from(new TextEncoder().encode(texts.join("")))),
    ).toBe(true);
  });
});

import { readFileSync } from "node:fs";
import { readWorkbook } from "../../src/io";
const b = new Uint8Array(readFileSync("test/corpus/files/libreoffice-CBCS02.xls"));
b[736] = 0;
try {
  const wb = readWorkbook(b, "x.xls");
  console.log("ok", wb.sheets.length);
} catch (e) {
  console.log(
    (e as Error).constructor.name,
    String(e).slice(0, 300),
    (e as Error).stack?.split("\n").slice(0, 6).join("\n"),
  );
}

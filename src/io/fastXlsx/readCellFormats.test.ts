import { samplePart } from "./partsOf.testutil";
import { readCellFormats } from "./readCellFormats";

const styles = (numFmts: string, xfs: string) =>
  readCellFormats(
    `<styleSheet><numFmts>${numFmts}</numFmts><cellXfs>${xfs}</cellXfs></styleSheet>`,
  );

describe("readCellFormats", () => {
  it("gives each style of a real file its format text", () => {
    const formats = readCellFormats(samplePart("xl/styles.xml"));
    const xml = samplePart("xl/styles.xml");
    const xfs = [...xml.slice(xml.indexOf("<cellXfs")).matchAll(/<xf numFmtId="(\d+)"/g)];
    expect(formats?.byStyle).toHaveLength(xfs.length);
    expect(formats?.byStyle[xfs.findIndex((m) => m[1] === "164")]).toBe("dd/mm/yyyy");
    expect(formats?.plain).toBe("General");
  });

  it("uses SheetJS's built-in table: gaps give no format, the file may override", () => {
    expect(
      styles(
        '<numFmt numFmtId="14" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="d.m"/>',
        '<xf numFmtId="14"/><xf numFmtId="22"/><xf numFmtId="27"/><xf/><xf numFmtId="165"/><xf numFmtId="166"/>',
      )?.byStyle,
    ).toEqual(["dd/mm/yyyy", "m/d/yy h:mm", undefined, "General", "d\\.m", undefined]);
  });

  it("declines what SheetJS moves or fails on", () => {
    expect(styles('<numFmt numFmtId="400" formatCode="0"/>', "<xf/>")).toBeUndefined();
    expect(styles("", '<xf numFmtId="500"/>')).toBeUndefined();
    expect(styles('<numFmt numFmtId="170"/>', "<xf/>")).toBeUndefined();
    expect(styles("", '<xf numFmtId=""/>')).toBeUndefined();
    expect(readCellFormats("<styleSheet><!-- x --></styleSheet>")).toBeUndefined();
  });

  it("without styles every cell is General", () => {
    expect(readCellFormats("")).toEqual({ byStyle: [], plain: "General" });
  });
});

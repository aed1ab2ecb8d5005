import { matchXmlElement } from "./matchXmlElement";

describe("matchXmlElement", () => {
  it("gives the first element and its content, any prefix", () => {
    expect(matchXmlElement("<a><x:numFmts n='1'><f/></x:numFmts></a>", "numFmts")).toEqual([
      "<x:numFmts n='1'><f/></x:numFmts>",
      "<f/>",
    ]);
  });

  it("does not take a longer name for the tag", () => {
    expect(matchXmlElement("<sstItem>a</sstItem>", "sst")).toBeNull();
  });

  it("pairs a self-closing first tag with a later closing tag, or with none", () => {
    expect(matchXmlElement("<s/><s>b</s>", "s")).toEqual(["<s/><s>b</s>", "<s>b"]);
    expect(matchXmlElement("<s/>", "s")).toBeNull();
  });
});

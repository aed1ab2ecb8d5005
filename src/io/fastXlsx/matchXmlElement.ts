const PATTERNS = new Map<string, [RegExp, RegExp]>();

/**
 * The first element `tag` (any namespace prefix) as SheetJS's str_match_xml_ns finds it: the
 * first opening tag, then the first closing tag after it — [whole element, content], or null.
 * A self-closing first tag therefore pairs with a later closing tag, or with none.
 *
 * @example matchXmlElement("<a><numFmts count='1'><x/></numFmts></a>", "numFmts")?.[1] === "<x/>"
 */
export function matchXmlElement(text: string, tag: string): [string, string] | null {
  let pair = PATTERNS.get(tag);
  if (!pair) {
    pair = [new RegExp(`<(?:\\w+:)?${tag}\\b[^<>]*>`, "g"), new RegExp(`</(?:\\w+:)?${tag}>`, "g")];
    PATTERNS.set(tag, pair);
  }
  const [open, close] = pair;
  open.lastIndex = 0;
  const m = open.exec(text);
  if (!m) return null;
  close.lastIndex = open.lastIndex;
  const e = close.exec(text);
  if (!e) return null;
  return [text.slice(m.index, close.lastIndex), text.slice(open.lastIndex, e.index)];
}

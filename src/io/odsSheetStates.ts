import { unzipSync } from "fflate";

/**
 * Which sheets of an .ods file are hidden (SheetJS does not report it): a table is hidden when its
 * table style says `table:display="false"`. ODS has no "very hidden"; LibreOffice saves Excel's
 * very hidden sheets as hidden. Returns hidden sheet names; an unreadable file gives none.
 *
 * @example odsHiddenSheets(bytes) → Set { "_PhuLuc" }
 */
export function odsHiddenSheets(bytes: Uint8Array): Set<string> {
  const hidden = new Set<string>();
  let xml: string;
  try {
    const files = unzipSync(bytes, { filter: (f) => f.name === "content.xml" });
    if (!files["content.xml"]) return hidden;
    xml = new TextDecoder().decode(files["content.xml"]);
  } catch {
    return hidden;
  }
  const hiddenStyles = new Set<string>();
  for (const m of xml.matchAll(/<style:style\b[^>]*>\s*<style:table-properties\b[^>]*>/g)) {
    const name = attr(m[0], "style:name");
    if (name && attr(m[0], "style:family") === "table" && attr(m[0], "table:display") === "false") {
      hiddenStyles.add(name);
    }
  }
  if (hiddenStyles.size === 0) return hidden;
  for (const m of xml.matchAll(/<table:table\s[^>]*>/g)) {
    const style = attr(m[0], "table:style-name");
    const name = attr(m[0], "table:name");
    if (name !== undefined && style !== undefined && hiddenStyles.has(style)) hidden.add(name);
  }
  return hidden;
}

function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? unescapeXml(m[1]) : undefined;
}

function unescapeXml(s: string): string {
  return s.replace(/&(lt|gt|quot|apos|amp|#\d+|#x[0-9a-f]+);/gi, (_, e: string) => {
    switch (e.toLowerCase()) {
      case "lt":
        return "<";
      case "gt":
        return ">";
      case "quot":
        return '"';
      case "apos":
        return "'";
      case "amp":
        return "&";
      default:
        return String.fromCodePoint(
          e[1].toLowerCase() === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10),
        );
    }
  });
}

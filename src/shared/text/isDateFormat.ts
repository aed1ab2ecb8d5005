/** A bracketed elapsed-time part such as [h] or [mm] (SheetJS's SSF_abstime, Thai letters included). */
const ELAPSED_TIME = /\[[HhMmSs\u0E0A\u0E19\u0E17]*\]/;
/** Characters a number placeholder run goes on through ("0.00E+00", "#,##0%"). */
const NUMBER_RUN = "0#?.,E+-%";
const GENERAL = "general";

/**
 * Whether an Excel number format shows a date or time, so that a number under it is a date
 * serial — to the letter SheetJS's SSF.is_date (Apache-2.0), which decides it for every file the
 * reader hands to SheetJS: the fast .xlsx reader, the CLI's helper thread and the task pane must
 * all tell dates the same way. Quoted text, escapes, padding and fill characters, colours and
 * conditions in brackets, scientific notation and General are not dates; [h], AM/PM and Buddhist
 * years (B1, B2) are.
 *
 * @example isDateFormat("dd/mm/yyyy") === true
 * @example isDateFormat('#,##0" ngày"') === false
 * @example isDateFormat("0.00E+00") === false
 */
export function isDateFormat(format: string): boolean {
  let i = 0;
  while (i < format.length) {
    const c = format.charAt(i);
    switch (c) {
      case "G":
        if (isGeneralAt(format, i)) i += 6;
        i++;
        break;
      case '"':
        while (format.charCodeAt(++i) !== 34 && i < format.length);
        i++;
        break;
      case "\\":
      case "_":
        i += 2;
        break;
      // SheetJS tests B1/B2 (Buddhist years), then falls through to the date letters anyway.
      case "B":
      case "b":
      case "M":
      case "D":
      case "Y":
      case "H":
      case "S":
      case "E":
      case "m":
      case "d":
      case "y":
      case "h":
      case "s":
      case "e":
      case "g":
        return true;
      case "A":
      case "a":
      case "上":
        if (format.substr(i, 3).toUpperCase() === "A/P") return true;
        if (format.substr(i, 5).toUpperCase() === "AM/PM") return true;
        if (format.substr(i, 5).toUpperCase() === "上午/下午") return true;
        i++;
        break;
      case "[": {
        let bracket = c;
        while (format.charAt(i++) !== "]" && i < format.length) bracket += format.charAt(i);
        if (ELAPSED_TIME.test(bracket)) return true;
        break;
      }
      case ".":
      case "0":
      case "#": {
        let next = "";
        while (
          i < format.length &&
          (NUMBER_RUN.indexOf((next = format.charAt(++i))) > -1 ||
            (next === "\\" &&
              format.charAt(i + 1) === "-" &&
              "0#".indexOf(format.charAt(i + 2)) > -1))
        );
        break;
      }
      case "?":
        while (format.charAt(++i) === c);
        break;
      case "*":
        i++;
        if (format.charAt(i) === " " || format.charAt(i) === "*") i++;
        break;
      case "1":
      case "2":
      case "3":
      case "4":
      case "5":
      case "6":
      case "7":
      case "8":
      case "9":
        while (i < format.length && "0123456789".indexOf(format.charAt(++i)) > -1);
        break;
      default:
        i++;
    }
  }
  return false;
}

/** "General" in any ASCII case at i. */
function isGeneralAt(format: string, i: number): boolean {
  if (format.length < i + 7) return false;
  for (let k = 0; k < 7; k++)
    if ((format.charCodeAt(i + k) | 32) !== GENERAL.charCodeAt(k)) return false;
  return true;
}

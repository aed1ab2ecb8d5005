import type { Campaign } from "../model";

/**
 * The label as the subject of a sentence: a count ("Số đảng viên …") becomes a total
 * ("Tổng số đảng viên …"), the way reports open such a figure.
 *
 * @example subjectOf("Số đảng viên tham gia học tập") === "Tổng số đảng viên tham gia học tập"
 * @example subjectOf("Doanh thu") === "Doanh thu"
 */
export function subjectOf(label: string): string {
  return label.replace(/^Số (?!lượt )/u, "Tổng số ");
}

/** Names that keep their capital inside a sentence: the Party, the State and their bodies. */
const PROPER =
  /^(Đảng|Nhà nước|Chính phủ|Quốc hội|Trung ương|Tỉnh ủy|Ủy ban|Hội đồng|Công đoàn|Đoàn)(?=\s|$)/u;

/**
 * Lower-cases the first letter, for a label continuing a sentence, except for the names of the
 * Party, the State and their bodies ("Đảng ủy Khối").
 *
 * @example lowerFirst("Nghị quyết chuyên đề") === "nghị quyết chuyên đề"
 * @example lowerFirst("Đảng ủy Khối") === "Đảng ủy Khối"
 */
export function lowerFirst(text: string): string {
  if (PROPER.test(text)) return text;
  return text.charAt(0).toLocaleLowerCase("vi") + text.slice(1);
}

/** @example upperFirst("có 3 đơn vị") === "Có 3 đơn vị" */
export function upperFirst(text: string): string {
  return text.charAt(0).toLocaleUpperCase("vi") + text.slice(1);
}

/**
 * What the report calls the reporting units: "tổ chức cơ sở đảng" when every level is a party
 * organization (đảng bộ, chi bộ), "đơn vị" otherwise.
 *
 * @example unitsNoun(embeddedCampaign) === "tổ chức cơ sở đảng"
 */
export function unitsNoun(campaign: Pick<Campaign, "levels">): string {
  return campaign.levels.every((l) => /đảng bộ|chi bộ/iu.test(l.name))
    ? "tổ chức cơ sở đảng"
    : "đơn vị";
}

/**
 * "khối cơ quan" for an indicator that applies to some unit types only, else "".
 *
 * @example typesNote(embeddedCampaign, ["CQ"]) === "khối cơ quan"
 */
export function typesNote(campaign: Pick<Campaign, "unitTypes">, appliesTo?: string[]): string {
  if (!appliesTo || appliesTo.length === 0 || appliesTo.length >= campaign.unitTypes.length)
    return "";
  const names = appliesTo.map((code) =>
    (campaign.unitTypes.find((t) => t.code === code)?.name ?? code).toLocaleLowerCase("vi"),
  );
  return `khối ${names.join(", ")}`;
}

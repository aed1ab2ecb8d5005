import type { Campaign, PlanValue, Unit } from "../../src/shared/model";
import type { FilledValues } from "../../src/shared/plan/buildTemplatePlan";

/** Serial dates used by the corpus (Excel 1900 system). */
export const SERIAL = {
  /** 12/4/2021: conference held. */
  conference: 44298,
  /** 28/4/2021: report sent, on time for every level due "trước ngày 05/5/2021". */
  submitted: 44314,
  /** 06/5/2021: the day the office consolidates. */
  asOf: 44322,
} as const;

const years = ["2016", "2017", "2018", "2019", "2020"];
const perYear = (...v: PlanValue[]) => Object.fromEntries(years.map((y, i) => [y, v[i]]));
const sl = (v: PlanValue) => ({ SL: v });

/**
 * A clean, hand-checked submission for one unit: every sum adds up, every rule holds, only the
 * indicators of the unit's type are filled. `k` scales every count so units differ while staying
 * consistent (sums and "part ≤ whole" rules survive scaling). Validation of it finds nothing.
 *
 * @example unitValues(unitOf(embeddedCampaign, "CBCS01"), 1).values.B1["1"] // { SL: 24 }
 */
export function unitValues(unit: Unit, k = 1): Required<FilledValues> {
  const n = (v: number) => v * k;
  const row = (...v: number[]) => perYear(...v.map(n));
  const cq = unit.type === "CQ";
  const b1: Record<string, Record<string, PlanValue>> = {
    "1": sl(n(24)),
    "2": sl(n(3)),
    "3": sl(n(23)),
    "5": sl(n(58)),
    "6": sl(n(12)),
    "7": sl(n(9)),
    "7.1": sl(n(2)),
    "7.2": sl(n(3)),
    "7.5": sl(n(2)),
    "8": sl(n(2)),
    "9": sl("Có"),
  };
  if (cq) Object.assign(b1, { "7.3": sl(n(2)), "10": sl("Có") });
  else Object.assign(b1, { "7.4": sl(n(2)), "11": sl("Có") });
  const b2: Record<string, Record<string, PlanValue>> = {
    "1": row(55, 57, 58, 60, 61),
    "2": row(50, 53, 55, 58, 60),
    "4": row(40, 44, 47, 52, 55),
    "6": row(5, 5, 6, 6, 6),
    "7": row(3, 4, 4, 5, 6),
    "24": row(6, 7, 8, 8, 9),
    "25": row(40, 45, 50, 52, 55),
    "26": perYear(12.5 * k, 15 * k, 18.25 * k, 20 * k, 22.75 * k),
  };
  if (cq) {
    Object.assign(b2, {
      "9": row(42, 42, 45, 45, 48),
      "10": row(10, 15, 22, 30, 41),
      "12": row(3, 2, 2, 1, 0),
      "13": row(4, 3, 2, 2, 1),
      "14": perYear("Không", "Không", "Có", "Có", "Có"),
    });
  } else {
    Object.assign(b2, {
      "15": perYear(...[8200, 8650.5, 9120, 9900.25, 10500].map(n)),
      "16": perYear(...[410, 388.5, 455, -120, 530.75].map(n)),
      "17": perYear(...[640, 702, 755.5, 801, 860].map(n)),
      "18": perYear(7.2, 7.6, 8.1, 8.4, 9),
      "19": perYear("Không", "Có", "Có", "Có", "Có"),
      "20": row(0, 1, 1, 2, 2),
      "21": perYear("Có", "Có", "Có", "Có", "Có"),
      "22": row(1, 1, 2, 2, 2),
      "23": row(0, 0, 1, 0, 0),
    });
  }
  const b3 = {
    "1": sl(n(4)),
    "1.1": sl(n(2)),
    "1.2": sl(n(1)),
    "1.3": sl(0),
    "1.4": sl(n(1)),
    "2": sl(n(1)),
    "3": sl(n(1)),
    "3.1": sl(n(1)),
    "3.2": sl(0),
    "3.3": sl(0),
    "3.4": sl(0),
    "4": sl(n(2)),
    "4.1": sl(n(1)),
    "4.2": sl(n(1)),
    "4.3": sl(0),
    "4.4": sl(0),
    "4.5": sl(0),
    "4.6": sl(0),
  };
  const b4 = {
    "1": sl(n(5)),
    "1.1": sl(0),
    "1.2": sl(n(1)),
    "1.3": sl(n(2)),
    "1.4": sl(n(2)),
    "2": sl(n(14)),
    "2.1": sl(0),
    "2.2": sl(n(2)),
    "2.3": sl(n(4)),
    "2.4": sl(n(8)),
  };
  return {
    info: {
      unitCode: unit.code,
      unitName: unit.name,
      level: unit.level,
      unitType: unit.type,
      partyMembers: n(24),
      staff: n(61),
      conferenceDate: SERIAL.conference,
      submittedAt: SERIAL.submitted,
      preparer: "Nguyễn Thị Hằng",
      phone: "0236 3822 123",
    },
    values: { B1: b1, B2: b2, B3: b3, B4: b4 },
    lists: {
      L1: [
        {
          name: cq ? "Công sở xanh – sạch – đẹp" : "Doanh nghiệp vì cộng đồng",
          field: cq ? "Văn hóa công sở" : "Văn hóa doanh nghiệp",
          yearStarted: 2017,
          result: "Được nhân rộng ra các phòng, ban",
          unitType: unit.type,
        },
      ],
      L2: [
        {
          kind: "Tập thể",
          name: "Phòng Hành chính – Tổng hợp",
          position: "",
          achievement: "Dẫn đầu phong trào thi đua xây dựng văn hóa công sở",
          form: "Giấy khen của Ban Thường vụ Đảng ủy Khối",
        },
        {
          kind: "Cá nhân",
          name: "Trần Văn Bình",
          position: "Chánh Văn phòng",
          achievement: "Xây dựng quy chế văn hóa, bộ quy tắc ứng xử",
          form: "Giấy khen của Ban Thường vụ Đảng ủy Khối",
        },
      ],
    },
  };
}

/** The registry entry of a unit code, failing loudly on a typo in the corpus script. */
export function unitOf(campaign: Campaign, code: string): Unit {
  const unit = campaign.units.find((u) => u.code === code);
  if (!unit) throw new Error(`no unit ${code} in ${campaign.id}`);
  return unit;
}

import { makeFinding } from "../findings/makeFinding";
import type { Campaign, Finding } from "../model";
import type { ReadResult } from "../read/readUnitReport";

/**
 * Checks that concern a submission as a whole: a known unit, the current template version, one
 * submission per unit (the latest wins: latest submission date, then file name, so the input
 * order never matters). Returns the submissions to keep with their findings.
 */
export function checkSubmissions(
  campaign: Campaign,
  reads: ReadResult[],
): { kept: ReadResult[]; findings: Finding[] } {
  const findings: Finding[] = [];
  const registry = new Set(campaign.units.map((u) => u.code));
  const byUnit = new Map<string, ReadResult[]>();
  const kept: ReadResult[] = [];
  for (const read of reads) {
    const { report } = read;
    const where = { unit: report.unitCode ?? report.fileName, file: report.fileName };
    if (!report.unitCode) {
      findings.push(
        ...read.findings,
        makeFinding("E_UNIT_MISSING", where, { file: report.fileName }),
      );
      kept.push(read);
      continue;
    }
    if (!registry.has(report.unitCode)) {
      findings.push(
        ...read.findings,
        makeFinding("E_UNIT_UNKNOWN", where, { unit: report.unitCode }),
      );
      kept.push(read);
      continue;
    }
    const list = byUnit.get(report.unitCode) ?? [];
    list.push(read);
    byUnit.set(report.unitCode, list);
  }
  for (const [unit, list] of byUnit) {
    list.sort(latestFirst);
    const [latest, ...older] = list;
    kept.push(latest);
    findings.push(...latest.findings);
    for (const old of older) {
      findings.push(
        makeFinding(
          "W_DUPLICATE",
          { unit, file: latest.report.fileName },
          { file: latest.report.fileName, detail: old.report.fileName },
        ),
      );
    }
  }
  for (const read of kept) {
    const { meta, unitCode, fileName } = read.report;
    if (meta.version && meta.version !== campaign.outline.version) {
      findings.push(
        makeFinding(
          "W_VERSION",
          { unit: unitCode ?? fileName, file: fileName },
          { version: meta.version, expectedVersion: campaign.outline.version },
        ),
      );
    }
  }
  return { kept, findings };
}

function latestFirst(a: ReadResult, b: ReadResult): number {
  const sa = a.report.submittedAt ?? -Infinity;
  const sb = b.report.submittedAt ?? -Infinity;
  if (sa !== sb) return sb - sa;
  return a.report.fileName < b.report.fileName ? 1 : a.report.fileName > b.report.fileName ? -1 : 0;
}

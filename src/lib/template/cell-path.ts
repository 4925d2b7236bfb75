/**
 * Cells are addressed by dotted paths into a report: `applications.granted.total`,
 * `reviewLitigation.reconsideration.upheld`, `activeDisclosure.licensing`,
 * `activeDisclosure2019.fees.change`, `pre2019.applicationsTotal`. The same paths name the columns
 * of reports.csv, the entries of `inferred` and (SCHEMA v2) of `places`.
 */

/** The number at `path` in a report, or null where it holds none (blank, or not in this report). */
export function cellAt(report: object, path: string): number | null {
  return numberAt(report, path.split('.'));
}

/** `cellAt` of one path, split once: for the same cell of many reports (a CSV column). */
export function cellReader(path: string): (report: object) => number | null {
  const parts = path.split('.');
  return (report) => numberAt(report, parts);
}

function numberAt(report: object, parts: readonly string[]): number | null {
  let node: unknown = report;
  for (const part of parts) {
    if (node === null || typeof node !== 'object') return null;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'number' ? node : null;
}

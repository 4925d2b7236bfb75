/**
 * One identity for one agency across years and name variants (`agencyKey`). A placed agency is
 * its division's code and its official name with the body in one spelling: 洪泽区人民政府 (2023)
 * and 淮安市洪泽区人民政府 (2024) are both `320813 洪泽区`, 延津县政府办公室 and
 * 延津县人民政府办公室 both `410726 延津县人民政府办公室`. An unplaced agency is its name in the
 * same normal form, without a code: 柳园口乡政府 and 柳园口乡人民政府 are both `柳园口乡`.
 */
import type { Report } from '../template/schema.ts';
import { canonicalBody, splitName } from './kind.ts';

/** A placed key: the division code, a space, the name (`411625106 钱店镇`). */
const PLACED = /^(\d{2,9}) (.+)$/;
/** What follows the name in an unplaced agency's identity: the evidence that joins its reports. */
const EVIDENCE = / @.*$/s;

/**
 * @param division the agency's division (its code and official name), or null when unplaced
 * @param body the part of the name after the place (人民政府办公室), for a placed agency
 * @param agency the name as printed, for an unplaced agency
 */
export function agencyKey(division: { code: string; name: string } | null, body: string, agency: string): string {
  if (division) return `${division.code} ${division.name}${canonicalBody(body)}`;
  const split = splitName(agency);
  return split.place + canonicalBody(split.body) || split.body;
}

/**
 * Who publishes a report, as the site groups reports into agencies and the cross-year checks pair
 * them: a placed report's `agencyKey`; an unplaced one's key with the evidence that joins it to
 * others, since a name alone (城关镇: 91 townships) says nothing of who printed it. Two unplaced
 * reports of one name are one agency only when they were filed in the same folder
 * (`城关镇 @河南/某县/`); a file at the top of the content folder is its own evidence
 * (`城关镇 @城关镇2024.pdf`). A manifest line settles a report, which then has a division. National
 * bodies (国务院办公厅: no division, the national level) have names unique in the country.
 */
export function agencyIdentity(report: Pick<Report, 'agencyKey' | 'division' | 'level' | 'source'>): string {
  if (report.division || report.level === 'national') return report.agencyKey;
  const path = report.source.path;
  const slash = path.lastIndexOf('/');
  return `${report.agencyKey} @${slash >= 0 ? path.slice(0, slash + 1) : path}`;
}

/** The name part of a key or identity (钱店镇 of `411625106 钱店镇` or `钱店镇 @a/`), which the agency's address is made from. */
export function keyName(key: string): string {
  return PLACED.exec(key)?.[2] ?? key.replace(EVIDENCE, '');
}

/** Whether an identity is an unplaced agency's, joined by its evidence (agencyIdentity). */
export function hasEvidence(key: string): boolean {
  return EVIDENCE.test(key);
}

/** The division code of a placed key, null for an unplaced one. */
export function keyCode(key: string): string | null {
  return PLACED.exec(key)?.[1] ?? null;
}

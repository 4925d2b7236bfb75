/**
 * One identity for one agency across years and name variants (`agencyKey`). A placed agency is
 * its division's code and its official name with the body in one spelling: 洪泽区人民政府 (2023)
 * and 淮安市洪泽区人民政府 (2024) are both `320813 洪泽区`, 延津县政府办公室 and
 * 延津县人民政府办公室 both `410726 延津县人民政府办公室`. An unplaced agency is its name in the
 * same normal form, without a code: 柳园口乡政府 and 柳园口乡人民政府 are both `柳园口乡`.
 */
import { canonicalBody, splitName } from './kind.ts';

/** A placed key: the division code, a space, the name (`411625106 钱店镇`). */
const PLACED = /^(\d{2,9}) (.+)$/;

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

/** The name part of a key (钱店镇 of `411625106 钱店镇`), which the agency's address is made from. */
export function keyName(key: string): string {
  return PLACED.exec(key)?.[2] ?? key;
}

/** The division code of a placed key, null for an unplaced one. */
export function keyCode(key: string): string | null {
  return PLACED.exec(key)?.[1] ?? null;
}

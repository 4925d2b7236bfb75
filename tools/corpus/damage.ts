/**
 * Damage seen in real reports (docs/TEMPLATE.md, "Damage and gaps"), applied on purpose so the parser
 * meets it in known places. Each damage names exactly what it changed, and the truth derived from
 * it says what the parser may return there: the right value, or null with a warning, never a
 * wrong number.
 */
import { APPLICATION_COLUMNS, rowsForEdition, type ApplicationColumnKey, type ApplicationRowKey } from '../../src/lib/template/applications.ts';
import type { GeneratedReport } from './numbers.ts';
import type { Rng } from './prng.ts';
import type { Layout } from './style.ts';
import { printedValues } from './values.ts';

export const DAMAGE_KINDS = ['dropCell', 'dropColumn', 'blankCells', 'dropTotal', 'gb18030', 'utf8Bom', 'noHeadings', 'titleTwoLines', 'workReport'] as const;
export type DamageKind = (typeof DAMAGE_KINDS)[number];

/** Printed marks for a blank cell; all mean "null" (docs/SCHEMA.md). */
export const BLANK_MARKS = ['', '/', '-', '—', '无'] as const;

export type Damage =
  /** One cell of table 三 left out of its row: the row's later cells shift left. */
  | { kind: 'dropCell'; row: ApplicationRowKey; column: ApplicationColumnKey }
  /** The 其他 column absent from table 三 throughout, header included. */
  | { kind: 'dropColumn'; column: ApplicationColumnKey }
  /** Cells whose value is 0 printed as blank, `/`, `-`, `—` or `无`: their true value is null. */
  | { kind: 'blankCells'; cells: { path: string; mark: string }[] }
  /** A row of table 三 printed without its 总计 cell. */
  | { kind: 'dropTotal'; row: ApplicationRowKey }
  /** The text encoded as GB18030; `alone`: no other damage, so only the bytes differ. */
  | { kind: 'gb18030'; alone: boolean }
  | { kind: 'utf8Bom' }
  /** The section headings 一、总体情况 … 六、其他需要报告的事项 left out. */
  | { kind: 'noHeadings' }
  /** The title printed over two lines. */
  | { kind: 'titleTwoLines' }
  /** 工作报告 instead of 工作年度报告 in the title. */
  | { kind: 'workReport' };

/** Which damage a layout can carry: a .docx has no text encoding of its own. */
export function damageKindsFor(layout: Layout): DamageKind[] {
  return DAMAGE_KINDS.filter((k) => layout !== 'docx' || (k !== 'gb18030' && k !== 'utf8Bom'));
}

export function findDamage<K extends DamageKind>(damage: readonly Damage[], kind: K): Extract<Damage, { kind: K }> | undefined {
  return damage.find((d) => d.kind === kind) as Extract<Damage, { kind: K }> | undefined;
}

const APPLICANT_KEYS = APPLICATION_COLUMNS.filter((c) => c.kind === 'applicant').map((c) => c.key);

/** Builds one concrete damage of `kind` for `report`, or null when it cannot apply. */
export function makeDamage(rng: Rng, kind: DamageKind, report: GeneratedReport, already: readonly Damage[]): Damage | null {
  const rows = rowsForEdition(report.edition).map((r) => r.key as ApplicationRowKey);
  const dropped = findDamage(already, 'dropCell');
  const noTotal = findDamage(already, 'dropTotal');
  const noColumn = findDamage(already, 'dropColumn');
  const freeRows = rows.filter((r) => r !== dropped?.row && r !== noTotal?.row);
  switch (kind) {
    case 'dropCell': {
      if (dropped || freeRows.length === 0) return null;
      const columns = APPLICANT_KEYS.filter((c) => c !== noColumn?.column);
      return { kind, row: rng.pick(freeRows), column: rng.pick(columns) };
    }
    case 'dropTotal':
      return noTotal || freeRows.length === 0 ? null : { kind, row: rng.pick(freeRows) };
    case 'dropColumn':
      return noColumn || dropped?.column === 'otherOrganization' ? null : { kind, column: 'otherOrganization' };
    case 'blankCells': {
      if (findDamage(already, 'blankCells')) return null;
      const taken = (path: string) =>
        (dropped && path.startsWith(`applications.${dropped.row}.`)) ||
        (noTotal && path.startsWith(`applications.${noTotal.row}.`)) ||
        (noColumn && path.endsWith(`.${noColumn.column}`) && path.startsWith('applications.'));
      // Only zeros go blank: a blank that stands for 0 keeps every identity true, as in real reports.
      const zeros = printedValues(report).filter((v) => v.value === 0 && !taken(v.path));
      if (zeros.length === 0) return null;
      const cells: { path: string; mark: string }[] = [];
      const count = Math.min(zeros.length, rng.int(1, 6));
      const mark = rng.chance(0.7) ? rng.pick(BLANK_MARKS) : null; // one mark per report, mostly
      for (let i = 0; i < count; i++) {
        const cell = zeros.splice(rng.int(0, zeros.length - 1), 1)[0]!;
        cells.push({ path: cell.path, mark: mark ?? rng.pick(BLANK_MARKS) });
      }
      return { kind, cells };
    }
    case 'gb18030':
      return findDamage(already, 'utf8Bom') || findDamage(already, 'gb18030') ? null : { kind, alone: already.length === 0 };
    case 'utf8Bom':
      return findDamage(already, 'gb18030') || findDamage(already, 'utf8Bom') ? null : { kind };
    default:
      return findDamage(already, kind) ? null : ({ kind } as Damage);
  }
}

/**
 * The damage of one report: none with probability 1 − rate, else one or two kinds that the
 * layout allows. A GB18030 file is left otherwise intact half of the time.
 */
export function pickDamage(rng: Rng, report: GeneratedReport, layout: Layout, rate: number): Damage[] {
  if (!rng.chance(rate)) return [];
  const kinds = damageKindsFor(layout);
  const out: Damage[] = [];
  const first = makeDamage(rng, rng.pick(kinds), report, out);
  if (first) out.push(first);
  if (first?.kind === 'gb18030' && rng.chance(0.5)) return out;
  if (rng.chance(0.35)) {
    const second = makeDamage(rng, rng.pick(kinds), report, out);
    if (second) {
      out.push(second);
      // gb18030 recorded `alone` before a second damage joined it.
      const gb = findDamage(out, 'gb18030');
      if (gb) gb.alone = false;
    }
  }
  return out;
}

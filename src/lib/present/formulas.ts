/**
 * How each measure of the catalogue is computed, in words, for the about page, the glossary and
 * the notes beside tables: derived from the catalogue's own definitions and the template's labels,
 * so the explanation cannot drift from the arithmetic.
 */
import { measure, type CountKey, type MeasureKey } from '../measures/catalogue.ts';
import { ROW_GROUP_LABELS, rowDef } from '../template/applications.ts';
import { reviewColumnDef, reviewGroupDef } from '../template/review.ts';

/** Where a count is read, in the report's own words. */
export function countSource(key: CountKey): string {
  const { source } = measure(key);
  if ('row' in source) return `表三“${rowDef(source.row).label}”的总计栏`;
  if ('group' in source) return `表三“${ROW_GROUP_LABELS[source.group]}”各项的总计栏之和`;
  if ('review' in source) return `表四“${reviewGroupDef(source.review).label}”的“${reviewColumnDef(source.column).label}”`;
  if ('settled' in source) return `表四“${reviewGroupDef(source.settled).label}”的总计减去尚未审结`;
  return source.sum.map((k) => measure(k).label).join('＋');
}

/** A measure as a formula of other measures: `（予以公开＋部分公开） ÷ 办理结果总计`; a count read from one place is its source. */
export function measureFormula(key: MeasureKey): string {
  const m = measure(key);
  if (m.kind === 'count') return countSource(m.key);
  const operand = (k: CountKey) => {
    const source = measure(k).source;
    return 'sum' in source ? `（${countSource(k)}）` : measure(k).label;
  };
  return `${operand(m.numerator)} ÷ ${operand(m.denominator)}`;
}

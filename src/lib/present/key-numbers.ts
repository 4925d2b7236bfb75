/**
 * One sentence with a report's main numbers, shown near the top of its page. Short on purpose.
 * Measures and their labels come from the catalogue; blank numbers are left out; null when all
 * are blank.
 */
import { measure, type CountKey } from '../measures/catalogue.ts';
import { countsOf, type Tables } from '../measures/values.ts';
import { formatCount } from './format.ts';

/** The outcomes named inside the 办理结果总计 clause. */
const OUTCOMES: readonly CountKey[] = ['granted', 'partiallyGranted', 'withheld'];

export function keyNumbersText(report: Tables): string | null {
  const counts = countsOf(report);
  const clause = (key: CountKey) => (counts[key] === null ? null : `${measure(key).label}${formatCount(counts[key])}件`);
  const outcomes = OUTCOMES.map(clause).filter(Boolean);
  const total = clause('totalProcessed');
  const parts = [
    clause('newReceived'),
    total && (outcomes.length ? `${total}（其中${outcomes.join('，')}）` : total),
    clause('reconsideration'),
    clause('litigation'),
  ].filter(Boolean);
  return parts.length ? `${parts.join('；')}。` : null;
}

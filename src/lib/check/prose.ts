/**
 * Numbers quoted in section 一 (总体情况) against the tables: 共收到申请N件, 行政复议N件, 行政诉讼N件.
 * A heuristic (docs/TEMPLATE.md): real reports often disagree with themselves, which is what
 * journalists want to see. Patterns are kept tight so that a failure means a real disagreement.
 */
import type { Check, Report } from '../template/schema.ts';
import { toHalfWidth } from '../parse/normalize.ts';
import { measure, sourceCell, type CountKey } from '../measures/catalogue.ts';
import { countsOf } from '../measures/values.ts';
import { sumIfComplete } from '../template/sums.ts';

type Checked = Pick<Report, 'applications' | 'reviewLitigation' | 'sections' | 'template'>;

interface ProseRule {
  /** The measure of the catalogue the quoted number is (measures/catalogue.ts): its label names it in the message. */
  measure: CountKey;
  pattern: RegExp;
  /**
   * Other table values the quoted number may equal besides the measure's own. `sentence` is the
   * sentence quoted, for rules whose alternatives depend on what else it says.
   */
  alternatives?: (r: Checked, sentence: string) => (number | null)[];
}

const RULES: ProseRule[] = [
  {
    measure: 'newReceived',
    // 共收到政府信息公开申请40件, 受理依申请公开件数40件, 收到自然人政府信息公开事项1件; not 上年结转.
    pattern: /(?:共|全年|累计|合计|总计)?(?:新?收到|受理|接收|接到)((?:(?!上年|结转|答复|办结)[^。；，,：:\d]){0,24}?(?:申请|信息公开事项|公开件))(?:数量|件数|数)?(?:共|总计|为)?(\d+)(?:件|个|条)/,
    // 共收到申请20件（含上年结转2件） counts the carried-over ones too, unless the sentence states them apart.
    alternatives: (r, sentence) =>
      /上年(?:度)?结转\d/.test(sentence) && !/含上年/.test(sentence) ? [] : [sumIfComplete([r.applications.newReceived.total, r.applications.carriedOver.total])],
  },
  {
    measure: 'reconsideration',
    pattern: /(?:被申请|引发|发生|收到|涉及)?(?:政府信息公开)?行政复议(?:案件|申请)?(?:共|总计|为)?(\d+)(?:件|起|个)/,
  },
  {
    measure: 'litigation',
    pattern: /(?:被提起|引发|发生|涉及)?(?:政府信息公开)?行政诉讼(?:案件)?(?:共|总计|为)?(\d+)(?:件|起|个)/,
  },
];

export function proseChecks(report: Checked): Check[] {
  if (report.template !== '2019' && report.template !== '2021') return [];
  const text = toHalfWidth(report.sections.overview).replace(/\s+/g, '');
  const checks: Check[] = [];
  const counts = countsOf(report);
  for (const rule of RULES) {
    const m = rule.pattern.exec(text);
    if (!m) continue;
    const quoted = Number(m[m.length - 1]);
    const sentence = text.slice(text.lastIndexOf('。', m.index) + 1, (text.indexOf('。', m.index) + 1 || text.length + 1) - 1);
    const main = counts[rule.measure];
    if (main === null) continue;
    const values = [main, ...(rule.alternatives?.(report, sentence) ?? [])];
    const matched = values.find((v) => v === quoted);
    const excerpt = m[0];
    // The cell compared with, where the measure is one printed cell (行政诉讼 adds two rows up).
    const where = sourceCell(rule.measure);
    checks.push({
      id: 'prose',
      ok: matched !== undefined,
      message: matched !== undefined ? `正文“${excerpt}”与表格一致（${quoted} 件）` : `正文“${excerpt}”写 ${quoted} 件，表格为 ${main} 件（${measure(rule.measure).label}）`,
      ...(where ? { where } : {}),
      left: quoted,
      right: matched ?? main,
    });
  }
  return checks;
}

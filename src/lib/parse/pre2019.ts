/**
 * Reports under the 2007 条例 (2008–2018) have no matrix: they are listed with their year and
 * agency and whatever totals their text states (docs/TEMPLATE.md, "Before 2019"). None of the 2019/2021
 * identities apply.
 */
import type { z } from 'zod';
import type { Pre2019Totals } from '../template/schema.ts';
import { toHalfWidth } from './normalize.ts';

const PATTERNS: Record<keyof z.infer<typeof Pre2019Totals>, RegExp> = {
  activeDisclosed: /主动公开(?:政府)?信息(?:共|总计|累计|总数)?(?:为)?(\d+)(?:条|件|项)/,
  applicationsTotal: /(?:收到|受理|接到|申请总数)[^。；\d]{0,20}?(?:共|为)?(\d+)(?:件|条|份|个)/,
  reconsideration: /行政复议(?:案件|申请)?(?:共|数)?(?:为)?(\d+)(?:件|起|个)/,
  litigation: /行政诉讼(?:案件)?(?:共|数)?(?:为)?(\d+)(?:件|起|个)/,
};

export function pre2019Totals(text: string): z.infer<typeof Pre2019Totals> {
  const t = toHalfWidth(text).replace(/\s+/g, '');
  const read = (re: RegExp) => {
    const m = re.exec(t);
    return m ? Number(m[1]) : null;
  };
  return {
    activeDisclosed: read(PATTERNS.activeDisclosed),
    applicationsTotal: read(PATTERNS.applicationsTotal),
    reconsideration: read(PATTERNS.reconsideration),
    litigation: read(PATTERNS.litigation),
  };
}

/** Markers of the 2007 outline when a report's year is unknown. */
export function looksPre2019(text: string): boolean {
  return /依申请公开政府信息(?:的)?情况|收费及减免情况|政府信息公开的收费及减免|因政府信息公开申请(?:提起)?行政复议/.test(text.replace(/\s+/g, ''));
}

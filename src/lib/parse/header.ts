/**
 * Header facts: the title, the publishing agency as printed and the year covered. Who the agency
 * is (its place, level, kind and key) is decided from these by src/lib/place/ at ingest.
 */
import { toHalfWidth } from './normalize.ts';

/**
 * The report words of a title: 政府信息公开工作年度报告, 工作报告, 年报, 政务公开工作年度报告,
 * 信息公开工作的报告, 政府信息公开工作2024年度报告 and their variants.
 */
const REPORT_WORDS = /(?:关于)?(?:\d{4}\s*年(?:度)?)?\s*(?:(?<!人民)政府|政务)?(?:信息)?公开(?:工作)?(?:(?:19|20)\d{2}\s*年度?)?(?:年度|年)?(?:工作)?的?(?:报告|年报)/;
/**
 * Where a title's agency ends: at the year, or where the report words begin (政府信息公开, 政务公开,
 * or 信息公开 after a 人民政府, which is the agency's own).
 */
const AGENCY_END = /(?:关于)?(?:(?:19|20)\d{2}\s*年|(?:(?<!人民)政府|政务)?信息公开|政务公开)/;
const YEAR_IN_TITLE = /((?:19|20)\d{2})\s*年/;
/** Website chrome that repeats the title words: breadcrumbs, menus, link lists. */
const NAVIGATION = /当前位置|您的位置|首页|>|›|»|＞|上一篇|下一篇|相关(?:链接|文章)/;

export interface HeaderFacts {
  title: string;
  titleLine: number | null;
  agency: string;
  year: number | null;
}

/**
 * @param lines the document's lines as text, in order
 */
export function readHeader(lines: string[]): HeaderFacts {
  const facts: HeaderFacts = { title: '', titleLine: null, agency: '', year: null };
  const head = lines.slice(0, 25);
  const candidates = head.map((l, i) => ({ i, text: compact(l) })).filter((c) => REPORT_WORDS.test(c.text) && c.text.length <= 60 && !NAVIGATION.test(c.text));
  // A title names its year; a heading or a link without one is a weaker candidate.
  const at = (candidates.find((c) => YEAR_IN_TITLE.test(c.text)) ?? candidates[0])?.i ?? -1;
  if (at >= 0) {
    let title = compact(head[at]!);
    // A title over two lines: the agency (and year) on the line above the report words.
    const above = at > 0 ? compact(head[at - 1]!) : '';
    const rest = title.replace(REPORT_WORDS, '').replace(/^\d{4}年度?/, '');
    if (rest === '' && above && above.length <= 30 && !/[。，；：]/.test(above)) title = above + title;
    facts.title = title;
    facts.titleLine = at;
    facts.agency = agencyFromTitle(title);
    facts.year = yearFrom(title);
  }
  const text = lines.slice(0, 60).join('\n');
  if (!facts.agency) facts.agency = agencyFromText(text);
  facts.year ??= yearFromText(text);
  return facts;
}

/**
 * The agency of a title, from the title's shape alone (never from a list of known names, so that
 * any agency is read): whatever precedes the year and the report words, once a leading 关于 or
 * year is set aside. `测试市2025年政府信息公开工作年度报告` → 测试市.
 */
export function agencyFromTitle(title: string): string {
  const t = compact(title)
    .replace(/^关于/, '')
    .replace(/^(?:19|20)\d{2}年度?/, '');
  const end = t.search(AGENCY_END);
  return (end >= 0 ? t.slice(0, end) : t.replace(REPORT_WORDS, ''))
    .replace(/(?:的|之)$/, '')
    .replace(/[（(]\s*[）)]/g, '')
    .trim();
}

/** Without a title: "编制XX2024年政府信息公开工作年度报告", "XX2024年度政府信息公开…". */
function agencyFromText(text: string): string {
  const m = /([\u4e00-\u9fa5（）()]{2,40}?)\s*(?:19|20)\d{2}\s*年度?(?:政府|政务)?信息公开/.exec(compact(text));
  if (!m) return '';
  return m[1]!.replace(/^(?:.*?(?:编制|发布|公布|现将|根据|按照|结合))/, '').replace(/^(?:本|我)/, '');
}

function yearFrom(text: string): number | null {
  const m = YEAR_IN_TITLE.exec(toHalfWidth(text));
  return m ? Number(m[1]) : null;
}

/** The statistics period first (统计期限自2024年1月1日), else the most frequent year in the text. */
function yearFromText(text: string): number | null {
  const t = compact(text);
  const period = /统计(?:期限|时限|时间|区间|期间)(?:为|是|自|从)?((?:19|20)\d{2})年/.exec(t);
  if (period) return Number(period[1]);
  const counts = new Map<number, number>();
  for (const m of t.matchAll(/((?:19|20)\d{2})年/g)) counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + 1);
  let best: number | null = null;
  for (const [year, count] of counts) if (best === null || count > counts.get(best)! || (count === counts.get(best)! && year > best)) best = year;
  return best;
}

function compact(text: string): string {
  return toHalfWidth(text).replace(/^[#>*\s]+|\*\*/g, '').replace(/\s+/g, '');
}

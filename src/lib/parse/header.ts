/**
 * Header facts: the title, the publishing agency, the year covered and the agency's level.
 */
import type { Level } from '../template/schema.ts';
import { toHalfWidth } from './normalize.ts';

/** The report words of a title: 政府信息公开工作年度报告, 工作报告, 年报 and their variants. */
const REPORT_WORDS = /(?:关于)?(?:\d{4}\s*年(?:度)?)?\s*(?:(?<!人民)政府|政务)?信息公开(?:工作)?(?:年度|年)?(?:工作)?(?:报告|年报)/;
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

export function agencyFromTitle(title: string): string {
  return compact(title)
    .replace(REPORT_WORDS, '')
    .replace(/(?:19|20)\d{2}年度?/g, '')
    .replace(/^关于/, '')
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

/**
 * The level of an agency from its name: the last administrative unit named in it decides
 * (a department takes its government's level: 延津县人民政府办公室 is county).
 */
export function levelOf(agency: string): Level {
  const name = compact(agency);
  if (!name) return 'unknown';
  if (/^(?:国务院|中华人民共和国|国家(?!税务总局.+[省市县区]))/.test(name) || /^[^省市县区乡镇]{1,10}(?:部|委员会|总局|总署)$/.test(name)) return 'national';
  // The rightmost unit wins: 红旗街道 is a 街道, not a 旗; 延津县人民政府办公室 is the 县's.
  const units = [...maskNonUnits(name).matchAll(/(?<=.)(自治区|特别行政区|自治州|自治县|自治旗|地区|街道|省|市|州|盟|县|区|旗|乡|镇)/g)];
  if (units.length === 0) return 'unknown';
  const unit = units[units.length - 1]![1]!;
  switch (unit) {
    case '省':
    case '自治区':
    case '特别行政区':
      return 'province';
    case '市':
    case '州':
    case '自治州':
    case '盟':
    case '地区':
      return 'city';
    case '县':
    case '自治县':
    case '区':
    case '旗':
    case '自治旗':
      return 'county';
    default:
      return 'township';
  }
}

/** Words that contain a unit character without naming a unit (市场, 城乡), and 州 before 市/区/县 (郑州市). */
function maskNonUnits(name: string): string {
  return name
    .replace(/市场|市政|城市|区域|社区|县域|镇域|乡村|城乡|乡镇|[省市县区乡镇]级/g, (w) => '〇'.repeat(w.length))
    .replace(/州(?=[市区县])/g, '〇');
}

/** The agency name for grouping reports across years: the same township as 乡, 乡政府 or 乡人民政府. */
export function agencyKey(agency: string): string {
  return compact(agency)
    .replace(/(乡|镇)(?:人民)?政府$/, '$1')
    .replace(/街道办事处$|街道办$/, '街道');
}

function compact(text: string): string {
  return toHalfWidth(text).replace(/^[#>*\s]+|\*\*/g, '').replace(/\s+/g, '');
}

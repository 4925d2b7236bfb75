/**
 * Header facts: the title, the publishing agency as printed and the year covered. Who the agency
 * is (its place, level, kind and key) is decided from these by src/lib/place/ at ingest.
 */
import { toHalfWidth } from './normalize.ts';
import { asPrinted, simplified } from './simplified.ts';

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
  /** Index of the title's (first) line; null when the title came from the page's own title (`titles`). */
  titleLine: number | null;
  agency: string;
  year: number | null;
}

/**
 * The label a crawled page or an archive prints before the title: 标题：, 标  题:, 文章标题：,
 * 【标题】 (after compact(): no spaces, half-width colon).
 */
const TITLE_LABEL = /^(?:【(?:文章|信息|文件)?标题】|\[(?:文章|信息|文件)?标题\]|(?:文章|信息|文件)?标题:)/;
/** What separates a web page's title from the site's name: 报告_XX县人民政府, 报告 - 网站, 报告|网站. */
const SITE_NAME_SEPARATOR = /\s*[_|｜\-—–]+\s*/;
/** Characters of the longest title, compacted. */
const TITLE_MAX = 60;
/** A sentence, not a title: titles carry no comma or full stop. */
const PROSE = /[。，；,;]/;
/** Words a title line ends with when its report words go on to the next line (…政府信息公开 / 工作年度报告). */
const BROKEN_AFTER = /(?:公开|年度|工作)$/;

interface Candidate {
  /** Index of the line, or null for the page's own title. */
  i: number | null;
  /** The line compacted, in simplified characters: what is matched. */
  text: string;
  /** The same as printed. */
  printed: string;
}

/**
 * @param lines the document's lines as text, in order
 * @param titles what the page itself names as its title, outside its text (an HTML page's `<title>`)
 */
export function readHeader(lines: string[], titles: readonly string[] = []): HeaderFacts {
  const facts: HeaderFacts = { title: '', titleLine: null, agency: '', year: null };
  const head = lines.slice(0, 25).map((l) => candidate(l));
  const candidates: Candidate[] = [];
  head.forEach((c, i) => {
    if (isTitle(c.text)) candidates.push({ ...c, i });
    // A title broken after 公开 (…政府信息公开 / 工作年度报告): the two lines are one candidate.
    const next = head[i + 1];
    if (next && BROKEN_AFTER.test(c.text) && !isTitle(c.text) && !isTitle(next.text) && isTitle(c.text + next.text)) candidates.push({ i, text: c.text + next.text, printed: c.printed + next.printed });
  });
  const pageTitles = titles.flatMap((t) => siteTitleParts(t)).filter((c) => isTitle(c.text));
  const titled = (c: Candidate) => YEAR_IN_TITLE.test(c.text) && !PROSE.test(c.text);
  // A printed title naming its year; else the page's own title; a sentence or a heading without a year is weaker.
  const chosen =
    candidates.find(titled) ?? pageTitles.find(titled) ?? candidates.find((c) => YEAR_IN_TITLE.test(c.text)) ?? pageTitles[0] ?? candidates.find((c) => !PROSE.test(c.text)) ?? candidates[0];
  if (chosen) {
    let { text, printed } = chosen;
    // A title over two lines: the agency (and year) on the line above the report words.
    const above = chosen.i !== null && chosen.i > 0 ? head[chosen.i - 1]! : null;
    const rest = text.replace(REPORT_WORDS, '').replace(/^\d{4}年度?/, '');
    if (rest === '' && above && above.text && above.text.length <= 30 && !/[。，；：:]/.test(above.text)) {
      text = above.text + text;
      printed = above.printed + printed;
    }
    facts.title = printed;
    facts.titleLine = chosen.i;
    // A sentence names the agency after its verb: 现将红旗镇2024年…报告公布如下.
    const agency = agencyFromTitle(text);
    facts.agency = asPrinted(PROSE.test(text) ? afterVerb(agency) : agency, text, printed);
    facts.year = yearFrom(text);
  }
  const text = lines.slice(0, 60);
  if (!facts.agency) facts.agency = agencyFromText(text);
  facts.year ??= yearFromText(simplified(text.join('\n')));
  return facts;
}

/**
 * A line as a title candidate: compacted, without a label before it nor the 《》 of a title printed
 * within them, in simplified characters for matching.
 */
function candidate(line: string): Omit<Candidate, 'i'> {
  const printed = compact(line).replace(TITLE_LABEL, '').replace(/^《([^《》]*)》$/, '$1');
  // A line too long to be a title, even as half of one, is not converted.
  return { text: printed.length > 2 * TITLE_MAX ? printed : simplified(printed), printed };
}

/**
 * Whether a compacted line can be a title: it holds the report words outside any document it
 * cites (《…》: a sentence naming another report, or the tail of a citation broken over lines),
 * it is short, and it is no navigation.
 */
function isTitle(text: string): boolean {
  if (text.length > TITLE_MAX || NAVIGATION.test(text)) return false;
  return REPORT_WORDS.test(uncited(text));
}

/**
 * A line without what it cites: every 《…》, the end of a citation begun on an earlier line (up to
 * its 》) and the start of one that goes on to the next (from its 《).
 */
function uncited(text: string): string {
  return text.replace(/《[^《》]*》/g, '|').replace(/^[^《]*》/, '|').replace(/《[^》]*$/, '|');
}

/** The parts of a page's `<title>` that may be the report's title, the site's name split off. */
function siteTitleParts(title: string): Candidate[] {
  return title.split(SITE_NAME_SEPARATOR).map((part) => ({ i: null, ...candidate(part) }));
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
    // No name holds a stop or a book-title mark: what precedes one is a sentence or a citation.
    .replace(/^.*[》,;:。]/, '')
    .replace(/(?:的|之)$/, '')
    .replace(/[（(]\s*[）)]/g, '')
    .trim();
}

/** Without a title: "编制XX2024年政府信息公开工作年度报告", "XX2024年度政府信息公开…", never within a citation. */
function agencyFromText(lines: readonly string[]): string {
  const printed = lines.map((l) => uncited(compact(l))).join('');
  const simple = simplified(printed);
  const m = /([\u4e00-\u9fa5（）()]{2,40}?)\s*(?:19|20)\d{2}\s*年度?(?:政府|政务)?信息公开/.exec(simple);
  if (!m) return '';
  return asPrinted(afterVerb(m[1]!), simple, printed);
}

/** A name in a sentence, without the words before it (编制, 现将 …, 本 and 我 of 本机关, 我局). */
function afterVerb(name: string): string {
  return name.replace(/^(?:.*?(?:编制|发布|公布|现将|根据|按照|结合))/, '').replace(/^(?:本|我)/, '');
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

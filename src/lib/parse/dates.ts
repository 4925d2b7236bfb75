/**
 * Every date a report's file carries, each with what it is (docs/SCHEMA.md `dates`): the web
 * page's publication date (its CMS's `<meta>` tags, read by read/meta.ts, and the `发布时间：`
 * line of the page), the date signed at the report's end (`XX镇人民政府 2025年1月20日`, the date
 * alone on the line after the signature, in Arabic or Chinese numerals), and the creation and
 * modification dates of a PDF, DOCX or OFD. Pure: values in, days out; a value that is no real
 * day (2025年2月30日) is left out rather than guessed.
 */
import type { RawDocument } from '../read/types.ts';
import type { ReportDate } from '../template/schema.ts';
import { toHalfWidth } from './normalize.ts';

/** Evidence is shown on the report page: the line or field, no longer than this. */
const EVIDENCE_CHARS = 80;
/** A web page prints its 发布时间 above the report, among the site's header lines. */
const PAGE_HEAD_LINES = 60;
/** A page's line of fields (来源, 发布时间, 浏览次数) is short; a longer one is prose. */
const FIELD_LINE_CHARS = 120;
/** The signature is among the last lines of the report (a web page's footer may follow it). */
const END_LINES = 40;
/** No file has more dates worth showing than this; more are repeats of a page's chrome. */
const MAX_DATES = 12;

const CHINESE_DIGITS: Record<string, number> = { 〇: 0, 零: 0, Ｏ: 0, O: 0, o: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CN = '[〇零ＯO一二三四五六七八九十]';
/** A date written in Chinese numerals: 二〇二五年一月二十日. */
const CHINESE_DATE = new RegExp(`(${CN}{4})\\s*年\\s*(${CN}{1,3})\\s*月\\s*(${CN}{1,3})\\s*日`);
/** A date in Arabic numerals: 2025年1月20日, 2025-01-20, 2025/1/20, 2025.01.20, 20250120 (a PDF's D:20250120…). */
const ARABIC_DATE = /((?:19|20)\d{2})\s*(?:年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)|(\d{2})(\d{2}))/;
/** A line that is a signature's date: the date alone, or after the signing body (XX镇人民政府, XX局). */
const SIGNED_LINE = new RegExp(`^(?:(.{0,40}?(?:政府|办公室|办公厅|办事处|局|委员会|委|厅|中心|院|处|所|站|街道|镇|乡|管委会|公司))\\s*)?((?:19|20)\\d{2}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日|${CN}{4}\\s*年\\s*${CN}{1,3}\\s*月\\s*${CN}{1,3}\\s*日)\\s*$`);
/**
 * A web page's publication line: 发布时间：2025-01-20 09:30, also among other fields (来源：… 发布日期：…).
 * The label begins a field, at the line's start or after a space: not 受理时间, and not a sentence's
 * （发布时间：…） about some other document.
 */
const PUBLISHED_LINE = /(?<=^|\s)(发布(?:时间|日期)|时间)\s*[：:]\s*([^\s：:]+(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)/;

/** `YYYY-MM-DD` of a date in any form above, or null when the text holds no real day. */
export function dayOf(text: string): string | null {
  const half = toHalfWidth(text);
  const arabic = ARABIC_DATE.exec(half);
  if (arabic) {
    const month = arabic[2] ?? arabic[4] ?? arabic[6];
    const day = arabic[3] ?? arabic[5] ?? arabic[7];
    return isoDay(Number(arabic[1]), Number(month), Number(day));
  }
  const chinese = CHINESE_DATE.exec(half);
  if (!chinese) return null;
  // A 十 in the year has no digit: the year then has fewer than four digits, which isoDay refuses.
  const year = Number([...chinese[1]!].map((c) => CHINESE_DIGITS[c] ?? '').join(''));
  return isoDay(year, chineseNumber(chinese[2]!), chineseNumber(chinese[3]!));
}

/** 一 to 三十一: 十 is ten, 二十 twenty, 二十三 twenty-three; NaN for anything else. */
function chineseNumber(text: string): number {
  if (/^[一二三四五六七八九]$/.test(text)) return CHINESE_DIGITS[text]!;
  const match = /^([二三])?十([一二三四五六七八九])?$/.exec(text);
  if (!match) return Number.NaN;
  const [, tens, ones] = match;
  return (tens ? CHINESE_DIGITS[tens]! : 1) * 10 + (ones ? CHINESE_DIGITS[ones]! : 0);
}

function isoDay(year: number, month: number, day: number): string | null {
  if (!(year >= 1990 && year <= 2100)) return null;
  // A month or day out of range (0, 13, 2月30日) or not a number rolls the date into another month, or makes it invalid.
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function evidence(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length > EVIDENCE_CHARS ? `${clean.slice(0, EVIDENCE_CHARS - 1)}…` : clean;
}

/** The date signed at the report's end: the last line near the end that is a date, alone or after the signing body. */
export function signedDate(lines: readonly string[]): ReportDate | null {
  const from = Math.max(0, lines.length - END_LINES);
  for (let i = lines.length - 1; i >= from; i--) {
    const line = toHalfWidth(lines[i]!).trim();
    const match = SIGNED_LINE.exec(line);
    const date = match ? dayOf(match[2]!) : null;
    if (!date) continue;
    // The date alone: the signature, when there is one, is on the line above; show both.
    const above = !match![1] && i > 0 ? lines[i - 1]!.trim() : '';
    return { kind: 'signed', date, evidence: evidence(above && above.length <= 40 ? `${above} ${line}` : line) };
  }
  return null;
}

/** The publication dates a web page prints above the report (发布时间：…, 发布日期：…, 时间：…). */
export function pageDates(lines: readonly string[]): ReportDate[] {
  const dates: ReportDate[] = [];
  for (const line of lines.slice(0, PAGE_HEAD_LINES)) {
    const match = line.length <= FIELD_LINE_CHARS ? PUBLISHED_LINE.exec(line) : null;
    const date = match ? dayOf(match[2]!) : null;
    if (date) dates.push({ kind: 'published', date, evidence: evidence(`${match![1]}：${match![2]}`) });
  }
  return dates;
}

/**
 * Every date of the document, the file's own metadata first: one of each kind and day (a page's
 * `<meta PubDate>` and its 发布时间 line usually agree: the first is kept).
 * @param lines the document's lines as text, in order
 */
export function readDates(doc: RawDocument, lines: readonly string[]): ReportDate[] {
  const found: ReportDate[] = [];
  for (const meta of doc.meta?.dates ?? []) {
    const date = dayOf(meta.value);
    if (date) found.push({ kind: meta.kind, date, evidence: evidence(`${meta.field}: ${meta.value}`) });
  }
  found.push(...pageDates(lines));
  const signed = signedDate(lines);
  if (signed) found.push(signed);
  const seen = new Set<string>();
  return found.filter((d) => !seen.has(`${d.kind} ${d.date}`) && seen.add(`${d.kind} ${d.date}`)).slice(0, MAX_DATES);
}

/**
 * The data-quality page (数据核查), where journalists hunt: every report that was not read cleanly
 * or whose numbers do not add up, one item per report and kind of problem, worded as on the report
 * page (check-explain.ts) at the place where the two sides differ most, and sorted by that
 * difference; the counts per kind; and the input files that gave no report at all, grouped by the
 * codes of their problems (template/notes.ts). The browser filters and sorts the items
 * (quality-file.ts); the first page is in the HTML.
 */
import { explainCheck } from '../present/check-explain.ts';
import { STATUS_LABELS } from '../present/labels.ts';
import type { ReportCore } from '../site/core.ts';
import { CHECK_IDS, matrixIdentity, REVIEW_IDENTITY, type CheckId } from '../template/identities.ts';
import { LOG_CODE_KEYS, logCodeText, problemLine, TABLE_FILL_CODES, type LogCode } from '../template/notes.ts';
import type { LogEntry, Note } from '../template/schema.ts';
import { inRegion, regionOptions, type RegionOption } from './region.ts';
import type { Places } from '../site/places.ts';
import { isPlaceNote } from '../place/identify.ts';
import { byDiscrepancy, FILL_KIND_CODES, kindTitle, QUALITY_KINDS, type QualityItem, type QualityKind } from './quality-file.ts';
import { noteHint, noteTitle } from '../present/note-text.ts';
import { allTownshipContradictions } from '../site/peers.ts';
import { contradictionText } from './place-links.ts';
import { publicationDate, timeliness } from '../present/dates.ts';
import { notCopied } from './checklist.ts';

export interface QualityKindCount {
  kind: QualityKind;
  title: string;
  /** What the kind means and what to do about it. */
  description: string;
  count: number;
}

export interface QualityView {
  /** Every problem, largest difference first. */
  items: QualityItem[];
  kinds: QualityKindCount[];
  /** Input files that produced no report (skipped or unreadable), grouped by the codes of their problems. */
  files: FailedFileGroup[];
  /** How many such files, each once however many groups it is in. */
  fileCount: number;
  reportCount: number;
  cleanCount: number;
  /** Reports without a publication date, or without a year: whether they came out on time is unknown. */
  undatedCount: number;
  /** Years and places the items have, for the filters. */
  years: number[];
  places: RegionOption[];
}

/** A file that gave no report, under one code of its problems: its lines of that code, for the command line's words. */
export interface FailedFile {
  path: string;
  status: string;
  messages: string[];
}

/** The files with problems of one code, under the code's title and hint (template/notes.ts); `code` null for a log written before problems were coded. */
export interface FailedFileGroup {
  code: LogCode | null;
  title: string;
  hint: string;
  files: FailedFile[];
}

/** What each check tests, in words: the template's own wording for the identities. */
export const CHECK_DESCRIPTIONS: Record<CheckId, string> = {
  balance: matrixIdentity('balance').description,
  outcomes: matrixIdentity('outcomes').description,
  rowTotal: matrixIdentity('rowTotal').description,
  review: REVIEW_IDENTITY.description,
  prose: '正文中引用的数字（如“共受理申请N件”）与表格一致。这是经验性核对，正文与表格常有出入。',
  carryover: '本年“上年结转”等于同一机关上年报告的“结转下年度继续办理”。这是经验性核对，重新统计、机构合并时常不成立。',
  inForce: '现行有效件数约等于上年现行有效件数加本年制发减本年废止。这是经验性核对。',
};

const STATUS_DESCRIPTIONS = {
  failed: '报告的表格未能读出，数字均为空白。可下载原文核对。',
  partial: '部分表格或单元格未能读出，相应数字为空白。',
  townships: '县（市、区）政府的全辖区汇总报告，数字小于本站收录的部分乡镇（街道）政府报告之和：汇总包含乡镇的数字，不应更小，二者至少一方有误。按多出的件数排列。',
  unplaced: '报告的机关未能确定属于哪个行政区划（同名多处、代码表中没有或线索矛盾），不猜测，暂不计入任何地区。在内容文件夹的 agencies.csv 中加一行“文件路径,区划代码”即可归入（见项目说明）。',
} as const;

const isFillNote = (n: Note) => (TABLE_FILL_CODES as readonly string[]).includes(n.code);
const noteText = (note: Note | undefined) => (note ? `${noteTitle(note.code)}：${note.message}` : '');

/** The first note of a level other than a table-fill note (those are items of their own), as the report page words it. */
const firstNote = (r: ReportCore, level: 'error' | 'warning') => noteText(r.notes.find((n) => n.level === level && !isFillNote(n)));

/**
 * The problems of one report: its reading status, a table printed blank or one whose digits are
 * run together (apart: the first is the agency's doing, the second a reading the site could not
 * make), and each check that failed, at its largest difference.
 */
export function reportProblems(r: ReportCore): QualityItem[] {
  const item = (kind: QualityKind, count: number, diff: number | null, text: string): QualityItem => ({ id: r.id, agency: r.agency, agencyKey: r.agencyKey, year: r.year, level: r.level, division: r.division?.code ?? '', kind, count, diff, text });
  const out: QualityItem[] = [];
  if (r.status === 'failed') out.push(item('failed', 1, null, firstNote(r, 'error') || firstNote(r, 'warning')));
  // A report partly read only because a table was blank or run together is listed there alone.
  const fills = (['blank', 'runTogether'] as const).flatMap((kind) => {
    const note = r.notes.find((n) => n.code === FILL_KIND_CODES[kind]);
    return note ? [item(kind, 1, null, noteText(note))] : [];
  });
  const partial = firstNote(r, 'warning') || firstNote(r, 'error');
  if (r.status === 'partial' && (partial || fills.length === 0)) out.push(item('partial', 1, null, partial));
  out.push(...fills);
  if (!r.division) {
    const why = r.notes.find(isPlaceNote);
    out.push(item('unplaced', 1, null, why ? `${noteTitle(why.code)}：${why.message}` : '报告未归入任何地区。'));
  }
  for (const id of CHECK_IDS) {
    const explained = r.checks.filter((c) => c.id === id && !c.ok).map((c) => explainCheck(r, c));
    if (explained.length === 0) continue;
    const largest = explained.reduce((a, b) => ((b.diff ?? -1) > (a.diff ?? -1) ? b : a));
    out.push(item(id, explained.length, largest.diff, largest.text));
  }
  // Days late are no difference between numbers: the item has none, so that it never sorts among them.
  const published = timeliness(r);
  if (published.status === 'late') out.push(item('late', 1, null, published.text));
  // Sorted by the largest share found elsewhere, which is no difference between numbers either.
  const [copied, evidence] = notCopied(r);
  if (copied === 'unmet' && r.copied) out.push({ ...item('copied', 1, null, evidence), share: Math.max(r.copied.previousShare ?? 0, ...r.copied.sameYear.map((s) => s.share)) });
  return out;
}

/** A county's summary reports below its townships' sum (site/peers.ts), each at its largest excess. */
function townshipProblems(places: Places): QualityItem[] {
  return allTownshipContradictions(places).map((c) => {
    const largest = c.contradictions[0]!;
    return { id: c.report.id, agency: c.agency.name, agencyKey: c.report.agencyKey, year: c.year, level: c.report.level, division: c.place.code, kind: 'townships', count: c.contradictions.length, diff: largest.excess, text: contradictionText(largest, c.members) };
  });
}

/** @param places the site's places, for the region filter and a county's summary against its townships (the places some problem is in); none: no filter */
export function qualityView(reports: readonly ReportCore[], log: readonly LogEntry[], places?: Places): QualityView {
  const items = [...reports.flatMap(reportProblems), ...(places ? townshipProblems(places) : [])].sort(byDiscrepancy);
  const reported = new Set(reports.map((r) => r.id));
  const unreported = log.filter((e) => (!e.id || !reported.has(e.id)) && (e.status === 'skipped' || e.status === 'failed'));
  const files = failedFileGroups(unreported);
  return {
    items,
    kinds: QUALITY_KINDS.map((kind) => ({
      kind,
      title: kindTitle(kind),
      description: kind === 'late' ? LATE_DESCRIPTION : kind === 'copied' ? COPIED_DESCRIPTION : kind === 'failed' || kind === 'partial' || kind === 'unplaced' || kind === 'townships' ? STATUS_DESCRIPTIONS[kind] : kind === 'blank' || kind === 'runTogether' ? noteHint(FILL_KIND_CODES[kind]) : CHECK_DESCRIPTIONS[kind],
      count: items.filter((i) => i.kind === kind).length,
    })),
    files,
    fileCount: new Set(files.flatMap((g) => g.files.map((f) => f.path))).size,
    reportCount: reports.length,
    cleanCount: reports.filter((r) => r.status === 'ok' && r.checks.every((c) => c.ok)).length,
    undatedCount: reports.filter((r) => publicationDate(r) === undefined).length,
    years: [...new Set(items.map((i) => i.year).filter((y): y is number => y !== null))].sort((a, b) => b - a),
    places: places ? problemRegions(places, items) : [],
  };
}

/** A failed file whose log has no coded problem (written before problems were coded): its lines are all there is. */
const UNCODED = { title: '原因未分类', hint: '这些文件的读取日志写于问题分类之前，原因见各自的说明；重新导入即可分类。' };

/**
 * Files that gave no report, grouped by the codes of their problems, the most files first (then in
 * the order of the codes); a file with problems of two codes is in both groups. A file left out
 * without a problem (agencies.csv or sources.csv, every row used) is none.
 */
export function failedFileGroups(entries: readonly LogEntry[]): FailedFileGroup[] {
  const groups = new Map<LogCode | null, FailedFileGroup>();
  const add = (code: LogCode | null, file: FailedFile) => {
    const group = groups.get(code) ?? { code, ...(code === null ? UNCODED : logCodeText(code)), files: [] };
    group.files.push(file);
    groups.set(code, group);
  };
  for (const e of entries) {
    const status = STATUS_LABELS[e.status];
    if (e.problems.length === 0 && e.status === 'failed') add(null, { path: e.path, status, messages: e.messages });
    for (const code of new Set(e.problems.map((p) => p.code))) add(code, { path: e.path, status, messages: e.problems.filter((p) => p.code === code).map(problemLine) });
  }
  const order = (code: LogCode | null) => (code === null ? LOG_CODE_KEYS.length : LOG_CODE_KEYS.indexOf(code));
  return [...groups.values()].sort((a, b) => b.files.length - a.files.length || order(a.code) - order(b.code));
}

/** The region filter's places that some problem is in (each problem's division and the places above it). */
function problemRegions(places: Places, items: readonly QualityItem[]): RegionOption[] {
  const codes = new Set(items.filter((i) => i.division).map((i) => i.division));
  return regionOptions(places).filter((o) => [...codes].some((code) => inRegion(code, o.code)));
}

const LATE_DESCRIPTION = '条例第四十九条要求县级以上政府部门每年1月31日前、地方人民政府每年3月31日前公布上一年度的报告（对乡镇、街道未作规定，其报告不计为逾期）。发布日期取自网页（发布时间、网页元数据）或 sources.csv；只有文件生成日期或落款日期的报告不计入，见各报告页“发布时间与来源”。';

const COPIED_DESCRIPTION = '报告正文（第一、五、六部分，不含表格）至少80%见于本机关上一年度的报告，或见于同年其他机关的报告。按相同部分所占比例从高到低排列；报告页的原文中标出了相同的文字。相同不一定是抄袭（如上级统一提供的文稿），比较只限于本站收录的报告。';

/** Problems listed at a time; the first page is in the page's HTML, readable without JavaScript. */
export const QUALITY_PAGE_SIZE = 100;

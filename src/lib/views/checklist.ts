/**
 * How a report measures up to the rules: six items, each met, unmet or unknown, with the evidence
 * from the report and the rule it is held to. One definition for the report page, the about
 * page (which states each rule and its source), the agency list's columns, filters and ranking, the
 * place pages' sentences and the columns of reports.csv.
 *
 * An item is unknown, never unmet, where the site could not read what it needs (a failed report,
 * no check tried, no publication date): the count says how many are unknown apart from those met.
 */
import type { Cell, ReportColumn } from '../output/csv.ts';
import { timeliness } from '../present/dates.ts';
import { checklistFacts, type ChecklistFacts, type ReportCore } from '../site/core.ts';
import type { DictionaryEntry } from '../present/dictionary.ts';
import type { CheckId } from '../template/identities.ts';
import { sectionHeading } from '../template/sections.ts';
import { SAME_TEXT_SHARE, type Report } from '../template/schema.ts';
import { CHECKLIST_KEYS, CHECKLIST_SHORT, CHECKLIST_UNMET, ITEM_STATE_LABELS, type ChecklistKey, type ItemState } from './checklist-items.ts';

export { ITEM_STATE_LABELS, type ChecklistKey, type ItemState };

export const CHECKLIST = [
  {
    key: 'sections',
    label: '六个部分齐全且有内容',
    rule: '报告包括条例第五十条所列各项内容，按统一格式分为六部分：总体情况，主动公开、依申请公开、行政复议和行政诉讼三张统计表，存在的主要问题及改进情况，其他需要报告的事项。',
    basis: '《中华人民共和国政府信息公开条例》第五十条；国办公开办函〔2021〕30号',
  },
  {
    key: 'edition',
    label: '表格采用当年适用的格式',
    rule: '2021年度起的报告用2021年版格式，2019、2020年度的报告用2019年版格式；2019年以前没有统一的表格格式，此项不适用。',
    basis: '国办公开办函〔2019〕60号；国办公开办函〔2021〕30号',
  },
  {
    key: 'identities',
    label: '统计表的勾稽关系成立',
    rule: '表三的收支平衡、办理结果合计、申请人合计和表四的复议诉讼合计都成立（各项见“数据如何读取和核对”）。',
    basis: '统一格式的表格：收支平衡印在表三中，其余是表中合计栏的含义',
  },
  {
    key: 'prose',
    label: '正文数字与表格一致',
    rule: '正文写明的件数（如“共收到申请N件”）与统计表中的相应数字一致。',
    basis: '同一份报告的正文与表格',
  },
  {
    key: 'onTime',
    label: '按期公布',
    rule: '县级以上人民政府部门在每年1月31日前、县级以上地方人民政府在每年3月31日前公布上一年度的报告。条例未规定乡镇（街道）的期限：1月31日前公布的算按期，更晚的记为未知。只依据报告的发布日期，文件的生成日期不算。',
    basis: '《中华人民共和国政府信息公开条例》第四十九条',
  },
  {
    key: 'notCopied',
    label: '正文不是照抄',
    rule: `第一、五、六部分的文字中，与本机关上一年度报告相同的部分不到${SAME_TEXT_SHARE * 100}%，也没有同年其他机关的报告与它的文字${SAME_TEXT_SHARE * 100}%以上相同。只与本站收录的报告比较。`,
    basis: '《中华人民共和国政府信息公开条例》第四十九条、第五十条：报告本机关上一年度的工作情况',
  },
] as const satisfies readonly { key: ChecklistKey; label: string; rule: string; basis: string }[];

export interface ChecklistItem {
  key: ChecklistKey;
  label: string;
  state: ItemState;
  /** What in the report settled the state, in words. */
  evidence: string;
}

export interface Checklist {
  items: ChecklistItem[];
  met: number;
  unknown: number;
  /** 6项中满足5项（1项未知） */
  summary: string;
}

/** The identities of the tables, as opposed to the prose check and the checks across years. */
const IDENTITY_IDS: readonly CheckId[] = ['balance', 'outcomes', 'rowTotal', 'review'];

/** The checks by what they compare, as the checklist's items and the report page count them. */
export const CHECK_GROUPS: readonly { label: string; ids: readonly CheckId[] }[] = [
  { label: '统计表勾稽关系', ids: IDENTITY_IDS },
  { label: '正文与表格', ids: ['prose'] },
  { label: '与上年报告', ids: ['carryover', 'inForce'] },
];

const TABLES = ['activeDisclosure', 'applications', 'reviewLitigation'] as const;
const SECTION_OF = { overview: 'overview', problems: 'problems', other: 'other', activeDisclosure: 'active', applications: 'applications', reviewLitigation: 'review' } as const;
const partName = (key: keyof typeof SECTION_OF) => sectionHeading(SECTION_OF[key]);

function sections(r: ReportCore, f: ChecklistFacts): [ItemState, string] {
  if (r.template === 'pre2019') return ['unknown', '2019年以前的报告没有统一的六部分格式'];
  if (r.status === 'failed') return ['unknown', '本站未能读出这份报告'];
  const missing = [
    ...(['overview', 'problems', 'other'] as const).filter((k) => f.emptySections.includes(k)),
    ...TABLES.filter((t) => r.unread.includes(t)),
  ];
  if (missing.length === 0) return ['met', '六个部分都读出了内容'];
  return ['unmet', `本站在原文中未读出：${missing.map(partName).join('；')}（也可能是读取有误，请对照原文）`];
}

function edition(r: ReportCore, f: ChecklistFacts): [ItemState, string] {
  if (r.year === null) return ['unknown', '报告年度不详'];
  if (r.year < 2019) return ['unknown', `${r.year}年度没有统一的表格格式`];
  const due = r.year >= 2021 ? '2021' : '2019';
  if (r.template === 'unknown' || r.template === 'pre2019') return ['unknown', '本站未读出统一格式的统计表'];
  // A 2021 report may keep the 2019 rows of 表三 (parse/ notes it as edition-mixed).
  if (f.editionMixed) return ['unmet', `${r.year}年度的报告，表三仍是2019年版的“（六）其他处理”一行`];
  if (r.template === due) return ['met', `${r.year}年度的报告，表格采用${due}年版格式`];
  return ['unmet', `${r.year}年度的报告应采用${due}年版格式，表格却是${r.template}年版`];
}

/** A core keeps only the failed checks: the facts count those tried. */
function checksOf(r: ReportCore, f: ChecklistFacts, ids: readonly CheckId[], none: string): [ItemState, string] {
  const tried = ids.reduce((sum, id) => sum + (f.tried[id] ?? 0), 0);
  if (tried === 0) return ['unknown', none];
  const failed = r.checks.filter((c) => ids.includes(c.id) && !c.ok).length;
  if (failed === 0) return ['met', `${tried}项核对全部通过`];
  return ['unmet', `${tried}项核对中${failed}项未通过`];
}

/** On time as present/dates.ts decides it, from the report's publication date alone. */
function onTime(r: ReportCore): [ItemState, string] {
  const t = timeliness(r);
  return [t.status === 'on-time' ? 'met' : t.status === 'late' ? 'unmet' : 'unknown', t.text];
}

/** A share as the page says it: 86%, and 1% for any share above nothing that rounds to 0. */
export const sharePercent = (share: number) => `${share > 0 ? Math.max(1, Math.round(share * 100)) : 0}%`;

/** Whether the text is largely another report's (unmet), with the evidence: the checklist's item, and the data-quality page's kind `copied`. */
export function notCopied(r: Pick<ReportCore, 'copied' | 'year'>): [ItemState, string] {
  const c = r.copied;
  if (!c) return ['unknown', '正文太短或未读出，无法比较'];
  const previous = c.previousShare === null || r.year === null ? null : `与${r.year - 1}年报告相同的部分约占${sharePercent(c.previousShare)}`;
  const same = c.sameYear.length > 0 ? `与同年的${c.sameYear.length}份报告正文基本相同` : null;
  const copied = (c.previousShare !== null && c.previousShare >= SAME_TEXT_SHARE) || c.sameYear.length > 0;
  const evidence = [previous ?? '本机关上一年度没有可比较的报告', same ?? '与同年其他报告没有基本相同的'].join('；');
  return [copied ? 'unmet' : 'met', evidence];
}

const DECIDE: Record<ChecklistKey, (r: ReportCore, f: ChecklistFacts) => [ItemState, string]> = {
  sections,
  edition,
  identities: (r, f) => checksOf(r, f, IDENTITY_IDS, '统计表未读出，未能核对'),
  prose: (r, f) => checksOf(r, f, ['prose'], '正文没有可与表格对照的数字'),
  onTime,
  notCopied,
};

/**
 * A full report's checklist (the report page, reports.csv), or the same from the core the site
 * holds of one (the agency list, place pages: site/core.ts keeps what the checklist reads).
 */
export function checklist(r: ReportCore): Checklist {
  // A full report has no facts of its own: its sections, checks and notes are all there.
  const facts = r.checklistFacts ?? checklistFacts(r as Report);
  const items = CHECKLIST.map(({ key, label }) => {
    const [state, evidence] = DECIDE[key](r, facts);
    return { key, label, state, evidence };
  });
  const met = items.filter((i) => i.state === 'met').length;
  const unknown = items.filter((i) => i.state === 'unknown').length;
  return { items, met, unknown, summary: `${items.length}项中满足${met}项${unknown > 0 ? `（${unknown}项未知）` : ''}` };
}

/**
 * The last report's checklist, for the columns of one row that each ask for it in turn; only the
 * last, so that a national corpus's checklists are not all held at once.
 */
let last: { report: ReportCore; list: Checklist } | null = null;
function checklistOf(report: ReportCore): Checklist {
  if (last?.report !== report) last = { report, list: checklist(report) };
  return last.list;
}

/** Each item's state in CHECKLIST_KEYS order: what the agency list's rows carry. */
export const checklistStates = (r: ReportCore): ItemState[] => checklistOf(r).items.map((i) => i.state);

const stateOf = (key: ChecklistKey) => (r: Report): Cell => checklistOf(r).items.find((i) => i.key === key)!.state;

/**
 * The checklist's columns of reports.csv, after the report's own (ingest writes them through
 * output/csv.ts): each item met, unmet or unknown (满足, 未满足, 未知 in reports-zh.csv), then the
 * items met, unknown ones not counted.
 */
export const CHECKLIST_COLUMNS: readonly ReportColumn[] = [
  ...CHECKLIST_KEYS.map((key): ReportColumn => [`checklist.${key}`, `对照要求·${CHECKLIST_SHORT[key]}`, stateOf(key), ITEM_STATE_LABELS]),
  ['checklist.met', '对照要求·满足项数', (r) => checklistOf(r).met],
];

/** The data dictionary's entries for those columns. */
export const CHECKLIST_DICTIONARY: readonly DictionaryEntry[] = [
  ...CHECKLIST.map((c) => ({
    column: `checklist.${c.key}`,
    zh: `对照要求·${CHECKLIST_SHORT[c.key]}`,
    part: '对照要求',
    description: `${c.label}：met＝满足；unmet＝未满足；unknown＝未知（本站无从判断，不算未满足）。${c.rule}`,
    unit: '',
  })),
  { column: 'checklist.met', zh: '对照要求·满足项数', part: '对照要求', description: `${CHECKLIST.length}项中满足的项数；未知的项不计入，也不算未满足`, unit: '项' },
];

/** A place's reports of a year against the checklist: how many, and how many do not meet each item. */
export interface ChecklistCounts {
  reports: number;
  unmet: Record<ChecklistKey, number>;
  /** Reports with an item the site could not judge. */
  withUnknown: number;
}

export function checklistCounts(reports: readonly ReportCore[]): ChecklistCounts {
  const unmet = Object.fromEntries(CHECKLIST_KEYS.map((k) => [k, 0])) as Record<ChecklistKey, number>;
  let withUnknown = 0;
  for (const r of reports) {
    const { items, unknown } = checklistOf(r);
    for (const i of items) if (i.state === 'unmet') unmet[i.key]++;
    if (unknown > 0) withUnknown++;
  }
  return { reports: reports.length, unmet, withUnknown };
}

/**
 * 郸城县2024年：15份报告中4份逾期、3份表格格式过期. Items no report fails are left out; unknown ones
 * never count as unmet, and the reports having any are counted apart, so that a place whose
 * reports could not be judged does not read as one whose reports meet every item.
 */
export function checklistSentence(place: string, year: number, counts: ChecklistCounts): string {
  const failing = CHECKLIST_KEYS.filter((k) => counts.unmet[k] > 0).map((k) => `${counts.unmet[k]}份${CHECKLIST_UNMET[k]}`);
  const what = failing.length > 0 ? failing.join('、') : '没有未满足任何一项的';
  const unknown = counts.withUnknown > 0 ? `；${counts.withUnknown}份有本站无从判断的项` : '';
  return `${place}${year}年：${counts.reports}份报告中${what}${unknown}`;
}

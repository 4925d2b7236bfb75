/**
 * The data-quality page (数据核查): every report that was not read cleanly or whose numbers do not
 * add up, grouped by kind, and the input files that gave no report at all.
 */
import { CHECK_IDS, CHECK_LABELS, MATRIX_IDENTITIES, REVIEW_IDENTITY, type CheckId } from '../template/identities.ts';
import type { LogEntry } from '../template/schema.ts';
import type { ReportCore } from '../site/core.ts';
import { STATUS_LABELS } from '../present/labels.ts';
import { noteTitle } from '../present/note-text.ts';

export interface QualityItem {
  id: string;
  agency: string;
  year: number | null;
  /** How many times the problem occurs in the report (failed checks), or 1. */
  count: number;
  /** The first message, as a hint of what is wrong. */
  detail: string;
}

export interface QualityGroup {
  key: string;
  title: string;
  /** What the group means and what to do about it. */
  description: string;
  items: QualityItem[];
}

export interface QualityView {
  groups: QualityGroup[];
  /** Input files that produced no report (skipped or unreadable). */
  files: { path: string; status: string; messages: string[] }[];
  reportCount: number;
  cleanCount: number;
}

/** What each check tests, in words: the template's own wording for the identities. */
export const CHECK_DESCRIPTIONS: Record<CheckId, string> = {
  balance: MATRIX_IDENTITIES.find((m) => m.id === 'balance')!.description,
  outcomes: MATRIX_IDENTITIES.find((m) => m.id === 'outcomes')!.description,
  rowTotal: MATRIX_IDENTITIES.find((m) => m.id === 'rowTotal')!.description,
  review: REVIEW_IDENTITY.description,
  prose: '正文中引用的数字（如“共受理申请N件”）与表格一致。这是经验性核对，正文与表格常有出入。',
  carryover: '本年“上年结转”等于同一机关上年报告的“结转下年度继续办理”。这是经验性核对，重新统计、机构合并时常不成立。',
  inForce: '现行有效件数约等于上年现行有效件数加本年制发减本年废止。这是经验性核对。',
};

/** The first note of a level, as the report page words it: its code's title, then its message. */
const firstNote = (r: ReportCore, level: 'error' | 'warning') => {
  const note = r.notes.find((n) => n.level === level);
  return note ? `${noteTitle(note.code)}：${note.message}` : '';
};

export function qualityView(reports: readonly ReportCore[], log: readonly LogEntry[]): QualityView {
  const item = (r: ReportCore, count: number, detail: string): QualityItem => ({ id: r.id, agency: r.agency, year: r.year, count, detail });
  const byYear = (a: QualityItem, b: QualityItem) => (b.year ?? 0) - (a.year ?? 0) || a.agency.localeCompare(b.agency, 'zh-CN');

  const groups: QualityGroup[] = [
    {
      key: 'failed',
      title: STATUS_LABELS.failed,
      description: '报告的表格未能读出，数字均为空白。可下载原文核对。',
      items: reports.filter((r) => r.status === 'failed').map((r) => item(r, 1, firstNote(r, 'error') || firstNote(r, 'warning'))),
    },
    {
      key: 'partial',
      title: STATUS_LABELS.partial,
      description: '部分表格或单元格未能读出，相应数字为空白。',
      items: reports.filter((r) => r.status === 'partial').map((r) => item(r, 1, firstNote(r, 'warning') || firstNote(r, 'error'))),
    },
    ...CHECK_IDS.map((id): QualityGroup => ({
      key: `check-${id}`,
      title: `核对未通过：${CHECK_LABELS[id]}`,
      description: CHECK_DESCRIPTIONS[id],
      items: reports.flatMap((r) => {
        const failed = r.checks.filter((c) => c.id === id && !c.ok);
        return failed.length ? [item(r, failed.length, failed[0]!.message)] : [];
      }),
    })),
  ];
  for (const g of groups) g.items.sort(byYear);

  const reported = new Set(reports.map((r) => r.id));
  const files = log
    .filter((e) => !e.id || !reported.has(e.id))
    .filter((e) => e.status === 'skipped' || e.status === 'failed')
    .map((e) => ({ path: e.path, status: STATUS_LABELS[e.status], messages: e.messages }));

  return {
    groups,
    files,
    reportCount: reports.length,
    cleanCount: reports.filter((r) => r.status === 'ok' && r.checks.every((c) => c.ok)).length,
  };
}

/**
 * Problem lists are shown a page at a time: the first page of each group is in the page's HTML
 * (readable without JavaScript), every page is also a small JSON file the list loads when the
 * reader turns pages (rows/quality/<group>/<n>.json). A national corpus can have tens of
 * thousands of problem reports; the page stays the same size.
 */
export const QUALITY_PAGE_SIZE = 100;

export function pageCount(items: readonly unknown[]): number {
  return Math.max(1, Math.ceil(items.length / QUALITY_PAGE_SIZE));
}

/** Page `n` (1-based) of a group's items. */
export function qualityPage(items: readonly QualityItem[], n: number): QualityItem[] {
  return items.slice((n - 1) * QUALITY_PAGE_SIZE, n * QUALITY_PAGE_SIZE);
}

/** Every page of every group that has items, for the JSON files. */
export function qualityPagePaths(view: QualityView): { params: { group: string; page: string }; props: { items: QualityItem[] } }[] {
  return view.groups
    .filter((g) => g.items.length > 0)
    .flatMap((g) => Array.from({ length: pageCount(g.items) }, (_, i) => ({ params: { group: g.key, page: String(i + 1) }, props: { items: qualityPage(g.items, i + 1) } })));
}

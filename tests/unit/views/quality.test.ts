/**
 * The data-quality page's model: which report lands in which group, how many times, in what
 * order, and which input files are listed as giving no report.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { reportCore } from '../../../src/lib/site/core.ts';
import { qualityView } from '../../../src/lib/views/quality.ts';
import type { LogEntry } from '../../../src/lib/template/schema.ts';
import { makeReport } from '../fixture-reports.ts';

const failedBalance = (column: string) => ({ id: 'balance' as const, ok: false, message: `“${column}”列不平衡`, where: `applications.*.${column}` });

const reports = [
  makeReport({ id: '2024-failed', agency: '读取失败镇', status: 'failed' }),
  { ...makeReport({ id: '2024-partial', agency: '部分读取乡', status: 'partial' }), notes: [{ level: 'warning' as const, code: 'cell-ambiguous' as const, message: '表三“（一）予以公开”行：缺少一个数字' }] },
  makeReport({ id: '2023-two-balance', agency: '乙县', year: 2023, checks: [failedBalance('naturalPerson'), failedBalance('total'), { id: 'review', ok: true, message: '平' }] }),
  makeReport({ id: '2024-one-balance', agency: '甲县', year: 2024, checks: [failedBalance('total'), { id: 'prose', ok: false, message: '正文写 5 件，表格为 4 件' }] }),
  makeReport({ id: '2024-clean', agency: '干净街道', checks: [{ id: 'balance', ok: true, message: '平' }] }),
].map(reportCore);

const log: LogEntry[] = [
  { path: 'a/notice.txt', status: 'skipped', messages: ['a/notice.txt: not-a-report: skipped'] },
  { path: 'b/broken.pdf', status: 'failed', messages: ['b/broken.pdf: unreadable-pdf: …'] },
  { path: '读取失败镇.txt', status: 'failed', id: '2024-failed', messages: ['表格均无法读取'] },
  { path: '干净街道.txt', status: 'ok', id: '2024-clean', messages: [] },
];

test('each group lists exactly its reports', () => {
  const view = qualityView(reports, log);
  const ids = (key: string) => view.groups.find((g) => g.key === key)!.items.map((i) => i.id);
  assert.deepEqual(ids('failed'), ['2024-failed']);
  assert.deepEqual(ids('partial'), ['2024-partial']);
  assert.deepEqual(ids('check-balance'), ['2024-one-balance', '2023-two-balance'], 'newest year first');
  assert.deepEqual(ids('check-prose'), ['2024-one-balance']);
  assert.deepEqual(ids('check-review'), [], 'a passed check is no problem');
});

test('an item counts the failures of its check and quotes the first', () => {
  const balance = qualityView(reports, log).groups.find((g) => g.key === 'check-balance')!;
  const two = balance.items.find((i) => i.id === '2023-two-balance')!;
  assert.deepEqual([two.count, two.detail, two.agency, two.year], [2, '“naturalPerson”列不平衡', '乙县', 2023]);
});

test('a report read in part is told by its first warning, with the title of its code', () => {
  const partial = qualityView(reports, log).groups.find((g) => g.key === 'partial')!.items[0]!;
  assert.equal(partial.detail, '无法确定的数值：表三“（一）予以公开”行：缺少一个数字');
});

test('files that gave no report are listed; files of reports are not; the clean count', () => {
  const view = qualityView(reports, log);
  assert.deepEqual(view.files.map((f) => [f.path, f.status]), [['a/notice.txt', '已跳过'], ['b/broken.pdf', '读取失败']]);
  assert.equal(view.reportCount, 5);
  assert.equal(view.cleanCount, 1);
});

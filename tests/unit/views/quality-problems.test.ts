/**
 * One report with every kind of problem a report can have alone: each is listed once, under the
 * report's agency, key, year and level, the differences first and the rest in the order of kinds.
 * Numbers worked out by hand from the cells and dates given.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { reportCore } from '../../../src/lib/site/core.ts';
import { qualityView } from '../../../src/lib/views/quality.ts';
import { makeReport } from '../fixture-reports.ts';

test('a report not read, unplaced, failing two checks, late and copied: six problems, each once', () => {
  const r = {
    ...makeReport({
      id: '2023-every',
      agency: '某县财政局',
      agencyKey: '某县财政局',
      year: 2023,
      level: 'county',
      agencyKind: 'department',
      status: 'failed',
      checks: [
        { id: 'carryover', ok: false, message: '上年结转 6 件', left: 6, right: 13 },
        { id: 'prose', ok: false, message: '正文写 21 件', left: 21, right: 17 },
        { id: 'balance', ok: true, message: '平' },
      ],
    }),
    notes: [{ level: 'error' as const, code: 'table-missing' as const, message: '表三无法读取' }],
    // A department's report of 2023 was due by 31 January 2024: 15 February is 15 days late.
    dates: [{ kind: 'published' as const, date: '2024-02-15', evidence: '发布时间：2024-02-15' }],
    copied: { previousId: '2022-every', previousShare: 0.88, sameYear: [] },
  };
  const v = qualityView([reportCore(r)], []);
  assert.deepEqual(
    v.items.map((i) => [i.kind, i.count, i.diff, i.text]),
    [
      ['carryover', 1, 7, '上年结转 6 件（一方为6，另一方为13，相差7）'],
      ['prose', 1, 4, '正文写 21 件（一方为21，另一方为17，相差4）'],
      ['failed', 1, null, '表格缺失：表三无法读取'],
      ['unplaced', 1, null, '报告未归入任何地区。'],
      ['late', 1, null, '逾期15天：2024-02-15发布，期限为2024-01-31'],
      ['copied', 1, null, '与2022年报告相同的部分约占88%；与同年其他报告没有基本相同的'],
    ],
  );
  assert.ok(v.items.every((i) => i.id === '2023-every' && i.agency === '某县财政局' && i.agencyKey === '某县财政局' && i.year === 2023 && i.level === 'county' && i.division === ''));
  assert.equal(v.items.at(-1)!.share, 0.88);
  assert.deepEqual([v.reportCount, v.cleanCount, v.undatedCount, v.fileCount, v.years], [1, 0, 0, 0, [2023]]);
});

test('a file logged before problems were coded is grouped apart, with what to do about it', () => {
  const v = qualityView([], [{ path: 'old/年报.doc', status: 'failed', messages: ['old/年报.doc: unreadable-doc: damaged'], problems: [] }]);
  assert.deepEqual(v.files.map((g) => [g.code, g.title, g.hint, g.files.map((f) => [f.path, f.status, f.messages])]), [
    [null, '原因未分类', '这些文件的读取日志写于问题分类之前，原因见各自的说明；重新导入即可分类。', [['old/年报.doc', '读取失败', ['old/年报.doc: unreadable-doc: damaged']]]],
  ]);
});

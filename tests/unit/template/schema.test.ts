/**
 * The data contract (docs/SCHEMA.md) as the schema enforces it: each value an enumeration admits,
 * each pattern's bounds (division codes of 2, 4, 6 or 9 digits, days, cell references, web
 * addresses), and what is optional or defaulted. One report is varied a field at a time.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ActiveDisclosure, ActiveDisclosure2019, LogEntry, LogProblem, Report } from '../../../src/lib/template/schema.ts';
import { makeReport } from '../fixture-reports.ts';

const base = makeReport({ agency: '钱店镇人民政府', year: 2024 });
const accepts = (patch: Record<string, unknown>) => Report.safeParse({ ...base, ...patch }).success;

describe('Report', () => {
  test('each value of each enumeration is admitted, a value outside none', () => {
    const values: Record<string, readonly unknown[]> = {
      agencyKind: ['government', 'office', 'department', 'institution', 'other'],
      scope: ['own', 'summary', 'unknown'],
      template: ['2021', '2019', 'pre2019', 'unknown'],
      status: ['ok', 'partial', 'failed'],
      level: ['national', 'province', 'city', 'county', 'township', 'unknown'],
    };
    for (const [field, admitted] of Object.entries(values)) {
      for (const v of admitted) assert.ok(accepts({ [field]: v }), `${field} ${String(v)}`);
      assert.ok(!accepts({ [field]: 'skipped' }), `${field} skipped`);
    }
    for (const format of ['text', 'markdown', 'html', 'docx', 'doc', 'xls', 'pdf', 'ofd', 'image']) assert.ok(accepts({ source: { ...base.source, format } }), format);
    assert.ok(!accepts({ source: { ...base.source, format: 'wps' } }));
  });

  test('id: lower-case letters, digits and dashes only', () => {
    assert.ok(accepts({ id: '2024-qiandian-3' }));
    assert.ok(!accepts({ id: '2024-Qiandian' }));
    assert.ok(!accepts({ id: '2024 qiandian' }));
    assert.ok(!accepts({ id: '' }));
  });

  test('division: a code of 2, 4, 6 or 9 digits, at least one name and code, how it was found', () => {
    const division = (code: string, how = 'name') => accepts({ division: { code, names: ['河南省'], codes: [code], how } });
    for (const code of ['41', '4102', '410225', '410225100']) assert.ok(division(code), code);
    for (const code of ['4', '410', '41022', '4102251', '41022510', '4102251001', '41a2', 'x41']) assert.ok(!division(code), code);
    for (const how of ['manifest', 'path', 'title', 'text', 'name']) assert.ok(division('41', how), how);
    assert.ok(!division('41', 'guess'));
    assert.ok(!accepts({ division: { code: '41', names: [], codes: ['41'], how: 'name' } }));
    assert.ok(!accepts({ division: { code: '41', names: ['河南省'], codes: [], how: 'name' } }));
    assert.ok(accepts({ division: null }));
  });

  test('checks and notes: their ids, levels and codes', () => {
    for (const id of ['balance', 'outcomes', 'rowTotal', 'review', 'prose', 'carryover', 'inForce']) assert.ok(accepts({ checks: [{ id, ok: true, message: '' }] }), id);
    assert.ok(!accepts({ checks: [{ id: 'sum', ok: true, message: '' }] }));
    assert.ok(accepts({ checks: [{ id: 'balance', ok: false, message: '不平衡', where: 'applications.*.total', left: 45, right: 44 }] }));
    for (const level of ['info', 'warning', 'error']) assert.ok(accepts({ notes: [{ level, code: 'table-missing', message: '' }] }), level);
    assert.ok(!accepts({ notes: [{ level: 'fatal', code: 'table-missing', message: '' }] }));
    assert.ok(!accepts({ notes: [{ level: 'info', code: 'no-such-code', message: '' }] }));
    assert.ok(accepts({ notes: [{ level: 'warning', code: 'cell-unread', message: '', line: 44, page: 2, sheet: '表三', cell: 'L44' }] }));
  });

  test('places: a line and column from 1, a page from 1, a cell reference of one to three capitals and a row from 1', () => {
    const place = (p: Record<string, unknown>) => accepts({ places: { 'applications.granted.total': p } });
    assert.ok(place({ line: 1 }));
    assert.ok(place({ page: 1, line: 17, column: 1 }));
    assert.ok(place({ sheet: '表三', line: 44, column: 12, cell: 'L44' }));
    assert.ok(place({ sheet: 'S', line: 100, cell: 'ABC100' }));
    for (const bad of [{ line: 0 }, { line: 1.5 }, { page: 0, line: 3 }, { line: 3, column: 0 }, { line: 3, cell: 'ABCD1' }, { line: 3, cell: 'L0' }, { line: 3, cell: 'l44' }, { line: 3, cell: '44' }, { line: 3, cell: 'L44x' }, { line: 3, cell: 'xL44' }]) {
      assert.ok(!place(bad), JSON.stringify(bad));
    }
  });

  test('dates: a day written YYYY-MM-DD, one of four kinds, evidence of at most 200 characters', () => {
    const date = (d: Record<string, unknown>) => accepts({ dates: [{ kind: 'signed', date: '2025-01-20', evidence: '钱店镇人民政府 2025年1月20日', ...d }] });
    for (const kind of ['published', 'signed', 'file-created', 'file-modified']) assert.ok(date({ kind }), kind);
    assert.ok(!date({ kind: 'downloaded' }));
    for (const bad of ['2025-1-20', '2025-01-20T00:00', 'x2025-01-20', '25-01-20']) assert.ok(!date({ date: bad }), bad);
    assert.ok(date({ evidence: '年'.repeat(200) }));
    assert.ok(!date({ evidence: '年'.repeat(201) }));
  });

  test('the source address http or https; the download day and the ingest time in their forms', () => {
    assert.ok(accepts({ sourceUrl: 'https://www.hongqi.gov.cn/a.html' }));
    assert.ok(accepts({ sourceUrl: 'HTTP://WWW.HONGQI.GOV.CN/A.HTML' }));
    for (const bad of ['ftp://www.hongqi.gov.cn/a', 'https://www.hongqi.gov.cn/a b', 'https://a.gov.cn/"x', 'https://a.gov.cn/<x', 'xhttps://a.gov.cn/', `https://a.gov.cn/${'a'.repeat(2000)}`]) assert.ok(!accepts({ sourceUrl: bad }), bad.slice(0, 40));
    assert.ok(accepts({ sourceDownloaded: '2025-02-01', ingestedAt: '2025-02-01T08:30:00Z' }));
    for (const bad of ['2025-2-1', ' 2025-02-01', '2025-02-01 ']) assert.ok(!accepts({ sourceDownloaded: bad }), bad);
    for (const bad of ['2025-02-01T08:30:00', '2025-02-01T08:30Z', 'x2025-02-01T08:30:00Z', '2025-02-01T08:30:00Zx']) assert.ok(!accepts({ ingestedAt: bad }), bad);
  });

  test('copied: shares from 0 to 1, capped only as true', () => {
    const copied = (c: Record<string, unknown>) => accepts({ copied: { previousId: null, previousShare: null, sameYear: [], ...c } });
    assert.ok(copied({ previousId: '2023-x', previousShare: 1, sameYear: [{ id: '2024-y', share: 0.8 }], sameYearCapped: true }));
    assert.ok(!copied({ previousShare: 1.2 }));
    assert.ok(!copied({ previousShare: -0.1 }));
    assert.ok(!copied({ sameYear: [{ id: '2024-y', share: 1.5 }] }));
    assert.ok(!copied({ sameYearCapped: false }));
  });

  test('the three text sections are kept, each required', () => {
    const sections = { overview: '本年度主动公开信息。', problems: '公开内容不够丰富。', other: '未收取信息处理费。' };
    assert.deepEqual(Report.parse({ ...base, sections }).sections, sections);
    assert.ok(!accepts({ sections: { overview: '', problems: '' } }));
  });

  test('unread defaults to none; a year is whole; pre-2019 totals are numbers or blank', () => {
    const { unread: _unread, ...older } = base;
    assert.deepEqual(Report.parse(older).unread, []);
    assert.ok(!accepts({ year: 2024.5 }));
    assert.ok(accepts({ pre2019: { activeDisclosed: 156, applicationsTotal: 4, reconsideration: 0, litigation: null } }));
    assert.ok(!accepts({ pre2019: { activeDisclosed: 156, applicationsTotal: 4, reconsideration: 0 } }));
  });
});

describe('section 二', () => {
  test('2021: a scalar item is a number, any other an object of its fields', () => {
    const v = { regulations: { issued: 1, repealed: 0, inForce: 11 }, normativeDocuments: { issued: 2, repealed: 1, inForce: 9 }, licensing: 35, penalty: 12, coercion: 3, feesWanYuan: 1.25 };
    assert.ok(ActiveDisclosure.safeParse(v).success);
    assert.ok(!ActiveDisclosure.safeParse({ ...v, licensing: { value: 35 } }).success);
    assert.ok(!ActiveDisclosure.safeParse({ ...v, regulations: { issued: 1, repealed: 0 } }).success);
  });
  test('2019: every item an object of its fields', () => {
    const project = { previousYear: 6, change: 1, decisions: 85 };
    const v = { regulations: { made: 1, published: 1, total: 3 }, normativeDocuments: { made: 4, published: 4, total: 26 }, licensing: project, otherServices: project, penalty: project, coercion: project, fees: { previousYear: 5, change: 1 }, procurement: { projects: 18, amountWanYuan: 56.8 } };
    assert.ok(ActiveDisclosure2019.safeParse(v).success);
    assert.ok(!ActiveDisclosure2019.safeParse({ ...v, fees: 5 }).success);
  });
});

describe('the log', () => {
  test('a problem has a code of the closed set; an entry one of four statuses, its problems none by default', () => {
    assert.ok(LogProblem.safeParse({ where: '2024/x.pdf:p3:12', level: 'warning', code: 'table-missing', message: 'table missing' }).success);
    assert.ok(!LogProblem.safeParse({ where: 'x', code: 'no-such-code', message: '' }).success);
    for (const status of ['ok', 'partial', 'failed', 'skipped']) assert.deepEqual(LogEntry.parse({ path: 'a.txt', status, messages: [] }).problems, [], status);
    assert.ok(!LogEntry.safeParse({ path: 'a.txt', status: 'done', messages: [] }).success);
  });
});

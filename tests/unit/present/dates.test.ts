/**
 * On time or late under 条例 第四十九条: a county's department by 31 January of the year after the
 * one reported on, a local government's own report by 31 March, 乡镇 and 街道 given no deadline;
 * only a publication date decides, never a file's creation date or the signature.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { timeliness } from '../../../src/lib/present/dates.ts';
import type { ReportDate } from '../../../src/lib/template/schema.ts';

const published = (date: string): ReportDate => ({ kind: 'published', date, evidence: `发布时间：${date}` });
/** A department of a county government: 31 January. */
const dept = { level: 'county', agencyKind: 'department' } as const;

describe('timeliness', () => {
  test('31 January itself is on time; 1 February is one day late', () => {
    assert.equal(timeliness({ ...dept, year: 2024, dates: [published('2025-01-31')] }).status, 'on-time');
    assert.deepEqual(timeliness({ ...dept, year: 2024, dates: [published('2025-02-01')] }), { status: 'late', daysLate: 1, text: '逾期1天：2025-02-01发布，期限为2025-01-31' });
  });
  test('days counted across a leap February: 2024-01-31 to 2024-03-01 is 30 days', () => {
    assert.equal(timeliness({ ...dept, year: 2023, dates: [published('2024-03-01')] }).daysLate, 30);
  });
  test('of two publication dates the first (the surest: sources.csv, then the page) counts', () => {
    assert.equal(timeliness({ ...dept, year: 2024, dates: [published('2025-03-10'), published('2025-01-28')] }).daysLate, 38);
    assert.equal(timeliness({ ...dept, year: 2024, dates: [published('2025-01-28'), published('2025-03-10')] }).status, 'on-time');
  });
  test('a file created or signed in time is not a report published in time', () => {
    const dates: ReportDate[] = [
      { kind: 'file-created', date: '2025-01-10', evidence: 'PDF CreationDate: D:20250110' },
      { kind: 'signed', date: '2025-01-12', evidence: '城关镇人民政府 2025年1月12日' },
    ];
    assert.deepEqual(timeliness({ ...dept, year: 2024, dates }), { status: 'unknown', daysLate: null, text: '发布日期不详（落款日期为2025-01-12，文件生成于2025-01-10，均不能说明何时发布），无法判断是否按期' });
  });
  test('a publication date before the year reported on has ended is not taken as the report\'s', () => {
    assert.deepEqual(timeliness({ ...dept, year: 2024, dates: [published('2024-12-31')] }), { status: 'unknown', daysLate: null, text: '所记发布日期2024-12-31早于2024年结束，不可能是本报告的发布日期，无法判断是否按期' });
    assert.equal(timeliness({ ...dept, year: 2024, dates: [published('2025-01-01')] }).status, 'on-time');
  });
  test('a local government\'s own report is due by 31 March; a department of the national government by 31 January', () => {
    const county = { level: 'county', agencyKind: 'government' } as const;
    assert.deepEqual(timeliness({ ...county, year: 2024, dates: [published('2025-03-31')] }), { status: 'on-time', daysLate: 0, text: '按期：2025-03-31发布，期限为2025-03-31' });
    // 31 March to 2 April: two days
    assert.deepEqual(timeliness({ ...county, year: 2024, dates: [published('2025-04-02')] }), { status: 'late', daysLate: 2, text: '逾期2天：2025-04-02发布，期限为2025-03-31' });
    assert.equal(timeliness({ level: 'national', agencyKind: 'government', year: 2024, dates: [published('2025-02-01')] }).daysLate, 1);
  });
  test('a township\'s report is on time by 31 January and never called late after it: the 条例 sets it no deadline', () => {
    const town = { level: 'township', agencyKind: 'government' } as const;
    assert.deepEqual(timeliness({ ...town, year: 2024, dates: [published('2025-01-31')] }), { status: 'on-time', daysLate: 0, text: '按期：2025-01-31发布，早于各级机关最早的期限2025-01-31' });
    assert.deepEqual(timeliness({ ...town, year: 2024, dates: [published('2025-02-01')] }), { status: 'unknown', daysLate: null, text: '2025-02-01发布；条例未规定乡镇（街道）报告的公布期限（县级以上政府部门为次年1月31日），无法判断是否逾期' });
    assert.equal(timeliness({ level: 'unknown', agencyKind: 'other', year: 2024, dates: [published('2025-02-01')] }).status, 'unknown');
  });
  test('no year, no dates, or a file written before dates were read: unknown', () => {
    assert.deepEqual(timeliness({ ...dept, year: null, dates: [published('2025-01-20')] }), { status: 'unknown', daysLate: null, text: '2025-01-20发布；报告年度不详，无法判断是否按期' });
    assert.equal(timeliness({ ...dept, year: 2024, dates: [] }).text, '发布日期不详，无法判断是否按期');
    assert.equal(timeliness({ ...dept, year: 2024 }).status, 'unknown');
  });
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { saysSummary, scopeOf } from '../../../src/lib/agency/scope.ts';

test('a report that counts the whole of its place is a summary', () => {
  // 淮安市人民政府 2024, page 1: "2024 年，全市共受理政府信息公开申请 3119 件".
  assert.equal(saysSummary('淮安市人民政府2024年政府信息公开工作年度报告', '2024 年，全市共受理政府信息公开申请 3119 件，答\n复 3050 件'), true);
  assert.equal(saysSummary('', '全县各级行政机关共收到政府信息公开申请 52 件'), true);
  assert.equal(saysSummary('', '全区政府系统共受理申请 12 件'), true);
  assert.equal(saysSummary('全市政府信息公开工作年度报告汇总', ''), true);
});

test('a place named without counting it does not make a summary', () => {
  assert.equal(saysSummary('郑州市政务服务和数据管理局2024年政府信息公开工作年度报告', '指导全市各级行政机关做好政务公开工作'), false);
  assert.equal(saysSummary('钱店镇2024年政府信息公开工作年度报告', '全镇共收到政府信息公开申请 2 件'), false);
  assert.equal(saysSummary('', '本机关共收到政府信息公开申请 40 件'), false);
});

test('scope: summary where the report says so, own for bodies with nothing below them, else unknown', () => {
  assert.equal(scopeOf(true, 'government', 'city'), 'summary');
  assert.equal(scopeOf(true, 'office', 'province'), 'summary');
  assert.equal(scopeOf(false, 'government', 'township'), 'own');
  assert.equal(scopeOf(false, 'office', 'county'), 'own');
  assert.equal(scopeOf(false, 'department', 'city'), 'own');
  assert.equal(scopeOf(false, 'government', 'county'), 'unknown');
});

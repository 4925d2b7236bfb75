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

test('the whole of any place above a township counts: 全省, 全州, 全盟, 全旗 as 全市, 全县, 全区', () => {
  for (const whole of ['全省', '全州', '全盟', '全旗', '全市', '全县', '全区']) {
    assert.equal(saysSummary('', `${whole}共收到政府信息公开申请 31 件`), true, whole);
  }
  assert.equal(saysSummary('', '全乡共收到政府信息公开申请 31 件'), false);
});

test('each way of naming who is added up, and each way of counting', () => {
  for (const bodies of ['各级行政机关', '各级各类行政机关', '各级政府', '各级各部门', '政府系统', '行政机关', '各部门']) {
    assert.equal(saysSummary('', `全市${bodies}共受理申请 8 件`), true, bodies);
  }
  for (const counted of ['收到', '受理', '新收', '主动公开', '共收到', '累计受理', '合计新收']) {
    assert.equal(saysSummary('', `全县${counted}政府信息 8 件`), true, counted);
  }
  // Bodies named, but nothing counted right after them.
  assert.equal(saysSummary('', '全市各级行政机关认真做好政务公开'), false);
});

test('spaces and line breaks inside the words do not hide them, in the title or the text', () => {
  assert.equal(saysSummary('', '全 县 政府系统\n共 受理申请 12 件'), true);
  assert.equal(saysSummary('某市 政府信息公开工作年度报告 汇\n总', ''), true);
  assert.equal(saysSummary('全\n市政府信息公开工作年度报告', ''), true);
});

test('scope of the other kinds of body and levels with nothing said', () => {
  assert.equal(scopeOf(false, 'institution', 'county'), 'own');
  assert.equal(scopeOf(false, 'other', 'province'), 'own');
  assert.equal(scopeOf(false, 'government', 'city'), 'unknown');
  assert.equal(scopeOf(false, 'government', 'province'), 'unknown');
});

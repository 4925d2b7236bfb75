import { test } from 'node:test';
import assert from 'node:assert/strict';
import { agencyFromTitle, readHeader } from '../../../src/lib/parse/header.ts';

test('agency and year from one-line and two-line titles, 工作报告 and 工作年度报告', () => {
  assert.deepEqual(readHeader(['', '钱店镇 2024 年政府信息公开工作年度报告', '一、总体情况']), {
    title: '钱店镇2024年政府信息公开工作年度报告', titleLine: 1, agency: '钱店镇', year: 2024,
  });
  const two = readHeader(['淮安市人民政府', '2024 年政府信息公开工作年度报告', '本报告由…']);
  assert.equal(two.agency, '淮安市人民政府');
  assert.equal(two.title, '淮安市人民政府2024年政府信息公开工作年度报告');
  const work = readHeader(['吉尔格勒特郭楞蒙古民族乡2024年', '政府信息公开工作报告']);
  assert.equal(work.agency, '吉尔格勒特郭楞蒙古民族乡');
  assert.equal(work.year, 2024);
  assert.equal(agencyFromTitle('关于东风县教育局2020年度政府信息公开工作年度报告'), '东风县教育局');
});

test('without a title: agency from the text, year from the statistics period', () => {
  const h = readHeader(['根据条例要求，编制红旗街道办事处2023年政府信息公开工作年度报告。本报告统计期限自2023年1月1日起至12月31日止。']);
  assert.equal(h.title, '');
  assert.equal(h.agency, '红旗街道办事处');
  assert.equal(h.year, 2023);
});

test('titles with the year first, 关于, brackets, or 人民政府 before the report words', () => {
  assert.equal(agencyFromTitle('2023年度XX县人民政府信息公开工作年度报告'), 'XX县人民政府');
  assert.equal(agencyFromTitle('红旗镇人民政府关于2023年政府信息公开工作年度报告'), '红旗镇人民政府');
  assert.equal(agencyFromTitle('红旗镇政府信息公开工作年度报告（2023年）'), '红旗镇');
  assert.equal(readHeader(['# 钱店镇2024年政府信息公开工作年度报告']).agency, '钱店镇');
});

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

test('an agency no list knows, from the title\'s shape: whatever precedes the year and the report words', () => {
  assert.deepEqual(readHeader(['测试市2025年政府信息公开工作年度报告', '一、总体情况']), {
    title: '测试市2025年政府信息公开工作年度报告', titleLine: 0, agency: '测试市', year: 2025,
  });
  assert.equal(agencyFromTitle('测试市人民政府2025年政府信息公开工作年度报告'), '测试市人民政府');
  assert.equal(agencyFromTitle('2025年测试镇政府信息公开工作年度报告'), '测试镇');
  // 政务公开 for 政府信息公开; 工作的报告; the year after the report words
  assert.equal(readHeader(['测试乡2025年政务公开工作年度报告']).agency, '测试乡');
  assert.equal(readHeader(['关于测试县2025年度政府信息公开工作的报告']).agency, '测试县');
  const late = readHeader(['测试区教育局政府信息公开工作2025年度报告']);
  assert.equal(late.agency, '测试区教育局');
  assert.equal(late.year, 2025);
});

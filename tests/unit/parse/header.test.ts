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

test('a title kept with its label (标题：, 标  题:, 文章标题：, 【标题】) names the agency without the label', () => {
  for (const line of ['标题：红旗县发展和改革局2024年政府信息公开工作年度报告', '标  题: 红旗县发展和改革局2024年政府信息公开工作年度报告', '文章标题：红旗县发展和改革局2024年政府信息公开工作年度报告', '【标题】红旗县发展和改革局2024年政府信息公开工作年度报告']) {
    const h = readHeader(['首页 > 政府信息公开 > 年度报告', line, '发布时间：2025-01-20', '一、总体情况']);
    assert.equal(h.agency, '红旗县发展和改革局', line);
    assert.equal(h.title, '红旗县发展和改革局2024年政府信息公开工作年度报告', line);
    assert.equal(h.year, 2024, line);
    assert.equal(h.titleLine, 1, line);
  }
});

test('a title broken after 公开 beats a line that quotes a document name; a citation never names the agency', () => {
  const h = readHeader([
    '红旗县发展和改革局2024年政府信息公开',
    '工作年度报告',
    '本报告根据《中华人民共和国政府信息公开条例》和《国务院办公厅政府信息与政务公开办公室关于印发',
    '〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（国办公开办函〔2021〕30号）要求编制。',
    '一、总体情况',
  ]);
  assert.equal(h.agency, '红旗县发展和改革局');
  assert.equal(h.title, '红旗县发展和改革局2024年政府信息公开工作年度报告');
  assert.equal(h.titleLine, 0);
  // Without the title, the tail of the citation is still no agency.
  const tail = readHeader(['中华人民共和国2024年政府信息公开工作年度报告格式》要求', '一、总体情况']);
  assert.equal(tail.agency, '');
  assert.equal(readHeader(['现根据《条例》，公布红旗镇2024年政府信息公开工作年度报告']).agency, '红旗镇', 'a sentence gives the name after its last stop');
  const quoted = readHeader(['《红旗镇2024年政府信息公开工作年度报告》', '一、总体情况']);
  assert.deepEqual([quoted.agency, quoted.title], ['红旗镇', '红旗镇2024年政府信息公开工作年度报告'], 'a title printed within 《》 is a title');
});

test('a title in traditional characters is a title; the agency is named as printed', () => {
  const h = readHeader(['紅旗縣發展和改革局2024年政府信息公開工作年度報告', '一、總體情況']);
  assert.equal(h.agency, '紅旗縣發展和改革局');
  assert.equal(h.title, '紅旗縣發展和改革局2024年政府信息公開工作年度報告');
  assert.equal(h.year, 2024);
  assert.equal(readHeader(['標題：東風鄉人民政府2023年政府信息公開工作年度報告']).agency, '東風鄉人民政府');
});

test("a page's own title (<title>, the site's name split off) is title evidence; a printed title with its year comes first", () => {
  for (const title of ['红旗县发展和改革局2024年政府信息公开工作年度报告_红旗县人民政府', '红旗县发展和改革局2024年政府信息公开工作年度报告 - 红旗县人民政府网', '红旗县人民政府网|红旗县发展和改革局2024年政府信息公开工作年度报告', '红旗县发展和改革局2024年政府信息公开工作年度报告——红旗县人民政府']) {
    const h = readHeader(['首页', '发布时间：2025-01-20', '一、总体情况', '2024年，我局……'], [title]);
    assert.equal(h.agency, '红旗县发展和改革局', title);
    assert.equal(h.title, '红旗县发展和改革局2024年政府信息公开工作年度报告', title);
    assert.equal(h.titleLine, null, 'no line of the text is the title');
    assert.equal(h.year, 2024);
  }
  const bare = readHeader(['首页'], ['红旗县发展和改革局2024年政府信息公开工作年度报告-红旗县人民政府网']);
  assert.equal(bare.title, '红旗县发展和改革局2024年政府信息公开工作年度报告', 'a hyphen without spaces separates the site name too');
  const printed = readHeader(['红旗镇2024年政府信息公开工作年度报告', '一、总体情况'], ['年度报告_红旗县人民政府']);
  assert.equal(printed.agency, '红旗镇');
  assert.equal(printed.titleLine, 0);
});

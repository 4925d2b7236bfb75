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

test('the report words of a title: 人民政府 before 信息公开, without 工作, a year after them with 年', () => {
  assert.equal(readHeader(['测试县人民政府信息公开工作2024年度报告']).title, '测试县人民政府信息公开工作2024年度报告');
  assert.equal(readHeader(['红旗镇2024年政府信息公开年度报告']).title, '红旗镇2024年政府信息公开年度报告');
  const late = readHeader(['测试区教育局政府信息公开工作2025年报告']);
  assert.deepEqual([late.title, late.agency, late.year], ['测试区教育局政府信息公开工作2025年报告', '测试区教育局', 2025]);
});

test('a title over two lines whose second line begins with 关于 or the year: the agency is the line above', () => {
  for (const second of ['关于2024年度政府信息公开工作的报告', '关于2024年政府信息公开工作的报告', '2024年关于政府信息公开工作的报告']) {
    const h = readHeader(['红旗镇人民政府', second, '一、总体情况']);
    assert.deepEqual([h.agency, h.title, h.titleLine, h.year], ['红旗镇人民政府', `红旗镇人民政府${second}`, 1, 2024], second);
  }
});

test('the line above a title is its first half only when it is 30 characters or fewer', () => {
  const thirty = '红旗县发展和改革局' + '一'.repeat(21);
  assert.equal(readHeader([thirty, '2024年政府信息公开工作年度报告']).title, `${thirty}2024年政府信息公开工作年度报告`);
  assert.equal(readHeader([`${thirty}一`, '2024年政府信息公开工作年度报告']).title, '2024年政府信息公开工作年度报告');
});

test('the year of a title is the title’s, whatever year the text names most', () => {
  const h = readHeader(['钱店镇2023年政府信息公开工作年度报告', '2024年1月，本镇……', '2024年2月，……', '2024年3月，……']);
  assert.equal(h.year, 2023);
});

test('without a year in a title: the statistics period, else the year named most, the later of a tie', () => {
  assert.equal(readHeader(['本报告统计期间2022年1月1日至12月31日。', '2023年2月发布。2023年3月更新。']).year, 2022);
  assert.equal(readHeader(['本报告统计时限为2021年1月1日至12月31日。']).year, 2021);
  assert.equal(readHeader(['2023年1月……2024年2月……2023年3月……2023年4月']).year, 2023);
  assert.equal(readHeader(['2023年1月……2022年2月……2023年3月……2022年4月']).year, 2023);
  assert.equal(readHeader(['2022年1月……2023年2月……2022年3月……2023年4月']).year, 2023);
  assert.equal(readHeader(['一、总体情况', '概述。']).year, null);
});

test('a printed title with its year comes before the page’s own title and before a sentence naming the year', () => {
  const h = readHeader(['根据条例，现将2024年政府信息公开工作年度报告公布。', '红旗镇2024年政府信息公开工作年度报告'], ['东风乡2023年政府信息公开工作年度报告_网站']);
  assert.deepEqual([h.title, h.titleLine, h.agency, h.year], ['红旗镇2024年政府信息公开工作年度报告', 1, '红旗镇', 2024]);
});

test('without a printed title with its year: the page’s title, then a sentence with a year, then a title without one', () => {
  // A sentence with the year and no page title: the sentence, its agency after its verb.
  const sentence = readHeader(['本镇政府信息公开工作年度报告，请查阅。', '现将红旗镇2024年政府信息公开工作年度报告公布如下。']);
  assert.deepEqual([sentence.titleLine, sentence.agency], [1, '红旗镇']);
  // No year anywhere: the page's own title before a printed one.
  const page = readHeader(['红旗镇政府信息公开工作年度报告'], ['东风乡政府信息公开工作年度报告_东风县人民政府网']);
  assert.deepEqual([page.title, page.titleLine, page.agency, page.year], ['东风乡政府信息公开工作年度报告', null, '东风乡', null]);
  // No year and no page title: a title before a sentence.
  const plain = readHeader(['本镇政府信息公开工作年度报告，请查阅。', '红旗镇政府信息公开工作年度报告']);
  assert.deepEqual([plain.title, plain.titleLine, plain.agency], ['红旗镇政府信息公开工作年度报告', 1, '红旗镇']);
  // A page title that is only the site's name is no title.
  assert.deepEqual([readHeader(['首页'], ['红旗县人民政府网']).title, readHeader(['首页'], ['红旗县人民政府网']).titleLine], ['', null]);
});

test('a title is looked for in the first 25 lines, an agency in the text in the first 60', () => {
  const filler = Array.from({ length: 25 }, (_, i) => `第${i + 1}段。`);
  const late = readHeader([...filler, '红旗镇2024年政府信息公开工作年度报告']);
  assert.deepEqual([late.title, late.titleLine, late.agency], ['', null, '红旗镇']);
  const sentence = '依照条例编制红旗镇2024年政府信息公开工作年度报告，现予公布，本报告所列数据的统计期限自2024年1月1日起至2024年12月31日止。';
  assert.equal(readHeader([...Array.from({ length: 59 }, () => '正文。'), sentence]).agency, '红旗镇');
  assert.equal(readHeader([...Array.from({ length: 60 }, () => '正文。'), sentence]).agency, '');
});

test('a title of 60 characters is a title; a line broken after 公开 with nothing after it is none', () => {
  const sixty = `红旗县${'一'.repeat(40)}2024年政府信息公开工作年度报告`;
  assert.equal(sixty.length, 60);
  assert.equal(readHeader([sixty]).title, sixty);
  assert.equal(readHeader([`一${sixty}`]).title, '');
  assert.equal(readHeader(['红旗镇2024年政府信息公开']).title, '');
});

test('[标题] before a title is a label; a document cited in a line, or one begun and not closed, is no title', () => {
  assert.equal(readHeader(['[标题]红旗镇2024年政府信息公开工作年度报告']).agency, '红旗镇');
  assert.equal(readHeader(['参见《红旗镇2024年政府信息公开工作年度报告》', '一、总体情况']).title, '');
  assert.equal(readHeader(['《红旗镇2024年政府信息公开工作年度报告》附件', '一、总体情况']).title, '');
  assert.equal(readHeader(['东风乡2024年依据《政府信息公开工作年度报告格式', '一、总体情况']).title, '');
});

test('an agency in the text is never joined across a citation; without one it is empty', () => {
  const long = '依据《中华人民共和国政府信息公开条例》红旗镇2024年政府信息公开工作年度报告如下，本报告所列数据的统计期限自2024年1月1日起至12月31日止。';
  assert.equal(readHeader([long]).agency, '红旗镇');
  assert.equal(readHeader(['一、总体情况', '概述。']).agency, '');
  // 信息公开 without 政府 before it.
  const bare = '现依照条例的要求编制本年度报告，特此说明，红旗镇2024年度信息公开工作的各项统计数据均截至2024年12月31日。';
  assert.equal(readHeader([bare]).agency, '红旗镇');
});

test('the agency of a title: a year after 政府, 的 before the year, empty brackets, a name that holds brackets', () => {
  assert.equal(agencyFromTitle('红旗镇政府2023年信息公开工作年度报告'), '红旗镇政府');
  assert.equal(agencyFromTitle('东风县教育局的2020年度政府信息公开工作报告'), '东风县教育局');
  assert.equal(agencyFromTitle('红旗镇人民政府（）2024年政府信息公开工作年度报告'), '红旗镇人民政府');
  // Read in half-width forms (readHeader names it as printed).
  assert.equal(agencyFromTitle('红旗县（新区）管委会2024年政府信息公开工作年度报告'), '红旗县(新区)管委会');
  assert.equal(agencyFromTitle('红旗镇公开工作年度报告'), '红旗镇');
  assert.equal(readHeader(['## 钱店镇2024年政府信息公开工作年度报告']).agency, '钱店镇');
});

test('a title broken elsewhere than after 公开, 年度 or 工作 is not joined with the next line', () => {
  assert.equal(readHeader(['红旗镇政府信息公开2024', '年度工作报告']).title, '');
});

test('a year named more often wins though it is named later; marks before a title and a path with > are no title', () => {
  assert.equal(readHeader(['2024年1月……2023年2月……2023年3月']).year, 2023);
  assert.equal(readHeader(['## 钱店镇2024年政府信息公开工作年度报告']).title, '钱店镇2024年政府信息公开工作年度报告');
  assert.equal(readHeader(['政务公开 > 红旗镇2024年政府信息公开工作年度报告']).title, '');
});

/**
 * Dates read from a report's lines and its metadata values: each form a report or a CMS writes,
 * days that do not exist refused, and the signature told from dates in the body.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { dayOf, pageDates, readDates, signedDate } from '../../../src/lib/parse/dates.ts';
import { provenance, webAddress } from '../../../src/lib/parse/provenance.ts';

describe('dayOf', () => {
  test('every form a CMS, a PDF, a DOCX or a report writes', () => {
    assert.equal(dayOf('2025-02-05 10:12'), '2025-02-05');
    assert.equal(dayOf('2025-01-24T08:30:00+08:00'), '2025-01-24');
    assert.equal(dayOf("D:20261207063259Z'"), '2026-12-07');
    assert.equal(dayOf('2024/1/9'), '2024-01-09');
    assert.equal(dayOf('2023.12.28'), '2023-12-28');
    assert.equal(dayOf('2025年1月20日'), '2025-01-20');
    assert.equal(dayOf('２０２５年１月２３日'), '2025-01-23');
  });
  test('Chinese numerals: 一 to 九, 十, 十X, 二十X, 三十X', () => {
    assert.equal(dayOf('二〇二五年一月二十日'), '2025-01-20');
    assert.equal(dayOf('二〇二四年十二月三十一日'), '2024-12-31');
    assert.equal(dayOf('二零二三年十月十日'), '2023-10-10');
    assert.equal(dayOf('二〇二五年二月十五日'), '2025-02-15');
  });
  test('a day that does not exist, or no day at all, is null', () => {
    assert.equal(dayOf('2025年2月30日'), null);
    assert.equal(dayOf('2025-13-01'), null);
    assert.equal(dayOf('二〇二五年一月三十二日'), null);
    assert.equal(dayOf('二〇二五年一月四十日'), null);
    assert.equal(dayOf('2024年度'), null);
    assert.equal(dayOf(''), null);
  });
  test('spaces between the parts, a two-digit month and day', () => {
    assert.equal(dayOf('2024 年 12 月 31 日'), '2024-12-31');
    assert.equal(dayOf('2024年12月31日'), '2024-12-31');
    assert.equal(dayOf('2025年1月1日'), '2025-01-01');
  });
  test('years from 1990 to 2100 only, in either numerals', () => {
    assert.equal(dayOf('1990年1月1日'), '1990-01-01');
    assert.equal(dayOf('1989年12月31日'), null);
    assert.equal(dayOf('一九八九年十二月三十一日'), null);
    assert.equal(dayOf('二一〇〇年一月一日'), '2100-01-01');
    assert.equal(dayOf('二一〇一年一月一日'), null);
  });
  test('a numeral that is no number, in the day or the year, is no day', () => {
    assert.equal(dayOf('二〇二五年一月十一〇日'), null);
    assert.equal(dayOf('二〇十五年一月五日'), null);
  });
});

describe('signedDate', () => {
  test('the signing body and the date on one line', () => {
    assert.deepEqual(signedDate(['一、总体情况', '本年度未收取信息处理费。', 'XX镇人民政府 2025年1月20日']), { kind: 'signed', date: '2025-01-20', evidence: 'XX镇人民政府 2025年1月20日' });
  });
  test('the date alone on the line after the signature, in Chinese numerals: the evidence shows both', () => {
    assert.deepEqual(signedDate(['本年度未收取信息处理费。', '柳园口乡人民政府', '二〇二五年一月二十二日']), { kind: 'signed', date: '2025-01-22', evidence: '柳园口乡人民政府 二〇二五年一月二十二日' });
  });
  test('a web page footer after the signature does not hide it', () => {
    const lines = ['正文', '城关镇人民政府', '2024年1月18日', '主办：城关镇人民政府 网站标识码：4116250001', '2024年版权所有', 'ICP备案号：豫ICP备12345678号'];
    assert.equal(signedDate(lines)?.date, '2024-01-18');
  });
  test('dates inside sentences are not a signature', () => {
    assert.equal(signedDate(['本报告所列数据的统计期限自2024年1月1日起至2024年12月31日止。', '受理时间：2024年3月5日', '2024年，本镇共收到申请3件。']), null);
  });
  test('a date set off by spaces, as a right-aligned signature prints it, is still the signature', () => {
    assert.deepEqual(signedDate(['本年度未收取信息处理费。', '钱店镇人民政府', '　　　　　　2025年1月20日  ']), { kind: 'signed', date: '2025-01-20', evidence: '钱店镇人民政府 2025年1月20日' });
  });
  test('a date alone on the first line has no line above it', () => {
    assert.deepEqual(signedDate(['2025年1月20日']), { kind: 'signed', date: '2025-01-20', evidence: '2025年1月20日' });
  });
  test('the line above joins the evidence when it is short: 40 characters, counted without the spaces around it', () => {
    const forty = `${'红旗县发展和改革局'.repeat(4)}政务公开`;
    assert.equal(forty.length, 40);
    assert.equal(signedDate(['正文', forty, '2025年1月20日'])?.evidence, `${forty} 2025年1月20日`);
    assert.equal(signedDate(['正文', `${forty}办`, '2025年1月20日'])?.evidence, '2025年1月20日', 'a line of 41 is a sentence, not the signature');
    assert.equal(signedDate(['正文', `红旗街道办事处${' '.repeat(35)}`, '2025年1月20日'])?.evidence, '红旗街道办事处 2025年1月20日');
  });
  test('only the last lines are looked at: a date alone on the 41st line from the end is not the signature', () => {
    const lines = ['钱店镇人民政府', '2025年1月20日', ...Array.from({ length: 40 }, (_, i) => `第${i + 1}段正文。`)];
    assert.equal(signedDate(lines), null);
    assert.equal(signedDate(lines.slice(0, 41))?.date, '2025-01-20');
  });
});

describe('pageDates', () => {
  test('发布时间 among other fields of the line; the evidence is the label and the value only', () => {
    assert.deepEqual(pageDates(['当前位置：首页', '发布时间：2024-01-19  来源：红旗街道办事处  字号：[ 大 中 小 ]']), [{ kind: 'published', date: '2024-01-19', evidence: '发布时间：2024-01-19' }]);
    assert.deepEqual(pageDates(['来源：钱店镇 时间：2025-02-03 10:00 浏览：5']), [{ kind: 'published', date: '2025-02-03', evidence: '时间：2025-02-03 10:00' }]);
    assert.deepEqual(pageDates(['发布日期:2025年1月26日']), [{ kind: 'published', date: '2025-01-26', evidence: '发布日期：2025年1月26日' }]);
  });
  test('a space before the colon; the time with seconds, after more than one space', () => {
    assert.deepEqual(pageDates(['发布时间 ：2024-01-19']), [{ kind: 'published', date: '2024-01-19', evidence: '发布时间：2024-01-19' }]);
    assert.deepEqual(pageDates(['时间：2025-02-03   10:05:37 来源：钱店镇']), [{ kind: 'published', date: '2025-02-03', evidence: '时间：2025-02-03 10:05:37' }]);
  });
  test('only the first 60 lines, and lines of at most 120 characters, are looked at', () => {
    const filler = Array.from({ length: 59 }, (_, i) => `栏目${i + 1}`);
    assert.deepEqual(pageDates([...filler, '发布时间：2024-01-19']).map((d) => d.date), ['2024-01-19']);
    assert.deepEqual(pageDates([...filler, '栏目60', '发布时间：2024-01-19']), []);
    const line = `来源：${'红'.repeat(101)} 发布时间：2024-01-19`;
    assert.equal(line.length, 120);
    assert.deepEqual(pageDates([line]).map((d) => d.date), ['2024-01-19']);
    assert.deepEqual(pageDates([`红${line}`]), []);
  });
  test('受理时间 and the like are not a publication date, nor is a sentence about another document', () => {
    assert.deepEqual(pageDates(['受理时间：2024-03-05', '办理时间：2024年4月1日']), []);
    assert.deepEqual(pageDates(['印发《关于做好2024年政务公开工作的通知》（发布时间：2024-03-01）。']), []);
    assert.deepEqual(pageDates([`${'本年度，我镇围绕重点领域做好信息公开工作，'.repeat(6)} 发布时间：2024-03-01`]), []);
  });
});

describe('readDates', () => {
  test('metadata first, then the page, then the signature; one of each kind and day', () => {
    const doc = {
      lines: [],
      exactCells: true,
      meta: { dates: [{ kind: 'published' as const, value: '2025-02-05 10:12', field: '<meta name="PubDate">' }, { kind: 'file-created' as const, value: '2025-02-31', field: 'PDF CreationDate' }] },
    };
    assert.deepEqual(readDates(doc, ['发布日期：2025-02-05', '正文', '钱店镇人民政府 2025年1月20日']), [
      { kind: 'published', date: '2025-02-05', evidence: '<meta name="PubDate">: 2025-02-05 10:12' },
      { kind: 'signed', date: '2025-01-20', evidence: '钱店镇人民政府 2025年1月20日' },
    ]);
  });
});

describe('readDates, more', () => {
  const doc = (dates: { kind: 'published' | 'file-created'; value: string; field: string }[]) => ({ lines: [], exactCells: true, meta: { dates } });
  test('a file without metadata: the page and the signature; a page date of another day than the metadata is kept', () => {
    assert.deepEqual(readDates({ lines: [], exactCells: true }, ['发布时间：2025-02-06', '正文']), [{ kind: 'published', date: '2025-02-06', evidence: '发布时间：2025-02-06' }]);
    assert.deepEqual(readDates(doc([{ kind: 'published', value: '2025-02-05', field: 'PubDate' }]), ['发布时间：2025-02-06']).map((d) => d.date), ['2025-02-05', '2025-02-06']);
  });
  test("the evidence: spaces run together and trimmed; cut with … beyond 80 characters", () => {
    assert.equal(readDates(doc([{ kind: 'published', value: '  2025-02-05    10:12 ', field: 'PubDate' }]), [])[0]!.evidence, 'PubDate: 2025-02-05 10:12');
    // "PubDate: 2025-02-05 " is 20 characters.
    const eighty = readDates(doc([{ kind: 'published', value: `2025-02-05 ${'红旗街道'.repeat(15)}`, field: 'PubDate' }]), []);
    assert.equal(eighty[0]!.evidence, `PubDate: 2025-02-05 ${'红旗街道'.repeat(15)}`);
    const longer = readDates(doc([{ kind: 'published', value: `2025-02-05 ${'红旗街道'.repeat(20)}`, field: 'PubDate' }]), []);
    assert.equal(longer[0]!.evidence, `PubDate: 2025-02-05 ${'红旗街道'.repeat(14)}红旗街…`);
  });
  test('at most 12 dates', () => {
    const lines = Array.from({ length: 13 }, (_, i) => `发布时间：2024-03-${String(i + 1).padStart(2, '0')}`);
    const dates = readDates({ lines: [], exactCells: true }, lines);
    assert.equal(dates.length, 12);
    assert.equal(dates[11]!.date, '2024-03-12');
  });
});

describe('provenance', () => {
  test("the dates, and the first address the page states that is a web address", () => {
    const doc = { lines: [], exactCells: true, meta: { dates: [], urls: ['javascript:void(0)', 'https://www.hongqi.gov.cn/xxgk/2025/a.html', 'https://www.hongqi.gov.cn/b.html'] } };
    assert.deepEqual(provenance(doc, ['发布时间：2025-02-06']), {
      dates: [{ kind: 'published', date: '2025-02-06', evidence: '发布时间：2025-02-06' }],
      sourceUrl: 'https://www.hongqi.gov.cn/xxgk/2025/a.html',
    });
  });
  test('no address, or none that is a web address: no sourceUrl', () => {
    assert.deepEqual(provenance({ lines: [], exactCells: true }, []), { dates: [] });
    assert.deepEqual(provenance({ lines: [], exactCells: true, meta: { dates: [], urls: ['file:///C:/a.html'] } }, []), { dates: [] });
  });
});

describe('webAddress', () => {
  test('http and https only', () => {
    assert.equal(webAddress(' https://www.example.gov.cn/a.html '), 'https://www.example.gov.cn/a.html');
    assert.equal(webAddress('http://example.gov.cn/x?id=1'), 'http://example.gov.cn/x?id=1');
    assert.equal(webAddress('javascript:alert(1)'), null);
    assert.equal(webAddress('file:///C:/a.html'), null);
    assert.equal(webAddress('/xxgk/a.html'), null);
    assert.equal(webAddress('https://a.gov.cn/"><script>'), null);
    assert.equal(webAddress('http://[2001:db8::1/a.html'), null, 'the pattern admits it, the address is malformed');
  });
});

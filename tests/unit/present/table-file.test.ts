/** Downloads of what a page shows: the columns and values of the table model, formula-safe, with a BOM. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import Papa from 'papaparse';
import { cellText, chartTable, measureColumn, measureShownCell, type ShownTable } from '../../../src/lib/present/shown-table.ts';
import { fileHeader, tableCsv, tableJson } from '../../../src/lib/present/table-file.ts';
import { measureCell } from '../../../src/lib/measures/cell.ts';
import { countsOf } from '../../../src/lib/measures/values.ts';
import { RICH } from '../fixture-reports.ts';
import { failedMark, SUMMARY_MARK } from '../../../src/lib/present/marks.ts';

const counts = countsOf(RICH);
const TABLE: ShownTable = {
  title: '测试表',
  columns: [{ label: '机关', kind: 'text' }, { label: '年度', kind: 'year' }, measureColumn('newReceived'), measureColumn('grantedShare'), measureColumn('reconsiderationCorrectedShare')],
  rows: [
    [{ value: '甲县人民政府', href: '/agency/jia/' }, { value: 2024 }, measureShownCell(measureCell('newReceived', counts)), measureShownCell(measureCell('grantedShare', counts), true), measureShownCell(measureCell('reconsiderationCorrectedShare', counts))],
    [{ value: '=HYPERLINK("http://x")' }, { value: 2023 }, { value: 1234 }, { value: null }, { value: null }],
  ],
};

test('cells read as on the page: counts with separators, rates as percentages, blanks as a dash', () => {
  const [name, year, count, rate, small] = TABLE.columns;
  assert.equal(cellText(name!, TABLE.rows[0]![0]!), '甲县人民政府');
  assert.equal(cellText(year!, TABLE.rows[0]![1]!), '2024');
  assert.equal(cellText(count!, TABLE.rows[1]![2]!), '1,234');
  assert.equal(cellText(rate!, TABLE.rows[0]![3]!), '30.8%', '12 of 39');
  assert.deepEqual(TABLE.rows[0]![3], { value: 12 / 39, basis: '12/39' });
  assert.deepEqual(TABLE.rows[0]![4], { value: 0.5, small: true }, '纠正 3 of 6 decided: a small denominator');
  assert.equal(cellText(small!, TABLE.rows[1]![4]!), '—');
});

test('the CSV: BOM, the page’s labels, a rate as its percentage and its small-denominator flag, formulas neutralised', () => {
  const csv = tableCsv(TABLE);
  assert.ok(csv.startsWith('\uFEFF'));
  const rows = Papa.parse<string[]>(csv.slice(1).trim()).data;
  assert.deepEqual(rows[0], ['机关', '年度', '本年新收', '予以公开比例（%）', '予以公开比例基数过小', '复议纠错比例（%）', '复议纠错比例基数过小']);
  assert.deepEqual(rows[1], ['甲县人民政府', '2024', '40', '30.8', '', '50.0', '是'], 'a percentage with its one decimal, as shown');
  assert.deepEqual(rows[2], ["'=HYPERLINK(\"http://x\")", '2023', '1234', '', '', '', '']);
  assert.deepEqual(fileHeader(TABLE.columns).length, rows[0]!.length);
});

test('the JSON: the same columns, each row an object, with the page it came from', () => {
  const json = JSON.parse(tableJson(TABLE, 'http://site/agencies/?sort=name'));
  assert.equal(json.title, '测试表');
  assert.equal(json.source, 'http://site/agencies/?sort=name');
  assert.deepEqual(json.rows[0], { 机关: '甲县人民政府', 年度: 2024, 本年新收: 40, '予以公开比例（%）': 30.8, 予以公开比例基数过小: false, '复议纠错比例（%）': 50, 复议纠错比例基数过小: true });
  assert.deepEqual(json.rows[1]['予以公开比例（%）'], null);
});

test('a chart’s numbers as a table: categories down, series across, the unit in the label', () => {
  const t = chartTable({ title: '申请', labels: ['2023年', '2024年'], series: [{ label: '新收', values: [4, 12] }, { label: '办理', values: [null, 9] }], unit: '件' });
  assert.deepEqual(t.columns.map((c) => [c.label, c.kind]), [['类别', 'text'], ['新收（件）', 'count'], ['办理（件）', 'count']]);
  assert.deepEqual(t.rows, [[{ value: '2023年' }, { value: 4 }, { value: null }], [{ value: '2024年' }, { value: 12 }, { value: 9 }]]);
  assert.equal(chartTable({ title: '比例', labels: ['甲'], series: [{ label: '予以公开比例', values: [0.5] }], unit: '', percent: true }).columns[1]!.label, '予以公开比例');
});

test('a column whose cells carry marks is followed by a column of them; the names stay as they are', () => {
  const marked: ShownTable = {
    title: '机关列表',
    columns: [{ label: '机关', kind: 'text' }, measureColumn('newReceived')],
    rows: [
      [{ value: '郸城县人民政府', marks: [SUMMARY_MARK] }, { value: 120 }],
      [{ value: '钱店镇', marks: [failedMark(['carryover'])] }, { value: 13 }],
      [{ value: '汲冢镇' }, { value: 23 }],
    ],
  };
  const rows = Papa.parse<string[]>(tableCsv(marked).slice(1), { skipEmptyLines: true }).data;
  assert.deepEqual(rows, [
    ['机关', '机关标记', '本年新收'],
    ['郸城县人民政府', '汇总', '120'],
    ['钱店镇', '未通过核对', '13'],
    ['汲冢镇', '', '23'],
  ]);
  assert.deepEqual(JSON.parse(tableJson(marked, 'x')).rows[1], { 机关: '钱店镇', 机关标记: '未通过核对', 本年新收: 13 });
  assert.deepEqual(Papa.parse<string[]>(tableCsv(TABLE).slice(1)).data[0]!.filter((h) => h.endsWith('标记')), [], 'no marks, no column');
});

/**
 * The downloads of a place's page and of a peers page (views/place-tables.ts), on the hand-made
 * country of tests/unit/site/place-fixtures.ts: every value below is read from its table.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildSite } from '../../../src/lib/site/site.ts';
import type { Report } from '../../../src/lib/template/schema.ts';
import { COVERAGE_MEASURES, placeView } from '../../../src/lib/views/place.ts';
import { agenciesTable, coverageTable, missingText, peerTrendTable } from '../../../src/lib/views/place-tables.ts';
import { peerPage } from '../../../src/lib/views/peers.ts';
import { PLACE_REPORTS, placeSite } from '../site/place-fixtures.ts';

test('a place’s agencies download with their kind and, year by year, 有报告, 汇总报告 or 本站未收录, each report linked', () => {
  const view = placeView(placeSite(), '411625')!;
  const table = agenciesTable(view, view.agencies, '郸城县本级机关');
  const id2024 = (agency: string) => PLACE_REPORTS.find((r) => r.agency === agency && r.year === 2024)!.id;
  assert.equal(table.title, '郸城县本级机关');
  assert.deepEqual(table.columns, [
    { label: '机关', kind: 'text' },
    { label: '类别', kind: 'text' },
    { label: '2024年', kind: 'text' },
    { label: '2023年', kind: 'text' },
  ]);
  // the government's 2024 report is a summary; none of the four has a 2023 report
  assert.deepEqual(table.rows, [
    [{ value: '郸城县人民政府', href: '/agency/dan-cheng-xian-ren-min-zheng-fu-411625/' }, { value: '人民政府（街道办事处）' }, { value: '汇总报告', href: `/report/${id2024('郸城县人民政府')}/` }, { value: '本站未收录' }],
    [{ value: '郸城县财政局', href: '/agency/dan-cheng-xian-cai-zheng-ju-411625/' }, { value: '政府部门' }, { value: '有报告', href: `/report/${id2024('郸城县财政局')}/` }, { value: '本站未收录' }],
    [{ value: '郸城县教育体育局', href: '/agency/dan-cheng-xian-jiao-yu-ti-yu-ju-411625/' }, { value: '政府部门' }, { value: '有报告', href: `/report/${id2024('郸城县教育体育局')}/` }, { value: '本站未收录' }],
    [{ value: '郸城县人民法院', href: '/agency/dan-cheng-xian-ren-min-fa-yuan-411625/' }, { value: '其他机关' }, { value: '有报告', href: `/report/${id2024('郸城县人民法院')}/` }, { value: '本站未收录' }],
  ]);
});

test('a year without a report names the unplaced reports that may be it, each with its name, year and id', () => {
  assert.equal(missingText({ status: 'none', maybe: [] }), '本站未收录');
  assert.equal(
    missingText({
      status: 'none',
      maybe: [
        { id: '2023-cjx', slug: 'cheng-jiao-xiang', name: '城郊乡', year: 2023 },
        { id: '2023-cjx-2', slug: 'cheng-jiao-xiang-ren-min-zheng-fu', name: '城郊乡人民政府', year: 2023 },
      ],
    }),
    '本站未收录；可能是：未归入地区的“城郊乡”2023年报告（2023-cjx）、未归入地区的“城郊乡人民政府”2023年报告（2023-cjx-2）',
  );
});

test('a county against its townships downloads a year as measures down, its government’s report and the townships’ sum across', () => {
  const view = placeView(placeSite(), '411625')!;
  const [y2024, y2023] = view.coverage!.years;
  const table = coverageTable(view, y2024!, COVERAGE_MEASURES);
  assert.equal(table.title, '郸城县2024年本级报告与乡镇（街道）报告之和');
  assert.deepEqual(table.columns, [
    { label: '指标', kind: 'text' },
    { label: '郸城县人民政府（统计范围：全辖区汇总（含下级机关））', kind: 'count' },
    { label: '乡镇（街道）报告之和（4份）', kind: 'count' },
  ]);
  const row = (label: string) => table.rows.find((r) => r[0]!.value === label)!.map((c) => c.value);
  // the government's 200 / 180 / 90 / 9 against 钱店镇, 汲冢镇, 石槽镇 and 城郊乡: 30 + 50 + 6 + 14, 20 + 40 + 5 + 12, 8 + 30 + 5 + 3, 2 + 4 + 1
  assert.deepEqual(row('本年新收申请'), ['本年新收申请', 200, 100]);
  assert.deepEqual(row('办理结果总计'), ['办理结果总计', 180, 77]);
  assert.deepEqual(row('予以公开'), ['予以公开', 90, 46]);
  assert.deepEqual(row('行政复议'), ['行政复议', 9, 7]);
  assert.equal(table.rows.length, COVERAGE_MEASURES.length);
  // 2023: no report of the county's government; a column saying so, blank
  const t2023 = coverageTable(view, y2023!, COVERAGE_MEASURES);
  assert.deepEqual(t2023.columns.map((c) => c.label), ['指标', '郸城县政府（本站未收录本年报告）', '乡镇（街道）报告之和（2份）']);
  assert.deepEqual(t2023.rows.find((r) => r[0]!.value === '本年新收申请')!.map((c) => c.value), ['本年新收申请', null, 20]);
});

test('a peers page’s trend downloads as shown: each member’s 本年新收申请 over the years, its failed figure marked, then the median', () => {
  // 2023: 钱店镇 12 and 石槽镇 8 (median 10); 2024: 汲冢镇 50, 钱店镇 30, 城郊乡 14, 石槽镇 6 (median 22); 汲冢镇 fails a check
  const failing = (r: Report) => (r.agency === '汲冢镇' ? { ...r, checks: [{ id: 'rowTotal' as const, ok: false, message: '合计不符' }] } : r);
  const table = peerTrendTable(peerPage(buildSite(PLACE_REPORTS.map(failing)), '411625', 'townships'));
  assert.equal(table.title, '郸城县各乡镇（街道）本年新收申请逐年变化');
  assert.deepEqual(table.columns, [
    { label: '机关', kind: 'text' },
    { label: '2023年', kind: 'count' },
    { label: '2024年', kind: 'count' },
  ]);
  assert.deepEqual(table.rows.map((r) => r.map((c) => c.value)), [
    ['汲冢镇', null, 50],
    ['钱店镇', 12, 30],
    ['城郊乡', null, 14],
    ['石槽镇', 8, 6],
    ['中位数', 10, 22],
  ]);
  assert.equal(table.rows[1]![0]!.href, '/agency/qian-dian-zhen-411625106/');
  assert.deepEqual(table.rows[0]![2]!.marks!.map((m) => m.text), ['未通过核对']);
  assert.deepEqual(table.rows[1]![2]!.marks, []);
});

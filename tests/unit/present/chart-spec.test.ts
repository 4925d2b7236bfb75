import assert from 'node:assert/strict';
import { test } from 'node:test';
import { describe as describeChart, quietChart, type ChartSpec } from '../../../src/lib/present/chart-spec.ts';

test('a bar chart summary names the largest categories', () => {
  const spec: ChartSpec = { title: '办理结果构成', labels: ['予以公开', '部分公开', '不予公开', '无法提供'], series: [{ label: '件数', values: [12, 3, null, 7] }], unit: '件' };
  assert.equal(describeChart(spec, 'bar'), '办理结果构成（条形图）。共4项，数量最多的依次是予以公开（12件）、无法提供（7件）、部分公开（3件）。');
});

test('a line chart summary gives each series from its first to its last year', () => {
  const spec: ChartSpec = { title: '申请数量', labels: ['2022年', '2023年', '2024年'], series: [{ label: '本年新收', values: [28, null, 40] }, { label: '行政复议', values: [null, 1, null] }], unit: '件' };
  assert.equal(describeChart(spec, 'line'), '申请数量（折线图）。本年新收从2022年的28件变为2024年的40件；行政复议：2023年为1件。');
});

test('a chart without numbers says so', () => {
  const spec: ChartSpec = { title: '空', labels: ['a'], series: [{ label: 's', values: [null] }], unit: '件' };
  assert.equal(describeChart(spec, 'bar'), '空（条形图）。没有可用数据。');
});

test('a chart that would show nothing is a sentence: no numbers, only zeros, a single point', () => {
  const spec = (labels: string[], values: (number | null)[][], extra: Partial<ChartSpec> = {}): ChartSpec => ({ title: '申请数量逐年变化', labels, series: values.map((v, i) => ({ label: ['本年新收', '办理总计'][i]!, values: v })), unit: '件', ...extra });
  assert.equal(quietChart(spec(['2023年', '2024年'], [[null, null], [null, null]])), '申请数量逐年变化：报告没有填报这些数字。');
  assert.equal(quietChart(spec(['2023年', '2024年'], [[0, null], [0, 0]])), '申请数量逐年变化：各项均为0件。');
  assert.equal(quietChart(spec(['2023年', '2024年'], [[0, null], [0, 0]], { quiet: '该机关未收到申请。' })), '该机关未收到申请。', 'the view’s own sentence');
  assert.equal(quietChart(spec(['2024年'], [[6], [4]])), '申请数量逐年变化：只有2024年，本年新收6件，办理总计4件。');
  assert.equal(quietChart(spec(['2024年'], [[6], [null]])), '申请数量逐年变化：只有2024年，本年新收6件。', 'a blank is left out');
  assert.equal(quietChart(spec(['2023年', '2024年'], [[0, 3], [0, 0]])), null, 'two years with a number: drawn');
  assert.equal(quietChart({ ...spec(['甲'], [[0.5]]), percent: true, title: '比例' }), '比例：只有甲，本年新收50.0%。');
});

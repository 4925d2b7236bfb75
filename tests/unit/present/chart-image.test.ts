/** A chart as an image that carries its source: the SVG read back by a strict XML parser, the source line, the file name. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { axisTop, chartSvg, dataDate, iframeCode, imageName, sourceLine, tableFrameHeight } from '../../../src/lib/present/chart-image.ts';
import type { ChartSpec } from '../../../src/lib/present/chart-spec.ts';
import { readXml, type XmlElement } from '../output/read-atom.ts';

const SVG = 'http://www.w3.org/2000/svg';

function all(element: XmlElement, name: string): XmlElement[] {
  return element.children.flatMap((c) => [...(c.uri === SVG && c.name === name ? [c] : []), ...all(c, name)]);
}

const SPEC: ChartSpec = {
  title: '<b>某局</b>&]]> 申请数量',
  labels: ['2023年', '2024年'],
  series: [
    { label: '新收', values: [40, 20] },
    { label: '结转', values: [5, null] },
  ],
  unit: '件',
};

test('the SVG holds its title and source line as text, a bar per number in the series colour, on a round axis', () => {
  const source = sourceLine('https://example.org/agency/x/', '2026年5月2日');
  const svg = readXml(chartSvg(SPEC, 'bar', source));
  const texts = all(svg, 'text').map((t) => t.text);
  assert.equal(texts[0], '<b>某局</b>&]]> 申请数量');
  assert.equal(texts.at(-1), '来源：公开年报看板，https://example.org/agency/x/，数据截至2026年5月2日');
  assert.ok(texts.includes('2023年') && texts.includes('2024年') && texts.includes('新收') && texts.includes('结转'));
  // The axis runs 0 to 50 (the largest number is 40), in five lines: 0, 12.5, 25, 37.5, 50.
  assert.deepEqual(texts.slice(1, 6), ['0', '12.5', '25', '37.5', '50']);
  // Three numbers, three bars (the blank draws none); 40 of 50 on a 300-pixel plot is 240 high.
  // The colours are the light theme's first two (present/series-style.ts): blue, then green.
  const bars = all(svg, 'rect').filter((r) => r.children.length > 0);
  assert.deepEqual(bars.map((b) => [b.attributes.fill, b.attributes.height]), [
    ['#1F77B4', '240'],
    ['#2CA02C', '30'],
    ['#1F77B4', '120'],
  ]);
  assert.equal(all(bars[0]!, 'title')[0]!.text, '新收 2023年：40件');
});

test('a line chart draws a line per series through its numbers, skipping blanks', () => {
  const svg = readXml(chartSvg(SPEC, 'line', sourceLine('/a/', '2026年1月1日')));
  const lines = all(svg, 'polyline');
  assert.equal(lines.length, 2);
  assert.equal(lines[0]!.attributes.points!.split(' ').length, 2);
  assert.equal(lines[1]!.attributes.points!.split(' ').length, 1);
  // As on the page: the first line solid with round points, the second dashed with square ones.
  assert.equal(lines[0]!.attributes['stroke-dasharray'], undefined);
  assert.equal(lines[1]!.attributes['stroke-dasharray'], '6 4');
  // Round points: the first line's two numbers, and its key in the legend.
  assert.equal(all(svg, 'circle').filter((c) => c.attributes.fill === '#1F77B4').length, 3);
  assert.ok(all(svg, 'rect').some((r) => r.attributes.fill === '#2CA02C' && r.attributes.width === '8'), 'a square point of the second line');
});

test('past twenty series a bar is hatched, and the legend wraps into rows inside the image', () => {
  const spec: ChartSpec = {
    title: '二十一个乡镇',
    labels: ['新收'],
    series: Array.from({ length: 21 }, (_, i) => ({ label: `第${i + 1}个乡镇人民政府`, values: [i + 3] })),
    unit: '件',
  };
  const svg = readXml(chartSvg(spec, 'bar', sourceLine('/a/', '2026年1月1日')));
  const bars = all(svg, 'rect').filter((r) => r.children.length > 0);
  assert.equal(bars.length, 21);
  assert.equal(bars[0]!.attributes.fill, '#1F77B4');
  assert.equal(bars[20]!.attributes.fill, 'url(#hatch-20)');
  const pattern = all(svg, 'pattern');
  assert.deepEqual(pattern.map((p) => p.attributes.id), ['hatch-20']);
  assert.equal(all(pattern[0]!, 'rect')[0]!.attributes.fill, '#1F77B4', 'the first colour again, under hatching');
  // Each legend label starts inside the 720-pixel image, on more than one row.
  const labels = all(svg, 'text').filter((t) => t.text.endsWith('乡镇人民政府'));
  assert.equal(labels.length, 21);
  for (const l of labels) assert.ok(Number(l.attributes.x) + l.text.length * 12 <= 720, l.text);
  assert.ok(new Set(labels.map((l) => l.attributes.y)).size > 1);
  assert.ok(Number(svg.attributes.height) > Math.max(...labels.map((l) => Number(l.attributes.y))));
});

test('horizontal bars of many series get a band wide enough to see each bar', () => {
  const spec: ChartSpec = {
    title: '十五个乡镇',
    labels: ['新收', '公开'],
    series: Array.from({ length: 15 }, (_, i) => ({ label: `第${i + 1}乡镇`, values: [i + 2, i + 1] })),
    unit: '件',
    horizontal: true,
  };
  const bars = all(readXml(chartSvg(spec, 'bar', sourceLine('/a/', '2026年1月1日'))), 'rect').filter((r) => r.children.length > 0);
  assert.equal(bars.length, 30);
  // A band of 15 × 8 + 10 = 130 pixels, 60% of it shared by 15 bars: 5.2 pixels each.
  for (const b of bars) assert.equal(Number(b.attributes.height).toFixed(1), '5.2');
});

test('the axis top is 1, 2 or 5 times a power of ten; the date is China’s day; the name comes from the title', () => {
  assert.equal(axisTop(42), 50);
  assert.equal(axisTop(120), 200);
  assert.equal(axisTop(7), 10);
  assert.equal(axisTop(0.9), 1);
  assert.equal(axisTop(0), 1);
  assert.equal(dataDate('2026-05-01T20:00:00Z'), '2026年5月2日', '20:00 UTC is 04:00 the next day in Beijing');
  assert.equal(dataDate('2026-05-01T08:00:00Z'), '2026年5月1日');
  assert.equal(imageName({ title: '钱店镇 历年/申请:数量' }, 'png'), '钱店镇_历年_申请_数量.png');
  assert.equal(imageName({ title: '../..' }, 'svg'), '图表.svg');
});

test('the iframe code escapes the address and the title as HTML attributes', () => {
  assert.equal(
    iframeCode('https://example.org/sub/embed/agency/x/review/?a=1&b=2', '"某局"<复议>', 419.6),
    '<iframe src="https://example.org/sub/embed/agency/x/review/?a=1&amp;b=2" title="&quot;某局&quot;&lt;复议&gt;" width="100%" height="420" style="border:0" loading="lazy"></iframe>',
  );
});

test('a table’s embed frame: 200 px and 34 a row, at most 640', () => {
  assert.equal(tableFrameHeight(3), 302);
  assert.equal(tableFrameHeight(12), 608);
  assert.equal(tableFrameHeight(13), 640);
  assert.equal(tableFrameHeight(40), 640);
});

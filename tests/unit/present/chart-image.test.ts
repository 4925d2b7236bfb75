/** A chart as an image that carries its source: the SVG read back by a strict XML parser, the source line, the file name. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { axisTop, chartSvg, dataDate, iframeCode, imageName, sourceLine, tableFrameHeight } from '../../../src/lib/present/chart-image.ts';
import type { ChartSpec } from '../../../src/lib/present/chart-spec.ts';
import { readXml, type XmlElement } from '../output/read-atom.ts';

const SVG = 'http://www.w3.org/2000/svg';
const PALETTE = ['#0072B2', '#E69F00'];

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
  const svg = readXml(chartSvg(SPEC, 'bar', source, PALETTE));
  const texts = all(svg, 'text').map((t) => t.text);
  assert.equal(texts[0], '<b>某局</b>&]]> 申请数量');
  assert.equal(texts.at(-1), '来源：公开年报看板，https://example.org/agency/x/，数据截至2026年5月2日');
  assert.ok(texts.includes('2023年') && texts.includes('2024年') && texts.includes('新收') && texts.includes('结转'));
  // The axis runs 0 to 50 (the largest number is 40), in five lines: 0, 12.5, 25, 37.5, 50.
  assert.deepEqual(texts.slice(1, 6), ['0', '12.5', '25', '37.5', '50']);
  // Three numbers, three bars (the blank draws none); 40 of 50 on a 300-pixel plot is 240 high.
  const bars = all(svg, 'rect').filter((r) => r.children.length > 0);
  assert.deepEqual(bars.map((b) => [b.attributes.fill, b.attributes.height]), [
    ['#0072B2', '240'],
    ['#E69F00', '30'],
    ['#0072B2', '120'],
  ]);
  assert.equal(all(bars[0]!, 'title')[0]!.text, '新收 2023年：40件');
});

test('a line chart draws a line per series through its numbers, skipping blanks', () => {
  const svg = readXml(chartSvg(SPEC, 'line', sourceLine('/a/', '2026年1月1日'), PALETTE));
  const lines = all(svg, 'polyline');
  assert.equal(lines.length, 2);
  assert.equal(lines[0]!.attributes.points!.split(' ').length, 2);
  assert.equal(lines[1]!.attributes.points!.split(' ').length, 1);
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

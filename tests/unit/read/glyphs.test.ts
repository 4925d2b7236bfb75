import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normaliseGlyphs } from '../../../src/lib/read/glyphs.ts';
import { readFile } from '../../../src/lib/read/index.ts';

// Expected ideographs read from Unicode's EquivalentUnifiedIdeograph.txt (15.0) by hand.
test('CJK Radicals Supplement: each radical becomes the ideograph it stands for', () => {
  assert.equal(normaliseGlyphs('⺠'), '民'); // 2EA0 CJK RADICAL CIVILIAN → 6C11
  assert.equal(normaliseGlyphs('⻓'), '长'); // 2ED3 → 957F
  assert.equal(normaliseGlyphs('⻔'), '门'); // 2ED4 → 95E8
  assert.equal(normaliseGlyphs('⻅'), '见'); // 2EC5 → 89C1
  assert.equal(normaliseGlyphs('⻩'), '黄'); // 2EE9 → 9EC4
  assert.equal(normaliseGlyphs('⺟'), '母'); // 2E9F → 6BCD
  // 2E87 CJK RADICAL TABLE → U+20628, beyond the BMP
  assert.equal(normaliseGlyphs('⺇'), '\u{20628}');
});

test('Kangxi Radicals and compatibility ideographs: NFKC', () => {
  assert.equal(normaliseGlyphs('⼀'), '一'); // 2F00 KANGXI RADICAL ONE
  assert.equal(normaliseGlyphs('⼈'), '人'); // 2F08 KANGXI RADICAL MAN
  assert.equal(normaliseGlyphs('⽂'), '文'); // 2F42 KANGXI RADICAL SCRIPT
  assert.equal(normaliseGlyphs('\uF900'), '豈'); // CJK COMPATIBILITY IDEOGRAPH-F900 → 8C48
  assert.equal(normaliseGlyphs('\u{2F800}'), '丽'); // CJK COMPATIBILITY IDEOGRAPH-2F800 → 4E3D
});

test('a label and an agency name as Chromium prints them', () => {
  assert.equal(normaliseGlyphs('⼀、本年新收政府信息公开申请数量'), '一、本年新收政府信息公开申请数量');
  assert.equal(normaliseGlyphs('测试县⼈⺠政府'), '测试县人民政府');
});

test('everything else is left as printed: full-width punctuation, circled digits, a radical with no ideograph', () => {
  const text = '（一）予以公开：①１２件，⿰';
  assert.equal(normaliseGlyphs(text), text);
  // 2E80 CJK RADICAL REPEAT has no equivalent unified ideograph in Unicode's file.
  assert.equal(normaliseGlyphs('⺀'), '⺀');
  const plain = '人民政府';
  assert.equal(normaliseGlyphs(plain), plain);
});

test('every reader: text, Markdown and HTML cells come out with the ideographs', async () => {
  const text = '测试县⼈⺠政府2024年政府信息公开工作年度报告\n⼀、本年新收政府信息公开申请数量\t3';
  const plain = await readFile(new TextEncoder().encode(text), 'a.txt');
  assert.deepEqual(plain.doc.lines.map((l) => l.cells), [['测试县人民政府2024年政府信息公开工作年度报告'], ['一、本年新收政府信息公开申请数量', '3']]);
  const html = '<html><body><p>测试县⼈⺠政府</p><table><tr><td>⼀、本年新收</td><td>3</td></tr></table></body></html>';
  const page = await readFile(new TextEncoder().encode(html), 'a.html');
  assert.deepEqual(page.doc.lines.map((l) => l.cells), [['测试县人民政府'], ['一、本年新收', '3']]);
});

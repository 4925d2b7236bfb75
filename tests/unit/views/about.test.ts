/**
 * The about page's generated parts: every measure with its formula and unit, every check with its
 * label and description, and which check is printed in the official tables. Expected words read by
 * hand from the catalogue, the template's labels and the checks' descriptions.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { aboutView } from '../../../src/lib/views/about.ts';
import { GLOSSARY } from '../../../src/lib/present/glossary.ts';

test('every measure, counts in 件 and rates in per cent, each with where it is read or how it is divided', () => {
  const { measures } = aboutView();
  assert.equal(measures.length, 22, '18 counts and 4 rates');
  const at = (key: string) => measures.find((m) => m.key === key)!;
  assert.deepEqual(at('newReceived'), { key: 'newReceived', label: '本年新收申请', formula: '表三“一、本年新收政府信息公开申请数量”的总计栏', unit: '件' });
  assert.deepEqual(at('reconsiderationCorrected'), { key: 'reconsiderationCorrected', label: '行政复议结果纠正', formula: '表四“行政复议”的“结果纠正”', unit: '件' });
  assert.deepEqual(at('grantedOrPartialShare'), { key: 'grantedOrPartialShare', label: '予以公开及部分公开比例', formula: '（予以公开＋部分公开） ÷ 办理结果总计', unit: '比例（%）' });
  assert.deepEqual(measures.filter((m) => m.unit !== '件').map((m) => m.key), ['grantedShare', 'grantedOrPartialShare', 'withheldShare', 'reconsiderationCorrectedShare']);
});

test('every check with its label and what it tests; only the balance is printed in the official tables', () => {
  const { checks, glossary } = aboutView();
  assert.deepEqual(checks.map((c) => [c.label, c.official]), [
    ['收支平衡（一＋二＝七＋四）', true],
    ['办理结果合计', false],
    ['申请人合计', false],
    ['复议诉讼合计', false],
    ['正文数字与表格一致', false],
    ['上年结转与上年报告一致', false],
    ['现行有效件数连续', false],
  ]);
  assert.equal(checks[4]!.description, '正文中引用的数字（如“共受理申请N件”）与表格一致。这是经验性核对，正文与表格常有出入。');
  assert.match(checks[5]!.description, /^本年“上年结转”等于同一机关上年报告的“结转下年度继续办理”/);
  assert.match(checks[6]!.description, /^现行有效件数约等于上年现行有效件数加本年制发减本年废止/);
  assert.equal(glossary, GLOSSARY);
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cellsCsvDictionary, dictionaryCsv, reportsCsvDictionary, templateDictionary } from '../../../src/lib/present/dictionary.ts';

test('every number of table 三 and 四 is described in Chinese from the template', () => {
  const d = templateDictionary();
  const granted = d.find((e) => e.column === 'applications.granted.naturalPerson')!;
  assert.equal(granted.description, '（一）予以公开，申请人为自然人');
  const withheld = d.find((e) => e.column === 'applications.withheldStateSecret.total')!;
  assert.equal(withheld.description, '（三）不予公开 1.属于国家秘密，总计');
  assert.equal(d.filter((e) => e.column.startsWith('applications.')).length, 25 * 7);
  assert.equal(d.filter((e) => e.column.startsWith('reviewLitigation.')).length, 15);
  assert.equal(d.find((e) => e.column === 'activeDisclosure.feesWanYuan')!.unit, '万元');
});

test('the dictionary follows the header ingest wrote, and says so of columns it does not know', () => {
  const d = reportsCsvDictionary(['id', 'applications.newReceived.total', 'something.new']);
  assert.deepEqual(d.map((e) => e.column), ['id', 'applications.newReceived.total', 'something.new']);
  assert.equal(d[2]!.description, '（模板中没有这一列的说明）');
  assert.equal(cellsCsvDictionary(['id', 'value'])[1]!.column, 'value');
});

test('the dictionary CSV has a BOM and quotes fields with commas', () => {
  const csv = dictionaryCsv([{ column: 'a', zh: '甲', part: 'b', description: 'x，y, z', unit: '' }]);
  assert.equal(csv, '\uFEFF列名,中文列名,所属部分,说明,单位\r\na,甲,b,"x，y, z",\r\n');
});

test('each column’s header in the companion files with Chinese headers, from the template', () => {
  const d = reportsCsvDictionary(['id', 'applications.granted.total', 'reviewLitigation.litigationDirect.corrected', 'activeDisclosure.regulations.issued', 'pre2019.litigation']);
  assert.deepEqual(d.map((e) => e.zh), ['报告编号', '表三·予以公开·总计', '表四·行政诉讼（未经复议直接起诉）·结果纠正', '表二·规章·本年制发件数', '2019年前格式·行政诉讼数']);
  assert.deepEqual(cellsCsvDictionary([]).map((e) => e.zh), ['报告编号', '发布机关', '年度', '表', '行', '列', '数值', '推算', '识别不确定', '原文页', '原文行', '原文工作表', '原文单元格']);
});

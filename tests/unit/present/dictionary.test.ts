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
  const csv = dictionaryCsv([{ column: 'a', part: 'b', description: 'x，y, z', unit: '' }]);
  assert.equal(csv, '\uFEFF列名,所属部分,说明,单位\r\na,b,"x，y, z",\r\n');
});

/** A cell's Chinese name, one of each table, the labels read from the official format (docs/TEMPLATE.md). */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cellName, cellText } from '../../../src/lib/template/cell-names.ts';
import { CELL_PLACES } from '../../../src/lib/output/csv.ts';

test('table 三: the row as printed and its short name, the column', () => {
  assert.deepEqual(cellName('applications.granted.naturalPerson'), { table: '表三', row: '（一）予以公开', short: '予以公开', column: '自然人', single: false });
  assert.equal(cellText('applications.granted.commercialEnterprise'), '表三“（一）予以公开”行“商业企业”列');
});

test('table 四: the group and the column', () => {
  assert.deepEqual(cellName('reviewLitigation.litigationDirect.pending'), { table: '表四', row: '行政诉讼（未经复议直接起诉）', short: '行政诉讼（未经复议直接起诉）', column: '尚未审结', single: false });
  assert.equal(cellText('reviewLitigation.reconsideration.upheld'), '表四“行政复议”“结果维持”');
});

test('table 二 of each edition: an item of one number is named by the item alone in a sentence', () => {
  assert.deepEqual(cellName('activeDisclosure.licensing'), { table: '表二', row: '行政许可', short: '行政许可', column: '本年处理决定数量', single: true });
  assert.equal(cellText('activeDisclosure.licensing'), '表二“行政许可”');
  assert.equal(cellText('activeDisclosure.normativeDocuments.repealed'), '表二“行政规范性文件”“本年废止件数”');
  assert.equal(cellText('activeDisclosure2019.fees.change'), '表二(2019年版)“行政事业性收费”“本年增/减”');
});

test('an old-format total has no column; a path that names no cell is itself', () => {
  assert.deepEqual(cellName('pre2019.litigation'), { table: '2019年前格式', row: '行政诉讼数', short: '行政诉讼数', column: '', single: true });
  assert.equal(cellName('applications.granted'), null);
  assert.equal(cellText('applications.nothing.total'), 'applications.nothing.total');
});

test('the Chinese CSV headers are the names: table, short row, column', () => {
  const zh = (path: string) => CELL_PLACES.find((c) => c.path === path)!.zh;
  assert.equal(zh('applications.granted.total'), '表三·予以公开·总计');
  assert.equal(zh('reviewLitigation.reconsideration.upheld'), '表四·行政复议·结果维持');
  assert.equal(zh('activeDisclosure2019.procurement.amountWanYuan'), '表二(2019年版)·政府集中采购·采购总金额');
  assert.equal(zh('pre2019.litigation'), '2019年前格式·行政诉讼数');
});

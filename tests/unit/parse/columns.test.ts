import { test } from 'node:test';
import assert from 'node:assert/strict';
import { headerBands, placeRow, tableBands } from '../../../src/lib/parse/columns.ts';
import type { RawLine } from '../../../src/lib/read/types.ts';
import type { Value } from '../../../src/lib/parse/segments.ts';

/** A printed line: [text, left, right] per cell. */
const line = (...cells: [string, number, number][]): RawLine => ({
  cells: cells.map((c) => c[0]),
  spans: cells.map((c) => ({ left: c[1], right: c[2] })),
  place: { page: 1, line: 1 },
});
const values = (...cells: [number, number][]): Value[] =>
  cells.map(([value, x]) => ({ value, raw: String(value), place: { page: 1, line: 9 }, span: { left: x - 3, right: x + 3 } }));

/** The header as Chromium prints a narrow table 三: labels one or two characters a line (columns at x = 100, 130, … 280). */
const HEADER = [
  line(['申请人情况', 150, 230]),
  line(['（本列数据的勾稽关系为：第一项加第二项之和，', 10, 90], ['法人或其他组织', 140, 240]),
  line(['自然', 92, 108], ['商', 126, 134], ['科', 156, 164], ['社会', 182, 198], ['法律', 212, 228], ['总', 276, 284]),
  line(['人', 96, 104], ['业', 126, 134], ['研', 156, 164], ['公益', 182, 198], ['服务', 212, 228], ['其', 246, 254], ['计', 276, 284]),
  line(['企', 126, 134], ['机', 156, 164], ['组织', 182, 198], ['机构', 212, 228], ['他', 246, 254]),
  line(['业', 126, 134], ['构', 156, 164]),
];
const ALL = ['naturalPerson', 'commercialEnterprise', 'researchInstitution', 'socialWelfareOrganization', 'legalServiceOrganization', 'otherOrganization', 'total'];

test('the header labels stacked one character a line give the seven columns, in order', () => {
  const bands = headerBands(HEADER);
  assert.deepEqual(bands?.columns, ALL);
  // boundaries halfway between neighbouring labels: 自然人 ends at 108, 商业企业 starts at 126
  assert.deepEqual(bands?.bands[0], { from: 92 - 192 / 7 / 2, to: 117 });
  // 其他 ends at 254, 总计 starts at 276
  assert.deepEqual(bands?.bands[6], { from: 265, to: 284 + 192 / 7 / 2 });
});

test('a row with blank cells: each number in the column it is printed under', () => {
  const bands = headerBands(HEADER)!;
  // 6 under 自然人, 1 under 商业企业, 1 under 法律服务机构; 科研, 公益, 其他 and 总计 blank
  assert.deepEqual(placeRow(values([6, 100], [1, 130], [1, 220]), bands), [6, 1, null, null, 1, null, null]);
  // a lone 0 under 总计
  assert.deepEqual(placeRow(values([0, 280]), bands), [null, null, null, null, null, null, 0]);
});

test('a row that cannot be placed: two numbers under one column, or one outside the table', () => {
  const bands = headerBands(HEADER)!;
  assert.equal(placeRow(values([6, 98], [1, 104]), bands), null);
  assert.equal(placeRow(values([6, 20]), bands), null);
  assert.equal(placeRow([{ value: 3, raw: '3', place: { line: 1 } }], bands), null, 'a value without a position');
});

test('no bands without positions, or from a header whose labels are ambiguous or out of order', () => {
  assert.equal(headerBands([{ cells: ['自然人', '总计'], place: { line: 1 } }]), null);
  // 总计 printed left of 自然人
  assert.equal(headerBands([line(['总计', 90, 110], ['自然人', 200, 230])]), null);
  // 其他 printed twice
  assert.equal(headerBands([line(['自然人', 90, 110], ['其他', 150, 170], ['其他', 200, 220])]), null);
});

test('the bands of a table: the header\'s when the full rows agree, else the full rows\' own, else none', () => {
  const header = headerBands(HEADER)!;
  const full = values([12, 100], [3, 130], [0, 160], [1, 190], [2, 220], [0, 250], [18, 280]);
  assert.equal(tableBands(header, [full], ALL as never), header);
  // a full row printed 40 points to the right of the header: the header misplaces it, the rows' bands are used
  const shifted = values([12, 140], [3, 170], [0, 200], [1, 230], [2, 260], [0, 290], [18, 320]);
  const own = tableBands(header, [shifted], ALL as never);
  assert.notEqual(own, header);
  assert.deepEqual(placeRow(values([5, 140], [7, 320]), own!), [5, null, null, null, null, null, 7]);
  // no header bands and no full row: none
  assert.equal(tableBands(null, [values([5, 100])], ALL as never), null);
});

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
  cells.map(([value, x], i) => ({ value, raw: String(value), place: { page: 1, line: 9 }, column: i + 2, span: { left: x - 3, right: x + 3 } }));

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
  assert.equal(placeRow([{ value: 3, raw: '3', place: { line: 1 }, column: 2 }], bands), null, 'a value without a position');
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

/** One header line of the seven labels printed whole, centred at x = 100, 130, … 280, each 16 wide. */
const WHOLE = line(['自然人', 92, 108], ['商业企业', 122, 138], ['科研机构', 152, 168], ['社会公益组织', 182, 198], ['法律服务机构', 212, 228], ['其他', 242, 258], ['总计', 272, 288]);

test('a header line without positions among positioned ones: no bands', () => {
  assert.equal(headerBands([WHOLE, { cells: ['备注'], place: { line: 2 } }]), null);
  assert.equal(headerBands([{ cells: ['备注'], place: { line: 1 } }, WHOLE]), null);
});

test('a header with positions that names no column: no bands', () => {
  assert.equal(headerBands([line(['申请人情况', 90, 290]), line(['备注', 92, 108])]), null);
});

test('a header that prints some of the columns: bands for those alone, in order', () => {
  const bands = headerBands([line(['自然人', 92, 108], ['总计', 272, 288])]);
  assert.deepEqual(bands?.columns, ['naturalPerson', 'total']);
  // pitch (288 - 92) / 2 = 98: the outer ends half a pitch beyond the labels, the boundary halfway between them.
  assert.deepEqual(bands?.bands, [{ from: 43, to: 190 }, { from: 190, to: 337 }]);
});

test('labels printed left to right may touch, but one more than half under the one before is out of order', () => {
  // 总计 16 wide from 100: it begins half its width before 自然人 ends (108 - 8), refused.
  assert.equal(headerBands([line(['自然人', 92, 108], ['总计', 100, 116])]), null);
  // From 104: less than half under it, kept.
  assert.deepEqual(headerBands([line(['自然人', 92, 108], ['总计', 104, 120])])?.columns, ['naturalPerson', 'total']);
});

test('a label broken over two lines is one label when the lower half lies under the upper across half the narrower one', () => {
  // 自 (8 wide) over 然人 (16 wide): they share 4, half of 自.
  const joined = headerBands([line(['自', 96, 104], ['总计', 272, 288]), line(['然人', 100, 116])]);
  assert.deepEqual(joined?.columns, ['naturalPerson', 'total']);
  // Sharing 3: two cells side by side, and neither 自 nor 然人 names a column.
  assert.deepEqual(headerBands([line(['自', 96, 104], ['总计', 272, 288]), line(['然人', 101, 117])])?.columns, ['total']);
});

test('labels of two columns on successive lines that barely touch are two labels', () => {
  // 商业企业 starts 2 before 自然人 ends: not under it, so each names its own column.
  const bands = headerBands([line(['自然人', 90, 110], ['总计', 272, 288]), line(['商业企业', 108, 140])]);
  assert.deepEqual(bands?.columns, ['naturalPerson', 'commercialEnterprise', 'total']);
});

test('法人或其他组织 broken over lines names no column, though a piece of it holds 其他', () => {
  // Centred over the five organisation columns, 6 wide a character; 织 alone then continues 社会公益组织 below it.
  for (const pieces of [['法人或', '其他组织'], ['法人或', '其他组', '织']]) {
    const group = pieces.map((p) => line([p, 190 - 3 * p.length, 190 + 3 * p.length]));
    assert.deepEqual(headerBands([...group, WHOLE])?.columns, ALL, pieces.join('/'));
  }
});

test('the bands of the full rows: each column from the leftmost to the rightmost of its numbers', () => {
  // Two full rows, the second 2 to the right: 自然人's numbers span 97–105, 总计's 277–285.
  const a = values([12, 100], [3, 130], [0, 160], [1, 190], [2, 220], [0, 250], [18, 280]);
  const b = values([9, 102], [4, 132], [1, 162], [0, 192], [5, 222], [1, 252], [20, 282]);
  const bands = tableBands(null, [a, b], ALL as never);
  const pitch = (285 - 97) / 7;
  assert.deepEqual(bands?.bands[0], { from: 97 - pitch / 2, to: (105 + 127) / 2 });
  assert.deepEqual(bands?.bands[6], { from: (255 + 277) / 2, to: 285 + pitch / 2 });
});

test('full rows whose columns overlap give no bands; columns that just touch do', () => {
  const a = values([12, 100], [3, 130], [0, 160], [1, 190], [2, 220], [0, 250], [18, 280]);
  // The second row 26 to the right: its 自然人 (123–129) reaches past where the first row's 商业企业 begins (127).
  const overlapping = values([9, 126], [4, 156], [1, 186], [0, 216], [5, 246], [1, 276], [20, 306]);
  assert.equal(tableBands(null, [a, overlapping], ALL as never), null);
  // 24 to the right: its 自然人 ends at 127, where 商业企业 begins.
  const touching = values([9, 124], [4, 154], [1, 184], [0, 214], [5, 244], [1, 274], [20, 304]);
  assert.notEqual(tableBands(null, [a, touching], ALL as never), null);
});

test('a full row with a number that has no position gives no bands', () => {
  const row = values([12, 100], [3, 130], [0, 160], [1, 190], [2, 220], [0, 250], [18, 280]);
  delete row[3]!.span;
  assert.equal(tableBands(null, [row], ALL as never), null);
});

test('the header\'s bands are used only for the very columns settled on', () => {
  const six = ALL.filter((c) => c !== 'otherOrganization');
  const header = headerBands([line(['自然人', 92, 108], ['商业企业', 122, 138], ['科研机构', 152, 168], ['社会公益组织', 182, 198], ['法律服务机构', 212, 228], ['总计', 272, 288])])!;
  assert.deepEqual(header.columns, six);
  // No full row to test them by: the header's bands are used for its own six columns …
  assert.equal(tableBands(header, [], six as never), header);
  // … not for seven, nor for six others.
  assert.equal(tableBands(header, [], ALL as never), null);
  assert.equal(tableBands(header, [], ALL.filter((c) => c !== 'researchInstitution') as never), null);
});

test('the header\'s bands must place every full row, each number in its own column', () => {
  const header = headerBands(HEADER)!;
  const full = values([12, 100], [3, 130], [0, 160], [1, 190], [2, 220], [0, 250], [18, 280]);
  // A row of two numbers is not full: it does not judge the bands.
  assert.equal(tableBands(header, [full, values([5, 100], [7, 280])], ALL as never), header);
  // One full row 40 to the right the header misplaces, and with the first its columns overlap: no bands.
  const shifted = values([9, 140], [4, 170], [1, 200], [0, 230], [5, 260], [1, 290], [20, 320]);
  assert.equal(tableBands(header, [full, shifted], ALL as never), null);
  // A full row whose numbers come in another order than across the page: the bands would swap them.
  const swapped = values([3, 130], [12, 100], [0, 160], [1, 190], [2, 220], [0, 250], [18, 280]);
  assert.equal(tableBands(header, [swapped], ALL as never), null);
});

test('a number centred on the boundary of two bands goes to the right-hand one', () => {
  const bands = headerBands(HEADER)!;
  // 自然人 and 商业企业 meet at 117.
  assert.deepEqual(placeRow(values([4, 117]), bands), [null, 4, null, null, null, null, null]);
});

test('one label naming two columns places neither; an empty header places none', () => {
  assert.equal(headerBands([line(['自然人总计', 92, 120], ['商业企业', 130, 146])]), null);
  assert.equal(headerBands([]), null);
});

test('a label exactly half its width under the stack before it is out of order, though not under its last cell', () => {
  // 法律服务 over a narrower 机构; 其他 (16 wide) begins at 232, 8 before the stack's right edge, 240.
  const header = [line(['法律服务', 200, 240]), line(['机构', 210, 220], ['其他', 232, 248])];
  assert.equal(headerBands(header), null);
  assert.deepEqual(headerBands([line(['法律服务', 200, 240]), line(['机构', 210, 220], ['其他', 233, 249])])?.columns, ['legalServiceOrganization', 'otherOrganization']);
});

test('header bands of the first six columns are not used for all seven', () => {
  const six = headerBands([line(['自然人', 92, 108], ['商业企业', 122, 138], ['科研机构', 152, 168], ['社会公益组织', 182, 198], ['法律服务机构', 212, 228], ['其他', 242, 258])])!;
  assert.deepEqual(six.columns, ALL.slice(0, 6));
  assert.equal(tableBands(six, [], ALL as never), null);
});

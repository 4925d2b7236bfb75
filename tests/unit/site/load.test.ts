/**
 * The build's reading of an ingest output folder (site/load-fs.ts): a folder ingest stamped as
 * validated against this contract is read without validating each report again; one without the
 * stamp, or stamped for another contract, is validated, and a bad report stops the build as it
 * always did. A report's own file is read once for its page and the search index.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { writeOutputs } from '../../../src/lib/ingest/write-fs.ts';
import { DataFolder, type Validate } from '../../../src/lib/site/load-fs.ts';
import { Report } from '../../../src/lib/template/schema.ts';
import { makeReport } from '../fixture-reports.ts';

const REPORTS = [
  makeReport({ id: '2022-bei-cun-zhen', agency: '北村镇', year: 2022, cells: { 'applications.newReceived.total': 17 } }),
  makeReport({ id: '2023-bei-cun-zhen', agency: '北村镇', year: 2023, cells: { 'applications.newReceived.total': 23 } }),
  makeReport({ id: '2024-nan-shan-jie-dao', agency: '南山街道', year: 2024, cells: { 'applications.newReceived.total': 41 } }),
];

/** A data folder as ingest writes it, stamped by the parser `p-7`. */
function dataFolder(): string {
  const out = join(mkdtempSync(join(tmpdir(), 'load-')), 'data');
  writeOutputs(out, REPORTS.map((report) => ({ report, lines: '[]', source: null })), [], {}, 'p-7');
  return out;
}

/** The contract's validator, counting its calls. */
function counting(): { validate: Validate; calls: () => number } {
  let calls = 0;
  return {
    validate: (value) => {
      calls++;
      return Report.safeParse(value);
    },
    calls: () => calls,
  };
}

test('ingest stamps its output with the contract and the parser', () => {
  const out = dataFolder();
  const stamp = JSON.parse(readFileSync(join(out, 'data-stamp.json'), 'utf8')) as { schema: string; parser: string };
  assert.equal(stamp.parser, 'p-7');
  assert.match(stamp.schema, /^[0-9a-f]{16}$/);
});

test('a stamped folder is read without validating a report', () => {
  const out = dataFolder();
  const { validate, calls } = counting();
  const data = new DataFolder(out, validate);
  const cores = data.cores();
  assert.deepEqual(cores.map((c) => c.id), ['2022-bei-cun-zhen', '2023-bei-cun-zhen', '2024-nan-shan-jie-dao']);
  assert.equal(cores[1]!.applications.newReceived.total, 23);
  assert.equal(data.report('2024-nan-shan-jie-dao').applications.newReceived.total, 41);
  assert.equal(calls(), 0);
});

test('a folder without the stamp is validated, every report', () => {
  const out = dataFolder();
  rmSync(join(out, 'data-stamp.json'));
  const { validate, calls } = counting();
  const data = new DataFolder(out, validate);
  assert.equal(data.cores().length, 3);
  assert.equal(calls(), 3);
  assert.equal(data.report('2022-bei-cun-zhen').applications.newReceived.total, 17);
  assert.equal(calls(), 4);
});

test('a folder stamped for another contract is validated, and a bad report refused, naming it', () => {
  const out = dataFolder();
  writeFileSync(join(out, 'data-stamp.json'), '{"schema":"00000000000000ff","parser":"p-7"}\n');
  const path = join(out, 'reports.json');
  writeFileSync(path, readFileSync(path, 'utf8').replace('"year":2023', '"year":"2023年"'));
  const { validate, calls } = counting();
  assert.throws(() => new DataFolder(out, validate).cores(), /reports\.json: report 1 \(2023-bei-cun-zhen\) does not match the contract: .* at year\. Run `npm run ingest` again\./);
  assert.equal(calls(), 2);
});

test('a malformed stamp is no stamp', () => {
  const out = dataFolder();
  writeFileSync(join(out, 'data-stamp.json'), '{"schema":');
  const { validate, calls } = counting();
  new DataFolder(out, validate).cores();
  assert.equal(calls(), 3);
});

test('a stamped folder still refuses a report without the shape of one', () => {
  const out = dataFolder();
  writeFileSync(join(out, 'reports', '2023-bei-cun-zhen.json'), '{"id":"2023-bei-cun-zhen","year":2023}\n');
  assert.throws(() => new DataFolder(out).report('2023-bei-cun-zhen'), /reports\/2023-bei-cun-zhen\.json does not have the shape of a report, though the folder is stamped as validated \(data-stamp\.json\)/);
});

test("a report's file is read once for its page and its search record, again once both took it or when it changed", () => {
  const out = dataFolder();
  rmSync(join(out, 'data-stamp.json'));
  const { validate, calls } = counting();
  // The pages and the search index each make their own DataFolder.
  const pages = new DataFolder(out, validate);
  const index = new DataFolder(out, validate);
  assert.equal(pages.report('2023-bei-cun-zhen').applications.newReceived.total, 23);
  assert.equal(index.report('2023-bei-cun-zhen').applications.newReceived.total, 23);
  assert.equal(calls(), 1);
  pages.report('2023-bei-cun-zhen');
  assert.equal(calls(), 2, 'after both took it, a file is read again (a dev server renders a page again)');
  const file = join(out, 'reports', '2023-bei-cun-zhen.json');
  writeFileSync(file, readFileSync(file, 'utf8').replace('"total":23', '"total":29'));
  assert.equal(index.report('2023-bei-cun-zhen').applications.newReceived.total, 29, 'a changed file is read again');
  assert.equal(calls(), 3);
});

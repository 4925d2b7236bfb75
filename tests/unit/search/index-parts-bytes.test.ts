/**
 * The search index written in parts by Pagefind (pagefind-build-fs.ts `writeIndex`): when a new
 * year's reports are added, every file of the old years' parts keeps its bytes, so that a host's
 * and a browser's cache keep them.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { writeOutputs } from '../../../src/lib/ingest/write-fs.ts';
import { writeIndex } from '../../../src/lib/search/pagefind-build-fs.ts';
import { DataFolder } from '../../../src/lib/site/load-fs.ts';
import type { Report } from '../../../src/lib/template/schema.ts';
import { makeReport } from '../fixture-reports.ts';

const report = (id: string, agency: string, year: number, overview: string): Report => ({ ...makeReport({ id, agency, year }), sections: { overview, problems: '', other: '' } });

const OLD = [
  report('2023-bei-cun-zhen-1a2b3c4d', '北村镇', 2023, '本年度共受理政府信息公开申请17件，行政复议2件。'),
  report('2023-nan-shan-jie-dao-9e8d7c6b', '南山街道', 2023, '主动公开文件31件，依申请公开工作有序开展。'),
  report('2024-bei-cun-zhen-5f4e3d2c', '北村镇', 2024, '本年度共受理政府信息公开申请23件，无行政诉讼。'),
];
const ADDED = [
  report('2025-bei-cun-zhen-2b3c4d5e', '北村镇', 2025, '本年度共受理政府信息公开申请29件。'),
  report('2025-dong-hu-xiang-7a6b5c4d', '东湖乡', 2025, '东湖乡政务公开专栏更新信息58条。'),
];

/** A data folder of these reports, indexed: the folder of the index's parts. */
async function indexed(reports: Report[]): Promise<string> {
  const work = mkdtempSync(join(tmpdir(), 'index-parts-'));
  const data = join(work, 'data');
  writeOutputs(data, reports.map((r) => ({ report: r, lines: '[]', source: null })), [], {}, 'p-1');
  const dir = join(work, 'pagefind');
  await writeIndex(new DataFolder(data), reports.map((r) => r.id), dir, 'all', 10);
  return dir;
}

/** Every file under a folder, by its path in it, with its bytes. */
function files(dir: string): Map<string, Buffer> {
  const entries = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return new Map(entries.map((e) => [relative(dir, join(e.parentPath, e.name)), readFileSync(join(e.parentPath, e.name))]));
}

test("adding a year's reports leaves every file of the other years' parts byte for byte", async () => {
  const before = await indexed(OLD);
  const after = await indexed([...OLD, ...ADDED]);
  assert.deepEqual(readdirSync(before).sort(), ['2023', '2024']);
  assert.deepEqual(readdirSync(after).sort(), ['2023', '2024', '2025']);
  for (const year of ['2023', '2024']) {
    const old = files(join(before, year));
    const now = files(join(after, year));
    assert.ok(old.has('pagefind-entry.json') && old.size > 3, `${year}: ${[...old.keys()].join(' ')}`);
    assert.deepEqual([...now.keys()].sort(), [...old.keys()].sort(), year);
    for (const [name, bytes] of old) assert.ok(now.get(name)!.equals(bytes), `${year}/${name}`);
  }
});

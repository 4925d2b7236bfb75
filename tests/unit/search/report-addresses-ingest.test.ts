/**
 * A report's file replaced by a corrected copy, through ingest and the site's address record as a
 * build uses them: the corrected copy is a new report with a new id, and the old id's page leads
 * to it, in this build and the next.
 */
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { runIngest } from '../../../src/lib/ingest/run-ingest.ts';
import { addresses, movedReportPaths, withoutOldReports } from '../../../src/lib/search/addresses.ts';
import { readAddressRecord } from '../../../src/lib/search/addresses-fs.ts';
import { DataFolder } from '../../../src/lib/site/load-fs.ts';
import { buildSite } from '../../../src/lib/site/site.ts';

const SEEDS = 'content/reports';
/** 钱店镇's 2024 report among the seeds. */
const QIAN_DIAN_2024 = '004_8f4f033ed63f27b4.txt';

test('a report file replaced by a corrected copy: the old report address leads to the new report page, build after build', async () => {
  const work = mkdtempSync(join(tmpdir(), 'report-replaced-'));
  const content = join(work, 'content');
  mkdirSync(content);
  for (const name of readdirSync(SEEDS)) copyFileSync(join(SEEDS, name), join(content, name));
  const recordFile = join(work, 'published-addresses.json');
  const build = async (out: string) => {
    await runIngest({ contentDir: content, outDir: out, jobs: 1 });
    const site = buildSite(new DataFolder(out).cores());
    const built = addresses(site.agencies, readAddressRecord(recordFile));
    // Published with the site and committed as the next build's (README "Addresses that last").
    writeFileSync(recordFile, JSON.stringify(built.record));
    return { site, built };
  };

  const first = await build(join(work, 'out-1'));
  const old = first.site.reports.find((r) => r.agency === '钱店镇' && r.year === 2024)!.id;
  assert.equal(old, '2024-qian-dian-zhen-78db50d4');
  assert.equal(first.built.movedReports.size, 0);

  // The agency published a corrected copy: one phrase fixed, the file replaced under the same name.
  const path = join(content, QIAN_DIAN_2024);
  const text = readFileSync(path, 'utf8');
  assert.ok(text.includes('我镇调整政府信息公开领导小组'));
  writeFileSync(path, text.replace('我镇调整政府信息公开领导小组', '我镇调整了政府信息公开领导小组'));
  const second = await build(join(work, 'out-2'));
  const corrected = second.site.reports.find((r) => r.agency === '钱店镇' && r.year === 2024)!.id;
  assert.match(corrected, /^2024-qian-dian-zhen-[0-9a-f]{8}$/);
  assert.notEqual(corrected, old);
  assert.equal(second.site.reports.length, 5, 'a copy in place of the file, not a sixth report');

  const paths = movedReportPaths(second.built.movedReports, second.site.ownAgencies);
  assert.deepEqual(paths.map((p) => [p.params.id, p.props.move.agency.name, p.props.move.year, p.props.move.reports.map((r) => r.id)]), [[old, '钱店镇', 2024, [corrected]]]);
  assert.deepEqual(withoutOldReports([`report/${old}/`, `report/${corrected}/`], second.built.record), [`report/${corrected}/`]);

  // A third build with nothing new still serves the old address, read back from the record.
  const third = await build(join(work, 'out-3'));
  assert.deepEqual([...third.built.movedReports].map(([id, m]) => [id, m.reports.map((r) => r.id)]), [[old, [corrected]]]);
});

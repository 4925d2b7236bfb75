/**
 * Each date source through a real ingest of one file (tests/fixtures/dates/): a CMS page with its
 * PubDate, a saved page's address, a PDF and a DOCX made by LibreOffice (tools/fixtures/make-dates.sh;
 * their metadata read by hand with `pdfinfo -isodates` and `unzip -p x.docx docProps/core.xml`), the
 * OFD fixture's DocInfo (`unzip -p huaian-2024.ofd OFD.xml`), and signatures at the reports' ends.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { processFile } from '../../../src/lib/ingest/process-file.ts';
import { timeliness } from '../../../src/lib/present/dates.ts';

const fixture = (rel: string) => new Uint8Array(readFileSync(new URL(`../../fixtures/${rel}`, import.meta.url)));

async function reportOf(rel: string) {
  const { report, log } = await processFile(fixture(rel), rel.split('/').pop()!);
  assert.ok(report, `${rel}: no report: ${log.messages.join('; ')}`);
  return report;
}

describe('dates of each source, through ingest', () => {
  test('a township’s CMS page published after 31 January: its PubDate (the 发布日期 line agrees), its signature, its saved-from address', async () => {
    const report = await reportOf('dates/cms-late.html');
    assert.deepEqual(report.dates, [
      { kind: 'published', date: '2025-02-05', evidence: '<meta name="PubDate">: 2025-02-05 10:12' },
      { kind: 'signed', date: '2025-01-20', evidence: '钱店镇人民政府 2025年1月20日' },
    ]);
    assert.equal(report.sourceUrl, 'https://www.example.gov.cn/xxgk/ndbg/202502/t20250205.html');
    assert.equal(report.year, 2024);
    // 钱店镇 is a township: the 条例 sets its report no deadline, so 5 February is not called late;
    // a county department's report of the same date would be five days late.
    assert.equal(report.level, 'township');
    assert.deepEqual(timeliness(report), { status: 'unknown', daysLate: null, text: '2025-02-05发布；条例未规定乡镇（街道）报告的公布期限（县级以上政府部门为次年1月31日），无法判断是否逾期' });
    assert.deepEqual(timeliness({ ...report, level: 'county', agencyKind: 'department' }), { status: 'late', daysLate: 5, text: '逾期5天：2025-02-05发布，期限为2025-01-31' });
  });

  test('a page published on time: article:published_time, the canonical address before og:url, a signature in Chinese numerals', async () => {
    const report = await reportOf('dates/cms-on-time.html');
    assert.deepEqual(report.dates, [
      { kind: 'published', date: '2025-01-24', evidence: '<meta property="article:published_time">: 2025-01-24T08:30:00+08:00' },
      { kind: 'signed', date: '2025-01-22', evidence: '柳园口乡人民政府 二〇二五年一月二十二日' },
    ]);
    assert.equal(report.sourceUrl, 'https://www.example.gov.cn/xxgk/ndbg/123.html');
    // 柳园口乡, a township: by 31 January is on time by any reading.
    assert.deepEqual(timeliness(report), { status: 'on-time', daysLate: 0, text: '按期：2025-01-24发布，早于各级机关最早的期限2025-01-31' });
  });

  test('a saved page whose address is javascript: and whose PubDate is no real day: neither is kept', async () => {
    const report = await reportOf('dates/saved-javascript.html');
    assert.deepEqual(report.dates, []);
    assert.equal(report.sourceUrl, undefined);
    assert.equal(timeliness(report).status, 'unknown');
  });

  test('a PDF: its CreationDate and its signature; no publication date, so not judged on time', async () => {
    const report = await reportOf('dates/signed.pdf');
    assert.deepEqual(report.dates, [
      { kind: 'file-created', date: '2026-12-07', evidence: "PDF CreationDate: D:20261207063259Z'" },
      { kind: 'signed', date: '2024-01-19', evidence: '红旗街道办事处 二〇二四年一月十九日' },
    ]);
    assert.deepEqual(timeliness(report), { status: 'unknown', daysLate: null, text: '发布日期不详（落款日期为2024-01-19，文件生成于2026-12-07，均不能说明何时发布），无法判断是否按期' });
  });

  test('a DOCX: dcterms:created and dcterms:modified of docProps/core.xml, and its signature', async () => {
    const report = await reportOf('dates/signed.docx');
    assert.deepEqual(report.dates, [
      { kind: 'file-created', date: '2024-01-18', evidence: 'docProps/core.xml created: 2024-01-18T09:15:00Z' },
      { kind: 'file-modified', date: '2024-01-19', evidence: 'docProps/core.xml modified: 2024-01-19T16:40:00Z' },
      { kind: 'signed', date: '2024-01-19', evidence: '红旗街道办事处 二〇二四年一月十九日' },
    ]);
  });

  test("an OFD: DocInfo's CreationDate", async () => {
    const report = await reportOf('ofd/huaian-2024.ofd');
    assert.deepEqual(report.dates?.filter((d) => d.kind === 'file-created'), [{ kind: 'file-created', date: '2025-01-20', evidence: 'OFD DocInfo CreationDate: 2025-01-20' }]);
  });
});

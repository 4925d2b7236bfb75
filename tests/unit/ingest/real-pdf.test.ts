/**
 * A real PDF (淮安市人民政府 2024, ../shared/fixtures/real/huaian-2024.pdf) to the last cell, and
 * the OFD made of its text where the PDF prints it (tools/fixtures/make-ofd.ts). The expected
 * numbers (../fixtures/huaian-2024.ts) were read by hand from the printed pages: vertical group
 * labels, labels wrapped around their numbers and a page break inside table 三 included.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { processFile } from '../../../src/lib/ingest/process-file.ts';
import { APPLICATION_COLUMN_KEYS, APPLICATION_ROW_KEYS } from '../../../src/lib/template/applications.ts';
import { ACTIVE_DISCLOSURE, REVIEW, TABLE_3 } from '../fixtures/huaian-2024.ts';

for (const { file, format } of [{ file: 'real/huaian-2024.pdf', format: 'pdf' }, { file: 'ofd/huaian-2024.ofd', format: 'ofd' }]) {
  test(`淮安市人民政府 2024 ${format.toUpperCase()}: header, every number of tables 二, 三, 四, and the prose checks`, async () => {
    const bytes = new Uint8Array(readFileSync(`tests/fixtures/${file}`));
    const { report, log } = await processFile(bytes, `2024/${file.split('/')[1]}`);
    assert.ok(report, log.messages.join('; '));
    assert.equal(log.status, 'ok');
    assert.equal(report.title, '淮安市人民政府2024年政府信息公开工作年度报告');
    assert.equal(report.agency, '淮安市人民政府');
    assert.equal(report.year, 2024);
    assert.equal(report.level, 'city');
    assert.equal(report.template, '2021');
    assert.equal(report.source.format, format);
    assert.equal(report.source.ocr, undefined);
    assert.equal(report.uncertain, undefined);
    assert.deepEqual(report.activeDisclosure, ACTIVE_DISCLOSURE);
    for (const row of APPLICATION_ROW_KEYS) {
      assert.deepEqual(APPLICATION_COLUMN_KEYS.map((c) => report.applications[row][c]), TABLE_3[row], `table 三 row ${row}`);
    }
    assert.deepEqual(report.reviewLitigation, REVIEW);
    assert.deepEqual(report.inferred, []);
    assert.ok(report.checks.every((c) => c.ok), report.checks.filter((c) => !c.ok).map((c) => c.message).join('\n'));
    // 全市共受理政府信息公开申请 3119 件; 行政复议 351 件; 行政诉讼 46 件 (26 + 20: two rows, no one cell).
    assert.deepEqual(
      report.checks.filter((c) => c.id === 'prose').map((c) => [c.where, c.left]),
      [['applications.newReceived.total', 3119], ['reviewLitigation.reconsideration.total', 351], [undefined, 46]],
    );
    assert.match(report.sections.overview, /^2024 年，我市坚持以习近平新时代中国特色社会主义思想为指导/);
    assert.match(report.sections.other, /全年收取政府信息公开信息处理费 3940 元/);
  });
}

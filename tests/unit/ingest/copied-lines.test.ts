/**
 * Ingest writes the passages a report shares with its previous one into its lines file, for the
 * 原文 view. 石槽镇 2023 and 2024 (tests/e2e/fixtures) differ in line 5 (2023 年，…申请11件，上年结转3件。
 * against 2024 年，…申请15件，上年结转1件。) and print the same lines 67 (section 五) and 71 (六).
 */
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { runIngest } from '../../../src/lib/ingest/run-ingest.ts';
import type { SourceLines } from '../../../src/lib/template/source-lines.ts';

const FIXTURES = 'tests/e2e/fixtures/content/河南省/周口市/郸城县';

test('the 2024 report’s lines file marks the passages found in 2023, with 2023’s lines; the 2023 one has none', async () => {
  const work = mkdtempSync(join(tmpdir(), 'copied-lines-'));
  const content = join(work, 'content', '河南省', '周口市', '郸城县');
  mkdirSync(content, { recursive: true });
  for (const name of ['石槽镇2023.md', '石槽镇2024.md']) copyFileSync(join(FIXTURES, name), join(content, name));
  const out = join(work, 'out');
  const { reports } = await runIngest({ contentDir: join(work, 'content'), outDir: out, now: new Date('2026-03-04T05:06:07Z') });
  const [older, newer] = [2023, 2024].map((year) => reports.find((r) => r.year === year)!);
  const lines = (id: string) => JSON.parse(readFileSync(join(out, 'lines', `${id}.json`), 'utf8')) as SourceLines;
  const from2023 = { otherId: older!.id, otherLine: { line: 5 } };
  assert.deepEqual(lines(newer!.id).copied, [
    // 年 (offset 5) to the 1 of 15 (20): 2023 prints 年…申请11
    { line: 5, column: 1, start: 5, end: 21, ...from2023 },
    // 件 (29): the run 件一是主动公开的 goes on to line 67 in both
    { line: 5, column: 1, start: 29, end: 30, ...from2023 },
    // 一是…质量, the full stop at 43 left out
    { line: 67, column: 1, start: 0, end: 43, otherId: older!.id, otherLine: { line: 67 } },
    { line: 71, column: 1, start: 0, end: 11, otherId: older!.id, otherLine: { line: 71 } },
  ]);
  assert.equal(lines(older!.id).copied, undefined);
});

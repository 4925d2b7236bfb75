/**
 * The OCR cache through a whole ingest run: a scan's OCR is kept under the cache folder's `ocr/`,
 * keyed apart from the parse results, so that a run whose parse results are stale (a new parser)
 * reads the scan again from the kept OCR, in the main thread and in worker threads alike.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runIngest } from '../../../src/lib/ingest/run-ingest.ts';
import type { OcrPage } from '../../../src/lib/read/ocr/types.ts';

test('a stale parse result is parsed again from the kept OCR, which is not run again', async () => {
  const work = mkdtempSync(join(tmpdir(), 'ocr-cache-'));
  const content = join(work, 'content');
  const cacheDir = join(work, 'cache');
  mkdirSync(content);
  copyFileSync('tests/fixtures/scans/huaian-2024-p4.png', join(content, 'p4.png'));
  try {
    const first = await runIngest({ contentDir: content, outDir: join(work, 'out'), cacheDir, jobs: 1 });
    assert.equal(first.reports[0]!.applications.newReceived.naturalPerson, 3001);
    const ocrDir = join(cacheDir, 'ocr');
    const kept = readdirSync(ocrDir, { recursive: true }).filter((f) => String(f).endsWith('.json')).map(String);
    assert.equal(kept.length, 1);

    // Doctor the kept OCR (3001 → 3002), its checksum made again to match: a run that took it from
    // the cache says so in its numbers.
    const file = join(ocrDir, kept[0]!);
    const [head, json] = readFileSync(file, 'utf8').split(/\n(.*)/s) as [string, string];
    const pages = JSON.parse(json) as OcrPage[];
    const box = pages[0]!.boxes.find((b) => b.digits?.text === '3001')!;
    box.text = '3002';
    box.digits = { text: '3002', confidence: 0.99 };
    const doctored = JSON.stringify(pages);
    const { key } = JSON.parse(head) as { key: string };
    writeFileSync(file, `${JSON.stringify({ key, checksum: createHash('sha256').update(doctored).digest('hex') })}\n${doctored}`);
    // Make every parse result stale, as a new parser version would.
    for (const entry of readdirSync(cacheDir)) if (entry !== 'ocr') rmSync(join(cacheDir, entry), { recursive: true });

    const again = await runIngest({ contentDir: content, outDir: join(work, 'out'), cacheDir, jobs: 2 });
    assert.equal(again.cached, 0);
    assert.equal(again.reports[0]!.applications.newReceived.naturalPerson, 3002);

    // An entry of the wrong shape is never trusted, nor fatal: the scan is read again, and counted.
    writeFileSync(file, '{}');
    for (const entry of readdirSync(cacheDir)) if (entry !== 'ocr') rmSync(join(cacheDir, entry), { recursive: true });
    const damaged = await runIngest({ contentDir: content, outDir: join(work, 'out'), cacheDir, jobs: 1 });
    assert.deepEqual([damaged.reports.length, damaged.failed, damaged.cacheRejected], [1, 0, 1]);
    assert.equal(damaged.reports[0]!.applications.newReceived.naturalPerson, 3001);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});

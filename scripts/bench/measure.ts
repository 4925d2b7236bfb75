/**
 * Runs one step of the pipeline as a child process and measures it: wall seconds, and peak memory
 * as the sum of the resident memory of the child and all its descendants (Astro runs Pagefind as a
 * separate program), sampled from /proc every quarter second. GNU time's "maximum resident set
 * size" would give only the largest single process.
 *
 * Some processes of a step can be watched on their own (`watch`: Pagefind, which runs alongside
 * Astro's rendering inside `astro build`): how long any of them ran, from the first sample that
 * saw one to the last, and the peak of their summed resident memory.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';

export interface Usage {
  seconds: number;
  peakRssMb: number | null;
}

export interface StepResult extends Usage {
  exitCode: number | null;
  timedOut: boolean;
  /** The last lines the step wrote to stderr and stdout. */
  tail: string;
  /** Present when `watch` was given and a matching process ran. */
  watched?: Usage;
}

export interface StepOptions {
  env?: Record<string, string>;
  cwd?: string;
  timeoutSeconds: number;
  /** Process names (/proc comm, 15 characters) to watch on their own. */
  watch?: RegExp;
}

interface Proc {
  pid: number;
  ppid: number;
  comm: string;
  rssKb: number;
}

const PAGE_KB = 4;
const HAVE_PROC = existsSync('/proc/self/stat');

function readProcs(): Proc[] {
  const out: Proc[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // comm is in parentheses and may hold spaces: fields after the last ")" are fixed.
      const close = stat.lastIndexOf(')');
      const comm = stat.slice(stat.indexOf('(') + 1, close);
      const fields = stat.slice(close + 2).split(' ');
      const rssPages = Number(fields[21]);
      out.push({ pid: Number(name), ppid: Number(fields[1]), comm, rssKb: rssPages * PAGE_KB });
    } catch {
      // the process ended while we looked
    }
  }
  return out;
}

/** The child and its descendants. */
function tree(root: number, procs: Proc[]): Proc[] {
  const children = new Map<number, Proc[]>();
  for (const p of procs) {
    const list = children.get(p.ppid);
    if (list) list.push(p);
    else children.set(p.ppid, [p]);
  }
  const out: Proc[] = [];
  const todo = procs.filter((p) => p.pid === root);
  while (todo.length) {
    const p = todo.pop()!;
    out.push(p);
    todo.push(...(children.get(p.pid) ?? []));
  }
  return out;
}

const mb = (kb: number) => Math.round(kb / 1024);

export async function runStep(command: string, args: string[], options: StepOptions): Promise<StepResult> {
  const started = performance.now();
  let peakKb = 0;
  let watchedFrom: number | null = null;
  let watchedTo = 0;
  let watchedPeakKb = 0;
  let timedOut = false;
  let tail = '';
  const child = spawn(command, args, { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  const keep = (chunk: Buffer) => (tail = (tail + chunk.toString()).slice(-8000));
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const sample = () => {
    if (!HAVE_PROC || !child.pid) return;
    const procs = tree(child.pid, readProcs());
    const total = procs.reduce((s, p) => s + p.rssKb, 0);
    peakKb = Math.max(peakKb, total);
    const watched = options.watch ? procs.filter((p) => options.watch!.test(p.comm)) : [];
    if (watched.length) {
      watchedFrom ??= performance.now();
      watchedTo = performance.now();
      watchedPeakKb = Math.max(watchedPeakKb, watched.reduce((s, p) => s + p.rssKb, 0));
    }
  };
  const sampler = setInterval(sample, 250);
  const timer = setTimeout(() => {
    timedOut = true;
    if (child.pid) process.kill(-child.pid, 'SIGKILL');
  }, options.timeoutSeconds * 1000);
  const exitCode = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  clearInterval(sampler);
  clearTimeout(timer);
  const ended = performance.now();
  const seconds = round((ended - started) / 1000);
  const result: StepResult = { seconds, peakRssMb: HAVE_PROC ? mb(peakKb) : null, exitCode, timedOut, tail: tail.trim().split('\n').slice(-15).join('\n') };
  if (watchedFrom !== null) result.watched = { seconds: round((watchedTo - watchedFrom) / 1000), peakRssMb: mb(watchedPeakKb) };
  return result;
}

export function round(x: number): number {
  return Math.round(x * 100) / 100;
}
